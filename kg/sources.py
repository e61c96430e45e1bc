"""Where queries run: drafts read from files (an in-memory pyoxigraph store), the embedded
persistent store written by `kg load --store`, or any SPARQL 1.1 endpoint.

All three answer `select(text)` with the same Python values (pyoxigraph terms), so a query gives
the same rows wherever it runs. Each file lives in its own named graph in a persistent store or on
a server, and queries read the union of those graphs as their default graph.
"""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox

from .errors import KgError

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
TKG_ISO = "https://w3id.org/treaty-kg/ontology#isoCode"
_LABEL_BATCH = 400


class Source:
    """The part every engine shares: finding a parameter's candidates and the labels of IRIs,
    both through ordinary SELECT queries so that they work on any endpoint too."""

    description = "data"

    def select(self, text: str, path: Path | None = None) -> tuple[list[str], list[tuple]]:
        raise NotImplementedError

    def instances_of(self, class_iri: str) -> dict[str, tuple[set[str], set[str]]]:
        """IRI -> (labels, ISO codes) of every instance of the class or its subclasses."""
        text = (f"SELECT ?x ?label ?code WHERE {{ ?x <{RDF_TYPE}> ?type . ?type <{RDFS}subClassOf>* <{class_iri}> . "
                f"FILTER(isIRI(?x)) OPTIONAL {{ ?x <{RDFS}label> ?label }} OPTIONAL {{ ?x <{TKG_ISO}> ?code }} }}")
        found: dict[str, tuple[set[str], set[str]]] = {}
        for x, label, code in self.select(text)[1]:
            labels, codes = found.setdefault(x.value, (set(), set()))
            if label is not None:
                labels.add(label.value)
            if code is not None:
                codes.add(code.value)
        return found

    def labels(self, iris: list[str]) -> dict[str, str]:
        from .query import best_label

        found: dict[str, list] = {}
        for start in range(0, len(iris), _LABEL_BATCH):
            batch = " ".join(str(ox.NamedNode(i)) for i in iris[start:start + _LABEL_BATCH])
            text = f"SELECT ?x ?label WHERE {{ VALUES ?x {{ {batch} }} ?x <{RDFS}label> ?label }}"
            for x, label in self.select(text)[1]:
                if isinstance(label, ox.Literal):
                    found.setdefault(x.value, []).append(label)
        return {iri: best_label(labels) for iri, labels in found.items()}


def _rows(solutions) -> tuple[list[str], list[tuple]]:
    if not isinstance(solutions, ox.QuerySolutions):
        raise KgError("only SELECT queries can be run with kg query (this is an ASK, CONSTRUCT or DESCRIBE query)")
    variables = [v.value for v in solutions.variables]
    return variables, [tuple(solution) for solution in solutions]


def _syntax_error(exc: SyntaxError, path: Path | None) -> KgError:
    message = str(exc.msg if getattr(exc, "msg", None) else exc)
    match = re.match(r"error at (\d+):(\d+): (.*)", message, re.S)
    if match:
        return KgError(f"SPARQL syntax error (column {match.group(2)}): {match.group(3)}",
                       str(path) if path else "query", int(match.group(1)))
    return KgError(f"SPARQL syntax error: {message}", str(path) if path else "query")


class MemorySource(Source):
    """Drafts named on the command line, with the reference data and the ontology."""

    def __init__(self, collection):
        self.collection = collection
        self.store = collection.store()
        self.description = ", ".join(d.display_path for d in collection.documents)

    def select(self, text, path=None):
        try:
            return _rows(self.store.query(text))
        except SyntaxError as exc:
            raise _syntax_error(exc, path) from None


class StoreSource(Source):
    """The embedded persistent store (`kg load --store PATH`), opened read-only."""

    def __init__(self, path: str | Path):
        from .store import open_store

        self.path = Path(path)
        self.store = open_store(self.path, read_only=True)
        self.description = f"store {path}"

    def select(self, text, path=None):
        try:
            return _rows(self.store.query(text, use_default_graph_as_union=True))
        except SyntaxError as exc:
            raise _syntax_error(exc, path) from None
        except OSError as exc:
            raise KgError(f"cannot read the store: {exc}", str(self.path)) from None


class EndpointSource(Source):
    """Any SPARQL 1.1 endpoint, through the SPARQL 1.1 Protocol (POST, results as JSON)."""

    def __init__(self, url: str, timeout: float = 60.0):
        from .endpoint import Endpoint

        self.endpoint = Endpoint(url, timeout)
        self.description = f"endpoint {url}"
        self._checked = False

    def select(self, text, path=None):
        variables, rows = self.endpoint.select(text, path)
        if not rows and not self._checked:
            self._checked = True
            self.endpoint.require_treaty_data()
        return variables, rows


def open_source(files: list[str], store: str | None, endpoint: str | None, timeout: float = 60.0) -> Source:
    chosen = [name for name, given in (("FILES", files), ("--store", store), ("--endpoint", endpoint)) if given]
    if len(chosen) > 1:
        raise KgError(f"give the data one way: {' or '.join(chosen)}, not both")
    if store:
        return StoreSource(store)
    if endpoint:
        return EndpointSource(endpoint, timeout)
    if not files:
        raise KgError("no data to query: give draft files or directories, --store PATH (see kg load) or --endpoint URL")
    from .rdfload import load_collection

    return MemorySource(load_collection(files))
