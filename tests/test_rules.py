"""Every rule has a fixture that must trigger it (with exact expected findings) and one that must
not. Adding a rule = one shapes file + one folder tests/rules/<rule-id>/ (trigger.ttl, clean.ttl,
expected.txt); this test finds both."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.check import check
from kg.rules import all_rules

RULES_DIR = Path(__file__).resolve().parent / "rules"
RULE_IDS = [rule.id for rule in all_rules()]


def finding_lines(report) -> str:
    return "".join(f"{f.line}: {f.severity} {f.rule} {f.name}: {f.message}\n" for f in report.findings)


def test_every_rule_has_fixtures():
    missing = [r for r in RULE_IDS if not all((RULES_DIR / r / n).exists() for n in ("trigger.ttl", "clean.ttl", "expected.txt"))]
    assert missing == []
    assert sorted(p.name for p in RULES_DIR.iterdir() if p.is_dir()) == sorted(RULE_IDS)


@pytest.mark.parametrize("rule", RULE_IDS)
def test_trigger_fixture_gives_exactly_the_expected_findings(rule, update_goldens):
    folder = RULES_DIR / rule
    positions = [folder / "positions.ttl"] if (folder / "positions.ttl").exists() else []
    report = check([folder / "trigger.ttl"], positions=positions, only=[rule])
    actual = finding_lines(report).replace(str(folder / "trigger.ttl"), "trigger.ttl")
    expected_file = folder / "expected.txt"
    if update_goldens:
        expected_file.write_text(actual)
    assert actual, f"{rule}: the trigger fixture triggers nothing"
    assert actual == expected_file.read_text()


@pytest.mark.parametrize("rule", RULE_IDS)
def test_clean_fixture_gives_no_finding(rule):
    folder = RULES_DIR / rule
    positions = [folder / "positions.ttl"] if (folder / "positions.ttl").exists() else []
    report = check([folder / "clean.ttl"], positions=positions, only=[rule])
    assert finding_lines(report) == ""
