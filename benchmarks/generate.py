#!/usr/bin/env python3
"""Generate a large, realistic synthetic treaty-kg corpus for benchmarking SPARQL queries and `kg`.

    python benchmarks/generate.py --agreements 5000 --seed 1 --out /tmp/gen-corpus

or, from Python (benchmarks/ is not a package: put it on sys.path first):

    from generate import generate_corpus, write_corpus
    files = generate_corpus(200, seed=1)          # [(relative path, Turtle text), ...]
    write_corpus("/tmp/gen-corpus", 200, seed=1)  # the same files, written to disk

Layout of the output directory
------------------------------
    agreements/gen-00000.ttl ... gen-NNNNN.ttl   one agreement per file (see below)
    context/gen-reference.ttl                    generated actors, bodies and territories
    context/gen-positions.ttl                    stated positions (red lines, requirements ...)

One agreement per file, because that is how the real corpus is written (docs/modelling-guide.md:
"one agreement (one version of one text) per file") and how `kg` reads it: every file is parsed
strictly on its own, indexed for subject lines, and findings are traced back to their document.
A benchmark that loads 5000 files therefore pays the same per-file costs a user's corpus directory
would. `--per-file K` groups K agreements per file for bulk-loading experiments.

The context files mirror corpus/reference and corpus/positions: generated actors that the real
reference data lacks (fictional states, their organisations, regional councils with veto holders
and voting rules, occupied and contested territories) and positions held by real and generated
actors. Agreement files refer to them but stay loadable alone:

    kg check OUT/agreements/gen-00042.ttl                       # reference data only
    kg check OUT/agreements --positions OUT/context             # with generated context

Content
-------
Each agreement is drawn from one of nine designs modelled on the real corpus (Istanbul-style
multilateral guarantee, UK-Ukraine-style bilateral co-operation, Budapest-style assurance
memorandum, NATO/ANZUS-style mutual defence, Minsk-style settlement package, 2025-style
reassurance force, TRA-style ambiguity statute, London-1839-style neutrality guarantee, G7-style
declaration) in one of several theatres (Ukraine/Russia, Taiwan, Japan, the Baltic states,
Sinai, and ten fictional dyads). Sound and flawed choices are mixed in realistic proportions:
unanimity with the aggressor voting, Security Council dependencies, individual determination,
missing timelines, deployments without function or command, caps without verification,
precondition chains and a few loops. Agreements occasionally build on, vary, amend, supersede or
refer to earlier ones. Only terms defined in ontology/treaty-kg.ttl are used. Texts are
paraphrases in parentheses and every clause says it is synthetic.

Deterministic: the same N and seed give byte-identical files (random.Random seeded with strings,
which Python hashes with SHA-512, never with the per-process hash; no clock; no set iteration).
Agreement i depends only on (seed, i), so a corpus of N agreements is a prefix of one of M > N.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import time
from pathlib import Path

SALT = "treaty-kg-benchmark-generator-v1"
CORPUS_NS = "https://w3id.org/treaty-kg/corpus/"
GENREF_NS = CORPUS_NS + "gen-reference/"
GENPOS_NS = CORPUS_NS + "gen-positions/"
STANDARD_PREFIXES = {
    "tkg": "https://w3id.org/treaty-kg/ontology#",
    "actor": "https://w3id.org/treaty-kg/actor/",
    "territory": "https://w3id.org/treaty-kg/territory/",
    "genref": GENREF_NS,
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "dcterms": "http://purl.org/dc/terms/",
}
REAL_AGREEMENTS = {  # agreements of the real corpus a generated text may refer to
    "un": ("un-charter", "UN Charter"),
    "nato": ("nato-1949", "NATO 1949"),
    "budapest": ("budapest-1994", "Budapest Memorandum 1994"),
    "minsk": ("minsk-ii-2015", "Minsk II 2015"),
}
SOURCE = "treaty-kg synthetic benchmark corpus (benchmarks/generate.py, seed {seed}); not a real text"


def rng_for(seed: int | str, *parts) -> random.Random:
    """A private random stream for one purpose. String seeds are hashed with SHA-512 by
    random.Random, so the stream does not depend on PYTHONHASHSEED or the platform."""
    return random.Random(":".join([SALT, str(seed), *map(str, parts)]))


def pick(r: random.Random, weighted):
    """One value of [(value, weight), ...] or {value: weight}."""
    items = list(weighted.items()) if isinstance(weighted, dict) else list(weighted)
    total = sum(w for _, w in items)
    x = r.random() * total
    for value, weight in items:
        x -= weight
        if x < 0:
            return value
    return items[-1][0]


def chance(r: random.Random, p: float) -> bool:
    return r.random() < p


def unique(values):
    seen, out = set(), []
    for v in values:
        if v is not None and v not in seen:
            seen.add(v)
            out.append(v)
    return out


# ---------------------------------------------------------------------------------------------
# Turtle writing
# ---------------------------------------------------------------------------------------------

def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")


def s(text: str) -> str:
    return f'"{_escape(text)}"'


def en(text: str) -> str:
    return f'"{_escape(text)}"@en'


def date(y: int, m: int, d: int) -> str:
    return f'"{y:04d}-{m:02d}-{d:02d}"^^xsd:date'


def dec(value) -> str:
    return f'"{value}"^^xsd:decimal'


def boolean(value: bool) -> str:
    return "true" if value else "false"


class Node:
    """One subject written at column 0 with its predicates indented (the corpus layout)."""

    __slots__ = ("subject", "props")

    def __init__(self, subject: str, rdf_type: str, label: str):
        self.subject = subject
        self.props: dict[str, list[str]] = {"a": [rdf_type], "rdfs:label": [en(label)]}

    def add(self, predicate: str, *objects):
        values = [o for o in objects if o is not None]
        if values:
            bucket = self.props.setdefault(predicate, [])
            for v in values:
                if v not in bucket:
                    bucket.append(v)
        return self

    def has(self, predicate: str) -> bool:
        return predicate in self.props

    def render(self) -> str:
        parts = [f"{p} {', '.join(o)}" for p, o in self.props.items()]
        return f"{self.subject} " + " ;\n    ".join(parts) + " .\n"


def render_prefixes(prefixes: dict[str, str]) -> str:
    width = max(len(p) for p in prefixes) + 2
    return "".join(f"@prefix {(p + ':').ljust(width)}<{ns}> .\n" for p, ns in prefixes.items())


# ---------------------------------------------------------------------------------------------
# The world: real reference actors and territories, plus generated ones
# ---------------------------------------------------------------------------------------------

# Real actors of corpus/reference (IRI -> label, kind). Kind decides where an actor may appear:
# only bodies may decide as a body (tkg:decidingBody, tkg:dependsOnBody have range tkg:Body).
REAL_ACTORS = {
    "actor:Ukraine": ("Ukraine", "state"), "actor:Russia": ("Russia", "state"),
    "actor:UnitedStates": ("the United States", "state"), "actor:UnitedKingdom": ("the United Kingdom", "state"),
    "actor:France": ("France", "state"), "actor:China": ("China", "state"), "actor:Germany": ("Germany", "state"),
    "actor:Turkey": ("Turkey", "state"), "actor:Canada": ("Canada", "state"), "actor:Italy": ("Italy", "state"),
    "actor:Poland": ("Poland", "state"), "actor:Israel": ("Israel", "state"), "actor:Belarus": ("Belarus", "state"),
    "actor:Australia": ("Australia", "state"), "actor:NewZealand": ("New Zealand", "state"),
    "actor:Japan": ("Japan", "state"), "actor:Egypt": ("Egypt", "state"), "actor:Netherlands": ("the Netherlands", "state"),
    "actor:Denmark": ("Denmark", "state"), "actor:Estonia": ("Estonia", "state"), "actor:Finland": ("Finland", "state"),
    "actor:Latvia": ("Latvia", "state"), "actor:Lithuania": ("Lithuania", "state"), "actor:Norway": ("Norway", "state"),
    "actor:Romania": ("Romania", "state"), "actor:Spain": ("Spain", "state"), "actor:Sweden": ("Sweden", "state"),
    "actor:SouthKorea": ("South Korea", "state"), "actor:India": ("India", "state"),
    "actor:UnitedArabEmirates": ("the United Arab Emirates", "state"), "actor:Kazakhstan": ("Kazakhstan", "state"),
    "actor:Taiwan": ("Taiwan", "actor"), "actor:CertainAreasDonetskLuhansk": ("the representatives of certain areas of Donetsk and Luhansk", "nonstate"),
    "actor:NATO": ("NATO", "org"), "actor:EU": ("the European Union", "org"), "actor:G7": ("the G7", "coalition"),
    "actor:UN": ("the United Nations", "org"), "actor:OSCE": ("the OSCE", "org"), "actor:CSTO": ("the CSTO", "org"),
    "actor:MFO": ("the Multinational Force and Observers", "org"),
    "actor:CoalitionOfTheWilling": ("the European coalition of the willing", "coalition"),
    "actor:UNSecurityCouncil": ("the UN Security Council", "body"), "actor:UNGeneralAssembly": ("the UN General Assembly", "body"),
    "actor:NorthAtlanticCouncil": ("the North Atlantic Council", "body"), "actor:OSCEPermanentCouncil": ("the OSCE Permanent Council", "body"),
    "actor:TrilateralContactGroup": ("the Trilateral Contact Group", "body"), "actor:EUCouncil": ("the Council of the EU", "body"),
    "actor:ContingentVerificationCommission": ("the contingent verification commission", "body"),
}
REAL_TERRITORIES = {
    "territory:Ukraine": "Ukraine within its recognised borders", "territory:UkraineControlled": "Ukrainian-controlled territory",
    "territory:UkraineRearAreas": "the rear areas of Ukrainian-controlled territory", "territory:Crimea": "Crimea",
    "territory:Sevastopol": "Sevastopol", "territory:OccupiedDonetsk": "the occupied areas of Donetsk oblast",
    "territory:OccupiedLuhansk": "the occupied areas of Luhansk oblast", "territory:OccupiedSouth": "the occupied south",
    "territory:MinskSecurityZone50km": "the 50 km security zone", "territory:MinskSecurityZone70km": "the 70 km security zone",
    "territory:MinskSecurityZone140km": "the 140 km security zone", "territory:Taiwan": "Taiwan", "territory:Pescadores": "the Pescadores",
    "territory:Kinmen": "Kinmen", "territory:Matsu": "Matsu", "territory:JapanAdministered": "the territories under Japan's administration",
    "territory:SenkakuIslands": "the Senkaku Islands", "territory:NorthernTerritories": "the Northern Territories",
    "territory:Takeshima": "Takeshima", "territory:PacificArea": "the Pacific Area",
    "territory:NorthAtlanticTreatyArea": "the North Atlantic Treaty area", "territory:SinaiZoneA": "Sinai Zone A",
    "territory:SinaiZoneB": "Sinai Zone B", "territory:SinaiZoneC": "Sinai Zone C", "territory:IsraelZoneD": "Zone D in Israel",
    "territory:EUMemberStatesTerritory": "the territory of the EU member states",
}

FICTIONAL_STATES = [
    "Aldovia", "Belmora", "Caspiria", "Dravonia", "Eskaria", "Fervania", "Gorlandia", "Halvoria", "Irvania",
    "Jastrovia", "Kelmaria", "Lorvany", "Morvania", "Nostria", "Orvalia", "Pellaria", "Quorvia", "Rastavia",
    "Sorvalia", "Tarvonia", "Ulmaria", "Varnesia", "Wendmark", "Yrvania", "Zaldoria", "Carvelle", "Ostrenia",
    "Brevania", "Marventa", "Thessary",
]
FICTIONAL_REGIONS = [
    "Northern Marches", "Amber Coast", "Silver Gulf", "Eastern Steppe", "Karst Highlands",
    "Inner Sea", "Western Isles", "River Delta", "Ash Plateau", "Salt Lakes",
]
EXTERNAL_POWERS = [
    "actor:UnitedStates", "actor:UnitedKingdom", "actor:France", "actor:Turkey", "actor:India",
    "actor:UnitedArabEmirates", "actor:Japan", "actor:Australia", "actor:Canada", "actor:Germany", "actor:Italy",
]


class Theatre:
    """A conflict dyad: who is protected, against whom, who could guarantee, which bodies and
    territories matter. Agreements of a theatre draw their actors from it."""

    def __init__(self, key, weight, ben, threats, partners, pool, orgs, bodies, verifiers, home, years,
                 controlled=None, rear=None, occupied=(), contested=(), excludable=(), zones=(), region=None,
                 proxies=(), threat_orgs=(), renewal_refs=(), places=("Geneva",), commission=None,
                 bens=None):
        self.key, self.weight, self.ben, self.threats = key, weight, ben, list(threats)
        self.bens = list(bens) if bens else [ben]
        self.partners, self.pool, self.orgs = list(partners), list(pool), list(orgs)
        self.bodies, self.verifiers, self.home, self.years = list(bodies), list(verifiers), home, years
        self.controlled, self.rear, self.occupied = controlled, rear, list(occupied)
        self.contested, self.excludable, self.zones = list(contested), list(excludable), list(zones)
        self.region, self.proxies, self.threat_orgs = region, list(proxies), list(threat_orgs)
        self.renewal_refs, self.places, self.commission = list(renewal_refs), list(places), commission


class World:
    """Real theatres plus generated ones; the generated actors and territories are written to
    context/gen-reference.ttl. Built from the seed alone, so it is the same for every N."""

    def __init__(self, seed):
        self.seed = seed
        r = rng_for(seed, "world")
        self.labels: dict[str, str] = {k: v[0] for k, v in REAL_ACTORS.items()}
        self.kinds: dict[str, str] = {k: v[1] for k, v in REAL_ACTORS.items()}
        self.labels.update(REAL_TERRITORIES)
        self.reference_nodes: list[Node] = []
        self.theatres: list[Theatre] = self._real_theatres()
        names = FICTIONAL_STATES[:]
        r.shuffle(names)
        regions = FICTIONAL_REGIONS[:]
        r.shuffle(regions)
        generated = [self._generated_theatre(r, k, names, regions[k]) for k in range(10)]
        for k, theatre in enumerate(generated):  # neighbours may guarantee each other
            theatre.pool += [generated[(k + 1) % 10].ben, generated[(k + 3) % 10].ben]
        self.theatres += generated
        self.positions = self._positions()

    # -- real theatres ---------------------------------------------------------------------
    def _baltic(self, state: str, code: str) -> Theatre:
        name = self.labels[state]
        home = self._territory(f"{code}-territory", f"{name} within its recognised borders", status="tkg:Recognised",
                               part_of=state, held_by=state)
        border = self._territory(f"{code}-border-district", f"the eastern border districts of {name}", status="tkg:Recognised",
                                 part_of=state, held_by=state, within=home)
        return Theatre(
            f"baltic-{code}", 4, state, ["actor:Russia"], ["actor:Belarus", "actor:China"],
            ["actor:UnitedStates", "actor:UnitedKingdom", "actor:Germany", "actor:France", "actor:Poland", "actor:Canada",
             "actor:Netherlands", "actor:Denmark", "actor:Norway", "actor:Sweden", "actor:Finland"],
            ["actor:NATO", "actor:EU"], ["actor:UNSecurityCouncil", "actor:NorthAtlanticCouncil", "actor:EUCouncil"],
            ["actor:NATO", "actor:UN", "actor:OSCE"], home, (1994, 2026), zones=[border], rear=border,
            region="territory:NorthAtlanticTreatyArea", threat_orgs=["actor:CSTO"],
            renewal_refs=["actor:NAC-consensus", "actor:EU-CSDP-unanimity"], places=["Brussels", "Vilnius", "Tallinn", "Riga", "Warsaw"])

    def _real_theatres(self) -> list[Theatre]:
        ukraine = Theatre(
            "ukraine", 30, "actor:Ukraine", ["actor:Russia"], ["actor:Belarus", "actor:China"],
            ["actor:UnitedKingdom", "actor:France", "actor:Germany", "actor:Poland", "actor:UnitedStates", "actor:Italy",
             "actor:Canada", "actor:Turkey", "actor:Netherlands", "actor:Denmark", "actor:Sweden", "actor:Finland",
             "actor:Norway", "actor:Estonia", "actor:Latvia", "actor:Lithuania"],
            ["actor:NATO", "actor:EU", "actor:CoalitionOfTheWilling", "actor:G7"],
            ["actor:UNSecurityCouncil", "actor:OSCEPermanentCouncil", "actor:UNGeneralAssembly", "actor:TrilateralContactGroup"],
            ["actor:OSCE", "actor:ContingentVerificationCommission", "actor:UN"], "territory:Ukraine", (2014, 2026),
            controlled="territory:UkraineControlled", rear="territory:UkraineRearAreas",
            occupied=["territory:Crimea", "territory:Sevastopol", "territory:OccupiedDonetsk", "territory:OccupiedLuhansk", "territory:OccupiedSouth"],
            zones=["territory:MinskSecurityZone50km", "territory:MinskSecurityZone70km", "territory:MinskSecurityZone140km", "territory:UkraineRearAreas"],
            proxies=["actor:CertainAreasDonetskLuhansk"], threat_orgs=["actor:CSTO"], renewal_refs=["actor:OSCE-consensus"],
            places=["Istanbul", "Minsk", "Geneva", "Kyiv", "London", "Paris", "Riyadh", "Washington"],
            commission="actor:ContingentVerificationCommission")
        taiwan = Theatre(
            "taiwan", 8, "actor:Taiwan", ["actor:China"], ["actor:Russia"],
            ["actor:UnitedStates", "actor:Japan", "actor:Australia", "actor:UnitedKingdom", "actor:Canada", "actor:France"],
            ["actor:G7"], ["actor:UNSecurityCouncil"], ["actor:UN"], "territory:Taiwan", (1979, 2026),
            excludable=["territory:Kinmen", "territory:Matsu"], zones=["territory:Pescadores", "territory:Kinmen"],
            region="territory:PacificArea", places=["Washington", "Taipei", "Tokyo", "Canberra"])
        japan = Theatre(
            "japan", 6, "actor:Japan", ["actor:China", "actor:Russia"], ["actor:Russia", "actor:China"],
            ["actor:UnitedStates", "actor:Australia", "actor:UnitedKingdom", "actor:France", "actor:India", "actor:Canada"],
            ["actor:G7"], ["actor:UNSecurityCouncil"], ["actor:UN"], "territory:JapanAdministered", (1960, 2026),
            contested=["territory:SenkakuIslands"], excludable=["territory:NorthernTerritories", "territory:Takeshima"],
            zones=["territory:SenkakuIslands"], region="territory:PacificArea", places=["Tokyo", "Washington", "Canberra"])
        sinai = Theatre(
            "sinai", 4, "actor:Israel", ["actor:Egypt"], [],
            ["actor:UnitedStates", "actor:France", "actor:UnitedKingdom", "actor:Italy", "actor:Netherlands", "actor:Canada"],
            [], ["actor:UNSecurityCouncil"], ["actor:MFO", "actor:UN"], "territory:IsraelZoneD", (1974, 2005),
            zones=["territory:SinaiZoneA", "territory:SinaiZoneB", "territory:SinaiZoneC", "territory:IsraelZoneD"],
            places=["Washington", "Camp David", "Cairo", "Jerusalem"])
        baltics = [self._baltic("actor:Estonia", "estonia"), self._baltic("actor:Latvia", "latvia"), self._baltic("actor:Lithuania", "lithuania")]
        return [ukraine, taiwan, japan, sinai, *baltics]

    # -- generated reference data ------------------------------------------------------------
    def _add(self, node: Node) -> Node:
        self.reference_nodes.append(node)
        return node

    def _territory(self, local, label, status=None, part_of=None, held_by=None, claimed=(), within=None, note=None) -> str:
        iri = f"genref:{local}"
        node = Node(iri, "tkg:Territory", label)
        node.add("tkg:territoryStatus", status).add("tkg:withinTerritory", within)
        node.add("tkg:recognisedAsPartOf", part_of).add("tkg:heldBy", held_by).add("tkg:claimedBy", *claimed)
        if note:
            node.add("tkg:note", s(note))
        self._add(node)
        self.labels[iri] = label
        return iri

    def _actor(self, local, label, cls, kind, **props) -> str:
        iri = f"genref:{local}"
        node = Node(iri, cls, label)
        for predicate, values in props.items():
            node.add(predicate.replace("_", ":", 1), *(values if isinstance(values, (list, tuple)) else [values]))
        self._add(node)
        self.labels[iri] = label
        self.kinds[iri] = kind
        return iri

    def _generated_theatre(self, r: random.Random, k: int, names: list[str], region: str) -> Theatre:
        ben_name, threat_name, ally_name = names[3 * k], names[3 * k + 1], names[3 * k + 2]
        code = f"X{chr(65 + k)}"
        ben = self._actor(ben_name, ben_name, "tkg:State", "state", tkg_isoCode=s(code + "B"),
                          tkg_note=s(f"Fictional state of the {region} (synthetic benchmark data)."))
        threat = self._actor(threat_name, threat_name, "tkg:State", "state", tkg_isoCode=s(code + "T"),
                             tkg_note=s(f"Fictional state of the {region}; claims territory of {ben_name} (synthetic benchmark data)."))
        ally = self._actor(ally_name, ally_name, "tkg:State", "state", tkg_isoCode=s(code + "A"))
        relations = Node(threat, "tkg:State", threat_name)  # relations stated on the threat, as actors.ttl does
        relations.props.pop("a")
        relations.props.pop("rdfs:label")
        relations.add("tkg:hostileTo", ben).add("tkg:alliedWith", ally)
        partners = [ally]
        outside = pick(r, [(None, 5), ("actor:China", 3), ("actor:Russia", 3)])
        if outside:
            relations.add("tkg:alignedWith", outside)
            partners.append(outside)
        self._add(relations)
        pool = r.sample(EXTERNAL_POWERS, 4)
        orgs, threat_orgs = [], []
        if chance(r, 0.7):
            orgs.append(self._actor(f"{ben_name}Friends", f"Friends of {ben_name} contact group", "tkg:Coalition", "coalition",
                                    tkg_member=[ben] + pool[:3]))
        community = self._actor(f"{region.replace(' ', '')}Community", f"{region} Defence Community", "tkg:InternationalOrganisation",
                                "org", tkg_member=[ben] + pool[1:4])
        orgs.append(community)
        threat_orgs.append(self._actor(f"{threat_name}Pact", f"{threat_name}–{ally_name} Collective Security Pact",
                                       "tkg:InternationalOrganisation", "org", tkg_member=[threat, ally]))
        # A regional council: who holds a veto and how it votes varies from theatre to theatre.
        council = f"genref:{region.replace(' ', '')}Council"
        council_rule = f"genref:{region.replace(' ', '')}Council-rule"
        members = [ben, threat, ally] + pool[:2]
        veto = [threat] if chance(r, 0.6) else []
        veto += [pool[0]] if chance(r, 0.5) else []
        rule_kind = pick(r, [("tkg:Consensus", 5), ("tkg:QualifiedMajority", 4), ("tkg:SimpleMajority", 1)])
        rule = Node(council_rule, "tkg:DecisionRule", f"{region} Security Council voting rule")
        rule.add("tkg:ruleKind", rule_kind).add("tkg:voter", *members)
        if rule_kind == "tkg:QualifiedMajority":
            rule.add("tkg:threshold", str(len(members) - 1))
        rule.add("tkg:partiesMustAbstain", boolean(chance(r, 0.3)))
        rule.add("tkg:gates", "tkg:EnforcementMeasures", "tkg:TriggerDetermination")
        self._actor(council.split(":", 1)[1], f"{region} Security Council", "tkg:Body", "body",
                    tkg_organOf=community, tkg_member=members, tkg_vetoHolder=veto, tkg_votingRule=council_rule)
        self._add(rule)
        self.labels[council_rule] = f"{region} Security Council voting rule"
        commission = self._actor(f"{ben_name}{threat_name}Commission", f"{ben_name}–{threat_name} Joint Verification Commission",
                                 "tkg:Body", "body", tkg_member=[ben, threat, pool[0]])
        home = self._territory(f"{ben_name.lower()}-territory", f"{ben_name} within its recognised borders",
                               status="tkg:Recognised", part_of=ben, held_by=ben)
        controlled = self._territory(f"{ben_name.lower()}-controlled", f"territory controlled by {ben_name}",
                                     status="tkg:Recognised", held_by=ben, within=home)
        occupied, contested = [], []
        if chance(r, 0.7):
            occupied.append(self._territory(f"{ben_name.lower()}-occupied-east", f"the occupied eastern provinces of {ben_name}",
                                            status="tkg:Occupied", part_of=ben, held_by=threat, claimed=[ben, threat], within=home))
        if chance(r, 0.4):
            occupied.append(self._territory(f"{ben_name.lower()}-occupied-coast", f"the occupied coastal strip of {ben_name}",
                                            status="tkg:Occupied", part_of=ben, held_by=threat, claimed=[ben, threat], within=home))
        if chance(r, 0.6):
            holder = ben if chance(r, 0.6) else threat
            contested.append(self._territory(f"{ben_name.lower()}-islands", f"the {region} islands", status="tkg:Contested",
                                             held_by=holder, claimed=[ben, threat]))
        buffer = self._territory(f"{ben_name.lower()}-buffer-zone", f"the buffer zone along {ben_name}'s line of contact",
                                 status="tkg:Recognised", part_of=ben, held_by=ben, within=home)
        rear = self._territory(f"{ben_name.lower()}-rear-areas", f"the rear areas of {ben_name}", status="tkg:Recognised",
                               part_of=ben, held_by=ben, within=controlled)
        area = self._territory(f"{region.lower().replace(' ', '-')}-area", f"the {region} treaty area",
                               note="A geographic region used for regional-basis scopes (synthetic).")
        start = r.choice([1990, 1995, 2000, 2005])
        return Theatre(
            f"gen-{ben_name.lower()}", 3, ben, [threat], partners, pool, orgs, ["actor:UNSecurityCouncil", council],
            [commission, "actor:UN", community], home, (start, 2026), controlled=controlled, rear=rear, occupied=occupied,
            contested=contested, zones=[buffer, rear] + occupied[:1], region=area, threat_orgs=threat_orgs,
            renewal_refs=[council_rule], places=[f"{ben_name} City", "Geneva", "Vienna", "Istanbul"], commission=commission)

    # -- positions ---------------------------------------------------------------------------
    def _positions(self) -> list[Node]:
        r = rng_for(self.seed, "positions")
        nodes, stated = [], set()
        for theatre in self.theatres:
            ben, threat = theatre.ben, theatre.threats[0]
            bl, tl = self.labels[ben], self.labels[threat]
            y0, y1 = max(theatre.years[0], 2000), min(theatre.years[1], 2025)
            key = theatre.key

            def position(local, label, holder, kind, text, about, host_specific=False, **pattern):
                # An actor states a general position once (Russia is the threat in several theatres);
                # positions about a given host are stated per host.
                if (holder, local, ben if host_specific else None) in stated:
                    return
                stated.add((holder, local, ben if host_specific else None))
                y = r.randint(y0, max(y0, y1))
                node = Node(f"genpos:{key}-{local}", "tkg:Position", label)
                node.add("tkg:heldByActor", holder).add("tkg:positionKind", kind)
                node.add("tkg:statedOn", date(y, r.randint(1, 12), r.randint(1, 28)))
                node.add("tkg:positionText", s(text)).add("tkg:aboutProvision", about)
                for predicate, values in pattern.items():
                    node.add("tkg:" + predicate, *(values if isinstance(values, (list, tuple)) else [values]))
                node.add("tkg:confidence", pick(r, [("tkg:Secondary", 6), ("tkg:Recalled", 2), ("tkg:Uncertain", 1)]))
                node.add("dcterms:source", s(SOURCE.format(seed=self.seed)))
                nodes.append(node)

            contributors_org = theatre.orgs[0] if theatre.orgs else None
            if contributors_org:
                position("no-foreign-contingent", f"{tl}: no standing foreign contingent in {bl}", threat, "tkg:RedLine",
                         f"(rejects any standing deployment in {bl} by members of {self.labels[contributors_org]})", "tkg:Deployment", True,
                         aboutTiming="tkg:Standing", aboutContributorMemberOf=contributors_org, aboutHost=ben)
            position("neutrality", f"{tl} requires {bl}'s non-alignment", threat, "tkg:Requirement",
                     f"(a settlement must keep {bl} out of military alliances)", "tkg:Linkage",
                     aboutLinkageKind=r.sample(["tkg:NATONonMembership", "tkg:PermanentNeutrality", "tkg:NonEnlargement"], 2))
            position("sanctions", f"{tl} requires sanctions relief", threat, "tkg:Requirement",
                     "(wants the lifting of sanctions in any settlement)", "tkg:Linkage", aboutLinkageKind="tkg:SanctionsRelief")
            position("verification", f"{tl} requires strict verification of any foreign presence", threat, "tkg:Requirement",
                     "(any foreign contingent must be capped and strictly verified)", "tkg:VerificationMechanism")
            position("accepts-training", f"{tl} may accept a small training mission", threat, "tkg:Acceptance",
                     f"(signals that a small training-and-maintenance mission in {bl} could be tolerated)", "tkg:Deployment", True,
                     aboutDeploymentKind=["tkg:TrainingMission", "tkg:MaintenanceAndLogistics"],
                     aboutFunction=["tkg:TrainingFunction", "tkg:MaintenanceFunction"], aboutHost=ben)
            position("no-veto", f"{bl} requires that each guarantor can act without {tl}'s consent", ben, "tkg:Requirement",
                     f"(no decision rule may let {tl} block the guarantors' response: each guarantor decides for itself)", "tkg:DecisionRule",
                     aboutRuleKind="tkg:IndividualDetermination")
            position("needs-defence", f"{bl} requires a commitment to defend it", ben, "tkg:Requirement",
                     "(requires guarantors to commit to military assistance or defence)", "tkg:Obligation",
                     aboutObligationKind=["tkg:Defence", "tkg:MilitaryAssistance", "tkg:UseOfForce"])
            if theatre.occupied or theatre.contested:
                position("withdrawal", f"{bl} requires the withdrawal of occupying forces", ben, "tkg:Requirement",
                         "(any settlement must provide for the withdrawal of foreign forces and the restoration of its border)", "tkg:Linkage",
                         aboutLinkageKind=["tkg:ForceWithdrawal", "tkg:BorderControl"])
            if chance(r, 0.5):
                position("accepts-ceasefire-line", f"{tl} can accept a ceasefire line", threat, "tkg:Acceptance",
                         "(flexibility on freezing the line of contact)", "tkg:Linkage", aboutLinkageKind="tkg:CeasefireLinkage")
            if theatre.pool:
                big = theatre.pool[0]
                position("no-large-ground-force", f"{self.labels[big]}: no large ground force of its own in {bl}", big, "tkg:RedLine",
                         f"(will not send a large ground contingent of its own to {bl})", "tkg:Deployment", True,
                         aboutDeploymentKind="tkg:GroundContingent", aboutContributor=big, minPersonnel=str(r.choice([5000, 10000, 20000])))
        return nodes


# ---------------------------------------------------------------------------------------------
# Agreement designs
# ---------------------------------------------------------------------------------------------

ARCHETYPES = {
    # key: (weight, title template, legal forms, statuses)
    "guarantee-treaty": (18, "Treaty on Security Guarantees of {ben}",
                         [("tkg:Treaty", 6), ("tkg:DraftText", 3)],
                         [("tkg:Draft", 5), ("tkg:Proposed", 2), ("tkg:Signed", 2), ("tkg:InForce", 1)]),
    "bilateral-security": (16, "Agreement on Security Co-operation between {guarantor} and {ben}",
                           [("tkg:ExecutiveAgreement", 6), ("tkg:Treaty", 2), ("tkg:Memorandum", 1)],
                           [("tkg:InForce", 6), ("tkg:Signed", 2), ("tkg:Terminated", 1)]),
    "assurance-memorandum": (8, "Memorandum on Security Assurances for {ben}",
                             [("tkg:Memorandum", 7), ("tkg:Declaration", 2)],
                             [("tkg:InForce", 5), ("tkg:Terminated", 2), ("tkg:Signed", 1)]),
    "mutual-defence": (12, "Treaty of Mutual Defence of the {region}",
                       [("tkg:Treaty", 9), ("tkg:DraftText", 1)],
                       [("tkg:InForce", 7), ("tkg:Terminated", 1), ("tkg:Draft", 1)]),
    "settlement-package": (13, "Package of Measures for a Settlement in {ben}",
                           [("tkg:Memorandum", 4), ("tkg:Communique", 2), ("tkg:DraftText", 2), ("tkg:Treaty", 1)],
                           [("tkg:Signed", 3), ("tkg:InForce", 3), ("tkg:Terminated", 2), ("tkg:Draft", 2)]),
    "reassurance-force": (14, "Agreement on a Reassurance Force and Security Guarantees for {ben}",
                          [("tkg:Treaty", 5), ("tkg:DraftText", 3), ("tkg:ExecutiveAgreement", 1)],
                          [("tkg:Draft", 5), ("tkg:Proposed", 3), ("tkg:Signed", 1)]),
    "ambiguity-statute": (5, "{guarantor} {ben} Relations Act",
                          [("tkg:Statute", 1)], [("tkg:InForce", 8), ("tkg:Terminated", 1)]),
    "neutrality-guarantee": (6, "Treaty of Guarantee of the Neutrality of {ben}",
                             [("tkg:Treaty", 1)], [("tkg:InForce", 3), ("tkg:Terminated", 3), ("tkg:Draft", 1), ("tkg:Signed", 1)]),
    "declaration": (8, "Joint Declaration of Support for {ben}",
                    [("tkg:Declaration", 5), ("tkg:Communique", 3), ("tkg:Recommendation", 2)],
                    [("tkg:Signed", 4), ("tkg:Proposed", 3), ("tkg:InForce", 2)]),
}
ARCHETYPE_FIT = {  # theatres where a design is unusual get a lower weight
    "ambiguity-statute": {"taiwan": 6.0, "ukraine": 0.3},
    "settlement-package": {"taiwan": 0.1, "japan": 0.1, "baltic": 0.1},
    "mutual-defence": {"baltic": 3.0, "japan": 2.0, "ukraine": 0.3},
    "neutrality-guarantee": {"taiwan": 0.2, "japan": 0.2},
}
EVENT_KINDS = [("tkg:ArmedAttack", 30), ("tkg:Aggression", 18), ("tkg:ThreatOfAggression", 6), ("tkg:ThreatToSecurity", 5),
               ("tkg:NuclearUse", 3), ("tkg:HybridAttack", 5), ("tkg:CyberAttack", 4), ("tkg:Blockade", 3),
               ("tkg:EconomicCoercion", 2), ("tkg:CeasefireViolation", 5), ("tkg:MilitaryOperation", 6),
               ("tkg:NeutralityViolation", 2), ("tkg:TreatyViolation", 3)]
EVENT_WORDS = {
    "tkg:ArmedAttack": "an armed attack", "tkg:Aggression": "aggression", "tkg:ThreatOfAggression": "a threat of aggression",
    "tkg:ThreatToSecurity": "a threat to its security", "tkg:NuclearUse": "aggression with nuclear weapons",
    "tkg:HybridAttack": "a hybrid attack", "tkg:CyberAttack": "a cyber attack", "tkg:Blockade": "a blockade",
    "tkg:EconomicCoercion": "economic coercion", "tkg:CeasefireViolation": "a violation of the ceasefire",
    "tkg:MilitaryOperation": "any military operation", "tkg:NeutralityViolation": "a violation of its neutrality",
    "tkg:TreatyViolation": "a violation of this agreement",
}
QUALIFIERS = [("tkg:DeemsNecessary", 4), ("tkg:ConstitutionalProcesses", 4), ("tkg:AppropriateAction", 2),
              ("tkg:AsMayBeNecessary", 1), ("tkg:SpecificCharacter", 1), ("tkg:IntentOnly", 1)]
QUALIFIER_WORDS = {
    "tkg:DeemsNecessary": "such action as it deems necessary", "tkg:ConstitutionalProcesses": "in accordance with its constitutional processes",
    "tkg:AppropriateAction": "appropriate action to be determined", "tkg:AsMayBeNecessary": "as may be necessary",
    "tkg:SpecificCharacter": "without prejudice to the specific character of its security policy", "tkg:IntentOnly": "intends to",
}
STRENGTH = {0: "tkg:Strength0", 1: "tkg:Strength1", 2: "tkg:Strength2", 3: "tkg:Strength3", 4: "tkg:Strength4", 5: "tkg:Strength5"}
CONFIDENCE = [("tkg:Verified", 2), ("tkg:Secondary", 6), ("tkg:Recalled", 2), ("tkg:Uncertain", 1)]
LINKAGE_KINDS = [("tkg:SanctionsRelief", 8), ("tkg:NATONonMembership", 6), ("tkg:NonEnlargement", 3), ("tkg:PermanentNeutrality", 5),
                 ("tkg:TerritorialSettlement", 7), ("tkg:EUAccession", 4), ("tkg:TreatyTermination", 2), ("tkg:Referendum", 2),
                 ("tkg:Ratification", 2), ("tkg:Denuclearisation", 1), ("tkg:ForeignForcesBan", 4), ("tkg:ForeignWeaponsBan", 3),
                 ("tkg:ExerciseConsent", 2), ("tkg:LocalElections", 3), ("tkg:ConstitutionalReform", 3), ("tkg:BorderControl", 3),
                 ("tkg:CeasefireLinkage", 5), ("tkg:ForceWithdrawal", 4), ("tkg:LegalClaimsWaiver", 2),
                 ("tkg:DomesticPolicyDemand", 2), ("tkg:OtherLinkage", 1)]
LINKAGE_WORDS = {
    "tkg:SanctionsRelief": "lifting of sanctions on {threat}", "tkg:NATONonMembership": "{ben} joins no military alliance",
    "tkg:NonEnlargement": "no further enlargement of the alliance", "tkg:PermanentNeutrality": "{ben}'s permanent neutrality",
    "tkg:TerritorialSettlement": "settlement of the disputed territories", "tkg:EUAccession": "{ben}'s path to EU membership",
    "tkg:TreatyTermination": "termination of agreements incompatible with this one",
    "tkg:Referendum": "approval of the agreement by referendum in {ben}", "tkg:Ratification": "ratification by the parties' parliaments",
    "tkg:Denuclearisation": "{ben} renounces nuclear weapons", "tkg:ForeignForcesBan": "no foreign bases or contingents in {ben}",
    "tkg:ForeignWeaponsBan": "no foreign weapons on {ben}'s territory", "tkg:ExerciseConsent": "exercises with third states only with the guarantors' consent",
    "tkg:LocalElections": "local elections in the contested areas", "tkg:ConstitutionalReform": "constitutional reform with special status",
    "tkg:BorderControl": "{ben} regains control of its border", "tkg:CeasefireLinkage": "the line of contact frozen as a ceasefire line",
    "tkg:ForceWithdrawal": "withdrawal of {threat}'s forces", "tkg:LegalClaimsWaiver": "interstate claims dropped",
    "tkg:DomesticPolicyDemand": "changes to {ben}'s language and education laws", "tkg:OtherLinkage": "a joint economic commission",
}
DEPLOYMENT_KINDS = {
    "tkg:GroundContingent": ("ground contingent", ["tkg:DeterrenceFunction", "tkg:RearAreaSupport", "tkg:CombatOnLineOfContact"]),
    "tkg:AirPolicing": ("air-policing detachment", ["tkg:AirDefenceFunction", "tkg:DeterrenceFunction"]),
    "tkg:NoFlyZoneEnforcement": ("no-fly-zone enforcement force", ["tkg:AirDefenceFunction"]),
    "tkg:NavalMission": ("naval mission", ["tkg:DeterrenceFunction", "tkg:MonitoringFunction"]),
    "tkg:TrainingMission": ("training mission", ["tkg:TrainingFunction"]),
    "tkg:MaintenanceAndLogistics": ("maintenance and logistics unit", ["tkg:MaintenanceFunction", "tkg:RearAreaSupport"]),
    "tkg:ObserverMission": ("observer mission", ["tkg:MonitoringFunction"]),
    "tkg:PeacekeepingForce": ("peacekeeping force", ["tkg:SeparationOfForces", "tkg:MonitoringFunction"]),
    "tkg:TripwireForce": ("tripwire force", ["tkg:DeterrenceFunction"]),
    "tkg:BasingRights": ("basing arrangement", ["tkg:DeterrenceFunction", "tkg:RearAreaSupport"]),
}
CAP_WORDS = {"tkg:Personnel": "personnel", "tkg:Tanks": "tanks", "tkg:ArmouredVehicles": "armoured vehicles", "tkg:Artillery": "artillery",
             "tkg:MissileRange": "missile range", "tkg:CombatAircraft": "combat aircraft", "tkg:Warships": "warships",
             "tkg:HeavyWeapons": "heavy weapons", "tkg:Battalions": "battalions", "tkg:ForeignForces": "foreign forces"}
RULE_WORDS = {"tkg:IndividualDetermination": "individual determination", "tkg:Unanimity": "unanimity", "tkg:Consensus": "consensus",
              "tkg:QualifiedMajority": "qualified majority", "tkg:SimpleMajority": "simple majority", "tkg:SingleActorDecision": "decision of one actor",
              "tkg:BodyDecision": "decision of a body", "tkg:MutualAgreement": "mutual agreement", "tkg:Unspecified": "procedure not stated"}
CAP_CATEGORIES = {
    "tkg:Personnel": ("troops", [25000, 50000, 85000, 120000, 250000]), "tkg:Tanks": ("tanks", [150, 342, 500, 800]),
    "tkg:ArmouredVehicles": ("armoured vehicles", [400, 1000, 2500]), "tkg:Artillery": ("pieces", [200, 519, 1000, 1900]),
    "tkg:MissileRange": ("km", [40, 120, 280, 500]), "tkg:CombatAircraft": ("aircraft", [50, 100, 220]),
    "tkg:Warships": ("warships", [4, 10, 25]), "tkg:HeavyWeapons": ("heavy weapons in the zone", [0]),
    "tkg:Battalions": ("battalions", [2, 4, 8]), "tkg:ForeignForces": ("foreign troops or bases", [0]),
}
PEACETIME = [("tkg:MilitaryContact", "joint training and staff talks"), ("tkg:CommonDefencePolicy", "coordinated defence planning"),
             ("tkg:IntegratedCommand", "an integrated command in peace and war"), ("tkg:Subordination", "forces placed under a lead nation's command"),
             ("tkg:TroopPlacement", "troops stationed on partners' territory"), ("tkg:MilitaryAidProvision", "grants and training for {ben}'s forces"),
             ("tkg:SpecificContribution", "specified contributions of troops and funds"), ("tkg:ArmsRequirement", "commitments to increase defence spending"),
             ("tkg:FormalOrganisation", "a council of ministers with a permanent secretariat"), ("tkg:CompanionAgreement", "a companion military agreement")]


def plan_for(world: World, seed, i: int) -> dict:
    """What agreement i is about: theatre, design, date, legal form and roles. A pure function of
    (seed, i); a variant copies the plan of the agreement before it."""
    if variant_of(seed, i) is not None:
        plan = dict(_base_plan(world, seed, i - 1))
        plan["variant"] = i - 1
        return plan
    return _base_plan(world, seed, i)


def _raw_variant(seed, i) -> bool:
    return i > 0 and rng_for(seed, i, "variant").random() < 0.07


def variant_of(seed, i) -> int | None:
    """Agreement i is another version of agreement i-1 (never a variant of a variant)."""
    return i - 1 if _raw_variant(seed, i) and not _raw_variant(seed, i - 1) else None


def _base_plan(world: World, seed, i: int) -> dict:
    r = rng_for(seed, i, "plan")
    theatre = pick(r, [(t, t.weight) for t in world.theatres])
    family = "baltic" if theatre.key.startswith("baltic") else theatre.key
    archetype = pick(r, [(a, spec[0] * ARCHETYPE_FIT.get(a, {}).get(family, 1.0)) for a, spec in ARCHETYPES.items()])
    _, title, forms, statuses = ARCHETYPES[archetype]
    year = r.randint(*theatre.years)
    ben = r.choice(theatre.bens)
    threats = [theatre.threats[0]] + ([theatre.threats[1]] if len(theatre.threats) > 1 and chance(r, 0.3) else [])
    pool = [a for a in theatre.pool if a != ben]
    # Guarantors: how many, and whether the threat or its partners are among them (Budapest, Istanbul).
    sizes = {"guarantee-treaty": (3, 6), "bilateral-security": (1, 1), "assurance-memorandum": (2, 4), "mutual-defence": (2, 7),
             "settlement-package": (0, 3), "reassurance-force": (2, 5), "ambiguity-statute": (1, 1),
             "neutrality-guarantee": (3, 5), "declaration": (3, 7)}
    lo, hi = sizes[archetype]
    guarantors = r.sample(pool, min(len(pool), r.randint(lo, hi)))
    threat_guarantees = {"guarantee-treaty": 0.45, "assurance-memorandum": 0.55, "neutrality-guarantee": 0.4,
                         "settlement-package": 0.3}.get(archetype, 0.0)
    if guarantors and chance(r, threat_guarantees):
        guarantors.insert(r.randint(0, len(guarantors)), threats[0])
    if guarantors and theatre.partners and archetype in ("guarantee-treaty", "assurance-memorandum") and chance(r, 0.25):
        guarantors.append(theatre.partners[-1])
    proposed = []
    if archetype in ("guarantee-treaty", "reassurance-force", "declaration") and chance(r, 0.3):
        candidates = [a for a in pool + theatre.partners if a not in guarantors]
        proposed = r.sample(candidates, min(len(candidates), r.randint(1, 2)))
    legal_form, status = pick(r, forms), pick(r, statuses)
    if legal_form == "tkg:DraftText":  # a draft is not yet signed or in force
        status = pick(r, [("tkg:Draft", 3), ("tkg:Proposed", 1)])
    return dict(
        index=i, theatre=theatre, archetype=archetype, title=title, year=year, month=r.randint(1, 12), day=r.randint(1, 28),
        legal_form=legal_form, status=status, ben=ben, threats=threats,
        designate=chance(r, 0.93 if theatre.key != "sinai" else 0.5), named=chance(r, 0.35),
        guarantors=unique(guarantors), proposed=proposed, variant=None,
    )


class AgreementBuilder:
    """Writes one agreement: the agreement node, its clauses and their provisions."""

    def __init__(self, world: World, seed, i: int):
        self.w, self.seed, self.i = world, seed, i
        self.slug = f"gen-{i:05d}"
        self.p = self.slug
        self.plan = plan_for(world, seed, i)
        self.r = rng_for(seed, i, "text")
        self.t: Theatre = self.plan["theatre"]
        self.arch = self.plan["archetype"]
        self.ben = self.plan["ben"]
        self.threats = self.plan["threats"] if self.plan["designate"] else []
        self.threat = self.plan["threats"][0]  # the state the design is written against, designated or not
        self.guarantors = self.plan["guarantors"]
        self.prefixes = dict(STANDARD_PREFIXES)
        self.prefixes[self.p] = f"{CORPUS_NS}{self.slug}/"
        self.order: list[Node] = []
        self.placed: set[str] = set()
        self.clauses: list[str] = []
        self.article = 0
        self.agreement = Node(self.iri("agreement"), "tkg:Agreement", "")
        self.guarantee: Node | None = None
        self.trigger: Node | None = None
        self.activation: Node | None = None
        self.deployments: list[Node] = []
        self.observable: list[Node] = []
        self.locals: set[str] = {"agreement"}
        self.has_peacetime = False

    # -- helpers -----------------------------------------------------------------------------
    def iri(self, local: str) -> str:
        return f"{self.p}:{local}"

    def L(self, iri: str) -> str:
        role = {"tkg:AllGuarantors": "all guarantors", "tkg:EachGuarantor": "each guarantor", "tkg:AllParties": "all parties",
                "tkg:EachParty": "each party", "tkg:AllAssurers": "all assurers"}
        return role.get(iri) or self.w.labels.get(iri, iri.split(":", 1)[-1])

    def names(self, iris) -> str:
        labels = [self.L(a) for a in iris]
        if len(labels) <= 1:
            return "".join(labels)
        return ", ".join(labels[:-1]) + " and " + labels[-1]

    def node(self, local: str, cls: str, label: str) -> Node:
        base, k = local, 2
        while local in self.locals:
            local = f"{base}-{k}"
            k += 1
        self.locals.add(local)
        return Node(self.iri(local), cls, label)

    def clause(self, summary: str, quote: str, provisions: list[Node], article_id: str | None = None, confidence=None) -> Node:
        self.article += 1
        article = article_id or pick(self.r, [(f"Art. {self.article}", 8), (f"para {self.article}", 2), (f"point {self.article}", 1)])
        clause = self.node(f"art{self.article}", "tkg:Clause", f"{article}: {summary}")
        clause.add("tkg:articleId", s(article)).add("tkg:sourceQuote", s(f"({quote})"))
        conf = confidence or pick(self.r, CONFIDENCE)
        clause.add("tkg:confidence", conf)
        if conf == "tkg:Uncertain":
            clause.add("tkg:note", s("Uncertain: the wording is reported, not read (synthetic)."))
        clause.add("dcterms:source", s(SOURCE.format(seed=self.seed) + f"; design {self.arch}"))
        clause.add("tkg:provides", *[p.subject for p in provisions])
        self.clauses.append(clause.subject)
        self._place(clause)
        for provision in provisions:
            self._place(provision)
        return clause

    def _place(self, node: Node):
        if node.subject not in self.placed:
            self.placed.add(node.subject)
            self.order.append(node)

    def when(self, p: float) -> bool:
        return chance(self.r, p)

    def bearer_pool(self):
        return self.guarantors or [a for a in self.t.pool[:2]]

    # -- building blocks ---------------------------------------------------------------------
    def timeline(self, stage: str, hours=None, term=None, start="", local="timeline") -> Node:
        if start == "":  # from the triggering event
            start = EVENT_WORDS[self.trigger.props["tkg:eventKind"][0]] if self.trigger is not None else "entry into force"
        words = term or (f"within {hours // 24} days" if hours and hours % 24 == 0 and hours > 24 else f"within {hours} hours")
        node = self.node(local, "tkg:Timeline", f"{stage.split(':')[1].replace('Stage', '').lower()} {words}")
        node.add("tkg:stage", stage)
        if hours is not None:
            node.add("tkg:maxHours", str(hours))
        if term is not None:
            node.add("tkg:qualitativeTerm", s(term))
        if start and self.when(0.7):
            node.add("tkg:startEvent", s(start))
        return node

    def rule(self, local: str, label: str, kind: str, voters=(), gates=(), body=None, threshold=None, recused=(), note=None) -> Node:
        node = self.node(local, "tkg:DecisionRule", label)
        node.add("tkg:ruleKind", kind).add("tkg:voter", *voters).add("tkg:recusedVoter", *recused)
        node.add("tkg:decidingBody", body)
        if threshold is not None:
            node.add("tkg:threshold", str(threshold))
        node.add("tkg:gates", *gates)
        if note:
            node.add("tkg:note", s(note))
        return node

    def activation_rule(self, weights: dict) -> Node:
        """The decision that gates the guarantee: sound and flawed designs in proportion."""
        r, g, threat = self.r, self.guarantors, self.threat
        kind = pick(r, weights)
        if kind == "unanimity" and not g:
            kind = "consensus"
        if kind == "individual":
            voter = "tkg:EachGuarantor" if g and self.arch != "mutual-defence" else "tkg:EachParty"
            gates = ["tkg:Activation"] + (["tkg:TriggerDetermination"] if self.when(0.5) else [])
            return self.rule("decision", f"{self.L(voter)} decides for itself", "tkg:IndividualDetermination", [voter], gates,
                             note="No collective decision is needed, so nobody can block another's response." if self.when(0.4) else None)
        if kind == "unanimity":
            voters = ["tkg:AllGuarantors"] if self.when(0.75) else g
            recused = [threat] if threat in g and self.when(0.35) else []
            note = None
            if threat in g and not recused:
                note = f"{self.L(threat)}, a guarantor and the potential aggressor, can block any response to its own attack."
            elif recused:
                note = f"{self.L(threat)} is excluded from the vote as a party to the dispute (as Rio Treaty Art. 18)."
            return self.rule("decision", "decision agreed by all guarantor states", "tkg:Unanimity", voters, ["tkg:Activation"],
                             recused=recused, note=note)
        if kind == "consensus":
            orgs = self.t.orgs
            voters = [r.choice(orgs)] if orgs and self.when(0.5) else ["tkg:AllParties"]
            if self.arch == "assurance-memorandum":
                voters = ["tkg:AllAssurers"]
            recused = [threat] if threat in self.parties and voters == ["tkg:AllParties"] and self.when(0.3) else []
            return self.rule("decision", f"consensus of {self.names(voters)}", "tkg:Consensus", voters, ["tkg:Activation"], recused=recused)
        if kind == "qmv":
            voters = unique(list(g) + ([threat] if self.when(0.5) else []) + ([self.t.partners[0]] if self.t.partners and self.when(0.4) else []))
            if len(voters) < 3:
                voters = unique(voters + self.t.pool[:3])
            threshold = max(2, math.ceil(len(voters) * pick(r, [(2 / 3, 3), (3 / 4, 2), (0.5, 1)])))
            recused = [threat] if threat in voters and self.when(0.3) else []
            return self.rule("decision", f"decision by {threshold} of {len(voters)} guarantor states", "tkg:QualifiedMajority", voters,
                             ["tkg:Activation"], threshold=threshold, recused=recused)
        if kind == "body":
            body = "actor:UNSecurityCouncil" if self.when(0.65) else r.choice(self.t.bodies)
            node = self.rule("decision", f"decision of {self.L(body)}", "tkg:BodyDecision", (), ["tkg:Activation", "tkg:EnforcementMeasures"], body=body)
            if self.when(0.15):
                node.add("tkg:partiesMustAbstain", boolean(self.when(0.5)))
            return node
        if kind == "single":
            voter = g[0] if g else self.ben
            return self.rule("decision", f"{self.L(voter)} decides alone", "tkg:SingleActorDecision", [voter], ["tkg:Activation"])
        if kind == "mutual":
            return self.rule("decision", "by mutual agreement of the parties", "tkg:MutualAgreement", ["tkg:AllParties"], ["tkg:Activation"])
        if kind == "simple":
            voters = ["tkg:AllGuarantors"] if g and self.when(0.5) else (g or ["tkg:AllParties"])
            return self.rule("decision", "simple majority of the guarantors", "tkg:SimpleMajority", voters, ["tkg:Activation"])
        return self.rule("decision", "how the response is decided is not stated", "tkg:Unspecified", (), ["tkg:Activation"])

    def make_trigger(self, kinds_weights=EVENT_KINDS, n=(1, 3), p_defined=0.35, p_conditions=0.3) -> tuple[Node, list[Node]]:
        r = self.r
        kinds = unique(pick(r, kinds_weights) for _ in range(r.randint(*n)))
        words = " or ".join(EVENT_WORDS[k] for k in kinds)
        node = self.node("trigger", "tkg:Trigger", f"{words} against {self.L(self.ben)}")
        node.add("tkg:eventKind", *kinds)
        if self.when(p_defined):
            extra = " including cyber and hybrid attacks and proxy forces" if self.when(0.35) else ""
            node.add("tkg:definitionText", s(f"({words} against {self.L(self.ben)} by any state or armed group{extra})"))
        det = pick(r, [("each", 4), ("body", 2), ("ben", 1), ("rule", 1), ("none", 4)])
        if det == "each":
            node.add("tkg:determinedBy", "tkg:EachGuarantor" if self.guarantors and self.arch != "mutual-defence" else "tkg:EachParty")
        elif det == "body":
            node.add("tkg:determinedBy", "actor:UNSecurityCouncil" if self.when(0.6) else r.choice(self.t.bodies))
        elif det == "ben":
            node.add("tkg:determinedBy", self.ben)
        extra_nodes = []
        if det == "rule":
            voters = self.t.verifiers[:1] if self.t.verifiers else ["tkg:AllParties"]
            body = self.t.commission
            if body:
                det_rule = self.rule("determination", f"findings of {self.L(body)}", "tkg:BodyDecision", (), ["tkg:TriggerDetermination"], body=body)
            else:
                det_rule = self.rule("determination", "determination by consensus of the parties", "tkg:Consensus", voters, ["tkg:TriggerDetermination"])
            node.add("tkg:determinationRule", det_rule.subject)
            extra_nodes.append(det_rule)
        if self.when(p_conditions):
            for _ in range(r.randint(1, 2)):
                ckind = pick(r, [("tkg:SpecificAdversary", 4), ("tkg:LocationCondition", 3), ("tkg:OnRequest", 3), ("tkg:NonProvocation", 2),
                                 ("tkg:NecessityAssessment", 1), ("tkg:DemandsCondition", 1), ("tkg:NumberOfAttackers", 1),
                                 ("tkg:SpecificConflict", 1), ("tkg:AttackOnPartner", 1), ("tkg:OtherCondition", 1)])
                label = {
                    "tkg:SpecificAdversary": f"only an attack by {self.L(self.threat)}", "tkg:LocationCondition": f"only on {self.L(self.t.home)}",
                    "tkg:OnRequest": f"only at the request of {self.L(self.ben)}", "tkg:NonProvocation": "only if the attack is unprovoked",
                    "tkg:NecessityAssessment": "only if the guarantor judges immediate action necessary",
                    "tkg:DemandsCondition": "only if the aggressor ignores a demand to withdraw", "tkg:NumberOfAttackers": "only if attacked by two or more states",
                    "tkg:SpecificConflict": "only in the present conflict", "tkg:AttackOnPartner": "only if a partner is attacked",
                    "tkg:OtherCondition": "only after the parties' consultations have failed",
                }[ckind]
                cond = self.node("condition", "tkg:Condition", label).add("tkg:conditionKind", ckind)
                if ckind == "tkg:SpecificAdversary":
                    cond.add("tkg:conditionActor", self.threat)
                elif ckind == "tkg:OnRequest":
                    cond.add("tkg:conditionActor", self.ben)
                elif ckind == "tkg:LocationCondition":
                    cond.add("tkg:conditionTerritory", self.t.home)
                if cond.subject not in node.props.get("tkg:hasCondition", []):
                    node.add("tkg:hasCondition", cond.subject)
                    extra_nodes.append(cond)
        return node, extra_nodes

    def obligation(self, local, label, kinds, strength, bearers, modality=None, qualifier=None, trigger=True, protects=None, cls="tkg:Obligation") -> Node:
        node = self.node(local, cls, label)
        node.add("tkg:obligationKind", *kinds).add("tkg:bearer", *bearers)
        node.add("tkg:protects", protects or self.ben)
        if trigger and self.trigger is not None:
            node.add("tkg:hasTrigger", self.trigger.subject)
        if modality:
            node.add("tkg:modality", modality)
        if strength is not None:
            node.add("tkg:strength", STRENGTH[strength])
        if qualifier:
            node.add("tkg:qualifier", qualifier)
        self.observable.append(node)
        return node

    def funding(self, obligation: Node) -> Node | None:
        r = self.r
        year = max(self.plan["year"], 1990)
        currency = pick(r, [("USD", 5), ("EUR", 4), ("GBP", 2), ("JPY", 1)])
        amount = r.choice([250, 500, 1000, 2500, 5000, 10000]) * 1_000_000
        years = pick(r, [(0, 5), (1, 2), (3, 2), (9, 2)])
        fund = self.node("funding", "tkg:Funding", f"{amount // 1_000_000:,} million {currency} for {year}" + (f"–{year + years}" if years else " only"))
        fund.add("tkg:amount", dec(amount)).add("tkg:currency", s(currency)).add("tkg:fromYear", str(year))
        if years or self.when(0.8):
            fund.add("tkg:toYear", str(year + years))
        obligation.add("tkg:hasFunding", fund.subject)
        return fund

    # -- the agreement -----------------------------------------------------------------------
    def build(self) -> str:
        builders = {
            "guarantee-treaty": self.guarantee_treaty, "bilateral-security": self.bilateral, "assurance-memorandum": self.memorandum,
            "mutual-defence": self.mutual_defence, "settlement-package": self.settlement, "reassurance-force": self.reassurance,
            "ambiguity-statute": self.statute, "neutrality-guarantee": self.neutrality, "declaration": self.declaration,
        }
        builders[self.arch]()
        if not self.has_peacetime and self.when(0.12):
            self.peacetime()
        self.annotate()
        self.header()
        observations = self.observations()
        body = [f"# Synthetic agreement {self.slug} (treaty-kg benchmark corpus, seed {self.seed}).\n"
                f"# Design: {self.arch}; theatre: {self.t.key}. Not a real text.\n\n",
                self.agreement.render()]
        for node in self.order:
            body.append("\n" if node.props["a"] == ["tkg:Clause"] else "")
            body.append(node.render())
        if observations:
            body.append("\n")
            body.extend(n.render() for n in observations)
        return "".join(body)

    def annotate(self):
        """Analyst's notes on some provisions, and confidence and source on a few, as in the corpus."""
        r = self.r
        for node in self.order:
            cls = node.props["a"][0]
            if cls == "tkg:Clause":
                continue
            if "tkg:note" not in node.props and chance(r, 0.45):
                note = self.note_for(cls, node)
                if note:
                    node.add("tkg:note", s(note.rstrip(".") + " (synthetic)."))
            if chance(r, 0.1) and "tkg:confidence" not in node.props:
                node.add("tkg:confidence", pick(r, CONFIDENCE)).add("dcterms:source", s(SOURCE.format(seed=self.seed)))

    def note_for(self, cls: str, node: Node) -> str | None:
        props = node.props
        if cls == "tkg:DecisionRule":
            kind = props.get("tkg:ruleKind", [""])[0]
            return {"tkg:Unanimity": "Any one voter can block the decision.", "tkg:Consensus": "Any one voter can block by objecting.",
                    "tkg:MutualAgreement": "Every party must agree; each holds a veto.",
                    "tkg:IndividualDetermination": "No collective decision is needed, so nobody can block another's response.",
                    "tkg:QualifiedMajority": "A blocking minority can stop the decision.",
                    "tkg:BodyDecision": "The body decides by its own voting rule; its veto holders can block.",
                    "tkg:SingleActorDecision": "One actor decides alone.", "tkg:SimpleMajority": "More than half of the voters must agree.",
                    "tkg:Unspecified": "The text does not say how the decision is taken."}.get(kind)
        if cls == "tkg:Trigger":
            if "tkg:determinedBy" not in props and "tkg:determinationRule" not in props:
                return "Who determines that the event occurred is not stated."
            return None if "tkg:definitionText" in props else "The event is not defined in the text."
        if cls in ("tkg:Obligation", "tkg:Right"):
            if "tkg:qualifier" in props:
                return "The wording leaves the bearer free to decide whether and how far to act."
            if "tkg:hasTrigger" in props and "tkg:hasTimeline" not in props:
                return "No time limit is set for the response."
            return "A standing undertaking, not tied to a trigger." if "tkg:hasTrigger" not in props else None
        if cls == "tkg:Deployment":
            missing = [w for p, w in (("tkg:function", "function"), ("tkg:commandedBy", "command"), ("tkg:useOfForce", "rules of engagement"),
                                      ("tkg:hostConsent", "host consent")) if p not in props]
            return f"The text does not state the force's {', '.join(missing)}." if missing else "Function, command and consent are all stated."
        if cls == "tkg:ForceCap":
            return "No verification of this limit is provided." if "tkg:verifiedBy" not in props else None
        if cls == "tkg:TerritorialScope" and "tkg:excludesTerritory" in props:
            return "The excluded areas are outside the guarantee; who holds them matters."
        if cls == "tkg:Linkage":
            return "Part of the settlement package; "+ ("proposed by one side, not agreed." if "tkg:proposedBy" in props else "agreed in principle.")
        if cls == "tkg:Timeline":
            return "Reported, not read: the exact wording of the bound is uncertain."
        if cls == "tkg:Duration" and "tkg:termYears" in props:
            return "The term outlasts the funding commitments." if self.when(0.5) else None
        return None

    def header(self):
        plan, a, r = self.plan, self.agreement, self.r
        ben_label, guarantor = self.L(self.ben), (self.L(self.guarantors[0]) if self.guarantors else "the guarantors")
        region = self.L(self.t.region) if self.t.region else f"{ben_label} region"
        title = plan["title"].format(ben=ben_label, guarantor=guarantor, region=region.removeprefix("the "))
        title = title[0].upper() + title[1:]
        short = f"{title} ({plan['year']})"
        a.props["rdfs:label"] = [en(f"{short} [{self.slug}]")]
        a.add("tkg:title", s(title + " (synthetic)"))
        if plan["variant"] is not None:
            other = f"gen-{plan['variant']:05d}"
            self.prefixes[other] = f"{CORPUS_NS}{other}/"
            a.add("tkg:versionLabel", s(pick(r, [(f"{self.L(self.threat)}'s amendment", 1), (f"{ben_label}'s counter-proposal", 1),
                                                 ("revised draft", 1), ("as amended", 1)])))
            a.add("tkg:variantOf", f"{other}:agreement")
        self.cross_references()
        a.add("tkg:legalForm", plan["legal_form"]).add("tkg:status", plan["status"])
        y, m, d = plan["year"], plan["month"], plan["day"]
        a.add("tkg:signedOn", date(y, m, d))
        if plan["status"] in ("tkg:InForce", "tkg:Terminated"):
            delay = r.choice([0, 0, 1, 1, 2])
            a.add("tkg:inForceFrom", date(min(y + delay, 2026), m, d))
        if plan["status"] == "tkg:Terminated":
            a.add("tkg:terminatedOn", date(min(y + r.randint(2, 12), 2026), r.randint(1, 12), r.randint(1, 28)))
            a.add("tkg:history", s(pick(r, [("Abandoned after renewed fighting (synthetic).", 1), ("Denounced by a party (synthetic).", 1),
                                            ("Superseded by a later settlement (synthetic).", 1), ("Lapsed at the end of its term (synthetic).", 1)])))
        a.add("tkg:place", s(r.choice(self.t.places)))
        if plan["legal_form"] in ("tkg:Treaty", "tkg:DraftText"):
            a.add("tkg:requiresRatification", boolean(self.when(0.85)))
        elif self.when(0.6):
            a.add("tkg:requiresRatification", "false")
        if self.when(0.15):
            a.add("tkg:publicity", s(r.choice(["public", "partly secret: annexes not published", "not public at the time; leaked later"])))
        if self.when(0.3):
            a.add("tkg:signedInWartime", boolean(self.t.key in ("ukraine",) or self.when(0.3)))
        if self.arch in ("mutual-defence", "declaration") and self.when(0.5):
            a.add("tkg:openToAccession", boolean(self.when(0.7)))
        a.add("tkg:party", *self.parties)
        if self.arch in ("declaration", "settlement-package") or self.when(0.3):
            a.add("tkg:signatory", *self.signatories)
        if self.arch in ("assurance-memorandum",):
            a.add("tkg:assurer", *self.guarantors)
        elif self.arch != "mutual-defence":
            a.add("tkg:guarantor", *self.guarantors)
        a.add("tkg:proposedGuarantor", *[x for x in plan["proposed"] if x not in self.guarantors])
        if self.arch != "mutual-defence" or self.when(0.5):
            a.add("tkg:beneficiary", self.ben)
        a.add("tkg:witness", *self.witnesses).add("tkg:monitor", *self.monitors).add("tkg:mediator", *self.mediators)
        if self.threats:
            a.add("tkg:namedThreat" if plan["named"] else "tkg:designatedThreat", *self.threats)
            reason = "named in the text" if plan["named"] else "designated by the analyst: it attacked or occupies territory of the beneficiary"
            note = f"{self.names(self.threats)} {reason} (synthetic)."
            if self.threat in self.guarantors:
                note += f" {self.L(self.threat)} is at the same time a guarantor."
            a.add("tkg:note", s(note))
        a.add("tkg:hasClause", *self.clauses)
        a.add("tkg:hasDuration", getattr(self, "duration_node", None))
        a.add("dcterms:source", s(SOURCE.format(seed=self.seed)))

    def cross_references(self):
        """Occasional references to earlier generated agreements and to the real corpus."""
        r, a, i = self.r, self.agreement, self.i
        if i > 0 and self.when(0.12):
            # Prefer an earlier agreement of the same theatre (a few candidates, to stay cheap).
            candidates = [r.randint(max(0, i - 300), i - 1) for _ in range(4)]
            same = [j for j in candidates if _base_plan(self.w, self.seed, j)["theatre"] is self.t]
            j = (same or candidates)[0]
            other = f"gen-{j:05d}"
            self.prefixes[other] = f"{CORPUS_NS}{other}/"
            a.add(pick(r, [("tkg:buildsOn", 6), ("tkg:supersedes", 2), ("tkg:amends", 1)]), f"{other}:agreement")
        if self.when(0.1):
            key = pick(r, [("un", 5), ("nato", 2), ("budapest", 2), ("minsk", 1)])
            slug, _ = REAL_AGREEMENTS[key]
            self.prefixes[key] = f"{CORPUS_NS}{slug}/"
            a.add("tkg:refersTo", f"{key}:agreement")

    # -- roles ---------------------------------------------------------------------------------
    @property
    def parties(self):
        if self.arch == "ambiguity-statute":
            return self.guarantors[:1]
        if self.arch == "declaration":
            return unique(self.guarantors + [self.ben])
        if self.arch == "settlement-package":
            return unique([self.ben, self.threat] + self.t.proxies[:1] + self.guarantors)
        return unique([self.ben] + self.guarantors)

    @property
    def signatories(self):
        if self.arch == "settlement-package" and self.t.verifiers:
            return unique(self.parties + self.t.verifiers[:1])
        return self.parties

    @property
    def witnesses(self):
        return [self.t.pool[-1]] if self.arch == "settlement-package" and self.t.pool[-1] not in self.parties and self.when(0.3) else []

    @property
    def monitors(self):
        return self.t.verifiers[:1] if self.arch in ("settlement-package", "reassurance-force") and self.t.verifiers and self.when(0.5) else []

    @property
    def mediators(self):
        if self.arch in ("settlement-package", "guarantee-treaty") and self.when(0.3):
            return [a for a in self.t.pool[:2] if a not in (self.ben, self.threat)]
        return []

    # -- shared modules ------------------------------------------------------------------------
    def core_guarantee(self, style, rule_weights, obligations: list[Node], rights: list[Node] = (), summary="the guarantee",
                       quote=None, extra: list[Node] = (), timeline_first: bool = False) -> Node:
        """The guarantee node with trigger and activation rule, stated in one clause."""
        g = self.node("guarantee", "tkg:Guarantee", f"security {style.split('Styled')[1].lower()} for {self.L(self.ben)}")
        g.add("tkg:styledAs", style)
        g.add("tkg:protects", "tkg:EachParty" if self.arch == "mutual-defence" else self.ben)
        g.add("tkg:hasTrigger", self.trigger.subject)
        self.activation = self.activation_rule(rule_weights)
        g.add("tkg:activatedBy", self.activation.subject)
        extra = list(extra)
        if self.when(0.12):
            decide = self.timeline("tkg:DecideStage", hours=self.r.choice([24, 48, 72]), start="the request of the beneficiary", local="decide-timeline")
            self.activation.add("tkg:hasTimeline", decide.subject)
            extra.append(decide)
        g.add("tkg:hasObligation", *[o.subject for o in obligations if o.props["a"] == ["tkg:Obligation"]])
        g.add("tkg:hasRight", *[o.subject for o in rights])
        self.guarantee = g
        events = " or ".join(EVENT_WORDS[k] for k in self.trigger.props["tkg:eventKind"])
        quote = quote or f"in the event of {events} against {self.L(self.ben)}, the guarantor states will act as set out below"
        self.clause(summary, quote, [g, self.trigger, self.activation, *extra])
        return g

    def response_obligations(self, modality_weights, p_timeline=0.55, p_qualifier=0.3, strengths=(3, 5), p_consult=0.5,
                             p_seek=0.15, p_funding=0.4, p_sanctions=0.3, p_economic=0.15, qualifiers=QUALIFIERS):
        """Consultation, seek-action, assistance and defence obligations tied to the trigger."""
        r, out, timelines = self.r, [], []
        bearers = ["tkg:EachGuarantor"] if self.guarantors and self.when(0.6) else self.bearer_pool()[:3]
        if self.when(p_consult):
            consult = self.obligation("consult", "consult on the measures needed to counter the aggression", ["tkg:Consultation"], 1,
                                      unique(bearers + [self.ben]), pick(r, modality_weights))
            if self.when(p_timeline):
                hours = r.choice([24, 48, 72])
                tl = self.timeline("tkg:ConsultStage", hours=hours, local="consult-timeline")
                consult.add("tkg:hasTimeline", tl.subject)
                timelines.append(tl)
            out.append(consult)
        if self.when(p_seek):
            seek = self.obligation("seek-action", "seek immediate action by the UN Security Council", ["tkg:SeekThirdPartyAction"], 2, bearers,
                                   pick(r, modality_weights))
            seek.add("tkg:towards", "actor:UNSecurityCouncil").add("tkg:dependsOnBody", "actor:UNSecurityCouncil")
            out.append(seek)
        lo, hi = strengths
        strength = r.randint(lo, hi)
        kinds = {3: [["tkg:Assistance"], ["tkg:EconomicAssistance", "tkg:Assistance"], ["tkg:DiplomaticSupport", "tkg:Assistance"]],
                 4: [["tkg:MilitaryAssistance"], ["tkg:MilitaryAssistance", "tkg:ArmsSupply"]],
                 5: [["tkg:Defence", "tkg:UseOfForce"], ["tkg:Defence", "tkg:MilitaryAssistance", "tkg:UseOfForce"]]}[strength]
        kind = r.choice(kinds)
        label = {3: "assist by all means it deems appropriate", 4: "provide military assistance and equipment",
                 5: "assist in defence, armed force included"}[strength]
        qualifier = pick(r, qualifiers) if self.when(p_qualifier) else None
        modality = pick(r, modality_weights)
        if qualifier == "tkg:IntentOnly":
            modality = "tkg:Intend"
        assist = self.obligation("assist", label + (f" ({QUALIFIER_WORDS[qualifier]})" if qualifier else ""), kind, strength, bearers,
                                 modality, qualifier)
        if self.when(p_timeline):
            form = pick(r, [("hours", 5), ("words", 3)])
            if form == "hours":
                tl = self.timeline("tkg:ActStage", hours=r.choice([72, 168, 240, 720]), local="act-timeline")
            else:
                tl = self.timeline("tkg:ActStage", term=r.choice(["forthwith", "immediately", "without delay", "promptly"]), local="act-timeline")
            assist.add("tkg:hasTimeline", tl.subject)
            timelines.append(tl)
        if self.when(0.08):
            assist.add("tkg:endsWhen", s("when the Security Council has taken the measures necessary"))
        out.append(assist)
        fundings = []
        if strength in (3, 4) and self.when(p_funding):
            fundings.append(self.funding(assist))
        if self.when(p_economic):
            economic = self.obligation("economic", f"provide economic and financial support to {self.L(self.ben)}", ["tkg:EconomicAssistance"], 3,
                                       bearers, pick(r, modality_weights))
            out.append(economic)
            if self.when(p_funding):
                fundings.append(self.funding(economic))
        if self.when(p_sanctions):
            sanctions = self.obligation("sanctions", f"impose costs on {self.L(self.threat)}", ["tkg:Sanctions"], 3, bearers,
                                        pick(r, modality_weights))
            sanctions.add("tkg:towards", self.threat)
            out.append(sanctions)
        if self.when(0.12):
            report = self.obligation("report", "report measures taken to the UN Security Council", ["tkg:Reporting"], 0, bearers, "tkg:Shall")
            report.add("tkg:towards", "actor:UNSecurityCouncil")
            tl = self.timeline("tkg:ReportStage", term="immediately", start=None, local="report-timeline")
            report.add("tkg:hasTimeline", tl.subject)
            timelines.append(tl)
            out.append(report)
        return out, timelines, [f for f in fundings if f]

    def absence_clause(self):
        """A clause recording what the text does not provide (as the corpus states known absences)."""
        missing = [w for w, present in (("no deployment of forces", bool(self.deployments)),
                                        ("no verification mechanism", any(n.props["a"] == ["tkg:VerificationMechanism"] for n in self.order)),
                                        ("no time limit for the response", any(n.props["a"] == ["tkg:Timeline"] for n in self.order)))
                   if not present]
        if missing and self.guarantee is not None:
            self.clause("what the text does not provide", f"the text provides {', '.join(missing)}", [self.guarantee], article_id="whole text")

    def negative_undertakings(self, bearers):
        kinds = [("respect", "respect the independence, sovereignty and borders of {ben}", "tkg:RespectSovereignty"),
                 ("non-aggression", "refrain from the threat or use of force against {ben}", "tkg:NonAggression"),
                 ("non-interference", "not aid any state that attacks {ben}", "tkg:NotAidEnemy")]
        chosen = self.r.sample(kinds, self.r.randint(1, 2))
        nodes = [self.obligation(local, text.format(ben=self.L(self.ben)), [kind], 0, bearers, pick(self.r, [("tkg:Will", 2), ("tkg:Shall", 2)]),
                                 trigger=False) for local, text, kind in chosen]
        self.clause(f"respect for {self.L(self.ben)}'s sovereignty and borders",
                    f"the parties reaffirm their commitment to respect the independence, sovereignty and existing borders of {self.L(self.ben)}", nodes)

    def scope(self, p_exclude=0.3, p_forfeit=0.3, basis=None):
        r = self.r
        basis = basis or pick(r, [("tkg:SovereigntyBasis", 5), ("tkg:AdministrationBasis", 2), ("tkg:RegionBasis", 1 if self.t.region else 0)])
        include = {"tkg:SovereigntyBasis": self.t.home, "tkg:AdministrationBasis": self.t.controlled or self.t.home,
                   "tkg:RegionBasis": self.t.region or self.t.home}[basis]
        excluded = []
        candidates = self.t.occupied + self.t.excludable + self.t.contested
        if candidates and self.when(p_exclude):
            excluded = r.sample(candidates, r.randint(1, min(3, len(candidates))))
        label = self.L(include) + (f" without {self.names(excluded)}" if excluded else "")
        node = self.node("scope", "tkg:TerritorialScope", label)
        node.add("tkg:scopeBasis", basis).add("tkg:includesTerritory", include).add("tkg:excludesTerritory", *excluded)
        if self.guarantee is not None:
            self.guarantee.add("tkg:hasScope", node.subject)
        provisions = [node]
        if excluded and self.guarantee is not None and self.when(p_forfeit):
            forfeit = self.node("forfeiture", "tkg:TerminationCondition", f"the guarantee falls away if {self.L(self.ben)} acts in {self.names(excluded)}")
            forfeit.add("tkg:isForfeiture", "true").add("tkg:causableBy", self.ben).add("tkg:concernsTerritory", *excluded)
            self.guarantee.add("tkg:terminatesOn", forfeit.subject)
            provisions.append(forfeit)
        quote = f"the guarantees apply to {self.L(include)}" + (f" and do not apply to {self.names(excluded)}" if excluded else "")
        self.clause("territorial scope", quote, provisions)
        return node

    def duration(self, p_indefinite=0.3, renewal_weights=None, p_termination=0.25):
        r = self.r
        if self.when(0.08):  # duration not reported, as in the Istanbul draft
            node = self.node("duration", "tkg:Duration", "duration unknown")
            node.add("tkg:confidence", "tkg:Uncertain").add("tkg:note", s("No term, renewal or denunciation rule is reported."))
            self.duration_node = node.subject
            self.clause("final provisions: duration not reported", "the duration is not reported in the sources read", [node], confidence="tkg:Uncertain")
            return node
        provisions = []
        if self.when(p_indefinite):
            node = self.node("duration", "tkg:Duration", "indefinite")
            node.add("tkg:indefinite", "true")
        else:
            years = r.choice([3, 5, 10, 10, 20, 25, 50])
            node = self.node("duration", "tkg:Duration", f"{years} years" + (", renewable" if years < 50 else ""))
            node.add("tkg:termYears", str(years))
            if self.when(0.6):
                node.add("tkg:renewalPeriodYears", str(r.choice([1, 5, years])))
                renewal = pick(r, renewal_weights or [("auto", 3), ("unspecified", 3), ("mutual", 2), ("consensus", 2), ("body", 1), ("ref", 1)])
                if renewal == "auto":
                    node.add("tkg:automaticRenewal", "true")
                elif renewal == "ref" and self.t.renewal_refs:
                    node.add("tkg:renewalRule", r.choice(self.t.renewal_refs))
                else:
                    kind, voters, body = {"unspecified": ("tkg:Unspecified", [], None), "mutual": ("tkg:MutualAgreement", ["tkg:AllParties"], None),
                                          "consensus": ("tkg:Consensus", ["tkg:AllParties"], None),
                                          "body": ("tkg:BodyDecision", [], "actor:UNSecurityCouncil"),
                                          "ref": ("tkg:Consensus", ["tkg:AllGuarantors"], None)}[renewal]
                    rule = self.rule("renewal", f"renewal of the term ({RULE_WORDS[kind]})", kind, voters, ["tkg:Renewal"], body=body)
                    node.add("tkg:renewalRule", rule.subject)
                    provisions.append(rule)
        if self.when(0.6):
            allowed = self.when(0.75)
            node.add("tkg:denunciationAllowed", boolean(allowed))
            if allowed:
                if self.when(0.4):
                    node.add("tkg:denunciationAfterYears", str(r.choice([1, 5, 10, 20])))
                node.add("tkg:noticeMonths", str(r.choice([3, 6, 12])))
        if self.when(p_termination):
            cause = pick(r, [("accession", 3), ("threat", 2), ("ben", 1)])
            if cause == "accession":
                org = self.t.orgs[0] if self.t.orgs else None
                term = self.node("lapse", "tkg:TerminationCondition", f"{self.L(self.ben)} joins {self.L(org) if org else 'an alliance'} (the agreement ends)")
                term.add("tkg:causableBy", self.ben, org).add("tkg:isForfeiture", "false")
            elif cause == "threat":
                term = self.node("lapse", "tkg:TerminationCondition", f"the agreement lapses if {self.L(self.threat)} withdraws from the settlement")
                term.add("tkg:causableBy", self.threat).add("tkg:isForfeiture", "false")
            else:
                term = self.node("lapse", "tkg:TerminationCondition", f"the guarantee is forfeited if {self.L(self.ben)} joins a military alliance")
                term.add("tkg:causableBy", self.ben).add("tkg:isForfeiture", "true")
            node.add("tkg:terminatesOn", term.subject)
            provisions.append(term)
        if self.when(0.15):
            kind = pick(r, [("tkg:MutualAgreement", 3), ("tkg:Consensus", 1), ("tkg:SimpleMajority", 1)])
            provisions.append(self.rule("termination", f"termination or amendment of the agreement ({RULE_WORDS[kind]})", kind,
                                        ["tkg:AllParties"], ["tkg:Termination", "tkg:Amendment"]))
        if self.when(0.3):
            node.add("tkg:confidence", pick(r, CONFIDENCE))
        self.duration_node = node.subject
        words = node.props["rdfs:label"][0].split('"')[1]
        term = "indefinitely" if words == "indefinite" else f"for {words}"
        self.clause(f"final provisions: {words}", f"this agreement remains in force {term}", [node, *provisions])
        return node

    def linkages(self, n=(1, 4), weights=LINKAGE_KINDS, p_chain=0.25, p_cycle=0.2):
        r = self.r
        kinds = unique(pick(r, weights) for _ in range(r.randint(*n)))
        nodes = []
        for kind in kinds:
            text = LINKAGE_WORDS[kind].format(ben=self.L(self.ben), threat=self.L(self.threat))
            node = self.node(kind.split(":")[1].lower(), "tkg:Linkage", text)
            node.add("tkg:linkageKind", kind)
            concerns = {"tkg:SanctionsRelief": [self.threat], "tkg:NonEnlargement": self.t.orgs[:1] or [self.ben],
                        "tkg:TerritorialSettlement": [self.ben, self.threat], "tkg:LegalClaimsWaiver": [self.ben, self.threat],
                        "tkg:ForceWithdrawal": [self.threat], "tkg:LocalElections": self.t.proxies[:1] or [self.ben],
                        "tkg:CeasefireLinkage": [self.ben, self.threat]}.get(kind, [self.ben])
            node.add("tkg:concerns", *concerns)
            if kind == "tkg:SanctionsRelief":
                if self.when(0.6):
                    node.add("tkg:snapback", boolean(self.when(0.55)))
                if self.when(0.4):
                    node.add("tkg:proposedBy", self.threat)
            elif kind in ("tkg:ForeignForcesBan", "tkg:ForeignWeaponsBan", "tkg:TreatyTermination", "tkg:NATONonMembership"):
                if self.when(0.7):
                    node.add("tkg:restrictsSelfHelp", boolean(kind != "tkg:NATONonMembership" or self.when(0.3)))
            elif kind == "tkg:ExerciseConsent":
                node.add("tkg:controlledBy", "tkg:AllGuarantors")
            elif kind in ("tkg:LegalClaimsWaiver", "tkg:DomesticPolicyDemand") and self.when(0.7):
                node.add("tkg:proposedBy", self.threat)
            if kind in ("tkg:LocalElections", "tkg:ConstitutionalReform", "tkg:BorderControl", "tkg:ForceWithdrawal", "tkg:Referendum"):
                node.add("tkg:responsible", self.threat if kind == "tkg:ForceWithdrawal" else self.ben)
                if self.when(0.5):
                    node.add("tkg:controlledBy", r.choice(self.t.proxies + [self.threat, self.ben]))
                if self.when(0.4):
                    y = self.plan["year"]
                    node.add("tkg:deadline", date(y + 1, r.randint(1, 12), r.randint(1, 28)))
            nodes.append(node)
        # Preconditions: a chain, sometimes closed into a loop (Minsk II point 9).
        if len(nodes) >= 2 and self.when(p_chain):
            chain = nodes[:]
            r.shuffle(chain)
            for a, b in zip(chain, chain[1:]):
                a.add("tkg:requires", b.subject)
            if len(chain) >= 2 and self.when(p_cycle):
                chain[-1].add("tkg:requires", chain[0].subject)
        if self.guarantee is not None and nodes and self.when(0.1):
            self.guarantee.add("tkg:requires", nodes[0].subject)  # the guarantee waits for a linkage
        groups = [nodes[k:k + 2] for k in range(0, len(nodes), 2)]
        for group in groups:
            self.clause("; ".join(n.props["rdfs:label"][0].split('"')[1] for n in group),
                        "; ".join(n.props["rdfs:label"][0].split('"')[1] for n in group), group)
        return nodes

    def deployment(self, kind=None, timing=None, p_gaps=0.25, contributors=None) -> list[Node]:
        r = self.r
        kind = kind or pick(r, [(k, w) for k, w in zip(DEPLOYMENT_KINDS, [6, 3, 1, 2, 4, 2, 2, 2, 2, 1])])
        words, functions = DEPLOYMENT_KINDS[kind]
        contributors = contributors or (self.guarantors[:r.randint(1, 4)] if self.guarantors else self.t.pool[:2])
        contributors = [c for c in contributors if c != self.ben] or self.t.pool[:1]
        node = self.node(f"{words.split()[0].lower()}-deployment", "tkg:Deployment", f"{words} of {self.names(contributors)} in {self.L(self.ben)}")
        node.add("tkg:deploymentKind", kind)
        if not self.when(p_gaps * 0.6):
            node.add("tkg:function", *r.sample(functions, r.randint(1, len(functions))))
        timing = timing or pick(r, [("tkg:Standing", 5), ("tkg:Responsive", 4), (None, 1)])
        node.add("tkg:timing", timing)
        node.add("tkg:contributor", *contributors).add("tkg:host", self.ben)
        if self.when(0.7):
            node.add("tkg:personnel", str(r.choice([150, 300, 800, 1300, 2500, 5000, 10000, 25000])))
        if self.t.zones and self.when(0.7):
            node.add("tkg:zone", r.choice(self.t.zones))
        provisions = [node]
        if not self.when(p_gaps):
            if self.when(0.6):
                node.add("tkg:commandedBy", *contributors[:2])
            node.add("tkg:commandArrangement", s(r.choice(["multinational command led by the largest contributor",
                                                           "national command of each contributor", "an integrated headquarters",
                                                           "under the authority of the guarantors' joint council"])))
        if not self.when(p_gaps):
            node.add("tkg:useOfForce", pick(r, [("tkg:NoForce", 1), ("tkg:SelfDefenceOnly", 3), ("tkg:MissionDefence", 3), ("tkg:AllNecessaryForce", 2)]))
            if self.when(0.4):
                node.add("tkg:rulesOfEngagement", s("force in self-defence and in defence of the mission; on a renewed attack as decided by each contributor"))
        if not self.when(p_gaps):
            design = pick(r, [("host", 6), ("guarantors", 2), ("flag", 2)])
            if design == "flag":
                node.add("tkg:hostConsent", "true")
            else:
                voters = [self.ben] if design == "host" else ["tkg:AllGuarantors"]
                kind_ = "tkg:SingleActorDecision" if design == "host" else "tkg:Unanimity"
                consent = self.rule("consent", f"consent to the stationing by {self.names(voters)}", kind_, voters, ["tkg:DeploymentConsent"])
                node.add("tkg:hostConsent", "true").add("tkg:consentRule", consent.subject)
                provisions.append(consent)
            if self.when(0.1):
                withdrawal = self.rule("withdrawal", "withdrawal of the force only by agreement of the parties", "tkg:MutualAgreement",
                                       ["tkg:AllParties"], ["tkg:WithdrawalOfMission"])
                provisions.append(withdrawal)
        if timing == "tkg:Responsive" and self.trigger is not None:
            node.add("tkg:hasTrigger", self.trigger.subject)
        if self.when(0.05):
            node.add("tkg:dependsOnBody", r.choice(self.t.bodies))  # e.g. a mandate the Security Council must give
        self.deployments.append(node)
        self.observable.append(node)
        verb = "station" if timing != "tkg:Responsive" else "deploy, on a renewed attack,"
        article = "an" if words[0] in "aeiou" else "a"
        self.clause(f"{words} in {self.L(self.ben)}", f"{self.names(contributors)} {verb} {article} {words} in {self.L(self.ben)}", provisions)
        return provisions

    def caps(self, subjects, n=(1, 3), p_verified=0.55, proposers=(), deployment: Node | None = None) -> list[Node]:
        r = self.r
        nodes = []
        for subject in subjects:
            categories = list(CAP_CATEGORIES)
            if self.w.kinds.get(subject) == "nonstate":  # armed groups have no navy or air force to cap
                categories = ["tkg:HeavyWeapons", "tkg:Artillery", "tkg:Tanks", "tkg:Personnel"]
            for category in r.sample(categories, min(len(categories), r.randint(*n))):
                unit, limits = CAP_CATEGORIES[category]
                limit = r.choice(limits)
                proposer = r.choice(proposers) if proposers and self.when(0.6) else None
                owner = self.L(subject) if subject != "contingent" else "the contingent"
                amount = "none" if limit == 0 else f"{limit:,} {unit}"
                label = f"{owner}'s {CAP_WORDS[category]}: {amount}"
                if proposer:
                    label += f" ({self.L(proposer)}'s proposal)"
                cap = self.node(f"cap-{category.split(':')[1].lower()}", "tkg:ForceCap", label)
                cap.add("tkg:capSubject", *(deployment.props["tkg:contributor"] if subject == "contingent" else [subject]))
                cap.add("tkg:capCategory", category).add("tkg:limit", str(limit)).add("tkg:unit", s(unit))
                if subject == "contingent" and deployment is not None:
                    cap.add("tkg:capsDeployment", deployment.subject)
                if self.t.zones and self.when(0.3):
                    cap.add("tkg:zone", r.choice(self.t.zones))
                cap.add("tkg:proposedBy", proposer)
                nodes.append(cap)
        provisions = list(nodes)
        if nodes and self.when(p_verified):
            verification = self.verification(capped=subjects)
            for cap in nodes:
                if self.when(0.9):
                    cap.add("tkg:verifiedBy", verification[0].subject)
            provisions += verification
        self.clause("limits on forces", "; ".join(c.props["rdfs:label"][0].split('"')[1] for c in nodes[:4]), provisions)
        return nodes

    def verification(self, capped=()) -> list[Node]:
        r = self.r
        body = r.choice(self.t.verifiers) if self.t.verifiers else "tkg:AllParties"
        node = self.node("verification", "tkg:VerificationMechanism", f"verification by {self.L(body)}")
        node.add("tkg:verifyingBody", body)
        out = [node]
        if self.when(0.6):
            comp = unique([self.ben, self.threat] + ([r.choice(self.t.pool)] if self.when(0.7) else []))
            node.add("tkg:composition", *comp)
            design = pick(r, [("qmv", 4), ("consensus", 3), ("body", 1)])
            if design == "qmv":
                rule = self.rule("verification-rule", f"findings by {len(comp) - 1} of {len(comp)} members", "tkg:QualifiedMajority", comp,
                                 ["tkg:TriggerDetermination"], threshold=max(1, len(comp) - 1))
            elif design == "consensus":
                rule = self.rule("verification-rule", "findings by consensus of the members", "tkg:Consensus", comp, ["tkg:TriggerDetermination"])
            else:
                rule = self.rule("verification-rule", f"findings adopted by {self.L(self.t.bodies[0])}", "tkg:BodyDecision", (),
                                 ["tkg:TriggerDetermination"], body=self.t.bodies[0])
            node.add("tkg:verificationRule", rule.subject)
            out.append(rule)
        if self.when(0.6):
            node.add("tkg:accessRights", s(r.choice(["on-site inspection on 48 hours' notice", "freedom of movement in the zones",
                                                      "declared sites only", "access restricted by the host"])))
        node.add("tkg:reportsTo", pick(r, [("tkg:AllParties", 3), ("actor:UNSecurityCouncil", 2), (self.ben, 1)]))
        if self.when(0.6):
            node.add("tkg:means", s(r.choice(["satellites, drones, radar", "on-site inspections", "notified rosters and inventories"])))
        if self.when(0.3):
            tl = self.timeline("tkg:ActStage", hours=24, term="from day 1", start="entry into force", local="verification-start")
            node.add("tkg:hasTimeline", tl.subject)
            out.append(tl)
        if self.when(0.35):
            mandate = self.node("mandate", "tkg:Duration", "one-year mandate of the verifiers, renewable")
            mandate.add("tkg:renewalPeriodYears", "1")
            if self.t.renewal_refs and self.when(0.5):
                mandate.add("tkg:renewalRule", r.choice(self.t.renewal_refs))
            else:
                mandate.add("tkg:automaticRenewal", "true")
            node.add("tkg:hasDuration", mandate.subject)
            for d in self.deployments:
                if d.props.get("tkg:deploymentKind") == ["tkg:ObserverMission"]:
                    d.add("tkg:hasDuration", mandate.subject)
            out.append(mandate)
        return out

    def standing_duties(self, options, bearers, protects, summary="obligations of the parties", modality=None):
        """Standing undertakings with no trigger (ATOP's non-defence obligations)."""
        r = self.r
        chosen = []
        for local, text, kind, weight in options:
            if chance(r, weight / 6):
                chosen.append(self.obligation(local, text, [kind], 0 if kind != "tkg:Offence" else 5, bearers,
                                              modality or pick(r, [("tkg:Shall", 3), ("tkg:Will", 2)]), trigger=False, protects=protects))
        if chosen:
            self.clause(summary, "; ".join(n.props["rdfs:label"][0].split('"')[1] for n in chosen), chosen)

    def peacetime(self):
        r = self.r
        self.has_peacetime = True
        kinds = r.sample(PEACETIME, r.randint(1, 2))
        nodes = []
        for kind, words in kinds:
            node = self.node(kind.split(":")[1].lower(), "tkg:PeacetimeProvision", words.format(ben=self.L(self.ben)))
            node.add("tkg:peacetimeKind", kind)
            if kind in ("tkg:FormalOrganisation", "tkg:MilitaryContact") and self.when(0.6):
                node.add("tkg:level", str(r.randint(1, 3)))
            if kind == "tkg:FormalOrganisation":
                node.add("tkg:purpose", s("consultation and coordination of defence planning"))
                node.add("tkg:militaryPurpose", boolean(self.when(0.7)))
            nodes.append(node)
        self.clause("peacetime military co-operation", "; ".join(n.props["rdfs:label"][0].split('"')[1] for n in nodes), nodes)

    def observations(self) -> list[Node]:
        if self.plan["status"] not in ("tkg:InForce", "tkg:Terminated") or not self.observable or not self.when(0.25):
            return []
        out = []
        for provision in self.r.sample(self.observable, min(len(self.observable), self.r.randint(1, 2))):
            year = min(self.plan["year"] + self.r.randint(1, 5), 2026)
            obs = self.node("observation", "tkg:ImplementationObservation", f"implementation in {year}")
            obs.add("tkg:observes", provision.subject).add("tkg:year", str(year)).add("tkg:implementationLevel", str(self.r.randint(0, 3)))
            obs.add("dcterms:source", s(SOURCE.format(seed=self.seed)))
            out.append(obs)
        return out

    # -- designs -------------------------------------------------------------------------------
    def guarantee_treaty(self):
        r = self.r
        if self.when(0.5):
            neutral = self.node("neutrality", "tkg:Linkage", f"{self.L(self.ben)}'s permanent neutrality")
            neutral.add("tkg:linkageKind", "tkg:PermanentNeutrality").add("tkg:concerns", self.ben)
            self.clause("permanent neutrality", f"{self.L(self.ben)} maintains permanent neutrality, recognised by the guarantor states", [neutral])
        self.trigger, conditions = self.make_trigger(p_defined=0.35)
        obligations, timelines, fundings = self.response_obligations([("tkg:Shall", 4), ("tkg:Will", 3), ("tkg:Would", 1)],
                                                                     p_timeline=0.6, strengths=(3, 5), p_seek=0.15)
        self.core_guarantee(pick(r, [("tkg:StyledGuarantee", 8), ("tkg:StyledCommitment", 2)]),
                            {"individual": 30, "unanimity": 30, "qmv": 12, "body": 14, "consensus": 6, "mutual": 3, "simple": 4, "unspecified": 3},
                            obligations, extra=conditions, summary="guarantors assist the beneficiary")
        self.clause("the guarantors' response", "the guarantor states support the beneficiary's right of self-defence", obligations + timelines + fundings)
        if self.when(0.6):
            self.negative_undertakings(["tkg:EachGuarantor"])
        if self.when(0.45):
            self.standing_duties([("non-nuclear", f"{self.L(self.ben)} never receives, produces or acquires nuclear weapons", "tkg:NonNuclearStatus", 3),
                                  ("no-alliances", f"{self.L(self.ben)} joins no military alliance", "tkg:NoOtherAlliances", 3),
                                  ("neutrality-duty", f"{self.L(self.ben)} stays neutral in conflicts between third states", "tkg:Neutrality", 1)],
                                 [self.ben], self.ben, summary=f"undertakings of {self.L(self.ben)}")
        if self.when(0.5):
            self.caps([self.ben] + ([self.threat] if self.when(0.35) else []), proposers=[self.ben, self.threat] if self.plan["status"] in ("tkg:Draft", "tkg:Proposed") else ())
        if self.when(0.2):
            self.deployment(timing=None)
        self.scope(p_exclude=0.4, p_forfeit=0.3)
        self.linkages(n=(1, 4))
        self.duration(p_indefinite=0.25)

    def bilateral(self):
        r = self.r
        if self.when(0.6):
            self.peacetime()
        self.trigger, conditions = self.make_trigger(n=(1, 2), p_defined=0.2, p_conditions=0.4)
        obligations, timelines, fundings = self.response_obligations([("tkg:Will", 6), ("tkg:Shall", 2), ("tkg:Intend", 1)], p_consult=0.9,
                                                                     p_timeline=0.5, strengths=(3, 4), p_funding=0.7, p_sanctions=0.7,
                                                                     p_economic=0.6)
        self.core_guarantee(pick(r, [("tkg:StyledSupport", 6), ("tkg:StyledCommitment", 3)]),
                            {"individual": 60, "single": 20, "unspecified": 10, "mutual": 5}, obligations, extra=conditions,
                            summary=f"future attack on {self.L(self.ben)}: consultations and support")
        self.clause("assistance and funding", f"{self.L(self.guarantors[0]) if self.guarantors else 'the guarantor'} will provide swift and sustained assistance",
                    obligations + timelines + fundings)
        if self.when(0.3):
            self.linkages(n=(1, 2), weights=[("tkg:EUAccession", 4), ("tkg:Ratification", 2), ("tkg:OtherLinkage", 1)])
        if self.when(0.6):
            self.absence_clause()
        self.duration(p_indefinite=0.1, p_termination=0.6)

    def memorandum(self):
        r = self.r
        self.negative_undertakings(self.guarantors or self.t.pool[:2])
        self.trigger, conditions = self.make_trigger(kinds_weights=[("tkg:NuclearUse", 5), ("tkg:Aggression", 4), ("tkg:ThreatOfAggression", 3)],
                                                     n=(1, 2), p_defined=0.1, p_conditions=0.1)
        modality = [("tkg:Will", 7), ("tkg:Would", 2), ("tkg:Intend", 1)]
        seek = self.obligation("seek-action", "seek immediate UN Security Council action to assist the beneficiary", ["tkg:SeekThirdPartyAction"], 2,
                               ["tkg:AllAssurers"] if self.when(0.3) else self.guarantors, pick(r, modality))
        seek.add("tkg:towards", "actor:UNSecurityCouncil").add("tkg:dependsOnBody", "actor:UNSecurityCouncil")
        parts = [seek]
        if self.when(0.7):
            tl = self.timeline("tkg:ActStage", term="immediate", start=None, local="seek-timeline")
            seek.add("tkg:hasTimeline", tl.subject)
            parts.append(tl)
        consult = self.obligation("consult", "consult if a question arises concerning these commitments", ["tkg:Consultation"], 1,
                                  unique(self.guarantors + [self.ben]), pick(r, modality), trigger=False)
        self.core_guarantee(pick(r, [("tkg:StyledAssurance", 8), ("tkg:StyledGuarantee", 2)]),
                            {"body": 55, "unspecified": 15, "consensus": 20, "individual": 10}, [seek, consult], extra=conditions,
                            summary="seek Security Council action")
        self.clause("Security Council action", "seek immediate United Nations Security Council action to provide assistance", parts)
        self.clause("consultations", "will consult in the event a situation arises which raises a question concerning these commitments", [consult])
        if self.when(0.6):
            self.scope(p_exclude=0.1, p_forfeit=0.0)
        link = self.node("denuclearisation", "tkg:Linkage", f"{self.L(self.ben)}'s accession to the NPT as a non-nuclear-weapon state")
        link.add("tkg:linkageKind", pick(r, [("tkg:Denuclearisation", 5), ("tkg:ForeignWeaponsBan", 1)])).add("tkg:concerns", self.ben)
        self.clause("preamble: in connection with disarmament", f"welcoming the accession of {self.L(self.ben)} to the NPT", [link])
        if self.when(0.4):
            self.absence_clause()
        self.duration(p_indefinite=0.8, p_termination=0.05)

    def mutual_defence(self):
        r = self.r
        self.trigger, conditions = self.make_trigger(kinds_weights=[("tkg:ArmedAttack", 8), ("tkg:Aggression", 2), ("tkg:CyberAttack", 1),
                                                                    ("tkg:HybridAttack", 1)], n=(1, 2), p_defined=0.2, p_conditions=0.15)
        qualifier = pick(r, QUALIFIERS[:2] + [("tkg:SpecificCharacter", 1), (None, 3)])
        defend = self.obligation("assist", "assist the party attacked by such action as each deems necessary, armed force included",
                                 ["tkg:Defence", "tkg:UseOfForce"] if self.when(0.7) else ["tkg:Defence"], r.choice([3, 5, 5]), ["tkg:EachParty"],
                                 pick(r, [("tkg:Shall", 1), ("tkg:Will", 1)]), qualifier, protects="tkg:EachParty")
        parts = [defend]
        if self.when(0.4):
            tl = self.timeline("tkg:ActStage", term="forthwith", local="act-timeline")
            defend.add("tkg:hasTimeline", tl.subject)
            parts.append(tl)
        consult = self.obligation("consult", "consult whenever a party's security is threatened", ["tkg:Consultation"], 1, ["tkg:EachParty"],
                                  "tkg:Will", trigger=False, protects="tkg:EachParty")
        obligations = [defend, consult]
        if self.when(0.3):
            report = self.obligation("report", "report measures to the Security Council", ["tkg:Reporting"], 0, ["tkg:EachParty"], "tkg:Shall",
                                     protects="tkg:EachParty")
            report.add("tkg:towards", "actor:UNSecurityCouncil")
            obligations.append(report)
            parts.append(report)
        self.core_guarantee("tkg:StyledCommitment", {"individual": 80, "consensus": 10, "unanimity": 5, "body": 5}, obligations,
                            extra=conditions, summary="an attack on one is an attack on all")
        self.clause("collective defence", "each party will assist the party or parties so attacked", parts)
        self.clause("consultations", "the parties will consult together whenever the security of any of them is threatened", [consult])
        self.scope(p_exclude=0.15, p_forfeit=0.0, basis="tkg:RegionBasis" if self.t.region and self.when(0.6) else None)
        self.standing_duties([("peaceful", "settle disputes among the parties by peaceful means", "tkg:PeacefulSettlement", 4),
                              ("no-conflicting", "enter into no commitment in conflict with this treaty", "tkg:NoConflictingCommitments", 3),
                              ("no-other-alliances", "join no other military alliance", "tkg:NoOtherAlliances", 2),
                              ("no-separate-peace", "conclude no separate peace", "tkg:NoSeparatePeace", 2),
                              ("economic", "encourage economic collaboration between the parties", "tkg:NonMilitaryCooperation", 3),
                              ("offence", "join operations a party undertakes against the named adversary", "tkg:Offence", 1)],
                             ["tkg:EachParty"], "tkg:EachParty")
        if self.when(0.7):
            self.peacetime()
        self.duration(p_indefinite=0.4)

    def settlement(self):
        r = self.r
        y = self.plan["year"]
        bearers = unique([self.ben, self.threat] + self.t.proxies[:1])
        ceasefire = self.obligation("ceasefire", "comprehensive ceasefire", ["tkg:Ceasefire"], 0, bearers, "tkg:Shall", trigger=False, protects=None)
        ceasefire.add("tkg:deadline", date(y, self.plan["month"], self.plan["day"]))
        withdrawal = self.obligation("withdrawal", "withdraw heavy weapons from the line of contact", ["tkg:Withdrawal", "tkg:ForceLimitation"], 0,
                                     bearers, "tkg:Shall", trigger=False)
        parts = [ceasefire, withdrawal]
        if self.when(0.7):
            start = self.timeline("tkg:ActStage", hours=48, term="no later than the second day after the ceasefire", start="the ceasefire", local="withdrawal-start")
            done = self.timeline("tkg:CompleteStage", hours=336, term="within 14 days", start="start of the withdrawal", local="withdrawal-complete")
            withdrawal.add("tkg:hasTimeline", start.subject, done.subject)
            parts += [start, done]
        self.clause("ceasefire and withdrawal of heavy weapons", "an immediate and comprehensive ceasefire; withdrawal of all heavy weapons", parts)
        self.deployment(kind=pick(r, [("tkg:ObserverMission", 6), ("tkg:PeacekeepingForce", 3)]), timing="tkg:Standing", p_gaps=0.3,
                        contributors=[x for x in self.t.verifiers[:1] if self.w.kinds.get(x) != "body"] or self.t.pool[:3])
        capped = unique([self.ben] + ([self.threat] if self.when(0.6) else []) + (self.t.proxies[:1] if self.when(0.5) else []))
        self.caps(capped, n=(1, 2), p_verified=0.65)
        if self.when(0.5):
            self.trigger, conditions = self.make_trigger(kinds_weights=[("tkg:CeasefireViolation", 5), ("tkg:TreatyViolation", 3), ("tkg:ArmedAttack", 2)],
                                                         n=(1, 2), p_defined=0.3, p_conditions=0.2)
            obligations, timelines, fundings = self.response_obligations([("tkg:Will", 3), ("tkg:Shall", 2), ("tkg:Would", 1)], strengths=(3, 4),
                                                                         p_seek=0.3)
            self.core_guarantee(pick(r, [("tkg:StyledGuarantee", 3), ("tkg:StyledAssurance", 2), ("tkg:StyledSupport", 1)]),
                                {"body": 30, "consensus": 25, "unanimity": 20, "individual": 15, "mutual": 10}, obligations, extra=conditions,
                                summary="guarantee of the settlement")
            self.clause("guarantors' undertakings", "the guarantors will respond to violations of the settlement", obligations + timelines + fundings)
        self.linkages(n=(2, 5), weights=[("tkg:BorderControl", 5), ("tkg:LocalElections", 5), ("tkg:ConstitutionalReform", 4),
                                         ("tkg:ForceWithdrawal", 3), ("tkg:SanctionsRelief", 3), ("tkg:CeasefireLinkage", 3),
                                         ("tkg:TerritorialSettlement", 3), ("tkg:LegalClaimsWaiver", 1), ("tkg:DomesticPolicyDemand", 1)],
                      p_chain=0.6, p_cycle=0.25)
        if self.when(0.4):
            rule = self.rule("implementation", f"implementation decisions by {self.L(self.t.bodies[-1])}", "tkg:BodyDecision", (), ["tkg:Amendment"],
                             body=self.t.bodies[-1])
            self.clause("implementation", "implementation questions are settled in the contact group", [rule])
        if self.when(0.6):
            self.duration(p_indefinite=0.5, p_termination=0.3)

    def reassurance(self):
        r = self.r
        self.trigger, conditions = self.make_trigger(p_defined=0.5, p_conditions=0.2)
        obligations, timelines, fundings = self.response_obligations([("tkg:Shall", 5), ("tkg:Will", 4), ("tkg:Would", 1)], p_timeline=0.65,
                                                                     strengths=(3, 5), p_funding=0.3)
        if self.when(0.3) and self.t.pool:
            backer = next((a for a in ("actor:UnitedStates", self.t.pool[-1]) if a not in self.guarantors and a != self.ben), None)
            if backer:
                support = self.obligation("backstop", f"{self.L(backer)} supports the guarantors' response (no troops)", ["tkg:Assistance"], 3,
                                          [backer], "tkg:Will", "tkg:AppropriateAction")
                obligations.append(support)
        self.core_guarantee(pick(r, [("tkg:StyledGuarantee", 6), ("tkg:StyledCommitment", 3)]),
                            {"individual": 50, "unanimity": 15, "qmv": 12, "body": 10, "consensus": 8, "simple": 3, "unspecified": 5}, obligations,
                            extra=conditions, summary="an Article 5-like guarantee")
        self.clause("the guarantors' response", "each guarantor shall assist in the defence of the beneficiary", obligations + timelines + fundings)
        kind = pick(r, [("tkg:GroundContingent", 5), ("tkg:TrainingMission", 3), ("tkg:AirPolicing", 2), ("tkg:NavalMission", 1),
                        ("tkg:TripwireForce", 2), ("tkg:NoFlyZoneEnforcement", 1), ("tkg:MaintenanceAndLogistics", 2), ("tkg:BasingRights", 1)])
        provisions = self.deployment(kind=kind, p_gaps=0.25)
        if self.when(0.5):
            self.caps(["contingent"], n=(1, 2), p_verified=0.5, deployment=provisions[0])
        if self.when(0.3):
            self.caps([self.ben], n=(1, 2), p_verified=0.4)
        self.scope(p_exclude=0.2, p_forfeit=0.2)
        self.linkages(n=(2, 5), p_chain=0.2, p_cycle=0.1)
        self.duration(p_indefinite=0.2)

    def statute(self):
        r = self.r
        g = self.guarantors[:1] or self.t.pool[:1]
        arms = self.obligation("arms", f"make defence articles available to {self.L(self.ben)} in such quantity as may be necessary",
                               ["tkg:ArmsSupply", "tkg:MilitaryAssistance"], 4, g, "tkg:Will", "tkg:AsMayBeNecessary", trigger=False)
        parts = [arms]
        if self.when(0.5):
            parts.append(self.funding(arms))
        self.clause("defence articles", f"{self.L(g[0])} will make available defence articles and services", parts)
        self.trigger, conditions = self.make_trigger(kinds_weights=[("tkg:ThreatToSecurity", 4), ("tkg:Blockade", 2), ("tkg:EconomicCoercion", 2),
                                                                    ("tkg:ArmedAttack", 2)], n=(2, 3), p_defined=0.1, p_conditions=0.1)
        respond = self.obligation("respond", "appropriate action to be determined by the government in accordance with constitutional processes",
                                  ["tkg:OtherObligation"], 0, g, "tkg:Will", "tkg:AppropriateAction")
        self.core_guarantee(pick(r, [("tkg:StyledSupport", 3), ("tkg:StyledCommitment", 1)]), {"single": 80, "unspecified": 20},
                            [respond, arms], extra=conditions, summary="any threat: appropriate action")
        self.clause("response to threats", "the President and the legislature shall determine appropriate action", [respond])
        if self.when(0.6):
            report = self.obligation("inform", "inform the legislature promptly of any threat", ["tkg:Reporting"], 0, g, "tkg:Shall")
            tl = self.timeline("tkg:ReportStage", term="promptly", start="a threat to the beneficiary", local="inform-timeline")
            report.add("tkg:hasTimeline", tl.subject)
            self.clause("information of the legislature", "the President is directed to inform the legislature promptly", [report, tl])
        if self.when(0.5):
            self.peacetime()
        self.scope(p_exclude=0.5, p_forfeit=0.0)
        if self.when(0.5):
            self.absence_clause()
        self.duration(p_indefinite=0.9, p_termination=0.0)

    def neutrality(self):
        r = self.r
        neutral = self.obligation("observe-neutrality", f"{self.L(self.ben)} observes neutrality towards all states", ["tkg:Neutrality"], 0,
                                  [self.ben], "tkg:Shall", trigger=False, protects=self.ben)
        link = self.node("neutrality", "tkg:Linkage", f"{self.L(self.ben)}'s perpetual neutrality")
        link.add("tkg:linkageKind", "tkg:PermanentNeutrality").add("tkg:concerns", self.ben)
        self.clause("perpetual neutrality", f"{self.L(self.ben)} shall form an independent and perpetually neutral state", [neutral, link])
        self.trigger, conditions = self.make_trigger(kinds_weights=[("tkg:NeutralityViolation", 6), ("tkg:TreatyViolation", 3), ("tkg:ArmedAttack", 2)],
                                                     n=(1, 2), p_defined=0.15, p_conditions=0.15)
        rights, obligations = [], []
        if self.when(0.75):
            right = self.obligation("intervention-right", "each guarantor reserves the right to take action to restore the guaranteed state of affairs",
                                    ["tkg:Intervention"], pick(r, [(5, 2), (3, 1)]), ["tkg:EachGuarantor"], "tkg:May", cls="tkg:Right")
            if self.when(0.4):
                right.add("tkg:requiresCollectiveAuthorisation", boolean(self.when(0.6)))
            if self.when(0.3):
                right.add("tkg:limitation", s("with the sole aim of re-establishing the guaranteed state of affairs; forces withdraw once it is restored"))
            rights.append(right)
        duty = self.obligation("guarantee-duty", "guarantee of the treaty's articles (content of the duty unspecified)", ["tkg:OtherObligation"],
                               0, self.guarantors or ["tkg:EachGuarantor"], None)
        obligations.append(duty)
        self.core_guarantee("tkg:StyledGuarantee", {"unspecified": 40, "unanimity": 25, "individual": 20, "consensus": 15},
                            obligations, rights, extra=conditions, summary="the guarantee of neutrality")
        self.clause("the guarantors' rights and duties", "the guaranteeing powers guarantee the state of affairs established by this treaty",
                    obligations + rights)
        if self.when(0.4):
            self.scope(p_exclude=0.2, p_forfeit=0.2)
        if self.when(0.5):
            self.absence_clause()
        self.duration(p_indefinite=0.8, p_termination=0.1)

    def declaration(self):
        r = self.r
        self.trigger, conditions = self.make_trigger(n=(1, 2), p_defined=0.1, p_conditions=0.1)
        modality = [("tkg:Intend", 6), ("tkg:Will", 2), ("tkg:Would", 1), ("tkg:May", 1)]
        obligations, timelines, fundings = self.response_obligations(modality, p_consult=0.9, p_timeline=0.4, p_qualifier=0.6,
                                                                     strengths=(3, 4), p_funding=0.2, p_sanctions=0.6, p_economic=0.5,
                                                                     qualifiers=[("tkg:IntentOnly", 4), ("tkg:ConstitutionalProcesses", 3),
                                                                                 ("tkg:AppropriateAction", 2), ("tkg:SpecificCharacter", 1)])
        further = self.obligation("further-agreements", "conclude bilateral security commitments with the beneficiary",
                                  ["tkg:ConcludeFurtherAgreements"], 0, ["tkg:EachGuarantor"] if self.guarantors else self.t.pool[:2], "tkg:Will", trigger=False)
        self.core_guarantee(pick(r, [("tkg:StyledSupport", 5), ("tkg:StyledCommitment", 2), ("tkg:StyledAssurance", 1)]),
                            {"individual": 55, "unspecified": 25, "consensus": 20}, obligations, extra=conditions,
                            summary="long-term support")
        self.clause("intended measures", "we intend to immediately consult and to provide support", obligations + timelines + fundings)
        self.clause("bilateral commitments", "each of us will begin negotiations on specific, bilateral security commitments", [further])
        if self.when(0.4):
            self.standing_duties([("support-accession", f"support {self.L(self.ben)}'s path to membership of the European Union", "tkg:SupportAccession", 3),
                                  ("non-military", f"deepen trade and energy co-operation with {self.L(self.ben)}", "tkg:NonMilitaryCooperation", 2)],
                                 ["tkg:EachGuarantor"] if self.guarantors else self.t.pool[:2], self.ben, summary="wider support",
                                 modality="tkg:Intend")
        if self.when(0.5):
            self.linkages(n=(1, 2), weights=[("tkg:EUAccession", 3), ("tkg:NATONonMembership", 1), ("tkg:OtherLinkage", 1)])
        if self.when(0.5):
            self.peacetime()
        if self.when(0.5):
            self.absence_clause()


# ---------------------------------------------------------------------------------------------
# Files
# ---------------------------------------------------------------------------------------------

def _context_files(world: World, seed) -> list[tuple[str, str]]:
    reference = (
        f"# Generated reference data for the treaty-kg benchmark corpus (seed {seed}): fictional states,\n"
        "# their organisations, regional councils (with veto holders and voting rules), verification\n"
        "# commissions and territories (recognised, occupied, contested). Not real data.\n\n"
        + render_prefixes(STANDARD_PREFIXES) + "\n" + "".join(n.render() for n in world.reference_nodes)
    )
    prefixes = dict(STANDARD_PREFIXES)
    prefixes["genpos"] = GENPOS_NS
    positions = (
        f"# Generated stated positions for the treaty-kg benchmark corpus (seed {seed}): red lines,\n"
        "# requirements and acceptances of real and fictional actors. Not real statements.\n\n"
        + render_prefixes(prefixes) + "\n" + "\n".join(n.render() for n in world.positions)
    )
    return [("context/gen-reference.ttl", reference), ("context/gen-positions.ttl", positions)]


def iter_corpus(n: int, seed: int = 0, per_file: int = 1):
    """Yield (relative path, Turtle text): the two context files, then the agreement files."""
    if n < 0:
        raise ValueError("the number of agreements must be >= 0")
    if per_file < 1:
        raise ValueError("per_file must be >= 1")
    world = World(seed)
    yield from _context_files(world, seed)
    for start in range(0, n, per_file):
        stop = min(n, start + per_file)
        prefixes, bodies = {}, []
        for i in range(start, stop):
            builder = AgreementBuilder(world, seed, i)
            bodies.append(builder.build())
            prefixes.update(builder.prefixes)
        ordered = {p: prefixes[p] for p in STANDARD_PREFIXES}
        ordered.update((p, prefixes[p]) for p in sorted(prefixes) if p not in ordered)
        name = f"gen-{start:05d}.ttl" if per_file == 1 else f"gen-{start:05d}-{stop - 1:05d}.ttl"
        text = render_prefixes(ordered) + "\n" + "\n".join(bodies)
        yield f"agreements/{name}", text


def generate_corpus(n: int, seed: int = 0, per_file: int = 1) -> list[tuple[str, str]]:
    """The corpus as a list of (relative path, Turtle text), context files first."""
    return list(iter_corpus(n, seed, per_file))


def write_corpus(directory, n: int, seed: int = 0, per_file: int = 1) -> list[Path]:
    """Write the corpus below `directory` (created if needed). Stale gen-*.ttl files from an
    earlier run in agreements/ and context/ are removed, so the directory holds exactly this corpus."""
    root = Path(directory)
    for sub in ("agreements", "context"):
        (root / sub).mkdir(parents=True, exist_ok=True)
        for stale in sorted((root / sub).glob("gen-*.ttl")):
            stale.unlink()
    written = []
    for relative, text in iter_corpus(n, seed, per_file):
        path = root / relative
        path.write_bytes(text.encode("utf-8"))
        written.append(path)
    return written


def corpus_stats(paths) -> dict:
    """Triples per file (parsed strictly with pyoxigraph) and bytes, for the report."""
    import pyoxigraph as ox

    triples, sizes = [], []
    for path in paths:
        data = Path(path).read_bytes()
        triples.append(sum(1 for _ in ox.parse(data, format=ox.RdfFormat.TURTLE)))
        sizes.append(len(data))
    return {"files": len(triples), "triples": sum(triples), "bytes": sum(sizes),
            "mean_triples": sum(triples) / max(1, len(triples)), "mean_bytes": sum(sizes) / max(1, len(sizes)),
            "min_triples": min(triples, default=0), "max_triples": max(triples, default=0)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--agreements", "-n", type=int, required=True, help="number of agreements to generate")
    parser.add_argument("--seed", "-s", type=int, default=0, help="random seed (same N and seed give identical files)")
    parser.add_argument("--out", "-o", required=True, help="output directory (agreements/ and context/ below it)")
    parser.add_argument("--per-file", type=int, default=1, help="agreements per file (default 1, as in the real corpus)")
    parser.add_argument("--stats", action="store_true", help="parse the result and print triples per agreement and sizes")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    paths = write_corpus(args.out, args.agreements, args.seed, args.per_file)
    elapsed = time.perf_counter() - started
    print(f"wrote {len(paths)} files ({args.agreements} agreements, seed {args.seed}) to {args.out} in {elapsed:.2f} s")
    if args.stats:
        agreements = [p for p in paths if p.parent.name == "agreements"]
        st = corpus_stats(agreements)
        per = max(1, args.per_file)
        print(f"agreement files: {st['files']}, {st['triples']} triples, {st['bytes'] / 1e6:.1f} MB; "
              f"per agreement: {st['triples'] / max(1, args.agreements):.1f} triples, {st['bytes'] / max(1, args.agreements) / 1024:.1f} KB; "
              f"per file: min {st['min_triples']}, max {st['max_triples']} triples ({per} agreement(s) per file)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
