"""GraphML for yEd, Gephi and Cytoscape desktop.

Plain GraphML keys carry every attribute (networkx, Gephi and Cytoscape read them); yFiles
`nodegraphics`/`edgegraphics` keys carry what yEd draws: a shape with the colour of the node's
kind, a border coloured by its worst finding, a position from the layered starting layout, and
visible labels on nodes and edges. networkx's reader takes the yFiles label as `label` too.
"""

from __future__ import annotations

from . import _xml as X
from . import style
from .columns import edge_columns, graph_columns, node_columns

_GRAPHML_TYPES = {"string": "string", "int": "int", "double": "double", "boolean": "boolean"}
_POSITION = [("x", "double"), ("y", "double"), ("size", "double")]


def _value(value, kind: str) -> str:
    if kind == "boolean":
        return "true" if value else "false"
    if kind == "double":
        return X.number(value)
    return X.text(value)


def write_graphml(graph) -> bytes:
    from .columns import size_of

    nodes = node_columns(graph) + _POSITION
    edges = edge_columns(graph)
    keys: dict[tuple[str, str], str] = {}
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
           '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"'
           ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
           ' xmlns:y="http://www.yworks.com/xml/graphml"'
           ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns'
           ' http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">']
    for domain, columns in (("graph", graph_columns(graph)), ("node", nodes), ("edge", edges)):
        for name, kind in columns:
            key = f"d{len(keys)}"
            keys[(domain, name)] = key
            out.append(f'  <key id="{key}" for="{domain}" attr.name="{X.attr(name)}" attr.type="{_GRAPHML_TYPES[kind]}"/>')
    out.append('  <key id="ng" for="node" yfiles.type="nodegraphics"/>')
    out.append('  <key id="eg" for="edge" yfiles.type="edgegraphics"/>')
    out.append('  <graph id="G" edgedefault="directed">')
    for name, _ in graph_columns(graph):
        out.append(f'    <data key="{keys[("graph", name)]}">{X.text(graph.graph[name])}</data>')
    for node, data in graph.nodes(data=True):
        out.append(f'    <node id="{X.attr(node)}">')
        label = style.wrap(data["label"])
        width, height = style.box(data["label"], data["kind"])
        border, border_width = style.SEVERITY_BORDER[data.get("severity", "none")]
        shape = style.SHAPES[style.kind(data["kind"]).shape][0]
        # The yFiles block first: networkx takes `label` from it, and the plain key after it
        # (the unwrapped label) then wins.
        out.append('      <data key="ng">')
        out.append('        <y:ShapeNode>')
        out.append(f'          <y:Geometry height="{X.number(height)}" width="{X.number(width)}"'
                   f' x="{X.number(data["x"] - width / 2)}" y="{X.number(data["y"] - height / 2)}"/>')
        out.append(f'          <y:Fill color="{data["color"]}" transparent="false"/>')
        out.append(f'          <y:BorderStyle color="{border}" type="line" width="{X.number(border_width)}"/>')
        out.append('          <y:NodeLabel alignment="center" autoSizePolicy="content" fontFamily="Dialog"'
                   ' fontSize="12" fontStyle="plain" hasBackgroundColor="false" hasLineColor="false"'
                   f' modelName="internal" modelPosition="c" textColor="#000000" visible="true">{X.text(label)}</y:NodeLabel>')
        out.append(f'          <y:Shape type="{shape}"/>')
        out.append('        </y:ShapeNode>')
        out.append('      </data>')
        values = dict(data, size=size_of(data))
        for name, kind in nodes:
            if name in values:
                out.append(f'      <data key="{keys[("node", name)]}">{_value(values[name], kind)}</data>')
        out.append('    </node>')
    for source, target, edge_id, data in graph.edges(keys=True, data=True):
        out.append(f'    <edge id="{X.attr(edge_id)}" source="{X.attr(source)}" target="{X.attr(target)}">')
        colour = data.get("color", style.EDGE_COLOUR)
        dashed = data["relation"] in style.DASHED_RELATIONS
        width = 2.5 if dashed else 1.0
        line = "dashed" if dashed else "line"
        out.append('      <data key="eg">')
        out.append('        <y:PolyLineEdge>')
        out.append(f'          <y:LineStyle color="{colour}" type="{line}" width="{X.number(width)}"/>')
        out.append('          <y:Arrows source="none" target="standard"/>')
        out.append('          <y:EdgeLabel alignment="center" fontFamily="Dialog" fontSize="10" fontStyle="plain"'
                   ' hasBackgroundColor="false" hasLineColor="false" modelName="centered" modelPosition="center"'
                   f' textColor="#333333" visible="true">{X.text(data["relation"])}</y:EdgeLabel>')
        out.append('          <y:BendStyle smoothed="false"/>')
        out.append('        </y:PolyLineEdge>')
        out.append('      </data>')
        for name, kind in edges:
            if name in data:
                out.append(f'      <data key="{keys[("edge", name)]}">{_value(data[name], kind)}</data>')
        out.append('    </edge>')
    out.append('  </graph>')
    out.append('</graphml>')
    return ("\n".join(out) + "\n").encode("utf-8")
