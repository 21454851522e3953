"""read → extract over many inputs, streamed, optionally on several processes."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from pathlib import Path

from ..ingest.read import read_inputs
from ..model import Article, Extraction, InputError
from .article import extract_article
from .gazetteer import Gazetteer

Item = Extraction | InputError


def _extract_one(article: Article, gaz: Gazetteer | None = None) -> Item:
    try:
        return extract_article(article, gaz)
    except Exception as exc:  # one bad article must not stop a batch
        return InputError(
            article.path or article.source or article.id, f"extraction failed: {type(exc).__name__}: {exc}"
        )


def _extract_many(articles: list[Article]) -> list[Item]:
    """One task for a worker: a few articles, so the cost of sending them is spread."""
    return [_extract_one(a) for a in articles]


def _in_order(batch: list[Article | InputError], done: Future[list[Item]]) -> Iterator[Item]:
    results = iter(done.result())
    for item in batch:
        yield item if isinstance(item, InputError) else next(results)


def extract_paths(
    paths: Iterable[str | Path], *, workers: int = 1, chunk: int = 8, ahead: int | None = None
) -> Iterator[Item]:
    """Extractions (and input errors) in input order; memory stays flat as the corpus grows.

    With several workers, small chunks of articles go to the processes as a sliding window
    (`ahead` chunks in flight, 4 per worker by default): every worker always has the next
    chunk waiting, so none sits idle at the end of a batch, while the input is read only that
    far ahead of the output."""
    items = read_inputs(paths)
    if workers <= 1:
        for item in items:
            yield item if isinstance(item, InputError) else _extract_one(item)
        return
    ahead = max(1, ahead if ahead is not None else 4 * workers)
    pool = ProcessPoolExecutor(max_workers=workers)
    pending: deque[tuple[list[Article | InputError], Future[list[Item]]]] = deque()
    try:
        while batch := list(islice(items, chunk)):
            pending.append((batch, pool.submit(_extract_many, [a for a in batch if isinstance(a, Article)])))
            if len(pending) >= ahead:
                yield from _in_order(*pending.popleft())
        while pending:
            yield from _in_order(*pending.popleft())
    finally:
        pool.shutdown(wait=True, cancel_futures=True)  # a consumer that stops early waits for no backlog
