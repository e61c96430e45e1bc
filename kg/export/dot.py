"""DOT for Graphviz: `kg export --to dot`, and what `kg render` hands to `dot`.

Ids are always quoted (pydot leaves ids with ':' unquoted, which Graphviz misreads); node kind
and severity become the SVG `class` of each node, the findings its tooltip."""

from __future__ import annotations

import re

from . import style

FONT = "DejaVu Sans"


def quote(value) -> str:
    text = str(value).replace("\\", "\\\\").replace('"', '\\"')
    text = re.sub(r"\r\n?|\n", r"\\n", text)
    return f'"{text}"'


def _attributes(pairs) -> str:
    return ", ".join(f"{name}={quote(value)}" for name, value in pairs if value not in (None, ""))


def write_dot(graph) -> bytes:
    out = [
        "digraph \"treaty-kg\" {",
        f"  graph [{_attributes([('label', graph.graph.get('title', '')), ('labelloc', 't'), ('fontname', FONT), ('fontsize', '16'), ('rankdir', 'LR'), ('nodesep', '0.25'), ('ranksep', '0.9'), ('bgcolor', 'white'), ('comment', graph.graph.get('generator', ''))])}];",
        f"  node [{_attributes([('fontname', FONT), ('fontsize', '10'), ('style', 'filled'), ('margin', '0.12,0.06')])}];",
        f"  edge [{_attributes([('fontname', FONT), ('fontsize', '8'), ('fontcolor', '#444444'), ('arrowsize', '0.7')])}];",
    ]
    for node, data in graph.nodes(data=True):
        kind = style.kind(data["kind"])
        severity = data.get("severity", "none")
        border, width = style.SEVERITY_BORDER[severity]
        shape = style.SHAPES[kind.shape][1]
        out.append(f"  {quote(node)} [" + _attributes([
            ("label", style.wrap(data["label"])),
            ("shape", shape),
            ("style", "filled,rounded" if kind.shape == "round" else "filled"),
            ("fillcolor", data["color"]),
            ("color", border),
            ("penwidth", f"{width / 1.5:.2f}" if severity != "none" else "1"),
            ("tooltip", data.get("finding_text") or data.get("name") or data["label"]),
            ("class", f"{data['kind']} {severity}"),
            ("id", node),
        ]) + "];")
    for source, target, edge_id, data in graph.edges(keys=True, data=True):
        out.append(f"  {quote(source)} -> {quote(target)} [" + _attributes([
            ("label", data["relation"]),
            ("color", data.get("color", style.EDGE_COLOUR)),
            ("style", "dashed" if data["relation"] in style.DASHED_RELATIONS else None),
            ("penwidth", "2" if data["relation"] in style.DASHED_RELATIONS else None),
            ("id", edge_id),
            ("class", data["relation"]),
        ]) + "];")
    out.append("}")
    return ("\n".join(out) + "\n").encode("utf-8")
