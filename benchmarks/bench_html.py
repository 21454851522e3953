"""How soon graph.html is interactive at 2,000 drawn nodes, in Debian's Chromium (headless).

    python benchmarks/bench_html.py [--nodes 2000] [--runs 3]

A synthetic graph of about `--nodes` nodes (organisations signing agreements of two to six
parties, people holding positions and attending, programmes funded; seeded, so every run draws
the same graph) is rendered with the default --max-nodes, and the page is opened at 1400×1000.
Printed: the render time in Python, and for each run the seconds from navigation until the map
is drawn and answers (window.mouGraph.ready), then a click-to-panel and a layer switched on.
The figure that matters is `interactive`: under 3 s is the target. Run by hand.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

from mou_graph.views.html import render_html

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]
SECTORS = ["industry", "academia", "research", "government", "civil", None]


def synthetic(nodes: int, seed: int = 15) -> nx.MultiDiGraph:
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    n_org, n_agr, n_per = int(nodes * 0.4), int(nodes * 0.3), int(nodes * 0.22)
    n_prog = nodes - n_org - n_agr - n_per
    orgs = [f"org-{i:05d}" for i in range(n_org)]
    weights = [1 / (i + 1) ** 0.8 for i in range(n_org)]  # a few hubs, a long tail
    for i, o in enumerate(orgs):
        g.add_node(o, kind="Organisation", name=f"기관{i}", sector=rng.choice(SECTORS), aliases=[], evidence=[])
    for i in range(n_agr):
        a = f"agr-{i:05d}"
        date = f"20{rng.randint(18, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        g.add_node(a, kind="Agreement", name=f"협약 {i}", date=date if rng.random() > 0.2 else None, aliases=[])
        g.nodes[a]["evidence"] = [{"article": f"art{i}", "sentence": f"기관들이 협약 {i}을 체결했다."}]
        for o in set(rng.choices(orgs, weights, k=rng.randint(2, 6))):
            g.add_edge(o, a, key=f"s-{o}-{a}", type="SIGNED")
    for i in range(n_per):
        p, o = f"per-{i:05d}", rng.choice(orgs)
        g.add_node(p, kind="Person", name=f"사람{i}", aliases=[], evidence=[])
        g.add_edge(p, o, key=f"h-{p}", type="HOLDS_POSITION", title="대표")
        g.add_edge(p, f"agr-{rng.randrange(n_agr):05d}", key=f"t-{p}", type="ATTENDED")
    for i in range(n_prog):
        q = f"prog-{i:05d}"
        g.add_node(q, kind="Programme", name=f"사업{i}", amount="10억 원", aliases=[], evidence=[])
        g.add_edge(rng.choice(orgs), q, key=f"f-{q}", type="FUNDS", amount="10억 원")
    return g


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    graph = synthetic(args.nodes)
    t0 = time.perf_counter()
    html = render_html(graph)
    render = time.perf_counter() - t0
    path = Path(tempfile.mkdtemp()) / "graph.html"
    path.write_text(html, encoding="utf-8")
    print(f"{graph.number_of_nodes()} nodes drawn, page {len(html) / 1e6:.1f} MB, rendered in {render:.1f} s")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for run in range(args.runs):
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            errors: list[str] = []
            page.on("pageerror", lambda e, errors=errors: errors.append(str(e)))
            t0 = time.perf_counter()
            page.goto(path.as_uri())
            while not page.evaluate("() => !!(window.mouGraph && window.mouGraph.ready)"):
                time.sleep(0.02)
            ready = time.perf_counter() - t0
            t1 = time.perf_counter()
            page.evaluate("window.mouGraph.focusNode('org-00000')")
            panel = time.perf_counter() - t1
            t2 = time.perf_counter()
            page.check("#kinds input[value=Agreement]")
            layer = time.perf_counter() - t2
            print(f"run {run + 1}: interactive {ready:.2f} s, panel {panel:.2f} s, agreements layer {layer:.2f} s")
            if errors:
                sys.exit(f"page errors: {errors}")
            page.close()
        browser.close()


if __name__ == "__main__":
    main()
