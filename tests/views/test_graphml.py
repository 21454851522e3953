"""GraphML for Gephi, Cytoscape and yEd: one type per attribute, valid XML, a true round trip."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from conftest import extraction

from mou_graph.graph.build import build_graph, co_signature
from mou_graph.views.graphml import graphml_text, read_graphml, write_graphml

NS = {"g": "http://graphml.graphdrawing.org/xmlns"}


def test_round_trip_keeps_nodes_edges_and_attributes(tmp_path: Path, graph_extractions) -> None:
    g = build_graph(graph_extractions)
    write_graphml(g, tmp_path / "g.graphml")
    back = read_graphml(tmp_path / "g.graphml")
    assert set(back.nodes) == set(g.nodes)
    assert back.number_of_edges() == g.number_of_edges()
    for node, data in g.nodes(data=True):
        for key, value in data.items():
            if value is not None:
                assert back.nodes[node][key] == value, (node, key)
    original_ids = {d["id"] for *_, d in g.edges(data=True)}
    assert {d["id"] for *_, d in back.edges(data=True)} == original_ids


def test_one_type_per_attribute_name_and_readable_keys(graph_extractions) -> None:
    root = ET.fromstring(graphml_text(build_graph(graph_extractions)))
    types: dict[tuple[str, str], set[str]] = {}
    for key in root.findall("g:key", NS):
        types.setdefault((key.get("attr.name"), key.get("for")), set()).add(key.get("attr.type"))
        assert key.get("id") == key.get("attr.name")  # named key ids
    assert all(len(t) == 1 for t in types.values())
    names = {name for name, _ in types}
    assert {"label", "name", "kind", "sector", "type"} <= names
    edge_ids = [e.get("id") for e in root.iter("{http://graphml.graphdrawing.org/xmlns}edge")]
    assert all(i and i.startswith("rel-") for i in edge_ids)


def test_control_characters_still_give_valid_xml(tmp_path: Path) -> None:
    x = extraction("bad", "구미시는 11일 경북대학교와 ‘반도체\x01 협약\x0b’을 체결했다.\x00")
    text = graphml_text(build_graph([x]))
    ET.fromstring(text)  # raises on invalid XML
    assert "\x01" not in text and "\x00" not in text


def test_co_signature_projection_is_writable(tmp_path: Path, graph_extractions) -> None:
    write_graphml(co_signature(build_graph(graph_extractions)), tmp_path / "cosign.graphml")
    back = read_graphml(tmp_path / "cosign.graphml")
    assert all(isinstance(d["weight"], int) for *_, d in back.edges(data=True))
