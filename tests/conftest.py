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


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_oxigraph(location: Path, union_default_graph: bool = True):
    """A real Oxigraph SPARQL server on the loopback interface (the `oxigraph` PyPI package).
    Returns (process, query URL); the caller stops the process."""
    import shutil
    import subprocess
    import sys
    import time
    import urllib.request

    binary = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    port = _free_port()
    command = [binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"]
    if union_default_graph:
        command.append("--union-default-graph")
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/query"
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:  # bounded wait for the server to answer
        if process.poll() is not None:
            raise RuntimeError(f"oxigraph serve exited: {process.stderr.read().decode()}")
        try:
            urllib.request.urlopen(f"{url}?query=ASK%7B%7D", timeout=1).read()
            return process, url
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("oxigraph serve did not start within 20 s")


@pytest.fixture(scope="session")
def corpus_endpoint(tmp_path_factory):
    """An Oxigraph server holding the whole corpus, loaded through `kg load --endpoint`."""
    process, url = start_oxigraph(tmp_path_factory.mktemp("oxigraph"))
    try:
        code = run(["load", str(ROOT / "corpus"), "--endpoint", url])
        assert code == 0
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="session")
def corpus_store(tmp_path_factory):
    """The whole corpus in an embedded store, loaded through `kg load --store`."""
    path = tmp_path_factory.mktemp("store") / "corpus.db"
    assert run(["load", str(ROOT / "corpus"), "--store", str(path)]) == 0
    return path
