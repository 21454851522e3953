"""Two writers on one graph folder, as real processes: the second waits for the first's lock
(and both runs' articles are in) or stops with one line naming the lock; the folder is never
a mix of the two. Also: what a killed writer left is cleaned by the next one."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from _build import TIMEOUT, build, env, halves


def consistent(folder: Path) -> None:
    """graph.json, meta.json and unresolved.json.gz from one run."""
    graph = json.loads((folder / "graph.json").read_text(encoding="utf-8"))
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    assert meta["nodes"] == len(graph["nodes"]) and meta["edges"] == len(graph["edges"])
    raw_articles = {
        n["id"]
        for n in json.loads(gzip.decompress((folder / "unresolved.json.gz").read_bytes()))["nodes"]
        if n["kind"] == "Article"
    }
    assert raw_articles == {n["id"] for n in graph["nodes"] if n["kind"] == "Article"}


def test_two_builds_into_one_folder_at_once(tmp_path: Path) -> None:
    a, b, _, _ = halves(tmp_path)
    folder = tmp_path / "g"
    first = build(str(a), "--out", str(folder))
    assert first.wait(timeout=TIMEOUT) == 0, first.stderr.read() if first.stderr else ""
    before = {n["id"] for n in json.loads((folder / "graph.json").read_text())["nodes"] if n["kind"] == "Article"}
    runs = [build(str(b), "--into", str(folder)), build(str(b), "--into", str(folder), MOU_GRAPH_LOCK_WAIT="0")]
    outcomes = []
    for run in runs:
        _, stderr = run.communicate(timeout=TIMEOUT)
        outcomes.append((run.returncode, stderr))
    for code, stderr in outcomes:
        assert code in (0, 2), stderr
        if code == 2:
            assert "is being written by another mou-graph (lock" in stderr and "try again when it finishes" in stderr
            assert len(stderr.strip().splitlines()) == 1, stderr
    assert any(code == 0 for code, _ in outcomes)
    consistent(folder)
    after = {n["id"] for n in json.loads((folder / "graph.json").read_text())["nodes"] if n["kind"] == "Article"}
    assert before < after  # b's articles were added, a's kept
    assert not [p.name for p in folder.iterdir() if p.name.endswith((".tmp", ".staged", ".link"))]


def test_a_held_lock_stops_a_second_writer_with_one_line(tmp_path: Path) -> None:
    a, b, _, _ = halves(tmp_path)
    folder = tmp_path / "g"
    assert build(str(a), "--out", str(folder)).wait(timeout=TIMEOUT) == 0
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\nfrom mou_graph.files import folder_lock\n"
            "with folder_lock(sys.argv[1]):\n    print('held', flush=True)\n    time.sleep(60)\n",
            str(folder),
        ],
        env=env(),
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        graph_before = (folder / "graph.json").read_bytes()
        second = build(str(b), "--into", str(folder), MOU_GRAPH_LOCK_WAIT="0.5")
        _, stderr = second.communicate(timeout=TIMEOUT)
        assert second.returncode == 2
        assert stderr.strip() == (
            f"error {folder} is being written by another mou-graph (lock {folder / '.lock'}); try again when it finishes"
        )
        assert (folder / "graph.json").read_bytes() == graph_before
    finally:
        holder.kill()
        holder.wait(timeout=TIMEOUT)
    assert build(str(b), "--into", str(folder)).wait(timeout=TIMEOUT) == 0  # the lock dies with its holder
    consistent(folder)


def test_the_next_writer_removes_what_a_killed_one_left(tmp_path: Path) -> None:
    a, _, _, _ = halves(tmp_path)
    folder = tmp_path / "g"
    assert build(str(a), "--out", str(folder)).wait(timeout=TIMEOUT) == 0
    stale = [
        folder / ".graph.json.staged",
        folder / "..graph.json.staged.1a2b3c4d.tmp",
        folder / ".unresolved.json.gz.1a2b3c4d.tmp",
        folder / "..current.1a2b3c4d.link",
        folder / ".graph.json.1a2b3c4d.link",
    ]
    for path in stale:
        path.write_bytes(b"x" * 1000)
    (folder / ".gen-deadbeef0000").mkdir()
    (folder / ".gen-deadbeef0000" / "graph.json").write_text("{}")
    keep = folder / ".extraction.json.1a2b3c4d.tmp"  # another command's (extract --output), not ours
    keep.write_text("x")
    shutil.copy(a, folder / "notes.json")
    assert build(str(a), "--into", str(folder)).wait(timeout=TIMEOUT) == 0
    assert not any(p.exists() for p in stale)
    assert [p.name for p in folder.iterdir() if p.name.startswith(".gen-")] == [os.readlink(folder / ".current")]
    assert keep.exists() and (folder / "notes.json").exists()
    consistent(folder)
