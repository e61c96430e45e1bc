"""Vocabulary conformance: does a draft use the ontology's terms as the ontology defines them?

Catches what a person writing Turtle by hand gets wrong most often: a misspelt term, an
enumeration value of the wrong kind (`tkg:timing tkg:Unanimity`), a property on the wrong kind of
node, a reference to an actor nobody defined. Each problem names the file and line.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from rdflib import RDF, RDFS, Literal, URIRef

from .namespaces import ACTOR, TERRITORY, TKG
from .ontology import vocabulary
from .rdfload import Collection


@dataclass(frozen=True, order=True)
class VocabularyProblem:
    path: str
    line: int
    message: str


def _nearest(name: str, candidates) -> str:
    match = difflib.get_close_matches(name, candidates, n=1, cutoff=0.6)
    return f"; did you mean tkg:{match[0]}?" if match else ""


def vocabulary_problems(collection: Collection) -> list[VocabularyProblem]:
    vocab = vocabulary()
    graph = collection.graph
    local_names = sorted(str(t)[len(str(TKG)):] for t in vocab.terms)
    problems: set[VocabularyProblem] = set()

    def types_of(node):
        own = set(graph.objects(node, RDF.type))
        return own | set(vocab.individual_types.get(node, ()))

    for document in collection.documents:
        def report(node, message):
            problems.add(VocabularyProblem(document.display_path, document.line_of(node) or 0, message))

        for s, p, o in document.graph:
            for term in (p, o) if p != RDF.type else (o,):
                if isinstance(term, URIRef) and str(term).startswith(str(TKG)) and term not in vocab.terms:
                    name = str(term)[len(str(TKG)):]
                    report(s, f"unknown term tkg:{name}{_nearest(name, local_names)}")
            for namespace, kind in ((ACTOR, "actor"), (TERRITORY, "territory")):
                for term in (s, o):
                    if isinstance(term, URIRef) and str(term).startswith(str(namespace)):
                        if (term, RDFS.label, None) not in graph:
                            report(s, f"{kind}:{str(term)[len(str(namespace)):]} is used but not defined (no rdfs:label) in the reference data or the draft")
            if p not in vocab.terms:
                continue
            domain = vocab.domains.get(p)
            if domain is not None and not isinstance(s, Literal):
                subject_types = types_of(s)
                if subject_types and not vocab.is_a(subject_types, domain):
                    report(s, f"tkg:{_local(p)} belongs on a tkg:{_local(domain)}, not on a {', '.join('tkg:' + _local(t) for t in sorted(subject_types) if str(t).startswith(str(TKG))) or 'node of another type'}")
            rng = vocab.ranges.get(p)
            if p in vocab.object_properties:
                if isinstance(o, Literal):
                    report(s, f"tkg:{_local(p)} takes a node, not the literal \"{o}\"")
                elif rng in vocab.enumerations:
                    if o not in vocab.enumerations[rng]:
                        allowed = sorted(_local(v) for v in vocab.enumerations[rng])
                        report(s, f"tkg:{_local(p)} takes one of {', '.join('tkg:' + a for a in allowed)}; got {_short(o)}{_nearest(_local(o), allowed)}")
            elif p in vocab.datatype_properties and not isinstance(o, Literal):
                report(s, f"tkg:{_local(p)} takes a literal value, not {_short(o)}")
        for s in set(document.graph.subjects()):
            if isinstance(s, URIRef) and (s, RDF.type, None) not in graph and s not in vocab.terms:
                report(s, f"{_short(s)} has no rdf:type; say what it is (e.g. a tkg:Clause)")
    return sorted(problems)


def _local(term) -> str:
    text = str(term)
    for sep in ("#", "/"):
        if sep in text:
            text = text.rsplit(sep, 1)[1]
    return text


def _short(term) -> str:
    text = str(term)
    for prefix, ns in (("tkg", TKG), ("actor", ACTOR), ("territory", TERRITORY)):
        if text.startswith(str(ns)):
            return f"{prefix}:{text[len(str(ns)):]}"
    return f"<{text}>"
