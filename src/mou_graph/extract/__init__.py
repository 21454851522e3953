"""Extract: one article → its `Extraction` (organisations, people, agreements, programmes with provenance), streamed over many by workers."""

from __future__ import annotations

from .._lazy import lazy_exports

# public names, imported when first used (importing the package stays as cheap as before)
_EXPORTS = {
    "extract_article": "article",
    "split_sentences": "article",
    "extract_paths": "pipeline",
    "extract_on_ray": "on_ray",
    "Gazetteer": "gazetteer",
    "load_gazetteer": "gazetteer",
    "write_extraction_document": "document",
    "iter_extraction_documents": "document",
}
__all__ = list(_EXPORTS)

__getattr__ = lazy_exports(__name__, _EXPORTS)
