"""`make qc`: header, term hygiene, OWL 2 datatypes, and HermiT consistency of ontology and corpus."""

from __future__ import annotations

import re

import rdflib

from kg.qc import header_problems, reasoner_problems, run_qc, term_problems
from kg.resources import ONTOLOGY_FILE

from .conftest import ROOT

PREFIXES = """@prefix tkg: <https://w3id.org/treaty-kg/ontology#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
"""


def graph(text: str) -> rdflib.Graph:
    return rdflib.Graph().parse(data=PREFIXES + text, format="turtle")


def test_ontology_passes_qc_with_reasoner():
    assert run_qc([], with_reasoner=True) == []


def test_whole_corpus_is_consistent_with_the_ontology():
    assert run_qc([ROOT / "corpus"], with_reasoner=True) == []


def test_missing_definition_and_undeclared_term_are_reported():
    g = graph("""
tkg:Thing a owl:Class ; rdfs:label "thing"@en ; rdfs:isDefinedBy <https://w3id.org/treaty-kg/ontology> .
tkg:bare rdfs:label "bare"@en ; skos:definition "x"@en ; rdfs:isDefinedBy <https://w3id.org/treaty-kg/ontology> ;
    rdfs:subPropertyOf tkg:ghost .
""")
    assert term_problems(g) == [
        "tkg:Thing lacks skos:definition",
        "tkg:bare is not declared (owl:Class, owl:ObjectProperty, owl:DatatypeProperty or owl:NamedIndividual)",
        "tkg:ghost is used but never defined",
    ]


def test_non_owl2_datatype_range_is_reported():
    g = graph("""
tkg:when a owl:DatatypeProperty ; rdfs:label "when"@en ; skos:definition "d"@en ;
    rdfs:isDefinedBy <https://w3id.org/treaty-kg/ontology> ; rdfs:range xsd:date .
""")
    assert term_problems(g) == ["tkg:when has range xsd:date, which is not in the OWL 2 datatype map"]


def test_incomplete_header_is_reported():
    g = graph("<https://w3id.org/treaty-kg/ontology> a owl:Ontology ; owl:versionInfo \"1\" .")
    problems = header_problems(g)
    assert "ontology header lacks dcterms:title" in problems
    assert "ontology header lacks owl:versionIRI" in problems
    assert "ontology header lacks owl:versionInfo" not in problems


def test_reasoner_finds_an_inconsistent_draft():
    g = rdflib.Graph().parse(ONTOLOGY_FILE)
    g += graph("<http://example.org/o> a tkg:Obligation, tkg:Right .")
    assert reasoner_problems(g) == [
        "the ontology and data are inconsistent under HermiT (an individual belongs to disjoint classes, or a functional property has two values)"
    ]


def test_every_tkg_name_in_the_docs_exists():
    terms = {str(s) for s in rdflib.Graph().parse(ONTOLOGY_FILE).subjects()}
    unknown = set()
    for doc in sorted((ROOT / "docs").glob("*.md")):
        for name in re.findall(r"\btkg:([A-Za-z][A-Za-z0-9_]*)", doc.read_text()):
            if "https://w3id.org/treaty-kg/ontology#" + name not in terms:
                unknown.add(f"{doc.name}: tkg:{name}")
    assert sorted(unknown) == []
