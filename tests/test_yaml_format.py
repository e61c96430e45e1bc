"""The YAML draft format: round trip on the whole corpus, the shipped JSON Schema, templates,
and `kg check` findings that point at the YAML lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from rdflib.compare import isomorphic

from kg.rdfload import load_document
from kg.yamlformat import document_to_yaml
from kg.yamlformat.schema import SCHEMA_FILE, schema_text

ROOT = Path(__file__).resolve().parent.parent
CORPUS_FILES = sorted(p for d in ("agreements", "scenario-2025", "positions")
                      for p in (ROOT / "corpus" / d).glob("*.ttl"))


@pytest.fixture(scope="module")
def converted(tmp_path_factory) -> dict[Path, Path]:
    """Every corpus file as YAML (kg export --to yaml's converter)."""
    out = tmp_path_factory.mktemp("yaml")
    result = {}
    for path in CORPUS_FILES:
        target = out / (path.stem + ".yaml")
        target.write_text(document_to_yaml(load_document(path), source=str(path.relative_to(ROOT))), encoding="utf-8")
        result[path] = target
    return result


def test_corpus_is_covered():
    assert len(CORPUS_FILES) >= 21


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.stem)
def test_round_trip_is_isomorphic(path, converted, tmp_path):
    original = load_document(path)
    first = load_document(converted[path])                      # RDF -> YAML -> RDF
    assert isomorphic(original.graph, first.graph)
    again = tmp_path / "again.yaml"
    again.write_text(document_to_yaml(first), encoding="utf-8")
    second = load_document(again)                               # -> YAML -> RDF
    assert isomorphic(first.graph, second.graph)
    def body(file: Path) -> list[str]:
        return [line for line in file.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]

    assert body(again) == body(converted[path])  # the YAML writer is deterministic


def test_import_writes_turtle_with_the_same_graph(kg, converted, tmp_path):
    source = converted[ROOT / "corpus/agreements/istanbul-draft-2022-ru.ttl"]
    target = tmp_path / "istanbul.ttl"
    result = kg("import", str(source), "-o", str(target))
    assert result.code == 0, result.err
    assert isomorphic(load_document(target).graph, load_document(source).graph)
    turtle = load_document(target)
    assert turtle.subject_lines  # subjects at column 0: kg's line numbers work on the output too


def test_export_to_yaml_command(kg, tmp_path):
    source = ROOT / "corpus/agreements/budapest-1994.ttl"
    result = kg("export", str(source), "--to", "yaml")
    assert result.code == 0, result.err
    assert "draft: budapest-1994" in result.out and "rule-kind: body-decision" in result.out
    target = tmp_path / "budapest.yaml"
    assert kg("export", str(source), "-o", str(target)).code == 0  # format from the suffix
    assert isomorphic(load_document(target).graph, load_document(source).graph)
    several = kg("export", str(ROOT / "corpus/agreements"), "--to", "yaml")
    assert several.code == 2 and "one draft at a time" in several.err


def test_shipped_schema_is_up_to_date():
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_text(), "run python -m kg.yamlformat.schema"


def test_schema_command_prints_it(kg):
    result = kg("schema")
    assert result.code == 0 and json.loads(result.out)["title"] == "treaty-kg draft"


def test_every_converted_corpus_file_and_template_validates_against_the_schema(converted, tmp_path, kg):
    import jsonschema

    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    files = list(converted.values())
    for template in ("article5-like", "bilateral", "ceasefire"):
        assert kg("new", "--template", template, str(tmp_path / f"{template}.yaml")).code == 0
        files.append(tmp_path / f"{template}.yaml")
    for path in files:
        data = json.loads(json.dumps(yaml.safe_load(path.read_text(encoding="utf-8")), default=str))
        errors = sorted(validator.iter_errors(data), key=str)
        assert not errors, f"{path.name}: {errors[0].message[:300]}"


def test_schema_catches_a_wrong_enumeration_value():
    import jsonschema

    validator = jsonschema.Draft202012Validator(json.loads(SCHEMA_FILE.read_text(encoding="utf-8")))
    bad = {"draft": "x", "provisions": [{"id": "d", "type": "decision-rule", "rule-kind": "unanimty"}]}
    assert list(validator.iter_errors(bad))
    assert not list(validator.iter_errors({**bad, "provisions": [{**bad["provisions"][0], "rule-kind": "unanimity"}]}))


@pytest.mark.parametrize("template", ["article5-like", "bilateral", "ceasefire"])
def test_templates_load_and_check(kg, tmp_path, template):
    path = tmp_path / "my-draft.yaml"
    result = kg("new", "--template", template, str(path))
    assert result.code == 0, result.err
    assert "draft: my-draft" in path.read_text(encoding="utf-8")
    checked = kg("check", str(path), "--fail-on", "none")
    assert checked.code == 0, checked.err
    assert "in 1 file" in checked.out
    again = kg("new", str(path))
    assert again.code == 2 and "already exists" in again.err


def test_check_points_at_the_yaml_line_of_the_clause(kg, tmp_path):
    draft = tmp_path / "draft.yaml"
    draft.write_text(
        "draft: veto\n"
        "agreement:\n"
        "  label: a guarantee with a veto\n"
        "  guarantor: [russia, france]\n"
        "  beneficiary: ukraine\n"
        "  designated-threat: russia\n"
        "clauses:\n"
        "  - id: art5\n"
        "    article-id: Art. 5\n"
        "    label: the guarantee article\n"
        "    provides:\n"
        "      - id: guarantee\n"
        "        type: guarantee\n"
        "        protects: ukraine\n"
        "        activated-by: decision\n"
        "      - id: decision\n"
        "        type: decision-rule\n"
        "        rule-kind: unanimity\n"
        "        voter: all-guarantors\n"
        "        gates: activation\n", encoding="utf-8")
    result = kg("check", str(draft), "--only", "aggressor-veto", "-f", "json")
    assert result.code == 1, result.err
    findings = json.loads(result.out)["findings"]
    assert [(f["rule"], f["file"], f["line"]) for f in findings] == [("aggressor-veto", str(draft), 16)]
    text = kg("check", str(draft), "--only", "aggressor-veto")
    assert f"{draft}:16: violation aggressor-veto" in text.out


def test_a_directory_includes_yaml_drafts(kg, tmp_path):
    (tmp_path / "a.yaml").write_text("draft: a\nagreement:\n  label: A\n", encoding="utf-8")
    result = kg("info", str(tmp_path))
    assert result.code == 0, result.err
    assert "a.yaml:3" in result.out
