from __future__ import annotations

from pathlib import Path

import pytest

from kg.cli import run

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


class Result:
    def __init__(self, code: int, out: str, err: str):
        self.code, self.out, self.err = code, out, err


@pytest.fixture
def kg(capsys):
    """Run the real CLI entry point (as the console script does) and capture its output."""

    def invoke(*args: str) -> Result:
        capsys.readouterr()
        code = run(list(args))
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return invoke


def pytest_addoption(parser):
    parser.addoption("--update-goldens", action="store_true", default=False,
                     help="rewrite expected findings files from the current output (review the diff!)")


@pytest.fixture
def update_goldens(request) -> bool:
    return request.config.getoption("--update-goldens")
