"""The corpus: every file loads strictly, uses the ontology as defined, and cites its sources."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, RDFS, URIRef
from rdflib.namespace import DCTERMS

from kg.namespaces import TKG
from kg.ontology import vocabulary
from kg.rdfload import load_collection, load_document
from kg.resources import CORPUS_DIR
from kg.vocab import vocabulary_problems

CORPUS_FILES = sorted(CORPUS_DIR.rglob("*.ttl"))
AGREEMENT_FILES = sorted((CORPUS_DIR / "agreements").glob("*.ttl")) + sorted((CORPUS_DIR / "scenario-2025").glob("*.ttl"))


@pytest.fixture(scope="module")
def corpus():
    return load_collection([CORPUS_DIR])


def ids(paths):
    return [p.stem for p in paths]


@pytest.mark.parametrize("path", CORPUS_FILES, ids=ids(CORPUS_FILES))
def test_every_corpus_file_loads_strictly(path: Path):
    assert len(load_document(path).graph) > 0


def test_corpus_uses_the_vocabulary_as_defined(corpus):
    assert [f"{p.path}:{p.line}: {p.message}" for p in vocabulary_problems(corpus)] == []


@pytest.mark.parametrize("path", AGREEMENT_FILES, ids=ids(AGREEMENT_FILES))
def test_agreement_file_is_complete_and_sourced(path: Path, corpus):
    document = load_document(path)
    graph = corpus.graph
    agreements = document.agreements()
    assert len(agreements) == 1, "one agreement per file"
    agreement = agreements[0]
    for prop in (RDFS.label, TKG.title, TKG.legalForm, TKG.status, DCTERMS.source):
        assert graph.value(agreement, prop) is not None, f"agreement lacks {prop}"
    assert any(graph.objects(agreement, TKG.party)) or any(graph.objects(agreement, TKG.signatory))
    clauses = list(graph.objects(agreement, TKG.hasClause))
    assert clauses, "an agreement needs clauses"
    for clause in clauses:
        for prop in (RDFS.label, TKG.articleId, TKG.sourceQuote, DCTERMS.source, TKG.confidence):
            assert graph.value(clause, prop) is not None, f"{clause} lacks {prop}"
        assert (clause, RDF.type, TKG.Clause) in graph
    # Every provision the file states is established by one of its clauses.
    vocab = vocabulary()
    provided = {p for c in clauses for p in graph.objects(c, TKG.provides)}
    for subject in set(document.graph.subjects(RDF.type, None)):
        types = set(document.graph.objects(subject, RDF.type))
        if vocab.is_a(types, TKG.Provision) and isinstance(subject, URIRef):
            assert subject in provided, f"{subject} is stated by no clause (add it to a clause's tkg:provides)"
    # Every named node a person will see has a label.
    for subject in set(document.graph.subjects()):
        if isinstance(subject, URIRef) and (subject, RDF.type, None) in document.graph:
            assert graph.value(subject, RDFS.label) is not None, f"{subject} has no rdfs:label"
