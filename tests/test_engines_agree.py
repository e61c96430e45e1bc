"""The shapes are standard SHACL: pySHACL, the reference engine, reaches the same verdicts as
kg's own evaluator on every rule fixture and on the Istanbul and Budapest texts."""

from __future__ import annotations

from pathlib import Path

import pytest
import rdflib
from rdflib import RDF

from kg.check import compiled_constraints
from kg.ontology import ontology_graph
from kg.rdfload import load_collection
from kg.rules import library
from kg.shacl import KGR, SH, evaluate

from .conftest import ROOT

RULES_DIR = ROOT / "tests/rules"
CASES = sorted(RULES_DIR.glob("*/*.ttl"))
CASES = [c for c in CASES if c.name != "positions.ttl"] + [
    ROOT / "corpus/agreements/istanbul-draft-2022-ru.ttl",
    ROOT / "corpus/agreements/budapest-1994.ttl",
]


def verdicts_of_kg(collection) -> set:
    results = evaluate(collection.store(), compiled_constraints())
    own = set().union(*(d.subjects() for d in collection.documents))
    return {(str(r.shape), str(r.focus)) for r in results if r.focus in own}


def verdicts_of_pyshacl(collection) -> set:
    import pyshacl

    shapes = library().graph
    conforms, report, _ = pyshacl.validate(collection.graph, shacl_graph=shapes, ont_graph=ontology_graph(),
                                           inference="none", advanced=False, allow_warnings=True)
    own = set().union(*(d.subjects() for d in collection.documents))
    verdicts = set()
    for result in report.subjects(RDF.type, SH.ValidationResult):
        focus = report.value(result, SH.focusNode)
        shape = report.value(result, SH.sourceShape)
        if (shape, RDF.type, SH.PropertyShape) in shapes or (None, SH.property, shape) in shapes:
            shape = shapes.value(None, SH.property, shape)
        if focus in own:
            verdicts.add((str(shape), str(focus)))
    return verdicts


@pytest.mark.parametrize("path", CASES, ids=[f"{p.parent.name}/{p.stem}" for p in CASES])
def test_pyshacl_and_kg_agree(path: Path):
    positions = [path.parent / "positions.ttl"] if (path.parent / "positions.ttl").exists() else []
    if path.parent.name == "agreements":
        positions = [ROOT / "corpus/positions"]
    collection = load_collection([path], context_paths=positions)
    assert verdicts_of_kg(collection) == verdicts_of_pyshacl(collection)
