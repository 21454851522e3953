"""A fetched page → an article: text and metadata by trafilatura, from where newsrooms put them."""

from __future__ import annotations

import pytest
from web_site import OUTLET, article_html

from mou_graph.ingest.web.client import Response
from mou_graph.ingest.web.pages import Hints, PageError, read_page

BASE = "https://news.example.kr"


def page(html: str, url: str = f"{BASE}/news/1001.html", media: str = "text/html") -> Response:
    return Response(url, url, 200, media, "utf-8", html.encode("utf-8"))


@pytest.mark.parametrize(("aid", "published"), [("1001", "2026-03-22"), ("1002", "2026-03-18"), ("1003", "2026-03-11")])
def test_title_date_and_outlet_come_from_the_page_metadata(aid: str, published: str) -> None:
    """1001 dates itself in article:published_time, 1002 only in JSON-LD, 1003 only in og:."""
    article = read_page(page(article_html(BASE, aid), f"{BASE}/news/{aid}.html"))
    assert article.published == published
    assert article.outlet == OUTLET
    assert article.title and "협약" in article.title and OUTLET not in article.title
    assert "밝혔다" in article.text
    assert "무단 전재" not in article.text and "많이 본 뉴스" not in article.text  # footer and sidebar left out


def test_the_page_canonical_address_names_the_article() -> None:
    article = read_page(page(article_html(BASE, "1001"), f"{BASE}/view.php?no=1001"))
    assert article.canonical == f"{BASE}/news/1001.html" and article.url == article.canonical
    # another site's canonical is no proof of identity
    foreign = article_html(BASE, "1001").replace(f'href="{BASE}/news/1001.html"', 'href="https://other.example.kr/x"')
    foreign = foreign.replace(f'content="{BASE}/news/1001.html"', 'content="https://other.example.kr/x"')
    assert read_page(page(foreign, f"{BASE}/view.php?no=1001")).canonical is None


def test_hints_fill_what_the_page_does_not_say() -> None:
    bare = (
        "<html><body><article>"
        + "".join(
            f"<p>누리시는 {d}일 가온대학교와 지역 인재 양성을 위한 업무협약을 체결했다고 밝혔다. 두 기관은 교육과정을 함께 운영한다.</p>"
            for d in range(1, 6)
        )
        + "</article></body></html>"
    )
    article = read_page(
        page(bare), Hints(title="누리시-가온대 협약", published="Sun, 22 Mar 2026 10:30:00 +0900", outlet="가상일보")
    )
    assert (article.title, article.published, article.outlet) == ("누리시-가온대 협약", "2026-03-22", "가상일보")


def test_plain_text_is_the_article_and_an_empty_page_is_an_error() -> None:
    text = "누리시는 3일 가온대학교와 업무협약을 체결했다."
    assert read_page(page(text, media="text/plain")).text == text
    with pytest.raises(PageError):
        read_page(page("<html><head><title>가상일보</title></head><body></body></html>"))


@pytest.mark.parametrize("charset", [None, "euc-kr"])
def test_a_korean_page_in_cp949_is_read_with_or_without_the_charset_header(charset: str | None) -> None:
    html = article_html(BASE, "1002").replace('<meta charset="utf-8">', '<meta charset="euc-kr">').replace("©", "(c)")
    html = html.replace("원장은", "원장은 똠방각하")  # 똠: in CP949, not in EUC-KR proper
    url = f"{BASE}/news/1002.html"
    got = read_page(Response(url, url, 200, "text/html", charset, html.encode("cp949")))
    assert "바름테크노파크는 17일" in got.text and "똠방각하" in got.text and got.outlet == OUTLET
