"""What to fetch: a URL, a file of URLs, an RSS/Atom feed or a sitemap (a sitemap index too),
each turned into the article links it names, with what the feed or sitemap says of each.

Every fetch goes through the polite client; feedparser and lxml only parse bytes it fetched.
trafilatura's sitemaps module can parse text given to it (`SitemapObject.content`), but it drops
every link whose host has no registrable domain (an IP address, `localhost`, an intranet name)
and tells a child sitemap from a page by `.xml` in its URL, so sitemaps are read here with lxml
(no entities, no network), by their schema: `urlset/url/loc`, `sitemapindex/sitemap/loc`, and
the Google News extension's title, date and publication name.
"""

from __future__ import annotations

import io
import re
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...model import InputError
from ..decode import decode
from .client import GZIP_TYPES, TEXT_TYPES, FetchError, PoliteClient, Response
from .pages import Hints
from .urls import URLError, canonical_url, resolve_link

MAX_SITEMAPS = 100  # sitemaps read from one source, an index's children included
MAX_DEPTH = 3  # sitemap index → sitemap → …
MAX_UNPACKED = 50 * 1024 * 1024  # what a gzipped sitemap may unpack to (the protocol's limit)
MAX_LINKS = 50_000  # links from one feed or sitemap (the sitemap protocol's own limit)
_XML_START = re.compile(rb"^\s*(<\?xml|<!--|<(rss|feed|rdf:RDF|urlset|sitemapindex)\b)")
_URL_LINE = re.compile(r"^https?://\S+$", re.IGNORECASE)


@dataclass(frozen=True)
class Link:
    """An article to fetch: its URL, what the feed or sitemap said of it, where it came from."""

    url: str
    hints: Hints = Hints()
    via: str = ""
    page: Response | None = None  # already fetched: a source that was itself an article page


@dataclass
class Discovery:
    """The links of every source, in order, one per canonical key; and what went wrong."""

    links: list[Link] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    known: int = 0  # links skipped because the cache has them
    seen: set[str] = field(default_factory=set)


def _is_url(text: str) -> bool:
    return bool(_URL_LINE.match(text.strip()))


def discover(sources: list[str], client: PoliteClient, known: Callable[[str], bool]) -> Discovery:
    """Every article link the sources name. `known(key)` says the cache has a canonical key:
    such a link is counted and left out, and a source URL that is a known article is not fetched."""
    found = Discovery()
    for source in sources:
        if _is_url(source):
            _from_url(source.strip(), client, known, found, via=source)
        elif (path := Path(source)).is_file():
            _from_file(path, client, known, found)
        elif path.exists():
            found.errors.append(InputError(source, "not a regular file"))
        else:
            found.errors.append(InputError(source, "neither an http(s) URL nor a file"))
    return found


def _add(found: Discovery, link: Link, known: Callable[[str], bool]) -> None:
    try:
        key = canonical_url(link.url)
    except URLError:
        return
    if key in found.seen:
        return
    found.seen.add(key)
    if known(key):
        found.known += 1
    else:
        found.links.append(link)


def _from_file(path: Path, client: PoliteClient, known: Callable[[str], bool], found: Discovery) -> None:
    """A saved feed or sitemap, or a list of URLs (one a line; blank lines and `#` comments skipped)."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        found.errors.append(InputError(str(path), f"cannot read: {exc.strerror or exc}"))
        return
    if _XML_START.match(raw):
        base = ""  # a saved document's relative links cannot be resolved
        for link in _links_of_xml(raw, base, str(path), client, found, depth=0):
            _add(found, link, known)
        return
    for number, line in enumerate(decode(raw).splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if not _is_url(line):
            found.errors.append(InputError(str(path), f"not an http(s) URL: {line[:200]!r}", number))
            continue
        _from_url(line, client, known, found, via=f"{path}:{number}")


def _from_url(url: str, client: PoliteClient, known: Callable[[str], bool], found: Discovery, via: str) -> None:
    try:
        key = canonical_url(url)
    except URLError as exc:
        found.errors.append(InputError(url, str(exc)))
        return
    if key in found.seen:
        return
    if known(key):  # an article fetched on an earlier run: not fetched again
        found.seen.add(key)
        found.known += 1
        return
    try:
        page = client.get(url, types=TEXT_TYPES | GZIP_TYPES)
    except FetchError as exc:
        found.errors.append(_error(exc, transient=exc.transient))
        return
    kind = _kind(page)
    if kind == "page":
        _add(found, Link(url, via=via, page=page), known)
        return
    for link in _links_of_xml(_body(page, found), page.url, url, client, found, depth=0, kind=kind):
        _add(found, link, known)


def _error(exc: FetchError, transient: bool) -> InputError:
    return InputError(exc.url, exc.reason + (" (tried again on the next run)" if transient else ""))


def _kind(page: Response) -> str:
    """ "page" for an article, "xml" for a feed or sitemap, "list" for a text sitemap."""
    if page.media_type in GZIP_TYPES:
        return "xml"
    if page.media_type in ("text/html", "application/xhtml+xml"):
        return "page"
    if page.media_type == "text/plain":
        lines = [ln for ln in page.text().splitlines() if ln.strip()]
        return "list" if lines and all(_is_url(ln) for ln in lines) else "page"
    return "xml"


def _body(page: Response, found: Discovery) -> bytes:
    """The sitemap's bytes, a gzipped one unpacked up to `MAX_UNPACKED` (a sitemap may hold
    50 MB; past that, the rest is left out and said so)."""
    if page.media_type not in GZIP_TYPES and not page.body.startswith(b"\x1f\x8b"):
        return page.body
    unzip = zlib.decompressobj(wbits=31)
    try:
        body = unzip.decompress(page.body, MAX_UNPACKED)
    except zlib.error as exc:
        found.errors.append(InputError(page.requested, f"not a gzip file ({exc})"))
        return b""
    if unzip.unconsumed_tail:
        found.errors.append(InputError(page.requested, f"unpacks to more than {MAX_UNPACKED // 2**20} MB: cut there"))
    return body


def _links_of_xml(
    raw: bytes, base: str, source: str, client: PoliteClient, found: Discovery, depth: int, kind: str = "xml"
) -> list[Link]:
    if kind == "list":
        lines = decode(raw).splitlines()
        return [Link(u, via=source) for ln in lines[:MAX_LINKS] if (u := resolve_link(base or ln, ln.strip()))]
    root = _xml_root(raw)
    name = _local(root.tag) if root is not None else ""
    if name == "urlset":
        return _urlset(root, base, source)
    if name == "sitemapindex":
        return _sitemap_index(root, base, source, client, found, depth)
    links = _feed(raw, base, source)
    if links is None:
        found.errors.append(InputError(source, "neither an article page, a feed nor a sitemap"))
        return []
    return links


def _xml_root(raw: bytes) -> Any:  # an lxml element, or None
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=True)
    try:
        return etree.fromstring(raw, parser)
    except etree.XMLSyntaxError:
        return None


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child_text(element: Any, name: str) -> str | None:
    for child in element.iter():
        if _local(child.tag) == name and child.text and child.text.strip():
            return child.text.strip()
    return None


def _urlset(root: Any, base: str, source: str) -> list[Link]:
    links: list[Link] = []
    for entry in root:
        if _local(entry.tag) != "url":
            continue
        url = resolve_link(base, _child_text(entry, "loc")) if base else _absolute(_child_text(entry, "loc"))
        if url is None:
            continue
        hints = Hints(  # news sitemaps: <news:news><news:title>, <news:publication_date>, <news:name>
            title=_child_text(entry, "title"),
            published=_child_text(entry, "publication_date"),
            outlet=_child_text(entry, "name"),
        )
        links.append(Link(url, hints, source))
        if len(links) >= MAX_LINKS:
            break
    return links


def _absolute(link: str | None) -> str | None:
    return resolve_link(link, link) if link else None


def _sitemap_index(root: Any, base: str, source: str, client: PoliteClient, found: Discovery, depth: int) -> list[Link]:
    links: list[Link] = []
    if depth >= MAX_DEPTH:
        found.errors.append(InputError(source, f"sitemap indexes nested more than {MAX_DEPTH} deep"))
        return links
    children = [
        u
        for e in root
        if _local(e.tag) == "sitemap"
        if (u := resolve_link(base, _child_text(e, "loc")) if base else _absolute(_child_text(e, "loc")))
    ]
    for child in children[:MAX_SITEMAPS]:
        try:
            page = client.get(child, types=TEXT_TYPES | GZIP_TYPES)
        except FetchError as exc:
            found.errors.append(_error(exc, exc.transient))
            continue
        links += _links_of_xml(_body(page, found), page.url, child, client, found, depth + 1, kind=_kind(page))
    if len(children) > MAX_SITEMAPS:
        found.errors.append(InputError(source, f"more than {MAX_SITEMAPS} sitemaps: the rest left out"))
    return links


def _feed(raw: bytes, base: str, source: str) -> list[Link] | None:
    """RSS or Atom entries by feedparser (given bytes, so it never fetches), or None when the
    document is no feed."""
    import feedparser

    headers = {"content-location": base} if base else {}
    parsed = feedparser.parse(
        io.BytesIO(raw), response_headers=headers, sanitize_html=False, resolve_relative_uris=False
    )
    if not parsed.get("version") and not parsed.entries:
        return None
    outlet = parsed.feed.get("title") or None
    links: list[Link] = []
    for entry in parsed.entries[:MAX_LINKS]:
        href = entry.get("link") or next((ln.get("href") for ln in entry.get("links", []) if ln.get("href")), None)
        url = resolve_link(base, href) if base else _absolute(href)
        if url is None:
            continue
        links.append(
            Link(url, Hints(entry.get("title") or None, entry.get("published") or entry.get("updated"), outlet), source)
        )
    return links
