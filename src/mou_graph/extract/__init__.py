"""Extract: one article → its `Extraction` (organisations, people, agreements, programmes with provenance), streamed over many by workers."""

from __future__ import annotations

from importlib import import_module
from typing import Any

# public names, imported when first used (importing the package stays as cheap as before)
_EXPORTS = {
    "extract_article": "article",
    "split_sentences": "article",
    "extract_paths": "pipeline",
    "Gazetteer": "gazetteer",
    "load_gazetteer": "gazetteer",
    "write_extraction_document": "document",
    "iter_extraction_documents": "document",
}
__all__ = list(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
