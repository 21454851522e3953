"""Cypher: the graph as Cypher rows and schema, loaded into the embedded database or Neo4j, and the named queries asked of it."""

from __future__ import annotations

from importlib import import_module
from typing import Any

# public names, imported when first used (importing the package stays as cheap as before)
_EXPORTS = {
    "graph_rows": "schema",
    "EmbeddedGraph": "embedded",
    "load_into": "embedded",
    "load": "neo4j",
    "statements": "neo4j",
    "find_query": "queries",
    "list_queries": "queries",
}
__all__ = list(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
