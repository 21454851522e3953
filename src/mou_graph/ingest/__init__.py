"""Ingest: files and folders of articles in (text, HTML, JSON, JSON Lines, Parquet) → `Article`s, and each article's text cleaned;
`web/` fetches articles from URLs, feeds and sitemaps into JSON Lines."""

from __future__ import annotations

from .._lazy import lazy_exports

# public names, imported when first used (importing the package stays as cheap as before)
_EXPORTS = {
    "read_inputs": "read",
    "detect_language": "read",
    "normalise_date": "read",
    "Cleaned": "clean",
}
__all__ = list(_EXPORTS)

__getattr__ = lazy_exports(__name__, _EXPORTS)
