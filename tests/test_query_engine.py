"""How `kg query` runs any query: headers, safe parameter binding, output formats, errors."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from kg.query import parse_query_file, with_values

from .conftest import ROOT

ISTANBUL_RU = str(ROOT / "corpus/agreements/istanbul-draft-2022-ru.ttl")
BUDAPEST = str(ROOT / "corpus/agreements/budapest-1994.ttl")

GUARANTORS = """\
# title: Guarantors
# answers: Each agreement's guarantors,
#   one row each.
# param: agreement  tkg:Agreement  Only this agreement.
# param: actor      tkg:Actor      Only this guarantor
#   (continued description).
PREFIX tkg: <https://w3id.org/treaty-kg/ontology#>   # a comment with { a brace
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?agreement ?actor ?title WHERE {
  ?agreement tkg:guarantor ?actor ; tkg:title ?title .
}
ORDER BY ?agreement ?actor
"""


@pytest.fixture
def guarantors(tmp_path) -> str:
    path = tmp_path / "guarantors.rq"
    path.write_text(GUARANTORS, encoding="utf-8")
    return str(path)


def test_header_is_read_with_continuations(guarantors):
    query = parse_query_file(Path(guarantors))
    assert query.title == "Guarantors"
    assert query.answers == "Each agreement's guarantors, one row each."
    assert [(p.name, p.type) for p in query.params] == [("agreement", "tkg:Agreement"), ("actor", "tkg:Actor")]
    assert query.params[1].description == "Only this guarantor (continued description)."


def test_values_go_first_in_the_where_group_on_the_same_line():
    text = 'PREFIX ex: <http://ex/#{>  # { not this\nSELECT ?a WHERE {\n  ?a ?b "{" .\n}'
    bound = with_values(text, {"a": ["<http://x>"]})
    assert bound.splitlines()[1] == "SELECT ?a WHERE { VALUES ?a { <http://x> } "
    assert bound.count("\n") == text.count("\n")
    # A query without the WHERE keyword: the first group.
    assert with_values("SELECT * { ?s ?p ?o }", {"s": ["<http://x>"]}) == "SELECT * { VALUES ?s { <http://x> }  ?s ?p ?o }"


def test_no_param_gives_every_row_and_a_param_restricts(kg, guarantors):
    every = kg("query", "--sparql", guarantors, ISTANBUL_RU, BUDAPEST, "--format", "tsv", "--names", "short")
    assert every.code == 0, every.err
    rows = every.out.splitlines()
    assert rows[0] == "agreement\tactor\ttitle"
    assert [r.split("\t")[:2] for r in rows[1:]] == [
        ["istanbul-draft-2022-ru:agreement", "actor:China"], ["istanbul-draft-2022-ru:agreement", "actor:France"],
        ["istanbul-draft-2022-ru:agreement", "actor:Russia"], ["istanbul-draft-2022-ru:agreement", "actor:UnitedKingdom"],
        ["istanbul-draft-2022-ru:agreement", "actor:UnitedStates"]]
    one = kg("query", "--sparql", guarantors, ISTANBUL_RU, "-p", "actor=russia", "--format", "tsv")
    assert one.out.splitlines()[1:] == ["Istanbul draft treaty 2022 (Russian Art. 5 amendment)\tRussia\t"
                                        "Treaty on Permanent Neutrality and Security Guarantees of Ukraine (draft of 15 Apr 2022)"]


@pytest.mark.parametrize("value", ["russia", "Russia", "RUS", "actor:Russia", "<https://w3id.org/treaty-kg/actor/Russia>",
                                   "https://w3id.org/treaty-kg/actor/Russia"])
def test_a_parameter_is_found_by_name_label_code_or_iri(kg, guarantors, value):
    result = kg("query", "--sparql", guarantors, ISTANBUL_RU, "-p", f"actor={value}", "--format", "tsv", "--names", "short")
    assert result.code == 0, result.err
    assert [r.split("\t")[1] for r in result.out.splitlines()[1:]] == ["actor:Russia"]


def test_repeated_param_gives_several_values(kg, guarantors):
    result = kg("query", "--sparql", guarantors, ISTANBUL_RU, "-p", "actor=russia", "-p", "actor=China",
                "--format", "tsv", "--names", "short")
    assert [r.split("\t")[1] for r in result.out.splitlines()[1:]] == ["actor:China", "actor:Russia"]


def test_agreement_param_takes_the_corpus_slug(kg, guarantors):
    result = kg("query", "--sparql", guarantors, ISTANBUL_RU, BUDAPEST, "-p", "agreement=istanbul-draft-2022-ru",
                "--format", "csv", "--names", "short")
    assert result.code == 0
    assert len(result.out.splitlines()) == 6


@pytest.mark.parametrize("param, message", [
    ("actor=Rusia", "--param actor=Rusia: no tkg:Actor called 'Rusia' in the data; did you mean actor:Russia?"),
    ("agreement=istanbul-draft-2022-r", "no tkg:Agreement called 'istanbul-draft-2022-r' in the data; did you mean istanbul-draft-2022-ru?"),
    ("agreement=budapest-1994", "no tkg:Agreement called 'budapest-1994' in the data"),  # not among the files given
    ("actr=Russia", "query guarantors has no parameter 'actr'; did you mean actor? it takes: agreement, actor"),
    ("actor", "--param takes name=value (got 'actor')"),
    ("actor=http://x> } DROP ALL ; SELECT * {", "not a valid IRI"),
    ("actor=<http://x> } DROP ALL ; SELECT * {", "no tkg:Actor called"),
    ("actor=actor:Atlantis", "no tkg:Actor with this IRI in the data"),
])
def test_bad_parameters_are_one_line_errors(kg, guarantors, param, message):
    result = kg("query", "--sparql", guarantors, ISTANBUL_RU, "-p", param)
    assert result.code == 2
    assert result.out == ""
    assert message in result.err
    assert result.err.startswith("kg: error: ") and result.err.count("\n") == 1


def test_a_string_parameter_is_a_literal_never_query_text(kg, tmp_path):
    query = tmp_path / "titles.rq"
    query.write_text("# param: text xsd:string words in the title\n"
                     "PREFIX tkg: <https://w3id.org/treaty-kg/ontology#>\n"
                     "SELECT ?agreement ?text WHERE { ?agreement tkg:title ?title FILTER(CONTAINS(?title, ?text)) }\n"
                     "ORDER BY ?agreement\n", encoding="utf-8")
    hostile = 'Neutrality" ) } ; DROP ALL ; SELECT * { ?s ?p ?o FILTER("'
    result = kg("query", "--sparql", str(query), ISTANBUL_RU, "-p", f"text={hostile}", "--format", "tsv")
    assert result.code == 0, result.err
    assert result.out == f"agreement\ttext\n"  # no title contains that text: no rows, nothing executed
    result = kg("query", "--sparql", str(query), ISTANBUL_RU, "-p", "text=Neutrality", "--format", "tsv")
    assert result.out.splitlines()[1:] == ["Istanbul draft treaty 2022 (Russian Art. 5 amendment)\tNeutrality"]


def test_formats(kg, guarantors):
    args = ("query", "--sparql", guarantors, ISTANBUL_RU, "-p", "actor=China")
    table = kg(*args)
    assert table.out.splitlines()[0].split() == ["agreement", "actor", "title"]
    assert table.out.splitlines()[-1] == "(1 row)"
    assert "China" in table.out.splitlines()[2]
    rows = list(csv.reader(io.StringIO(kg(*args, "--format", "csv").out)))
    assert rows[1][:2] == ["Istanbul draft treaty 2022 (Russian Art. 5 amendment)", "China"]
    answer = json.loads(kg(*args, "--format", "json").out)
    assert answer["head"]["vars"] == ["agreement", "actor", "title"]
    assert answer["results"]["bindings"][0]["actor"] == {"type": "uri", "value": "https://w3id.org/treaty-kg/actor/China"}
    iris = kg(*args, "--format", "tsv", "--names", "iri").out
    assert "\thttps://w3id.org/treaty-kg/actor/China\t" in iris


def test_output_is_deterministic_and_atomic(kg, guarantors, tmp_path):
    out = tmp_path / "answer.json"
    first = kg("query", "--sparql", guarantors, str(ROOT / "corpus/agreements"), "--format", "json", "-o", str(out))
    assert first.code == 0 and first.out == ""
    once = out.read_bytes()
    assert kg("query", "--sparql", guarantors, str(ROOT / "corpus/agreements"), "--format", "json", "-o", str(out)).code == 0
    assert out.read_bytes() == once
    refused = kg("query", "--sparql", guarantors, ISTANBUL_RU, "-o", ISTANBUL_RU)
    assert refused.code == 2 and "refusing to overwrite an input file" in refused.err


def test_query_errors(kg, tmp_path, guarantors):
    broken = tmp_path / "broken.rq"
    broken.write_text("# title: broken\nSELECT ?s WHERE {\n  ?s ?p \n}\n", encoding="utf-8")
    result = kg("query", "--sparql", str(broken), ISTANBUL_RU)
    assert result.code == 2
    assert result.err.startswith(f"kg: error: {broken}:4: SPARQL syntax error")
    construct = tmp_path / "construct.rq"
    construct.write_text("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", encoding="utf-8")
    assert "only SELECT queries" in kg("query", "--sparql", str(construct), ISTANBUL_RU).err
    assert kg("query", "veto-player", ISTANBUL_RU).err.startswith("kg: error: no query named 'veto-player'")
    assert "no data to query" in kg("query", "--sparql", guarantors).err
    assert "give the data one way" in kg("query", "--sparql", guarantors, ISTANBUL_RU, "--store", str(tmp_path)).err
    bad_ttl = tmp_path / "bad.ttl"
    bad_ttl.write_text("@prefix ex: <http://ex/> .\nex:a ex:b .\n", encoding="utf-8")
    assert kg("query", "--sparql", guarantors, str(bad_ttl)).err.startswith(f"kg: error: {bad_ttl}:2: Turtle syntax error")
