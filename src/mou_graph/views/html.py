"""The interactive HTML view: one self-contained, offline file, an analyst's stakeholder map.

vis-network is inlined from the pyvis package (no CDN: pyvis's own template links Bootstrap
and others even "in_line", and drops data into a script unescaped, so the page is written
here; its Network class is not used either, as adding nodes to it is quadratic). The page
opens on the organisations and the co-signature ties between them, the most central ones
labelled; agreements, people and programmes are layers to switch on. Positions are computed
here (layout.py), so the page draws at once, with physics off, and the same graph looks the
same every time. A large graph is drawn as its `max_nodes` most connected nodes, and the page
says so. Names and evidence are untrusted article text: they travel as JSON in a non-executed
<script type="application/json"> with <, >, & and line separators escaped, and the page puts
them into the DOM with textContent only (assets/page.js).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from ..graph.build import co_signature
from ..model import Kind, RelType, normalise_key
from .details import article_table, node_details
from .layout import layout

SECTOR_COLOURS = {
    "industry": "#e4572e",
    "academia": "#4c6ef5",
    "research": "#17a398",
    "government": "#f2a541",
    "civil": "#9c6ade",
    "media": "#8d99ae",
    None: "#bbbbbb",
}
KIND_COLOURS = {"Agreement": "#495057", "Person": "#74b816", "Programme": "#d6336c", "Event": "#f59f00"}
# A browser draws a couple of thousand nodes at once; beyond that the page is unusable.
MAX_NODES = 2000
KIND_SHAPES = {
    Kind.ORGANISATION.value: "dot",
    Kind.PERSON.value: "triangle",
    Kind.AGREEMENT.value: "diamond",
    Kind.PROGRAMME.value: "square",
    Kind.EVENT.value: "star",
    Kind.ARTICLE.value: "box",
}
LABELLED = 20  # organisations always labelled at the default zoom, the most central first
MAY_LABEL = 40  # and up to this rank where the label has room
LABEL_CHARS = 24  # a longer name is cut on the map (whole on hover and in the panel)
ASSETS = Path(__file__).with_name("assets")


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
    """What the page draws: stakeholders and agreements (articles live in the panel),
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


def most_connected(view: nx.MultiDiGraph, max_nodes: int | None) -> list[str]:
    """The `max_nodes` nodes of highest degree (ties by id, so the page is reproducible), or
    every node when there are not more than that."""
    if max_nodes is None or view.number_of_nodes() <= max_nodes:
        return list(view.nodes)
    ranked = sorted(view.degree(), key=lambda nd: (-nd[1], str(nd[0])))
    return [n for n, _ in ranked[: max(0, max_nodes)]]


def _label(name: str) -> str:
    if len(name) <= LABEL_CHARS:
        return name
    return name[: LABEL_CHARS - 1] + "…"


def centrality_rank(cosign: nx.Graph, signed: Counter[str]) -> dict[str, int]:
    """Organisations by agreements signed, then co-signature partners (degree centrality, as
    `stats`), then id: 0 is the most central. Signings first, so a body in five agreements
    ranks above the fourteen co-signers of one."""
    orgs = set(cosign) | set(signed)
    order = sorted(orgs, key=lambda n: (-signed.get(n, 0), -(cosign.degree(n) if n in cosign else 0), n))
    return {n: i for i, n in enumerate(order)}


def vis_elements(
    view: nx.MultiDiGraph, context: nx.MultiDiGraph | None = None
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """vis-network's node and edge objects, in one linear pass (pyvis's add_node and add_edge
    look ids up in lists, which is quadratic: 40 s for a 5,000-article graph). Sizes, ranks and
    the co-signature ties come from `context` (the whole view), so they do not change with
    how much is drawn."""
    nodes, edges, _, _ = map_elements(view, view if context is None else context)
    return nodes, edges


def map_elements(
    view: nx.MultiDiGraph, context: nx.MultiDiGraph
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]], dict[str, Any]]:
    """Nodes (with build-time positions), edges, co-signature ties between drawn
    organisations (weighted by the agreements signed together) and the panels' details."""
    cosign = co_signature(context)
    signed = Counter(u for u, _, d in context.edges(data=True) if d.get("type") == RelType.SIGNED.value)
    rank = centrality_rank(cosign, signed)
    drawn = sorted(view.nodes, key=str)
    drawn_set = set(drawn)
    ties = [
        {"id": f"tie:{u}|{v}", "from": u, "to": v, "weight": d["weight"], "agreements": d["agreements"]}
        for u, v, d in sorted(cosign.subgraph(drawn_set).edges(data=True), key=lambda e: (e[0], e[1]))
        for u, v in [sorted((u, v))]
    ]
    kinds = {n: str(view.nodes[n].get("kind")) for n in drawn}
    pos, lone = layout(kinds, [(u, v) for u, v in view.edges()], [(t["from"], t["to"], t["agreements"]) for t in ties])
    details = node_details(context, drawn)
    nodes = []
    for node, data in view.nodes(data=True):
        kind = data.get("kind")
        name = str(data.get("name") or node)
        is_org = kind == Kind.ORGANISATION.value
        x, y = pos[node]
        nodes.append(
            {
                "id": node,
                "label": name,
                "short": _label(name),
                "kind": kind,
                "sector": data.get("sector") or "",
                "color": SECTOR_COLOURS.get(data.get("sector"), SECTOR_COLOURS[None])
                if is_org
                else KIND_COLOURS.get(str(kind), SECTOR_COLOURS[None]),
                "shape": KIND_SHAPES.get(kind, "dot"),
                "size": round(8 + 5 * min(signed.get(node, 0), 30) ** 0.5, 1) if is_org else 7,
                "signed": signed.get(node, 0),
                "rank": rank.get(node, len(rank) + 1) if is_org else None,
                "x": round(x, 1),
                "y": round(y, 1),
                "lone": node in lone,
                "agreements": details["in_agreements"][node],
                "info": details["info"][node],
            }
        )
    edges = [
        {"id": key, "type": data.get("type"), "label": data.get("title") or "", "from": u, "to": v}
        for u, v, key, data in view.edges(keys=True, data=True)
    ]
    return nodes, edges, ties, details


def render_html(
    graph: nx.MultiDiGraph,
    *,
    focus: str | None = None,
    depth: int = 1,
    title: str = "mou-graph",
    max_nodes: int | None = MAX_NODES,
) -> str:
    """The page for `graph` (or the neighbourhood of `focus`). A browser cannot draw tens of
    thousands of nodes, so at most `max_nodes` are drawn, the most connected, and the page says
    how many of how many (None draws everything)."""
    view = view_graph(graph, focus, depth)
    total = view.number_of_nodes()
    keep = most_connected(view, max_nodes)
    nodes, edges, ties, details = map_elements(view.subgraph(keep) if len(keep) < total else view, view)
    kinds = Counter(d.get("kind") for _, d in view.nodes(data=True))
    payload = {
        "title": title,
        "focus": focus,
        "summary": {
            "articles": sum(1 for _, d in graph.nodes(data=True) if d.get("kind") == Kind.ARTICLE.value),
            "nodes": total,
            "agreements": kinds.get(Kind.AGREEMENT.value, 0),
            "signatures": sum(1 for *_, d in view.edges(data=True) if d.get("type") == RelType.SIGNED.value),
        },
        "nodes": nodes,
        "edges": edges,
        "ties": ties,
        "agreements": details["agreements"],
        "names": details["names"],
        "articles": article_table(graph, details),
        "drawn": len(nodes),
        "total": total,
        "labelled": LABELLED,
        "may_label": MAY_LABEL,
        "sectors": list(SECTOR_COLOURS)[:-1],
        "kinds": [k for k in KIND_SHAPES if k != Kind.ARTICLE.value],
        "colours": SECTOR_COLOURS,
        "kind_colours": KIND_COLOURS,
        "shapes": KIND_SHAPES,
    }
    page = (ASSETS / "page.html").read_text(encoding="utf-8")
    parts = {
        "__VIS_CSS__": _vis_asset("vis-network.css"),
        "__CSS__": (ASSETS / "page.css").read_text(encoding="utf-8"),
        "__VIS_JS__": _vis_asset("vis-network.min.js"),
        "__JS__": (ASSETS / "page.js").read_text(encoding="utf-8"),
        "__DATA__": safe_json(payload),
    }
    # one pass, so a placeholder inside the data or a script is never replaced
    return re.sub("|".join(parts), lambda m: parts[m.group()], page)
