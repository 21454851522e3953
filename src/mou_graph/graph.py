"""The build stage: extractions of many articles → one networkx MultiDiGraph, and the graph
folder it lives in (graph.json, graph.graphml, graph.html, cosign.graphml, meta.json).

Node ids are the extraction's stable, content-derived ids, so the same body in two
articles is one node, and building twice or adding an article twice changes nothing: every
list attribute is a sorted set and every edge is keyed by a stable id.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from itertools import combinations
from pathlib import Path
from typing import Any

import networkx as nx

from .files import atomic_write_text
from .model import FORMAT_VERSION, Extraction, Kind, RelType, Span, article_node_id, stable_id

GRAPH_FILE = "graph.json"
META_FILE = "meta.json"


class GraphFolderError(Exception):
    """A graph folder that cannot be read: the file and the reason."""


def _evidence(x: Extraction, span: Span) -> dict[str, Any]:
    return {
        "article": x.article.id,
        "start": span.start,
        "end": span.end,
        "text": span.text,
        "sentence": x.sentence_text(span.sentence),
    }


def _union(old: list[Any] | None, new: Iterable[Any]) -> list[Any]:
    items = list(old or [])
    for item in new:
        if item not in items:
            items.append(item)
    if items and isinstance(items[0], dict):
        return sorted(items, key=lambda e: (e.get("article", ""), e.get("start", 0), e.get("end", 0)))
    return sorted(items)


def _merge(attrs: dict[str, Any], new: dict[str, Any]) -> None:
    for key, value in new.items():
        if key in ("aliases", "articles", "evidence"):
            attrs[key] = _union(attrs.get(key), value)
        elif value is not None and attrs.get(key) is None:
            attrs[key] = value


KIND_FIELDS = {
    Kind.ORGANISATION: ("sector",),
    Kind.PERSON: ("title",),
    Kind.PROGRAMME: ("amount",),
    Kind.AGREEMENT: ("date", "venue", "amount"),
    Kind.EVENT: ("date", "venue"),
}


def add_extraction(graph: nx.MultiDiGraph, x: Extraction) -> None:
    """Fold one article's extraction into the graph."""
    art = x.article
    article_id = article_node_id(art.id)
    node = graph.nodes[article_id] if article_id in graph else None
    if node is None:
        graph.add_node(article_id)
        node = graph.nodes[article_id]
    _merge(
        node,
        {
            "kind": Kind.ARTICLE.value,
            "name": art.title or art.id,
            "label": art.title or art.id,
            "aliases": [],
            "articles": [art.id],
            "evidence": [],
            "url": art.url,
            "published": art.published,
            "outlet": art.outlet,
            "source": art.source,
        },
    )
    for e in x.entities:
        if e.id not in graph:
            graph.add_node(e.id)
        attrs: dict[str, Any] = {
            "kind": e.kind.value,
            "name": e.name,
            "label": e.name,
            "aliases": sorted(set(e.aliases)),
            "articles": [art.id],
            "evidence": [_evidence(x, m) for m in e.mentions],
        }
        for name in KIND_FIELDS.get(e.kind, ()):
            value = getattr(e, name)
            attrs[name] = value.value if hasattr(value, "value") else value
        _merge(graph.nodes[e.id], attrs)
        _add_edge(graph, RelType.MENTIONED_IN.value, e.id, article_id, {"articles": [art.id], "evidence": []})
    for r in x.relations:
        props: dict[str, Any] = {
            "articles": [art.id],
            "evidence": [_evidence(x, s) for s in r.evidence],
        }
        if r.type is RelType.HOLDS_POSITION:
            props["title"] = r.title
            props["date"] = art.published
        if r.type is RelType.FUNDS:
            props["amount"] = r.amount
        if r.type is RelType.MEMBER_OF:
            props["count"] = r.count
        _add_edge(graph, r.type.value, r.source, r.target, props, r.title or "")


def _add_edge(
    graph: nx.MultiDiGraph, rel: str, source: str, target: str, props: dict[str, Any], title: str = ""
) -> None:
    key = stable_id("rel", rel, source, target, title)
    if graph.has_edge(source, target, key):
        attrs = graph.edges[source, target, key]
    else:
        graph.add_edge(source, target, key=key)
        attrs = graph.edges[source, target, key]
        attrs.update({"id": key, "type": rel})
    _merge(attrs, props)


def build_graph(extractions: Iterable[Extraction], graph: nx.MultiDiGraph | None = None) -> nx.MultiDiGraph:
    """One graph of every article's stakeholders; pass `graph` to add to an existing one."""
    graph = graph if graph is not None else nx.MultiDiGraph()
    for x in extractions:
        add_extraction(graph, x)
    return graph


def co_signature(graph: nx.MultiDiGraph) -> nx.Graph:
    """Organisation — organisation, weighted by the number of agreements signed together."""
    out = nx.Graph()
    for agreement, data in graph.nodes(data=True):
        if data.get("kind") != Kind.AGREEMENT.value:
            continue
        signers = sorted(
            {u for u, _, d in graph.in_edges(agreement, data=True) if d.get("type") == RelType.SIGNED.value}
        )
        for u in signers:
            out.add_node(u, **{k: graph.nodes[u].get(k) for k in ("name", "label", "kind", "sector")})
        for u, v in combinations(signers, 2):
            if out.has_edge(u, v):
                out.edges[u, v]["weight"] += 1
                out.edges[u, v]["agreements"] = sorted({*out.edges[u, v]["agreements"], agreement})
            else:
                out.add_edge(u, v, weight=1, agreements=[agreement])
    return out


# -- the graph folder -----------------------------------------------------------


def graph_to_json(graph: nx.MultiDiGraph) -> str:
    data = nx.node_link_data(graph, edges="edges")
    data["nodes"].sort(key=lambda n: n["id"])
    data["edges"].sort(key=lambda e: (e["source"], e["target"], e["key"]))
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def save_graph(graph: nx.MultiDiGraph, folder: Path, *, html: bool = True, **html_options: Any) -> list[Path]:
    """Write every view of the graph into `folder`, each file whole or not at all."""
    from .graphml import write_graphml
    from .html_view import render_html

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = [folder / GRAPH_FILE, folder / "graph.graphml", folder / "cosign.graphml", folder / META_FILE]
    atomic_write_text(folder / GRAPH_FILE, graph_to_json(graph))
    write_graphml(graph, folder / "graph.graphml")
    write_graphml(co_signature(graph), folder / "cosign.graphml")
    if html:
        atomic_write_text(folder / "graph.html", render_html(graph, **html_options))
        written.append(folder / "graph.html")
    meta = {
        "format": "mou-graph",
        "version": FORMAT_VERSION,
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
    }
    atomic_write_text(folder / META_FILE, json.dumps(meta, indent=1) + "\n")
    return written


def load_graph(folder: Path) -> nx.MultiDiGraph:
    """The graph saved in `folder`, exactly as it was built."""
    folder = Path(folder)
    meta_path, graph_path = folder / META_FILE, folder / GRAPH_FILE
    if not graph_path.exists():
        raise GraphFolderError(f"{graph_path}: no graph here (build one with `mou-graph build … --out {folder}`)")
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
    except ValueError as exc:
        raise GraphFolderError(f"{meta_path}: not valid JSON: {exc}") from exc
    if meta.get("format") != "mou-graph" or meta.get("version") != FORMAT_VERSION:
        raise GraphFolderError(
            f"{meta_path}: made by another version of mou-graph (format {meta.get('format')!r}, "
            f"version {meta.get('version')!r}; this one reads version {FORMAT_VERSION}): rebuild it"
        )
    try:
        data = json.loads(graph_path.read_text(encoding="utf-8"))
        return nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
    except (ValueError, KeyError, TypeError) as exc:
        raise GraphFolderError(f"{graph_path}: not a mou-graph graph: {exc}") from exc


def read_extractions(path: Path) -> list[Extraction] | None:
    """The extractions in a file written by `extract --format json`, or None if it is not one."""
    if path.suffix.lower() != ".json":
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, OSError):
        return None
    if not isinstance(data, dict) or data.get("format") != "mou-graph/extraction":
        return None
    return [Extraction.from_json(d) for d in data.get("documents", [])]
