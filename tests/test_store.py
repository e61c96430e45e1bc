"""`kg load`: the embedded store (transactional, replace on reload) and a real SPARQL server."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.endpoint import graph_store_url

from .conftest import ROOT, start_oxigraph

ISTANBUL_RU = ROOT / "corpus/agreements/istanbul-draft-2022-ru.ttl"
LABELS = """\
# title: Agreement labels
PREFIX tkg: <https://w3id.org/treaty-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?agreement ?label WHERE { ?agreement a tkg:Agreement ; rdfs:label ?label } ORDER BY ?label
"""


@pytest.fixture
def labels_query(tmp_path) -> str:
    path = tmp_path / "labels.rq"
    path.write_text(LABELS, encoding="utf-8")
    return str(path)


def _copies(directory: Path, count: int) -> Path:
    """`count` distinct agreements: the Istanbul draft under other slugs."""
    text = ISTANBUL_RU.read_text(encoding="utf-8")
    directory.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (directory / f"copy-{n:04d}.ttl").write_text(
            text.replace("corpus/istanbul-draft-2022-ru/", f"corpus/copy-{n:04d}/"), encoding="utf-8")
    return directory


def _state(path: Path) -> tuple[int, frozenset]:
    store = ox.Store.read_only(str(path))
    state = (len(store), frozenset(g.value for g in store.named_graphs()))
    del store
    return state


def test_store_answers_like_the_files(kg, tmp_path, labels_query):
    store = tmp_path / "db"
    loaded = kg("load", str(ROOT / "corpus/agreements"), "--store", str(store))
    assert loaded.code == 0, loaded.err
    assert loaded.out.splitlines()[0] == (f"loaded 16 file(s), {sum(_triples(p) for p in (ROOT / 'corpus/agreements').glob('*.ttl'))}"
                                          f" triples, into {store} (with the ontology and the reference data)")
    from_store = kg("query", "--sparql", labels_query, "--store", str(store), "--format", "tsv")
    from_files = kg("query", "--sparql", labels_query, str(ROOT / "corpus/agreements"), "--format", "tsv")
    assert from_store.code == 0 and from_store.out == from_files.out
    assert len(from_store.out.splitlines()) == 17


def _triples(path: Path) -> int:
    return len(list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)))


def test_loading_a_file_again_replaces_it(kg, tmp_path, labels_query):
    draft = tmp_path / "draft.ttl"
    draft.write_text(ISTANBUL_RU.read_text(encoding="utf-8"), encoding="utf-8")
    store = str(tmp_path / "db")
    assert kg("load", str(draft), "--store", store).code == 0
    before = _state(Path(store))
    draft.write_text(draft.read_text(encoding="utf-8").replace(
        '"Istanbul draft treaty 2022 (Russian Art. 5 amendment)"@en', '"Revised draft"@en'), encoding="utf-8")
    assert kg("load", str(draft), "--store", store).code == 0
    assert _state(Path(store)) == before  # same graphs, same size: replaced, not added
    rows = kg("query", "--sparql", labels_query, "--store", store, "--format", "tsv").out.splitlines()
    assert rows[1:] == ["Revised draft\tRevised draft"]


def test_clear_starts_from_an_empty_store(kg, tmp_path):
    store = tmp_path / "db"
    assert kg("load", str(ROOT / "corpus/agreements"), "--store", str(store)).code == 0
    assert kg("load", str(ISTANBUL_RU), "--store", str(store), "--clear").code == 0
    graphs = _state(store)[1]
    assert sorted(g.rsplit("/graph/", 1)[1] for g in graphs if "/graph/file/" in g) == ["file/istanbul-draft-2022-ru"]


def _kill_during(command: list[str], delay: float) -> bool:
    """Run a command, SIGKILL it after `delay` seconds; True if it was still running."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        process.wait(timeout=delay)
        return False
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait()
        return True


KG = [sys.executable, "-c", "from kg.cli import main; main()"]


def test_an_interrupted_load_leaves_the_store_as_it_was(tmp_path):
    """Kill `kg load` at points spread over its run: the store is always either as before or
    fully loaded, never in between."""
    data = _copies(tmp_path / "big", 120)
    store = tmp_path / "db"
    subprocess.run(KG + ["load", str(ISTANBUL_RU), "--store", str(store)], check=True, capture_output=True)
    before = _state(store)
    started = time.monotonic()
    reference = tmp_path / "reference"
    subprocess.run(["cp", "-r", str(store), str(reference)], check=True)
    subprocess.run(KG + ["load", str(data), "--store", str(reference)], check=True, capture_output=True)
    duration = time.monotonic() - started
    after = _state(reference)
    assert after[0] > before[0] + 40000
    killed = 0
    for fraction in (0.3, 0.5, 0.65, 0.8, 0.9, 0.97):
        if _kill_during(KG + ["load", str(data), "--store", str(store)], duration * fraction):
            killed += 1
        state = _state(store)
        assert state in (before, after), f"store changed partly after a kill at {fraction:.0%} of the load"
        if state == after:
            break
    assert killed >= 1


def test_an_interrupted_first_load_leaves_no_store(tmp_path):
    data = _copies(tmp_path / "big", 120)
    store = tmp_path / "db"
    started = time.monotonic()
    subprocess.run(KG + ["load", str(data), "--store", str(tmp_path / "complete")], check=True, capture_output=True)
    duration = time.monotonic() - started
    complete = _state(tmp_path / "complete")
    for fraction in (0.5, 0.8, 0.95):
        _kill_during(KG + ["load", str(data), "--store", str(store)], duration * fraction)
        assert not store.exists() or _state(store) == complete
    subprocess.run(KG + ["load", str(data), "--store", str(store)], check=True, capture_output=True)
    assert _state(store) == complete
    assert [p.name for p in tmp_path.iterdir() if ".loading-" in p.name] == []  # staging leftovers cleaned


def test_store_errors(kg, tmp_path, labels_query):
    a_file = tmp_path / "file.txt"
    a_file.write_text("x", encoding="utf-8")
    assert kg("load", str(ISTANBUL_RU), "--store", str(a_file)).err == f"kg: error: {a_file}: is a file, not a store directory\n"
    full = tmp_path / "full"
    full.mkdir()
    (full / "notes.txt").write_text("x", encoding="utf-8")
    result = kg("load", str(ISTANBUL_RU), "--store", str(full))
    assert result.code == 2 and "directory is not empty and holds no store" in result.err
    missing = tmp_path / "missing"
    result = kg("query", "--sparql", labels_query, "--store", str(missing))
    assert result.code == 2 and result.err == f"kg: error: {missing}: no store here; create it with `kg load FILES --store PATH`\n"
    result = kg("load", str(ISTANBUL_RU))
    assert result.err == "kg: error: give exactly one target: --store PATH or --endpoint URL\n"
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix ex: <http://ex/> .\nex:a ex:b .\n", encoding="utf-8")
    store = tmp_path / "db"
    assert kg("load", str(ISTANBUL_RU), "--store", str(store)).code == 0
    before = _state(store)
    result = kg("load", str(bad), str(ISTANBUL_RU), "--store", str(store))
    assert result.code == 2 and result.err.startswith(f"kg: error: {bad}:2: Turtle syntax error")
    assert _state(store) == before


def test_a_store_in_use_is_a_clear_error(kg, tmp_path):
    store = tmp_path / "db"
    assert kg("load", str(ISTANBUL_RU), "--store", str(store)).code == 0
    holder = subprocess.Popen([sys.executable, "-c", f"import pyoxigraph, time; s = pyoxigraph.Store({str(store)!r}); "
                               "print('open', flush=True); time.sleep(30)"], stdout=subprocess.PIPE)
    try:
        assert holder.stdout.readline().strip() == b"open"
        result = kg("load", str(ISTANBUL_RU), "--store", str(store))
        assert result.code == 2
        assert result.err == f"kg: error: {store}: cannot open the store: the store is in use by another process\n"
    finally:
        holder.kill()
        holder.wait()


# --- a shared server --------------------------------------------------------------------------

@pytest.mark.parametrize("query_url, graph_store", [
    ("http://127.0.0.1:7878/query", "http://127.0.0.1:7878/store"),                      # Oxigraph
    ("http://localhost:3030/ds/query", "http://localhost:3030/ds/data"),                  # Fuseki
    ("http://localhost:3030/ds/sparql", "http://localhost:3030/ds/data"),                 # Fuseki
    ("http://localhost:7200/repositories/treaties", "http://localhost:7200/repositories/treaties/rdf-graphs/service"),
    ("http://localhost:8890/sparql", "http://localhost:8890/sparql-graph-crud"),          # Virtuoso
])
def test_graph_store_url_of_known_servers(query_url, graph_store):
    assert graph_store_url(query_url) == graph_store


def test_endpoint_load_and_query(kg, tmp_path, labels_query):
    process, url = start_oxigraph(tmp_path / "server")
    try:
        loaded = kg("load", str(ROOT / "corpus/agreements"), "--endpoint", url)
        assert loaded.code == 0, loaded.err
        assert loaded.out.startswith(f"loaded 16 file(s), ")
        assert f"into {url.replace('/query', '/store')}" in loaded.out.splitlines()[0]
        again = kg("load", str(ROOT / "corpus/agreements"), "--endpoint", url)  # PUT replaces: same answers
        assert again.code == 0
        remote = kg("query", "--sparql", labels_query, "--endpoint", url, "--format", "tsv")
        local = kg("query", "--sparql", labels_query, str(ROOT / "corpus/agreements"), "--format", "tsv")
        assert remote.code == 0 and remote.out == local.out
        wrong_path = url.replace("/query", "/nothing")
        result = kg("query", "--sparql", labels_query, "--endpoint", wrong_path)
        assert result.code == 2 and result.err.startswith(f"kg: error: endpoint {wrong_path} answered 404")
        assert result.err.count("\n") == 1
    finally:
        process.terminate()
        process.wait(timeout=10)
    result = kg("query", "--sparql", labels_query, "--endpoint", url, "--timeout", "2")
    assert result.code == 2
    assert result.err == f"kg: error: cannot reach endpoint {url}: Connection refused\n"


def test_endpoint_without_the_union_default_graph_is_explained(kg, tmp_path, labels_query):
    process, url = start_oxigraph(tmp_path / "server", union_default_graph=False)
    try:
        assert kg("load", str(ISTANBUL_RU), "--endpoint", url).code == 0
        result = kg("query", "--sparql", labels_query, "--endpoint", url)
        assert result.code == 2
        assert re.match(r"kg: error: endpoint \S+ shows no treaty-kg data in its default graph: .*--union-default-graph", result.err)
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_unknown_server_layout_needs_graph_store(kg):
    result = kg("load", str(ISTANBUL_RU), "--endpoint", "http://127.0.0.1:9/some/where")
    assert result.err == ("kg: error: cannot tell the Graph Store Protocol URL of http://127.0.0.1:9/some/where; "
                          "give it with --graph-store URL\n")
