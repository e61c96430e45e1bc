"""What every view is built from and how: the drafts, reference data and positions with the
findings of `kg check` (a Source), and a Builder that collects nodes and edges keyed by RDF terms
and turns them into a networkx MultiDiGraph with short, stable ids and the attributes every
format writes.

Every node carries `kind`, `label`, `name` (short name), `iri`, `agreement`, `clause`, `file`,
`line`, `severity` (worst finding: violation, warning, info or none), `findings` (how many),
`rules`, `finding_text`, `text` (the clause's quotation), `types`, `color`, its literal and
enumerated facts by property name, and `x`, `y` (the starting layout). Node ids are short, safe
and stable (`istanbul-ru.art5`); the full IRI is the `iri` attribute. Everything is sorted, so
the same input gives the same graph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import networkx as nx
from rdflib import RDF, RDFS, BNode, Literal, URIRef

from .. import __version__
from ..check import Report
from ..labels import Namer
from ..namespaces import TKG
from ..ontology import vocabulary
from ..rdfload import Collection, load_collection
from . import style
from .layout import tree_positions

ROLE_MEMBERS = {
    TKG.AllGuarantors: TKG.guarantor,
    TKG.EachGuarantor: TKG.guarantor,
    TKG.AllParties: TKG.party,
    TKG.EachParty: TKG.party,
    TKG.AllAssurers: TKG.assurer,
}
# Patterns of a position say what it is about; they are facts, not relations.
PATTERN_PROPERTIES = {TKG.aboutProvision, TKG.aboutContributor, TKG.aboutContributorMemberOf, TKG.aboutHost,
                      TKG.aboutDeploymentKind, TKG.aboutFunction, TKG.aboutLinkageKind,
                      TKG.aboutObligationKind, TKG.aboutRuleKind, TKG.aboutTiming}
ENTITY_KINDS = {"actor", "body", "role", "territory"}
# Attribute names every node has, in this order, before the literal facts (sorted by name).
NODE_CORE = ("label", "kind", "name", "iri", "agreement", "clause", "file", "line", "severity", "findings",
             "rules", "finding_text", "text", "types", "color")
EDGE_CORE = ("relation", "label", "agreement", "iri", "derived", "via", "severity", "finding_text", "color")


@dataclass
class Source:
    """What a view is built from: the documents, reference data and positions, and the
    findings of `kg check` on them (None when findings were not asked for)."""

    collection: Collection
    report: Report | None = None
    position_links: list[tuple] = field(default_factory=list)  # (focus, relation, position)


def load_source(paths, positions=(), findings: bool = True) -> Source:
    from ..check import check_collection
    from ..errors import KgError

    if not paths:
        raise KgError("give at least one draft file or directory")
    collection = load_collection(list(paths), context_paths=list(positions))
    source = Source(collection)
    if findings and collection.agreements():
        source.report = check_collection(collection)
        source.position_links = _position_links(collection)
    return source


def _position_links(collection: Collection) -> list[tuple]:
    """Which provision crosses which red line, and which agreement misses which requirement: the
    red-line rule's own results, with the position it names (the report keeps only its text)."""
    from ..check import compiled_constraints
    from ..shacl import evaluate

    constraints = [c for c in compiled_constraints() if c.rule == "red-line-crossed"]
    links = set()
    for result in evaluate(collection.store(), constraints):
        position = dict(result.bindings).get("position")
        if result.focus is None or position is None or collection.document_of(result.focus) is None:
            continue
        relation = "crosses-red-line" if result.severity == "violation" else "misses-requirement"
        links.add((result.focus, relation, position))
    return sorted(links, key=lambda link: tuple(str(part) for part in link))


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", text.replace(":", ".")).strip("_") or "node"


def local_name(term) -> str:
    text = str(term)
    return re.split(r"[#/]", text.rstrip("/#"))[-1] or text


def _lexical(value) -> str:
    return " ".join(str(value).split()) if isinstance(value, Literal) else str(value)


class Builder:
    """Collects nodes and edges keyed by RDF terms, then names them with short, stable ids."""

    def __init__(self, source: Source, view: str):
        self.source = source
        self.view = view
        self.collection = source.collection
        self.graph = self.collection.graph
        self.vocab = vocabulary()
        self.namer = Namer(self.graph, self.collection.prefixes())
        self.nodes: dict = {}  # key -> attributes
        self.edges: dict = {}  # (source key, relation, target key, agreement) -> attributes
        self.drawn: set = set()  # (subject, property, object) of every triple an edge shows
        self.user_subjects = set()
        for document in self.collection.documents:
            self.user_subjects |= document.subjects()
        self._agreement_of = self._agreement_membership()

    # -- what a term is -------------------------------------------------------------------
    def types(self, term) -> set:
        if isinstance(term, Literal):
            return set()
        return set(self.graph.objects(term, RDF.type)) | set(self.vocab.individual_types.get(term, ()))

    def kind_of(self, term) -> str:
        if isinstance(term, Literal):
            return "literal"
        types = self.types(term)
        for cls, name in style.CLASS_KINDS:
            if self.vocab.is_a(types, cls):
                return name
        return "resource"

    def is_enumeration_value(self, term) -> bool:
        classes = self.vocab.individual_types.get(term, ())
        return bool(classes) and TKG.RoleReference not in classes and any(c in self.vocab.enumerations for c in classes)

    def label(self, term) -> str:
        if isinstance(term, BNode) and self.namer.label(term) == "(unnamed node)":
            return style.kind(self.kind_of(term)).title
        return self.namer.label(term)

    def short(self, term) -> str:
        return self.namer.short(term)

    def _agreement_membership(self) -> dict:
        """Each node reached from an agreement through its clauses and provisions (never through
        another agreement or an actor) belongs to that agreement."""
        membership: dict = {}
        for _, agreement in self.collection.agreements():
            todo, seen = [agreement], {agreement}
            while todo:
                node = todo.pop()
                membership.setdefault(node, set()).add(agreement)
                for prop, target in self.graph.predicate_objects(node):
                    if isinstance(target, Literal) or target in seen or prop == RDF.type:
                        continue
                    if target not in self.user_subjects or self.kind_of(target) in ENTITY_KINDS | {"agreement", "position"}:
                        continue
                    seen.add(target)
                    todo.append(target)
        return membership

    def agreements_of(self, term) -> list:
        return sorted(self._agreement_of.get(term, ()), key=str)

    def agreement_name(self, agreements) -> str:
        return "; ".join(self.short(a) for a in agreements)

    # -- nodes and edges ------------------------------------------------------------------
    def add_node(self, key, term=None, kind: str | None = None, label: str | None = None):
        if key in self.nodes:
            return key
        term = key if term is None else term
        kind = kind or self.kind_of(term)
        attributes = {
            "label": label if label is not None else self.label(term),
            "kind": kind,
            "name": self.short(term) if not isinstance(term, BNode) else "",
            "iri": str(term) if isinstance(term, URIRef) else "",
            "_term": term,
        }
        self.nodes[key] = attributes
        return key

    def add_edge(self, source_key, relation: str, target_key, agreement: str = "", prop=None, derived: bool = False,
                 via=(), triple=None):
        if triple is not None:
            self.drawn.add(triple)
        key = (source_key, relation, target_key, agreement)
        entry = self.edges.setdefault(key, {"relation": relation, "agreement": agreement,
                                            "iri": str(prop) if prop is not None else "", "derived": derived,
                                            "_via": set()})
        entry["_via"].update(via)

    def role_key(self, role, subject):
        agreements = self.agreements_of(subject)
        return ("role", agreements[0] if agreements else None, role)

    def role_holders(self, role, subject) -> list:
        prop = ROLE_MEMBERS.get(role)
        if prop is None:
            return []
        return sorted({a for agreement in self.agreements_of(subject) for a in self.graph.objects(agreement, prop)}, key=str)

    def expand(self, actor, subject) -> list:
        """Actors behind a reference: a role (all guarantors) becomes the agreement's guarantors,
        an organisation its members."""
        if actor in ROLE_MEMBERS:
            return self.role_holders(actor, subject)
        members = sorted(self.graph.objects(actor, TKG.member), key=str)
        return members or [actor]

    # -- finishing --------------------------------------------------------------------------
    def finish(self, title: str) -> nx.MultiDiGraph:
        ids = self._assign_ids()
        findings = self._findings_by_focus()
        graph = nx.MultiDiGraph()
        report = self.source.report
        graph.graph.update({
            "title": title,
            "view": self.view,
            "generator": f"kg {__version__} (treaty-kg)",
            "files": "; ".join(d.display_path for d in self.collection.documents),
            "agreements": "; ".join(self.short(a) for _, a in self.collection.agreements()),
            "summary": _summary(report) if report is not None else "findings not checked",
        })
        edge_agreements: dict = {}
        for (source_key, _, target_key, agreement) in self.edges:
            for key in (source_key, target_key):
                edge_agreements.setdefault(key, set()).update(a for a in agreement.split("; ") if a)
        for key in sorted(self.nodes, key=lambda k: ids[k]):
            attributes = self.nodes[key]
            term = attributes.pop("_term")
            node_findings = findings.get(term, []) if isinstance(term, URIRef) else []
            node_attributes = self._node_attributes(key, term, attributes, node_findings)
            if not node_attributes["agreement"] and edge_agreements.get(key):
                node_attributes["agreement"] = "; ".join(sorted(edge_agreements[key]))
            graph.add_node(ids[key], **node_attributes)
        edges = []
        for (source_key, relation, target_key, agreement), attributes in self.edges.items():
            # A derived edge shows the findings on the provision it comes from; when it stands for
            # one actor or position, only those that name it (the message names them in brackets).
            via = sorted(attributes.pop("_via"), key=lambda pair: (str(pair[0]), pair[1] or ""))
            via_findings = [f for v, mention in via for f in findings.get(v, [])
                            if mention is None or f"({mention})" in f.message]
            severity = style.worst(f.severity for f in via_findings) if attributes["derived"] else "none"
            colour = style.edge_colour(relation, severity)
            edges.append((ids[source_key], ids[target_key], {
                "relation": relation,
                "label": relation,
                "agreement": agreement,
                "iri": attributes["iri"],
                "derived": attributes["derived"],
                "via": "; ".join(sorted({self.short(v) for v, _ in via})),
                "severity": severity,
                "finding_text": _finding_text(via_findings) if attributes["derived"] else "",
                "color": colour,
                "_findings": [f.as_json() for f in via_findings] if attributes["derived"] else [],
            }))
        edges.sort(key=lambda e: (e[0], e[1], e[2]["relation"], e[2]["agreement"]))
        for index, (source_id, target_id, attributes) in enumerate(edges):
            graph.add_edge(source_id, target_id, key=f"e{index}", **attributes)
        for node, (x, y) in tree_positions(graph).items():
            graph.nodes[node]["x"], graph.nodes[node]["y"] = x, y
        return graph

    def _node_attributes(self, key, term, attributes, node_findings) -> dict:
        kind = attributes["kind"]
        agreements = self.agreements_of(term) if not isinstance(key, tuple) else ([key[1]] if key[1] else [])
        document = self._document_of(term)
        clause = ""
        if kind not in ("agreement", "clause") and isinstance(term, (URIRef, BNode)):
            clause = next((self.short(c) for c in sorted(self.graph.subjects(TKG.provides, term), key=str)), "")
        text = ""
        if isinstance(term, (URIRef, BNode)):
            for prop in (TKG.sourceQuote, TKG.positionText, TKG.definitionText):
                value = self.graph.value(term, prop)
                if value is not None:
                    text = _lexical(value)
                    break
        severity = style.worst(f.severity for f in node_findings)
        result = {
            "label": attributes["label"],
            "kind": kind,
            "name": attributes["name"],
            "iri": attributes["iri"],
            "agreement": self.agreement_name(agreements),
            "clause": clause,
            "file": document.display_path if document else "",
            "line": (document.line_of(term) or 0) if document else 0,
            "severity": severity,
            "findings": len(node_findings),
            "rules": "; ".join(sorted({f.rule for f in node_findings})),
            "finding_text": _finding_text(node_findings),
            "text": text,
            "types": "; ".join(sorted(self.short(t) for t in self.graph.objects(term, RDF.type)))
            if isinstance(term, (URIRef, BNode)) else "",
            "color": style.kind(kind).fill,
            "_findings": [f.as_json() for f in node_findings],
        }
        if self.view != "raw" and isinstance(term, (URIRef, BNode)) and not isinstance(key, tuple):
            for name, value in self._facts(term, kind).items():
                result.setdefault(name, value)
        return result

    def _document_of(self, term):
        """Where a node is written: one of the user's files or positions (shared reference data
        is not shown as a file: it is not the user's to edit)."""
        from ..rdfload import reference_documents

        if isinstance(term, BNode):
            return self.collection.document_of(term)
        if not isinstance(term, URIRef):
            return None
        reference = {id(d) for d in reference_documents()}
        candidates = self.collection.documents + [d for d in self.collection.context if id(d) not in reference]
        return next((d for d in candidates if term in d.subject_lines), None)

    def _facts(self, term, kind: str) -> dict[str, str]:
        """Literal values and enumerated values (by their label) of a node, and any relation the
        view does not draw, by property name; several values joined with '; '."""
        facts: dict[str, set] = {}
        for prop, value in self.graph.predicate_objects(term):
            if prop in (RDF.type, RDFS.label):
                continue
            if isinstance(value, Literal):
                shown = _lexical(value)
            elif self.is_enumeration_value(value):
                shown = self.namer.label(value)
            elif prop in PATTERN_PROPERTIES or kind in ENTITY_KINDS or not self._drawn(term, prop, value):
                shown = self.short(value) if not isinstance(value, BNode) else self.label(value)
            else:
                continue
            name = local_name(prop) if str(prop).startswith(str(TKG)) else _slug(self.short(prop)).replace(".", "_")
            if name in NODE_CORE or name in ("x", "y"):
                name = "tkg_" + name
            facts.setdefault(name, set()).add(shown)
        return {name: "; ".join(sorted(values)) for name, values in sorted(facts.items())}

    def _drawn(self, subject, prop, value) -> bool:
        return (subject, prop, value) in self.drawn

    def _assign_ids(self) -> dict:
        ids: dict = {}
        taken: set = set()

        def claim(key, wanted):
            candidate, number = wanted, 2
            while candidate in taken:
                candidate, number = f"{wanted}-{number}", number + 1
            taken.add(candidate)
            ids[key] = candidate

        def sort_key(key):
            return (0, str(key)) if isinstance(key, URIRef) else (1, str(key))

        named = sorted((k for k in self.nodes if isinstance(k, URIRef)), key=str)
        for key in named:
            short = self.short(key)
            claim(key, _slug(short if not short.startswith("<") else "iri." + local_name(key)))
        roles = sorted((k for k in self.nodes if isinstance(k, tuple)), key=lambda k: (str(k[1]), str(k[2])))
        for key in roles:
            prefix = (ids.get(key[1]) or _slug(self.short(key[1]))) if key[1] is not None else ""
            claim(key, f"{prefix}.{_slug(local_name(key[2]))}" if prefix else _slug(self.short(key[2])))
        blanks = sorted((k for k in self.nodes if isinstance(k, BNode)), key=self._blank_sort_key)
        for key in blanks:
            parent = next(iter(sorted(self.graph.subjects(None, key), key=str)), None)
            prefix = ids.get(parent) or (_slug(self.short(parent)) if isinstance(parent, URIRef) else "blank")
            prop = next(iter(sorted(self.graph.predicates(parent, key), key=str)), None) if parent is not None else None
            claim(key, f"{prefix}.{_slug(local_name(prop))}" if prop is not None else prefix)
        literals = sorted((k for k in self.nodes if isinstance(k, Literal)),
                          key=lambda k: (str(k), str(k.datatype or ""), k.language or ""))
        for index, key in enumerate(literals, start=1):
            claim(key, f"lit.{index}")
        for key in sorted((k for k in self.nodes if k not in ids), key=sort_key):
            claim(key, _slug(str(key)))
        return ids

    def _blank_sort_key(self, node) -> tuple:
        """Blank node labels change from one parse to the next; what points at a blank node and
        what it says do not."""
        incoming = sorted((str(s), str(p)) for s, p in self.graph.subject_predicates(node) if not isinstance(s, BNode))
        outgoing = sorted((str(p), str(o)) for p, o in self.graph.predicate_objects(node) if not isinstance(o, BNode))
        return (incoming, outgoing)

    def _findings_by_focus(self) -> dict:
        by_focus: dict = {}
        if self.source.report is None:
            return by_focus
        for finding in self.source.report.findings:
            if finding.focus.startswith(("http:", "https:", "urn:", "file:")):
                by_focus.setdefault(URIRef(finding.focus), []).append(finding)
        for focus in by_focus:
            by_focus[focus].sort(key=lambda f: (-style.SEVERITY_RANK[f.severity], f.rule, f.message))
        return by_focus


def _summary(report: Report) -> str:
    counts = report.summary()
    return ", ".join(f"{n} {kind}{'s' if n != 1 else ''}" for kind, n in counts.items())


def _finding_text(findings) -> str:
    return "\n".join(f"{f.severity}: {f.rule}: {f.message}" for f in findings)
