"""A graph folder as build and review use it: the unresolved graph and the decisions file in,
every view of the resolved graph out. Both commands go through `write_folder`, so a rebuilt
graph always carries the decisions a person made."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx

from .decisions import DECISIONS_FILE, read_decisions, write_decisions
from .graph import load_raw, save_graph, view_options
from .model import Candidate, Decision, Merge, Resolution, Verdict
from .resolve import resolve, resolve_graph


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
        return decision

    def save(self) -> Built:
        """Write the decisions file, then the folder resolved with it (graph.html drawn as before)."""
        write_decisions(self.decisions_file, self.decisions)
        built = write_folder(self.folder, self.raw, decisions=self.decisions_file, **view_options(self.folder))
        self.resolution = built.resolution
        return built
