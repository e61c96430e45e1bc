"""How a view looks, in one place for every format: node kinds with their colour and shape,
severity borders, label wrapping, and a deterministic layered starting layout.

Colours are light fills with dark text, so labels stay readable in yEd, Gephi, Graphviz and the
HTML view alike; a finding is shown by the border (red violation, orange warning, blue info).
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from ..namespaces import TKG


@dataclass(frozen=True)
class Kind:
    name: str  # the `kind` attribute
    title: str  # what the legend says
    fill: str  # "#rrggbb"
    shape: str  # one of SHAPES


SHAPES = {
    # name: (yEd y:Shape type, Graphviz shape, Cytoscape.js shape)
    "hexagon": ("hexagon", "hexagon", "hexagon"),
    "rectangle": ("rectangle", "box", "rectangle"),
    "round": ("roundrectangle", "box", "round-rectangle"),
    "ellipse": ("ellipse", "ellipse", "ellipse"),
    "octagon": ("octagon", "octagon", "octagon"),
    "diamond": ("diamond", "diamond", "diamond"),
    "parallelogram": ("parallelogram", "parallelogram", "rhomboid"),
}

_KINDS = [
    Kind("agreement", "agreement", "#6baed6", "hexagon"),
    Kind("clause", "clause", "#c6dbef", "rectangle"),
    Kind("guarantee", "guarantee", "#fdd0a2", "round"),
    Kind("trigger", "trigger", "#fdae6b", "round"),
    Kind("decision-rule", "decision rule", "#bcbddc", "round"),
    Kind("obligation", "obligation", "#a1d99b", "round"),
    Kind("right", "right", "#c7e9c0", "round"),
    Kind("deployment", "deployment", "#74c476", "round"),
    Kind("cap", "force cap", "#fee391", "round"),
    Kind("verifier", "verification", "#d9f0a3", "round"),
    Kind("linkage", "linkage", "#d9d9d9", "round"),
    Kind("timeline", "timeline", "#f2f0f7", "round"),
    Kind("duration", "duration", "#efedf5", "round"),
    Kind("scope", "territorial scope", "#c7eae5", "round"),
    Kind("condition", "condition", "#f6e8c3", "round"),
    Kind("termination", "termination condition", "#dfc27d", "round"),
    Kind("funding", "funding", "#e5f5e0", "round"),
    Kind("provision", "other provision", "#f0f0f0", "round"),
    Kind("actor", "actor", "#ffd92f", "ellipse"),
    Kind("body", "body", "#b3de69", "octagon"),
    Kind("role", "role (e.g. all guarantors)", "#fff2ae", "ellipse"),
    Kind("territory", "territory", "#80b1d3", "parallelogram"),
    Kind("position", "stated position", "#fbb4ae", "diamond"),
    Kind("resource", "other node", "#eeeeee", "round"),
    Kind("literal", "literal value", "#ffffff", "rectangle"),
]
KINDS = {kind.name: kind for kind in _KINDS}

# Most specific first: the first class a node has decides its kind.
CLASS_KINDS = [
    (TKG.Agreement, "agreement"),
    (TKG.Clause, "clause"),
    (TKG.Guarantee, "guarantee"),
    (TKG.Trigger, "trigger"),
    (TKG.DecisionRule, "decision-rule"),
    (TKG.Right, "right"),
    (TKG.Obligation, "obligation"),
    (TKG.Deployment, "deployment"),
    (TKG.ForceCap, "cap"),
    (TKG.VerificationMechanism, "verifier"),
    (TKG.Linkage, "linkage"),
    (TKG.Timeline, "timeline"),
    (TKG.Duration, "duration"),
    (TKG.TerritorialScope, "scope"),
    (TKG.TerminationCondition, "termination"),
    (TKG.Condition, "condition"),
    (TKG.Funding, "funding"),
    (TKG.Position, "position"),
    (TKG.RoleReference, "role"),
    (TKG.Body, "body"),
    (TKG.Territory, "territory"),
    (TKG.Actor, "actor"),
    (TKG.Provision, "provision"),
]

SEVERITIES = ("violation", "warning", "info")
SEVERITY_RANK = {"none": 0, "info": 1, "warning": 2, "violation": 3}
SEVERITY_BORDER = {
    # severity: (colour, width in px)
    "violation": ("#d62728", 5.0),
    "warning": ("#ff7f0e", 4.0),
    "info": ("#1f77b4", 3.0),
    "none": ("#555555", 1.0),
}
EDGE_COLOUR = "#9a9a9a"
# Relations that are a warning in themselves: drawn dashed and thick, in their own colour, or in
# the colour of the worst finding behind them.
RELATION_COLOUR = {"can-veto": "#6a51a3", "can-block": "#6a51a3", "threatens": "#8c2d04",
                   "crosses-red-line": "#d62728", "misses-requirement": "#1f77b4"}
DASHED_RELATIONS = frozenset(RELATION_COLOUR)


def edge_colour(relation: str, severity: str) -> str:
    if severity != "none":
        return SEVERITY_BORDER[severity][0]
    return RELATION_COLOUR.get(relation, EDGE_COLOUR)


def kind(name: str) -> Kind:
    return KINDS.get(name, KINDS["resource"])


def worst(severities) -> str:
    return max(severities, key=lambda s: SEVERITY_RANK[s], default="none")


def wrap(text: str, width: int = 28, lines: int = 3) -> str:
    """A label that fits a node: at most `lines` lines of about `width` characters."""
    wrapped = textwrap.wrap(" ".join(text.split()), width=width, break_long_words=True) or [""]
    if len(wrapped) > lines:
        wrapped = wrapped[:lines]
        wrapped[-1] = wrapped[-1][: max(0, width - 1)].rstrip() + "…"
    return "\n".join(wrapped)


def rgb(hex_colour: str) -> tuple[int, int, int]:
    value = hex_colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def box(label: str, kind_name: str) -> tuple[float, float]:
    """The size a node needs for its wrapped label: about 6.5 px a character at 11 px (8 px for
    the agreement, drawn larger), 14 px a line, more for round and pointed shapes."""
    lines = wrap(label).split("\n")
    per_character, line_height = (8.0, 17.0) if kind_name == "agreement" else (6.5, 14.0)
    width = max(len(line) for line in lines) * per_character + 20.0
    height = len(lines) * line_height + 14.0
    if kind(kind_name).shape in ("ellipse", "hexagon", "octagon", "diamond", "parallelogram"):
        width, height = width * 1.25 + 10.0, height * 1.2
    return round(width, 1), round(height, 1)
