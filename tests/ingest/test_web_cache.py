"""The fetch cache: what was fetched, by canonical key; articles handed out once; failures kept
only when trying again cannot help."""

from __future__ import annotations

import json
from pathlib import Path

from mou_graph.ingest.web.cache import FetchCache, article_id, default_cache_dir
from mou_graph.ingest.web.pages import WebArticle

KEY = "https://news.example.kr/news/1.html"


def article(n: int) -> WebArticle:
    return WebArticle(
        f"https://news.example.kr/news/{n}.html",
        f"누리시는 {n}일 가온대학교와 업무협약을 체결했다.",
        "제목",
        "2026-03-22",
        "가상일보",
    )


def test_articles_are_pending_until_delivered_and_survive_a_new_cache_object(tmp_path: Path) -> None:
    cache = FetchCache(tmp_path)
    for n in (3, 1, 2):
        cache.add_article(f"https://news.example.kr/news/{n}.html", article(n), [])
    assert [k.rsplit("/", 1)[1] for k, _ in FetchCache(tmp_path).pending()] == [
        "3.html",
        "1.html",
        "2.html",
    ]  # in fetch order
    cache.delivered([f"https://news.example.kr/news/{n}.html" for n in (3, 1)])
    again = FetchCache(tmp_path)
    assert [r["url"] for _, r in again.pending()] == ["https://news.example.kr/news/2.html"]
    assert again.known(KEY) and len(list(again.articles())) == 3


def test_aliases_point_to_their_article_and_failures_may_be_retried(tmp_path: Path) -> None:
    cache = FetchCache(tmp_path)
    record = cache.add_article(KEY, article(1), [KEY])
    assert record["id"] == article_id(KEY) == article_id(KEY) and record["id"].startswith("news.example.kr-")
    cache.add_alias("https://news.example.kr/view.php?no=1", KEY)
    assert cache.article_of("https://news.example.kr/view.php?no=1") == KEY
    assert cache.article_of("https://news.example.kr/other") is None
    cache.add_failure("https://news.example.kr/gone", "https://news.example.kr/gone", "HTTP 404 Not Found")
    assert cache.known("https://news.example.kr/gone")
    assert not FetchCache(tmp_path, retry_failed=True).known("https://news.example.kr/gone")
    assert FetchCache(tmp_path, retry_failed=True).known(KEY)  # an article is never fetched again


def test_a_damaged_entry_is_as_good_as_absent(tmp_path: Path) -> None:
    cache = FetchCache(tmp_path)
    cache.add_article(KEY, article(1), [])
    path = next((tmp_path / "entries").glob("*.json"))
    path.write_text("{not json", encoding="utf-8")
    assert not cache.known(KEY) and list(cache.pending()) == []
    path.write_text(json.dumps({"key": "https://elsewhere.kr/", "article": {}}), encoding="utf-8")
    assert not cache.known(KEY)


def test_the_default_place_is_beside_the_output_else_the_user_cache(tmp_path: Path, monkeypatch) -> None:
    assert default_cache_dir(tmp_path / "out" / "new.jsonl") == tmp_path / "out" / ".mou-graph-fetch"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_dir(None) == tmp_path / "xdg" / "mou-graph" / "fetch"


def test_a_failure_that_may_pass_is_tried_by_three_runs_then_left(tmp_path: Path) -> None:
    url = "https://news.example.kr/slow"
    for run in (1, 2, 3):
        cache = FetchCache(tmp_path)
        assert not cache.known(url)  # this run tries it
        assert cache.add_failure(url, url, "timed out", transient=True) == run
    assert FetchCache(tmp_path).known(url) and not FetchCache(tmp_path, retry_failed=True).known(url)
    FetchCache(tmp_path).add_alias(url, KEY)  # found later as a copy of an article: the failure is forgotten
    assert FetchCache(tmp_path).entry(url) == {"key": url, "same_as": KEY}
