"""Articles from the web: URLs, files of URLs, RSS/Atom feeds and sitemaps in, fetched politely
(`client.py`), known by their canonical URL (`urls.py`), read by trafilatura (`pages.py`), and
remembered (`cache.py`) so that each run fetches only what is new."""

from __future__ import annotations

from ..._lazy import lazy_exports

_EXPORTS = {
    "FetchCache": "cache",
    "default_cache_dir": "cache",
    "FetchError": "client",
    "Policy": "client",
    "PoliteClient": "client",
    "USER_AGENT": "client",
    "read_page": "pages",
    "RunReport": "run",
    "fetch_new": "run",
    "discover": "sources",
    "canonical_url": "urls",
    "clean_url": "urls",
}
__all__ = sorted(_EXPORTS)
__getattr__ = lazy_exports(__name__, _EXPORTS)
