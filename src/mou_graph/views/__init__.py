"""Views: what a graph is shown as (graph.html, GraphML, stats tables, the terminal summary) and the graph folder written with all of them."""

from __future__ import annotations

from importlib import import_module
from typing import Any

# public names, imported when first used (importing the package stays as cheap as before)
_EXPORTS = {
    "render_html": "html",
    "view_graph": "html",
    "write_graphml": "graphml",
    "agreement_rows": "stats",
    "stakeholder_rows": "stats",
    "print_summary": "summary",
    "save_graph": "folder",
    "write_folder": "folder",
    "Review": "folder",
}
__all__ = list(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
