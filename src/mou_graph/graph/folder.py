"""A graph folder on disk: its file names, graph.json written streamed, and the graph, the
unresolved graph and the view options read back (checked against meta.json)."""

from __future__ import annotations

import gzip
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import networkx as nx

from ..files import OutputError, atomic_writer_binary, current_dir
from ..model import GRAPH_FORMAT_VERSION, Kind

T = TypeVar("T")

GRAPH_FILE = "graph.json"
META_FILE = "meta.json"
UNRESOLVED_FILE = "unresolved.json.gz"  # every form as extracted: what resolution starts from
RESOLUTION_FILE = "resolution.json"  # the joins made and the candidates left open
VIEW_OPTIONS = ("focus", "depth", "max_nodes")  # how graph.html was drawn, kept in meta.json


class GraphFolderError(Exception):
    """A graph folder that cannot be read: the file and the reason."""


def _node_link(graph: nx.MultiDiGraph) -> dict[str, Any]:
    data = nx.node_link_data(graph, edges="edges")
    data["nodes"].sort(key=lambda n: n["id"])
    data["edges"].sort(key=lambda e: (e["source"], e["target"], e["key"]))
    return data


def graph_to_json(graph: nx.MultiDiGraph) -> str:
    return json.dumps(_node_link(graph), ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def write_graph_json(graph: nx.MultiDiGraph, path: Path, *, gzipped: bool = False) -> None:
    """graph.json (or its gzip), streamed: the text of a large graph is never held whole."""
    with atomic_writer_binary(path) as raw:
        sink: Any = gzip.GzipFile(filename="", fileobj=raw, mode="wb", compresslevel=3, mtime=0) if gzipped else raw
        text = io.TextIOWrapper(sink, encoding="utf-8", errors="strict", newline="")
        try:
            json.dump(_node_link(graph), text, ensure_ascii=False, indent=1, sort_keys=True)
            text.write("\n")
            text.flush()
        except UnicodeEncodeError as exc:
            raise OutputError(f"cannot write to {path}: text that is not valid Unicode ({exc.reason})") from exc
        finally:
            text.detach()
            if gzipped:
                sink.close()  # writes the gzip trailer; the file itself is closed by atomic_writer


def _check_meta(folder: Path, base: Path | None = None) -> None:
    meta_path, read = folder / META_FILE, (base or folder) / META_FILE
    try:
        meta = json.loads(read.read_text(encoding="utf-8")) if read.exists() else {}
    except (ValueError, OSError) as exc:
        raise GraphFolderError(f"{meta_path}: not valid JSON: {exc}") from exc
    if not isinstance(meta, dict) or meta.get("format") != "mou-graph" or meta.get("version") != GRAPH_FORMAT_VERSION:
        got = meta.get("version") if isinstance(meta, dict) else None
        raise GraphFolderError(
            f"{meta_path}: made by another version of mou-graph (graph folder version {got!r}; this one "
            f"reads version {GRAPH_FORMAT_VERSION}): rebuild it with `mou-graph build ARTICLES --out {folder}`"
        )


def view_options(folder: Path) -> dict[str, Any]:
    """How the folder's graph.html was drawn (focus, depth, max_nodes), to draw it again so."""
    try:
        meta = json.loads((current_dir(Path(folder)) / META_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    view = meta.get("view") if isinstance(meta, dict) else None
    return {k: v for k, v in view.items() if k in VIEW_OPTIONS} if isinstance(view, dict) else {}


def _read_graph(path: Path, text: str) -> nx.MultiDiGraph:
    try:
        data = json.loads(text)
    except RecursionError:
        raise GraphFolderError(f"{path}: not a mou-graph graph: JSON nested too deeply") from None
    except ValueError as exc:
        raise GraphFolderError(f"{path}: not a mou-graph graph: {exc}") from exc
    if (problem := _shape_problem(data)) is not None:
        raise GraphFolderError(f"{path}: not a mou-graph graph: {problem} (rebuild it with `mou-graph build`)")
    try:
        return nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
    except (ValueError, KeyError, TypeError) as exc:
        raise GraphFolderError(f"{path}: not a mou-graph graph: {exc}") from exc


_KINDS = frozenset(k.value for k in Kind)


def _shape_problem(data: object) -> str | None:
    """What is wrong with the shape of a graph.json that is valid JSON, or None: every reader
    (query, stats, load, build --into) trusts nodes with a known kind and edges between them."""
    if not isinstance(data, dict) or not isinstance(data.get("nodes"), list) or not isinstance(data.get("edges"), list):
        return "expected an object with lists of nodes and edges"
    ids: set[object] = set()
    for n, node in enumerate(data["nodes"], start=1):
        if not isinstance(node, dict) or "id" not in node or not isinstance(node["id"], (str, int)):
            return f"node {n} has no id"
        if node.get("kind") not in _KINDS:
            return f"node {node['id']!r} is of unknown kind {node.get('kind')!r}"
        ids.add(node["id"])
    for n, edge in enumerate(data["edges"], start=1):
        if not isinstance(edge, dict):
            return f"edge {n} is not an object"
        for end in ("source", "target"):
            if edge.get(end) not in ids:
                return f"edge {n} points to a missing node {edge.get(end)!r}"
    return None


def _retried(folder: Path, read: Callable[[], T]) -> T:
    """`read()`, once more if it failed while a writer switched generations (and removed the
    one being read): a reader never reports a folder broken that was only being rebuilt."""
    before = current_dir(folder)
    try:
        return read()
    except (OSError, GraphFolderError):
        if current_dir(folder) == before:
            raise
        return read()


def load_graph(folder: Path) -> nx.MultiDiGraph:
    """The graph saved in `folder`, exactly as it was built (graph.json and meta.json read from
    one generation, so a build switching meanwhile is never seen half)."""
    folder = Path(folder)

    def read() -> nx.MultiDiGraph:
        base = current_dir(folder)
        graph_path = folder / GRAPH_FILE
        if not (base / GRAPH_FILE).exists():
            raise GraphFolderError(f"{graph_path}: no graph here (build one with `mou-graph build … --out {folder}`)")
        _check_meta(folder, base)
        return _read_graph(graph_path, (base / GRAPH_FILE).read_text(encoding="utf-8"))

    return _retried(folder, read)


def check_folder(folder: Path) -> Path:
    """`GraphFolderError` unless `folder` holds a graph of this version (cheap: nothing big is
    read); the directory its files are read from."""
    folder = Path(folder)
    base = current_dir(folder)
    if not (base / GRAPH_FILE).exists():
        raise GraphFolderError(
            f"{folder / GRAPH_FILE}: no graph here (build one with `mou-graph build … --out {folder}`)"
        )
    _check_meta(folder, base)
    return base


def load_raw(folder: Path) -> nx.MultiDiGraph:
    """The unresolved graph saved in `folder`: every form as extracted."""
    folder = Path(folder)
    return _retried(folder, lambda: _load_raw(folder))


def _load_raw(folder: Path) -> nx.MultiDiGraph:
    base = check_folder(folder)
    path = folder / UNRESOLVED_FILE
    try:
        text = gzip.decompress((base / UNRESOLVED_FILE).read_bytes()).decode("utf-8")
    except FileNotFoundError:
        raise GraphFolderError(
            f"{path}: missing: rebuild the graph with `mou-graph build ARTICLES --out {folder}`"
        ) from None
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise GraphFolderError(f"{path}: damaged ({exc}): rebuild the graph") from exc
    return _read_graph(path, text)
