"""`kg export` and `kg render` as a library: a draft (or the corpus) as a picture, with the
findings of `kg check` marked on it.

    from kg.export import export
    data = export(["draft.ttl"], to="graphml", positions=["corpus/positions"])

`export` returns bytes, the same bytes for the same input. Views: `clauses` (default),
`actors`, `raw` (every triple). Formats: see FORMATS.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import KgError

# format: (what it is for, the usual file suffix)
FORMATS = {
    "graphml": ("GraphML with yEd graphics (yEd, Gephi, Cytoscape desktop)", ".graphml"),
    "gexf": ("GEXF 1.3 (Gephi)", ".gexf"),
    "gexf-1.2": ("GEXF 1.2draft (older Gephi versions and readers)", ".gexf"),
    "cyjs": ("Cytoscape.js JSON (Cytoscape desktop, Cytoscape.js)", ".cyjs"),
    "dot": ("Graphviz DOT", ".dot"),
    "html": ("a standalone interactive page that works offline", ".html"),
    "svg": ("SVG drawn by Graphviz", ".svg"),
    "png": ("PNG drawn by Graphviz", ".png"),
}
RENDERED = ("svg", "png")
_SUFFIXES = {".graphml": "graphml", ".gexf": "gexf", ".cyjs": "cyjs", ".json": "cyjs", ".dot": "dot", ".gv": "dot",
             ".html": "html", ".htm": "html", ".svg": "svg", ".png": "png"}


def format_for(path: str | Path | None) -> str | None:
    """The format a file name asks for by its suffix, or None."""
    if path is None:
        return None
    return _SUFFIXES.get(Path(str(path)).suffix.lower())


def write(graph, to: str, source=None) -> bytes:
    """One view in one format."""
    if to == "graphml":
        from .graphml import write_graphml

        return write_graphml(graph)
    if to in ("gexf", "gexf-1.2"):
        from .gexf import write_gexf

        return write_gexf(graph, "1.3" if to == "gexf" else "1.2draft")
    if to == "cyjs":
        from .cyjs import write_cyjs

        return write_cyjs(graph)
    if to == "dot":
        from .dot import write_dot

        return write_dot(graph)
    if to == "html":
        from .html import write_html

        return write_html(graph, source)
    if to in RENDERED:
        from .dot import write_dot
        from .render import render_dot

        return render_dot(write_dot(graph), to)
    raise KgError(f"unknown format {to!r}; choose one of {', '.join(FORMATS)}")


def export(paths, to: str = "graphml", view: str = "clauses", positions=(), findings: bool = True) -> bytes:
    """Read the drafts (files or directories), check them, and draw the view in a format."""
    from .builder import load_source
    from .views import build_view

    if to not in FORMATS:
        raise KgError(f"unknown format {to!r}; choose one of {', '.join(FORMATS)}")
    source = load_source(list(paths), list(positions), findings=findings)
    graph = build_view(source, view)
    return write(graph, to, source)


def view_graph(paths, view: str = "clauses", positions=(), findings: bool = True):
    """The networkx MultiDiGraph of a view, for analysis in Python."""
    from .builder import load_source
    from .views import build_view

    return build_view(load_source(list(paths), list(positions), findings=findings), view)
