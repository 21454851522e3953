"""A fetched page → an article: main text, headline, publication date, outlet and the page's
own canonical address, all by trafilatura's own extraction (`bare_extraction` with metadata:
`og:`, `article:published_time`, JSON-LD, `<link rel=canonical>`), not by patterns of ours."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..read import normalise_date
from .client import Response
from .urls import canonical_url, resolve_link, same_site

_HOST_NAME = re.compile(r"(?:[a-z0-9-]+\.)+[a-z]{2,}", re.IGNORECASE)


class PageError(Exception):
    """A page with no article in it."""


@dataclass(frozen=True)
class Hints:
    """What the feed or sitemap that linked to a page said about it: used where the page's
    own metadata says nothing."""

    title: str | None = None
    published: str | None = None
    outlet: str | None = None


@dataclass(frozen=True)
class WebArticle:
    """One article read from the web, with the address it was fetched at."""

    url: str
    text: str
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD, as the page (or its feed) dates it
    outlet: str | None = None
    canonical: str | None = None  # the address the page names as its own, on its own site

    @property
    def key(self) -> str:
        """The canonical key of the article: the page's own canonical address when it names one."""
        return canonical_url(self.canonical or self.url)


def _clean(value: str | None) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _outlet(doc: object, hints: Hints) -> str | None:
    """The page's site name (og:site_name, JSON-LD publisher …); when trafilatura found none it
    gives the host name, and then the feed's name for the site is the better one."""
    name = _clean(getattr(doc, "sitename", None))
    if hints.outlet and (name is None or _HOST_NAME.fullmatch(name)):
        return hints.outlet
    return name


def read_page(page: Response, hints: Hints | None = None) -> WebArticle:
    """The article in `page` (HTML by trafilatura; plain text as it is), or `PageError`."""
    hints = hints or Hints()
    if page.media_type == "text/plain":
        text = page.text()
        if not text.strip():
            raise PageError("empty page")
        return WebArticle(page.url, text, hints.title, normalise_date(hints.published), hints.outlet)
    import trafilatura

    html = page.text()
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=page.url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params={"original_date": True, "extensive_search": False},
        )
    except Exception as exc:  # trafilatura on a malformed page: report it, go on
        raise PageError(f"no article text found ({type(exc).__name__}: {exc})") from exc
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise PageError("no article text found in this page")
    canonical = resolve_link(page.url, getattr(doc, "url", None))
    if canonical is not None and (
        not same_site(canonical, page.url) or canonical_url(canonical) == canonical_url(page.url)
    ):
        canonical = None  # another site's address is no proof of identity; the same one says nothing new
    return WebArticle(
        url=canonical or page.url,
        text=text,
        title=_clean(doc.title) or hints.title,
        published=normalise_date(doc.date) or normalise_date(hints.published),
        outlet=_outlet(doc, hints),
        canonical=canonical,
    )
