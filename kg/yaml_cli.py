"""`kg schema`, `kg import` and `kg new`: write drafts in YAML instead of Turtle.

Registered on the `kg` group in kg/cli.py. Every command that reads drafts (check, info, query,
export) also reads .yaml files directly (kg/rdfload.py hands them to kg/yamlformat); these
commands convert, describe the format for editors, and start a new draft from a template.
"""

from __future__ import annotations

from pathlib import Path

import click

TEMPLATES = ("article5-like", "bilateral", "ceasefire")


def _output_option():
    return click.option("--output", "-o", "output", type=click.Path(dir_okay=False, writable=True), default=None,
                        help="Write to this file (atomically) instead of standard output.")


def _emit(text: str, output: str | None, inputs: list[str]) -> None:
    if output is None:
        click.echo(text, nl=False)
        return
    from .output import write_atomically

    write_atomically(output, text, inputs)


@click.command()
@_output_option()
def schema(output):
    """Print the JSON Schema of the YAML draft format.

    Editors use it to complete and check a draft as you type. In VS Code (YAML extension),
    save it next to your draft and put this first line in the draft:

    \b
      kg schema -o draft.schema.json
      # yaml-language-server: $schema=draft.schema.json
    """
    from .yamlformat.schema import schema_text

    _emit(schema_text(), output, [])


@click.command(name="import")
@click.argument("draft", metavar="DRAFT.yaml")
@_output_option()
def import_(draft, output):
    """Convert a YAML draft to Turtle.

    \b
      kg import draft.yaml -o draft.ttl

    Errors name the line and column of the YAML. `kg export --to yaml` converts back.
    """
    from .errors import KgError
    from .rdfload import YAML_SUFFIXES, load_document
    from .yamlformat import document_to_turtle

    if Path(draft).suffix.lower() not in YAML_SUFFIXES:
        raise KgError("not a YAML draft (.yaml or .yml); Turtle files need no import", draft)
    _emit(document_to_turtle(load_document(draft), source=draft), output, [draft])


@click.command()
@click.argument("name", metavar="NAME.yaml")
@click.option("--template", "-t", type=click.Choice(TEMPLATES), default="article5-like", show_default=True,
              help="article5-like: a multilateral guarantee with a decision rule and a response timeline; "
                   "bilateral: one guarantor, one beneficiary; ceasefire: a ceasefire with monitors, caps and "
                   "a deployment.")
@click.option("--force", is_flag=True, help="Overwrite NAME.yaml if it exists.")
def new(name, template, force):
    """Start a new draft from a commented template.

    \b
      kg new my-guarantee.yaml
      kg new --template ceasefire truce.yaml
      kg check my-guarantee.yaml
    """
    import re

    from .errors import KgError
    from .output import write_atomically
    from .rdfload import YAML_SUFFIXES

    target = Path(name)
    if target.suffix.lower() not in YAML_SUFFIXES:
        raise KgError("give the new draft a .yaml name, e.g. my-guarantee.yaml", name)
    if target.exists() and not force:
        raise KgError("already exists; choose another name or add --force", name)
    slug = re.sub(r"[^A-Za-z0-9.-]+", "-", target.stem).strip("-.") or "draft"
    text = (Path(__file__).parent / "yamlformat" / "templates" / f"{template}.yaml").read_text(encoding="utf-8")
    write_atomically(target, text.replace("draft: DRAFT-NAME", f"draft: {slug}"))
    click.echo(f"wrote {name} ({template} template); next: kg check {name}")
