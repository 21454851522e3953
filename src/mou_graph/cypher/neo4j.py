"""Load a graph into Neo4j with the official driver, and run queries there.

Unique constraints on every label's id, then batched `UNWIND $rows … MERGE` per label and
relationship type, one write transaction per batch: a load can be repeated or resumed and
never duplicates anything. Labels and types come from the model; every value is a parameter.
Credentials come from NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE (or a prompt)
and are never printed.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

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


BOLT_SCHEMES = ("neo4j", "neo4j+s", "neo4j+ssc", "bolt", "bolt+s", "bolt+ssc")
SET_URI = "set NEO4J_URI to neo4j://HOST:7687 (or bolt://, neo4j+s:// with TLS)"


_USERINFO = re.compile(r"(?<=//)[^/?#]*@")


def shown_uri(uri: str) -> str:
    """The URI without any user or password written into it, to name in messages."""
    return _USERINFO.sub("", uri)


def check_uri(uri: str) -> str:
    """`uri` if the driver can connect with it over Bolt, else a `Neo4jError` saying what to set
    (an HTTP address, the browser's port 7474, is the commonest slip)."""
    try:
        parts = urlsplit(uri.strip())
        scheme, host, netloc = parts.scheme.lower(), parts.hostname, parts.netloc
    except ValueError:  # "neo4j://[::1" and the like
        scheme, host, netloc = "", None, ""
    if scheme in ("http", "https"):
        raise Neo4jError(f"NEO4J_URI {shown_uri(uri)} is an HTTP address; mou-graph speaks Bolt: {SET_URI}")
    if scheme not in BOLT_SCHEMES or not host:
        raise Neo4jError(f"NEO4J_URI {shown_uri(uri)!r} is not a Neo4j URI: {SET_URI}")
    if "@" in netloc:  # the driver refuses it, and would echo the password
        raise Neo4jError(
            f"NEO4J_URI {shown_uri(uri)} has a user or password in it: set NEO4J_USERNAME and NEO4J_PASSWORD instead"
        )
    return uri.strip()


def settings_from_env(ask_password: Callable[[], str] | None = None) -> Settings:
    """The settings from NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE, checked
    before anything connects; the password from `ask_password` when NEO4J_PASSWORD is unset
    (None: nobody to ask, as with no terminal)."""
    uri = check_uri(os.environ.get("NEO4J_URI") or "neo4j://localhost:7687")
    user = os.environ.get("NEO4J_USERNAME") or "neo4j"
    password = os.environ.get("NEO4J_PASSWORD")
    if password is None:
        if ask_password is None:
            raise Neo4jError("NEO4J_PASSWORD is not set and there is no terminal to ask for it: set NEO4J_PASSWORD")
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
    """A driver that has reached the server, or a `Neo4jError` of one line."""
    from neo4j import GraphDatabase
    from neo4j.exceptions import AuthError, ConfigurationError, DriverError, ServiceUnavailable
    from neo4j.exceptions import Neo4jError as ServerError

    where = shown_uri(settings.uri)
    try:
        driver = GraphDatabase.driver(settings.uri, auth=(settings.user, settings.password))
    except (ConfigurationError, ValueError) as exc:  # its text may repeat the URI: not shown
        raise Neo4jError(f"NEO4J_URI {where!r} is not a URI the driver takes: {SET_URI}") from exc
    try:
        driver.verify_connectivity()
    except AuthError as exc:
        driver.close()
        raise Neo4jError(
            f"Neo4j at {where} refused the credentials of user {settings.user!r}: set NEO4J_USERNAME and NEO4J_PASSWORD"
        ) from exc
    except (ServiceUnavailable, OSError, ValueError) as exc:
        driver.close()
        raise Neo4jError(
            f"cannot reach Neo4j at {where}: {type(exc).__name__} (is it running there? NEO4J_URI names it)"
        ) from exc
    except (ServerError, DriverError) as exc:
        driver.close()
        raise Neo4jError(f"Neo4j at {where}: {_one_line(exc)}") from exc
    return driver


def _driver_errors() -> tuple[type[BaseException], ...]:
    from neo4j.exceptions import DriverError
    from neo4j.exceptions import Neo4jError as ServerError

    return (ServerError, DriverError, OSError)


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text.splitlines()[0]}" if text else type(exc).__name__


def load(
    driver: Any,
    graph: nx.MultiDiGraph,
    *,
    database: str | None = None,
    batch_size: int = 500,
    constraints: bool = True,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Send every batch in its own write transaction; returns the number of statements run.
    A refusal or a lost connection is a `Neo4jError` saying how far it got (loading again
    resumes: every statement is a MERGE)."""
    sent = 0
    try:
        with driver.session(database=database) as session:
            for statement, params in statements(graph, batch_size, constraints):
                if params:
                    session.execute_write(lambda tx, s=statement, p=params: tx.run(s, p).consume())
                else:
                    session.run(statement).consume()
                sent += 1
                if progress:
                    progress(sent)
    except _driver_errors() as exc:
        raise Neo4jError(
            f"the load stopped after {sent} statements ({_one_line(exc)}); loading again resumes it"
        ) from exc
    return sent


def run_query(driver: Any, cypher: str, params: dict[str, Any], database: str | None = None):
    """The columns and rows of `cypher` run on Neo4j, or a `Neo4jError` with Neo4j's reason."""
    try:
        with driver.session(database=database) as session:
            result = session.run(cypher, params)
            columns = list(result.keys())
            rows = [list(record.values()) for record in result]
    except _driver_errors() as exc:
        raise Neo4jError(f"the query failed on Neo4j: {_one_line(exc)}") from exc
    return columns, rows
