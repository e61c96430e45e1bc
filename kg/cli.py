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
