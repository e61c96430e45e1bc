"""`kg export` and `kg render`: drafts as pictures, with the findings of `kg check` marked.

Registered on the `kg` group in kg/cli.py. Like every command there, these import what they
need when they run, write their output atomically and never over an input file, and report
errors as one line with exit code 2.
"""

from __future__ import annotations

import click

_EXPORT_FORMATS = ("graphml", "gexf", "gexf-1.2", "cyjs", "dot", "html", "svg", "png", "yaml")
_VIEWS = ("clauses", "actors", "raw")


def output_option():
    # The same -o as kg/cli.py's (not imported from there: kg/cli.py imports this module).
    return click.option(
        "--output", "-o", "output", type=click.Path(dir_okay=False, writable=True), default=None,
        help="Write to this file (atomically) instead of standard output.",
    )


def _common(command):
    """The options `export` and `render` share."""
    for decorator in reversed([
        click.argument("files", nargs=-1, required=True, metavar="FILE_OR_DIR..."),
        click.option("--view", type=click.Choice(_VIEWS), default="clauses", show_default=True,
                     help="clauses: agreements, clauses, provisions and the actors they name; actors: who "
                          "guarantees, threatens, must act for, can block whom; raw: every triple."),
        click.option("--raw", "raw", is_flag=True, help="Every triple of the files (same as --view raw)."),
        click.option("--positions", "-p", multiple=True, metavar="FILE_OR_DIR",
                     help="Stated positions to check the drafts against (red lines, requirements). Repeatable."),
        click.option("--findings/--no-findings", default=True, show_default=True,
                     help="Run kg check and mark its findings on the graph."),
    ]):
        command = decorator(command)
    return command


def _write(data: bytes, to: str, output: str | None, inputs: list[str]) -> None:
    from .errors import KgError
    from .output import write_atomically

    if output is None:
        if to == "png":
            raise KgError("a PNG is binary: give an output file with -o, e.g. -o draft.png")
        click.echo(data.decode("utf-8"), nl=False)  # every format but PNG is UTF-8 text
        return
    write_atomically(output, data, inputs)


def _run(files, to, view, raw, positions, findings, output) -> None:
    if to == "yaml":  # not a picture: the draft itself in the YAML authoring format (kg/yamlformat)
        from .yamlformat.cli_support import export_yaml

        _write(export_yaml(list(files)), to, output, list(files))
        return
    from .export import export as export_graph

    data = export_graph(list(files), to=to, view="raw" if raw else view, positions=list(positions), findings=findings)
    _write(data, to, output, list(files) + list(positions))


@click.command()
@_common
@click.option("--to", "-t", "to", type=click.Choice(_EXPORT_FORMATS), default=None,
              help="Output format. Default: from the suffix of -o (.graphml .gexf .cyjs .dot .html .svg .png), "
                   "else graphml.")
@output_option()
def export(files, view, raw, positions, findings, to, output):
    """Export drafts as a graph for yEd, Gephi, Cytoscape or Graphviz, or as an interactive page.

    Several files, or a directory (every .ttl or .yaml draft below it), make one graph; each node
    and edge says which agreement it belongs to. Nodes carry their kind, label, short name
    and IRI, the literal facts of the draft, and the severity and text of their findings.

    \b
    Formats:
      graphml   GraphML with yEd labels and colours (yEd, Gephi, Cytoscape desktop)
      gexf      GEXF 1.3 with colours and sizes (Gephi); gexf-1.2 for GEXF 1.2draft
      cyjs      Cytoscape.js JSON (Cytoscape desktop, Cytoscape.js)
      dot       Graphviz DOT
      html      a standalone page: the graph with findings highlighted, a legend, the text
                and findings of the selected node, search by name; works offline
      svg, png  drawn by Graphviz (as kg render)
      yaml      the draft itself in the YAML authoring format (one file; kg import converts back)

    \b
    Examples:
      kg export draft.ttl -o draft.graphml
      kg export corpus/agreements/istanbul-draft-2022-ru.ttl -p corpus/positions -o istanbul.html
      kg export corpus/agreements --view actors --to gexf -o actors.gexf
    """
    from .export import format_for

    chosen = to or format_for(output) or ("yaml" if str(output).lower().endswith((".yaml", ".yml")) else "graphml")
    _run(files, chosen, view, raw, positions, findings, output)


@click.command()
@_common
@click.option("--to", "-t", "to", type=click.Choice(("svg", "png")), default=None,
              help="Picture format. Default: from the suffix of -o, else svg.")
@output_option()
def render(files, view, raw, positions, findings, to, output):
    """Draw drafts with Graphviz as SVG or PNG, findings marked (red, orange, blue borders).

    Needs Graphviz's dot (the project's setup installs it).

    \b
    Examples:
      kg render draft.ttl -o draft.svg
      kg render corpus/agreements/istanbul-draft-2022-ru.ttl --view actors -o actors.png
    """
    from .export import format_for

    suffix = format_for(output)
    chosen = to or (suffix if suffix in ("svg", "png") else "svg")
    _run(files, chosen, view, raw, positions, findings, output)
