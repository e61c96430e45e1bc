"""The YAML authoring format for drafts: write an agreement without writing RDF.

    from kg.yamlformat import load_yaml_document, document_to_yaml, document_to_turtle, json_schema

`load_yaml_document` reads a .yaml draft into the same Document a Turtle file gives (kg/rdfload.py
dispatches on the suffix), with every node's YAML line; `document_to_yaml` writes any draft back
as YAML; `json_schema` describes the format for editors. The format is derived from the ontology
and the reference data (mapping.py), so it follows them without code changes.
"""

from .reader import load_yaml_document, read_draft
from .writer import document_to_turtle, document_to_yaml


def json_schema() -> dict:
    from .schema import json_schema as build

    return build()


__all__ = ["load_yaml_document", "read_draft", "document_to_yaml", "document_to_turtle", "json_schema"]
