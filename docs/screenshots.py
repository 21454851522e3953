"""The README's pictures of graph.html: the default view and the details panel, in headless
Chromium at 1400×1000.

    mou-graph build ../shared/corpus/dev --out /tmp/dev
    python docs/screenshots.py /tmp/dev/graph.html [--panel NAME]

Writes docs/graph-map.png and docs/graph-panel.png (the panel of NAME, by default the most
central organisation).
"""

from __future__ import annotations

import argparse
import json
import re
import time
from pathlib import Path

DOCS = Path(__file__).resolve().parent
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("html", type=Path)
    parser.add_argument("--panel", help="the node whose panel to show (a name)")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    text = args.html.read_text(encoding="utf-8")
    data = json.loads(re.search(r'id="graph-data">(.*?)</script>', text, re.S).group(1))
    orgs = sorted((n for n in data["nodes"] if n["rank"] is not None), key=lambda n: n["rank"])
    target = next(n for n in data["nodes"] if n["label"] == args.panel) if args.panel else orgs[0]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:")) else r.abort())
        page.goto(args.html.resolve().as_uri())
        while not page.evaluate("() => !!(window.mouGraph && window.mouGraph.ready)"):
            time.sleep(0.05)
        page.screenshot(path=str(DOCS / "graph-map.png"))
        page.evaluate("(id) => window.mouGraph.focusNode(id)", target["id"])
        page.check("#kinds input[value=Agreement]")
        page.evaluate("(id) => window.mouGraph.focusNode(id)", target["id"])
        time.sleep(0.3)
        page.screenshot(path=str(DOCS / "graph-panel.png"))
        browser.close()
    for name in ("graph-map.png", "graph-panel.png"):
        print(DOCS / name, f"{(DOCS / name).stat().st_size / 1e3:.0f} KB")


if __name__ == "__main__":
    main()
