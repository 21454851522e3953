"""GraphML that Gephi, Cytoscape and yEd open as they are.

Those tools want one type per attribute name, scalar values and valid XML 1.0, so lists
and evidence are written as JSON text, missing values are left out, characters XML forbids
are dropped, and edges keep their stable ids. `read_graphml` undoes the encoding.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import networkx as nx

from .files import atomic_write_bytes

JSON_ATTRIBUTES = ("aliases", "articles", "evidence", "agreements")
INT_ATTRIBUTES = ("count", "weight")
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(value: str) -> str:
    return _XML_FORBIDDEN.sub("", value)


def _encode(attrs: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in attrs.items():
        if value is None:
            continue
        if key in JSON_ATTRIBUTES:
            out[key] = _clean(json.dumps(value, ensure_ascii=False, sort_keys=True))
        elif key in INT_ATTRIBUTES:
            out[key] = int(value)
        else:
            out[key] = _clean(str(value))
    return out


def to_graphml_graph(graph: nx.Graph) -> nx.Graph:
    """A copy with every attribute a scalar of one type, ready for GraphML."""
    out = graph.__class__()
    for node, data in graph.nodes(data=True):
        attrs = _encode(data)
        attrs.setdefault("label", attrs.get("name", str(node)))
        out.add_node(_clean(str(node)), **attrs)
    if graph.is_multigraph():
        for u, v, key, data in graph.edges(keys=True, data=True):
            out.add_edge(_clean(str(u)), _clean(str(v)), key=_clean(str(key)), **_encode(data))
    else:
        for u, v, data in graph.edges(data=True):
            out.add_edge(_clean(str(u)), _clean(str(v)), **_encode(data))
    return out


def graphml_text(graph: nx.Graph) -> str:
    return "\n".join(nx.generate_graphml(to_graphml_graph(graph), named_key_ids=True)) + "\n"


def write_graphml(graph: nx.Graph, path: Path) -> None:
    atomic_write_bytes(Path(path), graphml_text(graph).encode("utf-8"))


def read_graphml(path: Path) -> nx.Graph:
    """The graph written by `write_graphml`, with lists and evidence decoded."""
    graph = nx.read_graphml(path, force_multigraph=False)
    for _, data in graph.nodes(data=True):
        _decode(data)
    for *_, data in graph.edges(data=True):
        _decode(data)
    return graph


def _decode(data: dict[str, Any]) -> None:
    for key in JSON_ATTRIBUTES:
        if isinstance(data.get(key), str):
            data[key] = json.loads(data[key])
