"""A graph folder as build and review use it: the unresolved graph and the decisions file in,
every view of the resolved graph out. Both commands go through `write_folder`, so a rebuilt
graph always carries the decisions a person made."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from ..files import (
    OutputError,
    atomic_write_text,
    atomic_writer,
    clean_stale,
    current_dir,
    folder_lock,
    new_generation,
    switch_generation,
)
from ..graph.build import co_signature
from ..graph.decisions import DECISIONS_FILE, read_decisions, write_decisions
from ..graph.folder import (
    GRAPH_FILE,
    META_FILE,
    RESOLUTION_FILE,
    UNRESOLVED_FILE,
    VIEW_OPTIONS,
    load_raw,
    view_options,
    write_graph_json,
)
from ..graph.resolve import resolve, resolve_graph
from ..model import GRAPH_FORMAT_VERSION, Candidate, Decision, Merge, Resolution, Verdict

VIEW_FILES = [GRAPH_FILE, "graph.graphml", "cosign.graphml", "graph.html", UNRESOLVED_FILE, RESOLUTION_FILE, META_FILE]


def _crash_step() -> Callable[[], None]:
    """A test hook: with MOU_GRAPH_CRASH_AT=k the process dies (os._exit) at the k-th step of a
    save, to prove an interruption anywhere leaves the folder whole (tests/views/test_folder_atomic.py)."""
    at = int(os.environ.get("MOU_GRAPH_CRASH_AT", "0") or 0)
    count = 0

    def step() -> None:
        nonlocal count
        count += 1
        if count == at:
            os._exit(70)

    return step


def save_graph(
    graph: nx.MultiDiGraph,
    folder: Path,
    *,
    raw: nx.MultiDiGraph | None = None,
    resolution: Resolution | None = None,
    html: bool = True,
    **html_options: Any,
) -> list[Path]:
    """Write every view of the graph into `folder`; with `raw`, the unresolved graph a later
    build or review starts from, and with `resolution` its record.

    Under the folder's lock, every file is written into a new generation directory, and one
    rename of the `.current` symlink switches to it: a failure or an interruption anywhere
    leaves the folder wholly as it was or wholly new. A file not written this time (graph.html
    without `html`) is carried over from the previous generation."""
    from .graphml import write_graphml
    from .html import render_html

    folder = Path(folder)
    names = [GRAPH_FILE, "graph.graphml", "cosign.graphml"]
    names += ["graph.html"] if html else []
    names += [UNRESOLVED_FILE] if raw is not None else []
    names += [RESOLUTION_FILE] if resolution is not None else []
    names.append(META_FILE)
    step = _crash_step()
    with folder_lock(folder):
        for name in VIEW_FILES:
            if (folder / name).is_dir() and not (folder / name).is_symlink():
                raise OutputError(f"cannot write to {folder / name}: it is a folder")
        clean_stale(folder, [*VIEW_FILES, DECISIONS_FILE])
        previous = current_dir(folder)
        gen = new_generation(folder)
        try:
            write_graph_json(graph, gen / GRAPH_FILE)
            step()
            write_graphml(graph, gen / "graph.graphml")
            step()
            write_graphml(co_signature(graph), gen / "cosign.graphml")
            step()
            if html:
                with atomic_writer(gen / "graph.html") as fh:
                    fh.write(render_html(graph, **{"title": folder.resolve().name, **html_options}))
                step()
            if raw is not None:
                write_graph_json(raw, gen / UNRESOLVED_FILE, gzipped=True)
                step()
            if resolution is not None:
                record = {
                    "format": "mou-graph/resolution",
                    "merges": [m.to_json() for m in resolution.merges],
                    "candidates": [c.to_json() for c in resolution.candidates],
                }
                atomic_write_text(gen / RESOLUTION_FILE, json.dumps(record, ensure_ascii=False, indent=1) + "\n")
                step()
            meta = {
                "format": "mou-graph",
                "version": GRAPH_FORMAT_VERSION,
                "nodes": graph.number_of_nodes(),
                "edges": graph.number_of_edges(),
                "view": {k: v for k, v in html_options.items() if k in VIEW_OPTIONS},
            }
            atomic_write_text(gen / META_FILE, json.dumps(meta, indent=1) + "\n")
            step()
            for name in VIEW_FILES:
                if name not in names and (previous / name).is_file():
                    shutil.copy2(previous / name, gen / name)
            switch_generation(folder, gen, VIEW_FILES, step)
        except BaseException:
            if current_dir(folder) != gen:
                shutil.rmtree(gen, ignore_errors=True)
            raise
        clean_stale(folder, [*VIEW_FILES, DECISIONS_FILE])
        step()
    return [folder / name for name in names]


@dataclass
class Built:
    graph: nx.MultiDiGraph
    resolution: Resolution
    written: list[Path]


def decisions_path(folder: Path, given: Path | None = None) -> Path:
    return Path(given) if given is not None else Path(folder) / DECISIONS_FILE


def write_folder(folder: Path, raw: nx.MultiDiGraph, *, decisions: Path | None = None, **html_options: Any) -> Built:
    """Resolve `raw` with the folder's decisions and write every file of the folder."""
    graph, resolution = resolve_graph(raw, read_decisions(decisions_path(folder, decisions)))
    written = save_graph(graph, folder, raw=raw, resolution=resolution, **html_options)
    return Built(graph, resolution, written)


class UnknownPair(KeyError):
    """A pair id that names no open candidate and no join."""


@dataclass
class Review:
    """What `mou-graph review` works on: the unresolved graph, the decisions so far and the
    resolution they give."""

    folder: Path
    raw: nx.MultiDiGraph
    decisions: list[Decision]
    resolution: Resolution
    decisions_file: Path
    taken: list[Decision] = field(default_factory=list)  # this session's, laid over the file at save

    @classmethod
    def open(cls, folder: Path, decisions: Path | None = None) -> Review:
        raw = load_raw(folder)
        path = decisions_path(folder, decisions)
        made = read_decisions(path)
        return cls(Path(folder), raw, made, resolve(raw, made), path)

    def find(self, pair: str) -> Candidate | Merge:
        for item in [*self.resolution.candidates, *self.resolution.merges]:
            if item.pair == pair:
                return item
        raise UnknownPair(pair)

    def name(self, form: str) -> str:
        data = self.raw.nodes[form] if form in self.raw else {}
        return str(data.get("name") or form)

    def decide(self, item: Candidate | Merge, verdict: Verdict) -> Decision:
        """Record a verdict on a pair (in memory: `save` writes the file and rebuilds)."""
        sign = "=" if verdict is Verdict.ACCEPT else "≠"
        decision = Decision(verdict, item.a, item.b, f"{self.name(item.a)} {sign} {self.name(item.b)}")
        self.decisions = [d for d in self.decisions if {d.a, d.b} != {item.a, item.b}] + [decision]
        self.taken = [d for d in self.taken if {d.a, d.b} != {item.a, item.b}] + [decision]
        return decision

    def save(self) -> Built:
        """Write the decisions file, then the folder resolved with it (graph.html drawn as before).

        Under the folder's lock, the unresolved graph and the decisions file are read again and
        this session's decisions laid over them, so a build or review that saved meanwhile is kept."""
        with folder_lock(self.folder):
            self.raw = load_raw(self.folder)
            pairs = {frozenset((d.a, d.b)) for d in self.taken}
            kept = [d for d in read_decisions(self.decisions_file) if frozenset((d.a, d.b)) not in pairs]
            self.decisions = kept + self.taken
            write_decisions(self.decisions_file, self.decisions)
            built = write_folder(self.folder, self.raw, decisions=self.decisions_file, **view_options(self.folder))
        self.resolution = built.resolution
        return built
