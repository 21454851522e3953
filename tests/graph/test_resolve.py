"""Resolution across articles written for the tests (tests/fixtures/resolution/, cases in its
EXPECTED.md): what must be one node, what must stay apart, what is left for a person.

Each case runs twice: on the extractions as they are (the gazetteer already names known bodies
officially) and with ids taken from the first written form and one person per article, where
the resolver alone has to join them."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from conftest import as_written

from mou_graph.extract.pipeline import extract_paths
from mou_graph.graph.build import build_graph
from mou_graph.graph.resolve import resolve_graph
from mou_graph.model import Extraction, Kind, RelType, Resolution

FIXTURES = Path(__file__).parents[1] / "fixtures" / "resolution"


@pytest.fixture(scope="module")
def extractions() -> list[Extraction]:
    items = list(extract_paths([FIXTURES]))
    assert all(isinstance(x, Extraction) for x in items), items
    return items  # type: ignore[return-value]


@pytest.fixture(scope="module", params=["as extracted", "ids as written"])
def resolved(request: pytest.FixtureRequest, extractions: list[Extraction]) -> tuple[nx.MultiDiGraph, Resolution]:
    xs = extractions if request.param == "as extracted" else [as_written(x) for x in extractions]
    return resolve_graph(build_graph(xs))


def nodes_of(graph: nx.MultiDiGraph, article: str, form: str, kind: Kind = Kind.ORGANISATION) -> set[str]:
    """The nodes holding a mention written `form` in the article whose id starts with `article`."""
    return {
        n
        for n, d in graph.nodes(data=True)
        if d.get("kind") == kind.value
        and any(e["article"].startswith(article) and e["text"] == form for e in d.get("evidence") or [])
    }


def people(graph: nx.MultiDiGraph, name: str) -> list[dict]:
    return [d for _, d in graph.nodes(data=True) if d.get("kind") == Kind.PERSON.value and d["name"] == name]


SAME_BODY = {
    "포스텍 = 포항공과대학교 = POSTECH": [("r01", "포스텍"), ("r02", "포항공과대학교"), ("r03", "POSTECH")],
    "경북도 = 경북 = 경상북도": [("r01", "경북도"), ("r01", "경북"), ("r02", "경상북도")],
    "충북도 = 충청북도": [("r04", "충북도"), ("r05", "충청북도")],
    "산업부 = 산업통상자원부": [("r04", "산업부"), ("r05", "산업통상자원부")],
    "한국전자통신연구원 = ETRI": [("r04", "한국전자통신연구원"), ("r05", "ETRI")],
    "대전TP = 대전테크노파크": [("r06", "대전테크노파크"), ("r07", "대전TP"), ("r08", "대전테크노파크")],
    "㈜신한 = (주)신한 = 신한": [("r06", "㈜신한"), ("r07", "(주)신한"), ("r08", "신한")],
    "경상국립대 = 경상국립대학교": [("r10", "경상국립대학교"), ("r11", "경상국립대"), ("r12", "경상국립대학교")],
    "포항시 = city of Pohang": [("r01", "포항시"), ("r02", "포항시"), ("r03", "city of Pohang")],
    "포항시의회": [("r01", "포항시의회"), ("r02", "포항시의회")],
    "서울대병원 = 서울대학교병원": [("r09", "서울대병원"), ("r10", "서울대학교병원")],
}


@pytest.mark.parametrize("case", SAME_BODY)
def test_one_body_named_differently_is_one_node(resolved, case: str) -> None:
    graph, _ = resolved
    found = [nodes_of(graph, article, form) for article, form in SAME_BODY[case]]
    assert all(found), found  # each form was extracted
    assert len(set().union(*found)) == 1, [graph.nodes[n]["name"] for n in set().union(*found)]


APART = {
    "포항시 / 포항시의회": (("r02", "포항시"), ("r02", "포항시의회")),
    "경상북도 / 경상북도교육청": (("r02", "경상북도"), ("r02", "경상북도교육청")),
    "충남대학교 / 충남대학교 산학협력단": (("r07", "충남대학교"), ("r07", "충남대학교 산학협력단")),
    "서울대학교 / 서울대학교병원": (("r10", "서울대학교"), ("r09", "서울대학교병원")),
    "충청북도 / 충북테크노파크": (("r04", "충북도"), ("r04", "충북테크노파크")),
    "한국화학연구원 / 한국재료연구원": (("r09", "한국화학연구원"), ("r11", "한국재료연구원")),
}


@pytest.mark.parametrize("case", APART)
def test_different_bodies_stay_apart(resolved, case: str) -> None:
    graph, _ = resolved
    (a1, f1), (a2, f2) = APART[case]
    one, two = nodes_of(graph, a1, f1), nodes_of(graph, a2, f2)
    assert one and two and not one & two


def test_the_province_and_its_education_office_keep_their_own_people(resolved) -> None:
    graph, _ = resolved
    (province,) = nodes_of(graph, "r02", "경상북도")
    (office,) = nodes_of(graph, "r02", "경상북도교육청")
    heads = {
        graph.nodes[p]["name"]: v
        for p, v, d in graph.edges(data=True)
        if d["type"] == RelType.HOLDS_POSITION.value and v in (province, office)
    }
    assert heads["서나연"] == office and heads["오은재"] == office and heads["류재희"] == province


def test_a_university_and_its_industry_cooperation_foundation_are_linked_not_merged(resolved) -> None:
    graph, _ = resolved
    (unit,) = nodes_of(graph, "r07", "충남대학교 산학협력단")
    (university,) = nodes_of(graph, "r07", "충남대학교")
    assert any(d["type"] == RelType.PART_OF.value for d in graph.get_edge_data(unit, university).values())


SAME_PERSON = {
    "오재석": ("r06", "r07", "r08"),  # 대전테크노파크 원장, three articles, three spellings of the body
    "맹동석": ("r10", "r11", "r12"),
    "한승우": ("r01", "r02", "r03"),  # r03 (English): POSTECH President Han Seung-woo
    "염지호": ("r04", "r05"),
    "최현우": ("r06", "r07"),
    "조윤서": ("r10", "r11", "r12"),  # a reporter of one outlet
}


@pytest.mark.parametrize("name", SAME_PERSON)
def test_the_same_name_at_the_same_body_is_one_person(resolved, name: str) -> None:
    graph, _ = resolved
    (person,) = people(graph, name)
    assert {a[:3] for a in person["articles"]} == set(SAME_PERSON[name])


def test_a_person_who_changes_title_keeps_one_node_with_dated_positions(resolved) -> None:
    graph, _ = resolved
    (node,) = [n for n, d in graph.nodes(data=True) if d.get("kind") == Kind.PERSON.value and d["name"] == "도상민"]
    positions = {
        d["title"]: d["date"]
        for _, _, d in graph.out_edges(node, data=True)
        if d["type"] == RelType.HOLDS_POSITION.value
    }
    assert positions == {"부원장": "2024-06-18", "원장": "2025-09-04"}
    assert graph.nodes[node]["title"] == "원장"  # the latest


def test_the_same_name_at_different_bodies_is_two_people(resolved) -> None:
    graph, _ = resolved
    reporter, director = sorted(people(graph, "윤재형"), key=lambda d: d["title"])
    assert (reporter["title"], director["title"]) == ("기자", "원장")


def _candidate_names(graph: nx.MultiDiGraph, resolution: Resolution) -> list[tuple[str, set[str]]]:
    return [(c.rule, {graph.nodes[resolution.node_of[f]]["name"] for f in (c.a, c.b)}) for c in resolution.candidates]


def test_unsure_pairs_are_left_for_review_not_merged(resolved) -> None:
    graph, resolution = resolved
    candidates = _candidate_names(graph, resolution)
    assert ("longer-name", {"솔라엔바이오", "솔라엔바이오텍"}) in candidates
    assert ("same-name-one-without-body", {"권혜린"}) in candidates
    assert nodes_of(graph, "r08", "솔라엔바이오") != nodes_of(graph, "r09", "솔라엔바이오텍")
    assert len(people(graph, "권혜린")) == 2


def test_every_join_says_which_rule_and_on_what_evidence(extractions: list[Extraction]) -> None:
    graph, resolution = resolve_graph(build_graph(as_written(x) for x in extractions))
    assert {m.rule for m in resolution.merges} == {
        "same-name",
        "known-form",
        "same-name-same-body",
        "romanised-name-same-body",  # r03: Han Seung-woo = 한승우 of POSTECH
    }
    for m in resolution.merges:
        node = graph.nodes[resolution.node_of[m.a]]
        assert resolution.node_of[m.b] == resolution.node_of[m.a]
        assert m.rule and m.evidence
        assert m.to_json() in json.loads(node["merges"])
        assert {m.a, m.b} <= set(node["forms"])


def _article(article_id: str, *orgs: tuple[str, list[str], str]) -> Extraction:
    """An extraction naming organisations (name, written forms, sector), each form a mention."""
    from mou_graph.model import Article, Entity, Sector, Span, normalise_key, stable_id

    text = " ".join(form for _, forms, _ in orgs for form in forms)
    entities, at = [], 0
    for name, forms, sector in orgs:
        e = Entity(stable_id("org", normalise_key(name)), Kind.ORGANISATION, name, sector=Sector(sector))
        for form in forms:
            start = text.index(form, at)
            e.add_mention(Span(start, start + len(form), form, 0))
            at = start + len(form)
        entities.append(e)
    return Extraction(Article(article_id, text, published="2025-01-01"), [(0, len(text))], entities)


def test_a_specific_alias_written_for_both_joins_but_a_generic_word_does_not() -> None:
    graph, resolution = resolve_graph(
        build_graph(
            [
                _article("x1", ("한국수소융합진흥원", ["한국수소융합진흥원", "수소진흥원", "진흥원"], "government")),
                _article("x2", ("수소진흥원", ["수소진흥원"], "government")),
                _article("x3", ("한국배터리산업진흥원", ["한국배터리산업진흥원", "진흥원"], "government")),
            ]
        )
    )
    names = sorted(d["name"] for _, d in graph.nodes(data=True) if d["kind"] == Kind.ORGANISATION.value)
    assert names == ["한국배터리산업진흥원", "한국수소융합진흥원"]
    assert [m.rule for m in resolution.merges] == ["shared-alias"]
    assert "‘수소진흥원’" in resolution.merges[0].evidence


def test_an_alias_never_joins_a_body_and_its_own_unit() -> None:
    graph, _ = resolve_graph(
        build_graph(
            [
                _article("y1", ("누리시", ["누리시"], "government")),
                _article("y2", ("누리시의회", ["누리시의회", "누리시"], "government")),  # a mis-read alias
            ]
        )
    )
    assert sorted(d["name"] for _, d in graph.nodes(data=True) if d["kind"] == Kind.ORGANISATION.value) == [
        "누리시",
        "누리시의회",
    ]


def test_decisions_override_the_rules_both_ways() -> None:
    from mou_graph.model import Decision, Verdict

    raw = build_graph(
        [
            _article("z1", ("한빛기술대", ["한빛기술대"], "academia"), ("솔라엔", ["솔라엔"], "industry")),
            _article("z2", ("한빛기술대학교", ["한빛기술대학교"], "academia"), ("솔라엔텍", ["솔라엔텍"], "industry")),
        ]
    )
    _, auto = resolve_graph(raw)
    (join,) = auto.merges
    (candidate,) = auto.candidates
    decisions = [Decision(Verdict.REJECT, join.a, join.b), Decision(Verdict.ACCEPT, candidate.a, candidate.b)]
    graph, decided = resolve_graph(raw, decisions)
    names = sorted(d["name"] for _, d in graph.nodes(data=True) if d["kind"] == Kind.ORGANISATION.value)
    assert names == ["솔라엔텍", "한빛기술대", "한빛기술대학교"]
    assert [m.rule for m in decided.merges] == ["reviewed"] and not decided.candidates
