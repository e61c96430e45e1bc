"""Cytoscape.js JSON (.cyjs): what Cytoscape desktop imports and Cytoscape.js takes as
`elements`. Cytoscape shows a node's `name`, so `name` is the label here and the short name
(`istanbul-ru:art5`) is `short_name`; an edge's relation is also its `interaction`."""

from __future__ import annotations

import json

from .. import __version__


def cytoscape_elements(graph) -> dict:
    nodes = []
    for node, data in graph.nodes(data=True):
        values = {"id": node, "name": data["label"], "short_name": data.get("name", "")}
        values.update((k, v) for k, v in data.items() if k not in ("label", "name", "x", "y") and not k.startswith("_"))
        nodes.append({"data": values, "position": {"x": data["x"], "y": data["y"]}})
    edges = []
    for source, target, edge_id, data in graph.edges(keys=True, data=True):
        values = {"id": edge_id, "source": source, "target": target, "interaction": data["relation"],
                  "name": f"{source} ({data['relation']}) {target}"}
        values.update((k, v) for k, v in data.items() if not k.startswith("_"))
        edges.append({"data": values})
    return {"nodes": nodes, "edges": edges}


def write_cyjs(graph) -> bytes:
    document = {
        "format_version": "1.0",
        "generated_by": f"kg {__version__} (treaty-kg)",
        "target_cytoscapejs_version": "~3.35",
        "data": {"name": graph.graph.get("title", ""), "shared_name": graph.graph.get("title", ""),
                 **{k: v for k, v in graph.graph.items() if k != "title"}},
        "elements": cytoscape_elements(graph),
    }
    return (json.dumps(document, indent=1, ensure_ascii=False) + "\n").encode("utf-8")
