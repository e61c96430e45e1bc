"""Namespaces of treaty-kg and the prefixes used to show short names to people."""

from rdflib import Namespace

TKG = Namespace("https://w3id.org/treaty-kg/ontology#")
ACTOR = Namespace("https://w3id.org/treaty-kg/actor/")
TERRITORY = Namespace("https://w3id.org/treaty-kg/territory/")
CORPUS_BASE = "https://w3id.org/treaty-kg/corpus/"
ONTOLOGY_IRI = "https://w3id.org/treaty-kg/ontology"

# Prefixes every output may use; a document's own prefixes are added on top.
STANDARD_PREFIXES = {
    "tkg": str(TKG),
    "actor": str(ACTOR),
    "territory": str(TERRITORY),
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "sh": "http://www.w3.org/ns/shacl#",
}
