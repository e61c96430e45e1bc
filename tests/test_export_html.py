"""The HTML view and the Cytoscape.js JSON, opened in headless Chromium with no network: the page
draws every node of the view (the count its script writes into the DOM), a screenshot of it is
a picture (many colours, the graph drawn, the violation borders red), and the .cyjs export
loads in Cytoscape.js. Chromium comes from Debian (`chromium`), installed by the project's
setup; CI has it, so these tests are skipped only on a machine without it and outside CI."""

from __future__ import annotations

import json
import os
import re
import struct
import subprocess
import zlib
from functools import lru_cache

import pytest

from kg.export import browser, export
from kg.export.html import CSP, static_text

from .conftest import FIXTURES, ROOT

DRAFT = str(FIXTURES / "export" / "draft.ttl")
ISTANBUL = str(ROOT / "corpus/agreements/istanbul-draft-2022-ru.ttl")
POSITIONS = str(ROOT / "corpus/positions")
SIZE = (1280, 800)

if browser.find_chromium() is None:
    if os.environ.get("CI"):
        raise RuntimeError("CI must have Chromium: scripts/install-system-deps.sh installs it")
    pytest.skip("Chromium is not installed (scripts/install-system-deps.sh installs it)", allow_module_level=True)


@lru_cache(maxsize=None)
def page(path: str) -> bytes:
    return export([path], to="html", positions=[POSITIONS])


def cytoscape_page(cyjs: bytes) -> str:
    """A page that loads a .cyjs export into the Cytoscape.js that kg ships, and writes what it
    loaded into the DOM."""
    data = cyjs.decode().replace("</", "<\\/")
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{CSP}"></head><body>
<div id="out"></div>
<script type="application/json" id="data">{data}</script>
<script>{static_text("cytoscape.min.js")}</script>
<script>
var doc = JSON.parse(document.getElementById("data").textContent);
var cy = cytoscape({{ headless: true, elements: doc.elements }});
var out = document.getElementById("out");
out.setAttribute("data-nodes", cy.nodes().length);
out.setAttribute("data-edges", cy.edges().length);
out.setAttribute("data-decision", cy.getElementById("xd.decision").data("severity"));
out.setAttribute("data-russia-vetoes", cy.getElementById("actor.Russia").outgoers("edge[interaction = 'can-veto']").length);
</script></body></html>"""


# Typed into the search box of the Istanbul page once it has loaded; what it matched goes into the DOM.
SEARCH = b"""<script>
var box = document.getElementById("search");
box.value = "russia";
box.dispatchEvent(new Event("input"));
document.getElementById("kg-status").setAttribute("data-search", document.getElementById("matches").textContent + "|"
  + window.kgView.cy.nodes(".match").map(function (n) { return n.id(); }).join(" "));
</script>
"""


@pytest.fixture(scope="module")
def chromium_runs(tmp_path_factory):
    """Every Chromium run of this file, started together (each takes a couple of seconds,
    mostly starting the browser)."""
    directory = tmp_path_factory.mktemp("html")
    pages = {
        "draft": (directory / "draft.html", page(DRAFT)),
        "istanbul": (directory / "istanbul.html", page(ISTANBUL).replace(b"</body>", SEARCH + b"</body>")),
        "cyjs": (directory / "cyjs.html", cytoscape_page(export([DRAFT], to="cyjs", positions=[POSITIONS])).encode()),
    }
    processes = {}
    for name, (path, content) in pages.items():
        path.write_bytes(content)
        extra = [f"--window-size={SIZE[0]},{SIZE[1]}", "--dump-dom"]
        if name == "draft":  # one run can write the screenshot and print the DOM
            extra.append(f"--screenshot={directory / 'draft.png'}")
        processes[name] = subprocess.Popen(browser.command(path, *extra, profile=directory / f"profile-{name}"),
                                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    results = {}
    for name, process in processes.items():
        out, _ = process.communicate(timeout=120)
        assert process.returncode == 0, f"chromium failed on {name}"
        results[name] = out.decode("utf-8", "replace")
    results["png"] = (directory / "draft.png").read_bytes()
    return results


def status(dom: str, element_id: str = "kg-status") -> dict[str, str]:
    match = re.search(rf'<div id="{element_id}"([^>]*)>', dom)
    assert match, f"no #{element_id} in the page: its script did not run"
    return dict(re.findall(r'data-([\w-]+)="([^"]*)"', match.group(1)))


@pytest.mark.parametrize("name, nodes, edges, findings", [("draft", 31, 61, 14), ("istanbul", 57, 124, 18)])
def test_the_page_draws_every_node_of_the_view(chromium_runs, name, nodes, edges, findings):
    drawn = status(chromium_runs[name])
    assert (drawn["nodes"], drawn["edges"], drawn["findings"]) == (str(nodes), str(edges), str(findings))
    assert drawn["layout"] == "done" and drawn["rendered"] == "yes"


def test_the_page_lists_the_findings_and_has_a_legend_and_search(chromium_runs):
    dom = chromium_runs["istanbul"]
    assert dom.count('class="finding violation"') == 13
    assert dom.count('class="finding warning"') == 4
    assert "aggressor-veto" in dom and "Findings (border)" in dom
    assert re.search(r'<input id="search" type="search"', dom)


def test_search_by_name_finds_the_nodes(chromium_runs):
    count, matches = status(chromium_runs["istanbul"])["search"].split("|")
    assert count == "14 matches"  # Russia, and every node whose label says "Russia" or "Russian"
    assert matches.split()[:2] == ["actor.Russia", "istanbul-ru.agreement"] and "istanbul-ru.decision" in matches


def test_the_cytoscape_json_loads_in_cytoscape_js(chromium_runs):
    loaded = status(chromium_runs["cyjs"], "out")
    assert loaded == {"nodes": "31", "edges": "61", "decision": "violation", "russia-vetoes": "1"}


def decode_png(data: bytes) -> tuple[int, int, int, bytes]:
    """Width, height, bytes a pixel, and the unfiltered pixel rows of an 8-bit RGB(A) PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    position, chunks = 8, {}
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        chunks.setdefault(kind, []).append(data[position + 8:position + 8 + length])
        position += 12 + length
    width, height, depth, colour = struct.unpack(">IIBB", chunks[b"IHDR"][0][:10])
    assert depth == 8 and colour in (2, 6)
    channels = 3 if colour == 2 else 4
    raw = zlib.decompress(b"".join(chunks[b"IDAT"]))
    stride = width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up, corner = previous[i], previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        rows.append(bytes(line))
        previous = line
    return width, height, channels, b"".join(rows)


def test_the_screenshot_shows_the_graph_with_its_findings(chromium_runs):
    width, height, channels, pixels = decode_png(chromium_runs["png"])
    assert (width, height) == SIZE

    def pixel(x, y):
        offset = (y * width + x) * channels
        return pixels[offset:offset + 3]

    everything = {pixel(x, y) for y in range(0, height, 3) for x in range(0, width, 3)}
    assert len(everything) > 300, "a blank or nearly blank page"
    # The graph area: left of the side panel, below the header, above the legend.
    area = [pixel(x, y) for y in range(60, height - 200, 2) for x in range(10, width - 430, 2)]
    background = bytes((0xfb, 0xfb, 0xfb))
    drawn = sum(p != background for p in area)
    assert drawn / len(area) > 0.05, "the graph area is empty"
    red = sum(abs(p[0] - 0xd6) < 24 and abs(p[1] - 0x27) < 24 and abs(p[2] - 0x28) < 24 for p in area)
    assert red > 200, "no violation is marked in red"


def test_the_page_needs_no_network():
    html = page(DRAFT).decode()
    assert f'content="{CSP}"' in html  # the page may not fetch anything at all
    assert not re.search(r'<(script|link|img|iframe)[^>]+(src|href)=', html)
    assert "cytoscape" in html and json.loads(re.search(
        r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S).group(1).replace("<\\/", "</"))
