"""The `kg` command: a thin click layer over the library. Every command imports what it needs
when it runs, so `kg --help` does not pay for rdflib, pyshacl or the reasoner.

Exit codes: 0 success (or no findings at the fail level), 1 findings, 2 any error. Errors are one
line on stderr, never a traceback (set KG_DEBUG=1 to see one).
"""

from __future__ import annotations

import os
import sys

import click

from . import __version__


def _error(message: str) -> int:
    click.echo(f"kg: error: {message}", err=True)
    return 2


def format_option(*choices: str, default: str = "text"):
    """The one --format option every listing command understands."""
    return click.option(
        "--format", "-f", "output_format", type=click.Choice(choices), default=default, show_default=True,
        help="Output format.",
    )


def output_option():
    return click.option(
        "--output", "-o", "output", type=click.Path(dir_okay=False, writable=True), default=None,
        help="Write to this file (atomically) instead of standard output.",
    )


def emit(text: str, output: str | None, inputs: list[str] = ()) -> None:
    if output is None:
        click.echo(text, nl=False)
        return
    from .output import write_atomically

    write_atomically(output, text, inputs)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", "-V", prog_name="kg", message="%(prog)s %(version)s")
def cli():
    """treaty-kg: security-guarantee agreements as a knowledge graph.

    Read a draft agreement written in Turtle against the treaty-kg ontology and
    find, before anything is signed, where the guarantee would fail.
    """


@cli.command()
@click.argument("files", nargs=-1, required=True, metavar="FILE_OR_DIR...")
@format_option("text", "json")
@output_option()
def info(files, output_format, output):
    """Summarise each agreement: title, date, legal form, roles, clauses and their kind.

    A directory stands for every .ttl or .yaml draft below it.
    """
    from .info import render_json, render_text, summarise
    from .rdfload import load_collection

    collection = load_collection(list(files))
    summaries = summarise(collection)
    text = render_json(summaries) if output_format == "json" else render_text(summaries)
    emit(text, output, list(files))


@cli.command()
@click.argument("files", nargs=-1, required=True, metavar="FILE_OR_DIR...")
@click.option("--positions", "-p", multiple=True, metavar="FILE_OR_DIR",
              help="Stated positions (red lines, requirements) to compare the clauses with. Repeatable.")
@format_option("text", "json", "ttl", "sarif")
@click.option("--fail-on", type=click.Choice(["violation", "warning", "info", "none"]), default="violation",
              show_default=True, help="Exit 1 when a finding reaches this severity.")
@click.option("--only", multiple=True, metavar="RULE", help="Run only this rule (repeatable).")
@click.option("--skip", multiple=True, metavar="RULE", help="Do not run this rule (repeatable).")
@output_option()
@click.option("--color/--no-color", default=None, help="Colour the text report (default: only on a terminal).")
def check(files, positions, output_format, fail_on, only, skip, output, color):
    """Find the design flaws of draft guarantees, clause by clause.

    Each finding names the rule, the clause and actors, what is wrong, the precedent
    and how to fix it, with the file and line. A directory stands for every .ttl or
    .yaml draft below it. Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 error.
    """
    from .check import check as run_check
    from .report import RENDERERS

    report = run_check(list(files), positions=list(positions), only=only, skip=skip)
    if output_format == "text":
        colour = color if color is not None else (output is None and sys.stdout.isatty())
        text = RENDERERS["text"](report, colour=colour)
    else:
        text = RENDERERS[output_format](report)
    emit(text, output, list(files) + list(positions))
    sys.exit(report.exit_code(fail_on))


@cli.command()
@format_option("text", "json")
def rules(output_format):
    """List every rule: id, default severity, what it finds and its precedent."""
    import json

    from .rules import all_rules

    catalogue = all_rules()
    if output_format == "json":
        click.echo(json.dumps([{"id": r.id, "severity": r.severity, "summary": r.summary, "precedent": r.precedent,
                                "fix": r.fix} for r in catalogue], indent=2, ensure_ascii=False))
        return
    width = max(len(r.id) for r in catalogue)
    for r in catalogue:
        click.echo(f"{r.id:<{width}}  {r.severity:<9}  {r.summary}")
        click.echo(f"{'':<{width}}  {'':<9}  precedent: {r.precedent}")
    click.echo(f"{len(catalogue)} rules; `kg explain RULE` for the full explanation")


@cli.command()
@click.argument("rule_id", metavar="RULE")
def explain(rule_id):
    """Explain a rule in full: what it finds, why it matters, how to fix it."""
    from .rules import get_rule

    rule = get_rule(rule_id)
    click.echo(f"{rule.id} ({rule.severity}): {rule.label}\n")
    click.echo(f"{rule.summary}\n")
    click.echo(rule.explanation + "\n")
    click.echo(f"Precedent: {rule.precedent}\n")
    click.echo(f"Fix: {rule.fix}\n")
    click.echo(f"Defined in {rule.source}")


@cli.command()
@click.argument("name", required=False, metavar="[NAME]")
@format_option("text", "json")
def queries(name, output_format):
    """List the questions in queries/ with their titles; with NAME, show one in full."""
    import json

    from .query import catalogue, get_query

    chosen = [get_query(name)] if name else catalogue()
    if output_format == "json":
        click.echo(json.dumps([{"name": q.name, "title": q.title, "answers": q.answers,
                                "params": [{"name": p.name, "type": p.type, "description": p.description}
                                           for p in q.params],
                                "file": str(q.path)} for q in chosen], indent=2, ensure_ascii=False))
        return
    if name:
        query = chosen[0]
        click.echo(f"{query.name}: {query.title}\n")
        if query.answers:
            click.echo(query.answers + "\n")
        for param in query.params:
            click.echo(f"  --param {param.name}=VALUE   ({param.type}) {param.description}")
        click.echo(f"\nDefined in {query.path}")
        return
    width = max(len(q.name) for q in chosen)
    for query in chosen:
        params = f"  [{', '.join(p.name for p in query.params)}]" if query.params else ""
        click.echo(f"{query.name:<{width}}  {query.title}{params}")
    click.echo(f"{len(chosen)} queries; run one with `kg query NAME FILE...`, `kg queries NAME` explains it")


def _data_options(function):
    """Where the data comes from: files (default), the embedded store, or a SPARQL endpoint."""
    function = click.option("--timeout", type=float, default=60.0, show_default=True,
                            help="Seconds to wait for an endpoint.")(function)
    function = click.option("--endpoint", metavar="URL", default=None,
                            help="A SPARQL 1.1 query endpoint (e.g. http://127.0.0.1:7878/query).")(function)
    function = click.option("--store", "store", metavar="PATH", envvar="KG_STORE", default=None,
                            help="An embedded store written by `kg load --store` (or set KG_STORE).")(function)
    return function


@cli.command()
@click.argument("args", nargs=-1, metavar="NAME [FILE_OR_DIR...]")
@click.option("--sparql", "sparql_file", metavar="FILE.rq", default=None,
              help="Run your own SPARQL SELECT query from this file instead of a named one.")
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind a query parameter (repeatable; a repeated name gives several values).")
@_data_options
@format_option("table", "csv", "tsv", "json", default="table")
@click.option("--names", type=click.Choice(["label", "short", "iri"]), default="label", show_default=True,
              help="Show nodes by label, short name (actor:Russia) or full IRI (table, csv, tsv).")
@output_option()
def query(args, sparql_file, params, store, endpoint, timeout, output_format, names, output):
    """Run a question from queries/ (see `kg queries`) on drafts, a store or an endpoint.

    \b
    kg query veto-players corpus/agreements
    kg query veto-players corpus/ -p agreement=budapest-1994
    kg load corpus --store corpus.db && kg query red-line-matrix --store corpus.db
    kg query --sparql mine.rq draft.ttl --format csv -o answer.csv

    JSON output is the standard SPARQL 1.1 results format (full IRIs); the other formats show
    labels. A directory stands for every .ttl or .yaml draft below it.
    """
    from pathlib import Path

    from .errors import KgError
    from .query import get_query, parse_param_options, parse_query_file, run_query
    from .results import render
    from .sources import open_source

    args = list(args)
    if sparql_file:
        chosen = parse_query_file(Path(sparql_file))
    elif not args:
        raise KgError("name a query (`kg queries` lists them) or give --sparql FILE.rq")
    else:
        chosen = get_query(args.pop(0))
    bindings = parse_param_options(params)
    for name, _ in bindings:
        chosen.param(name)  # unknown names fail before any data is read
    source = open_source(args, store, endpoint, timeout)
    table = run_query(chosen, source, bindings, with_labels=output_format != "json" and names == "label")
    emit(render(table, output_format, names), output, args + ([sparql_file] if sparql_file else []))


@cli.command()
@click.argument("files", nargs=-1, required=True, metavar="FILE_OR_DIR...")
@click.option("--store", "store", metavar="PATH", envvar="KG_STORE", default=None,
              help="The embedded store directory to create or update (or set KG_STORE).")
@click.option("--endpoint", metavar="URL", default=None, help="Upload to the server behind this SPARQL query endpoint.")
@click.option("--graph-store", metavar="URL", default=None,
              help="The server's Graph Store Protocol URL, when kg cannot tell it from --endpoint.")
@click.option("--clear", is_flag=True, help="Empty the embedded store first (in the same transaction).")
@click.option("--timeout", type=float, default=60.0, show_default=True, help="Seconds to wait for the server.")
def load(files, store, endpoint, graph_store, clear, timeout):
    """Load drafts into a persistent store for corpus work: the embedded store (--store PATH)
    or a shared SPARQL server (--endpoint URL, via the Graph Store Protocol).

    Every file gets its own named graph, so loading a file again replaces it. The reference
    data and the ontology come along. An embedded load is one transaction: if it is interrupted,
    the store stays as it was.
    """
    from .errors import KgError
    from .store import load_store, upload

    if bool(store) == bool(endpoint):
        raise KgError("give exactly one target: --store PATH or --endpoint URL")
    if endpoint:
        if clear:
            raise KgError("--clear applies to the embedded store only")
        summary = upload(endpoint, list(files), graph_store, timeout)
    else:
        summary = load_store(store, list(files), clear=clear)
    click.echo(summary.text(), nl=False)


@cli.command()
@click.option("--reasoner/--no-reasoner", default=True, show_default=True, help="Also check consistency with HermiT (needs Java).")
@click.argument("files", nargs=-1, metavar="[FILE_OR_DIR...]")
def qc(reasoner, files):
    """Quality-check the ontology (and optionally data files): header, labels and
    definitions on every term, OWL 2 DL datatypes, and consistency under HermiT."""
    from .qc import run_qc

    problems = run_qc(list(files), with_reasoner=reasoner)
    for line in problems:
        click.echo(line)
    if problems:
        click.echo(f"qc: {len(problems)} problem(s)", err=True)
        sys.exit(1)
    click.echo("qc: ok")


# Commands that live in their own modules (they import their libraries only when they run).
from .export_cli import export as _export_command, render as _render_command  # noqa: E402

cli.add_command(_export_command)
cli.add_command(_render_command)
from .yaml_cli import import_ as _import_command, new as _new_command, schema as _schema_command  # noqa: E402

for _command in (_schema_command, _import_command, _new_command):
    cli.add_command(_command)


def main(argv: list[str] | None = None) -> None:
    sys.exit(run(argv))


def run(argv: list[str] | None = None) -> int:
    """Run the CLI and return its exit code; errors become one line on stderr."""
    from .errors import KgError

    try:
        status = cli.main(args=argv, prog_name="kg", standalone_mode=False)
        return status if isinstance(status, int) else 0
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 0
    except KgError as exc:
        return _error(exc.one_line())
    except click.exceptions.NoArgsIsHelpError as exc:
        click.echo(exc.ctx.get_help())
        return 2
    except click.UsageError as exc:
        command = exc.ctx.command_path if exc.ctx else "kg"
        return _error(f"{command}: {exc.format_message()} (see '{command} --help')")
    except click.ClickException as exc:
        return _error(exc.format_message())
    except click.exceptions.Abort:
        click.echo("kg: aborted", err=True)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # never a traceback for users; KG_DEBUG=1 shows one
        if os.environ.get("KG_DEBUG"):
            raise
        return _error(f"internal error: {type(exc).__name__}: {exc} (please report it; KG_DEBUG=1 shows the traceback)")


if __name__ == "__main__":  # pragma: no cover
    main()
