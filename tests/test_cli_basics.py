"""The command line: help, version, `kg info`, and bad input (one line, exit 2, no traceback)."""

from __future__ import annotations

import json

import pytest

from kg import __version__

from .conftest import ROOT

BUDAPEST = str(ROOT / "corpus/agreements/budapest-1994.ttl")


def test_version(kg):
    result = kg("--version")
    assert (result.code, result.out) == (0, f"kg {__version__}\n")


def test_help_lists_commands(kg):
    result = kg("--help")
    assert result.code == 0
    assert "info" in result.out and "qc" in result.out


def test_info_summarises_budapest(kg):
    result = kg("info", BUDAPEST)
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0] == "Budapest Memorandum 1994  [budapest:agreement]"
    assert "  legal form  memorandum, in force" in lines
    assert "  parties:              Russia, Ukraine, United Kingdom, United States" in lines
    assert "  assurers:             Russia, United Kingdom, United States" in lines
    assert "  guarantors:           none" in lines
    assert "  potential aggressors: Russia" in lines
    para4 = lines.index("    para 4            para 4: seek Security Council action if nuclear weapons are used")
    assert lines[para4 + 1].split("; ") == [
        "                        decision rule (decision of a body)",
        "guarantee",
        "obligation (seek action by a third body, strength 2: seek action elsewhere)",
        "timeline (act)",
        "trigger (aggression with nuclear weapons)",
    ]


def test_info_json_is_deterministic_and_structured(kg):
    first, second = kg("info", "--format", "json", BUDAPEST), kg("info", "-f", "json", BUDAPEST)
    assert first.code == 0 and first.out == second.out
    data = json.loads(first.out)
    agreement = data["agreements"][0]
    assert agreement["name"] == "budapest:agreement"
    assert agreement["legal_form"] == "memorandum"
    assert agreement["roles"]["beneficiaries"] == ["Ukraine"]
    assert [c["article"] for c in agreement["clauses"]] == [
        "preamble", "para 1", "para 2", "para 3", "para 4", "para 6", "final provisions"]


def test_info_writes_output_file_atomically(kg, tmp_path):
    out = tmp_path / "info.txt"
    result = kg("info", BUDAPEST, "-o", str(out))
    assert result.code == 0 and result.out == ""
    assert out.read_text().startswith("Budapest Memorandum 1994")
    assert [p.name for p in tmp_path.iterdir()] == ["info.txt"]


def test_info_refuses_to_overwrite_its_input(kg, tmp_path):
    draft = tmp_path / "draft.ttl"
    draft.write_text((ROOT / "corpus/agreements/budapest-1994.ttl").read_text())
    before = draft.read_bytes()
    result = kg("info", str(draft), "-o", str(draft))
    assert result.code == 2
    assert "refusing to overwrite an input file" in result.err
    assert draft.read_bytes() == before


@pytest.mark.parametrize(
    "args, message",
    [
        (["info", "missing.ttl"], "kg: error: missing.ttl: no such file or directory\n"),
        (["info", "--bogus", BUDAPEST], "kg: error: kg info: No such option '--bogus'. (see 'kg info --help')\n"),
        (["info"], "kg: error: kg info: Missing argument 'FILE_OR_DIR...'. (see 'kg info --help')\n"),
        (["nosuchcommand"], "kg: error: kg: No such command 'nosuchcommand'. (see 'kg --help')\n"),
    ],
)
def test_bad_usage_is_one_line_and_exit_2(kg, args, message):
    result = kg(*args)
    assert (result.code, result.out, result.err) == (2, "", message)


def test_syntax_error_names_file_and_line(kg, tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text('@prefix tkg: <https://w3id.org/treaty-kg/ontology#> .\n\n<x> a tkg:Agreement ;\n    tkg:title "unclosed .\n')
    result = kg("info", str(bad))
    assert result.code == 2
    assert result.err.count("\n") == 1
    assert result.err.startswith(f"kg: error: {bad}:4: Turtle syntax error")
    assert "Traceback" not in result.err


def test_non_utf8_and_wrong_suffix_are_clean_errors(kg, tmp_path):
    latin = tmp_path / "latin.ttl"
    latin.write_bytes(b"<a> <b> \"caf\xe9\" .\n")
    result = kg("info", str(latin))
    assert result.code == 2 and "not UTF-8 text" in result.err
    csv = tmp_path / "draft.csv"
    csv.write_text("a,b\n")
    result = kg("info", str(csv))
    assert result.code == 2 and "not a Turtle file" in result.err


def test_directory_means_every_draft_in_it(kg):
    result = kg("info", "-f", "json", str(ROOT / "corpus/agreements"))
    assert result.code == 0
    names = [a["name"] for a in json.loads(result.out)["agreements"]]
    assert "budapest:agreement" in names
    assert len(names) == len(list((ROOT / "corpus/agreements").glob("*.ttl")))
