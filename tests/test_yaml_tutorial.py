"""docs/tutorial.md cannot go stale: every command in it runs here, in order, in a fresh directory.

Conventions of the tutorial's code blocks: ```yaml file=NAME writes NAME; ```yaml edit=NAME
replaces the list entry with the same `- id:` in NAME; ```console holds `$ kg ...` commands, each
followed by lines its output must contain.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

TUTORIAL = Path(__file__).resolve().parent.parent / "docs" / "tutorial.md"
_BLOCK = re.compile(r"^```(\w+)([^\n]*)\n(.*?)^```\n", re.MULTILINE | re.DOTALL)


def _replace_entry(text: str, fragment: str) -> str:
    first = fragment.splitlines()[0]
    indent = len(first) - len(first.lstrip())
    lines = text.splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.rstrip() == first.rstrip())
    end = start + 1
    while end < len(lines) and (not lines[end].strip() or len(lines[end]) - len(lines[end].lstrip()) > indent):
        end += 1
    return "".join(lines[:start]) + fragment + "".join(lines[end:])


def test_every_tutorial_command_runs(kg, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    commands = 0
    for kind, info, body in _BLOCK.findall(TUTORIAL.read_text(encoding="utf-8")):
        attributes = dict(part.split("=", 1) for part in info.split() if "=" in part)
        if kind == "yaml" and "file" in attributes:
            (tmp_path / attributes["file"]).write_text(body, encoding="utf-8")
        elif kind == "yaml" and "edit" in attributes:
            target = tmp_path / attributes["edit"]
            target.write_text(_replace_entry(target.read_text(encoding="utf-8"), body), encoding="utf-8")
        elif kind == "console":
            result = None
            for line in body.splitlines():
                if line.startswith("$ "):
                    args = shlex.split(line[2:])
                    assert args[0] == "kg"
                    result = kg(*args[1:])
                    assert result.code in (0, 1), f"{line}: {result.err}"
                    commands += 1
                elif line.strip():
                    assert line.strip() in result.out + result.err, f"expected {line!r} after the command"
    assert commands >= 8
    assert (tmp_path / "istanbul.html").stat().st_size > 10000
    assert "tkg:ruleKind tkg:IndividualDetermination" in (tmp_path / "istanbul.ttl").read_text(encoding="utf-8")


def test_the_typo_example_in_the_tutorial_is_what_kg_says(kg, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    text = TUTORIAL.read_text(encoding="utf-8")
    draft = next(body for kind, info, body in _BLOCK.findall(text) if "file=istanbul.yaml" in info)
    (tmp_path / "istanbul.yaml").write_text(draft.replace("rule-kind: unanimity", "rule-kind: unanimty"), encoding="utf-8")
    message = re.search(r"``(istanbul\.yaml:\d+:\d+: unknown value [^.]*?)\.\.\.``", text).group(1)
    assert kg("check", "istanbul.yaml").err.startswith("kg: error: " + message.strip())
