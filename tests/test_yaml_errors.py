"""Errors in YAML drafts: one line with file:line:column, the nearest valid name, exit 2, no traceback."""

from __future__ import annotations

import pytest

DRAFT = """draft: t
agreement:
  label: T
  guarantor: [russia, france]
clauses:
  - id: art5
    article-id: Art. 5
    provides:
      - id: decision
        type: decision-rule
        rule-kind: unanimity
        voter: all-guarantors
"""

CASES = {
    "syntax": (("  label: T\n", "  label: T: x\n"), "3:11: YAML syntax error: mapping values are not allowed here"),
    "unknown-field": (("rule-kind: unanimity", "rule-kindd: unanimity"),
                      "11:9: unknown field `rule-kindd`; did you mean `rule-kind`?"),
    "unknown-actor": (("[russia, france]", "[rusia, france]"),
                      "4:15: unknown actor `rusia` in `guarantor`; did you mean `russia`?"),
    "wrong-enumeration": (("rule-kind: unanimity", "rule-kind: consensu"),
                          "11:20: unknown value `consensu` for `rule-kind`; did you mean `consensus`? (one of: "
                          "body-decision, consensus,"),
    "dangling-reference": (("voter: all-guarantors\n", "voter: all-guarantors\n        requires: art6\n"),
                           "13:19: `requires` refers to `art6`, which is not defined in this draft; did you mean `art5`?"),
    "duplicate-key": (("  label: T\n", "  label: T\n  label: U\n"), "4:3: duplicate field `label` (first given on line 3)"),
    "unknown-type": (("type: decision-rule", "type: decison-rule"),
                     "10:15: unknown type `decison-rule`; did you mean `decision-rule`?"),
    "duplicate-id": (("      - id: decision", "      - id: art5"), "9:13: id `art5` is defined twice (first on line 6)"),
    "wrong-literal": (("  label: T\n", "  label: T\n  requires-ratification: 3\n"),
                      "4:26: `requires-ratification` takes true or false, not `3`"),
}


@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("command", ["check", "info", "import", "export"])
def test_error_names_file_line_column_and_suggests(kg, tmp_path, monkeypatch, case, command):
    (old, new), expected = CASES[case]
    assert old in DRAFT
    monkeypatch.chdir(tmp_path)
    (tmp_path / "draft.yaml").write_text(DRAFT.replace(old, new, 1), encoding="utf-8")
    args = [command, "draft.yaml"] + (["--to", "yaml"] if command == "export" else [])
    result = kg(*args)
    assert result.code == 2
    assert result.err.startswith(f"kg: error: draft.yaml:{expected}"), result.err
    assert result.err.count("\n") == 1 and "Traceback" not in result.err


def test_the_unbroken_draft_reads(kg, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "draft.yaml").write_text(DRAFT, encoding="utf-8")
    assert kg("import", "draft.yaml").code == 0


def test_reference_by_article_id(kg, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "draft.yaml").write_text(DRAFT + "        requires: Art. 5\n", encoding="utf-8")
    result = kg("import", "draft.yaml")
    assert result.code == 0 and "tkg:requires t:art5" in result.out


def test_empty_and_missing_draft_name(kg, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty.yaml").write_text("# nothing yet\n", encoding="utf-8")
    assert "empty.yaml: the draft is empty" in kg("info", "empty.yaml").err
    (tmp_path / "noname.yaml").write_text("agreement:\n  label: X\n", encoding="utf-8")
    assert "noname.yaml:1:1: missing `draft: NAME`" in kg("info", "noname.yaml").err
