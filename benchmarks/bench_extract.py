"""Extraction speed and memory, beside Kiwi's own tokenisation of the same texts (the floor).

    python benchmarks/bench_extract.py [--articles 2000] [--source ../shared/corpus/dev]

Repeats the dev articles (ids made distinct) to the requested count, then prints articles per
second and peak memory for `extract`, and the time Kiwi alone takes to tokenise the same texts
paragraph by paragraph. Run by hand; figures go in the README.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
import tracemalloc
from pathlib import Path

from mou_graph.extract import extract_article
from mou_graph.gazetteer import load_gazetteer
from mou_graph.korean import kiwi
from mou_graph.model import Article


def articles(source: Path, count: int) -> list[Article]:
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(source.glob("*.json"))]
    docs = [d for d in docs if d.get("language", "ko") == "ko"]
    out = []
    for i in range(count):
        d = docs[i % len(docs)]
        out.append(
            Article(
                id=f"{d['id']}-{i}",
                text=d["text"],
                url=d.get("url"),
                published=d.get("published"),
                outlet=d.get("outlet"),
                language="ko",
            )
        )
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--source", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev")
    args = ap.parse_args()
    batch = articles(args.source, args.articles)
    chars = sum(len(a.text) for a in batch)
    gaz = load_gazetteer()
    extract_article(batch[0], gaz)  # load Kiwi's model outside the timing

    t0 = time.perf_counter()
    k = kiwi()
    for a in batch:
        for paragraph in a.text.split("\n"):
            if paragraph.strip():
                k.tokenize(paragraph)
    floor = time.perf_counter() - t0

    tracemalloc.start()
    t0 = time.perf_counter()
    entities = 0
    for a in batch:
        entities += len(extract_article(a, gaz).entities)
    elapsed = time.perf_counter() - t0
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"articles            {len(batch)} ({chars / len(batch):.0f} characters each on average)")
    print(f"kiwi tokenise only  {floor:.2f} s  ({len(batch) / floor:.0f} articles/s)")
    print(f"extract             {elapsed:.2f} s  ({len(batch) / elapsed:.0f} articles/s, {entities} entities)")
    print(f"extract / kiwi      {elapsed / floor:.2f}x")
    print(f"peak Python heap    {peak / 2**20:.1f} MiB (tracemalloc, during extract)")
    print(f"peak RSS            {rss:.0f} MiB (whole process, Kiwi's model included)")


if __name__ == "__main__":
    main()
