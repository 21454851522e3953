"""Load a graph into Neo4j with the official driver, and run queries there.

Unique constraints on every label's id, then batched `UNWIND $rows … MERGE` per label and
relationship type, one write transaction per batch: a load can be repeated or resumed and
never duplicates anything. Labels and types come from the model; every value is a parameter.
Credentials come from NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE (or a prompt)
and are never printed.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import networkx as nx

from .schema import graph_rows, neo4j_constraints, neo4j_node_merge, neo4j_rel_merge


class Neo4jError(Exception):
    """One line that says what went wrong (unreachable server, refused credentials, …)."""


@dataclass
class Settings:
    uri: str
    user: str
    password: str
    database: str | None = None

    def __repr__(self) -> str:  # never shows the password
        return f"Settings(uri={self.uri!r}, user={self.user!r}, database={self.database!r})"


def settings_from_env(ask_password: Callable[[], str] | None = None) -> Settings:
    uri = os.environ.get("NEO4J_URI", "neo4j://localhost:7687")
    user = os.environ.get("NEO4J_USERNAME", "neo4j")
    password = os.environ.get("NEO4J_PASSWORD")
    if password is None:
        if ask_password is None:
            raise Neo4jError("NEO4J_PASSWORD is not set")
        password = ask_password()
    return Settings(uri, user, password, os.environ.get("NEO4J_DATABASE") or None)


def statements(
    graph: nx.MultiDiGraph, batch_size: int = 500, constraints: bool = True
) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every statement a load sends, with its parameters, in order."""
    if constraints:
        for c in neo4j_constraints():
            yield c, {}
    rows = graph_rows(graph)
    for kind, items in rows.nodes.items():
        for i in range(0, len(items), batch_size):
            yield neo4j_node_merge(kind), {"rows": items[i : i + batch_size]}
    for (rel, source, target), items in rows.rels.items():
        for i in range(0, len(items), batch_size):
            yield neo4j_rel_merge(rel, source, target), {"rows": items[i : i + batch_size]}


def connect(settings: Settings) -> Any:
    from neo4j import GraphDatabase
    from neo4j.exceptions import AuthError, ServiceUnavailable

    driver = GraphDatabase.driver(settings.uri, auth=(settings.user, settings.password))
    try:
        driver.verify_connectivity()
    except AuthError as exc:
        driver.close()
        raise Neo4jError(f"Neo4j at {settings.uri} refused the credentials of user {settings.user!r}") from exc
    except (ServiceUnavailable, OSError, ValueError) as exc:
        driver.close()
        raise Neo4jError(f"cannot reach Neo4j at {settings.uri}: {type(exc).__name__}") from exc
    return driver


def load(
    driver: Any,
    graph: nx.MultiDiGraph,
    *,
    database: str | None = None,
    batch_size: int = 500,
    constraints: bool = True,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Send every batch in its own write transaction; returns the number of statements run."""
    sent = 0
    with driver.session(database=database) as session:
        for statement, params in statements(graph, batch_size, constraints):
            if params:
                session.execute_write(lambda tx, s=statement, p=params: tx.run(s, p).consume())
            else:
                session.run(statement).consume()
            sent += 1
            if progress:
                progress(sent)
    return sent


def run_query(driver: Any, cypher: str, params: dict[str, Any], database: str | None = None):
    with driver.session(database=database) as session:
        result = session.run(cypher, params)
        columns = list(result.keys())
        rows = [list(record.values()) for record in result]
    return columns, rows
