"""Rendering a check report: text for people, JSON, a SHACL validation report in Turtle, and
SARIF 2.1.0 for code-scanning tools. All are rendered from the one Report; all are deterministic."""

from __future__ import annotations

import json
from itertools import groupby

from . import __version__
from .check import Report
from .rules import library

SARIF_LEVEL = {"violation": "error", "warning": "warning", "info": "note"}
COLOURS = {"violation": "red", "warning": "yellow", "info": "cyan"}
INFORMATION_URI = "https://w3id.org/treaty-kg"


def _summary_line(report: Report) -> str:
    counts = report.summary()
    files = len(report.files)
    parts = ", ".join(f"{n} {kind}{'s' if n != 1 else ''}" for kind, n in counts.items())
    return f"{parts} in {files} file{'s' if files != 1 else ''}"


def render_text(report: Report, colour: bool = False) -> str:
    import click

    def style(text, **kw):
        return click.style(text, **kw) if colour else text

    out = []
    by_file = groupby(report.findings, key=lambda f: f.file)
    for file, file_findings in by_file:
        file_findings = list(file_findings)
        agreement = next((f.agreement_label for f in file_findings if f.agreement_label), None)
        out.append(style(f"{file}" + (f"  ({agreement})" if agreement else ""), bold=True))
        ordered = sorted(file_findings, key=lambda f: (f.clause_label is None, f.clause_label or "", f.line or 0))
        for clause, clause_findings in groupby(ordered, key=lambda f: (f.clause, f.clause_label)):
            clause_findings = sorted(clause_findings, key=lambda f: (f.line or 0, f.rule, f.message))
            heading = f"{clause[1]} [{clause[0]}]" if clause[0] else "(not stated in a clause)"
            out.append(f"  {heading}")
            for f in clause_findings:
                tag = style(f"{f.severity:<9}", fg=COLOURS[f.severity], bold=True)
                out.append(f"    {file}:{f.line or 0}: {tag} {f.rule}: {f.message}")
                out.append(f"      why: {f.precedent}")
                out.append(f"      fix: {f.fix}")
        out.append("")
    out.append(_summary_line(report))
    return "\n".join(out) + "\n"


def render_json(report: Report) -> str:
    document = {
        "version": 1,
        "conforms": report.conforms(),
        "summary": report.summary(),
        "files": report.files,
        "rules": report.rules_run,
        "findings": [f.as_json() for f in report.findings],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _turtle_string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def render_turtle(report: Report) -> str:
    """A SHACL validation report (sh:ValidationReport) with one sh:result per finding; blank
    nodes are written inline, so the text is the same on every run."""
    severity = {"violation": "sh:Violation", "warning": "sh:Warning", "info": "sh:Info"}
    lines = [
        "@prefix sh:  <http://www.w3.org/ns/shacl#> .",
        "@prefix kgr: <https://w3id.org/treaty-kg/rules#> .",
        "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .",
        "",
        "[] a sh:ValidationReport ;",
        f"    sh:conforms {'true' if report.conforms() else 'false'}",
    ]
    for f in report.findings:
        lines[-1] += " ;"
        focus = f"<{f.focus}>" if f.focus.startswith(("http://", "https://", "file:", "urn:")) else _turtle_string(f.focus)
        lines += [
            "    sh:result [",
            "        a sh:ValidationResult ;",
            f"        sh:focusNode {focus} ;",
            f"        sh:resultSeverity {severity[f.severity]} ;",
            f"        sh:sourceConstraintComponent sh:SPARQLConstraintComponent ;",
            f"        sh:resultMessage {_turtle_string(f.message)}@en ;",
            f"        kgr:rule kgr:{f.rule} ;",
            f"        kgr:file {_turtle_string(f.file)} ;",
            f"        kgr:line {f.line or 0} ;",
            "    ]",
        ]
    lines[-1] += " ."
    return "\n".join(lines) + "\n"


def render_sarif(report: Report) -> str:
    rules = library().rules
    rule_ids = sorted({f.rule for f in report.findings} | set(report.rules_run))
    index = {rule_id: i for i, rule_id in enumerate(rule_ids)}
    driver_rules = []
    for rule_id in rule_ids:
        rule = rules[rule_id]
        driver_rules.append({
            "id": rule.id,
            "name": "".join(part.capitalize() for part in rule.id.split("-")),
            "shortDescription": {"text": rule.summary},
            "fullDescription": {"text": " ".join(rule.explanation.split())},
            "help": {"text": f"{rule.summary}\nPrecedent: {rule.precedent}\nFix: {rule.fix}",
                     "markdown": f"{rule.summary}\n\n**Precedent:** {rule.precedent}\n\n**Fix:** {rule.fix}"},
            "helpUri": f"{INFORMATION_URI}/docs/rules#{rule.id}",
            "defaultConfiguration": {"level": SARIF_LEVEL[rule.severity]},
            "properties": {"tags": ["security-guarantee", "treaty-design"]},
        })
    results = []
    for f in report.findings:
        results.append({
            "ruleId": f.rule,
            "ruleIndex": index[f.rule],
            "level": SARIF_LEVEL[f.severity],
            "message": {"text": f"{f.message} Fix: {f.fix}"},
            "locations": [{
                "physicalLocation": {
                    "artifactLocation": {"uri": f.file.replace("\\", "/")},
                    "region": {"startLine": max(f.line or 1, 1)},
                },
                "logicalLocations": [{"name": f.name, "fullyQualifiedName": f.focus, "kind": "element"}],
            }],
            "partialFingerprints": {"focusNode/v1": f"{f.rule}:{f.focus}"},
        })
    sarif = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "treaty-kg",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": INFORMATION_URI,
                "rules": driver_rules,
            }},
            "results": results,
            "columnKind": "utf16CodeUnits",
        }],
    }
    return json.dumps(sarif, indent=2, ensure_ascii=False) + "\n"


RENDERERS = {"text": render_text, "json": render_json, "ttl": render_turtle, "sarif": render_sarif}
