"""`kg check` as a library: run the rule catalogue over drafts and return findings that a person
can read (labels and short names, the clause, file and line, precedent and fix)."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path

from rdflib import BNode, Literal, URIRef

from .errors import KgError
from .labels import Namer
from .namespaces import TKG
from .rdfload import Collection, load_collection
from .rules import SEVERITY_ORDER, get_rule, library
from .shacl import RawResult, compile_shapes, evaluate

FAIL_LEVELS = ("violation", "warning", "info", "none")


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: str
    focus: str
    name: str
    label: str
    clause: str | None
    clause_label: str | None
    agreement: str | None
    agreement_label: str | None
    message: str
    precedent: str
    fix: str
    file: str
    line: int | None

    def as_json(self) -> dict:
        return asdict(self)


@dataclass
class Report:
    findings: list[Finding]
    files: list[str]
    rules_run: list[str]

    def summary(self) -> dict[str, int]:
        counts = {"violation": 0, "warning": 0, "info": 0}
        for finding in self.findings:
            counts[finding.severity] += 1
        return counts

    def conforms(self) -> bool:
        return not any(f.severity == "violation" for f in self.findings)

    def exit_code(self, fail_on: str = "violation") -> int:
        if fail_on == "none":
            return 0
        threshold = SEVERITY_ORDER[fail_on]
        return 1 if any(SEVERITY_ORDER[f.severity] >= threshold for f in self.findings) else 0


@lru_cache(maxsize=1)
def compiled_constraints():
    shapes = library()
    return compile_shapes(shapes.graph, lambda shape: shapes.shape_sources.get(shape))


def select_rules(only: tuple[str, ...] = (), skip: tuple[str, ...] = ()) -> list[str]:
    for rule_id in (*only, *skip):
        get_rule(rule_id)  # raises with a suggestion for an unknown id
    chosen = list(only) if only else list(library().rules)
    return sorted(r for r in chosen if r not in skip)


_PLACEHOLDER = re.compile(r"\{[?$](\w+)\}")


def _render_message(template: str, bindings: dict, namer: Namer) -> str:
    def substitute(match):
        term = bindings.get(match.group(1))
        if term is None:
            return "?"
        if isinstance(term, Literal):
            return str(term)
        return namer.both(term)

    return " ".join(_PLACEHOLDER.sub(substitute, template).split())


def _clause_and_agreement(collection: Collection, store_graph, node):
    """The clause that states `node` (or the node itself if it is a clause) and its agreement."""
    graph = store_graph
    clause = None
    if (node, None, TKG.Clause) in graph or (None, TKG.hasClause, node) in graph:
        clause = node
    else:
        for candidate in sorted(graph.subjects(TKG.provides, node), key=str):
            clause = candidate
            break
    agreement = None
    if (node, None, TKG.Agreement) in graph:
        agreement = node
    elif clause is not None:
        agreement = next(iter(sorted(graph.subjects(TKG.hasClause, clause), key=str)), None)
    return clause, agreement


def dress(collection: Collection, raw: list[RawResult], rules_run: list[str]) -> list[Finding]:
    """Keep results on the user's own nodes, render them, drop duplicates, sort."""
    graph = collection.graph
    namer = Namer(graph, collection.prefixes())
    rules = library().rules
    findings = set()
    for result in raw:
        if result.rule not in rules_run or result.focus is None:
            continue
        document = collection.document_of(result.focus)
        if document is None:
            continue  # a result on reference data, not on anything the user wrote
        bindings = dict(result.bindings)
        bindings.setdefault("this", result.focus)
        clause, agreement = _clause_and_agreement(collection, graph, result.focus)
        rule = rules[result.rule]
        findings.add(Finding(
            rule=result.rule,
            severity=result.severity,
            focus=str(result.focus) if not isinstance(result.focus, BNode) else namer.short(result.focus),
            name=namer.short(result.focus),
            label=namer.label(result.focus),
            clause=namer.short(clause) if clause is not None else None,
            clause_label=namer.label(clause) if clause is not None else None,
            agreement=namer.short(agreement) if agreement is not None else None,
            agreement_label=namer.label(agreement) if agreement is not None else None,
            message=_render_message(result.message_template, bindings, namer) or rule.summary,
            precedent=rule.precedent,
            fix=rule.fix,
            file=document.display_path,
            line=document.line_of(result.focus),
        ))
    return sorted(findings, key=lambda f: (f.file, f.line or 0, -SEVERITY_ORDER[f.severity], f.rule, f.name, f.message))


def check_collection(collection: Collection, only: tuple[str, ...] = (), skip: tuple[str, ...] = ()) -> Report:
    rules_run = select_rules(only, skip)
    constraints = [c for c in compiled_constraints() if c.rule in rules_run]
    store = collection.store()
    raw = evaluate(store, constraints)
    if "conditionality-cycle" in rules_run:
        from .structure import conditionality_cycles

        raw += conditionality_cycles(store)
    return Report(dress(collection, raw, rules_run), [d.display_path for d in collection.documents], rules_run)


def check(paths: list[str | Path], positions: list[str | Path] = (), only=(), skip=()) -> Report:
    if not paths:
        raise KgError("give at least one draft file or directory")
    collection = load_collection(list(paths), context_paths=list(positions))
    if not collection.agreements():
        raise KgError("no agreement found (no node of type tkg:Agreement) in the files given", str(paths[0]))
    return check_collection(collection, tuple(only), tuple(skip))
