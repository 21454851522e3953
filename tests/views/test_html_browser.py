"""The HTML view in a real headless browser (Debian's Chromium driven by Playwright), offline.

In CI a missing browser is a failure, not a skip."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from mou_graph.graph.build import build_graph
from mou_graph.model import Article, Entity, Extraction, Kind, Relation, RelType, Sector, Span
from mou_graph.views.html import render_html, view_graph

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
EVIL = "<img src=x onerror=window.__pwned=1>"
BREAKOUT = "</script><script>window.__pwned=2</script>"


def hostile_extraction() -> Extraction:
    """An article whose names and evidence are hostile markup (as a scraped page can be)."""
    text = f"{EVIL} 와 {BREAKOUT} 가 협약을 체결했다."
    article = Article(id="evil", text=text, language="ko")
    a, b = 0, len(EVIL)
    c, d = text.index(BREAKOUT), text.index(BREAKOUT) + len(BREAKOUT)
    org1 = Entity("org-evil1", Kind.ORGANISATION, EVIL, [EVIL], [Span(a, b, EVIL, 0)], Sector.INDUSTRY)
    org2 = Entity("org-evil2", Kind.ORGANISATION, BREAKOUT, [BREAKOUT], [Span(c, d, BREAKOUT, 0)], Sector.CIVIL)
    agr = Entity("agr-evil", Kind.AGREEMENT, "협약")
    rels = [Relation(RelType.SIGNED, o.id, agr.id, [Span(0, len(text), text, 0)]) for o in (org1, org2)]
    return Extraction(article, [(0, len(text))], [org1, org2, agr], rels)


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed (CI installs it in .ci/run)")
        pytest.skip("chromium is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def open_page(browser, html: Path):
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    problems: list[str] = []
    requests: list[str] = []
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)

    def route(r):
        url = r.request.url
        if url.startswith(("file:", "data:")):
            r.continue_()
        else:
            requests.append(url)
            r.abort()

    page.route("**/*", route)
    page.goto(html.as_uri())
    page.wait_for_function("window.mouGraph && window.mouGraph.ready", timeout=60_000)
    return page, problems, requests


def test_the_page_works_offline_and_shows_hostile_text_as_text(browser, tmp_path: Path, graph_extractions) -> None:
    g = build_graph([*graph_extractions, hostile_extraction()])
    html = tmp_path / "graph.html"
    html.write_text(render_html(g), encoding="utf-8")
    page, problems, requests = open_page(browser, html)
    view = view_graph(g)
    assert page.evaluate("window.mouGraph.nodes.length") == view.number_of_nodes()
    assert page.evaluate("window.mouGraph.edges.length") == view.number_of_edges()
    assert page.evaluate("window.__pwned") is None
    assert page.locator("img[src=x]").count() == 0
    labels = page.evaluate("window.mouGraph.nodes.get().map(n => n.label)")
    assert any(EVIL in label for label in labels)
    assert problems == []
    assert requests == []
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "graph.png"))


def test_filtering_by_sector_hides_the_other_nodes(browser, tmp_path: Path, graph_extractions) -> None:
    g = build_graph(graph_extractions)
    html = tmp_path / "graph.html"
    html.write_text(render_html(g), encoding="utf-8")
    page, problems, _ = open_page(browser, html)
    page.uncheck("#sectors input[value=academia]")
    hidden = page.evaluate("window.mouGraph.nodes.get().filter(n => n.hidden).map(n => n.sector)")
    visible = page.evaluate("window.mouGraph.nodes.get().filter(n => !n.hidden).map(n => n.sector)")
    assert hidden and set(hidden) == {"academia"}
    assert "academia" not in visible
    page.check("#sectors input[value=academia]")
    assert page.evaluate("window.mouGraph.nodes.get().filter(n => n.hidden).length") == 0
    page.uncheck("#kinds input[value=Person]")
    kinds = page.evaluate("window.mouGraph.nodes.get().filter(n => !n.hidden).map(n => n.kind)")
    assert "Person" not in kinds
    assert problems == []


def test_a_graph_larger_than_max_nodes_says_how_much_is_drawn(browser, tmp_path: Path, graph_extractions) -> None:
    g = build_graph([*graph_extractions, hostile_extraction()])
    total = view_graph(g).number_of_nodes()
    html = tmp_path / "graph.html"
    html.write_text(render_html(g, max_nodes=4), encoding="utf-8")
    page, problems, requests = open_page(browser, html)
    assert page.evaluate("window.mouGraph.nodes.length") == 4
    note = page.locator("#note")
    assert note.is_visible()
    assert note.text_content() == (
        f"Showing the 4 most connected of {total} nodes. Build with --focus NAME (and --depth) to draw "
        "one stakeholder's neighbourhood, or --max-nodes to draw more."
    )
    assert page.evaluate("window.__pwned") is None
    assert problems == [] and requests == []


def test_a_graph_drawn_whole_shows_no_note(browser, tmp_path: Path, graph_extractions) -> None:
    html = tmp_path / "graph.html"
    html.write_text(render_html(build_graph(graph_extractions)), encoding="utf-8")
    page, problems, _ = open_page(browser, html)
    assert not page.locator("#note").is_visible()
    assert problems == []
