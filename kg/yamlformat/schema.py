"""The JSON Schema of the YAML draft format, generated from the same mapping the reader uses
(mapping.py), so editors complete and check exactly what `kg` accepts.

The shipped copy (draft.schema.json, next to this file) is regenerated with
`python -m kg.yamlformat.schema`; a test fails when it is stale.
"""

from __future__ import annotations

import json
from pathlib import Path

from .mapping import NODE_KEYS, TOP_KEYS, XSD, Format, draft_format, kebab

SCHEMA_FILE = Path(__file__).with_name("draft.schema.json")
SCHEMA_ID = "https://w3id.org/treaty-kg/schema/draft.schema.json"

_REF = {"type": "object", "properties": {"ref": {"type": "string"}}, "required": ["ref"], "additionalProperties": False}
_EXPLICIT = {"type": "object", "properties": {"value": {"type": ["string", "number", "boolean"]},
                                              "language": {"type": "string"}, "datatype": {"type": "string"}},
             "required": ["value"], "additionalProperties": False}


def _literal_schema(rng: str | None) -> dict:
    if rng in (XSD + "integer", XSD + "nonNegativeInteger", XSD + "positiveInteger"):
        return {"type": "integer"}
    if rng in (XSD + "decimal", XSD + "double", XSD + "float"):
        return {"type": "number"}
    if rng == XSD + "boolean":
        return {"type": "boolean"}
    if rng == XSD + "date":
        return {"type": "string", "format": "date"}
    if rng == XSD + "string" or rng == "rdf:langString":
        return {"type": "string"}
    return {"type": ["string", "number", "boolean"]}


def _field_schema(fmt: Format, fld, defs: dict) -> dict:
    description = fld.definition or fld.label
    if fld.is_object:
        names = sorted(fmt.names_for_range(fld.range)) if fld.range else []
        if names:  # each range's names once, in $defs, referred to by every field with that range
            defs.setdefault("values-" + kebab(fld.range.rsplit("#", 1)[-1]), {"enum": names})
            names_ref = {"$ref": "#/$defs/values-" + kebab(fld.range.rsplit("#", 1)[-1])}
        if fmt.enumeration_of(fld.range):
            # An enumeration value, or a prefixed name / IRI for a value the ontology does not list.
            one = {"anyOf": [names_ref, {"type": "string", "pattern": ":"}, _REF]}
        else:
            # A short name (completed by editors), an id of this draft, or a nested entry.
            one = {"anyOf": [names_ref, {"type": "string"}, {"$ref": "#/$defs/node"}, _REF]} if names else \
                {"anyOf": [{"type": "string"}, {"$ref": "#/$defs/node"}, _REF]}
    else:
        one = {"anyOf": [_literal_schema(fld.range), _EXPLICIT, _REF]}
    return {"description": description, "anyOf": [one, {"type": "array", "minItems": 1, "items": one}]}


def json_schema() -> dict:
    fmt = draft_format()
    defs: dict = {}
    node_properties = {
        "id": {"type": "string", "description": "A short name for this entry, unique in the draft; other "
                                                "entries refer to it by this name."},
        "type": {"description": "What this entry is (a class of the ontology).",
                 "anyOf": [{"enum": sorted(fmt.classes)}, {"type": "array", "items": {"enum": sorted(fmt.classes)}}]},
    }
    for name in sorted(fmt.fields):
        node_properties[name] = _field_schema(fmt, fmt.fields[name], defs)
    for alias, name in sorted(fmt.aliases.items()):
        node_properties[alias] = {"$ref": f"#/$defs/node/properties/{name}"}
    node = {"type": "object", "properties": node_properties,
            "patternProperties": {"^([A-Za-z][\\w.-]*:|<)": {}}, "additionalProperties": False}
    list_of_nodes = {"type": "array", "items": {"$ref": "#/$defs/node"}}
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "treaty-kg draft",
        "description": "A security-guarantee agreement written for treaty-kg: `kg check draft.yaml` finds its "
                       "design flaws, `kg import draft.yaml` converts it to Turtle. Generated from the ontology.",
        "type": "object",
        "properties": {
            "draft": {"type": "string", "pattern": "^[A-Za-z0-9][\\w.-]*$",
                      "description": "A short name for this draft; its entries get IRIs "
                                     "https://w3id.org/treaty-kg/corpus/<draft>/<id>."},
            "namespace": {"type": "string", "description": "The IRI namespace of this draft's entries, "
                                                           "instead of the one `draft` gives."},
            "prefix": {"type": "string", "description": "The prefix reports use for this draft (default: draft)."},
            "prefixes": {"type": "object", "additionalProperties": {"type": "string"},
                         "description": "Prefixes for other drafts this one refers to (prefix: namespace IRI)."},
            "language": {"type": "string", "description": "The language of labels (default en)."},
            "agreement": {"$ref": "#/$defs/node", "description": "The agreement: title, legal form, status, roles."},
            "clauses": {**list_of_nodes, "description": "The clauses, each with the provisions it establishes "
                                                        "(`provides`)."},
            "positions": {**list_of_nodes, "description": "Stated positions (red lines, requirements)."},
            "provisions": {**list_of_nodes, "description": "Entries not established by a clause."},
        },
        "anyOf": [{"required": ["draft"]}, {"required": ["namespace"]}],
        "additionalProperties": False,
        "$defs": {"node": node, **dict(sorted(defs.items()))},
    }
    assert set(schema["properties"]) == set(TOP_KEYS) and set(NODE_KEYS) <= set(node_properties)
    return schema


def schema_text() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False, sort_keys=False) + "\n"


if __name__ == "__main__":  # regenerate the shipped copy
    SCHEMA_FILE.write_text(schema_text(), encoding="utf-8")
    print(f"wrote {SCHEMA_FILE}")
