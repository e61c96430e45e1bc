"""A fast evaluator for the SHACL that treaty-kg's shapes use, on pyoxigraph.

The shapes in shapes/ are standard SHACL (core and SHACL-SPARQL) and give the same verdicts
under pySHACL (a test compares the two on every fixture and the whole corpus). This evaluator
exists for speed: pySHACL runs a SPARQL constraint once per focus node in rdflib (about 12 ms
each); here each constraint runs once over the whole graph in pyoxigraph, with $this left
unbound and the target pattern joined in, which yields exactly the per-focus-node solutions.

Supported (anything else in a shape is reported as an error, not silently ignored):
- targets: sh:targetClass (with rdfs:subClassOf*), sh:targetNode, sh:targetSubjectsOf;
- property shapes with an IRI sh:path and sh:minCount, sh:maxCount, sh:class, sh:in, sh:datatype;
- sh:sparql constraints with sh:select and sh:prefixes/sh:declare;
- sh:severity, sh:message (with {?var} and {$this}), sh:deactivated, sh:name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pyoxigraph as ox
import rdflib
from rdflib import RDF, RDFS, BNode, Literal, URIRef

from .errors import KgError
from .rdfload import _to_rdflib

SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
KGR = rdflib.Namespace("https://w3id.org/treaty-kg/rules#")

SEVERITIES = {SH.Violation: "violation", SH.Warning: "warning", SH.Info: "info"}

_SUPPORTED_NODE_SHAPE = {
    RDF.type, SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.property, SH.sparql, SH.severity,
    SH.message, SH.deactivated, SH.name, SH.description, RDFS.label, RDFS.comment, RDFS.seeAlso, KGR.rule,
}
_SUPPORTED_PROPERTY_SHAPE = {
    RDF.type, SH.path, SH.minCount, SH.maxCount, SH["class"], SH["in"], SH.datatype, SH.severity, SH.message,
    SH.name, SH.description, SH.deactivated, RDFS.label, RDFS.comment,
}


@dataclass(frozen=True)
class RawResult:
    """One validation result, before it is dressed up as a finding."""

    shape: URIRef
    rule: str
    severity: str
    focus: object
    value: object
    path: object
    message_template: str
    bindings: tuple = ()  # (variable, term) pairs from the SPARQL solution


# SPARQL leaves the order of GROUP_CONCAT undefined (pyoxigraph's varies between runs); kg sorts
# the parts of every such aggregate so that reports are byte-identical from run to run.
_GROUP_CONCAT = re.compile(r'GROUP_CONCAT\(\s*(?:DISTINCT\s+)?\?\w+\s*;\s*separator\s*=\s*"([^"]*)"\s*\)\s*AS\s+\?(\w+)', re.IGNORECASE)


@dataclass
class CompiledConstraint:
    shape: URIRef
    rule: str
    severity: str
    message: str
    query: str
    source: str  # the shapes file, for error messages
    variables: list[str] = field(default_factory=list)


def _n3(term) -> str:
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, Literal):
        return term.n3()
    raise KgError(f"unsupported term in a shape: {term!r}")


def _target_pattern(graph: rdflib.Graph, shape) -> str:
    patterns = []
    for cls in graph.objects(shape, SH.targetClass):
        patterns.append(f"{{ ?this a/<{RDFS.subClassOf}>* {_n3(cls)} . }}")
    for node in graph.objects(shape, SH.targetNode):
        patterns.append(f"{{ BIND({_n3(node)} AS ?this) }}")
    for prop in graph.objects(shape, SH.targetSubjectsOf):
        patterns.append(f"{{ SELECT DISTINCT ?this WHERE {{ ?this {_n3(prop)} [] }} }}")
    if not patterns:
        return ""
    return " UNION ".join(patterns)


def _prefix_block(graph: rdflib.Graph, constraint) -> str:
    lines = []
    for prefixes in graph.objects(constraint, SH.prefixes):
        for declaration in graph.objects(prefixes, SH.declare):
            prefix = graph.value(declaration, SH.prefix)
            namespace = graph.value(declaration, SH.namespace)
            lines.append(f"PREFIX {prefix}: <{namespace}>")
    return "\n".join(sorted(set(lines)))


_THIS = re.compile(r"\$this\b")
# SHACL 1.0, 5.3.1: a SPARQL constraint's query must not use MINUS, VALUES or federated SERVICE
# (pre-binding $this is undefined there); pySHACL refuses such shapes, so kg does too.
_FORBIDDEN_IN_SHACL_SPARQL = re.compile(r"\b(MINUS|VALUES|SERVICE)\b", re.IGNORECASE)
_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


def _severity(graph, shape, default=SH.Violation) -> str:
    return SEVERITIES.get(graph.value(shape, SH.severity) or default, "violation")


def _rule_of(graph, shape) -> str:
    rule = graph.value(shape, KGR.rule)
    if rule is None:
        return str(shape).rsplit("#", 1)[-1]
    return str(rule).rsplit("#", 1)[-1]


def compile_shapes(graph: rdflib.Graph, source_of) -> list[CompiledConstraint]:
    """Turn every active shape into SPARQL SELECT queries returning ?this (+ ?value, ?path)."""
    compiled: list[CompiledConstraint] = []
    node_shapes = sorted(set(graph.subjects(RDF.type, SH.NodeShape)), key=str)
    for shape in node_shapes:
        if graph.value(shape, SH.deactivated) == Literal(True):
            continue
        source = source_of(shape)
        unsupported = {p for p in graph.predicates(shape, None)} - _SUPPORTED_NODE_SHAPE
        if unsupported:
            raise KgError(f"shape {shape} uses SHACL features kg does not evaluate: {', '.join(sorted(map(str, unsupported)))}", source)
        target = _target_pattern(graph, shape)
        if not target:
            raise KgError(f"shape {shape} has no target (sh:targetClass, sh:targetNode or sh:targetSubjectsOf)", source)
        rule, severity = _rule_of(graph, shape), _severity(graph, shape)
        shape_message = str(graph.value(shape, SH.message) or "")
        for constraint in sorted(graph.objects(shape, SH.sparql), key=str):
            select = str(graph.value(constraint, SH.select) or "")
            if not select:
                raise KgError(f"SPARQL constraint of {shape} has no sh:select", source)
            forbidden = _FORBIDDEN_IN_SHACL_SPARQL.search(re.sub(r'"[^"\n]*"', '""', select))
            if forbidden:
                raise KgError(f"SPARQL constraint of {shape} uses {forbidden.group(1).upper()}, which SHACL forbids in constraints "
                              "(use FILTER (?x IN (...)) or FILTER NOT EXISTS instead)", source)
            if not _WHERE.search(select):
                raise KgError(f"SPARQL constraint of {shape}: write the query as SELECT ... WHERE {{ ... }}", source)
            body = _THIS.sub("?this", select)
            body = _WHERE.sub(lambda m: f"{m.group(0)} {target} ", body, count=1)
            message = str(graph.value(constraint, SH.message) or shape_message)
            compiled.append(CompiledConstraint(shape, rule, _severity(graph, constraint, graph.value(shape, SH.severity) or SH.Violation),
                                               message, _prefix_block(graph, constraint) + "\n" + body, source))
        for prop_shape in sorted(graph.objects(shape, SH.property), key=str):
            compiled.extend(_compile_property_shape(graph, shape, prop_shape, target, rule, severity, shape_message, source))
    return compiled


def _compile_property_shape(graph, shape, prop_shape, target, rule, severity, shape_message, source):
    unsupported = {p for p in graph.predicates(prop_shape, None)} - _SUPPORTED_PROPERTY_SHAPE
    if unsupported:
        raise KgError(f"property shape of {shape} uses SHACL features kg does not evaluate: {', '.join(sorted(map(str, unsupported)))}", source)
    if graph.value(prop_shape, SH.deactivated) == Literal(True):
        return []
    path = graph.value(prop_shape, SH.path)
    if not isinstance(path, URIRef):
        raise KgError(f"property shape of {shape}: kg evaluates only IRI paths", source)
    severity = _severity(graph, prop_shape, graph.value(shape, SH.severity) or SH.Violation)
    message = str(graph.value(prop_shape, SH.message) or shape_message)
    p = _n3(path)
    queries = []
    min_count = graph.value(prop_shape, SH.minCount)
    if min_count is not None:
        queries.append(f"SELECT ?this WHERE {{ {target} OPTIONAL {{ ?this {p} ?v }} }} GROUP BY ?this HAVING (COUNT(DISTINCT ?v) < {int(min_count)})")
    max_count = graph.value(prop_shape, SH.maxCount)
    if max_count is not None:
        queries.append(f"SELECT ?this WHERE {{ {target} ?this {p} ?v }} GROUP BY ?this HAVING (COUNT(DISTINCT ?v) > {int(max_count)})")
    cls = graph.value(prop_shape, SH["class"])
    if cls is not None:
        queries.append(f"SELECT ?this ?value WHERE {{ {target} ?this {p} ?value . FILTER NOT EXISTS {{ ?value a/<{RDFS.subClassOf}>* {_n3(cls)} }} }}")
    allowed = graph.value(prop_shape, SH["in"])
    if allowed is not None:
        members = " ".join(_n3(m) for m in rdflib.collection.Collection(graph, allowed))
        queries.append(f"SELECT ?this ?value WHERE {{ {target} ?this {p} ?value . FILTER (?value NOT IN ({members.replace(' ', ', ')})) }}")
    datatype = graph.value(prop_shape, SH.datatype)
    if datatype is not None:
        queries.append(f"SELECT ?this ?value WHERE {{ {target} ?this {p} ?value . FILTER (!isLiteral(?value) || datatype(?value) != {_n3(datatype)}) }}")
    return [CompiledConstraint(shape, rule, severity, message, q, source) for q in queries]


def _from_ox(term):
    return None if term is None else _to_rdflib(term)


def _canonical(term, separator: str | None):
    if separator and isinstance(term, Literal) and term.datatype is None and not term.language:
        return Literal(separator.join(sorted(str(term).split(separator))))
    return term


def evaluate(store: ox.Store, constraints: list[CompiledConstraint]) -> list[RawResult]:
    results: list[RawResult] = []
    for constraint in constraints:
        try:
            solutions = store.query(constraint.query)
        except SyntaxError as exc:
            raise KgError(f"SPARQL error in shape {constraint.shape}: {exc}", constraint.source) from None
        variables = [v.value for v in solutions.variables]
        concatenated = {name: separator for separator, name in _GROUP_CONCAT.findall(constraint.query)}
        for solution in solutions:
            bindings = tuple((name, _canonical(_from_ox(solution[name]), concatenated.get(name)))
                             for name in variables if solution[name] is not None)
            values = dict(bindings)
            results.append(RawResult(constraint.shape, constraint.rule, constraint.severity, values.get("this"),
                                     values.get("value"), values.get("path"), constraint.message, bindings))
    return results
