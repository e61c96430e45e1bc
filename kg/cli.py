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

    A directory stands for every .ttl file below it.
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
    and how to fix it, with the file and line. A directory stands for every .ttl file
    below it. Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 error.
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
