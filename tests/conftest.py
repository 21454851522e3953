"""Shared fixtures: extractions of articles written for the tests, and the loopback news site."""

from __future__ import annotations

import copy
from collections.abc import Iterator

import pytest
from web_site import Site, loopback_only, serve

from mou_graph.extract import extract_article
from mou_graph.model import Article, Extraction, Kind, normalise_key, stable_id

ARTICLES = {
    "g1": (
        "[경북일보 박민수 기자] 구미시는 11일 구미코에서 경북대학교, 국립금오공과대학교와 "
        "‘반도체 인재 양성을 위한 업무협약’을 체결했다. 이날 협약식에는 김장호 구미시장과 홍원화 경북대 총장이 참석했다."
    ),
    "g2": (
        "경북대와 포스텍은 20일 ‘이차전지 공동 연구 협약’을 맺었다. "
        "이날 행사에는 홍원화 경북대 총장, 김성근 포스텍 총장이 참석했다."
    ),
    "g3": "포항시는 2일 포스텍, 경북도와 ‘배터리특성화대학원 유치를 위한 업무협약’을 체결했다.",
}


def extraction(article_id: str, text: str | None = None) -> Extraction:
    return extract_article(
        Article(id=article_id, text=text or ARTICLES[article_id], published="2025-03-21", language="ko")
    )


@pytest.fixture(scope="session")
def graph_extractions() -> list[Extraction]:
    return [extraction(k) for k in ARTICLES]


def as_written(x: Extraction) -> Extraction:
    """The extraction with ids from the first form each body is written in, and a person per
    article: what resolution must join without the gazetteer's help."""
    x = copy.deepcopy(x)
    ids = {}
    for e in x.entities:
        if e.kind is Kind.ORGANISATION:
            e.name = min(e.mentions, key=lambda m: m.start).text
            ids[e.id] = stable_id("org", normalise_key(e.name))
        elif e.kind is Kind.PERSON:
            ids[e.id] = stable_id("per", normalise_key(e.name), x.article.id)
    for e in x.entities:
        e.id = ids.get(e.id, e.id)
    for r in x.relations:
        r.source, r.target = ids.get(r.source, r.source), ids.get(r.target, r.target)
    return x


@pytest.fixture
def site(monkeypatch: pytest.MonkeyPatch) -> Iterator[Site]:
    """The news site of tests/web_site.py on 127.0.0.1; the test fails if anything connected
    to another address meanwhile."""
    others = loopback_only(monkeypatch)
    with serve() as s:
        yield s
    assert others == []
