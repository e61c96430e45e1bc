"""Ontology quality control (`make qc`, `kg qc`): the header is complete, every term has a label,
a definition and rdfs:isDefinedBy, ranges use only OWL 2 datatypes, and the ontology (with the
alignments and, optionally, data) is consistent under the HermiT reasoner."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import rdflib
from rdflib import OWL, RDF, RDFS, XSD, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS

from .errors import KgError
from .namespaces import ONTOLOGY_IRI, TKG
from .resources import ALIGNMENTS_FILE, ONTOLOGY_FILE

VANN = rdflib.Namespace("http://purl.org/vocab/vann/")
HEADER_PROPERTIES = [
    DCTERMS.title, DCTERMS.description, DCTERMS.license, DCTERMS.creator,
    OWL.versionIRI, OWL.versionInfo, VANN.preferredNamespacePrefix, VANN.preferredNamespaceUri,
]
TERM_ANNOTATIONS = [RDFS.label, SKOS.definition, RDFS.isDefinedBy]
DECLARATION_TYPES = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, OWL.NamedIndividual}

# The OWL 2 datatype map (OWL 2 Structural Specification, section 4): the only datatypes an
# OWL 2 DL ontology may use, and the only ones HermiT accepts. xsd:date is not among them.
OWL2_DATATYPES = {
    RDFS.Literal, RDF.PlainLiteral, RDF.XMLLiteral, OWL.real, OWL.rational,
    XSD.decimal, XSD.integer, XSD.nonNegativeInteger, XSD.nonPositiveInteger, XSD.positiveInteger,
    XSD.negativeInteger, XSD.long, XSD.int, XSD.short, XSD.byte, XSD.unsignedLong, XSD.unsignedInt,
    XSD.unsignedShort, XSD.unsignedByte, XSD.double, XSD.float, XSD.string, XSD.normalizedString,
    XSD.token, XSD.language, XSD.Name, XSD.NCName, XSD.NMTOKEN, XSD.boolean, XSD.hexBinary,
    XSD.base64Binary, XSD.anyURI, XSD.dateTime, XSD.dateTimeStamp,
}


def header_problems(graph: rdflib.Graph) -> list[str]:
    ontology = URIRef(ONTOLOGY_IRI)
    if (ontology, RDF.type, OWL.Ontology) not in graph:
        return [f"no owl:Ontology header for <{ONTOLOGY_IRI}>"]
    names = {DCTERMS: "dcterms", OWL: "owl", VANN: "vann"}
    problems = []
    for prop in HEADER_PROPERTIES:
        if graph.value(ontology, prop) is None:
            ns = next(n for n in names if str(prop).startswith(str(n)))
            problems.append(f"ontology header lacks {names[ns]}:{str(prop)[len(str(ns)):]}")
    return problems


def term_problems(graph: rdflib.Graph) -> list[str]:
    problems = []
    terms = sorted({s for s in graph.subjects() if isinstance(s, URIRef) and str(s).startswith(str(TKG))})
    for term in terms:
        name = "tkg:" + str(term)[len(str(TKG)):]
        if not set(graph.objects(term, RDF.type)) & DECLARATION_TYPES:
            problems.append(f"{name} is not declared (owl:Class, owl:ObjectProperty, owl:DatatypeProperty or owl:NamedIndividual)")
        for annotation, label in zip(TERM_ANNOTATIONS, ("rdfs:label", "skos:definition", "rdfs:isDefinedBy")):
            if graph.value(term, annotation) is None:
                problems.append(f"{name} lacks {label}")
        for label in graph.objects(term, RDFS.label):
            if isinstance(label, Literal) and label.language not in (None, "en"):
                continue
    used = {o for o in graph.objects() if isinstance(o, URIRef) and str(o).startswith(str(TKG))}
    used |= {p for p in graph.predicates() if str(p).startswith(str(TKG))}
    for term in sorted(used - set(terms)):
        problems.append(f"tkg:{str(term)[len(str(TKG)):]} is used but never defined")
    for prop, rng in sorted(graph.subject_objects(RDFS.range)):
        if (prop, RDF.type, OWL.DatatypeProperty) in graph and rng not in OWL2_DATATYPES:
            problems.append(f"{graph.qname(prop)} has range {graph.qname(rng)}, which is not in the OWL 2 datatype map")
    return problems


def _reasoner_ready_ntriples(graph: rdflib.Graph) -> bytes:
    """N-Triples for owlready2 (which cannot read Turtle). Literals whose datatype is outside the
    OWL 2 datatype map (xsd:date in the data) become plain strings: HermiT refuses them, and no
    axiom of ours reasons over dates."""
    clean = rdflib.Graph()
    for s, p, o in graph:
        if isinstance(o, Literal) and o.datatype is not None and o.datatype not in OWL2_DATATYPES:
            o = Literal(str(o))
        clean.add((s, p, o))
    return clean.serialize(format="nt", encoding="utf-8")


def reasoner_problems(graph: rdflib.Graph) -> list[str]:
    """Consistency under HermiT, through owlready2, in a fresh World per call."""
    if shutil.which("java") is None:
        raise KgError("the reasoner needs Java: install a JRE (make setup runs apt-get install default-jre-headless)")
    import owlready2

    world = owlready2.World()
    ontology = world.get_ontology(ONTOLOGY_IRI + "/qc").load(
        fileobj=io.BytesIO(_reasoner_ready_ntriples(graph)), format="ntriples"
    )
    try:
        with ontology:
            owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
    except owlready2.OwlReadyInconsistentOntologyError:
        return ["the ontology and data are inconsistent under HermiT (an individual belongs to disjoint classes, or a functional property has two values)"]
    except owlready2.OwlReadyJavaError as exc:
        first = next((line for line in str(exc).splitlines() if "Exception" in line), str(exc).splitlines()[0])
        return [f"HermiT could not run: {first.strip()}"]
    unsatisfiable = sorted(str(c.iri) for c in world.inconsistent_classes() if str(c.iri) != str(OWL.Nothing))
    return [f"class {iri} is unsatisfiable" for iri in unsatisfiable]


def run_qc(data_paths: list[str | Path] = (), with_reasoner: bool = True) -> list[str]:
    from .rdfload import load_collection, load_document

    ontology = load_document(ONTOLOGY_FILE).graph
    problems = header_problems(ontology) + term_problems(ontology)
    combined = rdflib.Graph()
    combined += ontology
    if ALIGNMENTS_FILE.exists():
        combined += load_document(ALIGNMENTS_FILE).graph
    if data_paths:
        combined += load_collection(list(data_paths)).graph
    if with_reasoner:
        problems += reasoner_problems(combined)
    return problems
