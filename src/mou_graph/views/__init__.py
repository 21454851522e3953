"""Views: what a graph is shown as (graph.html, GraphML, stats tables, the terminal summary) and the graph folder written with all of them."""

from __future__ import annotations

from .._lazy import lazy_exports

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

__getattr__ = lazy_exports(__name__, _EXPORTS)
