"""Both Cypher engines' schemas and load statements, derived from the one data model.

Labels and relationship types come only from `model.Kind` and `model.RelType`, property
names only from `model.NODE_PROPERTIES` and `model.REL_SCHEMA`; every value travels as a
parameter. The rows below are what both the embedded engine and the Neo4j loader send.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from ..model import NODE_PROPERTIES, REL_SCHEMA, Kind, RelType, edge_properties

# properties every graph element has but the schema keeps implicitly
NODE_KEYS = {kind: [p for p in props if p != "id"] for kind, props in NODE_PROPERTIES.items()}
EDGE_KEYS = {rel: [p for p in edge_properties(rel) if p not in ("id", "type")] for rel in RelType}


def _value(name: str, kind: str, value: Any) -> Any:
    if value is None:
        return [] if kind == "STRING[]" else None
    if name == "evidence":
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if kind == "STRING[]":
        return [str(v) for v in value]
    if kind == "INT64":
        return int(value)
    return str(value)


@dataclass
class Rows:
    """A graph as parameter rows: nodes per label, relationships per (type, from, to)."""

    nodes: dict[Kind, list[dict[str, Any]]] = field(default_factory=dict)
    rels: dict[tuple[RelType, Kind, Kind], list[dict[str, Any]]] = field(default_factory=dict)


def graph_rows(graph: nx.MultiDiGraph) -> Rows:
    rows = Rows()
    kinds: dict[str, Kind] = {}
    for node, data in sorted(graph.nodes(data=True)):
        kind = Kind(data["kind"])
        kinds[node] = kind
        types = NODE_PROPERTIES[kind]
        props = {k: _value(k, types[k], data.get(k)) for k in NODE_KEYS[kind]}
        rows.nodes.setdefault(kind, []).append({"id": node, "props": props})
    for u, v, key, data in sorted(graph.edges(keys=True, data=True), key=lambda e: e[2]):
        rel = RelType(data["type"])
        pair = (rel, kinds[u], kinds[v])
        sources, targets, _ = REL_SCHEMA[rel]
        if pair[1] not in sources or pair[2] not in targets:
            continue  # outside the model: never loaded
        types = edge_properties(rel)
        props = {k: _value(k, types[k], data.get(k)) for k in EDGE_KEYS[rel]}
        rows.rels.setdefault(pair, []).append({"id": key, "source": u, "target": v, "props": props})
    return rows


# -- LadybugDB (embedded) --------------------------------------------------------


def ladybug_ddl() -> list[str]:
    out = []
    for kind, props in NODE_PROPERTIES.items():
        cols = ", ".join(f"{name} {typ}" for name, typ in props.items())
        out.append(f"CREATE NODE TABLE IF NOT EXISTS {kind.value}({cols}, PRIMARY KEY(id))")
    for rel, (sources, targets, _) in REL_SCHEMA.items():
        pairs = ", ".join(f"FROM {s.value} TO {t.value}" for s in sources for t in targets)
        cols = ", ".join(f"{name} {typ}" for name, typ in edge_properties(rel).items() if name != "type")
        out.append(f"CREATE REL TABLE IF NOT EXISTS {rel.value}({pairs}, {cols})")
    return out


def ladybug_node_merge(kind: Kind) -> str:
    """Takes flat rows (`ladybug_rows`): LadybugDB converts a flat map parameter about twice as
    fast as one with a nested `props` map, and that conversion is most of a load's time."""
    sets = ", ".join(f"n.{p} = row.p_{p}" for p in NODE_KEYS[kind])
    return f"UNWIND $rows AS row MERGE (n:{kind.value} {{id: row.id}}) SET {sets}"


def ladybug_rel_merge(rel: RelType, source: Kind, target: Kind) -> str:
    sets = ", ".join(f"r.{p} = row.p_{p}" for p in EDGE_KEYS[rel])
    return (
        f"UNWIND $rows AS row MATCH (a:{source.value} {{id: row.source}}), (b:{target.value} {{id: row.target}}) "
        f"MERGE (a)-[r:{rel.value} {{id: row.id}}]->(b) SET {sets}"
    )


def ladybug_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`graph_rows` rows with their properties lifted beside the id (as `p_NAME`, so no
    property can clash with id, source or target), for the statements above."""
    return [
        {**{k: v for k, v in r.items() if k != "props"}, **{f"p_{k}": v for k, v in r["props"].items()}} for r in rows
    ]


# -- Neo4j -----------------------------------------------------------------------


def neo4j_constraints() -> list[str]:
    return [
        f"CREATE CONSTRAINT {kind.value.lower()}_id IF NOT EXISTS FOR (n:{kind.value}) REQUIRE n.id IS UNIQUE"
        for kind in Kind
    ]


def neo4j_node_merge(kind: Kind) -> str:
    return f"UNWIND $rows AS row MERGE (n:{kind.value} {{id: row.id}}) SET n += row.props"


def neo4j_rel_merge(rel: RelType, source: Kind, target: Kind) -> str:
    return (
        f"UNWIND $rows AS row MATCH (a:{source.value} {{id: row.source}}) MATCH (b:{target.value} {{id: row.target}}) "
        f"MERGE (a)-[r:{rel.value} {{id: row.id}}]->(b) SET r += row.props"
    )
