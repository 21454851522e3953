"""One fetch run: the sources' links, each new one fetched and read, the cache told of
everything, so what comes out is every article not yet written out, once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ...model import InputError
from .cache import MAX_TRIES, FetchCache
from .client import FetchError, PoliteClient
from .pages import PageError, read_page
from .sources import Link, discover
from .urls import URLError, canonical_url


@dataclass
class RunReport:
    """What a run did: articles read, links already in the cache, copies of an article found
    at another address, and the failures with their reasons."""

    fetched: int = 0
    known: int = 0
    duplicates: int = 0
    links: int = 0
    errors: list[InputError] = field(default_factory=list)


def fetch_new(
    sources: list[str],
    cache: FetchCache,
    client: PoliteClient,
    on_link: Callable[[int, int], None] | None = None,
) -> RunReport:
    """Fetch every article the sources name that the cache does not know, and record it there;
    `on_link(done, total)` after each link. What to write out is then `cache.pending()`."""
    found = discover(sources, client, cache.known)
    report = RunReport(known=found.known, links=len(found.links), errors=list(found.errors))
    for done, link in enumerate(found.links, start=1):
        try:
            _one(link, cache, client, report)
        finally:
            if on_link is not None:
                on_link(done, len(found.links))
    return report


def _one(link: Link, cache: FetchCache, client: PoliteClient, report: RunReport) -> None:
    key = canonical_url(link.url)
    if cache.known(key):  # a copy met earlier in this run
        report.known += 1
        return
    try:
        page = link.page or client.get(link.url)
        article = read_page(page, link.hints)
    except FetchError as exc:
        tries = cache.add_failure(key, link.url, exc.reason, transient=exc.transient)
        note = ""
        if exc.transient:
            note = " (tried again on the next run)" if tries < MAX_TRIES else f" (given up after {tries} runs)"
        report.errors.append(InputError(link.url, exc.reason + note))
        return
    except PageError as exc:
        report.errors.append(InputError(link.url, str(exc)))
        cache.add_failure(key, link.url, str(exc))
        return
    keys = [key]
    for url in (page.url, article.url):
        try:
            keys.append(canonical_url(url))
        except URLError:
            continue
    keys.append(article.key)
    existing = next((a for k in keys if (a := cache.article_of(k)) is not None), None)
    if existing is not None:  # the same article, fetched before at another address
        report.duplicates += 1
        for k in keys:
            cache.add_alias(k, existing)
        return
    primary = article.key
    cache.add_article(primary, article, urls=list(dict.fromkeys([link.url, page.url])))
    for k in keys:
        cache.add_alias(k, primary)
    report.fetched += 1
