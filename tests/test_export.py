"""`kg export` / `kg render`: every format is read back by a real reader (networkx for GraphML
and GEXF, the official GEXF XML Schemas, Graphviz for DOT), with exact node and edge counts on a
small fixture and on the Istanbul April 2022 draft; output is byte-identical from run to run
and written atomically, never over an input. The HTML view and the Cytoscape.js JSON are opened
in headless Chromium in test_export_html.py."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from functools import lru_cache

import networkx as nx
import pytest
import rdflib
from lxml import etree

from kg.errors import KgError
from kg.export import FORMATS, export, format_for, view_graph
from kg.export import style

from .conftest import FIXTURES, ROOT, SHARED

DRAFT = str(FIXTURES / "export" / "draft.ttl")
ISTANBUL = str(ROOT / "corpus/agreements/istanbul-draft-2022-ru.ttl")
POSITIONS = str(ROOT / "corpus/positions")
GEXF_SCHEMAS = {"gexf": SHARED / "schemas/gexf-1.3/gexf.xsd", "gexf-1.2": SHARED / "schemas/gexf-1.2draft/gexf.xsd"}
Y = "{http://www.yworks.com/xml/graphml}"
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"

# (file, view): (nodes, edges), with the positions of corpus/positions.
EXPECTED = {
    (DRAFT, "clauses"): (31, 61),
    (DRAFT, "actors"): (4, 10),
    (DRAFT, "raw"): (90, 120),
    (ISTANBUL, "clauses"): (57, 124),
    (ISTANBUL, "actors"): (8, 18),
    (ISTANBUL, "raw"): (236, 357),
}


@lru_cache(maxsize=None)
def exported(path: str, to: str, view: str = "clauses") -> bytes:
    return export([path], to=to, view=view, positions=[POSITIONS])


@lru_cache(maxsize=None)
def graph_of(path: str, view: str = "clauses"):
    return view_graph([path], view, positions=[POSITIONS])


def edges_named(graph, relation):
    return sorted((u, v, d["severity"]) for u, v, d in graph.edges(data=True) if d["relation"] == relation)


# ---- the views ---------------------------------------------------------------------------------


@pytest.mark.parametrize("path, view", sorted(EXPECTED))
def test_view_has_the_expected_nodes_and_edges(path, view):
    graph = graph_of(path, view)
    assert (graph.number_of_nodes(), graph.number_of_edges()) == EXPECTED[(path, view)]


def test_clause_view_of_the_fixture_node_by_node():
    graph = graph_of(DRAFT)
    assert sorted(Counter(d["kind"] for _, d in graph.nodes(data=True)).items()) == [
        ("actor", 5), ("agreement", 1), ("cap", 2), ("clause", 4), ("condition", 1), ("decision-rule", 1),
        ("deployment", 1), ("guarantee", 1), ("obligation", 1), ("position", 7), ("role", 2), ("scope", 1),
        ("territory", 1), ("timeline", 1), ("trigger", 1), ("verifier", 1)]
    decision = graph.nodes["xd.decision"]
    assert decision["label"] == "decision agreed by all guarantor states"
    assert decision["iri"] == "https://w3id.org/treaty-kg/corpus/export-draft/decision"
    assert (decision["kind"], decision["severity"], decision["findings"], decision["rules"]) == (
        "decision-rule", "violation", 1, "aggressor-veto")
    assert (decision["file"], decision["line"], decision["clause"]) == (DRAFT, 54, "xd:art1")
    assert (decision["ruleKind"], decision["gates"]) == ("unanimity", "activation")  # enumerations as facts
    assert graph.nodes["xd.art1"]["text"].startswith("(if Ukraine is attacked")
    assert graph.nodes["xd.within-72h"]["maxHours"] == "72"  # literal facts as attributes
    # Who can block activation: every guarantor; the finding concerns Russia, the designated aggressor.
    assert edges_named(graph, "can-veto") == [
        ("actor.France", "xd.decision", "none"), ("actor.Russia", "xd.decision", "violation"),
        ("actor.UnitedKingdom", "xd.decision", "none")]
    assert edges_named(graph, "crosses-red-line") == [
        ("xd.contingent", "pos25.russia-no-nato-contingent", "violation"),
        ("xd.contingent", "pos25.russia-no-standing-western-troops", "violation")]
    assert len(edges_named(graph, "misses-requirement")) == 5
    assert ("actor.UnitedKingdom", "xd.agreement", "none") in edges_named(graph, "guarantees")
    assert ("xd.contingent", "actor.Ukraine", "none") in edges_named(graph, "deploys-to")
    assert ("xd.assist", "xd.agreement.EachGuarantor", "none") in edges_named(graph, "obliges")
    assert ("actor.OSCE", "xd.verifier", "none") in edges_named(graph, "staffs")
    # The blank node condition gets an id from what points at it, not the parser's random label.
    assert graph.nodes["xd.trigger.hasCondition"]["kind"] == "condition"
    assert all(d["agreement"] == "xd:agreement" for n, d in graph.nodes(data=True) if d["kind"] != "position")


def test_actor_view_says_who_can_block_and_must_act_for_whom():
    graph = graph_of(DRAFT, "actors")
    assert sorted((u, d["relation"], v, d["severity"]) for u, v, d in graph.edges(data=True)) == [
        ("actor.France", "can-block", "actor.Ukraine", "none"),
        ("actor.France", "guarantees", "actor.Ukraine", "none"),
        ("actor.France", "must-act-for", "actor.Ukraine", "none"),
        ("actor.Russia", "can-block", "actor.Ukraine", "violation"),
        ("actor.Russia", "guarantees", "actor.Ukraine", "none"),
        ("actor.Russia", "must-act-for", "actor.Ukraine", "none"),
        ("actor.Russia", "threatens", "actor.Ukraine", "none"),
        ("actor.UnitedKingdom", "can-block", "actor.Ukraine", "none"),
        ("actor.UnitedKingdom", "guarantees", "actor.Ukraine", "none"),
        ("actor.UnitedKingdom", "must-act-for", "actor.Ukraine", "none"),
    ]


def test_raw_view_has_one_edge_per_triple():
    graph = graph_of(DRAFT, "raw")
    assert graph.number_of_edges() == len(rdflib.Graph().parse(DRAFT, format="turtle"))
    assert Counter(d["kind"] for _, d in graph.nodes(data=True))["literal"] > 0


def test_istanbul_marks_the_russian_veto():
    graph = graph_of(ISTANBUL)
    assert graph.nodes["istanbul-ru.decision"]["severity"] == "violation"
    assert [u for u, _, s in edges_named(graph, "can-veto") if s == "violation"] == ["actor.Russia", "actor.Russia"]
    assert len(edges_named(graph, "can-veto")) == 10  # five guarantors, two unanimity rules
    assert sum(d["findings"] for _, d in graph.nodes(data=True)) == 18  # every finding of kg check is on a node


def test_a_directory_is_one_graph_with_the_agreement_on_every_node():
    graph = view_graph([str(ROOT / "corpus/scenario-2025")], positions=[POSITIONS])
    assert (graph.number_of_nodes(), graph.number_of_edges()) == (145, 415)
    agreements = {a for _, d in graph.nodes(data=True) for a in d["agreement"].split("; ") if a}
    assert agreements == {"a5rd:agreement", "a5sa:agreement", "a5sc:agreement", "a5tc:agreement"}
    assert all(d["agreement"] for _, d in graph.nodes(data=True) if d["kind"] not in ("position",))
    assert all(d["agreement"] for _, _, d in graph.edges(data=True) if d["relation"] != "held-by")


def test_findings_can_be_left_out():
    graph = view_graph([DRAFT], findings=False)
    assert {d["severity"] for _, d in graph.nodes(data=True)} == {"none"}
    assert graph.graph["summary"] == "findings not checked"


# ---- GraphML ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", [DRAFT, ISTANBUL])
def test_graphml_reads_back_in_networkx(tmp_path, path):
    out = tmp_path / "view.graphml"
    out.write_bytes(exported(path, "graphml"))
    graph = nx.read_graphml(out)
    assert (graph.number_of_nodes(), graph.number_of_edges()) == EXPECTED[(path, "clauses")]
    expected = graph_of(path)
    for node, data in expected.nodes(data=True):
        read = graph.nodes[node]
        assert (read["label"], read["kind"], read["severity"], read["iri"]) == (
            data["label"], data["kind"], data["severity"], data["iri"])
        assert read["line"] == data["line"] and read["findings"] == data["findings"]
    relations = Counter(d["relation"] for _, _, d in graph.edges(data=True))
    assert relations == Counter(d["relation"] for _, _, d in expected.edges(data=True))


def test_graphml_carries_yed_labels_colours_and_borders():
    root = ET.fromstring(exported(DRAFT, "graphml"))
    assert root.find(f"{GRAPHML}key[@yfiles.type='nodegraphics']") is not None
    nodes = root.findall(f"{GRAPHML}graph/{GRAPHML}node")
    assert len(nodes) == 31
    shapes = {node.get("id"): node.find(f".//{Y}ShapeNode") for node in nodes}
    assert all(shape is not None for shape in shapes.values())
    decision = shapes["xd.decision"]
    assert decision.find(f"{Y}NodeLabel").text == "decision agreed by all\nguarantor states"
    assert decision.find(f"{Y}Fill").get("color") == style.KINDS["decision-rule"].fill
    assert decision.find(f"{Y}BorderStyle").get("color") == style.SEVERITY_BORDER["violation"][0]
    assert shapes["xd.agreement"].find(f"{Y}Shape").get("type") == "hexagon"
    edges = root.findall(f"{GRAPHML}graph/{GRAPHML}edge")
    assert len(edges) == 61 and all(e.find(f".//{Y}EdgeLabel") is not None for e in edges)


# ---- GEXF ----------------------------------------------------------------------------------------------


@lru_cache(maxsize=None)
def gexf_schema(to: str):
    return etree.XMLSchema(etree.parse(str(GEXF_SCHEMAS[to])))


@pytest.mark.parametrize("to", ["gexf", "gexf-1.2"])
@pytest.mark.parametrize("path, view", [(DRAFT, "clauses"), (DRAFT, "actors"), (DRAFT, "raw"), (ISTANBUL, "clauses")])
def test_gexf_is_valid_against_the_official_schema(to, path, view):
    schema = gexf_schema(to)
    document = etree.fromstring(exported(path, to, view))
    assert schema.validate(document), schema.error_log.last_error


@pytest.mark.parametrize("to", ["gexf", "gexf-1.2"])
@pytest.mark.parametrize("path", [DRAFT, ISTANBUL])
def test_gexf_reads_back_in_networkx(tmp_path, to, path):
    out = tmp_path / "view.gexf"
    out.write_bytes(exported(path, to))
    graph = nx.read_gexf(out)
    assert (graph.number_of_nodes(), graph.number_of_edges()) == EXPECTED[(path, "clauses")]
    for node, data in graph_of(path).nodes(data=True):
        read = graph.nodes[node]
        assert (read["label"], read["kind"], read["severity"], read["findings"]) == (
            data["label"], data["kind"], data["severity"], data["findings"])


def test_gexf_has_colours_positions_and_sizes():
    namespace = "{http://gexf.net/1.3}"
    root = ET.fromstring(exported(DRAFT, "gexf"))
    nodes = {n.get("id"): n for n in root.iter(f"{namespace}node")}
    decision = nodes["xd.decision"]
    r, g, b = style.rgb(style.KINDS["decision-rule"].fill)
    assert decision.find(f"{namespace}color").attrib == {"r": str(r), "g": str(g), "b": str(b)}
    assert float(decision.find(f"{namespace}size").get("value")) > float(nodes["xd.art4"].find(f"{namespace}size").get("value"))
    assert all(n.find(f"{namespace}position") is not None for n in nodes.values())


# ---- Cytoscape.js JSON and DOT --------------------------------------------------------------------------


def test_cyjs_has_the_elements_cytoscape_expects():
    document = json.loads(exported(DRAFT, "cyjs"))
    assert document["format_version"] == "1.0"
    nodes, edges = document["elements"]["nodes"], document["elements"]["edges"]
    assert (len(nodes), len(edges)) == (31, 61)
    ids = {n["data"]["id"] for n in nodes}
    assert all(e["data"]["source"] in ids and e["data"]["target"] in ids for e in edges)
    decision = next(n for n in nodes if n["data"]["id"] == "xd.decision")
    assert decision["data"]["name"] == "decision agreed by all guarantor states"
    assert decision["data"]["severity"] == "violation" and set(decision["position"]) == {"x", "y"}


def _svg_counts(svg: bytes) -> tuple[int, int]:
    root = ET.fromstring(svg)
    classes = [g.get("class", "") for g in root.iter("{http://www.w3.org/2000/svg}g")]
    return sum(c.startswith("node") for c in classes), sum(c.startswith("edge") for c in classes)


@pytest.mark.parametrize("path", [DRAFT, ISTANBUL])
def test_graphviz_renders_the_dot(tmp_path, path):
    dot = tmp_path / "view.dot"
    dot.write_bytes(exported(path, "dot"))
    completed = subprocess.run(["dot", "-Tsvg", str(dot)], capture_output=True, check=False, timeout=120)
    assert completed.returncode == 0, completed.stderr.decode()
    assert completed.stderr == b""
    assert _svg_counts(completed.stdout) == EXPECTED[(path, "clauses")]
    classes = {g.get("id"): g.get("class") for g in ET.fromstring(completed.stdout).iter("{http://www.w3.org/2000/svg}g")}
    decision = "xd.decision" if path == DRAFT else "istanbul-ru.decision"
    assert classes[decision] == "node decision-rule violation"  # kind and severity, for styling the SVG


def test_dot_quotes_every_id():
    dot = exported(DRAFT, "dot").decode()
    assert '"xd.decision" [' in dot and '"actor.Russia" -> "xd.decision"' in dot


# ---- the command line ------------------------------------------------------------------------------------


def test_export_picks_the_format_from_the_suffix(kg, tmp_path):
    out = tmp_path / "draft.gexf"
    result = kg("export", DRAFT, "-p", POSITIONS, "-o", str(out))
    assert (result.code, result.out, result.err) == (0, "", "")
    assert out.read_bytes() == exported(DRAFT, "gexf")
    assert [p.name for p in tmp_path.iterdir()] == ["draft.gexf"]  # no temporary file left


def test_export_to_standard_output(kg):
    result = kg("export", DRAFT, "-p", POSITIONS, "--to", "dot")
    assert result.code == 0 and result.out == exported(DRAFT, "dot").decode()


def test_raw_flag_is_the_raw_view(kg, tmp_path):
    out = tmp_path / "raw.cyjs"
    assert kg("export", DRAFT, "-p", POSITIONS, "--raw", "-o", str(out)).code == 0
    assert out.read_bytes() == exported(DRAFT, "cyjs", "raw")


@pytest.mark.parametrize("to", sorted(set(FORMATS) - {"svg", "png"}))
def test_output_is_byte_identical_from_run_to_run(to):
    first = export([DRAFT], to=to, positions=[POSITIONS])
    assert export([DRAFT], to=to, positions=[POSITIONS]) == first


def test_output_does_not_depend_on_the_process(tmp_path):
    """Sets iterate differently under another hash seed; the output must not change."""
    script = ("import sys; from kg.export import export; "
              "sys.stdout.buffer.write(b''.join(export([sys.argv[1]], to=t, view=v, positions=[sys.argv[2]]) "
              "for t in ('graphml', 'gexf', 'html') for v in ('clauses', 'actors')))")
    env = dict(os.environ, PYTHONHASHSEED="12345")
    completed = subprocess.run([sys.executable, "-c", script, DRAFT, POSITIONS], capture_output=True, env=env,
                               check=True, timeout=120)
    assert completed.stdout == b"".join(exported(DRAFT, t, v) for t in ("graphml", "gexf", "html")
                                        for v in ("clauses", "actors"))


def test_render_draws_svg_and_png(kg, tmp_path):
    svg, png = tmp_path / "draft.svg", tmp_path / "draft.png"
    assert kg("render", DRAFT, "-p", POSITIONS, "-o", str(svg)).code == 0
    assert _svg_counts(svg.read_bytes()) == (31, 61)
    assert kg("render", DRAFT, "-p", POSITIONS, "--view", "actors", "-o", str(png)).code == 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    first = png.read_bytes()
    assert kg("render", DRAFT, "-p", POSITIONS, "--view", "actors", "-o", str(png)).code == 0
    assert png.read_bytes() == first


def test_refuses_to_overwrite_an_input(kg, tmp_path):
    draft = tmp_path / "draft.ttl"
    shutil.copy(DRAFT, draft)
    before = draft.read_bytes()
    result = kg("export", str(draft), "--to", "graphml", "-o", str(draft))
    assert result.code == 2
    assert result.err == f"kg: error: {draft}: refusing to overwrite an input file; choose another output path\n"
    assert draft.read_bytes() == before


def test_a_failed_export_leaves_no_file_and_keeps_the_old_one(kg, tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text('@prefix tkg: <https://w3id.org/treaty-kg/ontology#> .\n<x> a tkg:Agreement ;\n    tkg:title "open .\n')
    out = tmp_path / "out.html"
    result = kg("export", str(bad), "-o", str(out))
    assert result.code == 2 and result.err.startswith(f"kg: error: {bad}:3: Turtle syntax error")
    assert not out.exists()
    out.write_text("the previous export\n")
    assert kg("export", str(bad), "-o", str(out)).code == 2
    assert out.read_text() == "the previous export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.ttl", "out.html"]


@pytest.mark.parametrize("args, message", [
    (["export", DRAFT, "--to", "pdf"], "kg: error: kg export: Invalid value for '--to' / '-t'"),
    (["render", DRAFT, "--to", "html"], "kg: error: kg render: Invalid value for '--to' / '-t'"),
    (["export", DRAFT, "--to", "png"], "kg: error: a PNG is binary: give an output file with -o"),
    (["export", "missing.ttl"], "kg: error: missing.ttl: no such file or directory"),
])
def test_bad_usage_is_one_line_and_exit_2(kg, args, message):
    result = kg(*args)
    assert result.code == 2 and result.err.startswith(message) and result.err.count("\n") == 1


def test_render_without_graphviz_says_how_to_install_it(kg, tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    result = kg("render", DRAFT, "--no-findings", "-o", str(tmp_path / "x.svg"))
    assert result.code == 2
    assert result.err == ("kg: error: Graphviz's dot is not installed: install Graphviz (apt-get install graphviz, "
                          "or run scripts/install-system-deps.sh)\n")


def test_library_errors_are_kg_errors():
    with pytest.raises(KgError, match="unknown format 'pdf'"):
        export([DRAFT], to="pdf")
    with pytest.raises(KgError, match="unknown view 'tree'"):
        export([DRAFT], to="dot", view="tree", findings=False)
    assert format_for("x.GraphML") == "graphml" and format_for("x.gv") == "dot" and format_for("x.txt") is None
