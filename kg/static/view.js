/* treaty-kg: the interactive view of a draft. Reads the graph embedded in the page (a file://
   page cannot fetch() one), draws it with Cytoscape.js with a layout that does not animate, and
   wires the legend, the side panel and the search box. Nothing is fetched from the network. */
(function () {
  "use strict";
  var KG = JSON.parse(document.getElementById("kg-data").textContent);
  var SEVERITY_RANK = { none: 0, info: 1, warning: 2, violation: 3 };

  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (key) {
      if (key === "text") node.textContent = attributes[key];
      else if (key === "onclick") node.addEventListener("click", attributes[key]);
      else node.setAttribute(key, attributes[key]);
    });
    (children || []).forEach(function (child) {
      if (child !== null && child !== undefined) node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  // ---- the graph ---------------------------------------------------------------------------
  var cy = cytoscape({
    container: document.getElementById("cy"),
    elements: KG.elements,
    wheelSensitivity: 0.3,
    minZoom: 0.05,
    maxZoom: 4,
    style: [
      { selector: "node", style: {
        "label": "data(display)", "text-wrap": "wrap", "text-valign": "center", "text-halign": "center",
        "font-size": 11, "color": "#111", "shape": "data(shape)", "background-color": "data(color)",
        "border-color": "data(border)", "border-width": "data(borderWidth)",
        "width": "data(w)", "height": "data(h)", "min-zoomed-font-size": 4 } },
      { selector: "node[kind = 'agreement']", style: { "font-size": 13, "font-weight": "bold" } },
      { selector: "node[severity = 'violation']", style: { "underlay-color": "#d62728", "underlay-opacity": 0.22, "underlay-padding": 9 } },
      { selector: "node[severity = 'warning']", style: { "underlay-color": "#ff7f0e", "underlay-opacity": 0.2, "underlay-padding": 7 } },
      { selector: "edge", style: {
        "curve-style": "bezier", "target-arrow-shape": "triangle", "arrow-scale": 0.8, "width": 1.2,
        "line-color": "data(color)", "target-arrow-color": "data(color)",
        "label": "data(relation)", "font-size": 8, "color": "#444", "text-rotation": "autorotate",
        "text-background-color": "#fbfbfb", "text-background-opacity": 0.85, "text-background-padding": "1px",
        "min-zoomed-font-size": 7 } },
      { selector: "edge[?dashed]", style: { "line-style": "dashed", "width": 2.4 } },
      { selector: ".faded", style: { "opacity": 0.15 } },
      { selector: "node.match", style: { "border-color": "#6a3d9a", "border-width": 6, "opacity": 1 } },
      { selector: "node:selected", style: { "overlay-color": "#6a3d9a", "overlay-opacity": 0.18, "overlay-padding": 8 } },
      { selector: "edge:selected", style: { "width": 4, "line-color": "#6a3d9a", "target-arrow-color": "#6a3d9a" } }
    ],
    layout: { name: "preset" }
  });

  // cose from the layered starting positions: no randomness, no animation, so the picture is
  // the same every time the page opens (and a screenshot shows the finished layout).
  // The layout comes with the data (kg computes it, the same on every run), so the page opens
  // on the finished picture: nothing moves, and a screenshot shows what a reader sees.
  cy.fit(undefined, 24);
  if (cy.zoom() > 1.3) { cy.zoom(1.3); cy.center(); }

  // ---- header: title, counts, search -----------------------------------------------------------
  document.title = KG.title;
  document.getElementById("title").textContent = KG.title;
  var counts = document.getElementById("counts");
  if (KG.summary) {
    ["violation", "warning", "info"].forEach(function (severity) {
      var n = KG.summary[severity] || 0;
      counts.appendChild(el("b", { "class": severity, title: severity + "s", text: n + " " + severity + (n === 1 ? "" : "s") }));
    });
  } else {
    counts.appendChild(document.createTextNode("findings not checked"));
  }
  counts.appendChild(document.createTextNode("  " + cy.nodes().length + " nodes, " + cy.edges().length + " edges"));

  var search = document.getElementById("search");
  var matchesLabel = document.getElementById("matches");
  function runSearch() {
    var query = search.value.trim().toLowerCase();
    cy.elements().removeClass("faded match");
    if (!query) { matchesLabel.textContent = ""; return cy.collection(); }
    var matches = cy.nodes().filter(function (node) {
      var d = node.data();
      return [d.label, d.name, d.iri, d.kind].some(function (v) { return v && String(v).toLowerCase().indexOf(query) >= 0; });
    });
    cy.elements().not(matches).not(matches.connectedEdges()).addClass("faded");
    matches.addClass("match");
    matchesLabel.textContent = matches.length + (matches.length === 1 ? " match" : " matches");
    return matches;
  }
  search.addEventListener("input", runSearch);
  search.addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      var matches = runSearch();
      if (matches.length) { select(matches[0]); cy.fit(matches, 80); }
    } else if (event.key === "Escape") {
      search.value = ""; runSearch();
    }
  });

  // ---- legend -------------------------------------------------------------------------------------
  var legend = document.getElementById("legend");
  var present = {};
  cy.nodes().forEach(function (node) { present[node.data("kind")] = true; });
  var kindsRow = el("div", { "class": "row" }, [el("span", { "class": "title", text: "Nodes" })]);
  KG.kinds.forEach(function (kind) {
    if (!present[kind.name]) return;
    kindsRow.appendChild(el("span", { "class": "item" }, [
      el("span", { "class": "swatch", style: "background:" + kind.fill }), kind.title]));
  });
  var severityRow = el("div", { "class": "row" }, [el("span", { "class": "title", text: "Findings (border)" })]);
  ["violation", "warning", "info"].forEach(function (severity) {
    var border = KG.severities[severity];
    severityRow.appendChild(el("span", { "class": "item" }, [
      el("span", { "class": "swatch border", style: "border:3px solid " + border[0] }), severity]));
  });
  var edgesRow = el("div", { "class": "row" }, [el("span", { "class": "title", text: "Edges" }),
    el("span", { "class": "item" }, [el("span", { "class": "line", style: "border-top-color:#6a51a3" }), "can veto / can block"]),
    el("span", { "class": "item" }, [el("span", { "class": "line", style: "border-top-color:#d62728" }), "with a violation, or crosses a red line"]),
    el("span", { "class": "item" }, [el("span", { "class": "line", style: "border-top-color:#1f77b4" }), "misses a requirement"])]);
  legend.appendChild(kindsRow);
  legend.appendChild(severityRow);
  legend.appendChild(edgesRow);

  // ---- side panel ---------------------------------------------------------------------------------
  var panel = document.getElementById("panel");
  function clear() { while (panel.firstChild) panel.removeChild(panel.firstChild); }
  function link(node) {
    return el("a", { onclick: function () { select(node); cy.center(node); }, text: node.data("label") });
  }
  function findingBox(finding, withNode) {
    var node = finding.node ? cy.getElementById(finding.node) : null;
    return el("div", { "class": "finding " + finding.severity }, [
      el("div", {}, [el("span", { "class": "sev " + finding.severity, text: finding.severity }),
        el("span", { "class": "rule", text: finding.rule })]),
      withNode ? el("div", {}, [node && node.length ? link(node) : el("span", { text: finding.label })]) : null,
      el("div", { text: finding.message }),
      finding.fix ? el("div", { "class": "fix", text: "Fix: " + finding.fix }) : null
    ]);
  }

  function overview() {
    clear();
    panel.appendChild(el("h2", { text: "Findings" }));
    panel.appendChild(el("div", { "class": "meta", text: KG.files }));
    if (!KG.findings.length) {
      panel.appendChild(el("p", { text: KG.summary ? "No findings." : "Findings were not checked (--no-findings)." }));
    }
    KG.findings.forEach(function (finding) { panel.appendChild(findingBox(finding, true)); });
    panel.appendChild(el("p", { "class": "meta", text: "Click a node or an edge for its text, facts and findings; search by name above." }));
  }

  function showNode(node) {
    var d = node.data();
    clear();
    panel.appendChild(el("h2", { text: d.label }));
    panel.appendChild(el("div", { "class": "meta" }, [el("span", { "class": "kind", style: "background:" + d.color, text: d.kindTitle }),
      d.name || "", d.file ? "  " + d.file + (d.line ? ":" + d.line : "") : ""]));
    if (d.text) { panel.appendChild(el("h3", { text: d.kind === "clause" ? "Text" : "Stated" })); panel.appendChild(el("blockquote", { text: d.text })); }
    if (d.clause) {
      var clause = cy.getElementById(d.clause);
      panel.appendChild(el("h3", { text: "In clause" }));
      if (clause.length) {
        panel.appendChild(el("div", {}, [link(clause)]));
        if (clause.data("text")) panel.appendChild(el("blockquote", { text: clause.data("text") }));
      } else {
        panel.appendChild(el("div", { text: d.clause }));
      }
    }
    panel.appendChild(el("h3", { text: "Findings (" + d.findings.length + ")" }));
    if (!d.findings.length) panel.appendChild(el("div", { "class": "meta", text: "none on this node" }));
    d.findings.forEach(function (finding) { panel.appendChild(findingBox(finding, false)); });
    var relations = el("ul");
    node.outgoers("edge").forEach(function (edge) {
      relations.appendChild(el("li", {}, [edge.data("relation") + " \u2192 ", link(edge.target())]));
    });
    node.incomers("edge").forEach(function (edge) {
      relations.appendChild(el("li", {}, [link(edge.source()), " " + edge.data("relation") + " \u2192 this"]));
    });
    panel.appendChild(el("h3", { text: "Relations (" + node.connectedEdges().length + ")" }));
    panel.appendChild(relations);
    if (d.facts.length) {
      panel.appendChild(el("h3", { text: "Facts" }));
      var table = el("table");
      d.facts.forEach(function (fact) { table.appendChild(el("tr", {}, [el("td", { text: fact[0] }), el("td", { text: fact[1] })])); });
      panel.appendChild(table);
    }
    panel.appendChild(el("p", {}, [el("a", { onclick: function () { cy.elements().unselect(); overview(); }, text: "\u2190 all findings" })]));
  }

  function showEdge(edge) {
    var d = edge.data();
    clear();
    panel.appendChild(el("h2", { text: d.relation }));
    panel.appendChild(el("div", {}, [link(edge.source()), " \u2192 ", link(edge.target())]));
    if (d.agreement) panel.appendChild(el("div", { "class": "meta", text: d.agreement }));
    if (d.via) { panel.appendChild(el("h3", { text: "Because of" })); panel.appendChild(el("div", { text: d.via })); }
    if (d.findings.length) {
      panel.appendChild(el("h3", { text: "Findings" }));
      d.findings.forEach(function (finding) { panel.appendChild(findingBox(finding, true)); });
    }
    panel.appendChild(el("p", {}, [el("a", { onclick: function () { cy.elements().unselect(); overview(); }, text: "\u2190 all findings" })]));
  }

  function select(element) {
    cy.elements().unselect();
    element.select();
    if (element.isNode()) showNode(element); else showEdge(element);
  }
  cy.on("tap", "node, edge", function (event) { select(event.target); });
  cy.on("tap", function (event) { if (event.target === cy) overview(); });
  overview();

  // A link can open the page on one node: page.html#node=ID (ids as in the other exports).
  var wanted = /^#node=(.+)$/.exec(window.location.hash);
  if (wanted) {
    var target = cy.getElementById(decodeURIComponent(wanted[1]));
    if (target.length) { select(target); cy.fit(target.closedNeighborhood(), 40); }
  }
  window.kgView = { cy: cy, select: select, overview: overview };

  // ---- for tests and scripts: what was drawn ------------------------------------------------------
  var status = document.getElementById("kg-status");
  status.setAttribute("data-nodes", String(cy.nodes().length));
  status.setAttribute("data-edges", String(cy.edges().length));
  status.setAttribute("data-findings", String(KG.findings.length));
  status.setAttribute("data-layout", "done");
  cy.one("render", function () { status.setAttribute("data-rendered", "yes"); });
})();
