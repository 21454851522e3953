"""The streamed GraphML writer: the same document networkx's writer gives (keys, nodes,
edges, values), in memory that does not grow with the output, and valid for hostile text."""

from __future__ import annotations

import tracemalloc
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx

from mou_graph.graph.build import build_graph, co_signature
from mou_graph.views.graphml import graphml_text, read_graphml, to_graphml_graph, write_graphml, write_graphml_stream

G = "{http://graphml.graphdrawing.org/xmlns}"
HOSTILE = 'a<b>&"c"\r\n\td\x01\ud800 ]]> 협약'


def structure(text: str) -> tuple:
    root = ET.fromstring(text)
    keys = sorted((k.get("id"), k.get("for"), k.get("attr.name"), k.get("attr.type")) for k in root.iter(f"{G}key"))

    def data(el: ET.Element) -> dict[str, str]:
        return {d.get("key"): d.text or "" for d in el.iter(f"{G}data")}

    nodes = sorted((n.get("id"), sorted(data(n).items())) for n in root.iter(f"{G}node"))
    edges = sorted(
        (e.get("source"), e.get("target"), e.get("id") or "", sorted(data(e).items())) for e in root.iter(f"{G}edge")
    )
    graph = root.find(f"{G}graph")
    return keys, nodes, edges, graph.get("edgedefault")


def networkx_text(graph: nx.Graph) -> str:
    writer = nx.readwrite.graphml.GraphMLWriter(named_key_ids=True)
    writer.add_graph_element(to_graphml_graph(graph))
    return str(writer).replace("\r", "&#13;")  # as graphml.py did before streaming


def hostile_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_node(HOSTILE, kind="Organisation", name=HOSTILE, aliases=[HOSTILE], evidence=[{"text": HOSTILE}])
    g.add_node("b", kind="Agreement", name="협약", count=3)
    g.add_edge(HOSTILE, "b", key=f"rel-{HOSTILE}", id=f"rel-{HOSTILE}", type="SIGNED", title=HOSTILE)
    return g


def test_the_document_is_the_one_networkx_writes(graph_extractions) -> None:
    g = build_graph(graph_extractions)
    for graph in (g, co_signature(g), hostile_graph()):
        assert structure(graphml_text(graph)) == structure(networkx_text(graph))


def test_hostile_text_round_trips_as_text(tmp_path: Path) -> None:
    write_graphml(hostile_graph(), tmp_path / "g.graphml")
    back = read_graphml(tmp_path / "g.graphml")
    clean = 'a<b>&"c"\r\n\td ]]> 협약'  # the control character and the lone surrogate are dropped
    assert back.nodes[clean]["name"] == clean
    assert back.nodes[clean]["aliases"] == ['a<b>&"c"\r\n\td\x01 ]]> 협약']  # JSON escapes it: kept
    assert [d["title"] for *_, d in back.edges(data=True)] == [clean]
    assert (tmp_path / "g.graphml").read_bytes().startswith(b'<?xml version="1.0" encoding="UTF-8"?>')
    assert "협약".encode() in (tmp_path / "g.graphml").read_bytes()  # UTF-8, not numeric references


def star(n: int) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for i in range(n):
        g.add_node(f"n{i}", kind="Organisation", name=f"기관 {i}", evidence=[{"sentence": "문장 " * 20}])
        if i:
            g.add_edge("n0", f"n{i}", key=f"rel-{i}", id=f"rel-{i}", type="PART_OF")
    return g


def test_memory_does_not_grow_with_the_output() -> None:
    def peak(n: int) -> int:
        g = star(n)
        size = [0]
        tracemalloc.start()
        write_graphml_stream(g, lambda t: size.__setitem__(0, size[0] + len(t)))
        _, top = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        return top

    small, large = peak(500), peak(10_000)
    assert large < 3 * small + 500_000, (small, large)
