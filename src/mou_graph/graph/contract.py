"""Contraction: the resolved graph from the unresolved one and a `Resolution` (each node the
union of its forms, edges the joins bring together merged, positions dated)."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

import networkx as nx

from ..model import Kind, RelType, Resolution, stable_id
from .build import Merger, add_edge


def contract(raw: nx.MultiDiGraph, resolution: Resolution) -> nx.MultiDiGraph:
    """The resolved graph: each node the union of its forms (aliases, articles, evidence), with
    `forms` (the form ids) and `merges` (JSON: rule and evidence of each join)."""
    node_of = resolution.node_of
    graph = nx.MultiDiGraph()
    merger = Merger()
    forms_of: dict[str, list[str]] = defaultdict(list)
    for n in sorted(raw.nodes):
        forms_of[node_of.get(n, n)].append(n)
    for node, members in sorted(forms_of.items()):
        graph.add_node(node)
        attrs = graph.nodes[node]
        lead = raw.nodes[node] if node in raw else raw.nodes[members[0]]
        attrs.update({k: list(v) if isinstance(v, list) else v for k, v in lead.items()})
        for m in members:
            if m != node:
                merger.merge(attrs, dict(raw.nodes[m]))
        if lead.get("kind") in (Kind.ORGANISATION.value, Kind.PERSON.value, Kind.AGREEMENT.value):
            attrs["forms"] = sorted(members)
        attrs.pop("minhash", None)
    merges_of: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in resolution.merges:
        merges_of[node_of.get(m.a, m.a)].append(m.to_json())
    for node, records in merges_of.items():
        if node in graph:
            graph.nodes[node]["merges"] = json.dumps(records, ensure_ascii=False)
    # an edge that no join touches is copied as it is; only edges joins bring together merge
    edges: dict[tuple[str, str, str], list[tuple[str, str, dict[str, Any]]]] = defaultdict(list)
    for u, v, d in raw.edges(data=True):
        nu, nv = node_of.get(u, u), node_of.get(v, v)
        edges[(nu, nv, stable_id("rel", d["type"], nu, nv, d.get("title") or ""))].append((u, v, d))
    for (u, v, key), found in sorted(edges.items(), key=lambda item: item[0]):  # one order, however raw was made
        group = [d for _, _, d in sorted(found, key=lambda e: (e[0], e[1]))]
        if len(group) == 1:
            attrs = {k: list(val) if isinstance(val, list) else val for k, val in group[0].items()}
            attrs["id"] = key
            graph.add_edge(u, v, key=key, **attrs)
            continue
        for d in group:
            props = {k: val for k, val in d.items() if k not in ("id", "type")}
            add_edge(graph, d["type"], u, v, props, merger, d.get("title") or "")
    merger.finish()
    _date_positions(raw, graph, node_of)
    _count_reports(graph, resolution)
    return graph


def _count_reports(graph: nx.MultiDiGraph, resolution: Resolution) -> None:
    """Each Agreement's `reports` (its articles, a republished copy counted once) and
    `first_reported` (the earliest publication date); each copy's `republishes`."""
    node_of_article: dict[str, str] = {}
    for node, data in graph.nodes(data=True):
        if data.get("kind") == Kind.ARTICLE.value:
            for a in data.get("articles") or []:
                node_of_article[a] = node
    for copy, original in resolution.republishes.items():
        if copy in graph:
            graph.nodes[copy]["republishes"] = original
    for _, data in graph.nodes(data=True):
        if data.get("kind") != Kind.AGREEMENT.value:
            continue
        nodes = [node_of_article[a] for a in data.get("articles") or [] if a in node_of_article]
        data["reports"] = len({resolution.republishes.get(n, n) for n in nodes}) or len(data.get("articles") or [])
        dates = sorted(d for n in nodes if (d := graph.nodes[n].get("published")))
        data["first_reported"] = dates[0] if dates else None


def _date_positions(raw: nx.MultiDiGraph, graph: nx.MultiDiGraph, node_of: dict[str, str]) -> None:
    """A position is dated by the earliest article that states it; a person's `title` is
    their latest position's."""
    published = {
        a: d.get("published")
        for n, d in raw.nodes(data=True)
        if d.get("kind") == Kind.ARTICLE.value
        for a in d.get("articles") or []
    }
    for node, data in graph.nodes(data=True):
        if data.get("kind") != Kind.PERSON.value:
            continue
        latest: tuple[str, str] | None = None
        for _, _, d in graph.out_edges(node, data=True):
            if d.get("type") != RelType.HOLDS_POSITION.value:
                continue
            dates = sorted(p for p in (published.get(a) for a in d.get("articles") or []) if p)
            if dates:
                d["date"] = dates[0]
                if d.get("title") and (latest is None or dates[-1] > latest[0]):
                    latest = (dates[-1], d["title"])
        if latest:
            data["title"] = latest[1]
