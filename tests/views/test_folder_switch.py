"""A writer killed at any step of a save (os._exit at the k-th step, through the
MOU_GRAPH_CRASH_AT hook, for every k) leaves the folder wholly the old one or wholly the new
one, read through the names a user opens; and the next build works and cleans up. Both for a
folder already in generations and for one written before them (plain files)."""

from __future__ import annotations

import gzip
import json
import os
import shutil
from pathlib import Path

import pytest
from _build import TIMEOUT, build, halves

NAMES = [
    "graph.json",
    "graph.graphml",
    "cosign.graphml",
    "graph.html",
    "unresolved.json.gz",
    "resolution.json",
    "meta.json",
]


def batches(articles: Path, folders: dict[int, Path], *, crash: bool) -> list[tuple[int, int]]:
    """`build ARTICLES --into` each folder, six processes at a time; with `crash`, the one for
    k dies at step k. The exit codes."""
    codes, items = [], sorted(folders.items())
    for start in range(0, len(items), 6):
        extra = lambda k: {"MOU_GRAPH_CRASH_AT": str(k)} if crash else {}  # noqa: E731
        procs = [(k, build(str(articles), "--into", str(f), **extra(k))) for k, f in items[start : start + 6]]
        for k, proc in procs:
            _, stderr = proc.communicate(timeout=TIMEOUT)
            assert proc.returncode in (0, 70), (k, stderr)
            codes.append((k, proc.returncode))
    return codes


def state(folder: Path) -> frozenset[str]:
    """The folder's articles, after checking that what a user opens is one generation."""
    graph = json.loads((folder / "graph.json").read_text(encoding="utf-8"))
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    raw = json.loads(gzip.decompress((folder / "unresolved.json.gz").read_bytes()))
    assert meta["nodes"] == len(graph["nodes"]) and meta["edges"] == len(graph["edges"])
    articles = frozenset(n["id"] for n in graph["nodes"] if n["kind"] == "Article")
    assert articles == {n["id"] for n in raw["nodes"] if n["kind"] == "Article"}
    graphml = (folder / "graph.graphml").read_text(encoding="utf-8")
    assert graphml.count("<node ") == len(graph["nodes"])
    return articles


def make_plain(folder: Path) -> None:
    """The folder as a version before generations wrote it: plain files, no .current."""
    for name in NAMES:
        real = (folder / name).resolve()
        (folder / name).unlink()
        shutil.copy2(real, folder / name)
    shutil.rmtree((folder / ".current").resolve())
    (folder / ".current").unlink()


@pytest.mark.parametrize("layout", ["generations", "plain"])
def test_a_kill_at_any_step_leaves_the_old_folder_or_the_new_one(tmp_path: Path, layout: str) -> None:
    a, b, _, _ = halves(tmp_path)
    base = tmp_path / "base"
    assert build(str(a), "--out", str(base)).wait(timeout=TIMEOUT) == 0
    if layout == "plain":
        make_plain(base)
    old = state(base)
    steps = 20 if layout == "plain" else 12
    copies = []
    for k in range(1, steps + 1):
        copy = tmp_path / f"k{k}"
        shutil.copytree(base, copy, symlinks=True)
        copies.append(copy)
    results = {k: code for k, code in batches(b, {k: copy for k, copy in enumerate(copies, start=1)}, crash=True)}
    assert set(results.values()) <= {0, 70}, results
    assert results[1] == 70 and results[steps] == 0  # every step was reached, and the save ends
    new = state(copies[steps - 1])
    assert new > old
    seen = {k: state(copy) for k, copy in enumerate(copies, start=1)}
    assert all(seen[k] in (old, new) for k in seen), (layout, seen)
    assert all(seen[k] == new for k in seen if results[k] == 0)
    killed = {seen[k] for k in seen if results[k] == 70}
    assert killed == {old, new}  # killed before the switch: old; after it: new
    again = batches(b, {k: copy for k, copy in enumerate(copies, start=1)}, crash=False)
    assert all(code == 0 for _, code in again), again
    for copy in copies:  # the next build worked, and left one generation and no leftovers
        assert state(copy) == new
        gens = [p.name for p in copy.iterdir() if p.name.startswith(".gen-")]
        assert gens == [os.readlink(copy / ".current")]
        assert not [p.name for p in copy.iterdir() if p.name.endswith((".tmp", ".staged", ".link"))]
        assert all((copy / n).is_symlink() and os.readlink(copy / n) == f".current/{n}" for n in NAMES)
