"""Graph build, GraphML and HTML times at corpus scale, and how long the HTML takes to
become still in the browser.

    python benchmarks/bench_graph.py [--articles 5000] [--source ../shared/corpus/dev]

Extracts the dev articles once, then repeats the extractions with ids made distinct (each
copy's organisations, people and agreements get their own ids too, so the graph grows as a
real corpus would), and times each stage. The browser part opens graph.html in Debian's
Chromium at about 500 and 2,000 nodes and waits for the page's ready flag (layout frozen).
"""

from __future__ import annotations

import argparse
import copy
import json
import shutil
import tempfile
import time
from pathlib import Path

from mou_graph.extract import extract_article
from mou_graph.graph import build_graph, graph_to_json
from mou_graph.graphml import graphml_text
from mou_graph.html_view import render_html, view_graph
from mou_graph.model import Article, Extraction


def base_extractions(source: Path) -> list[Extraction]:
    out = []
    for p in sorted(source.glob("*.json")):
        d = json.loads(p.read_text(encoding="utf-8"))
        out.append(
            extract_article(
                Article(
                    id=d["id"],
                    text=d["text"],
                    url=d.get("url"),
                    published=d.get("published"),
                    language=d.get("language", "ko"),
                )
            )
        )
    return out


def copies(base: list[Extraction], count: int, share: int = 4) -> list[Extraction]:
    """`count` extractions; every `share`-th copy keeps the original ids so stakeholders recur."""
    out = []
    for i in range(count):
        x = copy.deepcopy(base[i % len(base)])
        x.article.id = f"{x.article.id}-{i}"
        if i % share:
            suffix = f"~{i}"
            ids = {e.id: e.id + suffix for e in x.entities}
            for e in x.entities:
                e.id = ids[e.id]
            for r in x.relations:
                r.source, r.target = ids.get(r.source, r.source), ids.get(r.target, r.target)
        out.append(x)
    return out


def timed(label: str, fn):
    t0 = time.perf_counter()
    result = fn()
    print(f"{label:<28} {time.perf_counter() - t0:8.2f} s")
    return result


def browser_still(graph, nodes_wanted: int) -> None:
    from playwright.sync_api import sync_playwright

    view = view_graph(graph)
    keep = list(view.nodes)[:nodes_wanted]
    sub = graph.subgraph(keep).copy()
    with tempfile.TemporaryDirectory() as tmp:
        html = Path(tmp, "graph.html")
        html.write_text(render_html(sub), encoding="utf-8")
        with sync_playwright() as p:
            b = p.chromium.launch(
                executable_path=shutil.which("chromium") or "/usr/bin/chromium",
                args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
            )
            page = b.new_context(bypass_csp=True).new_page()  # lets Playwright poll the ready flag
            t0 = time.perf_counter()
            page.goto(html.as_uri())
            page.wait_for_function("window.mouGraph && window.mouGraph.ready", timeout=600_000)
            n = page.evaluate("window.mouGraph.nodes.length")
            print(f"HTML still at {n:>5} nodes     {time.perf_counter() - t0:8.2f} s")
            b.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=5000)
    ap.add_argument("--source", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev")
    ap.add_argument("--no-browser", action="store_true")
    args = ap.parse_args()
    batch = copies(base_extractions(args.source), args.articles)
    graph = timed(f"build ({args.articles} articles)", lambda: build_graph(batch))
    print(f"{'':<28} {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges")
    timed("graph.json", lambda: graph_to_json(graph))
    timed("GraphML", lambda: graphml_text(graph))
    timed("HTML (whole graph)", lambda: render_html(graph))
    if not args.no_browser:
        for n in (500, 2000):
            browser_still(graph, n)


if __name__ == "__main__":
    main()
