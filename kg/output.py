"""Writing results: atomically (a failed run leaves no partial file) and never over an input."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import KgError


def write_atomically(path: str | Path, content: str | bytes, inputs: list[str | Path] = ()) -> None:
    target = Path(path)
    resolved = target.resolve()
    for given in inputs:
        source = Path(given).resolve()
        if resolved == source or (source.is_dir() and source in resolved.parents and resolved.exists()):
            raise KgError("refusing to overwrite an input file; choose another output path", str(path))
    if target.is_dir():
        raise KgError("is a directory; give a file name for the output", str(path))
    parent = target.parent if str(target.parent) else Path(".")
    if not parent.exists():
        raise KgError(f"output directory {parent} does not exist", str(path))
    data = content.encode("utf-8") if isinstance(content, str) else content
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
