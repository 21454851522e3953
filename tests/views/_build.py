"""`mou-graph build` in its own process, for the tests that run several at once or kill one
(test_folder_lock.py, test_folder_switch.py), and the example extraction split in two."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "graphs" / "example" / "extraction.json"
TIMEOUT = 120


def env(**extra: str) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT / "src"), **extra}


def build(*args: str, **extra: str) -> subprocess.Popen[str]:
    """`mou-graph build ARGS -q` started, with `extra` in its environment; its stderr is a pipe."""
    return subprocess.Popen(
        [sys.executable, "-m", "mou_graph", "build", *args, "-q"],
        env=env(**extra),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def halves(tmp: Path) -> tuple[Path, Path, set[str], set[str]]:
    """The example extraction split in two files with different articles."""
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    docs = data["documents"]
    cut = len(docs) // 2
    paths, ids = [], []
    for name, part in (("a", docs[:cut]), ("b", docs[cut:])):
        path = tmp / f"{name}.json"
        path.write_text(json.dumps({**data, "documents": part, "errors": []}, ensure_ascii=False), encoding="utf-8")
        paths.append(path)
        ids.append({d["id"] for d in part})
    return paths[0], paths[1], ids[0], ids[1]
