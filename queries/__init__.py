"""The named Cypher queries shipped with mou-graph (data only: `mou_graph.cypher.queries` reads them)."""
