"""The YAML authoring format, derived from the ontology and the shared reference data.

Nothing here lists ontology terms by hand: field names are the local names of the ontology's
properties in kebab-case (`tkg:ruleKind` -> `rule-kind`, `tkg:hasTrigger` -> `trigger`), node
types the local names of its classes (`tkg:DecisionRule` -> `decision-rule`), enumeration values
the local names of the named individuals of each class (`tkg:Unanimity` -> `unanimity`,
`tkg:AllGuarantors` -> `all-guarantors`), and actors and territories the subjects of
corpus/reference/*.ttl (`actor:UnitedKingdom` -> `united-kingdom`, or its ISO code `GBR`).
A term added to the ontology or to the reference files appears in the format, in its error
messages and in the JSON Schema without a code change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..namespaces import ACTOR, CORPUS_BASE, STANDARD_PREFIXES, TERRITORY, TKG

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
DCTERMS_SOURCE = "http://purl.org/dc/terms/source"
XSD = "http://www.w3.org/2001/XMLSchema#"
RDFS_LITERAL = "http://www.w3.org/2000/01/rdf-schema#Literal"
OWL_CLASS = "http://www.w3.org/2002/07/owl#Class"

# Fields that are not ontology properties but that every node may have. label is a language-tagged
# string (the document's `language`, default en), as rdfs:label is throughout the corpus.
EXTRA_FIELDS = {"label": RDFS_LABEL, "source": DCTERMS_SOURCE}
# Keys with a meaning of their own in a node mapping.
NODE_KEYS = ("id", "type")
# Top-level keys of a draft file.
TOP_KEYS = ("draft", "namespace", "prefix", "prefixes", "language", "agreement", "clauses", "positions",
            "provisions")


def kebab(name: str) -> str:
    """`hasTrigger` -> `has-trigger`, `UNSecurityCouncil` -> `un-security-council`."""
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1-\2", name)
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1-\2", name)
    return name.replace("_", "-").lower()


@dataclass(frozen=True)
class Field:
    name: str
    predicate: str
    is_object: bool          # values are references to nodes (or enumeration values, actors)
    range: str | None        # class or datatype IRI, None when the ontology gives none
    functional: bool = False
    label: str = ""
    definition: str = ""


@dataclass
class Format:
    fields: dict[str, Field]                      # canonical field name -> field
    aliases: dict[str, str]                       # accepted other name -> canonical name
    by_predicate: dict[str, Field]
    classes: dict[str, str]                       # type name -> class IRI
    class_names: dict[str, str]                   # class IRI -> type name
    individuals: dict[str, dict[str, str]]        # enumeration class IRI -> {value name: IRI}
    individual_names: dict[str, str]              # individual IRI -> value name
    entities: dict[str, list[tuple[str, frozenset]]] = field(default_factory=dict)  # short name -> [(IRI, types)]
    entity_names: dict[str, str] = field(default_factory=dict)  # entity IRI -> preferred short name
    superclasses: dict = field(default_factory=dict)
    definitions: dict[str, str] = field(default_factory=dict)   # term IRI -> skos:definition

    def field(self, key: str) -> Field | None:
        return self.fields.get(self.aliases.get(key, key))

    def is_a(self, cls: str, ancestor: str) -> bool:
        return ancestor in self.superclasses.get(cls, {cls})

    def enumeration_of(self, range_iri: str | None) -> dict[str, str] | None:
        """The values a field with this range takes when the range is an enumeration (a class
        whose members are all named individuals of the ontology), else None."""
        if range_iri is None or range_iri not in self.individuals:  # Actor is no enumeration, RoleReference is
            return None
        values = {}
        for cls, members in self.individuals.items():
            if self.is_a(cls, range_iri):
                values.update(members)
        return values or None

    def names_for_range(self, range_iri: str | None) -> dict[str, str]:
        """Short names a reference field accepts for its range: enumeration values, actors,
        territories (and, for fields without a range, ontology classes), name -> IRI."""
        cache = self.__dict__.setdefault("_names_cache", {})
        if range_iri not in cache:
            cache[range_iri] = self._names_for_range(range_iri)
        return cache[range_iri]

    def _names_for_range(self, range_iri: str | None) -> dict[str, str]:
        names: dict[str, str] = {}
        if range_iri is None or range_iri in (OWL_CLASS, RDFS_LITERAL):
            for members in self.individuals.values():
                for name, iri in members.items():
                    names.setdefault(name, iri)
            for name, entries in sorted(self.entities.items()):
                names.setdefault(name, entries[0][0])
            for name, iri in self.classes.items():
                names.setdefault(name, iri)
            return names
        for cls, members in self.individuals.items():
            if self.is_a(cls, range_iri):
                names.update(members)
        for name, entries in sorted(self.entities.items()):
            for iri, types in entries:
                if any(self.is_a(t, range_iri) for t in types):
                    names.setdefault(name, iri)
                    break
        return names


def _local(iri: str) -> str:
    return re.split(r"[#/]", iri)[-1]


@lru_cache(maxsize=1)
def draft_format() -> Format:
    from rdflib import OWL, RDF, RDFS, URIRef
    from rdflib.namespace import SKOS

    from ..ontology import ontology_graph, vocabulary
    from ..rdfload import reference_documents

    vocab = vocabulary()
    graph = ontology_graph()
    tkg = str(TKG)

    def text(term, prop) -> str:
        value = graph.value(URIRef(term), prop)
        return " ".join(str(value).split()) if value is not None else ""

    properties = sorted(vocab.object_properties | vocab.datatype_properties, key=str)
    functional = set(str(p) for p in graph.subjects(RDF.type, OWL.FunctionalProperty))
    kebab_names = {str(p): kebab(str(p)[len(tkg):]) for p in properties}
    taken = set(kebab_names.values()) | set(EXTRA_FIELDS) | set(NODE_KEYS)
    fields: dict[str, Field] = {}
    aliases: dict[str, str] = {}
    for prop in properties:
        iri, name = str(prop), kebab_names[str(prop)]
        short = name[4:] if name.startswith("has-") else name
        canonical = short if short != name and short not in taken else name
        if canonical != name:
            aliases[name] = canonical
        taken.add(canonical)
        rng = vocab.ranges.get(prop) or next(  # `guarantor` has the range of `role`, its superproperty
            (vocab.ranges[sup] for sup in sorted(vocab.superproperties.get(prop, ()), key=str) if sup in vocab.ranges), None)
        fields[canonical] = Field(canonical, iri, prop in vocab.object_properties, str(rng) if rng else None,
                                  iri in functional, text(iri, RDFS.label), text(iri, SKOS.definition))
    fields["label"] = Field("label", RDFS_LABEL, False, "rdf:langString", False, "label",
                            "What a person reads in a report: a short name for this node.")
    fields["source"] = Field("source", DCTERMS_SOURCE, False, XSD + "string", False, "source",
                             "Where the fact comes from.")
    classes = {kebab(str(c)[len(tkg):]): str(c) for c in sorted(vocab.classes, key=str)}
    individuals: dict[str, dict[str, str]] = {}
    individual_names: dict[str, str] = {}
    for cls, members in vocab.enumerations.items():
        individuals[str(cls)] = {kebab(str(m)[len(tkg):]): str(m) for m in sorted(members, key=str)}
        for member in members:
            individual_names[str(member)] = kebab(str(member)[len(tkg):])
    fmt = Format(fields, aliases, {f.predicate: f for f in fields.values()}, classes,
                 {iri: name for name, iri in classes.items()}, individuals, individual_names,
                 superclasses={str(c): frozenset(str(s) for s in sup) for c, sup in vocab.superclasses.items()},
                 definitions={str(t): text(t, SKOS.definition) for t in vocab.terms})
    _add_entities(fmt, reference_documents())
    return fmt


def _add_entities(fmt: Format, documents) -> None:
    """Actors and territories of the reference files: by kebab-case local name, and actors also by
    ISO code. A name two entities share (actor:Ukraine, territory:Ukraine) is told apart by the
    range of the field it is used in."""
    import pyoxigraph as ox

    type_iri = ox.NamedNode(RDF_TYPE)
    iso = ox.NamedNode(str(TKG) + "isoCode")
    types: dict[str, set] = {}
    codes: dict[str, str] = {}
    for doc in documents:
        for quad in doc.quads:
            if not isinstance(quad.subject, ox.NamedNode):
                continue
            subject = quad.subject.value
            if not (subject.startswith(str(ACTOR)) or subject.startswith(str(TERRITORY))):
                continue
            if quad.predicate == type_iri:
                types.setdefault(subject, set()).add(quad.object.value)
            elif quad.predicate == iso:
                codes[subject] = quad.object.value
    for iri in sorted(types):
        entry = (iri, frozenset(types[iri]))
        name = kebab(_local(iri))
        fmt.entities.setdefault(name, []).append(entry)
        fmt.entity_names.setdefault(iri, name)
        if iri in codes:
            fmt.entities.setdefault(codes[iri], []).append(entry)


def standard_prefixes() -> dict[str, str]:
    return dict(STANDARD_PREFIXES)


def namespace_for(draft: str) -> str:
    return f"{CORPUS_BASE}{draft}/"
