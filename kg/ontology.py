"""The ontology as the tools use it: its graph, class hierarchy, enumerations and property
signatures, read once from the one edited source file."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import rdflib
from rdflib import OWL, RDF, RDFS, URIRef

from .namespaces import TKG
from .resources import ONTOLOGY_FILE


@lru_cache(maxsize=1)
def ontology_document():
    from .rdfload import load_document

    return load_document(ONTOLOGY_FILE)


def ontology_graph() -> rdflib.Graph:
    return ontology_document().graph


@dataclass(frozen=True)
class Vocabulary:
    terms: frozenset[URIRef]
    classes: frozenset[URIRef]
    superclasses: dict  # class -> frozenset of itself and all its superclasses
    enumerations: dict  # enumeration class -> frozenset of its named individuals
    individual_types: dict  # named individual -> frozenset of classes
    domains: dict  # property -> class
    ranges: dict  # property -> class or datatype
    object_properties: frozenset[URIRef]
    datatype_properties: frozenset[URIRef]
    superproperties: dict  # property -> frozenset of itself and its superproperties

    def is_a(self, types, cls) -> bool:
        return any(cls in self.superclasses.get(t, (t,)) for t in types)


def _closure(graph: rdflib.Graph, node, predicate) -> frozenset:
    result, todo = {node}, [node]
    while todo:
        for parent in graph.objects(todo.pop(), predicate):
            if parent not in result:
                result.add(parent)
                todo.append(parent)
    return frozenset(result)


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    graph = ontology_graph()
    ns = str(TKG)
    terms = frozenset(s for s in graph.subjects() if isinstance(s, URIRef) and str(s).startswith(ns))
    classes = frozenset(s for s in graph.subjects(RDF.type, OWL.Class) if s in terms)
    individuals = [s for s in graph.subjects(RDF.type, OWL.NamedIndividual) if s in terms]
    individual_types = {
        ind: frozenset(t for t in graph.objects(ind, RDF.type) if t in classes) for ind in individuals
    }
    enumerations: dict = {}
    for ind, types in individual_types.items():
        for cls in types:
            enumerations.setdefault(cls, set()).add(ind)
    object_properties = frozenset(s for s in graph.subjects(RDF.type, OWL.ObjectProperty) if s in terms)
    datatype_properties = frozenset(s for s in graph.subjects(RDF.type, OWL.DatatypeProperty) if s in terms)
    properties = object_properties | datatype_properties
    return Vocabulary(
        terms=terms,
        classes=classes,
        superclasses={c: _closure(graph, c, RDFS.subClassOf) for c in classes},
        enumerations={c: frozenset(v) for c, v in enumerations.items()},
        individual_types=individual_types,
        domains={p: d for p in properties for d in graph.objects(p, RDFS.domain)},
        ranges={p: r for p in properties for r in graph.objects(p, RDFS.range)},
        object_properties=object_properties,
        datatype_properties=datatype_properties,
        superproperties={p: _closure(graph, p, RDFS.subPropertyOf) for p in properties},
    )
