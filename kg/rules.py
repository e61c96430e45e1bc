"""The rule catalogue: one shapes file per rule in shapes/, each carrying the rule's metadata
(summary, precedent, fix, explanation) next to the shapes that implement it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import rdflib
from rdflib import RDF, RDFS

from .errors import KgError
from .resources import SHAPES_DIR
from .shacl import KGR, SEVERITIES, SH

SEVERITY_ORDER = {"violation": 3, "warning": 2, "info": 1}

# Rules whose findings come (also) from graph analysis in kg/structure.py rather than shapes alone.
STRUCTURAL_RULES = {"conditionality-cycle": "networkx: cycles in the tkg:requires precondition graph"}


@dataclass(frozen=True)
class Rule:
    id: str
    label: str
    severity: str  # the highest severity among its shapes
    summary: str
    precedent: str
    fix: str
    explanation: str
    source: str


@dataclass(frozen=True)
class ShapesLibrary:
    graph: rdflib.Graph
    rules: dict  # id -> Rule
    shape_sources: dict  # shape IRI -> file


def shape_files() -> list[Path]:
    return sorted(SHAPES_DIR.glob("*.ttl"))


@lru_cache(maxsize=1)
def library() -> ShapesLibrary:
    from .rdfload import load_document

    graph = rdflib.Graph()
    shape_sources: dict = {}
    rule_sources: dict = {}
    for path in shape_files():
        document = load_document(path)
        graph += document.graph
        for subject in document.graph.subjects(RDF.type, None):
            shape_sources.setdefault(subject, document.display_path)
        for rule in document.graph.subjects(RDF.type, KGR.Rule):
            rule_sources[rule] = document.display_path
    rules: dict[str, Rule] = {}
    for node, source in rule_sources.items():
        rule_id = str(node).rsplit("#", 1)[-1]
        shapes = set(graph.subjects(KGR.rule, node))
        severities = [SEVERITIES.get(s, "violation") for shape in shapes for s in graph.objects(shape, SH.severity)]
        for shape in shapes:
            for constraint in list(graph.objects(shape, SH.sparql)) + list(graph.objects(shape, SH.property)):
                severities += [SEVERITIES.get(s, "violation") for s in graph.objects(constraint, SH.severity)]
        severity = max(severities or [str(graph.value(node, KGR.defaultSeverity) or "violation")], key=SEVERITY_ORDER.get)

        def text(prop):
            value = graph.value(node, prop)
            if value is None:
                raise KgError(f"rule {rule_id} lacks {prop.n3(graph.namespace_manager)}", source)
            return " ".join(str(value).split()) if prop != KGR.explanation else str(value).strip()

        rules[rule_id] = Rule(rule_id, text(RDFS.label), severity, text(KGR.summary), text(KGR.precedent),
                              text(KGR.fix), text(KGR.explanation), source)
    return ShapesLibrary(graph, dict(sorted(rules.items())), shape_sources)


def all_rules() -> list[Rule]:
    return list(library().rules.values())


def get_rule(rule_id: str) -> Rule:
    rules = library().rules
    if rule_id not in rules:
        import difflib

        near = difflib.get_close_matches(rule_id, list(rules), n=1)
        hint = f"; did you mean {near[0]}?" if near else "; `kg rules` lists them"
        raise KgError(f"unknown rule '{rule_id}'{hint}")
    return rules[rule_id]
