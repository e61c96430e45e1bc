"""`kg info`: what an agreement says, at a glance: title, date, form, roles, clauses and their kind."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

from rdflib import RDF, URIRef

from .labels import Namer
from .namespaces import TKG
from .ontology import vocabulary
from .rdfload import Collection, Document

ROLES = [
    ("parties", TKG.party),
    ("guarantors", TKG.guarantor),
    ("assurers", TKG.assurer),
    ("proposed guarantors", TKG.proposedGuarantor),
    ("beneficiaries", TKG.beneficiary),
    ("potential aggressors", TKG.potentialAggressor),
    ("witnesses", TKG.witness),
    ("monitors", TKG.monitor),
    ("mediators", TKG.mediator),
]

# The detail that says most about a provision of each class, shown after its kind.
_DETAIL = {
    TKG.Trigger: [TKG.eventKind],
    TKG.Obligation: [TKG.obligationKind, TKG.strength],
    TKG.Right: [TKG.obligationKind],
    TKG.DecisionRule: [TKG.ruleKind],
    TKG.Deployment: [TKG.deploymentKind, TKG.timing],
    TKG.ForceCap: [TKG.capCategory],
    TKG.Linkage: [TKG.linkageKind],
    TKG.TerritorialScope: [TKG.scopeBasis],
    TKG.Timeline: [TKG.stage],
}


@dataclass
class ClauseSummary:
    article: str
    label: str
    name: str
    line: int | None
    kinds: list[str] = field(default_factory=list)


@dataclass
class AgreementSummary:
    name: str
    label: str
    title: str | None
    file: str
    line: int | None
    legal_form: str | None
    status: str | None
    version: str | None
    dates: dict[str, str]
    roles: dict[str, list[str]]
    clauses: list[ClauseSummary]


def _most_specific_classes(types: set, vocab) -> list:
    own = [t for t in types if t in vocab.classes]
    return [t for t in own if not any(t != o and t in vocab.superclasses.get(o, ()) for o in own)]


def describe_provision(graph, namer: Namer, provision) -> str:
    vocab = vocabulary()
    classes = _most_specific_classes(set(graph.objects(provision, RDF.type)), vocab)
    if not classes:
        return namer.label(provision)
    cls = sorted(classes)[0]
    details = []
    for prop in _DETAIL.get(cls, []):
        details.extend(namer.labels(graph.objects(provision, prop)))
    kind = namer.label(cls)
    return f"{kind} ({', '.join(details)})" if details else kind


def summarise_agreement(collection: Collection, document: Document, agreement: URIRef) -> AgreementSummary:
    graph = collection.graph
    namer = Namer(graph, document.prefixes)

    def one(prop):
        value = graph.value(agreement, prop)
        return None if value is None else namer.label(value)

    def actors(prop):
        # A role stated through a sub-property (a named threat is a potential aggressor) counts too.
        props = [p for p, supers in vocabulary().superproperties.items() if prop in supers]
        return namer.labels({a for p in props for a in graph.objects(agreement, p)})

    clauses = []
    for clause in graph.objects(agreement, TKG.hasClause):
        provisions = list(graph.objects(clause, TKG.provides))
        kinds = sorted({describe_provision(graph, namer, p) for p in provisions}, key=str.casefold)
        clauses.append(
            ClauseSummary(
                article=str(graph.value(clause, TKG.articleId) or ""),
                label=namer.label(clause),
                name=namer.short(clause),
                line=document.line_of(clause),
                kinds=kinds,
            )
        )
    clauses.sort(key=lambda c: (c.line is None, c.line or 0, c.article))
    dates = {
        label: str(graph.value(agreement, prop))
        for label, prop in (("signed", TKG.signedOn), ("in force", TKG.inForceFrom), ("terminated", TKG.terminatedOn))
        if graph.value(agreement, prop) is not None
    }
    return AgreementSummary(
        name=namer.short(agreement),
        label=namer.label(agreement),
        title=one(TKG.title),
        file=document.display_path,
        line=document.line_of(agreement),
        legal_form=one(TKG.legalForm),
        status=one(TKG.status),
        version=one(TKG.versionLabel),
        dates=dates,
        roles={name: actors(prop) for name, prop in ROLES if actors(prop)},
        clauses=clauses,
    )


def summarise(collection: Collection) -> list[AgreementSummary]:
    return [summarise_agreement(collection, doc, agreement) for doc, agreement in collection.agreements()]


def render_text(summaries: list[AgreementSummary]) -> str:
    blocks = []
    for s in summaries:
        lines = [f"{s.label}  [{s.name}]"]
        if s.title and s.title != s.label:
            lines.append(f"  title       {s.title}")
        lines.append(f"  file        {s.file}" + (f":{s.line}" if s.line else ""))
        if s.dates:
            lines.append("  date        " + "; ".join(f"{k} {v}" for k, v in s.dates.items()))
        form = s.legal_form or "(legal form not stated)"
        if s.status:
            form += f", {s.status}"
        lines.append(f"  legal form  {form}")
        if s.version:
            lines.append(f"  version     {s.version}")
        for role, names in s.roles.items():
            lines.append(f"  {role + ':':<21} {', '.join(names)}")
        if "guarantors" not in s.roles:
            lines.append(f"  {'guarantors:':<21} none")
        lines.append(f"  clauses ({len(s.clauses)}):")
        width = max((len(c.article) for c in s.clauses), default=0)
        for c in s.clauses:
            lines.append(f"    {c.article:<{width}}  {c.label}")
            if c.kinds:
                lines.append(f"    {'':<{width}}    {'; '.join(c.kinds)}")
        blocks.append("\n".join(lines))
    if not blocks:
        return "no agreements found (no node of type tkg:Agreement)\n"
    return "\n\n".join(blocks) + "\n"


def render_json(summaries: list[AgreementSummary]) -> str:
    return json.dumps({"version": 1, "agreements": [asdict(s) for s in summaries]}, indent=2, ensure_ascii=False) + "\n"
