"""Reading a YAML draft: every node and fact becomes RDF, and every error names the file, line and
column of the user's own text, with the nearest valid name when there is one.

PyYAML's composer gives each node its position (mark); the draft is read from the node tree, not
from constructed Python objects, so a fact can always be traced back to where it was written.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
import yaml

from ..errors import KgError
from ..namespaces import TKG
from .mapping import (NODE_KEYS, RDF_TYPE, RDFS_LABEL, TOP_KEYS, XSD, Field, Format, draft_format, namespace_for,
                      standard_prefixes)

_STR, _INT, _FLOAT, _BOOL, _NULL, _TIME = (f"tag:yaml.org,2002:{t}" for t in ("str", "int", "float", "bool", "null",
                                                                              "timestamp"))
_NUMERIC = {XSD + "integer", XSD + "decimal", XSD + "double", XSD + "float", XSD + "nonNegativeInteger",
            XSD + "positiveInteger"}
_INTEGER = {XSD + "integer", XSD + "nonNegativeInteger", XSD + "positiveInteger"}
_DATES = {XSD + "date", XSD + "dateTime", XSD + "gYear", XSD + "gYearMonth"}
_RANGE_WORDS = {XSD + "boolean": "true or false", XSD + "date": "a date (2022-04-15)",
                XSD + "dateTime": "a date and time", XSD + "string": "text"}
DEFAULT_GRAPH = ox.DefaultGraph()
HAS_CLAUSE = str(TKG) + "hasClause"


def _range_word(rng: str | None) -> str:
    if rng in _INTEGER:
        return "a whole number"
    if rng in _NUMERIC:
        return "a number"
    return _RANGE_WORDS.get(rng, "a value")


def scalar_literal(tag: str, raw: str, fld: Field | None, language: str) -> ox.Literal:
    """The literal a YAML scalar stands for in a field; ValueError says why it cannot be one.
    Shared by the reader and by the writer, which checks that what it writes reads back the same."""
    rng = fld.range if fld else None
    if fld is not None and fld.predicate == RDFS_LABEL:
        return ox.Literal(raw, language=language)
    if tag == _NULL:
        raise ValueError("is empty")
    if rng == XSD + "string":
        return ox.Literal(raw)
    if tag == _INT:
        if rng in _DATES or rng == XSD + "boolean":
            raise ValueError(f"takes {_range_word(rng)}, not `{raw}`")
        value = yaml.constructor.SafeConstructor().construct_yaml_int(yaml.ScalarNode(_INT, raw))
        return ox.Literal(str(value), datatype=ox.NamedNode(XSD + "integer"))
    if tag == _FLOAT:
        if rng in _INTEGER or rng in _DATES or rng == XSD + "boolean":
            raise ValueError(f"takes {_range_word(rng)}, not `{raw}`")
        datatype = XSD + "decimal" if re.fullmatch(r"[+-]?(\d+\.\d*|\.\d+)", raw) else XSD + "double"
        return ox.Literal(raw, datatype=ox.NamedNode(datatype))
    if tag == _BOOL:
        if rng in _NUMERIC or rng in _DATES:
            raise ValueError(f"takes {_range_word(rng)}, not `{raw}`")
        value = yaml.constructor.SafeConstructor().construct_yaml_bool(yaml.ScalarNode(_BOOL, raw))
        return ox.Literal("true" if value else "false", datatype=ox.NamedNode(XSD + "boolean"))
    if tag == _TIME:
        if rng in _NUMERIC or rng == XSD + "boolean":
            raise ValueError(f"takes {_range_word(rng)}, not `{raw}`")
        datatype = XSD + "date" if re.fullmatch(r"\d{4}-\d\d-\d\d", raw) else XSD + "dateTime"
        return ox.Literal(raw, datatype=ox.NamedNode(datatype))
    if rng in _NUMERIC or rng == XSD + "boolean" or rng == XSD + "date":
        raise ValueError(f"takes {_range_word(rng)}, not `{raw}`")
    if re.fullmatch(r"\d{4}-\d\d", raw):
        return ox.Literal(raw, datatype=ox.NamedNode(XSD + "gYearMonth"))
    return ox.Literal(raw)


def suggestion(name: str, candidates) -> str:
    match = difflib.get_close_matches(name, sorted(set(candidates)), n=1, cutoff=0.6)
    if not match:
        match = [c for c in sorted(set(candidates)) if c.lower() == name.lower()][:1]
    return f"; did you mean `{match[0]}`?" if match else ""


class _Loader(yaml.SafeLoader):
    """SafeLoader's scanner, parser and composer (positions on every node); nothing is constructed."""


@dataclass
class _Pending:
    index: int                 # which triple waits for this object
    node: yaml.Node
    field: Field | None
    key: str


@dataclass
class ReadDraft:
    triples: list              # (subject, predicate, object) as pyoxigraph terms, in the order written
    prefixes: dict[str, str]
    subject_lines: dict[str, int]
    namespace: str
    prefix: str


@dataclass
class _Reader:
    shown: str
    fmt: Format
    triples: list = field(default_factory=list)
    ids: dict = field(default_factory=dict)          # id -> (IRI term, line)
    articles: dict = field(default_factory=dict)     # article id -> [clause IRI term]
    pending: list = field(default_factory=list)
    lines: dict = field(default_factory=dict)
    prefixes: dict = field(default_factory=dict)
    namespace: str = ""
    language: str = "en"

    # -- errors ------------------------------------------------------------------------------
    def error(self, node: yaml.Node, message: str) -> KgError:
        mark = node.start_mark
        return KgError(message, self.shown, mark.line + 1, column=mark.column + 1)

    def mapping(self, node: yaml.Node, what: str) -> list[tuple[yaml.ScalarNode, yaml.Node]]:
        if not isinstance(node, yaml.MappingNode):
            raise self.error(node, f"{what} must be a mapping of `field: value` lines")
        seen: dict[str, yaml.Node] = {}
        for key, _ in node.value:
            if not isinstance(key, yaml.ScalarNode):
                raise self.error(key, "a field name must be plain text")
            if key.value in seen:
                raise self.error(key, f"duplicate field `{key.value}` (first given on line "
                                      f"{seen[key.value].start_mark.line + 1})")
            seen[key.value] = key
        return node.value

    def text(self, node: yaml.Node, what: str) -> str:
        if not isinstance(node, yaml.ScalarNode) or node.tag == _NULL:
            raise self.error(node, f"{what} must be a single value")
        return node.value

    # -- the document --------------------------------------------------------------------------
    def read(self, root: yaml.Node) -> ReadDraft:
        top = dict((k.value, (k, v)) for k, v in self.mapping(root, "a draft"))
        for name, (key, _) in top.items():
            if name not in TOP_KEYS:
                raise self.error(key, f"unknown top-level field `{name}`{suggestion(name, TOP_KEYS)} "
                                      f"(a draft has: {', '.join(TOP_KEYS)})")
        draft = self.text(top["draft"][1], "`draft`") if "draft" in top else None
        if "namespace" in top:
            self.namespace = self.text(top["namespace"][1], "`namespace`")
        elif draft:
            if not re.fullmatch(r"[A-Za-z0-9][\w.-]*", draft):
                raise self.error(top["draft"][1], "`draft` is a short name: letters, digits and - only")
            self.namespace = namespace_for(draft)
        else:
            raise self.error(root, "missing `draft: NAME` (a short name for this draft, e.g. `draft: my-guarantee`)")
        prefix = self.text(top["prefix"][1], "`prefix`") if "prefix" in top else (draft or "draft")
        if "language" in top:
            self.language = self.text(top["language"][1], "`language`")
        self.prefixes = {k: v for k, v in standard_prefixes().items() if k not in ("owl", "skos", "sh", "rdf")}
        if "prefixes" in top:
            for key, value in self.mapping(top["prefixes"][1], "`prefixes`"):
                self.prefixes[key.value] = self.text(value, f"prefix `{key.value}`")
        self.prefixes[prefix] = self.namespace

        agreement = None
        if "agreement" in top:
            agreement = self.node(top["agreement"][1], ["agreement"], default_id="agreement", what="the agreement")
        if "clauses" in top:
            key, clauses = top["clauses"]
            if agreement is None:
                raise self.error(key, "`clauses` belong to an agreement: add an `agreement:` section")
            for item in self.sequence(clauses, "`clauses`"):
                clause = self.node(item, ["clause"], what="a clause")
                self.triples.append((agreement, ox.NamedNode(HAS_CLAUSE), clause))
        for section, default in (("positions", ["position"]), ("provisions", None)):
            if section in top:
                for item in self.sequence(top[section][1], f"`{section}`"):
                    self.node(item, default, what=f"an entry of `{section}`")
        for waiting in self.pending:
            subject, predicate, _ = self.triples[waiting.index]
            self.triples[waiting.index] = (subject, predicate, self.reference(waiting))
        return ReadDraft(self.triples, dict(self.prefixes), self.lines, self.namespace, prefix)

    def sequence(self, node: yaml.Node, what: str) -> list[yaml.Node]:
        if not isinstance(node, yaml.SequenceNode):
            raise self.error(node, f"{what} is a list: write each entry on its own line starting with `- `")
        return node.value

    # -- nodes ---------------------------------------------------------------------------------
    def iri(self, text: str, node: yaml.Node) -> ox.NamedNode | ox.BlankNode:
        if text.startswith("_:"):
            return ox.BlankNode(text[2:])
        if text.startswith("<") and text.endswith(">"):
            return ox.NamedNode(text[1:-1])
        if re.match(r"^(https?|urn):", text):
            return ox.NamedNode(text)
        if ":" in text:
            prefix, _, local = text.partition(":")
            if prefix in self.prefixes:
                return ox.NamedNode(self.prefixes[prefix] + local)
            raise self.error(node, f"unknown prefix `{prefix}:`{suggestion(prefix, self.prefixes)} "
                                   f"(declare it under `prefixes:`)")
        if not re.fullmatch(r"[\w][\w.-]*", text) or text.endswith("."):
            raise self.error(node, f"`{text}` is not a usable id: letters, digits, - and _ only")
        return ox.NamedNode(self.namespace + text)

    def node(self, node: yaml.Node, default_types, default_id: str | None = None, what: str = "a node"):
        items = self.mapping(node, what)
        fields = {k.value: (k, v) for k, v in items}
        if "id" in fields:
            ident = self.text(fields["id"][1], "`id`")
        elif default_id:
            ident = default_id
        else:
            raise self.error(node, f"{what} needs an `id:` (a short name other entries can refer to)")
        subject = self.iri(ident, fields["id"][1] if "id" in fields else node)
        if ident in self.ids:
            raise self.error(fields["id"][1] if "id" in fields else node,
                             f"id `{ident}` is defined twice (first on line {self.ids[ident][1]})")
        line = node.start_mark.line + 1
        self.ids[ident] = (subject, line)
        if isinstance(subject, ox.NamedNode):
            self.lines.setdefault(subject.value, line)
        types = default_types
        if "type" in fields:
            key, value = fields["type"]
            values = value.value if isinstance(value, yaml.SequenceNode) else [value]
            types = []
            for item in values:
                name = self.text(item, "`type`")
                if name in self.fmt.classes:
                    types.append(name)
                elif ":" in name:
                    types.append(name)
                else:
                    raise self.error(item, f"unknown type `{name}`{suggestion(name, self.fmt.classes)}")
        elif types is None:
            raise self.error(node, f"{what} needs a `type:` saying what it is, e.g. `type: guarantee`, "
                                   f"`type: decision-rule`, `type: obligation`")
        for name in types:
            cls = ox.NamedNode(self.fmt.classes[name]) if name in self.fmt.classes else self.iri(name, node)
            self.triples.append((subject, ox.NamedNode(RDF_TYPE), cls))
        for key, value in items:
            if key.value in NODE_KEYS:
                continue
            self.facts(subject, key, value)
            if key.value in ("article-id",) and isinstance(value, yaml.ScalarNode):
                self.articles.setdefault(value.value, []).append(subject)
        return subject

    def predicate(self, key: yaml.ScalarNode) -> tuple[Field | None, ox.NamedNode]:
        name = key.value
        fld = self.fmt.field(name)
        if fld is not None:
            return fld, ox.NamedNode(fld.predicate)
        if ":" in name:
            return None, self.iri(name, key)
        raise self.error(key, f"unknown field `{name}`{suggestion(name, list(self.fmt.fields) + list(self.fmt.aliases))}")

    def facts(self, subject, key: yaml.ScalarNode, value: yaml.Node) -> None:
        fld, predicate = self.predicate(key)
        values = value.value if isinstance(value, yaml.SequenceNode) else [value]
        if isinstance(value, yaml.SequenceNode) and not values:
            raise self.error(value, f"`{key.value}` is an empty list: remove the line or give a value")
        for item in values:
            self.triples.append((subject, predicate, None))
            index = len(self.triples) - 1
            if isinstance(item, yaml.MappingNode):
                keys = {k.value for k, _ in self.mapping(item, f"a value of `{key.value}`")}
                if "value" in keys:
                    self.triples[index] = (subject, predicate, self.explicit_literal(item))
                elif keys == {"ref"}:
                    self.pending.append(_Pending(index, item.value[0][1], fld, key.value))
                elif fld is not None and not fld.is_object:
                    raise self.error(item, f"`{key.value}` takes {_range_word(fld.range)}, not a nested entry")
                else:
                    self.triples[index] = (subject, predicate, self.node(item, None, what=f"an entry of `{key.value}`"))
            elif isinstance(item, yaml.SequenceNode):
                raise self.error(item, f"`{key.value}`: a list inside a list; write one list")
            elif fld is not None and fld.is_object:
                if item.tag == _NULL:
                    raise self.error(item, f"`{key.value}` is empty: give a value or remove the line")
                self.pending.append(_Pending(index, item, fld, key.value))
            else:
                try:
                    literal = scalar_literal(item.tag, item.value, fld, self.language)
                except ValueError as exc:
                    raise self.error(item, f"`{key.value}` {exc}") from None
                self.triples[index] = (subject, predicate, literal)

    def explicit_literal(self, node: yaml.MappingNode) -> ox.Literal:
        parts = {k.value: v for k, v in node.value}
        unknown = set(parts) - {"value", "language", "datatype"}
        if unknown:
            name = sorted(unknown)[0]
            key = next(k for k, _ in node.value if k.value == name)
            raise self.error(key, f"unknown field `{name}` in a literal{suggestion(name, ['value', 'language', 'datatype'])}")
        text = self.text(parts["value"], "`value`")
        if "language" in parts:
            return ox.Literal(text, language=self.text(parts["language"], "`language`"))
        if "datatype" in parts:
            name = self.text(parts["datatype"], "`datatype`")
            return ox.Literal(text, datatype=self.iri(name, parts["datatype"]))
        return ox.Literal(text)

    # -- references ----------------------------------------------------------------------------
    def reference(self, waiting: _Pending):
        node, fld = waiting.node, waiting.field
        text = self.text(node, f"`{waiting.key}`")
        rng = fld.range if fld else None
        if text.startswith(("<", "_:")) or ":" in text:
            found = resolve_reference(self.fmt, text, rng, self.ids, self.articles, self.prefixes, self.namespace)
            return found if found is not None else self.iri(text, node)  # iri() explains what is wrong
        found = resolve_reference(self.fmt, text, rng, self.ids, self.articles, self.prefixes, self.namespace)
        if found is not None:
            return found
        enumeration = self.fmt.enumeration_of(rng)
        names = self.fmt.names_for_range(rng)
        actor = self.fmt.classes.get("actor")
        territory = self.fmt.classes.get("territory")
        if enumeration:
            listed = ", ".join(sorted(enumeration))
            raise self.error(node, f"unknown value `{text}` for `{waiting.key}`{suggestion(text, enumeration)} "
                                   f"(one of: {listed})")
        local = list(self.ids) + [a for a, found in self.articles.items() if len(found) == 1]
        if rng and actor and self.fmt.is_a(rng, actor):
            raise self.error(node, f"unknown actor `{text}` in `{waiting.key}`{suggestion(text, list(names) + local)} "
                                   f"(an actor of corpus/reference such as `russia` or `RUS`, a role such as "
                                   f"`all-guarantors`, or an id of this draft)")
        if rng and territory and self.fmt.is_a(rng, territory):
            raise self.error(node, f"unknown territory `{text}` in `{waiting.key}`{suggestion(text, list(names) + local)}")
        candidates = local if rng else local + list(names)
        raise self.error(node, f"`{waiting.key}` refers to `{text}`, which is not defined in this draft"
                               f"{suggestion(text, candidates)} (refer to an entry by its `id` or a clause by its "
                               f"`article-id`)")


def resolve_reference(fmt: Format, text: str, rng: str | None, ids: dict, articles: dict, prefixes: dict,
                      namespace: str):
    """What a reference written as `text` in a field with range `rng` stands for, or None.
    Enumeration values first where the range is an enumeration (`rule-kind: unanimity`), then the
    draft's own ids, prefixed names and IRIs, clauses by article id, actors and territories."""
    enumeration = fmt.enumeration_of(rng)
    if enumeration and text in enumeration:
        return ox.NamedNode(enumeration[text])
    if text in ids:
        return ids[text][0]
    if text.startswith("_:"):
        return ox.BlankNode(text[2:])
    if text.startswith("<") and text.endswith(">"):
        return ox.NamedNode(text[1:-1])
    if re.match(r"^(https?|urn):", text):
        return ox.NamedNode(text)
    if ":" in text:
        prefix, _, local = text.partition(":")
        return ox.NamedNode(prefixes[prefix] + local) if prefix in prefixes else None
    if len(articles.get(text, ())) == 1:
        return articles[text][0]
    names = fmt.names_for_range(rng)
    if text in names:
        return ox.NamedNode(names[text])
    return None


def compose(text: str, shown: str) -> yaml.Node:
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = " ".join(f"{exc.context or ''} {exc.problem or ''}".split())
        raise KgError(f"YAML syntax error: {problem}", shown, mark.line + 1 if mark else None,
                      column=mark.column + 1 if mark else None) from None
    except yaml.YAMLError as exc:
        raise KgError(f"YAML syntax error: {exc}", shown) from None
    if root is None:
        raise KgError("the draft is empty: start from `kg new NAME.yaml`", shown)
    return root


def read_draft(text: str, shown: str) -> ReadDraft:
    return _Reader(shown, draft_format()).read(compose(text, shown))


def load_yaml_document(path: Path, text: str):
    """A YAML draft as the same Document a Turtle file gives: quads, prefixes, subject lines
    (each node's line in the YAML, so findings point at what the user wrote)."""
    from rdflib import URIRef

    from ..rdfload import Document, _own_blank_nodes, display_path

    draft = read_draft(text, display_path(path))
    quads = [ox.Quad(s, p, o, DEFAULT_GRAPH) for s, p, o in draft.triples]
    quads = list(dict.fromkeys(quads))
    document = Document(path, _own_blank_nodes(quads, path), draft.prefixes,
                        {URIRef(iri): line for iri, line in draft.subject_lines.items()})
    document.read_draft = draft
    return document
