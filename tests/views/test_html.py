"""The HTML view at scale: the same vis-network data pyvis would give, in linear time, and a
large graph drawn as its most connected nodes with a note saying so."""

from __future__ import annotations

import json
import re

import networkx as nx

from mou_graph.graph.build import build_graph
from mou_graph.views.html import MAX_NODES, most_connected, render_html, view_graph, vis_elements


def page_data(html: str) -> dict:
    m = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', html, re.S)
    assert m
    return json.loads(m.group(1))


def star_forest(centres: int, leaves: int) -> nx.MultiDiGraph:
    """`centres` organisations, each signing `leaves` agreements: degrees are known."""
    g = nx.MultiDiGraph()
    for c in range(centres):
        org = f"org-{c:05d}"
        g.add_node(org, kind="Organisation", name=f"기관{c}", sector="industry", aliases=[], evidence=[])
        for i in range(leaves + c % 3):
            agr = f"agr-{c:05d}-{i:04d}"
            g.add_node(agr, kind="Agreement", name=f"협약 {c}-{i}", aliases=[], evidence=[])
            g.add_edge(org, agr, key=f"rel-{c}-{i}", type="SIGNED")
    return g


def test_every_node_and_edge_of_the_view_is_drawn_once_at_a_fixed_place(graph_extractions) -> None:
    view = view_graph(build_graph(graph_extractions))
    nodes, edges = vis_elements(view)
    assert sorted(n["id"] for n in nodes) == sorted(view.nodes)
    assert sorted(e["id"] for e in edges) == sorted(k for *_, k in view.edges(keys=True))
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in nodes)
    assert len({(n["x"], n["y"]) for n in nodes}) == len(nodes)  # no two on one spot


def test_a_small_graph_is_drawn_whole_without_a_note(graph_extractions) -> None:
    g = build_graph(graph_extractions)
    data = page_data(render_html(g))
    assert data["drawn"] == data["total"] == view_graph(g).number_of_nodes()


def test_a_large_graph_draws_its_most_connected_nodes_and_says_so() -> None:
    g = star_forest(60, 40)  # 60 organisations of degree 40-42, 2,460 agreements of degree 1
    total = g.number_of_nodes()
    data = page_data(render_html(g, max_nodes=100))
    assert data["drawn"] == 100 and data["total"] == total
    ids = {n["id"] for n in data["nodes"]}
    assert {f"org-{c:05d}" for c in range(60)} <= ids  # the hubs are all there
    assert all(e["from"] in ids and e["to"] in ids for e in data["edges"])
    html = render_html(g, max_nodes=100)
    assert "most connected of" in html and "--focus" in html
    assert page_data(render_html(g, max_nodes=None))["drawn"] == total
    assert page_data(render_html(g))["drawn"] == min(total, MAX_NODES)


def test_the_choice_is_reproducible_and_ties_go_by_id() -> None:
    g = star_forest(5, 3)
    assert most_connected(g, 7) == most_connected(g.copy(), 7)
    assert most_connected(g, 2) == ["org-00002", "org-00001"]  # degrees 5 and 4
    assert most_connected(g, None) == list(g.nodes)
