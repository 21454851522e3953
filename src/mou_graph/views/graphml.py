"""GraphML that Gephi, Cytoscape and yEd open as they are.

Those tools want one type per attribute name, scalar values and valid XML 1.0, so lists
and evidence are written as JSON text, missing values are left out, characters XML 1.0
forbids (C0 controls other than tab, line feed and carriage return; U+FFFE, U+FFFF; lone
surrogates) are dropped and every other character is kept (a carriage return as `&#13;`, which
a parser would otherwise read as a line feed), and edges keep their stable ids. `read_graphml`
undoes the encoding.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import networkx as nx

from ..files import atomic_writer

# written as JSON text: every list, set or mapping (these names, and any other such value,
# such as resolution's `forms`); `read_graphml` decodes these names
JSON_ATTRIBUTES = ("aliases", "articles", "evidence", "agreements", "forms")
INT_ATTRIBUTES = ("count", "weight", "reports")
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _clean(value: str) -> str:
    return _XML_FORBIDDEN.sub("", value)


def _encode(attrs: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in sorted(attrs.items(), key=lambda kv: str(kv[0])):
        if value is None:
            continue
        if isinstance(value, (set, frozenset)):
            value = sorted(value)
        if key in JSON_ATTRIBUTES or isinstance(value, (list, tuple, dict)):
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


_NS = (
    'xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
    'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"'
)


def _text(value: str) -> str:
    """Character data: markup escaped, and "\r" as a reference (a parser would read a raw one
    as a line feed)."""
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


def _attr(value: str) -> str:
    """An attribute value in double quotes; white space as references, so it survives
    attribute-value normalisation."""
    return _text(value).replace('"', "&quot;").replace("\n", "&#10;").replace("\t", "&#9;")


def _keys(graph: nx.Graph) -> list[tuple[str, str, str]]:
    """(name, for, type) of every attribute, node keys then edge keys, each by name: one pass
    over the attribute names only (the values are encoded once, while writing). Sorted, not
    in the order first seen, so the same graph is the same file whatever order its
    attributes were set in (a rebuild that changes nothing rewrites the same bytes)."""
    seen: dict[tuple[str, str], str] = {}
    for scope, items in (("node", graph.nodes(data=True)), ("edge", graph.edges(data=True))):
        if scope == "node":
            seen.setdefault(("label", "node"), "string")
        for *_, data in items:
            for key, value in data.items():
                if value is not None and (str(key), scope) not in seen:
                    seen[(str(key), scope)] = "long" if key in INT_ATTRIBUTES else "string"
    order = sorted(seen, key=lambda k: (k[1] != "node", k[0]))
    return [(name, scope, seen[(name, scope)]) for name, scope in order]


def write_graphml_stream(graph: nx.Graph, write: Callable[[str], Any]) -> None:
    """GraphML, one node or edge at a time: nothing but the graph itself is held in memory
    (networkx builds an ElementTree of the whole graph, then its text several times over,
    with every non-ASCII character as a numeric reference)."""
    write(f"<graphml {_NS}>\n")
    for name, scope, typ in _keys(graph):
        write(f'  <key id={_quoted(name)} for="{scope}" attr.name={_quoted(name)} attr.type="{typ}" />\n')
    directed = "directed" if graph.is_directed() else "undirected"
    write(f'  <graph edgedefault="{directed}">\n')
    for node, data in graph.nodes(data=True):
        attrs = _encode(data)
        attrs.setdefault("label", attrs.get("name", _clean(str(node))))
        write(f"    <node id={_quoted(_clean(str(node)))}>\n{_data(attrs)}    </node>\n")
    if graph.is_multigraph():
        edges: Iterator[tuple[Any, Any, Any, dict[str, Any]]] = graph.edges(keys=True, data=True)
    else:
        edges = ((u, v, None, d) for u, v, d in graph.edges(data=True))
    for u, v, key, data in edges:
        ident = "" if key is None else f" id={_quoted(_clean(str(key)))}"
        head = f"    <edge source={_quoted(_clean(str(u)))} target={_quoted(_clean(str(v)))}{ident}"
        attrs = _encode(data)
        write(f"{head}>\n{_data(attrs)}    </edge>\n" if attrs else f"{head} />\n")
    write("  </graph>\n</graphml>\n")


def _quoted(value: str) -> str:
    return f'"{_attr(value)}"'


def _data(attrs: dict[str, Any]) -> str:
    return "".join(f"      <data key={_quoted(str(k))}>{_text(str(v))}</data>\n" for k, v in attrs.items())


def graphml_text(graph: nx.Graph) -> str:
    parts: list[str] = []
    write_graphml_stream(graph, parts.append)
    return "".join(parts)


def write_graphml(graph: nx.Graph, path: Path) -> None:
    """Streamed into a temporary file beside `path`, renamed into place when complete."""
    with atomic_writer(Path(path)) as fh:
        fh.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        write_graphml_stream(graph, fh.write)


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
