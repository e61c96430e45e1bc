"""Reading drafts: strict Turtle parsing, line numbers for every named subject, and the
shared reference data (actors, bodies, territories) every draft may point at.

pyoxigraph parses: it rejects all 94 invalid files of the W3C Turtle suite, where rdflib
silently accepts 39 of them (see ../shared/STACK.md), and it reports line and column. The
triples are then handed to an in-memory rdflib graph, which pySHACL and rdflib SPARQL need.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
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


@dataclass
class Document:
    """One file as the user wrote it, with the graph it states."""

    path: Path
    graph: rdflib.Graph
    prefixes: dict[str, str]
    subject_lines: dict[URIRef, int] = field(default_factory=dict)

    @property
    def display_path(self) -> str:
        return display_path(self.path)

    def line_of(self, node) -> int | None:
        """The line where `node` is written as a subject; for a blank node, the line of
        the nearest named node that points at it."""
        seen = set()
        while node is not None and node not in seen:
            seen.add(node)
            if isinstance(node, URIRef) and node in self.subject_lines:
                return self.subject_lines[node]
            node = next(iter(sorted(self.graph.subjects(None, node), key=_named_first)), None)
        return None

    def agreements(self) -> list[URIRef]:
        return sorted(s for s in self.graph.subjects(rdflib.RDF.type, TKG.Agreement) if isinstance(s, URIRef))


def _named_first(node) -> tuple[int, str]:
    return (0 if isinstance(node, URIRef) else 1, str(node))


def display_path(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
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


def load_document(path: Path | str) -> Document:
    """Parse one Turtle file strictly. Raises KgError naming file and line on any problem."""
    path = Path(path)
    shown = display_path(path)
    if not path.exists():
        raise KgError("no such file", shown)
    if path.is_dir():
        raise KgError("is a directory, expected a Turtle file", shown)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise KgError(f"not UTF-8 text ({exc.reason} at byte {exc.start})", shown) from None
    except OSError as exc:
        raise KgError(f"cannot read: {exc.strerror}", shown) from None
    if path.suffix.lower() not in (".ttl", ".turtle"):
        raise KgError("not a Turtle file (.ttl); convert it first", shown)
    base = path.resolve().as_uri()
    graph = rdflib.Graph()
    try:
        parser = ox.parse(text.encode("utf-8"), format=ox.RdfFormat.TURTLE, base_iri=base)
        add = graph.add
        for quad in parser:
            add((_to_rdflib(quad.subject), _to_rdflib(quad.predicate), _to_rdflib(quad.object)))
        prefixes = dict(parser.prefixes)
    except SyntaxError as exc:
        reason = str(exc.msg if hasattr(exc, "msg") else exc)
        reason = re.sub(r"^Parser error (between|at) line \d+ column \d+( and line \d+ column \d+)?: ", "", reason)
        column = f" (column {exc.offset})" if exc.offset else ""
        raise KgError(f"Turtle syntax error{column}: {reason}", shown, exc.lineno or None) from None
    for prefix, namespace in sorted(prefixes.items()):
        graph.bind(prefix, namespace, override=True, replace=True)
    return Document(path, graph, prefixes, _index_subject_lines(text, prefixes, base))


def expand_paths(paths: list[Path | str], suffixes: tuple[str, ...] = (".ttl",)) -> list[Path]:
    """Files named on the command line; a directory stands for every draft below it."""
    files: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix.lower() in suffixes and p.is_file())
            if not found:
                raise KgError("directory holds no Turtle files", display_path(path))
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


@dataclass
class Collection:
    """The user's documents, plus the shared reference data, merged into one graph."""

    documents: list[Document]
    graph: rdflib.Graph

    def document_of(self, node) -> Document | None:
        for document in self.documents:
            if (node, None, None) in document.graph:
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


def load_collection(paths: list[Path | str], with_reference: bool = True) -> Collection:
    files = expand_paths(paths)
    documents = [load_document(p) for p in files]
    merged = rdflib.Graph()
    reference = reference_documents() if with_reference else []
    user_files = {doc.path.resolve() for doc in documents}
    for doc in reference:
        if doc.path.resolve() not in user_files:
            merged += doc.graph
    for doc in documents:
        merged += doc.graph
    for doc in documents:
        for prefix, namespace in doc.prefixes.items():
            merged.bind(prefix, namespace, override=False)
    return Collection(documents, merged)
