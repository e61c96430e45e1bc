"""The loader against the W3C Turtle test suite: every invalid file is rejected with a file and
line, every valid file loads."""

from __future__ import annotations

import pytest

from kg.errors import KgError
from kg.rdfload import load_document

from .conftest import SHARED

SUITE = SHARED / "conformance"
NEGATIVE = sorted((SUITE / "turtle-negative").glob("*.ttl"))
POSITIVE = sorted((SUITE / "turtle-positive").glob("*.ttl"))


def test_suite_is_present():
    assert len(NEGATIVE) == 94 and len(POSITIVE) == 219


@pytest.mark.parametrize("path", NEGATIVE, ids=[p.stem for p in NEGATIVE])
def test_invalid_turtle_is_rejected_with_a_line(path):
    with pytest.raises(KgError) as raised:
        load_document(path)
    assert raised.value.path and raised.value.path.endswith(path.name)
    assert raised.value.line is not None and raised.value.line >= 1
    assert "\n" not in raised.value.one_line()


@pytest.mark.parametrize("path", POSITIVE, ids=[p.stem for p in POSITIVE])
def test_valid_turtle_loads(path):
    load_document(path)
