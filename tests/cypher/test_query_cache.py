"""The query cache (.ladybug) under concurrency and on a folder that cannot be written."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from mou_graph.cypher import embedded
from mou_graph.cypher.embedded import EmbeddedGraph
from mou_graph.graph.build import build_graph
from mou_graph.views.folder import save_graph

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 180
COUNT = "MATCH (o:Organisation) RETURN count(*)"


@pytest.fixture
def folder(tmp_path: Path, graph_extractions) -> Path:
    path = tmp_path / "g"
    save_graph(build_graph(graph_extractions), path, html=False)
    return path


def test_two_first_queries_at_once_both_succeed(folder: Path, tmp_path: Path) -> None:
    """Each process used to remove the other's building-* folder: one failed every time."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    for _ in range(2):  # a fresh cache each round
        shutil.rmtree(folder / ".ladybug", ignore_errors=True)
        procs = [
            subprocess.Popen(
                [sys.executable, "-m", "mou_graph", "query", COUNT, "--graph", str(folder), "--format", "json"],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(3)
        ]
        outputs = [p.communicate(timeout=TIMEOUT) for p in procs]
        assert [p.returncode for p in procs] == [0, 0, 0], [err for _, err in outputs]
        assert len({out for out, _ in outputs}) == 1
        assert [p.name for p in (folder / ".ladybug").iterdir() if p.name.startswith("building-")] == []


def test_a_folder_that_cannot_be_written_is_queried_through_a_cache_outside_it(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The tests run as root, which ignores permissions, so the folder is made unwritable to
    the check the cache makes (os.access, monkeypatched) rather than with chmod; the real
    chmod case is the next test, for other users."""
    real_access = os.access
    monkeypatch.setattr(
        embedded.os,
        "access",
        lambda p, mode: False if Path(p) in (folder, folder / ".ladybug") else real_access(p, mode),
    )
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    columns, rows = EmbeddedGraph(folder).query(COUNT)
    assert rows[0][0] > 0
    assert not (folder / ".ladybug").exists()
    (outside,) = (tmp_path / "cache" / "mou-graph").iterdir()
    assert any((d / "ready").exists() for d in outside.iterdir())
