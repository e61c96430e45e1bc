"""Loading drafts into a persistent store: the embedded one (pyoxigraph on RocksDB) or a shared
server (SPARQL 1.1 Graph Store Protocol).

Each file gets its own named graph, so loading a file again replaces what it said before:
    https://w3id.org/treaty-kg/graph/file/<file stem>      a draft, position file ...
    https://w3id.org/treaty-kg/graph/reference/<stem>       the shared actors, bodies, territories
    https://w3id.org/treaty-kg/graph/ontology               the ontology (labels, class hierarchy)
The reference data and the ontology are (re)loaded with every load, so a store answers queries
on its own. Queries read the union of the named graphs as their default graph.

An embedded load is one transaction: a new store is written beside the target and renamed into
place when complete; an existing store is changed by a single SPARQL update (drop the graphs
being replaced, insert the new ones), which Oxigraph applies all or nothing.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .errors import KgError

GRAPH_BASE = "https://w3id.org/treaty-kg/graph/"


@dataclass(frozen=True)
class LoadedGraph:
    graph: str
    source: str
    triples: int


@dataclass(frozen=True)
class LoadSummary:
    target: str
    graphs: list[LoadedGraph]
    total_triples: int | None = None  # in the whole store afterwards, where known
    total_graphs: int | None = None

    def text(self) -> str:
        files = [g for g in self.graphs if "/graph/file/" in g.graph]
        triples = sum(g.triples for g in files)
        lines = [f"loaded {len(files)} file(s), {triples} triples, into {self.target}"
                 f" (with the ontology and the reference data)"]
        for graph in files:
            lines.append(f"  {graph.source}: {graph.triples} triples -> <{graph.graph}>")
        if self.total_triples is not None:
            lines.append(f"the store now holds {self.total_graphs} graphs, {self.total_triples} triples")
        return "\n".join(lines) + "\n"


def graphs_to_load(files: list[str]) -> list[tuple[str, str, list]]:
    """(graph IRI, shown source, quads) for the user's files, the reference data and the ontology,
    parsed strictly before anything is written."""
    from .ontology import ontology_document
    from .rdfload import load_collection

    collection = load_collection(files)
    planned: list[tuple[str, str, list]] = [(GRAPH_BASE + "ontology", "ontology", ontology_document().quads)]
    for document in collection.context:
        planned.append((f"{GRAPH_BASE}reference/{document.path.stem}", document.display_path, document.quads))
    from .resources import reference_files

    reference = {path.resolve() for path in reference_files()}
    owners: dict[str, str] = {}
    for document in collection.documents:
        kind = "reference" if document.path.resolve() in reference else "file"
        graph = f"{GRAPH_BASE}{kind}/{_graph_name(document.path)}"
        if graph in owners:
            raise KgError(f"two files would share the graph <{graph}> ({owners[graph]} and "
                          f"{document.display_path}); rename one of them", document.display_path)
        owners[graph] = document.display_path
        planned.append((graph, document.display_path, document.quads))
    return planned


def _graph_name(path: Path) -> str:
    from urllib.parse import quote

    return quote(path.stem, safe="-_.~")


def open_store(path: Path, read_only: bool = False) -> ox.Store:
    shown = str(path)
    if path.exists() and not path.is_dir():
        raise KgError("is a file, not a store directory", shown)
    if read_only:
        if not path.exists():
            raise KgError("no store here; create it with `kg load FILES --store PATH`", shown)
        if not (path / "CURRENT").exists():
            raise KgError("not a kg store (no database files in this directory)", shown)
    elif path.exists() and any(path.iterdir()) and not (path / "CURRENT").exists():
        raise KgError("directory is not empty and holds no store; choose a new or an existing store path", shown)
    try:
        return ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
    except OSError as exc:
        reason = str(exc)
        if "lock" in reason.lower():
            reason = "the store is in use by another process"
        raise KgError(f"cannot open the store: {reason}", shown) from None


def _in_graph(quads, graph: str):
    name = ox.NamedNode(graph)
    return (ox.Quad(q.subject, q.predicate, q.object, name) for q in quads)


def load_store(path: str | Path, files: list[str], clear: bool = False) -> LoadSummary:
    path = Path(path)
    planned = graphs_to_load(files)
    summary_graphs = [LoadedGraph(graph, source, len(quads)) for graph, source, quads in planned]
    if not path.exists() or (path.is_dir() and not any(path.iterdir())):
        _load_new_store(path, planned)
    else:
        store = open_store(path)
        try:
            store.update(_replace_update(planned, clear))
            store.flush()
        except OSError as exc:
            raise KgError(f"cannot write the store: {exc}", str(path)) from None
        finally:
            del store
    store = open_store(path, read_only=True)
    total = len(store)
    graphs = sum(1 for _ in store.named_graphs())
    del store
    return LoadSummary(str(path), summary_graphs, total, graphs)


def _load_new_store(path: Path, planned) -> None:
    """Bulk-load into a sibling directory and rename it into place: an interrupted load leaves
    no store behind, as before."""
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.exists():
        raise KgError(f"directory {parent} does not exist", str(path))
    for leftover in parent.glob(f".{path.name}.loading-*"):  # from a load that was killed
        if not _process_alive(leftover.name.rsplit("-", 1)[-1]):
            shutil.rmtree(leftover, ignore_errors=True)
    staging = parent / f".{path.name}.loading-{os.getpid()}"
    try:
        store = ox.Store(str(staging))
        store.bulk_extend(q for graph, _, quads in planned for q in _in_graph(quads, graph))
        store.flush()
        del store
        if path.exists():
            path.rmdir()  # the empty directory the user named
        os.rename(staging, path)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _process_alive(pid: str) -> bool:
    try:
        os.kill(int(pid), 0)
    except (ValueError, ProcessLookupError):
        return False
    except PermissionError:
        return True
    return True


def _replace_update(planned, clear: bool) -> str:
    """One SPARQL update: applied as one transaction by Oxigraph."""
    parts = ["DROP ALL ;"] if clear else []
    parts += [f"DROP SILENT GRAPH <{graph}> ;" for graph, _, _ in planned]
    parts.append("INSERT DATA {")
    for graph, _, quads in planned:
        parts.append(f"GRAPH <{graph}> {{")
        parts.extend(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
        parts.append("}")
    parts.append("}")
    return "\n".join(parts)


def upload(endpoint_url: str, files: list[str], graph_store: str | None = None, timeout: float = 60.0) -> LoadSummary:
    """Each file to its own graph of a server, with Graph Store Protocol PUT (replace)."""
    from .endpoint import Endpoint

    endpoint = Endpoint(endpoint_url, timeout, graph_store=graph_store)
    planned = graphs_to_load(files)
    for graph, _, quads in planned:
        body = "".join(f"{q.subject} {q.predicate} {q.object} .\n" for q in quads)
        endpoint.put_graph(graph, body.encode("utf-8"))
    return LoadSummary(endpoint.graph_store, [LoadedGraph(g, s, len(q)) for g, s, q in planned])
