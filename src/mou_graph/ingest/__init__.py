"""Ingest: files and folders of articles in (text, HTML, JSON, JSONL, CSV) → `Article`s, and each article's text cleaned."""

from __future__ import annotations

from importlib import import_module
from typing import Any

# public names, imported when first used (importing the package stays as cheap as before)
_EXPORTS = {
    "read_inputs": "read",
    "detect_language": "read",
    "normalise_date": "read",
    "Cleaned": "clean",
}
__all__ = list(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
