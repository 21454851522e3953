"""The embedded Cypher engine (LadybugDB, the maintained continuation of Kùzu): no server.

The database is built from graph.json into `<graph folder>/.ladybug/<hash of graph.json>/`
the first time a query needs it, and reused until graph.json changes (a rebuilt graph gets a
new hash; older copies are removed). Building happens under a lock (two first queries at
once: one builds, the other waits and reuses it) in a temporary folder that is renamed into
place, so an interrupted build never leaves a half-loaded database. A folder that cannot be
written (read-only media, another user's) keeps its cache in
`$XDG_CACHE_HOME/mou-graph/<hash of the folder's path>/` instead.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import ladybug
import pyarrow as pa

from ..files import folder_lock
from ..graph.folder import GRAPH_FILE, load_graph
from ..model import NODE_PROPERTIES, Kind, edge_properties
from .schema import Rows, graph_rows, ladybug_ddl, ladybug_node_merge, ladybug_rel_merge, ladybug_rows

BATCH = 2000
CACHE = ".ladybug"
BUILD_WAIT = 600.0  # seconds a query waits for another process building the same cache


def cache_root(folder: Path) -> Path:
    """`<folder>/.ladybug` when the folder can be written, else a per-folder cache directory
    under $XDG_CACHE_HOME (or ~/.cache), so a read-only graph can still be queried."""
    inside = Path(folder) / CACHE
    if os.access(inside if inside.is_dir() else folder, os.W_OK | os.X_OK):
        return inside
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    key = hashlib.sha1(str(Path(folder).resolve()).encode()).hexdigest()[:16]
    return base / "mou-graph" / key


def _digest(folder: Path) -> str:
    h = hashlib.sha1()
    with (folder / GRAPH_FILE).open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()[:16]


ARROW_TYPES = {"STRING": pa.string(), "INT64": pa.int64(), "STRING[]": pa.list_(pa.string())}


def _is_empty(conn: ladybug.Connection) -> bool:
    return all(conn.execute(f"MATCH (n:{kind.value}) RETURN count(*)").get_next()[0] == 0 for kind in Kind)


def _column(items: list[dict[str, Any]], name: str, typ: str) -> pa.Array:
    return pa.array([r["id"] if name == "id" else r["props"].get(name) for r in items], ARROW_TYPES[typ])


def _bulk_copy(conn: ladybug.Connection, rows: Rows) -> None:
    """Every table at once with COPY from Arrow tables: values travel as data, never as query
    text, and a node with thousands of relationships costs no more per relationship (inserting
    them one batch at a time grows with the node's degree: ×11 for ×4 on one hub)."""
    for kind, items in rows.nodes.items():
        # columns in the order of the table's, id first
        table = pa.table({name: _column(items, name, typ) for name, typ in NODE_PROPERTIES[kind].items()})
        conn.execute(f"COPY {kind.value} FROM $rows", {"rows": table})
    for (rel, source, target), items in rows.rels.items():
        columns = {
            "from": pa.array([r["source"] for r in items], pa.string()),
            "to": pa.array([r["target"] for r in items], pa.string()),
        }
        for name, typ in edge_properties(rel).items():
            if name != "type":
                columns[name] = _column(items, name, typ)
        conn.execute(
            f"COPY {rel.value} FROM $rows (from='{source.value}', to='{target.value}')", {"rows": pa.table(columns)}
        )


def load_into(conn: ladybug.Connection, graph: Any, batch: int = BATCH) -> None:
    """Create the model's tables and load the graph, every value data or a parameter: into an
    empty database in bulk (COPY), into one that has rows by MERGE, so loading again changes
    nothing."""
    for statement in ladybug_ddl():
        conn.execute(statement)
    rows = graph_rows(graph)
    if _is_empty(conn):
        _bulk_copy(conn, rows)
        return
    for kind, items in rows.nodes.items():
        for i in range(0, len(items), batch):
            conn.execute(ladybug_node_merge(kind), {"rows": ladybug_rows(items[i : i + batch])})
    for (rel, source, target), items in rows.rels.items():
        for i in range(0, len(items), batch):
            conn.execute(ladybug_rel_merge(rel, source, target), {"rows": ladybug_rows(items[i : i + batch])})


class EmbeddedGraph:
    """A graph folder, queryable with Cypher."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self._db: ladybug.Database | None = None
        self._conn: ladybug.Connection | None = None

    def path(self) -> Path:
        return cache_root(self.folder) / _digest(self.folder)

    def connection(self) -> ladybug.Connection:
        if self._conn is not None:
            return self._conn
        if not (self.folder / GRAPH_FILE).is_file():
            load_graph(self.folder)  # no graph.json to hash: GraphFolderError says so, with the fix
        target = self.path()
        if not (target / "ready").exists():
            graph = load_graph(self.folder)  # raises GraphFolderError with the reason
            with folder_lock(target.parent, wait=BUILD_WAIT):  # one builder; the others wait
                if not (target / "ready").exists():  # built by the process we waited for?
                    self._build(graph, target)
        self._db = ladybug.Database(str(target / "db"), read_only=True)
        self._conn = ladybug.Connection(self._db)
        return self._conn

    @staticmethod
    def _build(graph: Any, target: Path) -> None:
        """Build the database beside `target` and rename it into place (under the cache's lock,
        so what is removed here, older copies and interrupted builds, is nobody's work)."""
        for old in target.parent.iterdir():
            if old != target and old.is_dir():
                shutil.rmtree(old, ignore_errors=True)
        building = Path(tempfile.mkdtemp(prefix="building-", dir=target.parent))
        db = ladybug.Database(str(building / "db"))
        load_into(ladybug.Connection(db), graph)
        db.close()
        (building / "ready").write_text("ok\n")
        shutil.rmtree(target, ignore_errors=True)
        building.rename(target)

    def query(self, cypher: str, params: dict[str, Any] | None = None) -> tuple[list[str], list[list[Any]]]:
        result = self.connection().execute(cypher, params or {})
        columns = result.get_column_names()
        rows = []
        while result.has_next():
            rows.append(result.get_next())
        return columns, rows
