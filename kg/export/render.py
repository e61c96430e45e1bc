"""Drawing DOT with Graphviz's `dot` (the Debian `graphviz` package; the project's setup
installs it)."""

from __future__ import annotations

import shutil
import subprocess

from ..errors import KgError

INSTALL_HINT = "install Graphviz (apt-get install graphviz, or run scripts/install-system-deps.sh)"


def render_dot(dot: bytes, to: str, timeout: float = 300) -> bytes:
    executable = shutil.which("dot")
    if executable is None:
        raise KgError(f"Graphviz's dot is not installed: {INSTALL_HINT}")
    try:
        completed = subprocess.run([executable, f"-T{to}"], input=dot, capture_output=True, timeout=timeout,
                                   check=False)
    except subprocess.TimeoutExpired:
        raise KgError(f"Graphviz took longer than {timeout:.0f} s; export a smaller view (--view actors) or one "
                      "draft at a time") from None
    if completed.returncode != 0 or not completed.stdout:
        reason = " ".join(completed.stderr.decode("utf-8", "replace").split()) or f"exit code {completed.returncode}"
        raise KgError(f"Graphviz could not draw the graph: {reason}")
    return completed.stdout
