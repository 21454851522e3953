"""GraphML for Gephi, Cytoscape and yEd: one type per attribute, valid XML, a true round trip."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
from conftest import extraction
from typer.testing import CliRunner

from mou_graph.cli import app
from mou_graph.graph.build import build_graph, co_signature
from mou_graph.views.graphml import graphml_text, read_graphml, write_graphml

NS = {"g": "http://graphml.graphdrawing.org/xmlns"}
EXAMPLE = Path(__file__).resolve().parents[2] / "graphs" / "example" / "extraction.json"


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


def test_every_list_is_json_text_forms_included(tmp_path: Path) -> None:
    g = nx.MultiDiGraph()
    g.add_node("org-1", kind="Organisation", name="포항시", forms=["org-a", "org-b"], tags=("x", "y"), seen={"b", "a"})
    text = graphml_text(g)
    root = ET.fromstring(text)
    data = {d.get("key"): d.text for d in root.iter("{http://graphml.graphdrawing.org/xmlns}data")}
    assert json.loads(data["forms"]) == ["org-a", "org-b"]  # not the Python repr "['org-a', 'org-b']"
    assert json.loads(data["tags"]) == ["x", "y"] and json.loads(data["seen"]) == ["a", "b"]
    write_graphml(g, tmp_path / "g.graphml")
    assert read_graphml(tmp_path / "g.graphml").nodes["org-1"]["forms"] == ["org-a", "org-b"]


def test_the_same_graph_is_the_same_text_whatever_order_its_attributes_were_set_in() -> None:
    one, two = nx.MultiDiGraph(), nx.MultiDiGraph()
    one.add_node("a", kind="Organisation", name="A", sector="academia")
    one.add_node("b", kind="Agreement", name="B", date="2025-01-02")
    two.add_node("a", sector="academia", name="A", kind="Organisation")
    two.add_node("b", date="2025-01-02", kind="Agreement", name="B")
    one.add_edge("a", "b", key="rel-1", id="rel-1", type="SIGNED", articles=["x"])
    two.add_edge("a", "b", key="rel-1", articles=["x"], type="SIGNED", id="rel-1")
    assert graphml_text(one) == graphml_text(two)
    keys = [(k.get("for"), k.get("id")) for k in ET.fromstring(graphml_text(one)).findall("g:key", NS)]
    assert keys == sorted(keys, key=lambda k: (k[0] != "node", k[1]))


def test_a_build_into_that_adds_nothing_rewrites_the_same_bytes(tmp_path: Path) -> None:
    folder = tmp_path / "g"
    first = CliRunner().invoke(app, ["build", str(EXAMPLE), "--out", str(folder), "-q"])
    assert first.exit_code == 0, first.output
    names = ("graph.graphml", "cosign.graphml", "graph.json", "graph.html")
    before = {n: (folder / n).read_bytes() for n in names}
    again = CliRunner().invoke(app, ["build", str(EXAMPLE), "--into", str(folder), "-q"])
    assert again.exit_code == 0, again.output
    assert {n: (folder / n).read_bytes() for n in names} == before
