"""The polite client against a real server on loopback: robots.txt, pace, User-Agent,
time-outs, the size cap while streaming, redirects, content types, retries."""

from __future__ import annotations

import threading
import time

import pytest
from web_site import Site, serve

from mou_graph import __version__
from mou_graph.ingest.web.client import FetchError, Policy, PoliteClient

FAST = Policy(allow_private=True, delay=0, timeout=0.5, max_bytes=1024 * 1024, retries=2, backoff=0.05)


def fetch_error(site: Site, path: str, policy: Policy = FAST) -> FetchError:
    with PoliteClient(policy) as client, pytest.raises(FetchError) as caught:
        client.get(site.url(path))
    return caught.value


def _logged(site: Site, path: str, n: int) -> list[tuple[str, float, float, str]]:
    """The server's log of the paths starting with `path`, in order of arrival, once it holds
    `n` requests: a handler logs after it has replied, so the client can be done before the
    last entry is written."""
    deadline = time.monotonic() + 5
    while True:
        with site.lock:
            entries = sorted((e for e in site.log if e[0].startswith(path)), key=lambda e: e[1])
        if len(entries) >= n or time.monotonic() > deadline:
            return entries
        time.sleep(0.01)


def test_a_page_is_fetched_with_a_user_agent_naming_the_tool(site: Site) -> None:
    with PoliteClient(FAST) as client:
        page = client.get(site.url("/news/1001.html"))
    assert page.status == 200 and page.media_type == "text/html" and "가람시는 21일" in page.text()
    agents = {ua for _, _, _, ua in site.log}
    assert len(agents) == 1 and agents.pop().startswith(f"mou-graph/{__version__} (")


def test_robots_txt_is_read_once_and_obeyed(site: Site) -> None:
    with PoliteClient(FAST) as client:
        with pytest.raises(FetchError, match="forbidden by robots.txt"):
            client.get(site.url("/private/secret.html"))
        client.get(site.url("/news/1001.html"))
        client.get(site.url("/news/1002.html"))
    assert site.counts["/private/secret.html"] == 0  # never asked for
    assert site.counts["/robots.txt"] == 1


def test_no_robots_txt_allows_and_a_failing_one_forbids() -> None:
    def routes(s: Site) -> dict:
        return {"/robots.txt": lambda h: h.reply(503, "text/plain", "busy")}

    with serve(routes) as s, PoliteClient(FAST) as client:  # 5xx (after retries): nothing is fetched
        with pytest.raises(FetchError, match="robots.txt"):
            client.get(s.url("/news/1001.html"))
        assert s.counts["/news/1001.html"] == 0 and s.counts["/robots.txt"] == 1 + FAST.retries
    with serve(lambda s: {"/robots.txt": lambda h: h.reply(404, "text/plain", "")}) as s, PoliteClient(FAST) as client:
        assert client.get(s.url("/news/1001.html")).status == 200


def test_one_request_at_a_time_per_host_with_the_delay_between(site: Site) -> None:
    policy = Policy(allow_private=True, delay=0.2, timeout=2)
    with PoliteClient(policy) as client:
        client.allowed(site.url("/"))  # robots.txt first
        threads = [threading.Thread(target=client.get, args=(site.url(f"/news/100{i}.html"),)) for i in (1, 2, 3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    spans = [(start, end) for _, start, end, _ in _logged(site, "/", 4)]
    assert len(spans) == 4
    for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
        assert start - end >= 0.2 - 0.02  # no overlap, and the pause between (timer slack)


def test_a_slow_page_times_out(site: Site) -> None:
    started = time.monotonic()
    error = fetch_error(site, "/slow.html")
    assert "timed out" in error.reason and error.transient
    assert time.monotonic() - started < 3


def test_a_404_is_a_permanent_failure(site: Site) -> None:
    error = fetch_error(site, "/gone.html")
    assert error.reason == "HTTP 404 Not Found" and not error.transient and error.status == 404


def test_a_redirect_chain_is_followed_and_a_loop_or_another_scheme_stops(site: Site) -> None:
    with PoliteClient(FAST) as client:
        page = client.get(site.url("/r1"))
    assert page.url == site.url("/news/1003.html") and page.redirects == tuple(
        site.url(p) for p in ("/r1", "/r2", "/r3")
    )
    assert "redirect loop" in fetch_error(site, "/loop-a").reason
    assert "not http(s)" in fetch_error(site, "/to-ftp").reason
    short = Policy(allow_private=True, delay=0, timeout=0.5, max_redirects=2)
    assert "more than 2 redirects" in fetch_error(site, "/r1", short).reason


def test_a_50_mb_page_is_cut_at_the_cap_without_reading_it_all(site: Site) -> None:
    error = fetch_error(site, "/big.html")
    assert "larger than the 1.0 MB cap" in error.reason
    time.sleep(0.2)
    assert site.sent["/big.html"] < 20 * 1024 * 1024  # the server was stopped early: 50 MB were never sent
    declared = fetch_error(site, "/big-declared.html")
    assert "(50.0 MB)" in declared.reason  # Content-Length over the cap: refused before reading


def test_only_text_content_types_are_kept(site: Site) -> None:
    error = fetch_error(site, "/report.pdf")
    assert error.reason == "not a text page (application/pdf)" and not error.transient


def test_429_then_200_waits_as_retry_after_asks(site: Site) -> None:
    with PoliteClient(FAST) as client:
        page = client.get(site.url("/busy.html"))
    assert page.status == 200 and site.counts["/busy.html"] == 2
    first, second = [(s, e) for _, s, e, _ in _logged(site, "/busy.html", 2)]
    assert second[0] - first[1] >= 0.95  # Retry-After: 1


def test_a_retry_after_beyond_the_bound_gives_up_and_5xx_is_retried_with_backoff() -> None:
    def routes(s: Site) -> dict:
        return {
            "/later.html": lambda h: h.reply(503, "text/html", "", {"Retry-After": "3600"}),
            "/down.html": lambda h: h.reply(502, "text/html", ""),
        }

    with serve(routes) as s, PoliteClient(FAST) as client:
        with pytest.raises(FetchError, match="asked to wait 3600 s") as caught:
            client.get(s.url("/later.html"))
        assert caught.value.transient and s.counts["/later.html"] == 1
        with pytest.raises(FetchError, match="HTTP 502 Bad Gateway after 3 tries"):
            client.get(s.url("/down.html"))
        assert s.counts["/down.html"] == 1 + FAST.retries
        down = _logged(s, "/down.html", 1 + FAST.retries)
        waits = [b[1] - a[2] for a, b in zip(down, down[1:], strict=False)]
        assert waits[0] >= 0.045 and waits[1] >= 0.095  # backoff 0.05 s, doubled


def test_a_redirect_without_a_location_or_an_empty_reply_is_no_page() -> None:
    def routes(s: Site) -> dict:
        return {
            "/moved": lambda h: h.reply(302, "text/html", "<p>옮김</p>"),
            "/empty": lambda h: h.reply(204, "text/html", ""),
        }

    with serve(routes) as s, PoliteClient(FAST) as client:
        for path, reason in (("/moved", "HTTP 302 Found"), ("/empty", "HTTP 204 No Content")):
            with pytest.raises(FetchError) as caught:
                client.get(s.url(path))
            assert caught.value.reason == reason


def test_only_http_urls_are_fetched() -> None:
    with PoliteClient(FAST) as client, pytest.raises(FetchError, match="not an http"):
        client.get("file:///etc/passwd")


def test_loopback_and_private_addresses_are_refused_unless_allowed(site: Site) -> None:
    with PoliteClient(Policy(delay=0, timeout=0.5)) as client:
        for url in (
            site.url("/news/1001.html"),
            "http://localhost/",
            "http://10.1.2.3/",
            "http://[::1]:8080/",
            "http://169.254.169.254/latest/meta-data/",
        ):
            with pytest.raises(FetchError, match="loopback or private-network address"):
                client.get(url)
    assert site.counts == {}  # not even robots.txt


def test_a_robots_crawl_delay_slows_the_pace() -> None:
    def routes(s: Site) -> dict:
        return {"/robots.txt": lambda h: h.reply(200, "text/plain", "User-agent: mou-graph\nCrawl-delay: 1\n")}

    with serve(routes) as s, PoliteClient(FAST) as client:
        client.get(s.url("/news/1001.html"))
        client.get(s.url("/news/1002.html"))
    (_, _, end, _), (_, start, _, _) = _logged(s, "/news/", 2)
    assert start - end >= 0.95
