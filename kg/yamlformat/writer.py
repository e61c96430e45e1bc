"""Writing drafts: RDF as a YAML draft (`kg export --to yaml`) and a YAML draft as Turtle
(`kg import`). Both are deterministic. The YAML writer checks every value it writes against the
reader (`scalar_literal`, `resolve_reference`), so YAML -> RDF -> YAML -> RDF gives the same graph
even for facts the short forms cannot say; those are written in the explicit forms
`{value: ..., datatype: ...}` and `{ref: ...}`.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter

import pyoxigraph as ox
import yaml

from ..namespaces import TKG
from .mapping import RDF_TYPE, RDFS_LABEL, XSD, Format, draft_format, namespace_for, standard_prefixes
from .reader import HAS_CLAUSE, resolve_reference, scalar_literal

_ID = re.compile(r"[\w][\w.-]*")
_PN_LOCAL = re.compile(r"[A-Za-z0-9_]([\w.-]*[\w-])?")
_CORPUS = re.compile(r"^https://w3id\.org/treaty-kg/corpus/([A-Za-z0-9][\w.-]*)/$")


_FIRST = ("label", "article-id", "title", "source-quote")  # what a reader looks for first in an entry


class _Decimal(str):
    """A decimal written as a plain YAML float with its lexical form kept."""


class _Flow(list):
    """A short list of names, written on one line: `party: [ukraine, russia]`."""


class _Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data):
        return True

    def increase_indent(self, flow=False, indentless=False):
        return super().increase_indent(flow, False)  # indent list items under their key


_Dumper.add_representer(_Decimal, lambda d, v: d.represent_scalar("tag:yaml.org,2002:float", str(v)))
_Dumper.add_representer(_Flow, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True))


def _yaml_scalar(value) -> tuple[str, str]:
    """The (tag, text) the reader will see for a Python value this module writes."""
    if isinstance(value, bool):
        return "tag:yaml.org,2002:bool", "true" if value else "false"
    if isinstance(value, int):
        return "tag:yaml.org,2002:int", str(value)
    if isinstance(value, _Decimal):
        return "tag:yaml.org,2002:float", str(value)
    if isinstance(value, datetime.date):
        return "tag:yaml.org,2002:timestamp", value.isoformat()
    return "tag:yaml.org,2002:str", str(value)


def _short_literal(literal: ox.Literal):
    datatype = literal.datatype.value if literal.datatype else None
    text = literal.value
    if literal.language:
        return text
    if datatype == XSD + "integer" and re.fullmatch(r"[+-]?\d+", text):
        return int(text)
    if datatype == XSD + "boolean" and text in ("true", "false"):
        return text == "true"
    if datatype == XSD + "decimal" and re.fullmatch(r"[+-]?(\d+\.\d*|\.\d+)", text):
        return _Decimal(text)
    if datatype == XSD + "date" and re.fullmatch(r"\d{4}-\d\d-\d\d", text):
        try:
            return datetime.date.fromisoformat(text)
        except ValueError:
            return text
    return text


class _Writer:
    def __init__(self, document, fmt: Format):
        self.doc, self.fmt = document, fmt
        self.by_subject: dict = {}
        for quad in document.quads:
            self.by_subject.setdefault(quad.subject, []).append((quad.predicate, quad.object))
        lines = {str(k): v for k, v in document.subject_lines.items()}
        self.order = sorted(self.by_subject, key=lambda s: (lines.get(s.value, 10**9) if isinstance(s, ox.NamedNode)
                                                           else 10**9, str(s)))
        self.types = {s: [o for p, o in facts if p.value == RDF_TYPE] for s, facts in self.by_subject.items()}
        agreement_class = str(TKG) + "Agreement"
        self.agreements = [s for s in self.order if any(t.value == agreement_class for t in self.types[s])]
        self.namespace = self._namespace()
        self.prefixes = dict(standard_prefixes())
        for prefix, ns in sorted(document.prefixes.items()):
            self.prefixes.setdefault(prefix, ns)
        own = [p for p, ns in sorted(document.prefixes.items()) if ns == self.namespace]
        draft = _CORPUS.match(self.namespace)
        self.prefix = own[0] if own else (draft.group(1) if draft else "draft")
        self.prefixes[self.prefix] = self.namespace
        self.ids = {self.node_id(s): (s, 0) for s in self.order}
        labels = Counter(o.language for facts in self.by_subject.values() for p, o in facts
                         if p.value == RDFS_LABEL and isinstance(o, ox.Literal) and o.language)
        self.language = labels.most_common(1)[0][0] if labels else "en"
        article = self.fmt.field("article-id")
        self.articles: dict = {}
        for s in self.order:
            for p, o in self.by_subject[s]:
                if article and p.value == article.predicate and isinstance(o, ox.Literal):
                    self.articles.setdefault(o.value, []).append(s)
        from ..ontology import ontology_document

        onto_lines = {str(k): v for k, v in ontology_document().subject_lines.items()}
        self.field_rank = {p: onto_lines.get(p, 10**6) for p in self.fmt.by_predicate}

    def _namespace(self) -> str:
        if self.agreements and isinstance(self.agreements[0], ox.NamedNode):
            return self.agreements[0].value.rsplit("/", 1)[0] + "/"
        spaces = Counter(s.value.rsplit("/", 1)[0] + "/" for s in self.order if isinstance(s, ox.NamedNode))
        return spaces.most_common(1)[0][0] if spaces else namespace_for("draft")

    # -- names ---------------------------------------------------------------------------------
    def prefixed(self, iri: str) -> str | None:
        best = None
        for prefix, ns in self.prefixes.items():
            if iri.startswith(ns) and _PN_LOCAL.fullmatch(iri[len(ns):]) and (best is None or len(ns) > len(best[1])):
                best = (prefix, ns)
        return f"{best[0]}:{iri[len(best[1]):]}" if best else None

    def node_id(self, subject) -> str:
        if isinstance(subject, ox.BlankNode):
            return "_:" + subject.value
        iri = subject.value
        local = iri[len(self.namespace):] if iri.startswith(self.namespace) else None
        if local and _ID.fullmatch(local) and not local.endswith("."):
            return local
        return self.prefixed(iri) or f"<{iri}>"

    def resolves(self, text: str, rng, term) -> bool:
        return resolve_reference(self.fmt, text, rng, self.ids, self.articles, self.prefixes, self.namespace) == term

    def reference(self, term, rng):
        """The shortest text that reads back as `term` in a field with this range."""
        candidates = []
        if isinstance(term, ox.BlankNode):
            candidates.append("_:" + term.value)
        else:
            iri = term.value
            if term in self.by_subject:
                candidates.append(self.node_id(term))
            for name in (self.fmt.individual_names.get(iri), self.fmt.entity_names.get(iri),
                         self.fmt.class_names.get(iri)):
                if name:
                    candidates.append(name)
            candidates += [self.prefixed(iri), f"<{iri}>"]
        for text in candidates:
            if text and self.resolves(text, rng, term):
                return text
        return f"<{term.value}>"

    # -- values --------------------------------------------------------------------------------
    def value(self, fld, term):
        if isinstance(term, ox.Literal):
            short = _short_literal(term)
            tag, text = _yaml_scalar(short)
            if fld is not None and not fld.is_object:
                try:
                    if scalar_literal(tag, text, fld, self.language) == term:
                        return short
                except ValueError:
                    pass
            elif fld is None:
                try:
                    if scalar_literal(tag, text, None, self.language) == term:
                        return short
                except ValueError:
                    pass
            explicit = {"value": term.value}
            if term.language:
                explicit["language"] = term.language
            elif term.datatype and term.datatype.value != XSD + "string":
                explicit["datatype"] = self.reference(term.datatype, None)
            return explicit
        if fld is not None and fld.is_object:
            return self.reference(term, fld.range)
        return {"ref": self.reference(term, None)}

    def key(self, predicate: str) -> str:
        fld = self.fmt.by_predicate.get(predicate)
        if fld is not None:
            return fld.name
        return self.prefixed(predicate) or f"<{predicate}>"

    def rank(self, predicate: str):
        name = self.key(predicate)
        if name in _FIRST:
            return (0, _FIRST.index(name), name)
        if name == "provides":
            return (3, 0, name)
        if name in ("note", "source"):
            return (2, 0 if name == "note" else 1, name)
        return (1, self.field_rank.get(predicate, 10**7), name)

    def mapping(self, subject, default_types, skip=(), nest_provides=False, default_id=None) -> dict:
        out: dict = {}
        ident = self.node_id(subject)
        if ident != default_id:
            out["id"] = ident
        types = self.types[subject]
        type_names = [self.fmt.class_names.get(t.value) or self.reference(t, None) for t in types]
        if default_types is None or sorted(type_names) != sorted(default_types):
            out["type"] = type_names[0] if len(type_names) == 1 else _Flow(sorted(type_names))
        grouped: dict = {}
        for predicate, obj in self.by_subject[subject]:
            if predicate.value == RDF_TYPE or (predicate.value, obj) in skip:
                continue
            grouped.setdefault(predicate.value, []).append(obj)
        for predicate in sorted(grouped, key=self.rank):
            fld = self.fmt.by_predicate.get(predicate)
            objects = grouped[predicate]
            if nest_provides and fld is not None and fld.name == "provides":
                values = []
                for obj in sorted(objects, key=self.position):
                    if obj in self.by_subject and obj not in self.placed:
                        self.placed.add(obj)
                        values.append(self.mapping(obj, None))
                    else:
                        values.append(self.value(fld, obj))
            else:
                values = sorted((self.value(fld, o) for o in objects), key=_sort_key)
            if len(values) == 1:
                out[self.key(predicate)] = values[0]
            elif all(isinstance(v, str) for v in values) and fld is not None and fld.is_object:
                out[self.key(predicate)] = _Flow(values)
            else:
                out[self.key(predicate)] = values
        return out

    def position(self, term):
        return (self.order.index(term) if term in self.by_subject else 10**9, str(term))

    def draft(self) -> dict:
        self.placed: set = set()
        out: dict = {}
        match = _CORPUS.match(self.namespace)
        if match:
            out["draft"] = match.group(1)
        else:
            out["namespace"] = self.namespace
        if not match or self.prefix != match.group(1):
            out["prefix"] = self.prefix
        standard = standard_prefixes()
        extra = {p: ns for p, ns in sorted(self.doc.prefixes.items())
                 if p not in standard and ns != self.namespace and p}
        if extra:
            out["prefixes"] = extra
        if self.language != "en":
            out["language"] = self.language
        clause_class = str(TKG) + "Clause"
        clauses, skip = [], set()
        if self.agreements:
            agreement = self.agreements[0]
            self.placed.add(agreement)
            for predicate, obj in self.by_subject[agreement]:
                if (predicate.value == HAS_CLAUSE and obj in self.by_subject and obj not in self.placed
                        and obj not in self.agreements):
                    clauses.append(obj)
                    self.placed.add(obj)
                    skip.add((predicate.value, obj))
            clauses.sort(key=self.position)
            default_id = "agreement" if self.node_id(agreement) == "agreement" else None
            out["agreement"] = self.mapping(agreement, ["agreement"], skip=skip, default_id=default_id)
        if clauses:
            out["clauses"] = [self.mapping(c, ["clause"], nest_provides=True) for c in clauses]
        position_class = str(TKG) + "Position"
        positions = [s for s in self.order if s not in self.placed and [t.value for t in self.types[s]] == [position_class]]
        self.placed.update(positions)
        rest = [s for s in self.order if s not in self.placed]
        self.placed.update(rest)
        if positions:
            out["positions"] = [self.mapping(p, ["position"]) for p in positions]
        if rest:
            out["provisions"] = [self.mapping(r, None) for r in rest]
        del clause_class
        return out


def _sort_key(value):
    if isinstance(value, dict):
        return (1, str(sorted(value.items())))
    return (0, str(value))


def document_to_yaml(document, source: str | None = None) -> str:
    """A parsed draft (Turtle or YAML) as a YAML draft."""
    data = _Writer(document, draft_format()).draft()
    header = ["# A treaty-kg draft in YAML (`kg schema` prints the JSON Schema of this format)."]
    if source:
        header.append(f"# Converted from {source} by `kg export --to yaml`; `kg import` converts it back to Turtle.")
    body = yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=10**6,
                     default_flow_style=False, indent=2)
    body = re.sub(r"(?<!:)\n(  - id: )", r"\n\n\1", body)  # a blank line between clauses and other top-level entries
    return "\n".join(header) + "\n" + body


# -- Turtle ------------------------------------------------------------------------------------

def _turtle_term(term, prefixes: dict[str, str]) -> str:
    if isinstance(term, ox.NamedNode):
        best = None
        for prefix, ns in prefixes.items():
            local = term.value[len(ns):]
            if term.value.startswith(ns) and _PN_LOCAL.fullmatch(local) and (best is None or len(ns) > len(best[1])):
                best = (prefix, ns)
        return f"{best[0]}:{term.value[len(best[1]):]}" if best else f"<{term.value}>"
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    quoted = str(ox.Literal(term.value))
    if term.language:
        return f"{quoted}@{term.language}"
    datatype = term.datatype.value
    if datatype == XSD + "string":
        return quoted
    if datatype == XSD + "integer" and re.fullmatch(r"[+-]?\d+", term.value):
        return term.value
    if datatype == XSD + "boolean" and term.value in ("true", "false"):
        return term.value
    if datatype == XSD + "decimal" and re.fullmatch(r"[+-]?\d*\.\d+", term.value):
        return term.value
    return f"{quoted}^^{_turtle_term(term.datatype, prefixes)}"


def to_turtle(triples, prefixes: dict[str, str], header: str = "") -> str:
    """Triples as Turtle in the corpus layout: each subject at column 0 (so kg's line numbers work),
    its type first, then its facts in the order they were written."""
    grouped: dict = {}
    for s, p, o in triples:
        facts = grouped.setdefault(s, {})
        objects = facts.setdefault(p.value, [])
        if o not in objects:
            objects.append(o)
    width = max((len(p) for p in prefixes), default=0) + 1
    out = [header] if header else []
    out += [f"@prefix {p + ':':<{width}} <{ns}> ." for p, ns in prefixes.items()]
    for subject, facts in grouped.items():
        ordered = sorted(facts.items(), key=lambda item: item[0] != RDF_TYPE)
        lines = []
        for predicate, objects in ordered:
            verb = "a" if predicate == RDF_TYPE else _turtle_term(ox.NamedNode(predicate), prefixes)
            lines.append(f"{verb} " + ", ".join(_turtle_term(o, prefixes) for o in objects))
        out.append("")
        out.append(f"{_turtle_term(subject, prefixes)} " + " ;\n    ".join(lines) + " .")
    return "\n".join(out) + "\n"


def document_to_turtle(document, source: str | None = None) -> str:
    draft = getattr(document, "read_draft", None)
    triples = draft.triples if draft is not None else [(q.subject, q.predicate, q.object) for q in document.quads]
    header = f"# Generated by `kg import` from {source}; edit the YAML and convert again.\n" if source else ""
    return to_turtle(triples, document.prefixes, header)
