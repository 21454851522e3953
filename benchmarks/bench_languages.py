"""What an article costs by language: extraction time per character, Korean against English.

    python benchmarks/bench_languages.py [--source ../shared/corpus/dev] [--runs 5]

Each dev article is extracted `--runs` times in this one process (the gazetteer and Kiwi
loaded first, so neither is counted); printed per language: articles, characters, the median
run's seconds and microseconds per character, the first run's microseconds per character (the
answers about words that extraction caches are not cached yet: a corpus of new texts), and
Kiwi's own tokenisation of the same Korean texts for scale. The figure that matters: an English article costs no more than a Korean one
of the same length (µs per character, English ≤ Korean). Run by hand; the figures go in the
README.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from mou_graph.extract import extract_article
from mou_graph.extract.gazetteer import load_gazetteer
from mou_graph.extract.korean import kiwi
from mou_graph.ingest.read import read_inputs
from mou_graph.model import Article

ROOT = Path(__file__).resolve().parents[1]


def _timings(work, runs: int) -> tuple[float, float]:
    """The first run's seconds (nothing cached yet) and the median run's."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return times[0], statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", type=Path, default=ROOT.parent / "shared" / "corpus" / "dev")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    articles = [a for a in read_inputs([args.source]) if isinstance(a, Article)]
    gaz = load_gazetteer()
    extract_article(articles[0], gaz)  # Kiwi and the gazetteer loaded before the clock starts
    print(f"{'language':<10}{'articles':>9}{'chars':>9}{'seconds':>10}{'µs/char':>9}{'first run µs/char':>19}")
    for language in ("ko", "en"):
        batch = [a for a in articles if a.language == language]
        chars = sum(len(a.text) for a in batch)
        first, seconds = _timings(lambda batch=batch: [extract_article(a, gaz) for a in batch], args.runs)
        print(
            f"{language:<10}{len(batch):>9}{chars:>9}{seconds:>10.3f}{seconds / chars * 1e6:>9.1f}"
            f"{first / chars * 1e6:>19.1f}"
        )
    korean = [a.text for a in articles if a.language == "ko"]
    chars = sum(len(t) for t in korean)

    def tokenise() -> None:
        for text in korean:
            for paragraph in text.split("\n"):
                if paragraph.strip():
                    kiwi().tokenize(paragraph)

    first, seconds = _timings(tokenise, args.runs)
    print(
        f"{'ko (Kiwi)':<10}{len(korean):>9}{chars:>9}{seconds:>10.3f}{seconds / chars * 1e6:>9.1f}"
        f"{first / chars * 1e6:>19.1f}"
    )


if __name__ == "__main__":
    main()
