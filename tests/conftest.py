"""Shared fixtures: extractions of articles written for the tests."""

from __future__ import annotations

import pytest

from mou_graph.extract import extract_article
from mou_graph.model import Article, Extraction

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
