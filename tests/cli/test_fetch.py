"""`mou-graph fetch` end to end against a news site on loopback: a feed and a sitemap index in,
JSON Lines out; each misbehaving page reported with its reason; a second run fetches nothing
new; the JSON Lines go through `extract` with the page's date and outlet."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner
from web_site import OUTLET, Site

from mou_graph.cli import app
from mou_graph.ingest.web.cache import CACHE_NAME

runner = CliRunner()
FAST = ["--allow-private", "--delay", "0", "--timeout", "0.5", "--max-size", "1", "--retries", "1", "--quiet"]


def fetch(site: Site, out: Path, *extra: str) -> tuple[int, str]:
    result = runner.invoke(
        app, ["fetch", site.url("/rss.xml"), site.url("/sitemap.xml"), "--out", str(out), *FAST, *extra]
    )
    return result.exit_code, result.output


def lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_a_feed_and_a_sitemap_give_each_article_once_and_the_failures_with_their_reasons(
    site: Site, tmp_path: Path
) -> None:
    out = tmp_path / "new.jsonl"
    code, output = fetch(site, out)
    assert code == 1  # something failed
    articles = lines(out)
    assert [a["url"].rsplit("/", 1)[1] for a in articles] == ["1001.html", "1002.html", "1003.html", "busy.html"]
    assert all(set(a) == {"id", "url", "title", "published", "outlet", "text"} for a in articles)
    assert {a["outlet"] for a in articles} == {OUTLET}
    assert [a["published"] for a in articles] == ["2026-03-22", "2026-03-18", "2026-03-11", "2026-03-05"]
    assert len({a["id"] for a in articles}) == 4
    reasons = {
        line.split(": ", 1)[0].rsplit("/", 1)[1]: line.split(": ", 1)[1]
        for line in output.splitlines()
        if line.startswith("error ")
    }
    assert reasons == {
        "slow.html": "timed out (ReadTimeout, 0.5 s) (tried again on the next run)",
        "gone.html": "HTTP 404 Not Found",
        "loop-a": f"redirect loop ({site.url('/loop-a')} -> {site.url('/loop-b')} -> {site.url('/loop-a')})",
        "report.pdf": "not a text page (application/pdf)",
        "secret.html": "forbidden by robots.txt",
        "big.html": "larger than the 1.0 MB cap (cut while reading)",
    }
    # one request each: the same article at two addresses was fetched once (utm_*, gclid, the
    # m. host never), /view.php once and known by its canonical link; robots.txt kept /private/ out
    assert site.counts["/news/1001.html"] == site.counts["/news/1002.html"] == site.counts["/view.php?no=1001"] == 1
    assert site.counts["/private/secret.html"] == 0 and site.counts["/robots.txt"] == 1
    assert site.counts["/busy.html"] == 2  # 429, then 200
    assert (tmp_path / CACHE_NAME / "entries").is_dir()


def test_a_second_run_fetches_nothing_new(site: Site, tmp_path: Path) -> None:
    out = tmp_path / "new.jsonl"
    fetch(site, out)
    first = out.read_bytes()
    site.counts.clear()
    code, output = fetch(site, out)
    # the feed, the sitemaps and robots.txt again; of the pages only the one that timed out
    assert dict(site.counts) == {
        "/robots.txt": 1,
        "/rss.xml": 1,
        "/sitemap.xml": 1,
        "/sitemap-news.xml": 1,
        "/slow.html": 1,
    }
    # the first run failed somewhere (so `fetch … && build …` built nothing): its articles come
    # out again, not fetched again
    assert out.read_bytes() == first
    assert code == 1 and "slow.html" in output and "gone.html" not in output  # a 404 is not retried
    site.counts.clear()
    code, output = fetch(site, out)  # the third run tries the slow page for the last time
    assert site.counts["/slow.html"] == 1 and "given up after 3 runs" in output
    site.counts.clear()
    code, output = fetch(site, out)
    assert code == 0 and site.counts["/slow.html"] == 0 and output == ""  # nothing failed: handed out for good
    assert out.read_bytes() == first
    site.counts.clear()
    code, output = runner.invoke(app, ["fetch", site.url("/rss.xml"), "--out", str(out), *FAST[:-1]]).exit_code, ""
    assert code == 0 and site.article_requests() == 0 and out.read_bytes() == first  # nothing new: left as it was
    site.counts.clear()
    code, output = fetch(site, out, "--retry-failed")
    assert site.counts["/gone.html"] == site.counts["/slow.html"] == 1 and site.counts["/news/1001.html"] == 0


def test_nothing_new_leaves_the_output_as_it_was(site: Site, tmp_path: Path) -> None:
    out = tmp_path / "new.jsonl"
    urls = [site.url("/news/1001.html"), site.url("/news/1002.html")]
    assert runner.invoke(app, ["fetch", *urls, "--out", str(out), *FAST]).exit_code == 0
    first = out.read_bytes()
    site.counts.clear()
    result = runner.invoke(app, ["fetch", *urls, "--out", str(out), *FAST[:-1]])
    assert result.exit_code == 0 and site.counts == {} and out.read_bytes() == first
    assert (
        "0 articles written" in result.output and "nothing new" in result.output and "left as it was" in result.output
    )


def test_new_articles_only_and_a_run_that_died_resumes(site: Site, tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "day1.jsonl"
    assert runner.invoke(app, ["fetch", site.url("/news/1001.html"), "--out", str(out), *FAST]).exit_code == 0
    assert [a["url"].rsplit("/", 1)[1] for a in lines(out)] == ["1001.html"]

    import mou_graph.files as files

    def dies(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(files, "atomic_writer", dies)  # killed after fetching, before writing
    out2 = tmp_path / "day2.jsonl"
    runner.invoke(app, ["fetch", site.url("/news/1001.html"), site.url("/news/1002.html"), "--out", str(out2), *FAST])
    assert not out2.exists()
    monkeypatch.undo()
    site.counts.clear()
    result = runner.invoke(
        app, ["fetch", site.url("/news/1001.html"), site.url("/news/1002.html"), "--out", str(out2), *FAST]
    )
    assert result.exit_code == 0
    assert [a["url"].rsplit("/", 1)[1] for a in lines(out2)] == ["1002.html"]  # fetched by the run that died
    assert site.article_requests() == 0
    everything = tmp_path / "all.jsonl"
    assert (
        runner.invoke(app, ["fetch", site.url("/news/1001.html"), "--out", str(everything), "--all", *FAST]).exit_code
        == 0
    )
    assert len(lines(everything)) == 2


def test_fetch_then_extract_resolves_the_agreement_date_against_the_page_date(site: Site, tmp_path: Path) -> None:
    out = tmp_path / "new.jsonl"
    assert runner.invoke(app, ["fetch", site.url("/news/1001.html"), "--out", str(out), *FAST]).exit_code == 0
    doc = tmp_path / "x.json"
    result = runner.invoke(app, ["extract", str(out), "--format", "json", "--output", str(doc)])
    assert result.exit_code == 0, result.output
    (document,) = json.loads(doc.read_text(encoding="utf-8"))["documents"]
    assert document["published"] == "2026-03-22" and document["outlet"] == OUTLET
    (agreement,) = [e for e in document["entities"] if e["kind"] == "Agreement"]
    assert agreement["date"] == "2026-03-21"  # "21일" in the text, the year and month from the page
    names = {e["name"] for e in document["entities"] if e["kind"] == "Organisation"}
    assert "누리과학기술대학교" in names


def test_the_cache_is_locked_and_its_place_can_be_chosen(site: Site, tmp_path: Path) -> None:
    cache = tmp_path / "c"
    result = runner.invoke(app, ["fetch", site.url("/news/1003.html"), "--cache", str(cache), *FAST])
    assert result.exit_code == 0 and json.loads(result.stdout.splitlines()[0])["published"] == "2026-03-11"
    assert (cache / "entries").is_dir() and not (tmp_path / CACHE_NAME).exists()
    import fcntl
    import os

    fd = os.open(cache / ".lock", os.O_RDWR)  # another process's lock, as flock sees it
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        busy = runner.invoke(app, ["fetch", site.url("/news/1003.html"), "--cache", str(cache), *FAST])
    finally:
        os.close(fd)
    assert busy.exit_code == 2 and "in use by another mou-graph fetch" in busy.output
