"""How nodes are shown to people: a label and a short name, never a raw blank node."""

from __future__ import annotations

import rdflib
from rdflib import RDFS, BNode, Literal, URIRef

from .namespaces import STANDARD_PREFIXES


class Namer:
    """Labels and short names (`budapest:para4`, `actor:Russia`) for the nodes of one graph."""

    def __init__(self, graph: rdflib.Graph, extra_prefixes: dict[str, str] | None = None):
        from .ontology import ontology_graph

        self.graph = graph
        self.ontology = ontology_graph()
        prefixes = dict(STANDARD_PREFIXES)
        for prefix, namespace in graph.namespaces():
            if prefix and str(namespace) not in prefixes.values():
                prefixes.setdefault(prefix, str(namespace))
        prefixes.update(extra_prefixes or {})
        # Longest namespace first, so the most specific prefix wins.
        self._prefixes = sorted(((ns, p) for p, ns in prefixes.items()), key=lambda item: (-len(item[0]), item[1]))

    def short(self, node) -> str:
        if isinstance(node, URIRef):
            text = str(node)
            for namespace, prefix in self._prefixes:
                if text.startswith(namespace) and len(text) > len(namespace):
                    return f"{prefix}:{text[len(namespace):]}"
            return f"<{text}>"
        if isinstance(node, Literal):
            return str(node)
        if isinstance(node, BNode):
            return "(unnamed node)"
        return str(node)

    def label(self, node) -> str:
        if isinstance(node, Literal):
            return str(node)
        found = list(self.graph.objects(node, RDFS.label)) or list(self.ontology.objects(node, RDFS.label))
        labels = sorted(found, key=lambda l: (getattr(l, "language", None) not in (None, "en"), str(l)))
        if labels:
            return str(labels[0])
        if isinstance(node, BNode):
            return "(unnamed node)"
        return self.short(node)

    def both(self, node) -> str:
        """'Russia (actor:Russia)': what a reader recognises, and what they can search for."""
        label, short = self.label(node), self.short(node)
        return label if label == short else f"{label} ({short})"

    def labels(self, nodes) -> list[str]:
        return sorted({self.label(n) for n in nodes}, key=str.casefold)
