"""Reading drafts: strict Turtle parsing, line numbers for every named subject, and the
shared reference data (actors, bodies, territories) every draft may point at.

pyoxigraph parses: it rejects all 94 invalid files of the W3C Turtle suite, where rdflib
silently accepts 39 of them (see ../shared/STACK.md), and it reports line and column. The
triples are then handed to an in-memory rdflib graph, which pySHACL and rdflib SPARQL need.
"""

from __future__ import annotations

import re

from pathlib import Path

import pyoxigraph as ox
import rdflib
from rdflib import BNode, Literal, URIRef

from .errors import KgError
from .namespaces import TKG
from .resources import reference_files

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

# The subject token of a statement written from column 0 (the layout of every corpus file and of
# Turtle writers): <iri>, prefix:local or :local. Indented lines hold predicates and objects.
_SUBJECT_AT_LINE_START = re.compile(r"^(<[^>\s]*>|[A-Za-z][\w.-]*:[^\s;,()\[\]]*|:[^\s;,()\[\]]+)")
_SPARQL_DIRECTIVE = re.compile(r"^(PREFIX|BASE)\s", re.IGNORECASE)


class Document:
    """One file as the user wrote it: its triples (as parsed), prefixes and subject lines.
    The rdflib graph is built only when a caller needs one; checks run on pyoxigraph."""

    def __init__(self, path: Path, quads: list, prefixes: dict[str, str], subject_lines: dict[URIRef, int]):
        self.path = path
        self.quads = quads
        self.prefixes = prefixes
        self.subject_lines = subject_lines
        self._graph: rdflib.Graph | None = None
        self._pointers: dict | None = None

    def __repr__(self) -> str:
        return f"Document({self.display_path!r}, {len(self.quads)} triples)"

    @property
    def display_path(self) -> str:
        return display_path(self.path)

    @property
    def graph(self) -> rdflib.Graph:
        if self._graph is None:
            graph = rdflib.Graph()
            add = graph.add
            for quad in self.quads:
                add((_to_rdflib(quad.subject), _to_rdflib(quad.predicate), _to_rdflib(quad.object)))
            for prefix, namespace in sorted(self.prefixes.items()):
                graph.bind(prefix, namespace, override=True, replace=True)
            self._graph = graph
        return self._graph

    def subjects(self) -> set:
        return {_to_rdflib(q.subject) for q in self.quads}

    def line_of(self, node) -> int | None:
        """The line where `node` is written as a subject; for a blank node, the line of
        the nearest named node that points at it."""
        if self._pointers is None:
            pointers: dict = {}
            for quad in self.quads:
                if isinstance(quad.object, (ox.BlankNode, ox.NamedNode)):
                    pointers.setdefault(_to_rdflib(quad.object), set()).add(_to_rdflib(quad.subject))
            self._pointers = pointers
        seen = set()
        while node is not None and node not in seen:
            seen.add(node)
            if isinstance(node, URIRef) and node in self.subject_lines:
                return self.subject_lines[node]
            node = next(iter(sorted(self._pointers.get(node, ()), key=_named_first)), None)
        return None

    def agreements(self) -> list[URIRef]:
        agreement, rdf_type = ox.NamedNode(str(TKG.Agreement)), ox.NamedNode(str(rdflib.RDF.type))
        return sorted(
            URIRef(q.subject.value) for q in self.quads
            if q.predicate == rdf_type and q.object == agreement and isinstance(q.subject, ox.NamedNode)
        )


def _named_first(node) -> tuple[int, str]:
    return (0 if isinstance(node, URIRef) else 1, str(node))


def display_path(path: Path) -> str:
    """A path as the user gave it (or as found below a directory they gave), as compilers do."""
    return str(path)


def _to_rdflib(term):
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype))
    raise KgError(f"unsupported RDF term {term!r}")


def _index_subject_lines(text: str, prefixes: dict[str, str], base: str | None) -> dict[URIRef, int]:
    lines: dict[URIRef, int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.lstrip()
        if not stripped or stripped[0] in "@#" or _SPARQL_DIRECTIVE.match(stripped):
            continue
        match = _SUBJECT_AT_LINE_START.match(line)
        if not match:
            continue
        token = match.group(1)
        iri = None
        if token.startswith("<"):
            iri = token[1:-1]
            if base and not re.match(r"^[A-Za-z][\w+.-]*:", iri):
                iri = base + iri
        else:
            prefix, _, local = token.partition(":")
            if prefix in prefixes:
                iri = prefixes[prefix] + local.rstrip(".")
        if iri:
            lines.setdefault(URIRef(iri), number)
    return lines


def read_user_file(path: Path, expected: str) -> str:
    """The text of a file the user named, or a one-line error saying what is wrong with it."""
    shown = display_path(path)
    if not path.exists():
        raise KgError("no such file", shown)
    if path.is_dir():
        raise KgError(f"is a directory, expected {expected}", shown)
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise KgError(f"not UTF-8 text ({exc.reason} at byte {exc.start})", shown) from None
    except OSError as exc:
        raise KgError(f"cannot read: {exc.strerror}", shown) from None


def load_document(path: Path | str) -> Document:
    """Parse one Turtle file strictly. Raises KgError naming file and line on any problem."""
    path = Path(path)
    shown = display_path(path)
    text = read_user_file(path, "a Turtle file")
    if path.suffix.lower() in YAML_SUFFIXES:  # YAML drafts (kg/yamlformat): the same Document, YAML line numbers
        from .yamlformat import load_yaml_document

        return load_yaml_document(path, text)
    if path.suffix.lower() not in (".ttl", ".turtle"):
        raise KgError("not a Turtle file (.ttl); convert it first", shown)
    base = path.resolve().as_uri()
    try:
        parser = ox.parse(text.encode("utf-8"), format=ox.RdfFormat.TURTLE, base_iri=base)
        quads = _own_blank_nodes(list(parser), path)
        prefixes = dict(parser.prefixes)
    except SyntaxError as exc:
        reason = str(exc.msg if hasattr(exc, "msg") else exc)
        reason = re.sub(r"^Parser error (between|at) line \d+ column \d+( and line \d+ column \d+)?: ", "", reason)
        column = f" (column {exc.offset})" if exc.offset else ""
        raise KgError(f"Turtle syntax error{column}: {reason}", shown, exc.lineno or None) from None
    return Document(path, quads, prefixes, _index_subject_lines(text, prefixes, base))


def _own_blank_nodes(quads: list, path: Path) -> list:
    """Give the file's blank nodes names no other file can have: the parser keeps labels such as
    `_:x` as written, and two files using `_:x` must not share a node once merged in one store."""
    if not any(isinstance(q.subject, ox.BlankNode) or isinstance(q.object, ox.BlankNode) for q in quads):
        return quads
    import hashlib

    salt = hashlib.sha1(str(path.resolve()).encode("utf-8")).hexdigest()[:10]
    renamed: dict = {}

    def own(term):
        if isinstance(term, ox.BlankNode):
            if term not in renamed:
                renamed[term] = ox.BlankNode(f"f{salt}{term.value}")
            return renamed[term]
        return term

    return [ox.Quad(own(q.subject), q.predicate, own(q.object), q.graph_name) for q in quads]


YAML_SUFFIXES = (".yaml", ".yml")


def expand_paths(paths: list[Path | str], suffixes: tuple[str, ...] = (".ttl",) + YAML_SUFFIXES) -> list[Path]:
    """Files named on the command line; a directory stands for every draft (.ttl, .yaml) below it."""
    files: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix.lower() in suffixes and p.is_file())
            if not found:
                raise KgError("directory holds no drafts (.ttl or .yaml files)", display_path(path))
            files.extend(found)
        elif not path.exists():
            raise KgError("no such file or directory", display_path(path))
        else:
            files.append(path)
    unique: list[Path] = []
    seen = set()
    for path in files:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(path)
    return unique


class Collection:
    """The user's documents plus the shared reference data. `graph` merges them (rdflib, built on
    first use); `store` holds the same triples and the ontology in pyoxigraph, for SPARQL."""

    def __init__(self, documents: list[Document], context: list[Document]):
        self.documents = documents
        self.context = context
        self._graph: rdflib.Graph | None = None

    @property
    def graph(self) -> rdflib.Graph:
        if self._graph is None:
            merged = rdflib.Graph()
            for doc in self.context + self.documents:
                merged += doc.graph
            for doc in self.documents:
                for prefix, namespace in doc.prefixes.items():
                    merged.bind(prefix, namespace, override=False)
            self._graph = merged
        return self._graph

    def store(self, with_ontology: bool = True) -> ox.Store:
        from .ontology import ontology_document

        store = ox.Store()
        sources = ([ontology_document()] if with_ontology else []) + self.context + self.documents
        store.bulk_extend(q for doc in sources for q in doc.quads)
        return store

    def prefixes(self) -> dict[str, str]:
        merged: dict[str, str] = {}
        for doc in self.context + self.documents:
            for prefix, namespace in doc.prefixes.items():
                merged.setdefault(prefix, namespace)
        return merged

    def document_of(self, node) -> Document | None:
        for document in self.documents:
            if node in document.subject_lines:
                return document
        for document in self.documents:
            if document.line_of(node) is not None:
                return document
        return None

    def agreements(self) -> list[tuple[Document, URIRef]]:
        return [(doc, agreement) for doc in self.documents for agreement in doc.agreements()]


_reference_cache: list[Document] | None = None


def reference_documents() -> list[Document]:
    global _reference_cache
    if _reference_cache is None:
        _reference_cache = [load_document(p) for p in reference_files()]
    return _reference_cache


def load_collection(paths: list[Path | str], with_reference: bool = True, context_paths: list[Path | str] = ()) -> Collection:
    """The files and directories named, plus context: the shared reference data and any
    extra files (e.g. stated positions) whose triples inform the checks but are not checked."""
    files = expand_paths(paths)
    documents = [load_document(p) for p in files]
    user_files = {doc.path.resolve() for doc in documents}
    context = [doc for doc in (reference_documents() if with_reference else []) if doc.path.resolve() not in user_files]
    for path in expand_paths(list(context_paths)) if context_paths else []:
        if path.resolve() not in user_files:
            context.append(load_document(path))
    return Collection(documents, context)
