"""read → extract over many inputs, streamed, optionally on several processes."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from pathlib import Path

from .extract import extract_article
from .model import Article, Extraction, InputError
from .read import read_inputs


def _extract_one(article: Article) -> Extraction | InputError:
    try:
        return extract_article(article)
    except Exception as exc:  # one bad article must not stop a batch
        return InputError(article.source or article.id, f"extraction failed: {type(exc).__name__}: {exc}")


def extract_paths(
    paths: Iterable[str | Path], *, workers: int = 1, chunk: int = 64
) -> Iterator[Extraction | InputError]:
    """Extractions (and input errors) in input order; memory stays flat as the corpus grows."""
    items = read_inputs(paths)
    if workers <= 1:
        for item in items:
            yield item if isinstance(item, InputError) else _extract_one(item)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        while batch := list(islice(items, chunk * workers)):
            articles = [a for a in batch if isinstance(a, Article)]
            done = iter(pool.map(_extract_one, articles, chunksize=max(1, chunk // 4)))
            for item in batch:
                yield item if isinstance(item, InputError) else next(done)
