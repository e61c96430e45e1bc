"""Every query in queries/: exact rows on its fixture, a run on the whole corpus, and the same
answer from the files, the embedded store and a real SPARQL server.

tests/queries/<dir>/ holds the fixture (.ttl files), expected.tsv (the exact output of
`kg query NAME <dir> --format tsv`), optionally params.txt (one name=value a line, passed as
--param) and query.txt (the query's name when the directory is a variant: NAME--variant).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.query import catalogue

from .conftest import ROOT

CASES = sorted(p for p in (Path(__file__).parent / "queries").iterdir() if p.is_dir()) \
    if (Path(__file__).parent / "queries").is_dir() else []
QUERIES = [q.name for q in catalogue()]


def _case_query(case: Path) -> str:
    named = case / "query.txt"
    return named.read_text(encoding="utf-8").strip() if named.exists() else case.name.split("--")[0]


def _case_params(case: Path) -> list[str]:
    params = case / "params.txt"
    if not params.exists():
        return []
    return [arg for line in params.read_text(encoding="utf-8").splitlines() if line.strip()
            for arg in ("--param", line.strip())]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_query_gives_exactly_the_expected_rows(kg, case, update_goldens):
    result = kg("query", _case_query(case), str(case), *_case_params(case), "--format", "tsv")
    assert result.code == 0, result.err
    expected = case / "expected.tsv"
    if update_goldens:
        expected.write_text(result.out, encoding="utf-8")
    assert result.out == expected.read_text(encoding="utf-8")


def test_every_query_has_a_fixture_with_rows():
    tested = {_case_query(case) for case in CASES
              if len((case / "expected.tsv").read_text(encoding="utf-8").splitlines()) > 1}
    assert sorted(set(QUERIES) - tested) == []


@pytest.mark.parametrize("name", QUERIES)
def test_query_header_is_complete(name):
    query = next(q for q in catalogue() if q.name == name)
    assert query.title and query.title != name, "a '# title:' line"
    assert len(query.answers) > 30, "a '# answers:' line saying what it answers"
    for param in query.params:
        assert re.search(rf"[?$]{param.name}\b", query.text.split("\nSELECT", 1)[-1]), f"?{param.name} is used"
        assert param.description


@pytest.mark.parametrize("name", QUERIES)
def test_query_runs_on_the_corpus_and_is_identical_on_store_and_endpoint(kg, name, corpus_store, corpus_endpoint):
    from_files = kg("query", name, str(ROOT / "corpus"), "--format", "tsv")
    assert from_files.code == 0, from_files.err
    assert len(from_files.out.splitlines()) > 1, f"{name} finds nothing in the corpus"
    from_store = kg("query", name, "--store", str(corpus_store), "--format", "tsv")
    from_server = kg("query", name, "--endpoint", corpus_endpoint, "--format", "tsv")
    assert from_store.code == 0 and from_server.code == 0, from_store.err + from_server.err
    assert from_store.out == from_files.out
    assert from_server.out == from_files.out
    as_json = [kg("query", name, *source, "--format", "json").out
               for source in (["--store", str(corpus_store)], ["--endpoint", corpus_endpoint])]
    assert as_json[0] == as_json[1]


def test_kg_queries_lists_every_query_with_its_title(kg):
    result = kg("queries")
    assert result.code == 0
    lines = result.out.splitlines()
    assert [line.split()[0] for line in lines[:-1]] == QUERIES
    assert lines[-1].startswith(f"{len(QUERIES)} queries;")
    shown = kg("queries", QUERIES[0])
    assert shown.code == 0 and shown.out.startswith(f"{QUERIES[0]}: ")
