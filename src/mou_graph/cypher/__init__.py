"""Cypher: the graph as Cypher rows and schema, loaded into the embedded database or Neo4j, and the named queries asked of it."""

from __future__ import annotations

from .._lazy import lazy_exports

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

__getattr__ = lazy_exports(__name__, _EXPORTS)
