"""Graph: many extractions → one networkx graph, resolved (joins and candidates, with a person's decisions), saved in and read from a graph folder."""

from __future__ import annotations

from .._lazy import lazy_exports

# public names, imported when first used (importing the package stays as cheap as before)
_EXPORTS = {
    "build_graph": "build",
    "co_signature": "build",
    "read_extractions": "build",
    "resolve_graph": "resolve",
    "read_decisions": "decisions",
    "write_decisions": "decisions",
    "load_graph": "folder",
    "load_raw": "folder",
    "GraphFolderError": "folder",
    "write_graph_json": "folder",
}
__all__ = list(_EXPORTS)

__getattr__ = lazy_exports(__name__, _EXPORTS)
