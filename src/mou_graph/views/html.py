"""The interactive HTML view: one self-contained, offline file.

vis-network is inlined from the pyvis package (no CDN: pyvis's own template links Bootstrap
and others even "in_line", and drops data into a script unescaped, so the page is written
here; its Network class is not used either, as adding nodes to it is quadratic). A large
graph is drawn as its `max_nodes` most connected nodes, and the page says so. Names and evidence are
untrusted article text: they travel as JSON in a non-executed <script type="application/json">
with <, >, & and line separators escaped, and the page puts them into the DOM with
textContent only. The layout stabilises for a bounded number of iterations, then freezes.
"""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from ..model import Kind, RelType, normalise_key

SECTOR_COLOURS = {
    "industry": "#e4572e",
    "academia": "#4c6ef5",
    "research": "#17a398",
    "government": "#f2a541",
    "civil": "#9c6ade",
    "media": "#8d99ae",
    None: "#bbbbbb",
}
# A browser lays out a couple of thousand nodes in seconds; beyond that the page is unusable.
MAX_NODES = 2000
KIND_SHAPES = {
    Kind.ORGANISATION.value: "dot",
    Kind.PERSON.value: "triangle",
    Kind.AGREEMENT.value: "diamond",
    Kind.PROGRAMME.value: "square",
    Kind.EVENT.value: "star",
    Kind.ARTICLE.value: "box",
}


def _vis_asset(name: str) -> str:
    path = Path(str(resources.files("pyvis"))) / "lib" / "vis-9.1.2" / name
    return path.read_text(encoding="utf-8")


_SURROGATE = re.compile("[\ud800-\udfff]")


def safe_json(value: Any) -> str:
    """JSON that cannot end the <script> element it sits in."""
    text = json.dumps(value, ensure_ascii=False)
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    # A lone surrogate (a "\ud800" escape in JSON input) cannot be written as UTF-8: escape it,
    # and JSON.parse gives the same string back.
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def view_graph(graph: nx.MultiDiGraph, focus: str | None = None, depth: int = 1) -> nx.MultiDiGraph:
    """What the page draws: stakeholders and agreements (articles live in the tooltips),
    or the neighbourhood of one stakeholder."""
    keep = [n for n, d in graph.nodes(data=True) if d.get("kind") != Kind.ARTICLE.value]
    view = graph.subgraph(keep).copy()
    if focus:
        key = normalise_key(focus)
        centres = [
            n
            for n, d in view.nodes(data=True)
            if key in {normalise_key(x) for x in [d.get("name", ""), *(d.get("aliases") or [])]}
        ]
        if not centres:
            raise KeyError(f"no stakeholder named {focus!r} in the graph")
        undirected = view.to_undirected(as_view=True)
        near: set[str] = set()
        for c in centres:
            near |= set(nx.single_source_shortest_path_length(undirected, c, cutoff=depth))
        view = view.subgraph(near).copy()
    return view


def _node_info(graph: nx.MultiDiGraph, node: str, data: dict[str, Any]) -> dict[str, Any]:
    positions = []
    for _, target, d in graph.out_edges(node, data=True):
        if d.get("type") == RelType.HOLDS_POSITION.value:
            positions.append(f"{d.get('title') or ''} · {graph.nodes[target].get('name', target)}".strip(" ·"))
    evidence = (data.get("evidence") or [])[:3]
    return {
        "kind": data.get("kind"),
        "sector": data.get("sector"),
        "title": data.get("title"),
        "date": data.get("date"),
        "venue": data.get("venue"),
        "amount": data.get("amount"),
        "aliases": [a for a in data.get("aliases") or [] if a != data.get("name")],
        "positions": positions,
        "evidence": [{"article": e.get("article"), "sentence": e.get("sentence") or e.get("text")} for e in evidence],
    }


def most_connected(view: nx.MultiDiGraph, max_nodes: int | None) -> list[str]:
    """The `max_nodes` nodes of highest degree (ties by id, so the page is reproducible), or
    every node when there are not more than that."""
    if max_nodes is None or view.number_of_nodes() <= max_nodes:
        return list(view.nodes)
    ranked = sorted(view.degree(), key=lambda nd: (-nd[1], str(nd[0])))
    return [n for n, _ in ranked[: max(0, max_nodes)]]


def vis_elements(
    view: nx.MultiDiGraph, context: nx.MultiDiGraph | None = None
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """vis-network's node and edge objects, in one linear pass (pyvis's add_node and add_edge
    look ids up in lists, which is quadratic: 40 s for a 5,000-article graph). Tooltips are
    taken from `context` (the whole view), so they list positions at bodies not drawn."""
    context = view if context is None else context
    degree = dict(view.degree())
    nodes = []
    for node, data in view.nodes(data=True):
        nodes.append(
            {
                "color": SECTOR_COLOURS.get(data.get("sector"), SECTOR_COLOURS[None]),
                "size": 10 + 3 * min(degree.get(node, 0), 20),
                "kind": data.get("kind"),
                "sector": data.get("sector") or "",
                "info": _node_info(context, node, data),
                "id": node,
                "label": str(data.get("name") or node),
                "shape": KIND_SHAPES.get(data.get("kind"), "dot"),
            }
        )
    edges = [
        {
            "id": key,
            "type": data.get("type"),
            "label": data.get("title") or "",
            "title": data.get("type"),
            "from": u,
            "to": v,
            "arrows": "to",
        }
        for u, v, key, data in view.edges(keys=True, data=True)
    ]
    return nodes, edges


def render_html(
    graph: nx.MultiDiGraph,
    *,
    focus: str | None = None,
    depth: int = 1,
    title: str = "mou-graph",
    max_nodes: int | None = MAX_NODES,
) -> str:
    """The page for `graph` (or the neighbourhood of `focus`). A browser cannot lay out tens of
    thousands of nodes, so at most `max_nodes` are drawn, the most connected, and the page says
    how many of how many (None draws everything)."""
    view = view_graph(graph, focus, depth)
    total = view.number_of_nodes()
    keep = most_connected(view, max_nodes)
    nodes, edges = vis_elements(view.subgraph(keep) if len(keep) < total else view, view)
    payload = {
        "title": title,
        "nodes": nodes,
        "edges": edges,
        "drawn": len(nodes),
        "total": total,
        "sectors": list(SECTOR_COLOURS)[:-1],
        "kinds": [k for k in KIND_SHAPES if k != Kind.ARTICLE.value],
        "colours": SECTOR_COLOURS,
        "shapes": KIND_SHAPES,
    }
    return (
        PAGE.replace("__CSS__", _vis_asset("vis-network.css"))
        .replace("__JS__", _vis_asset("vis-network.min.js"))
        .replace("__DATA__", safe_json(payload))
    )


PAGE = """<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>mou-graph</title>
<style>__CSS__</style>
<style>
body { margin: 0; font-family: "NanumGothic", "Noto Sans KR", sans-serif; display: flex; height: 100vh; }
#side { width: 280px; padding: 12px; overflow-y: auto; border-right: 1px solid #ddd; font-size: 13px; }
#graph { flex: 1; }
h1 { font-size: 16px; margin: 0 0 8px; }
fieldset { border: 1px solid #ddd; margin: 8px 0; padding: 6px; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 6px; margin-right: 4px; vertical-align: middle; }
#search { width: 100%; box-sizing: border-box; padding: 4px; }
.tip { max-width: 360px; font-size: 12px; white-space: normal; }
.tip b { display: block; font-size: 13px; }
.tip .ev { color: #444; margin-top: 4px; border-left: 3px solid #ccc; padding-left: 4px; }
#status { color: #666; margin-top: 8px; }
#note { background: #fff6d5; border: 1px solid #e8d48a; padding: 6px; margin: 8px 0; }
</style>
</head>
<body>
<div id="side">
  <h1 id="heading"></h1>
  <div id="note" hidden></div>
  <input id="search" type="search" placeholder="찾기 / search">
  <fieldset id="sectors"><legend>Sector</legend></fieldset>
  <fieldset id="kinds"><legend>Kind</legend></fieldset>
  <div id="status"></div>
</div>
<div id="graph"></div>
<script type="application/json" id="graph-data">__DATA__</script>
<script>__JS__</script>
<script>
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  document.getElementById("heading").textContent = data.title;
  if (data.drawn < data.total) {
    var note = document.getElementById("note");
    note.textContent = "Showing the " + data.drawn.toLocaleString("en") + " most connected of " +
      data.total.toLocaleString("en") + " nodes. Build with --focus NAME (and --depth) to draw one " +
      "stakeholder's neighbourhood, or --max-nodes to draw more.";
    note.hidden = false;
  }

  function tooltip(n) {
    var box = document.createElement("div");
    box.className = "tip";
    var name = document.createElement("b");
    name.textContent = n.label;
    box.appendChild(name);
    function line(text) {
      if (!text) return;
      var el = document.createElement("div");
      el.textContent = text;
      box.appendChild(el);
    }
    var i = n.info;
    line(i.kind + (i.sector ? " · " + i.sector : ""));
    line(i.title);
    i.positions.forEach(line);
    if (i.aliases.length) line("also: " + i.aliases.join(", "));
    line([i.date, i.venue, i.amount].filter(Boolean).join(" · "));
    i.evidence.forEach(function (e) {
      var el = document.createElement("div");
      el.className = "ev";
      el.textContent = "“" + e.sentence + "” — " + e.article;
      box.appendChild(el);
    });
    return box;
  }

  data.nodes.forEach(function (n) { n.title = tooltip(n); });
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var big = data.nodes.length > 500;
  var network = new vis.Network(document.getElementById("graph"), { nodes: nodes, edges: edges }, {
    nodes: { font: { size: 14 } },
    edges: { arrows: { to: { enabled: true, scaleFactor: 0.5 } }, font: { size: 10, align: "middle" },
             smooth: false, color: { opacity: 0.6 } },
    physics: { solver: "barnesHut", barnesHut: { gravitationalConstant: -8000, springLength: 120 },
               stabilization: { enabled: true, iterations: big ? 150 : 400, updateInterval: 50 } },
    layout: { improvedLayout: !big },
    interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: big }
  });
  window.mouGraph = { nodes: nodes, edges: edges, network: network, ready: false };
  function freeze() {
    network.setOptions({ physics: false });
    window.mouGraph.ready = true;
    document.getElementById("status").textContent = nodes.length + " nodes, " + edges.length + " edges";
  }
  network.once("stabilizationIterationsDone", freeze);
  if (!data.nodes.length) freeze();

  var hiddenSectors = {}, hiddenKinds = {};
  function apply() {
    nodes.update(data.nodes.map(function (n) {
      return { id: n.id, hidden: !!(hiddenSectors[n.sector || "none"] || hiddenKinds[n.kind]) };
    }));
  }
  function checkbox(parent, value, label, colour, shape, store) {
    var row = document.createElement("label");
    row.style.display = "block";
    var box = document.createElement("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = value;
    box.dataset.filter = parent.id;
    box.addEventListener("change", function () { store[value] = !box.checked; apply(); });
    row.appendChild(box);
    if (colour) {
      var sw = document.createElement("span");
      sw.className = "swatch";
      sw.style.background = colour;
      row.appendChild(sw);
    }
    row.appendChild(document.createTextNode(label + (shape ? " (" + shape + ")" : "")));
    parent.appendChild(row);
  }
  var sectorBox = document.getElementById("sectors"), kindBox = document.getElementById("kinds");
  data.sectors.forEach(function (s) { checkbox(sectorBox, s, s, data.colours[s], null, hiddenSectors); });
  checkbox(sectorBox, "none", "no sector", data.colours["null"], null, hiddenSectors);
  data.kinds.forEach(function (k) { checkbox(kindBox, k, k, null, data.shapes[k], hiddenKinds); });

  document.getElementById("search").addEventListener("input", function (ev) {
    var q = ev.target.value.trim().toLowerCase();
    if (!q) { network.unselectAll(); return; }
    var hits = data.nodes.filter(function (n) {
      return n.label.toLowerCase().indexOf(q) >= 0 ||
        n.info.aliases.some(function (a) { return a.toLowerCase().indexOf(q) >= 0; });
    }).map(function (n) { return n.id; });
    network.selectNodes(hits);
    if (hits.length) network.fit({ nodes: hits, animation: false });
  });
})();
</script>
</body>
</html>
"""
