"""The HTML view in a real headless browser (Debian's Chromium driven by Playwright), offline:
on a graph written here (dates, titles, amounts and URLs known) and on one built from the
dev corpus. The page is polled from Python (its CSP refuses a string predicate).

In CI a missing browser or a missing dev corpus is a failure, not a skip."""

from __future__ import annotations

import os
import shutil
import time
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
DEV = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "dev"
EVIL = "<img src=x onerror=window.__pwned=1>"
BREAKOUT = "</script><script>window.__pwned=2</script>"


def hostile_extraction() -> Extraction:
    """An article whose names and evidence are hostile markup (as a scraped page can be)."""
    text = f"{EVIL} 와 {BREAKOUT} 가 협약을 체결했다."
    article = Article(id="evil", text=text, language="ko", url="javascript:window.__pwned=3")
    a, b = 0, len(EVIL)
    c, d = text.index(BREAKOUT), text.index(BREAKOUT) + len(BREAKOUT)
    org1 = Entity("org-evil1", Kind.ORGANISATION, EVIL, [EVIL], [Span(a, b, EVIL, 0)], Sector.INDUSTRY)
    org2 = Entity("org-evil2", Kind.ORGANISATION, BREAKOUT, [BREAKOUT], [Span(c, d, BREAKOUT, 0)], Sector.CIVIL)
    agr = Entity("agr-evil", Kind.AGREEMENT, "협약")
    rels = [Relation(RelType.SIGNED, o.id, agr.id, [Span(0, len(text), text, 0)]) for o in (org1, org2)]
    return Extraction(article, [(0, len(text))], [org1, org2, agr], rels)


def article(aid: str, text: str, published: str | None, url: str | None, *entities, relations=()) -> Extraction:
    """One one-sentence article; each entity is mentioned by the whole sentence."""
    span = Span(0, len(text), text, 0)
    for e in entities:
        e.mentions = [span]
    rels = [Relation(t, s, o, [span], title=title, amount=amount) for t, s, o, title, amount in relations]
    art = Article(id=aid, text=text, published=published, url=url, outlet="한빛일보", title=f"기사 {aid}")
    return Extraction(art, [(0, len(text))], list(entities), rels)


def org(oid: str, name: str, sector: Sector | None, *aliases: str) -> Entity:
    return Entity(oid, Kind.ORGANISATION, name, [name, *aliases], sector=sector)


def agreement(aid: str, name: str, date: str | None) -> Entity:
    return Entity(aid, Kind.AGREEMENT, name, [name], date=date)


def signed(agr: str, *orgs: str) -> list[tuple]:
    return [(RelType.SIGNED, o, agr, None, None) for o in orgs]


def written_extractions() -> list[Extraction]:
    """Four bodies, four agreements (2024-01, 2024-06, 2025-03 and one undated), a person with a
    title, a programme with an amount; the third article's URL is not http(s)."""
    gaon, narae = org("o-gaon", "가온전자", Sector.INDUSTRY, "가온"), org("o-narae", "나래대학교", Sector.ACADEMIA)
    dasom, raon = org("o-dasom", "다솜연구원", Sector.RESEARCH), org("o-raon", "라온시", Sector.GOVERNMENT)
    maru = org("o-maru", "마루협회", None)
    kim = Entity("p-kim", Kind.PERSON, "김하늘", ["김하늘"], title="대표")
    prog = Entity("g-ai", Kind.PROGRAMME, "AI 인재사업", ["AI 인재사업"], amount="10억 원")
    return [
        article(
            "w1",
            "가온전자와 나래대학교는 10일 반도체 인재 협약을 체결했다. 김하늘 가온전자 대표가 참석했다.",
            "2024-01-10",
            "https://news.example/w1",
            gaon,
            narae,
            agreement("a-chip", "반도체 인재 협약", "2024-01-10"),
            kim,
            relations=[
                *signed("a-chip", "o-gaon", "o-narae"),
                (RelType.HOLDS_POSITION, "p-kim", "o-gaon", "대표", None),
                (RelType.ATTENDED, "p-kim", "a-chip", None, None),
            ],
        ),
        article(
            "w2",
            "나래대학교, 다솜연구원, 라온시가 AI 협약을 맺고 라온시가 AI 인재사업에 10억 원을 지원한다.",
            "2024-06-05",
            "https://news.example/w2",
            org("o-narae", "나래대학교", Sector.ACADEMIA),
            dasom,
            raon,
            agreement("a-ai", "AI 협약", "2024-06-05"),
            prog,
            relations=[
                *signed("a-ai", "o-narae", "o-dasom", "o-raon"),
                (RelType.FUNDS, "o-raon", "g-ai", None, "10억 원"),
                (RelType.CONCERNS, "a-ai", "g-ai", None, None),
            ],
        ),
        article(
            "w3",
            "가온전자와 라온시는 배터리 협약을 체결했다.",
            "2025-03-01",
            "javascript:alert(1)",
            org("o-gaon", "가온전자", Sector.INDUSTRY),
            org("o-raon", "라온시", Sector.GOVERNMENT),
            agreement("a-battery", "배터리 협약", "2025-03-01"),
            relations=signed("a-battery", "o-gaon", "o-raon"),
        ),
        article(
            "w4",
            "마루협회와 나래대학교가 교류 협약을 맺었다.",
            None,
            None,
            maru,
            org("o-narae", "나래대학교", Sector.ACADEMIA),
            agreement("a-undated", "교류 협약", None),
            relations=signed("a-undated", "o-maru", "o-narae"),
        ),
    ]


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


@pytest.fixture(scope="module")
def written(tmp_path_factory) -> Path:
    html = tmp_path_factory.mktemp("written") / "graph.html"
    html.write_text(render_html(build_graph(written_extractions()), title="written"), encoding="utf-8")
    return html


@pytest.fixture(scope="module")
def dev_graph():
    """The graph of every dev article, resolved (as `mou-graph build` makes it)."""
    if not DEV.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"{DEV} is missing in CI")
        pytest.skip("../shared is not beside the project")
    from mou_graph.extract.pipeline import extract_paths
    from mou_graph.graph.resolve import resolve_graph

    graph, _ = resolve_graph(build_graph(x for x in extract_paths([DEV]) if isinstance(x, Extraction)))
    return graph


def wait_until(page, script: str, timeout: float = 60) -> None:
    end = time.monotonic() + timeout
    while not page.evaluate(script):
        if time.monotonic() > end:
            raise AssertionError(f"not true after {timeout} s: {script}")
        time.sleep(0.05)


def open_page(browser, html: Path):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
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
    wait_until(page, "() => !!(window.mouGraph && window.mouGraph.ready)")
    return page, problems, requests


SHOWN = "() => window.mouGraph.nodes.get().filter(n => !n.hidden).map(n => n.id).sort()"


def shown(page) -> list[str]:
    return page.evaluate(SHOWN)


def counts_on_page(page) -> dict[str, str]:
    return page.evaluate(
        "() => Object.fromEntries([...document.querySelectorAll('#counts td[data-count]')]"
        ".map(td => [td.dataset.count, td.textContent]))"
    )


def test_the_page_works_offline_and_shows_hostile_text_as_text(browser, tmp_path: Path, graph_extractions) -> None:
    g = build_graph([*graph_extractions, hostile_extraction()])
    html = tmp_path / "graph.html"
    html.write_text(render_html(g), encoding="utf-8")
    page, problems, requests = open_page(browser, html)
    view = view_graph(g)
    assert page.evaluate("window.mouGraph.drawn") == view.number_of_nodes()
    page.evaluate("window.mouGraph.focusNode('org-evil1')")
    assert page.locator("#panel h2").text_content() == EVIL
    assert EVIL in page.locator("#panel").text_content()
    assert page.locator("#panel a").count() == 0  # a javascript: URL is not a link
    page.fill("#search", BREAKOUT[:12])
    assert BREAKOUT in page.locator("#hits").text_content()
    assert page.evaluate("window.__pwned") is None
    assert page.locator("img[src=x]").count() == 0
    assert problems == []
    assert requests == []


def test_a_click_on_a_node_opens_the_panel_with_its_evidence(browser, written: Path) -> None:
    page, problems, _ = open_page(browser, written)
    assert not page.locator("#panel").is_visible()
    x, y = page.evaluate(
        """() => { const g = window.mouGraph.network, p = g.canvasToDOM(g.getPosition('o-gaon')),
                   r = document.getElementById('graph').getBoundingClientRect(); return [r.left + p.x, r.top + p.y]; }"""
    )
    page.mouse.click(x, y)
    wait_until(page, "() => !document.getElementById('panel').hidden")
    panel = page.locator("#panel")
    assert panel.locator("h2").text_content() == "가온전자"
    text = panel.text_content()
    assert "industry" in text and "also: 가온" in text
    assert (
        "2024-01-10 반도체 인재 협약" in text and "with 나래대학교" in text
    )  # an agreement, its date, the other party
    assert "2025-03-01 배터리 협약" in text and "with 라온시" in text
    assert "김하늘 — 대표" in text  # people and their titles
    quote = panel.locator("blockquote").first
    assert "가온전자와 나래대학교는 10일 반도체 인재 협약을 체결했다." in quote.text_content()
    assert "한빛일보 · 2024-01-10" in quote.text_content()
    link = panel.locator("a", has_text="기사 w1")
    assert link.get_attribute("href") == "https://news.example/w1"
    assert link.get_attribute("rel") == "noopener noreferrer" and link.get_attribute("target") == "_blank"
    assert panel.locator("a", has_text="기사 w3").count() == 0  # javascript: stays text
    assert "기사 w3" in text
    page.evaluate("window.mouGraph.focusNode('o-raon')")
    assert "AI 인재사업 — 10억 원" in panel.text_content()  # programmes and amounts
    assert problems == []


def test_the_date_range_hides_later_agreements_and_brings_them_back(browser, written: Path) -> None:
    page, problems, _ = open_page(browser, written)
    page.check("#kinds input[value=Agreement]")
    assert {"a-chip", "a-ai", "a-battery", "a-undated"} <= set(shown(page))
    assert counts_on_page(page)["Agreement"] == "4 of 4"
    page.fill("#to", "2024-12-31")
    page.dispatch_event("#to", "change")
    visible = set(shown(page))
    assert "a-battery" not in visible and {"a-chip", "a-ai", "a-undated"} <= visible
    assert counts_on_page(page)["Agreement"] == "3 of 4"
    assert counts_on_page(page)["ties"] == "5 of 6"  # 가온전자 — 라온시 signed only in 2025
    page.uncheck("#undated")
    assert "a-undated" not in shown(page) and "o-maru" not in shown(page)  # 마루협회 signed only that one
    page.click("#all-dates")
    page.check("#undated")
    assert {"a-chip", "a-ai", "a-battery", "a-undated", "o-maru"} <= set(shown(page))
    assert counts_on_page(page)["Agreement"] == "4 of 4"
    page.locator("#histogram .bar").first.click()  # one month: January 2024
    assert set(shown(page)) & {"a-chip", "a-ai", "a-battery"} == {"a-chip"}
    assert problems == []


def test_the_counts_follow_every_filter_and_sector_and_kind_are_independent(browser, written: Path) -> None:
    page, problems, _ = open_page(browser, written)

    kind_of = {n: d["kind"] for n, d in view_graph(build_graph(written_extractions())).nodes(data=True)}

    def check() -> None:
        """The table on the page, the page's own count and the nodes actually shown agree."""
        on_page, counted = counts_on_page(page), page.evaluate("window.mouGraph.counts()")
        for kind in ("Organisation", "Agreement", "Person", "Programme"):
            really = sum(1 for n in shown(page) if kind_of[n] == kind)
            assert on_page[kind].split(" of ")[0] == str(counted[kind]) == str(really), (kind, on_page)
        ties = page.evaluate("window.mouGraph.edges.get().filter(e => e.id.startsWith('tie:') && !e.hidden).length")
        assert on_page["ties"].split(" of ")[0] == str(counted["ties"]) == str(ties)

    assert shown(page) == sorted(["o-gaon", "o-narae", "o-dasom", "o-raon", "o-maru"])  # organisations first
    check()
    for kind in ("Agreement", "Person", "Programme"):
        page.check(f"#kinds input[value={kind}]")
        check()
    page.uncheck("#sectors input[value=none]")  # no sector: 마루협회 only; people and agreements stay
    assert "o-maru" not in shown(page) and {"p-kim", "a-chip", "g-ai"} <= set(shown(page))
    check()
    page.uncheck("#sectors input[value=industry]")
    assert "o-gaon" not in shown(page) and "p-kim" in shown(page)
    check()
    page.uncheck("#kinds input[value=Organisation]")
    assert counts_on_page(page)["Organisation"] == "0 of 5" and counts_on_page(page)["ties"] == "0 of 6"
    check()
    assert problems == []


def test_search_finds_an_other_name_and_focuses_it(browser, written: Path) -> None:
    page, problems, _ = open_page(browser, written)
    page.fill("#search", "가온")
    assert "가온전자" in page.locator("#hits").text_content()
    page.press("#search", "Enter")
    assert page.locator("#panel h2").text_content() == "가온전자"
    assert page.evaluate("window.mouGraph.network.getSelectedNodes()") == ["o-gaon"]
    page.fill("#search", "김하늘")  # a person, a layer switched off: searching shows it
    page.press("#search", "Enter")
    assert "p-kim" in shown(page) and page.locator("#kinds input[value=Person]").is_checked()
    assert problems == []


def test_the_same_graph_gives_the_same_positions_twice(browser, tmp_path: Path) -> None:
    positions = []
    for i in range(2):
        html = tmp_path / f"graph{i}.html"
        html.write_text(render_html(build_graph(written_extractions())), encoding="utf-8")
        page, problems, _ = open_page(browser, html)
        drawn = page.evaluate("window.mouGraph.network.getPositions()")  # the nodes on screen
        placed = page.evaluate(
            "Object.fromEntries(JSON.parse(document.getElementById('graph-data').textContent).nodes"
            ".map(n => [n.id, [n.x, n.y]]))"
        )
        assert all(abs(p["x"] - placed[n][0]) < 1 and abs(p["y"] - placed[n][1]) < 1 for n, p in drawn.items())
        positions.append((drawn, placed))
        assert problems == []
        page.close()
    assert positions[0] == positions[1]
    assert len(positions[0][0]) == 5 and len(positions[0][1]) == 11  # 5 bodies shown of 11 nodes


def labels_in_view(page, ranks: int) -> list[tuple[str, bool]]:
    """For the organisations of rank < `ranks`: name, and whether its label is drawn and on
    screen at the current view (font size times zoom at the draw threshold or above)."""
    return page.evaluate(
        """(ranks) => {
          const g = window.mouGraph, net = g.network, scale = net.getScale();
          const box = document.getElementById('graph').getBoundingClientRect();
          return JSON.parse(document.getElementById('graph-data').textContent).nodes
              .filter(n => n.rank !== null && n.rank < ranks).map(n => {
                const item = g.nodes.get(n.id), p = net.canvasToDOM(net.getPosition(n.id));
                const on = !!item && item.font.size * scale >= g.drawThreshold &&
                  p.x >= 0 && p.y >= 0 && p.x <= box.width && p.y <= box.height;
                return [n.label, on];
              });
        }""",
        ranks,
    )


def test_the_most_central_organisations_are_labelled_at_the_default_view(browser, tmp_path: Path, dev_graph) -> None:
    html = tmp_path / "graph.html"
    html.write_text(render_html(dev_graph, title="dev"), encoding="utf-8")
    page, problems, requests = open_page(browser, html)
    labels = labels_in_view(page, 20)
    assert len(labels) == 20
    assert [name for name, on in labels if not on] == []
    small = page.evaluate(  # the others are left for zoom and hover
        "() => window.mouGraph.nodes.get().filter(n => n.font.size * "
        "window.mouGraph.network.getScale() < window.mouGraph.drawThreshold - 1).length"
    )
    assert small > 100
    assert page.locator("#counts td[data-count=Organisation]").text_content().split(" of ")[0] == str(
        page.evaluate("window.mouGraph.counts().Organisation")
    )
    assert problems == [] and requests == []
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "graph-dev.png"))


def test_a_graph_larger_than_max_nodes_says_how_much_is_drawn(browser, tmp_path: Path, graph_extractions) -> None:
    g = build_graph([*graph_extractions, hostile_extraction()])
    total = view_graph(g).number_of_nodes()
    html = tmp_path / "graph.html"
    html.write_text(render_html(g, max_nodes=4), encoding="utf-8")
    page, problems, requests = open_page(browser, html)
    assert page.evaluate("window.mouGraph.drawn") == 4
    note = page.locator("#note")
    assert note.is_visible()
    assert note.text_content() == (
        f"Showing the 4 most connected of {total} nodes. Build with --focus NAME (and --depth) to draw "
        "one stakeholder's neighbourhood, or --max-nodes to draw more."
    )
    assert page.evaluate("window.__pwned") is None
    assert problems == [] and requests == []


def test_a_graph_drawn_whole_shows_no_note_and_says_what_it_shows(browser, written: Path) -> None:
    page, problems, _ = open_page(browser, written)
    assert not page.locator("#note").is_visible()
    assert page.locator("#heading").text_content() == "written"
    assert page.locator("#summary").text_content() == "4 articles · 11 nodes · 4 agreements, 9 signatures"
    assert problems == []
