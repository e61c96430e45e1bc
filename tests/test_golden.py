"""Golden findings for every corpus agreement and scenario variant (reviewed, committed), and the
outcomes the product promises on the historical record."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.check import check

from .conftest import ROOT

GOLDEN = Path(__file__).resolve().parent / "golden"
DRAFTS = sorted((ROOT / "corpus/agreements").glob("*.ttl")) + sorted((ROOT / "corpus/scenario-2025").glob("*.ttl"))
POSITIONS = [ROOT / "corpus/positions"]


def findings(path: Path):
    return check([path], positions=POSITIONS).findings


def rules_of(name: str) -> set[str]:
    return {f.rule for f in findings(ROOT / name)}


@pytest.mark.parametrize("path", DRAFTS, ids=[p.stem for p in DRAFTS])
def test_golden_findings(path: Path, update_goldens):
    text = "".join(f"{f.line}: {f.severity} {f.rule} {f.name}: {f.message}\n" for f in findings(path))
    golden = GOLDEN / f"{path.stem}.txt"
    if update_goldens:
        golden.write_text(text)
    assert text == golden.read_text()


def test_istanbul_russian_amendment_gives_russia_a_veto_and_ukraine_text_does_not():
    ru = [f for f in findings(ROOT / "corpus/agreements/istanbul-draft-2022-ru.ttl") if f.rule == "aggressor-veto"]
    assert any("Russia (actor:Russia)" in f.message and "activation" in f.message for f in ru)
    assert "aggressor-veto" not in rules_of("corpus/agreements/istanbul-draft-2022-ua.ttl")


def test_budapest_profile():
    assert {"veto-body-dependency", "guarantor-is-threat", "consultation-only", "non-binding-instrument"} <= rules_of(
        "corpus/agreements/budapest-1994.ttl")


def test_nato_article_5_has_discretion_but_no_aggressor_veto():
    rules = rules_of("corpus/agreements/nato-1949.ttl")
    assert "discretion-escape" in rules and "aggressor-veto" not in rules


def test_taiwan_relations_act_has_no_binding_obligation():
    assert "no-binding-obligation" in rules_of("corpus/agreements/taiwan-relations-act-1979.ttl")


def test_standing_european_contingent_crosses_russias_red_line():
    crossed = [f for f in findings(ROOT / "corpus/scenario-2025/a5-standing-contingent.ttl") if f.rule == "red-line-crossed"]
    assert any("Russia" in f.message for f in crossed)
