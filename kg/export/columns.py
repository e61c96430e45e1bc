"""The attribute columns of a view: names and types, in a fixed order, for the formats that
declare them up front (GraphML keys, GEXF attributes)."""

from __future__ import annotations

from .builder import EDGE_CORE, NODE_CORE

# Drawn by the formats' own graphics (position), or only for the HTML page.
HIDDEN = {"x", "y"}


def _type_of(values) -> str:
    values = [v for v in values if v is not None]
    if values and all(isinstance(v, bool) for v in values):
        return "boolean"
    if values and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return "int"
    if values and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
        return "double"
    return "string"


def _columns(records, core) -> list[tuple[str, str]]:
    names: set[str] = set()
    for record in records:
        names.update(k for k in record if not k.startswith("_") and k not in HIDDEN)
    ordered = [n for n in core if n in names] + sorted(names - set(core))
    return [(name, _type_of([r.get(name) for r in records if name in r])) for name in ordered]


def node_columns(graph) -> list[tuple[str, str]]:
    return _columns([data for _, data in graph.nodes(data=True)], NODE_CORE)


def edge_columns(graph) -> list[tuple[str, str]]:
    return _columns([data for _, _, data in graph.edges(data=True)], EDGE_CORE)


def graph_columns(graph) -> list[tuple[str, str]]:
    return [(name, "string") for name in graph.graph]


def size_of(data) -> float:
    """A node's size for tools that scale nodes: bigger for worse findings."""
    from .style import SEVERITY_RANK

    return 10.0 + 6.0 * SEVERITY_RANK.get(data.get("severity", "none"), 0) + 2.0 * min(int(data.get("findings", 0)), 5)
