"""A standalone page that draws a view with Cytoscape.js, marks the findings, and shows a
legend, a side panel (clause text, facts and findings of the selected node) and search by name.

Everything the page needs is inside it: Cytoscape.js ships in the package (kg/static) and is
inlined, the graph is embedded as JSON (a page opened from file:// cannot fetch() one), and a
Content-Security-Policy forbids the page any network request.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from . import style
from .cyjs import cytoscape_elements

CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:"
_HIDDEN_FACTS = {"label", "kind", "name", "iri", "agreement", "clause", "file", "line", "severity", "findings",
                 "rules", "finding_text", "text", "color", "short_name", "id", "x", "y"}


@lru_cache(maxsize=None)
def static_text(name: str) -> str:
    return resources.files("kg").joinpath("static", name).read_text(encoding="utf-8")


def _script_safe(text: str) -> str:
    """Text that cannot end the <script> element it sits in."""
    return text.replace("</", "<\\/").replace("<!--", "<\\!--")


def _script_source(name: str) -> str:
    code = static_text(name)
    if "</script" in code.lower() or "<!--" in code:
        raise ValueError(f"kg/static/{name} cannot be inlined in a <script> element as it is")
    return code


def page_data(graph, source=None) -> dict:
    elements = cytoscape_elements(graph)
    node_ids = {data["iri"]: node for node, data in graph.nodes(data=True) if data.get("iri")}
    for element in elements["nodes"]:
        data = element["data"]
        node = graph.nodes[data["id"]]
        kind = style.kind(data["kind"])
        border, border_width = style.SEVERITY_BORDER[data.get("severity", "none")]
        display = style.wrap(data["name"])
        width, height = style.box(data["name"], data["kind"])
        element["data"] = {
            "id": data["id"], "label": data["name"], "display": display, "w": width, "h": height,
            "name": data["short_name"],
            "iri": data.get("iri", ""), "kind": data["kind"], "kindTitle": kind.title,
            "shape": style.SHAPES[kind.shape][2], "color": data["color"], "border": border, "borderWidth": border_width,
            "severity": data.get("severity", "none"), "file": data.get("file", ""), "line": data.get("line", 0),
            "text": data.get("text", ""), "clause": _clause_id(graph, data.get("clause", "")),
            "agreement": data.get("agreement", ""),
            "findings": [_finding(f, data["id"]) for f in node.get("_findings", [])],
            "facts": [[k, str(v)] for k, v in data.items() if k not in _HIDDEN_FACTS and v not in ("", None)
                      and k not in ("types",)] + ([["types", data["types"]]] if data.get("types") else []),
        }
    for element in elements["edges"]:
        data = element["data"]
        element["data"] = {
            "id": data["id"], "source": data["source"], "target": data["target"], "relation": data["relation"],
            "color": data.get("color", style.EDGE_COLOUR), "dashed": data["relation"] in style.DASHED_RELATIONS,
            "severity": data.get("severity", "none"), "via": data.get("via", ""), "agreement": data.get("agreement", ""),
            "findings": [_finding(f, node_ids.get(f["focus"])) for f in
                         graph.edges[data["source"], data["target"], data["id"]].get("_findings", [])],
        }
    report = getattr(source, "report", None)
    findings = []
    if report is not None:
        for f in report.findings:
            findings.append(_finding(f.as_json(), node_ids.get(f.focus)))
        findings.sort(key=lambda f: (-style.SEVERITY_RANK[f["severity"]], f["file"], f["line"] or 0, f["rule"]))
    return {
        "title": graph.graph.get("title", "treaty-kg"),
        "view": graph.graph.get("view", ""),
        "files": graph.graph.get("files", ""),
        "generator": graph.graph.get("generator", ""),
        "summary": report.summary() if report is not None else None,
        "kinds": [{"name": k.name, "title": k.title, "fill": k.fill} for k in style.KINDS.values()],
        "severities": {name: list(value) for name, value in style.SEVERITY_BORDER.items()},
        "elements": elements,
        "findings": findings,
    }


def _clause_id(graph, short_name: str) -> str:
    if not short_name:
        return ""
    return next((n for n, d in graph.nodes(data=True) if d.get("name") == short_name), short_name)


def _finding(finding: dict, node_id) -> dict:
    return {"rule": finding["rule"], "severity": finding["severity"], "message": finding["message"],
            "fix": finding["fix"], "label": finding["label"], "file": finding["file"], "line": finding["line"],
            "node": node_id}


def write_html(graph, source=None) -> bytes:
    from html import escape

    data = json.dumps(page_data(graph, source), ensure_ascii=False, separators=(",", ":"))
    title = escape(graph.graph.get("title", "treaty-kg"))
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<meta name="generator" content="{escape(graph.graph.get("generator", ""))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
{static_text("view.css")}</style>
</head>
<body>
<header>
<h1 id="title">{title}</h1>
<span class="counts" id="counts"></span>
<input id="search" type="search" placeholder="Search by name, e.g. Russia" aria-label="Search nodes by name">
<span id="matches"></span>
</header>
<main>
<div id="cy"><div id="legend"></div></div>
<aside id="panel"></aside>
</main>
<div id="kg-status" hidden></div>
<script type="application/json" id="kg-data">{_script_safe(data)}</script>
<script>
/* Cytoscape.js 3.35.0 (MIT licence, The Cytoscape Consortium), shipped in kg/static */
{_script_source("cytoscape.min.js")}
</script>
<script>
{_script_source("view.js")}</script>
</body>
</html>
"""
    return page.encode("utf-8")
