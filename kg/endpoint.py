"""A small SPARQL 1.1 Protocol and Graph Store Protocol client on the standard library.

Tested against a real Oxigraph server; the URL conventions of Fuseki, GraphDB/RDF4J and Virtuoso
are known so that `kg load --endpoint` finds their Graph Store endpoint from the query URL.
"""

from __future__ import annotations

import json
import re
import socket
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox

from .errors import KgError

TKG_AGREEMENT = "https://w3id.org/treaty-kg/ontology#Agreement"
OWL_CLASS = "http://www.w3.org/2002/07/owl#Class"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def graph_store_url(query_url: str) -> str:
    """The Graph Store Protocol endpoint that goes with a SPARQL query endpoint."""
    parsed = urllib.parse.urlsplit(query_url)
    path = parsed.path.rstrip("/")
    rules = [
        (r"^/query$", "/store"),                                        # Oxigraph server
        (r"^/sparql$", "/sparql-graph-crud"),                           # Virtuoso
        (r"^(/[^/]+)/(query|sparql)$", r"\1/data"),                      # Apache Jena Fuseki
        (r"^(.*/repositories/[^/]+)$", r"\1/rdf-graphs/service"),       # GraphDB, RDF4J
    ]
    for pattern, replacement in rules:
        if re.match(pattern, path):
            return urllib.parse.urlunsplit((parsed.scheme, parsed.netloc, re.sub(pattern, replacement, path), "", ""))
    raise KgError(f"cannot tell the Graph Store Protocol URL of {query_url}; give it with --graph-store URL")


class Endpoint:
    def __init__(self, url: str, timeout: float = 60.0, graph_store: str | None = None):
        parsed = urllib.parse.urlsplit(url)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise KgError(f"not an http(s) URL: {url}")
        self.url = url
        self.timeout = timeout
        self._graph_store = graph_store

    @property
    def graph_store(self) -> str:
        if self._graph_store is None:
            self._graph_store = graph_store_url(self.url)
        return self._graph_store

    def _request(self, url: str, data: bytes | None, headers: dict, method: str) -> bytes:
        request = urllib.request.Request(url, data=data, headers=headers, method=method)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.read()
        except urllib.error.HTTPError as exc:
            body = exc.read().decode("utf-8", "replace").strip()
            first = next((line.strip() for line in body.splitlines() if line.strip()), "")
            detail = f": {first[:300]}" if first else ""
            raise KgError(f"endpoint {url} answered {exc.code} {exc.reason}{detail}") from None
        except urllib.error.URLError as exc:
            reason = exc.reason.strerror if isinstance(exc.reason, OSError) and exc.reason.strerror else exc.reason
            raise KgError(f"cannot reach endpoint {url}: {reason}") from None
        except (socket.timeout, TimeoutError):
            raise KgError(f"endpoint {url} did not answer within {self.timeout:g} s (see --timeout)") from None
        except (ConnectionError, OSError) as exc:
            raise KgError(f"cannot reach endpoint {url}: {exc.strerror or exc}") from None

    def select(self, text: str, path: Path | None = None) -> tuple[list[str], list[tuple]]:
        data = urllib.parse.urlencode({"query": text}).encode("utf-8")
        raw = self._request(self.url, data, {"Content-Type": "application/x-www-form-urlencoded",
                                             "Accept": "application/sparql-results+json"}, "POST")
        try:
            answer = json.loads(raw)
        except ValueError:
            raise KgError(f"endpoint {self.url} did not answer with SPARQL results JSON") from None
        if "boolean" in answer:
            raise KgError("only SELECT queries can be run with kg query (this is an ASK query)")
        try:
            variables = list(answer["head"]["vars"])
            rows = [tuple(_term(binding.get(v)) for v in variables) for binding in answer["results"]["bindings"]]
        except (KeyError, TypeError, ValueError) as exc:
            raise KgError(f"endpoint {self.url} sent malformed SPARQL results JSON ({exc})") from None
        return variables, rows

    def require_treaty_data(self) -> None:
        """A query found nothing: say so plainly if the server holds no treaty-kg data at all."""
        _, rows = self.select(f"SELECT ?c WHERE {{ <{TKG_AGREEMENT}> <{RDF_TYPE}> ?c }} LIMIT 1")
        if not rows:
            raise KgError(
                f"endpoint {self.url} shows no treaty-kg data in its default graph: load it with "
                "`kg load FILES --endpoint URL`, and have the server query the union of its named graphs "
                "(oxigraph serve --union-default-graph; Fuseki: tdb2:unionDefaultGraph true)")

    def put_graph(self, graph: str, ntriples: bytes) -> None:
        url = f"{self.graph_store}?{urllib.parse.urlencode({'graph': graph})}"
        self._request(url, ntriples, {"Content-Type": "application/n-triples; charset=utf-8"}, "PUT")


def _term(value: dict | None):
    if value is None:
        return None
    kind, text = value.get("type"), value["value"]
    if kind == "uri":
        return ox.NamedNode(text)
    if kind in ("literal", "typed-literal"):
        if "xml:lang" in value:
            return ox.Literal(text, language=value["xml:lang"])
        if "datatype" in value:
            return ox.Literal(text, datatype=ox.NamedNode(value["datatype"]))
        return ox.Literal(text)
    if kind == "bnode":
        return ox.BlankNode(re.sub(r"[^A-Za-z0-9_]", "_", text) or "b")
    raise ValueError(f"unknown term type {kind!r}")
