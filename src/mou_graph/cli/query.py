"""CLI commands for Cypher: query, load (a thin layer over embedded.py, neo4j_load.py, queries.py)."""

from __future__ import annotations

import csv
import json
import sys
from enum import Enum
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.table import Table

from ..views.terminal import safe_text, spreadsheet_cell
from .common import err, fail


class QueryFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


def _params(pairs: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            fail(f"--param takes NAME=VALUE, got {pair!r}")
        out[key] = value
    return out


def _neo4j() -> tuple[Any, Any]:
    """Settings and a connected driver, or a one-line error that says what to set (the
    password is never shown). The password is asked for only on a terminal."""
    from ..cypher.neo4j import Neo4jError, connect, settings_from_env

    def ask() -> str:
        try:
            return typer.prompt("Neo4j password", hide_input=True)
        except typer.Abort:  # Ctrl-C or end of input at the prompt: no bare "Aborted."
            raise Neo4jError("no Neo4j password given: set NEO4J_PASSWORD, or type it when asked") from None

    try:
        settings = settings_from_env(ask if sys.stdin.isatty() else None)
        return settings, connect(settings)
    except Neo4jError as exc:
        fail(str(exc), 1)


def _print(columns: list[str], rows: list[list[Any]], format: QueryFormat) -> None:
    def text(v: Any) -> str:
        return v if isinstance(v, str) else json.dumps(v, ensure_ascii=False, default=str)

    if format is QueryFormat.json:
        sys.stdout.write(
            json.dumps([dict(zip(columns, r, strict=True)) for r in rows], ensure_ascii=False, indent=1, default=str)
            + "\n"
        )
    elif format is QueryFormat.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows([[spreadsheet_cell("" if v is None else text(v)) for v in r] for r in rows])
    else:
        table = Table(*columns)
        for r in rows:
            table.add_row(*[safe_text("" if v is None else text(v)) for v in r])
        Console().print(table)
        err.print(f"{len(rows)} rows", highlight=False)


def query(
    ctx: typer.Context,
    spec: str = typer.Argument(..., help="A named query (queries/NAME.cypher), a .cypher file, or Cypher text."),
    graph: Path | None = typer.Option(None, "--graph", "-g", help="A graph folder, for the embedded engine."),
    param: list[str] = typer.Option([], "--param", "-p", help="A query parameter, NAME=VALUE (repeatable)."),
    format: QueryFormat = typer.Option(QueryFormat.table, "--format", "-f", help="table, csv or json."),
    neo4j: bool = typer.Option(False, "--neo4j", help="Run on Neo4j (NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD)."),
    queries: Path | None = typer.Option(None, "--queries", help="A folder of named queries."),
    allow_file_access: bool = typer.Option(
        False, "--allow-file-access", help="Allow COPY, LOAD FROM and the other clauses that read or write files."
    ),
) -> None:
    """Ask the graph a question in Cypher: on the embedded engine (default) or on Neo4j.

    Named queries: signatories, positions, partners, programmes, brokers, agreements_between,
    provenance, shortest_path, joins (see queries/README.md).
    """
    from ..cypher.guard import file_clause
    from ..cypher.queries import find_query

    if ctx.args:  # `--neo4j http://…` leaves the URI over: say where a URI goes
        hint = "; --neo4j takes no value: set NEO4J_URI to the server's address" if neo4j else ""
        fail(f"one query at a time (quote Cypher text): unexpected {' '.join(ctx.args)!r} after {spec!r}{hint}")

    try:
        q = find_query(spec, neo4j=neo4j, queries=queries)
    except LookupError as exc:
        fail(str(exc))
    clause = file_clause(q.text)
    if clause is not None and not allow_file_access:
        fail(f"{clause} reads or writes files; `query` only asks questions (--allow-file-access to run it anyway)")
    params = _params(param)
    missing = [p for p in q.parameters if p not in params]
    if missing:
        fail(f"query {q.name!r} needs --param for: {', '.join(missing)}")
    if neo4j:
        from ..cypher.neo4j import Neo4jError, run_query

        settings, driver = _neo4j()
        with driver:
            try:
                columns, rows = run_query(driver, q.text, params, settings.database)
            except Neo4jError as exc:
                fail(str(exc), 1)
    else:
        from ..cypher.embedded import EmbeddedGraph
        from ..graph.folder import GraphFolderError

        if graph is None:
            fail("give --graph FOLDER (or --neo4j)")
        try:
            columns, rows = EmbeddedGraph(graph).query(q.text, params)
        except GraphFolderError as exc:
            fail(str(exc))
        except RuntimeError as exc:
            fail(f"the query failed: {exc}", 1)
    _print(columns, rows, format)


def load(
    folder: Path = typer.Argument(..., help="A graph folder written by `mou-graph build`."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Print the Cypher and parameter batches; send nothing."),
    batch_size: int = typer.Option(500, "--batch-size", min=1, help="Rows per transaction."),
    constraints: bool = typer.Option(True, "--constraints/--no-constraints", help="Create unique id constraints."),
) -> None:
    """Load a graph into Neo4j (NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE).

    Batched MERGE on stable ids: loading again, or after an interruption, adds no duplicates.
    """
    from ..cypher.neo4j import Neo4jError, shown_uri, statements
    from ..cypher.neo4j import load as load_graph_into
    from ..graph.folder import GraphFolderError, load_graph

    try:
        graph = load_graph(folder)
    except GraphFolderError as exc:
        fail(str(exc))
    if dry_run:
        for statement, params in statements(graph, batch_size, constraints):
            sys.stdout.write(statement + ";\n")
            if params:
                sys.stdout.write("// params: " + json.dumps(params, ensure_ascii=False) + "\n")
        return
    settings, driver = _neo4j()
    with driver:
        try:
            sent = load_graph_into(
                driver, graph, database=settings.database, batch_size=batch_size, constraints=constraints
            )
        except Neo4jError as exc:
            fail(str(exc), 1)
    err.print(
        f"loaded {graph.number_of_nodes()} nodes and {graph.number_of_edges()} relationships "
        f"in {sent} statements into {shown_uri(settings.uri)}",
        highlight=False,
    )


def register(app: typer.Typer) -> None:
    """Add this module's commands to the main app."""
    app.command(context_settings={"allow_extra_args": True})(query)  # extra words: a one-line error, above
    app.command()(load)
