"""The Neo4j loader through the official driver against a real Bolt server (FalkorDB, the one
Bolt server in the registries CI reaches), started in a private network namespace with only
loopback. Neo4j itself cannot be installed here; FalkorDB stands in for it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import extraction

from mou_graph.cypher.neo4j import Settings, statements
from mou_graph.graph.build import build_graph
from mou_graph.views.folder import save_graph

HERE = Path(__file__).resolve().parents[1]  # tests/: bolt_server.py


def small_graph(tmp_path: Path) -> Path:
    x = extraction("s1", "포항시는 2일 포스텍, 경북도와 협약을 체결했다.")
    folder = tmp_path / "small"
    save_graph(build_graph([x]), folder, html=False)
    return folder


def test_loading_twice_gives_the_same_counts(tmp_path: Path) -> None:
    if not (shutil.which("unshare") and shutil.which("ip")):
        if os.environ.get("CI"):
            pytest.fail("unshare and ip are needed (util-linux, iproute2)")
        pytest.skip("unshare or ip missing")
    folder = small_graph(tmp_path)
    script = f"ip link set lo up && {sys.executable} {HERE / 'bolt_server.py'} {folder}"
    result = subprocess.run(
        ["unshare", "-n", "sh", "-c", script],
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "PYTHONPATH": str(HERE.parent / "src")},
    )
    assert result.returncode == 0, result.stderr[-3000:]
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert out["first"] == out["second"]
    assert out["first"]["organisations"] == 3
    assert sorted(out["signatories"]) == sorted(["포항시", "포항공과대학교", "경상북도"])


def test_statements_are_parameterised_and_batched(tmp_path: Path) -> None:
    hostile = "'}) DETACH DELETE n //"
    x = extraction("h1", f"포항시는 2일 {hostile}와 협약을 체결했다.")
    graph = build_graph([x])
    sent = list(statements(graph, batch_size=1, constraints=True))
    assert sent[0][0].startswith("CREATE CONSTRAINT") and not sent[0][1]
    for cypher, _ in sent:
        assert "DETACH" not in cypher and "포항시" not in cypher  # values only as parameters
    batches = [p["rows"] for _, p in sent if p]
    assert all(len(rows) == 1 for rows in batches)
    assert any(hostile in json.dumps(p, ensure_ascii=False) for _, p in sent)  # the text travels as data


def test_credentials_are_never_shown() -> None:
    s = Settings("bolt://localhost:7687", "neo4j", "s3cret")
    assert "s3cret" not in repr(s) and "s3cret" not in str(s)
