"""Building the stakeholder graph from extractions."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from conftest import extraction

from mou_graph.graph.build import build_graph, co_signature
from mou_graph.graph.folder import GraphFolderError, graph_to_json, load_graph
from mou_graph.views.folder import save_graph


def node_named(graph: nx.MultiDiGraph, name: str) -> str:
    found = [n for n, d in graph.nodes(data=True) if d.get("name") == name]
    assert len(found) == 1, (name, found)
    return found[0]


def test_one_body_across_articles_is_one_node(graph_extractions) -> None:
    g = build_graph(graph_extractions)
    knu = node_named(g, "경북대학교")
    assert g.nodes[knu]["articles"] == ["g1", "g2"]
    assert {"경북대학교", "경북대"} <= set(g.nodes[knu]["aliases"])
    assert g.nodes[knu]["sector"] == "academia"
    # the same person at the same body in two articles is one node
    hong = node_named(g, "홍원화")
    assert g.nodes[hong]["articles"] == ["g1", "g2"]


def test_an_agreement_is_a_node_with_its_signatories_around_it(graph_extractions) -> None:
    g = build_graph(graph_extractions)
    agreement = node_named(g, "반도체 인재 양성을 위한 업무협약")
    signers = {g.nodes[u]["name"] for u, _, d in g.in_edges(agreement, data=True) if d["type"] == "SIGNED"}
    assert signers == {"구미시", "경북대학교", "국립금오공과대학교"}
    # no clique of organisation-to-organisation edges in the main graph
    assert not any(
        g.nodes[u]["kind"] == g.nodes[v]["kind"] == "Organisation" and d["type"] == "SIGNED"
        for u, v, d in g.edges(data=True)
    )


def test_every_node_and_edge_has_provenance(graph_extractions) -> None:
    g = build_graph(graph_extractions)
    for node, data in g.nodes(data=True):
        assert data["articles"], node
        if data["kind"] not in ("Article", "Agreement"):
            assert data["evidence"] and all(e["sentence"] for e in data["evidence"])
            assert any(d["type"] == "MENTIONED_IN" for _, _, d in g.out_edges(node, data=True))
    for *_, data in g.edges(data=True):
        assert data["articles"]
        if data["type"] != "MENTIONED_IN":
            assert data["evidence"]


def test_co_signature_weights_count_agreements(graph_extractions) -> None:
    g = build_graph(graph_extractions)
    cosign = co_signature(g)
    knu, postech = node_named(g, "경북대학교"), node_named(g, "포항공과대학교")
    gumi = node_named(g, "구미시")
    assert cosign.edges[knu, postech]["weight"] == 1
    assert cosign.edges[knu, gumi]["weight"] == 1
    g2 = build_graph([extraction("g4", "경북대와 포스텍은 9일 ‘AI 공동 연구 협약’을 맺었다.")], g.copy())
    assert co_signature(g2).edges[knu, postech]["weight"] == 2


def test_building_twice_or_adding_an_article_twice_changes_nothing(graph_extractions) -> None:
    once = graph_to_json(build_graph(graph_extractions))
    assert graph_to_json(build_graph(graph_extractions)) == once
    again = build_graph(graph_extractions[:1], build_graph(graph_extractions))
    assert graph_to_json(again) == once
    reversed_order = build_graph(list(reversed(graph_extractions)))
    assert set(reversed_order.nodes) == set(build_graph(graph_extractions).nodes)


def test_save_and_load_round_trip(tmp_path: Path, graph_extractions) -> None:
    g = build_graph(graph_extractions)
    save_graph(g, tmp_path / "battery")
    assert {p.name for p in (tmp_path / "battery").iterdir()} >= {
        "graph.json",
        "graph.graphml",
        "graph.html",
        "cosign.graphml",
        "meta.json",
    }
    loaded = load_graph(tmp_path / "battery")
    assert graph_to_json(loaded) == graph_to_json(g)


def test_a_folder_from_another_version_is_refused(tmp_path: Path, graph_extractions) -> None:
    save_graph(build_graph(graph_extractions), tmp_path / "old", html=False)
    (tmp_path / "old" / "meta.json").write_text(json.dumps({"format": "mou-graph", "version": 0}))
    with pytest.raises(GraphFolderError, match="another version"):
        load_graph(tmp_path / "old")
    with pytest.raises(GraphFolderError, match="no graph here"):
        load_graph(tmp_path / "empty")


def test_a_failure_while_writing_the_views_leaves_the_whole_folder_as_it_was(
    tmp_path: Path, graph_extractions, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mou_graph.graph.resolve import resolve_graph
    from mou_graph.views import html as html_view

    folder = tmp_path / "battery"
    raw = build_graph(graph_extractions[:1])
    save_graph(*resolve_graph(raw)[:1], folder, raw=raw)
    before = {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}

    def broken(*args: object, **kwargs: object) -> str:
        raise RuntimeError("the view failed")

    monkeypatch.setattr(html_view, "render_html", broken)
    bigger = build_graph(graph_extractions)
    with pytest.raises(RuntimeError):
        save_graph(bigger, folder, raw=bigger)
    after = {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    assert after == before  # graph.json too, and no leftovers (no new generation either)


def test_the_unresolved_graph_is_kept_for_later_builds(tmp_path: Path, graph_extractions) -> None:
    from mou_graph.graph.folder import load_raw

    raw = build_graph(graph_extractions)
    save_graph(raw, tmp_path / "g", raw=raw, html=False)
    assert graph_to_json(load_raw(tmp_path / "g")) == graph_to_json(raw)
    (tmp_path / "g" / "unresolved.json.gz").write_bytes(b"not gzip")
    with pytest.raises(GraphFolderError, match="unresolved.json.gz: damaged"):
        load_raw(tmp_path / "g")


def test_an_extraction_file_that_breaks_off_is_named_with_what_came_before(tmp_path: Path, graph_extractions) -> None:
    from mou_graph.extract.document import to_json_text
    from mou_graph.graph.build import read_extractions
    from mou_graph.model import Extraction, InputError

    text = to_json_text(graph_extractions)
    path = tmp_path / "cut.json"
    path.write_text(text[: text.index('"id": "g3"')], encoding="utf-8")
    *read, last = read_extractions(path)
    assert [x.article.id for x in read if isinstance(x, Extraction)] == ["g1", "g2"]
    assert isinstance(last, InputError) and "not a whole extraction file" in last.reason
    assert read_extractions(tmp_path / "missing.json") is None
