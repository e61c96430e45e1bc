"""What `kg export --to yaml` runs: one draft, Turtle or YAML, written as a YAML draft."""

from __future__ import annotations

from pathlib import Path


def export_yaml(files: list[str]) -> bytes:
    from ..errors import KgError
    from ..rdfload import expand_paths, load_document
    from .writer import document_to_yaml

    paths = expand_paths(files)
    if len(paths) != 1:
        raise KgError("--to yaml converts one draft at a time: name one file")
    path: Path = paths[0]
    return document_to_yaml(load_document(path), source=str(path)).encode("utf-8")
