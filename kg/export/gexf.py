"""GEXF for Gephi, valid against the official XML Schemas of GEXF 1.3 (default) and 1.2draft.

networkx's own writer is not valid as written (it emits `<graph name="">` and, for 1.3, a wrong
XML Schema instance namespace), so this writer is separate. Both official schemas declare the
visual elements (`color`, `position`, `size`, `thickness`) in the GEXF namespace itself, not in
a `viz:` namespace; they are written that way, and Gephi's importer matches them by local name.
"""

from __future__ import annotations

from . import _xml as X
from . import style
from .columns import edge_columns, node_columns, size_of

VERSIONS = {
    "1.3": ("http://gexf.net/1.3", "1.3", "http://gexf.net/1.3/gexf.xsd"),
    "1.2draft": ("http://www.gexf.net/1.2draft", "1.2", "http://www.gexf.net/1.2draft/gexf.xsd"),
}
_GEXF_TYPES = {"string": "string", "int": "integer", "double": "double", "boolean": "boolean"}


def _value(value, kind: str) -> str:
    if kind == "boolean":
        return "true" if value else "false"
    if kind == "double":
        return X.number(value)
    return X.attr(value)


def _colour(hex_colour: str) -> str:
    r, g, b = style.rgb(hex_colour)
    return f'r="{r}" g="{g}" b="{b}"'


def write_gexf(graph, version: str = "1.3") -> bytes:
    namespace, number, schema = VERSIONS[version]
    nodes = [c for c in node_columns(graph) if c[0] != "label"]  # the label is the node's own attribute
    edges = [c for c in edge_columns(graph) if c[0] != "label"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           f'<gexf xmlns="{namespace}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
           f' xsi:schemaLocation="{namespace} {schema}" version="{number}">',
           '  <meta>',
           f'    <creator>{X.text(graph.graph.get("generator", "kg"))}</creator>',
           f'    <description>{X.text(graph.graph.get("title", ""))}</description>',
           '  </meta>',
           '  <graph defaultedgetype="directed" mode="static">']
    for domain, columns in (("node", nodes), ("edge", edges)):
        out.append(f'    <attributes class="{domain}">')
        for name, kind in columns:
            out.append(f'      <attribute id="{X.attr(name)}" title="{X.attr(name)}" type="{_GEXF_TYPES[kind]}"/>')
        out.append('    </attributes>')
    out.append(f'    <nodes count="{graph.number_of_nodes()}">')
    for node, data in graph.nodes(data=True):
        out.append(f'      <node id="{X.attr(node)}" label="{X.token(data["label"])}">')
        out.append('        <attvalues>')
        for name, kind in nodes:
            if name in data:
                out.append(f'          <attvalue for="{X.attr(name)}" value="{_value(data[name], kind)}"/>')
        out.append('        </attvalues>')
        out.append(f'        <color {_colour(data["color"])}/>')
        out.append(f'        <position x="{X.number(data["x"])}" y="{X.number(-data["y"])}" z="0"/>')
        out.append(f'        <size value="{X.number(size_of(data))}"/>')
        out.append('      </node>')
    out.append('    </nodes>')
    out.append(f'    <edges count="{graph.number_of_edges()}">')
    for source, target, edge_id, data in graph.edges(keys=True, data=True):
        kind = f' kind="{X.token(data["relation"])}"' if version == "1.3" else ""
        out.append(f'      <edge id="{X.attr(edge_id)}" source="{X.attr(source)}" target="{X.attr(target)}"'
                   f' label="{X.token(data["relation"])}"{kind} weight="1">')
        out.append('        <attvalues>')
        for name, column_kind in edges:
            if name in data:
                out.append(f'          <attvalue for="{X.attr(name)}" value="{_value(data[name], column_kind)}"/>')
        out.append('        </attvalues>')
        out.append(f'        <color {_colour(data.get("color", style.EDGE_COLOUR))}/>')
        dashed = data["relation"] in style.DASHED_RELATIONS
        out.append(f'        <thickness value="{X.number(2.5 if dashed else 1.0)}"/>')
        out.append('      </edge>')
    out.append('    </edges>')
    out.append('  </graph>')
    out.append('</gexf>')
    return ("\n".join(out) + "\n").encode("utf-8")
