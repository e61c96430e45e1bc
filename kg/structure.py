"""Checks on the structure of the graph that a single SPARQL pattern states poorly: loops in the
precondition graph. Their results join the SHACL results as the same kind of finding."""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import URIRef

from .namespaces import TKG
from .shacl import RawResult

_EDGES = f"""
SELECT ?agreement ?from ?to WHERE {{
  ?from <{TKG.requires}> ?to .
  OPTIONAL {{ ?agreement <{TKG.hasClause}>/<{TKG.provides}> ?from . }}
}}"""

CYCLE_SHAPE = URIRef("https://w3id.org/treaty-kg/rules#conditionality-cycle-graph")


def conditionality_cycles(store: ox.Store) -> list[RawResult]:
    """One result per precondition loop, on each provision in it, naming the whole loop."""
    import networkx as nx

    graphs: dict = {}
    for solution in store.query(_EDGES):
        key = solution["agreement"].value if solution["agreement"] is not None else ""
        graphs.setdefault(key, nx.DiGraph()).add_edge(solution["from"].value, solution["to"].value)
    results = []
    for key in sorted(graphs):
        graph = graphs[key]
        for component in sorted(nx.strongly_connected_components(graph), key=lambda c: sorted(c)):
            if len(component) < 2 and not any(graph.has_edge(n, n) for n in component):
                continue
            cycle = _canonical_cycle(nx.find_cycle(graph.subgraph(component)))
            for node in cycle:
                others = cycle[cycle.index(node):] + cycle[:cycle.index(node)]
                bindings = tuple((f"step{i}", URIRef(n)) for i, n in enumerate(others))
                chain = " waits for ".join("{?step%d}" % i for i in range(len(others))) + " waits for {?step0}"
                results.append(RawResult(
                    CYCLE_SHAPE, "conditionality-cycle", "violation", URIRef(node), None, URIRef(str(TKG.requires)),
                    f"Precondition loop: {chain}. None of these can take effect first.", bindings))
    return results


def _canonical_cycle(edges) -> list[str]:
    nodes = [edge[0] for edge in edges]
    start = nodes.index(min(nodes))
    return nodes[start:] + nodes[:start]
