"""The clean stage on scrapes written for the test: which lines are the article's."""

from __future__ import annotations

from extracted import korean, organisations

from mou_graph.ingest.clean import clean
from mou_graph.model import Article

PARAGRAPH = (
    "한빛시는 10일 시청에서 한솔대학교와 지역 인재 양성을 위한 업무협약을 체결했다고 밝혔다. 양 기관은 "
    "앞으로 공동 연구와 현장 실습을 함께 추진한다."
)


def kept(text: str) -> list[str]:
    return [text[a:b] for a, b in clean(Article(id="t", text=text)).segments]


def test_the_headlines_under_a_widgets_heading_are_other_stories() -> None:
    text = f'{PARAGRAPH}\n댓글 많은 뉴스\n새솔당 "예산 심사 미뤄야"…가온당 "이성 잃었다"\n다온시, 축제 연기 발표'
    assert kept(text) == [PARAGRAPH]


def test_a_paragraph_after_the_widget_is_the_article_again() -> None:
    text = f"관련기사\n짧은 제목 하나\n{PARAGRAPH}"
    assert kept(text) == [PARAGRAPH]


def test_a_party_named_only_in_the_widget_is_no_organisation_of_the_article() -> None:
    x = korean(f'{PARAGRAPH}\n많이 본 뉴스\n더불어민주당 "예산 심사 미뤄야"')
    assert "더불어민주당" not in organisations(x)
    assert "한솔대학교" in organisations(x)
