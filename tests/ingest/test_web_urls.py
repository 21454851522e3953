"""Canonical URLs: one article, one key, whatever address it was linked at."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mou_graph.ingest.web.urls import URLError, canonical_url, clean_url, resolve_link, same_site

BASE = "https://news.example.kr/news/1001.html"


@pytest.mark.parametrize(
    "variant",
    [
        "https://news.example.kr/news/1001.html?utm_source=naver&utm_medium=referral",
        "http://news.example.kr/news/1001.html#comments",
        "https://m.news.example.kr/news/1001.html?fbclid=IwAR0abc",
        "https://www.news.example.kr/news/1001.html?gclid=xyz",
        "https://amp.news.example.kr/news/1001.html",
        "https://news.example.kr/amp/news/1001.html",
        "https://news.example.kr/news/1001.html/amp",
        "https://news.example.kr/news/1001.html?amp=1",
        "https://NEWS.example.KR:443/news/1001.html",
        "https://news.example.kr//news/1001.html/",
    ],
)
def test_variants_of_one_article_share_its_key(variant: str) -> None:
    assert canonical_url(variant) == canonical_url(BASE)


def test_different_articles_keep_different_keys() -> None:
    assert canonical_url("https://news.example.kr/view.php?no=1001") != canonical_url(
        "https://news.example.kr/view.php?no=1002"
    )
    assert canonical_url("https://news.example.kr/news/1001.html") != canonical_url(
        "https://sports.example.kr/news/1001.html"
    )
    # the query that names the article stays; its order does not matter
    assert canonical_url("https://a.example.kr/v?no=1&sec=2") == canonical_url("https://a.example.kr/v?sec=2&no=1")
    # a two-label host is not stripped to its top-level domain
    assert canonical_url("https://m.kr/x") == "https://m.kr/x"


def test_clean_url_removes_only_what_never_changes_the_page() -> None:
    assert clean_url("HTTP://News.Example.kr:80/a?id=7&utm_campaign=x#top") == "http://news.example.kr/a?id=7"
    assert clean_url("https://m.news.example.kr/a") == "https://m.news.example.kr/a"  # still the address to fetch


@pytest.mark.parametrize(
    "bad",
    [
        "ftp://example.kr/a",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "mailto:a@b.kr",
        "http:///nohost",
        "http://a.kr:xx/",
    ],
)
def test_only_http_urls(bad: str) -> None:
    with pytest.raises(URLError):
        clean_url(bad)


def test_links_are_resolved_and_sites_compared() -> None:
    assert resolve_link("https://news.example.kr/a/b.html", "/news/1.html") == "https://news.example.kr/news/1.html"
    assert resolve_link("https://news.example.kr/a/b.html", "//cdn.example.kr/x") == "https://cdn.example.kr/x"
    assert resolve_link("https://news.example.kr/", "javascript:void(0)") is None
    assert resolve_link("https://news.example.kr/", "  ") is None
    assert same_site("https://m.news.example.kr/a", "https://news.example.kr/b")
    assert not same_site("https://news.example.kr/a", "https://other.example.kr/a")


@given(
    st.sampled_from(["http", "https", "HTTP"]),
    st.sampled_from(["news.example.kr", "m.news.example.kr", "www.example.co.kr", "127.0.0.1:8080", "amp.a.kr"]),
    st.lists(st.sampled_from(["news", "amp", "1001.html", "a b", "%ED%95%9C", ""]), max_size=4),
    st.dictionaries(
        st.sampled_from(["no", "utm_source", "fbclid", "page", "amp", "q"]), st.text("ab1 &=가", max_size=4), max_size=4
    ),
)
def test_canonical_and_clean_urls_are_stable(
    scheme: str, host: str, segments: list[str], query: dict[str, str]
) -> None:
    url = f"{scheme}://{host}/{'/'.join(segments)}?{urlencode(query)}#frag"
    assert clean_url(clean_url(url)) == clean_url(url)
    assert canonical_url(canonical_url(url)) == canonical_url(url) == canonical_url(clean_url(url))
    assert "utm_source" not in canonical_url(url) and "fbclid" not in clean_url(url) and "#" not in clean_url(url)
