"""The synthetic benchmark corpus (benchmarks/generate.py): deterministic, strict Turtle, only the
ontology's terms, used as the ontology defines them, written as the modelling guide asks, and
varied enough to exercise every part of the vocabulary the checks read.

The variety assertions are exact for SEED and N: any change to the generator changes its output,
so if one fails after a deliberate change, pick a seed that covers the list again (the list is
what matters, not the seed)."""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import RDF, RDFS, URIRef

from kg.namespaces import TKG
from kg.ontology import vocabulary
from kg.rdfload import load_collection, load_document
from kg.resources import ONTOLOGY_FILE
from kg.vocab import vocabulary_problems

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import generate  # noqa: E402  (benchmarks/ is not a package)

SEED, N = 44, 30
T = str(TKG)
ACTOR = "https://w3id.org/treaty-kg/actor/"
GENREF = "https://w3id.org/treaty-kg/corpus/gen-reference/"
RDF_TYPE = str(RDF.type)

# Every class and enumeration value below appears in the 30 agreements (and their context files)
# generated with SEED.
REQUIRED_CLASSES = """Agreement Clause Guarantee Trigger Condition DecisionRule Obligation Right Timeline Funding Deployment
    ForceCap VerificationMechanism Duration TerminationCondition TerritorialScope Linkage PeacetimeProvision
    ImplementationObservation Position State Body InternationalOrganisation Coalition Territory""".split()
REQUIRED_VALUES = """Unanimity Consensus QualifiedMajority SimpleMajority IndividualDetermination BodyDecision SingleActorDecision
    MutualAgreement Unspecified AllGuarantors EachGuarantor AllParties EachParty AllAssurers
    Strength0 Strength1 Strength2 Strength3 Strength4 Strength5 Shall Will Would Intend May
    DeemsNecessary ConstitutionalProcesses AppropriateAction AsMayBeNecessary SpecificCharacter IntentOnly
    Standing Responsive Occupied Contested Recognised RedLine Requirement Acceptance
    SanctionsRelief NATONonMembership TerritorialSettlement
    Activation DeploymentConsent Renewal TriggerDetermination
    ConsultStage DecideStage ActStage CompleteStage ReportStage
    StyledGuarantee StyledAssurance StyledCommitment StyledSupport SovereigntyBasis AdministrationBasis RegionBasis""".split()
REQUIRED_PROPERTIES = """recusedVoter voter decidingBody threshold gates variantOf buildsOn requires controlledBy verifiedBy
    capsDeployment hostConsent consentRule dependsOnBody hasFunding hasTimeline maxHours qualitativeTerm definitionText
    determinedBy determinationRule hasCondition excludesTerritory isForfeiture snapback automaticRenewal renewalRule
    termYears indefinite proposedGuarantor designatedThreat namedThreat heldByActor aboutProvision""".split()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    directory = tmp_path_factory.mktemp("generated")
    generate.write_corpus(directory, N, SEED)
    return directory


@pytest.fixture(scope="module")
def quads(corpus) -> dict[str, list]:
    """Every file parsed strictly (pyoxigraph raises on any syntax error)."""
    return {str(p.relative_to(corpus)): list(ox.parse(p.read_bytes(), format=ox.RdfFormat.TURTLE))
            for p in sorted(corpus.rglob("*.ttl"))}


def test_layout(corpus):
    assert sorted(p.name for p in (corpus / "context").iterdir()) == ["gen-positions.ttl", "gen-reference.ttl"]
    assert sorted(p.name for p in (corpus / "agreements").iterdir()) == [f"gen-{i:05d}.ttl" for i in range(N)]


def test_same_seed_gives_byte_identical_files(corpus, tmp_path):
    generate.write_corpus(tmp_path / "again", N, SEED)
    first = {str(p.relative_to(corpus)): p.read_bytes() for p in sorted(corpus.rglob("*.ttl"))}
    second = {str(p.relative_to(tmp_path / "again")): p.read_bytes() for p in sorted((tmp_path / "again").rglob("*.ttl"))}
    assert first == second
    # The in-memory API gives the same text, and a smaller corpus is a prefix of a larger one.
    assert {path: text.encode("utf-8") for path, text in generate.generate_corpus(N, SEED)} == first
    smaller = dict(generate.generate_corpus(10, SEED))
    assert all(smaller[path].encode("utf-8") == first[path] for path in smaller)
    # Another seed gives another corpus.
    assert dict(generate.generate_corpus(3, SEED + 1))["agreements/gen-00000.ttl"].encode("utf-8") != first["agreements/gen-00000.ttl"]


def test_every_file_parses_strictly_and_agreements_have_a_realistic_size(quads):
    sizes = [len(q) for path, q in quads.items() if path.startswith("agreements/")]
    assert len(sizes) == N and min(sizes) >= 80 and max(sizes) <= 400
    assert 140 <= sum(sizes) / N <= 240  # the real corpus: 102-364 triples, mean 220


def test_every_tkg_term_is_defined_in_the_ontology(quads):
    ontology = list(ox.parse(ONTOLOGY_FILE.read_bytes(), format=ox.RdfFormat.TURTLE))
    defined = {q.subject.value for q in ontology if q.subject.value.startswith(T)}
    used = {term.value for qs in quads.values() for q in qs for term in (q.subject, q.predicate, q.object)
            if isinstance(term, ox.NamedNode) and term.value.startswith(T)}
    assert used and sorted(used - defined) == []


def test_vocabulary_is_used_as_defined(corpus):
    """Domains, ranges, enumerations and reference actors, as the corpus tests check them."""
    collection = load_collection([corpus])
    assert [f"{p.path}:{p.line}: {p.message}" for p in vocabulary_problems(collection)] == []


def test_files_follow_the_modelling_guide(corpus):
    collection = load_collection([corpus])
    graph, vocab = collection.graph, vocabulary()
    for path in sorted((corpus / "agreements").glob("*.ttl")):
        document = load_document(path)
        [agreement] = document.agreements()
        assert str(agreement) == f"https://w3id.org/treaty-kg/corpus/{path.stem}/agreement"
        for prop in (RDFS.label, TKG.title, TKG.legalForm, TKG.status, TKG.signedOn):
            assert graph.value(agreement, prop) is not None, f"{path.name}: agreement lacks {prop}"
        clauses = list(graph.objects(agreement, TKG.hasClause))
        assert clauses
        provided = {p for c in clauses for p in graph.objects(c, TKG.provides)}
        for subject in set(document.graph.subjects()):
            assert isinstance(subject, URIRef), f"{path.name}: blank node"
            assert subject in document.subject_lines, f"{path.name}: {subject} is not written at column 0"
            assert graph.value(subject, RDFS.label) is not None, f"{path.name}: {subject} has no rdfs:label"
            types = set(document.graph.objects(subject, RDF.type))
            assert types, f"{path.name}: {subject} has no rdf:type"
            if vocab.is_a(types, TKG.Provision):
                assert subject in provided, f"{path.name}: {subject} is provided by no clause"
            assert str(subject).startswith(f"https://w3id.org/treaty-kg/corpus/{path.stem}/")


def test_generated_actors_and_territories_are_declared(quads):
    typed, labelled = set(), set()
    for q in quads["context/gen-reference.ttl"]:
        if q.predicate.value == RDF_TYPE:
            typed.add(q.subject.value)
        if q.predicate.value == str(RDFS.label):
            labelled.add(q.subject.value)
    referenced = {q.object.value for qs in quads.values() for q in qs
                  if isinstance(q.object, ox.NamedNode) and q.object.value.startswith(GENREF)}
    assert referenced and sorted(referenced - typed) == [] and sorted(referenced - labelled) == []


def test_the_corpus_covers_the_vocabulary(quads):
    objects, predicates, types = set(), set(), set()
    edges = defaultdict(set)
    for qs in quads.values():
        for q in qs:
            predicates.add(q.predicate.value)
            if isinstance(q.object, ox.NamedNode):
                objects.add(q.object.value)
                if q.predicate.value == RDF_TYPE:
                    types.add(q.object.value)
            if q.predicate.value == T + "requires":
                edges[q.subject.value].add(q.object.value)
    assert [c for c in REQUIRED_CLASSES if T + c not in types] == []
    assert [v for v in REQUIRED_VALUES if T + v not in objects] == []
    assert [p for p in REQUIRED_PROPERTIES if T + p not in predicates] == []
    triples = {(q.subject.value, q.predicate.value, q.object.value) for qs in quads.values() for q in qs}
    # Real reference actors: the Security Council decides, and a real state is among the parties.
    assert any(p == T + "decidingBody" and o == ACTOR + "UNSecurityCouncil" for _, p, o in triples)
    assert any(p == T + "party" and o.startswith(ACTOR) for _, p, o in triples)
    # Flawed designs: unanimity of all guarantors; a potential aggressor that is also a guarantor.
    rules = {s for s, p, o in triples if p == T + "ruleKind" and o == T + "Unanimity"}
    assert any((s, T + "voter", T + "AllGuarantors") in triples for s in rules)
    threats = {(s, o) for s, p, o in triples if p in (T + "designatedThreat", T + "namedThreat")}
    assert any((s, T + "guarantor", o) in triples or (s, T + "assurer", o) in triples for s, o in threats)
    # At least one precondition loop (tkg:requires cycle).
    def on_cycle(start):
        seen, todo = set(), list(edges.get(start, ()))
        while todo:
            node = todo.pop()
            if node == start:
                return True
            if node not in seen:
                seen.add(node)
                todo.extend(edges.get(node, ()))
        return False
    assert any(on_cycle(node) for node in list(edges))


def test_command_line(tmp_path, capsys):
    assert generate.main(["--agreements", "3", "--seed", str(SEED), "--out", str(tmp_path), "--stats"]) == 0
    assert "per agreement" in capsys.readouterr().out
    assert sorted(p.name for p in (tmp_path / "agreements").iterdir()) == ["gen-00000.ttl", "gen-00001.ttl", "gen-00002.ttl"]
    # Grouping agreements per file, and a rerun with a smaller N leaves no stale files behind.
    assert generate.main(["-n", "2", "-s", str(SEED), "-o", str(tmp_path), "--per-file", "2"]) == 0
    [grouped] = sorted((tmp_path / "agreements").iterdir())
    assert grouped.name == "gen-00000-00001.ttl" and len(load_document(grouped).agreements()) == 2
