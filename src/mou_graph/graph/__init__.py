"""Graph: many extractions → one networkx graph, resolved (joins and candidates, with a person's decisions), saved in and read from a graph folder."""

from __future__ import annotations

from importlib import import_module
from typing import Any

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


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
