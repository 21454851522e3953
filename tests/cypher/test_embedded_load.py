"""The embedded load at scale: flat parameter rows (about twice as fast to convert as nested
ones), every value still a parameter, and loading twice changes nothing."""

from __future__ import annotations

import ladybug

from mou_graph.cypher.embedded import load_into
from mou_graph.cypher.schema import graph_rows, ladybug_node_merge, ladybug_rel_merge, ladybug_rows
from mou_graph.graph.build import build_graph
from mou_graph.model import Kind

HOSTILE = "x'}) DETACH DELETE n // \"$rows` 협약"


def test_rows_are_flat_and_keep_every_value(graph_extractions) -> None:
    rows = graph_rows(build_graph(graph_extractions))
    for items in [*rows.nodes.values(), *rows.rels.values()]:
        for row, flat in zip(items, ladybug_rows(items), strict=True):
            assert flat["id"] == row["id"]
            assert {k.removeprefix("p_"): v for k, v in flat.items() if k.startswith("p_")} == row["props"]
            assert set(flat) - {"id", "source", "target"} == {f"p_{k}" for k in row["props"]}


def test_hostile_values_load_as_values_and_a_second_load_changes_nothing(graph_extractions) -> None:
    g = build_graph(graph_extractions)
    org = next(n for n, d in g.nodes(data=True) if d["kind"] == "Organisation")
    g.nodes[org]["name"] = HOSTILE
    g.nodes[org]["aliases"] = [HOSTILE, ""]
    for statement in [ladybug_node_merge(k) for k in Kind] + [ladybug_rel_merge(*key) for key in graph_rows(g).rels]:
        assert HOSTILE not in statement and "'" not in statement
    conn = ladybug.Connection(ladybug.Database(":memory:"))
    load_into(conn, g, batch=7)  # several batches per table
    counts = [conn.execute(f"MATCH (n:{k.value}) RETURN count(*)").get_next()[0] for k in Kind]
    edges = conn.execute("MATCH ()-[r]->() RETURN count(*)").get_next()[0]
    assert sum(counts) == g.number_of_nodes() and edges == g.number_of_edges()
    name, aliases = conn.execute("MATCH (o:Organisation {id: $id}) RETURN o.name, o.aliases", {"id": org}).get_next()
    assert name == HOSTILE and aliases == [HOSTILE, ""]
    load_into(conn, g)
    assert [conn.execute(f"MATCH (n:{k.value}) RETURN count(*)").get_next()[0] for k in Kind] == counts
    assert conn.execute("MATCH ()-[r]->() RETURN count(*)").get_next()[0] == edges
