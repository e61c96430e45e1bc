"""Views of drafts as graphs a person can read: networkx MultiDiGraphs built from a Collection
and the findings of `kg check`, ready for any of the writers.

- `clauses` (default): agreements, clauses, provisions (guarantees, triggers, decision rules,
  obligations, deployments, caps, verifiers, linkages ...), the actors, bodies and territories
  they name, and the stated positions they cross. Edges are named by the relation
  ("guarantees", "obliges", "can-veto", "deploys-to", "crosses-red-line" ...); enumerated values
  and literal facts become node attributes.
- `actors`: actors only, and who guarantees, threatens, must act for, or can block whom.
- `raw`: every triple of the files given, literals included.

The attributes of nodes and edges are described in builder.py.
"""

from __future__ import annotations

import re
from pathlib import Path

import networkx as nx
from rdflib import RDF, BNode, Literal, URIRef

from ..namespaces import TKG
from . import style
from .builder import ENTITY_KINDS, PATTERN_PROPERTIES, ROLE_MEMBERS, Builder, Source, local_name

VIEWS = ("clauses", "actors", "raw")

BLOCKING_RULE_KINDS = (TKG.Unanimity, TKG.Consensus, TKG.MutualAgreement)
GATING_ACTIONS = (TKG.Activation, TKG.DeploymentConsent, TKG.Renewal, TKG.TriggerDetermination,
                  TKG.EnforcementMeasures)
THREAT_PROPERTIES = (TKG.namedThreat, TKG.designatedThreat, TKG.potentialAggressor)

# property: (relation, drawn from the object to the subject?)
RELATIONS = {
    TKG.hasClause: ("has-clause", False),
    TKG.provides: ("provides", False),
    TKG.party: ("party-to", True),
    TKG.signatory: ("signed", True),
    TKG.guarantor: ("guarantees", True),
    TKG.assurer: ("assures", True),
    TKG.proposedGuarantor: ("proposed-guarantor-of", True),
    TKG.beneficiary: ("protects", False),
    TKG.namedThreat: ("guards-against", False),
    TKG.designatedThreat: ("guards-against", False),
    TKG.potentialAggressor: ("guards-against", False),
    TKG.witness: ("witnesses", True),
    TKG.monitor: ("monitors", True),
    TKG.mediator: ("mediates", True),
    TKG.variantOf: ("variant-of", False),
    TKG.buildsOn: ("builds-on", False),
    TKG.amends: ("amends", False),
    TKG.supersedes: ("supersedes", False),
    TKG.refersTo: ("refers-to", False),
    TKG.hasDuration: ("has-duration", False),
    TKG.hasTrigger: ("triggered-by", False),
    TKG.activatedBy: ("activated-by", False),
    TKG.hasObligation: ("has-obligation", False),
    TKG.hasRight: ("has-right", False),
    TKG.bearer: ("obliges", False),
    TKG.protects: ("protects", False),
    TKG.towards: ("towards", False),
    TKG.hasScope: ("has-scope", False),
    TKG.terminatesOn: ("ends-if", False),
    TKG.hasTimeline: ("within", False),
    TKG.hasFunding: ("funded-by", False),
    TKG.hasCondition: ("conditioned-on", False),
    TKG.dependsOnBody: ("depends-on", False),
    TKG.determinedBy: ("determines", True),
    TKG.determinationRule: ("determined-by", False),
    TKG.decidingBody: ("decides", True),
    TKG.voter: ("votes-in", True),
    TKG.recusedVoter: ("recused-from", True),
    TKG.contributor: ("contributes-to", True),
    TKG.host: ("deploys-to", False),
    TKG.zone: ("in-zone", False),
    TKG.commandedBy: ("commanded-by", False),
    TKG.consentRule: ("consent-by", False),
    TKG.capSubject: ("caps", False),
    TKG.capsDeployment: ("caps", False),
    TKG.proposedBy: ("proposes", True),
    TKG.verifiedBy: ("verifies", True),
    TKG.verifyingBody: ("staffs", True),
    TKG.composition: ("sits-on", True),
    TKG.reportsTo: ("reports-to", False),
    TKG.verificationRule: ("decides-by", False),
    TKG.renewalRule: ("renewal-by", False),
    TKG.causableBy: ("can-cause", True),
    TKG.concernsTerritory: ("concerns", False),
    TKG.includesTerritory: ("covers", False),
    TKG.excludesTerritory: ("excludes", False),
    TKG.concerns: ("concerns", False),
    TKG.controlledBy: ("controls", True),
    TKG.responsible: ("responsible", False),
    TKG.requires: ("requires", False),
    TKG.conditionActor: ("concerns", False),
    TKG.conditionTerritory: ("concerns", False),
    TKG.heldByActor: ("held-by", False),
    TKG.observes: ("observes", False),
}


def clause_view(source: Source) -> nx.MultiDiGraph:
    b = Builder(source, "clauses")
    statements = sorted((s for s in b.user_subjects if isinstance(s, (URIRef, BNode))
                         and b.kind_of(s) not in ENTITY_KINDS), key=str)
    for subject in statements:
        b.add_node(subject)

    def target_key(subject, value):
        """The node `value` stands for, adding actors, bodies, territories and roles on first use;
        None when the view has no node for it (an agreement or provision not loaded)."""
        if value in ROLE_MEMBERS:
            key = b.role_key(value, subject)
            return b.add_node(key, term=value, kind="role")
        if value in b.nodes:
            return value
        if b.kind_of(value) in ENTITY_KINDS:
            return b.add_node(value)
        return None

    for subject in statements:
        agreements = b.agreements_of(subject)
        agreement = b.agreement_name(agreements)
        subject_kind = b.kind_of(subject)
        for prop, value in sorted(b.graph.predicate_objects(subject), key=lambda pv: (str(pv[0]), str(pv[1]))):
            if isinstance(value, Literal) or prop == RDF.type or prop in PATTERN_PROPERTIES:
                continue
            if b.is_enumeration_value(value) or prop not in RELATIONS and not str(prop).startswith(str(TKG)):
                continue
            key = target_key(subject, value)
            if key is None:
                continue
            relation, reverse = RELATIONS.get(prop, (_kebab(local_name(prop)), False))
            if prop == TKG.bearer and subject_kind == "right":
                relation = "entitles"
            if prop == TKG.zone and subject_kind == "deployment":
                relation = "deploys-to"
            if reverse:
                b.add_edge(key, relation, subject, agreement, prop, triple=(subject, prop, value))
            else:
                b.add_edge(subject, relation, key, agreement, prop, triple=(subject, prop, value))
        if subject_kind == "decision-rule":
            _veto_edges(b, subject, agreement)

    for focus, relation, position in source.position_links:
        if focus not in b.nodes:
            continue
        b.add_node(position)
        b.add_edge(focus, relation, position, b.agreement_name(b.agreements_of(focus)), derived=True,
                   via=[(focus, b.short(position))])
        holder = b.graph.value(position, TKG.heldByActor)
        if holder is not None:
            b.add_edge(position, "held-by", b.add_node(holder), "", TKG.heldByActor,
                       triple=(position, TKG.heldByActor, holder))

    for body in sorted((k for k in b.nodes if isinstance(k, URIRef) and b.nodes[k]["kind"] == "body"), key=str):
        for holder in sorted(b.graph.objects(body, TKG.vetoHolder), key=str):
            b.add_edge(b.add_node(holder), "can-veto", body, "", TKG.vetoHolder, triple=(body, TKG.vetoHolder, holder))
    return b.finish(_title(b, "clauses and provisions"))


def _veto_edges(b: Builder, rule, agreement: str) -> None:
    """Who can block a rule that needs everyone's agreement: every voter, roles and
    organisations expanded, except those recused."""
    if not any((rule, TKG.ruleKind, kind) in b.graph for kind in BLOCKING_RULE_KINDS):
        return
    recused = set(b.graph.objects(rule, TKG.recusedVoter))
    blockers = {actor for voter in b.graph.objects(rule, TKG.voter) for actor in b.expand(voter, rule)} - recused
    for actor in sorted(blockers, key=str):
        b.add_edge(b.add_node(actor), "can-veto", rule, agreement, derived=True, via=[(rule, b.short(actor))])


def actor_view(source: Source) -> nx.MultiDiGraph:
    b = Builder(source, "actors")
    g = b.graph

    def link(source_actor, relation, target_actor, agreement, provision=None, named: bool = False):
        """An edge between two actors; `provision` is where it comes from, and `named` means
        only the findings on it that name the source actor concern this edge."""
        if source_actor == target_actor:
            return
        if b.kind_of(source_actor) in ("role",) or b.kind_of(target_actor) in ("role",):
            return
        via = [(provision, b.short(source_actor) if named else None)] if provision is not None else []
        b.add_edge(b.add_node(source_actor), relation, b.add_node(target_actor), b.short(agreement), derived=True,
                   via=via)

    for _, agreement in b.collection.agreements():
        beneficiaries = sorted(g.objects(agreement, TKG.beneficiary), key=str)
        for prop, relation in ((TKG.guarantor, "guarantees"), (TKG.assurer, "assures"),
                               (TKG.proposedGuarantor, "proposed-guarantor-for")):
            for actor in sorted(g.objects(agreement, prop), key=str):
                for beneficiary in beneficiaries:
                    link(actor, relation, beneficiary, agreement)
        for prop in THREAT_PROPERTIES:
            for threat in sorted(g.objects(agreement, prop), key=str):
                for beneficiary in beneficiaries:
                    link(threat, "threatens", beneficiary, agreement)
        provisions = sorted({p for c in g.objects(agreement, TKG.hasClause) for p in g.objects(c, TKG.provides)}, key=str)
        for provision in provisions:
            kind = b.kind_of(provision)
            protected = _protected(b, provision, agreement, beneficiaries)
            if kind == "obligation":
                bearers = {a for bearer in g.objects(provision, TKG.bearer) for a in b.expand(bearer, provision)}
                for bearer in sorted(bearers, key=str):
                    for actor in protected:
                        link(bearer, "must-act-for", actor, agreement, provision)
                for body in sorted(g.objects(provision, TKG.dependsOnBody), key=str):
                    for holder in sorted(g.objects(body, TKG.vetoHolder), key=str):
                        for actor in protected:
                            link(holder, "can-block", actor, agreement, provision, named=True)
            if kind == "decision-rule" and _gates_the_guarantee(b, provision):
                if any((provision, TKG.ruleKind, k) in g for k in BLOCKING_RULE_KINDS):
                    recused = set(g.objects(provision, TKG.recusedVoter))
                    voters = {a for v in g.objects(provision, TKG.voter) for a in b.expand(v, provision)} - recused
                    for voter in sorted(voters, key=str):
                        for actor in protected:
                            link(voter, "can-block", actor, agreement, provision, named=True)
                for body in sorted(g.objects(provision, TKG.decidingBody), key=str):
                    for holder in sorted(g.objects(body, TKG.vetoHolder), key=str):
                        for actor in protected:
                            link(holder, "can-block", actor, agreement, provision, named=True)
    return b.finish(_title(b, "actors: who guarantees, threatens, must act for, can block whom"))


def _protected(b: Builder, provision, agreement, beneficiaries) -> list:
    """Whom a provision protects: its own tkg:protects, or its guarantee's, or the agreement's
    beneficiaries; role references expanded."""
    g = b.graph
    direct = set(g.objects(provision, TKG.protects))
    if not direct:
        for prop in (TKG.hasObligation, TKG.activatedBy, TKG.hasRight):
            for guarantee in g.subjects(prop, provision):
                direct |= set(g.objects(guarantee, TKG.protects))
    actors = {a for p in direct for a in b.expand(p, provision)} if direct else set(beneficiaries)
    return sorted(actors, key=str)


def _gates_the_guarantee(b: Builder, rule) -> bool:
    g = b.graph
    if any((rule, TKG.gates, action) in g for action in GATING_ACTIONS):
        return True
    return any((None, prop, rule) in g for prop in (TKG.activatedBy, TKG.consentRule, TKG.renewalRule,
                                                     TKG.determinationRule))


def raw_view(source: Source) -> nx.MultiDiGraph:
    b = Builder(source, "raw")
    for document in b.collection.documents:
        for subject, prop, value in document.graph:
            s = b.add_node(subject, label=b.short(subject) if isinstance(subject, URIRef) else None)
            if isinstance(value, Literal):
                o = b.add_node(value, label=style.wrap(str(value), 60, 4).replace("\n", " "))
            else:
                o = b.add_node(value, label=b.short(value) if isinstance(value, URIRef) else None)
            b.add_edge(s, b.short(prop), o, "", prop)
    return b.finish(_title(b, "every triple"))


def _kebab(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"-\1", name).lower()


def _title(b: Builder, what: str) -> str:
    labels = [b.label(a) for _, a in b.collection.agreements()]
    if len(labels) == 1:
        head = labels[0]
    elif labels:
        head = f"{len(labels)} agreements"
    else:
        head = ", ".join(Path(d.display_path).name for d in b.collection.documents)
    return f"{head}: {what}"


def build_view(source: Source, view: str = "clauses") -> nx.MultiDiGraph:
    from ..errors import KgError

    builders = {"clauses": clause_view, "actors": actor_view, "raw": raw_view}
    if view not in builders:
        raise KgError(f"unknown view {view!r}; choose one of {', '.join(VIEWS)}")
    return builders[view](source)
