"""One person across languages: 이강덕 in a Korean article and Lee Kang-deok in an English one,
both at the same resolved body (포항시 = Pohang City), are one node; people the romanised
name could not tell apart, or who are at different bodies, are not. The articles are written
for these tests and go through the real extractor, build and resolve."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from mou_graph.cli import app
from mou_graph.extract import extract_article
from mou_graph.extract.pipeline import extract_paths
from mou_graph.graph.build import build_graph
from mou_graph.graph.folder import load_graph
from mou_graph.graph.resolve import resolve_graph
from mou_graph.graph.romanised import ROMANISED, ROMANISED_UNSURE, name_keys
from mou_graph.model import Article, Extraction, Kind, Resolution

KOREAN = (
    "포항시는 2일 시청에서 포스텍과 ‘이차전지 인재 양성을 위한 업무협약’을 체결했다. "
    "이날 협약식에는 이강덕 포항시장과 김성근 포스텍 총장이 참석했다."
)
ENGLISH = {
    "surname first, hyphen": "Pohang Mayor Lee Kang-deok and POSTECH President Kim Sung-keun attended the ceremony.",
    "surname last": "Kang-deok Lee, mayor of Pohang City, and Sung Keun Kim, president of POSTECH, signed it.",
    "no hyphen": "Mayor Lee Kangdeok of Pohang City and President Kim Sungkeun of POSTECH signed it.",
    "three words": "Mayor Kang Deok Lee of Pohang City and President Sung Keun Kim of POSTECH signed it.",
}
ENGLISH_LEAD = "Pohang City signed a memorandum of understanding with POSTECH on March 2 to train battery engineers. "


def _extract(article_id: str, text: str, language: str) -> Extraction:
    return extract_article(Article(id=article_id, text=text, published="2025-03-02", language=language))


def _resolve(*articles: tuple[str, str, str]) -> tuple[nx.MultiDiGraph, Resolution]:
    return resolve_graph(build_graph([_extract(*a) for a in articles]))


def _people(graph: nx.MultiDiGraph) -> dict[str, dict]:
    return {n: d for n, d in graph.nodes(data=True) if d.get("kind") == Kind.PERSON.value}


def _node_written(graph: nx.MultiDiGraph, name: str) -> str:
    """The person node holding a mention written `name`."""
    (node,) = [n for n, d in _people(graph).items() if any(e["text"] == name for e in d.get("evidence") or [])]
    return node


def test_a_hangul_name_and_its_spellings_share_a_key() -> None:
    key = ("이", "gangdug")
    for spelled in ("이강덕", "Lee Kang-deok", "Kang-deok Lee", "Lee Kangdeok", "Kang Deok Lee", "Yi Gang-deok"):
        assert key in name_keys(spelled), spelled
    assert ("홍", "gildong") in name_keys("Gil Dong Hong") & name_keys("Hong Gildong") & name_keys("홍길동")
    assert ("이", "hongi") in name_keys("Lee Hong-ki") & name_keys("이홍기")  # k/g
    assert not name_keys("이강덕") & name_keys("Lee Kang-min")
    assert not name_keys("이강덕") & name_keys("Park Kang-deok")
    assert name_keys("Jerome A. Gilbert") == frozenset()


@pytest.mark.parametrize("spelling", ENGLISH)
def test_the_head_in_a_korean_and_an_english_article_is_one_person(spelling: str) -> None:
    graph, resolution = _resolve(("k1", KOREAN, "ko"), ("e1", ENGLISH_LEAD + ENGLISH[spelling], "en"))
    people = _people(graph)
    mayor = people[_node_written(graph, "이강덕")]
    assert mayor["name"] == "이강덕" and mayor["articles"] == ["e1", "k1"]
    president = people[_node_written(graph, "김성근")]
    assert president["articles"] == ["e1", "k1"]
    assert len(people) == 2, [d["name"] for d in people.values()]
    assert [m.rule for m in resolution.merges if m.kind is Kind.PERSON] == [ROMANISED, ROMANISED]


def test_the_join_says_which_spellings_and_which_body() -> None:
    graph, resolution = _resolve(("k1", KOREAN, "ko"), ("e1", ENGLISH_LEAD + ENGLISH["surname first, hyphen"], "en"))
    (merge,) = [m for m in resolution.merges if m.rule == ROMANISED and "이강덕" in m.evidence]
    assert "‘Lee Kang-deok’ is a romanisation of ‘이강덕’" in merge.evidence
    assert "both at 포항시" in merge.evidence and "k1" in merge.evidence and "e1" in merge.evidence
    records = json.loads(graph.nodes[_node_written(graph, "Lee Kang-deok")]["merges"])
    assert [r["rule"] for r in records] == [ROMANISED]


TWO_PEOPLE = (
    "포항시는 5일 시청에서 포스텍과 ‘수소 산업 육성을 위한 업무협약’을 체결했다. "
    "이날 협약식에는 이성호 포항시 부시장과 이승호 포항시 경제국장, 김성근 포스텍 총장이 참석했다."
)
TWO_PEOPLE_ENGLISH = (
    "Pohang City signed an MOU with POSTECH on June 5 to foster the hydrogen industry. "
    "Vice Mayor Lee Sung-ho of Pohang City and POSTECH President Kim Sung-keun attended the ceremony."
)


def test_two_people_of_one_body_whose_names_romanise_alike_are_left_for_review() -> None:
    graph, resolution = _resolve(("k2", TWO_PEOPLE, "ko"), ("e2", TWO_PEOPLE_ENGLISH, "en"))
    nodes = {_node_written(graph, n) for n in ("이성호", "이승호", "Lee Sung-ho")}
    assert len(nodes) == 3  # Lee Sung-ho could be either
    unsure = [c for c in resolution.candidates if c.rule == ROMANISED_UNSURE]
    assert {frozenset((c.a, c.b)) for c in unsure} == {
        frozenset((_node_written(graph, "Lee Sung-ho"), _node_written(graph, n))) for n in ("이성호", "이승호")
    }
    assert all("but so it is of" in c.reason for c in unsure)
    # the body's other head is still joined
    assert graph.nodes[_node_written(graph, "김성근")]["articles"] == ["e2", "k2"]


def test_the_same_romanised_name_at_another_body_is_another_person() -> None:
    kaist = (
        "KAIST signed an MOU with Daejeon Metropolitan City on June 9 on AI research. "
        "KAIST President Kim Sung-keun and Daejeon Mayor Lee Jang-woo attended the ceremony."
    )
    graph, resolution = _resolve(("k1", KOREAN, "ko"), ("e3", kaist, "en"))
    assert _node_written(graph, "김성근") != _node_written(graph, "Kim Sung-keun")
    assert not [m for m in resolution.merges if m.rule == ROMANISED]


def test_the_romanised_head_in_the_resolution_fixtures_is_joined() -> None:
    """r03 (Yonhap, English) quotes POSTECH President Han Seung-woo, 한승우 포스텍 총장 in r01, r02."""
    fixtures = Path(__file__).parents[1] / "fixtures" / "resolution"
    items = list(extract_paths([fixtures / f for f in sorted(p.name for p in fixtures.glob("r0[123]-*.txt"))]))
    graph, _ = resolve_graph(build_graph(items))  # type: ignore[arg-type]
    node = _node_written(graph, "Han Seung-woo")
    assert node == _node_written(graph, "한승우")
    assert [a[:3] for a in graph.nodes[node]["articles"]] == ["r01", "r02", "r03"]


runner = CliRunner()


def test_rejecting_the_join_in_review_splits_them_again(tmp_path: Path) -> None:
    source = tmp_path / "articles.jsonl"
    rows = [
        {"id": "k1", "published": "2025-03-02", "text": KOREAN},
        {"id": "e1", "published": "2025-03-02", "text": ENGLISH_LEAD + ENGLISH["surname last"]},
    ]
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    folder = tmp_path / "graph"
    assert runner.invoke(app, ["build", str(source), "--out", str(folder), "--quiet"]).exit_code == 0
    assert "Kang-deok Lee" not in [d["name"] for d in _people(load_graph(folder)).values()]
    result = runner.invoke(app, ["review", str(folder), "--joins", "--format", "json"])
    (join,) = [j for j in json.loads(result.stdout) if {j["a_name"], j["b_name"]} == {"이강덕", "Kang-deok Lee"}]
    assert join["rule"] == ROMANISED
    assert runner.invoke(app, ["review", str(folder), "--reject", join["pair"]]).exit_code == 0
    names = sorted(d["name"] for d in _people(load_graph(folder)).values())
    assert "이강덕" in names and "Kang-deok Lee" in names
    # a rebuild keeps them apart and does not ask again
    assert runner.invoke(app, ["build", str(source), "--out", str(folder), "--quiet"]).exit_code == 0
    assert "Kang-deok Lee" in [d["name"] for d in _people(load_graph(folder)).values()]
    listed = json.loads(runner.invoke(app, ["review", str(folder), "--list", "--format", "json"]).stdout or "[]")
    assert join["pair"] not in [c["pair"] for c in listed]
