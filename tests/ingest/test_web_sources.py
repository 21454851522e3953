"""Sources → links: a URL, a file of URLs, RSS and Atom feeds, sitemaps and sitemap indexes."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path

import pytest
from web_site import OUTLET, Site, atom, loopback_only, serve, urlset

from mou_graph.ingest.web.client import Policy, PoliteClient
from mou_graph.ingest.web.sources import discover
from mou_graph.ingest.web.urls import canonical_url

FAST = Policy(allow_private=True, delay=0, timeout=0.5, max_bytes=1024 * 1024, retries=0)


@pytest.fixture
def site(monkeypatch) -> Iterator[Site]:
    def routes(s: Site) -> dict:
        return {
            "/atom.xml": lambda h: h.reply(
                200, "application/atom+xml", atom(s.base, ["/news/1003.html", "/news/1002.html"])
            ),
            "/list.txt": lambda h: h.reply(200, "text/plain", f"{s.base}/news/1001.html\n{s.base}/news/1002.html\n"),
            "/nested.xml": lambda h: h.reply(200, "application/xml", urlset([f"{s.base}/news/1003.html"])),
            "/sitemap-old.xml.gz": lambda h: h.reply(
                200, "application/gzip", gzip.compress(urlset([f"{s.base}/news/1003.html"]).encode("utf-8"))
            ),
            "/note.xml": lambda h: h.reply(200, "application/xml", '<?xml version="1.0"?><note>가상</note>'),
        }

    others = loopback_only(monkeypatch)
    with serve(routes) as s:
        yield s
    assert others == []


def paths(links: list) -> list[str]:
    return [link.url.split("/", 3)[3] for link in links]


def test_rss_links_with_their_title_and_date_and_one_link_per_article(site: Site) -> None:
    with PoliteClient(FAST) as client:
        found = discover([site.url("/rss.xml")], client, lambda key: False)
    assert paths(found.links) == [
        "news/1001.html",
        "news/1002.html",  # utm_* dropped
        "r1",
        "slow.html",
        "gone.html",
        "loop-a",
        "report.pdf",
        "busy.html",
    ]
    assert found.links[0].hints.published == "Sun, 22 Mar 2026 10:30:00 +0900"
    assert found.links[0].hints.outlet == f"{OUTLET} 전체기사"
    assert found.errors == [] and site.article_requests() == 0  # the feed only: no article fetched yet


def test_atom_feed_and_text_sitemap(site: Site) -> None:
    with PoliteClient(FAST) as client:
        found = discover([site.url("/atom.xml"), site.url("/list.txt")], client, lambda key: False)
    assert paths(found.links) == ["news/1003.html", "news/1002.html", "news/1001.html"]  # 1002 once


def test_a_sitemap_index_is_followed_and_news_metadata_kept(site: Site) -> None:
    with PoliteClient(FAST) as client:
        found = discover([site.url("/sitemap.xml")], client, lambda key: False)
    assert paths(found.links) == [
        "news/1001.html",
        "news/1002.html",
        "view.php?no=1001",
        "private/secret.html",
        "big.html",
    ]
    assert found.links[0].url.startswith(
        "http://m.127.0.0.1:"
    )  # the mobile host as listed (never fetched: see test_fetch)
    assert found.links[1].hints.title == "사이트맵 제목" and found.links[1].hints.outlet == OUTLET
    assert site.counts["/sitemap.xml"] == site.counts["/sitemap-news.xml"] == 1


def test_a_known_article_url_is_not_fetched_and_a_file_of_urls_is_read(site: Site, tmp_path: Path) -> None:
    urls = tmp_path / "urls.txt"
    urls.write_text(
        f"# today\n{site.url('/news/1001.html')}\n\n{site.url('/news/1002.html')}?utm_source=x\nnot a url\n",
        encoding="utf-8",
    )
    known = {canonical_url(site.url("/news/1002.html"))}
    with PoliteClient(FAST) as client:
        found = discover([str(urls), str(tmp_path / "missing.txt")], client, known.__contains__)
    assert paths(found.links) == ["news/1001.html"] and found.known == 1
    assert found.links[0].page is not None  # fetched once, to see it is a page: not fetched again
    assert site.counts["/news/1001.html"] == 1 and site.counts["/news/1002.html"] == 0
    assert [(e.line, e.reason) for e in found.errors] == [
        (5, "not an http(s) URL: 'not a url'"),
        (None, "neither an http(s) URL nor a file"),
    ]


def test_a_saved_feed_file_is_read_without_fetching(site: Site, tmp_path: Path) -> None:
    saved = tmp_path / "feed.xml"
    saved.write_text(atom(site.base, ["/news/1003.html"]), encoding="utf-8")
    with PoliteClient(FAST) as client:
        found = discover([str(saved)], client, lambda key: False)
    assert paths(found.links) == ["news/1003.html"] and client.requests == 0


def test_a_source_that_fails_is_reported(site: Site) -> None:
    with PoliteClient(FAST) as client:
        found = discover([site.url("/gone.html"), site.url("/private/secret.html")], client, lambda key: False)
    assert [e.reason for e in found.errors] == ["HTTP 404 Not Found", "forbidden by robots.txt"]


def test_a_gzipped_sitemap_is_unpacked_and_other_xml_is_reported(site: Site) -> None:
    with PoliteClient(FAST) as client:
        found = discover([site.url("/sitemap-old.xml.gz"), site.url("/note.xml")], client, lambda key: False)
    assert paths(found.links) == ["news/1003.html"]
    assert [e.reason for e in found.errors] == ["neither an article page, a feed nor a sitemap"]
