"""The build stage: extractions of many articles → one networkx MultiDiGraph (the folder it is
saved in is `graph.folder`; the views written with it, `views.folder`).

Node ids are the extraction's stable, content-derived ids, so the same body in two
articles is one node, and building twice or adding an article twice changes nothing: every
list attribute is a sorted set and every edge is keyed by a stable id.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable, Iterator
from itertools import combinations
from pathlib import Path
from typing import Any

import networkx as nx

from ..extract.document import extraction_shards, is_extraction_file, iter_document_dicts
from ..model import (
    Extraction,
    InputError,
    Kind,
    RelType,
    Span,
    article_node_id,
    replace_surrogates,
    stable_id,
)
from .republished import text_minhash


def _evidence(x: Extraction, span: Span, sentences: dict[int, str] | None = None) -> dict[str, Any]:
    """One piece of provenance; `sentences` shares one string per sentence among the mentions
    in it (a large corpus holds millions of them)."""
    if sentences is None:
        sentence = x.sentence_text(span.sentence)
    elif (sentence := sentences.get(span.sentence)) is None:
        sentence = sentences[span.sentence] = x.sentence_text(span.sentence)
    # a name is written thousands of times across a corpus: one string object for all of them
    text = sys.intern(span.text)
    return {"article": x.article.id, "start": span.start, "end": span.end, "text": text, "sentence": sentence}


LIST_KEYS = ("aliases", "articles", "evidence")


def _hashable(item: Any) -> Any:
    if isinstance(item, dict):  # evidence: where in which article is what it is
        return (item.get("article"), item.get("start"), item.get("end"), item.get("text"), item.get("sentence"))
    return item


def _sorted(items: list[Any]) -> list[Any]:
    if items and isinstance(items[0], dict):
        return sorted(
            items, key=lambda e: (e.get("article", ""), e.get("start", 0), e.get("end", 0), e.get("text", ""))
        )
    return sorted(items)


class Merger:
    """Merges attribute dicts: list attributes are sorted sets, other values keep the first
    one given. Lists are sorted once, in `finish`: a body named in thousands of articles
    would make sorting on every article quadratic."""

    def __init__(self) -> None:
        self._lists: dict[tuple[int, str], tuple[dict[str, Any], str, set[Any]]] = {}

    def merge(self, attrs: dict[str, Any], new: dict[str, Any]) -> None:
        for key, value in new.items():
            if key in LIST_KEYS:
                slot = self._lists.get((id(attrs), key))
                if slot is None:
                    items = list(attrs.get(key) or [])
                    slot = (attrs, key, {_hashable(i) for i in items})
                    self._lists[(id(attrs), key)] = slot
                    attrs[key] = items
                items, seen = attrs[key], slot[2]
                for item in value or ():
                    h = _hashable(item)
                    if h not in seen:
                        seen.add(h)
                        items.append(item)
            elif value is not None and attrs.get(key) is None:
                attrs[key] = value

    def finish(self) -> None:
        for attrs, key, _ in self._lists.values():
            attrs[key] = _sorted(attrs[key])
        self._lists.clear()


KIND_FIELDS = {
    Kind.ORGANISATION: ("sector",),
    Kind.PERSON: ("title",),
    Kind.PROGRAMME: ("amount",),
    Kind.AGREEMENT: ("date", "venue", "amount"),
    Kind.EVENT: ("date", "venue"),
}


def _content(x: Extraction) -> str:
    """The article's sentences: its text without the page around it (menus, bylines), so two
    sites' copies of one text look alike."""
    return "\n".join(x.sentence_text(i) for i in range(len(x.sentences))) or x.article.text


_LINE = re.compile(r":\d+$")  # a JSON Lines article's "path:line"


def article_source(source: str | None) -> str | None:
    """Where an article was read, as a graph may show it (graph.json, GraphML, Cypher): as the
    reader recorded it (relative to the folder the user named, `InputFile.source`), with a
    JSON Lines article's `:line`. A path that is absolute or climbs out of its folder (`..`),
    as an extraction file made elsewhere or by an older version may hold, is cut to the
    file's name: the user's local folders never reach a graph that is shared."""
    if not source:
        return source
    match = _LINE.search(source)
    line = match.group() if match else ""
    path = source[: len(source) - len(line)]
    rel = os.path.normpath(path)
    if os.path.isabs(rel) or ".." in Path(rel).parts or rel in ("", "."):
        rel = Path(path).name or "article"
    return Path(rel).as_posix() + line


def add_extraction(graph: nx.MultiDiGraph, x: Extraction, merger: Merger | None = None) -> None:
    """Fold one article's extraction into the graph."""
    own = merger is None
    merger = merger or Merger()
    _merge = merger.merge
    art = x.article
    sentences: dict[int, str] = {}
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
            "source": article_source(art.source),
            # the text's fingerprint, to find republished copies (graph/signings.py); kept
            # in the unresolved graph only
            "minhash": text_minhash(_content(x)),
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
            "evidence": [_evidence(x, m, sentences) for m in e.mentions],
        }
        for name in KIND_FIELDS.get(e.kind, ()):
            value = getattr(e, name)
            attrs[name] = value.value if hasattr(value, "value") else value
        if e.partial_date:  # the day an undated report gives, for signings.py (absent otherwise)
            attrs["partial_date"] = e.partial_date
        if e.kind is Kind.AGREEMENT:  # one article's agreement: one report, until signings are resolved
            attrs["reports"] = 1
        _merge(graph.nodes[e.id], attrs)
        add_edge(graph, RelType.MENTIONED_IN.value, e.id, article_id, {"articles": [art.id], "evidence": []}, merger)
    for r in x.relations:
        props: dict[str, Any] = {
            "articles": [art.id],
            "evidence": [_evidence(x, s, sentences) for s in r.evidence],
        }
        if r.type is RelType.HOLDS_POSITION:
            props["title"] = r.title
            props["date"] = art.published
        if r.type is RelType.FUNDS:
            props["amount"] = r.amount
        if r.type is RelType.MEMBER_OF:
            props["count"] = r.count
        add_edge(graph, r.type.value, r.source, r.target, props, merger, r.title or "")
    if own:
        merger.finish()


def add_edge(
    graph: nx.MultiDiGraph, rel: str, source: str, target: str, props: dict[str, Any], merger: Merger, title: str = ""
) -> None:
    """The edge of this type and title between the two, made or merged into, keyed by a
    stable id."""
    key = stable_id("rel", rel, source, target, title)
    if graph.has_edge(source, target, key):
        attrs = graph.edges[source, target, key]
    else:
        graph.add_edge(source, target, key=key)
        attrs = graph.edges[source, target, key]
        attrs.update({"id": key, "type": rel})
    merger.merge(attrs, props)


def build_graph(extractions: Iterable[Extraction], graph: nx.MultiDiGraph | None = None) -> nx.MultiDiGraph:
    """One graph of every article's stakeholders; pass `graph` to add to an existing one."""
    if graph is None:
        graph = nx.MultiDiGraph()
    else:  # a graph built before sources were made relative: no local path is written on
        for _, data in graph.nodes(data=True):
            if data.get("kind") == Kind.ARTICLE.value and data.get("source"):
                data["source"] = article_source(data["source"])
    merger = Merger()
    for x in extractions:
        add_extraction(graph, x, merger)
    merger.finish()
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
                out.edges[u, v]["agreements"].add(agreement)
            else:
                out.add_edge(u, v, agreements={agreement})
    for _, _, d in out.edges(data=True):  # sorted once: two bodies may sign thousands together
        d["agreements"] = sorted(d["agreements"])
        d["weight"] = len(d["agreements"])
    return out


# -- the graph folder -----------------------------------------------------------


def _scrub(value: Any) -> Any:
    """Every string with its lone surrogates replaced (`replace_surrogates`), so the graph
    stays writable as UTF-8 (as read.py does for articles)."""
    if isinstance(value, str):
        return replace_surrogates(value)
    if isinstance(value, list):
        return [_scrub(v) for v in value]
    if isinstance(value, dict):
        return {_scrub(k): _scrub(v) for k, v in value.items()}
    return value


def read_extractions(path: Path) -> Iterator[Extraction | InputError] | None:
    """The extractions in a file written by `extract --format json`, or in a folder of such
    files (the shards `extract --ray` writes, in name order), read one document at a time as
    they are taken (a damaged document, or a file that breaks off, is an `InputError` naming
    the file), or None if it is neither."""
    if path.is_dir():
        shards = extraction_shards(path)
        return None if shards is None else (item for shard in shards for item in _iter_extractions(shard))
    if path.suffix.lower() != ".json" or not is_extraction_file(path):
        return None
    return _iter_extractions(path)


def _iter_extractions(path: Path) -> Iterator[Extraction | InputError]:
    try:
        for number, doc in enumerate(iter_document_dicts(path), start=1):
            try:
                extraction = Extraction.from_json(_scrub(doc))
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                which = doc.get("id") if isinstance(doc, dict) else None
                reason = f"document {number} ({which!r}) is not a mou-graph extraction: {type(exc).__name__}: {exc}"
                yield InputError(str(path), reason)
                continue
            yield extraction
    except (ValueError, OSError, UnicodeDecodeError) as exc:
        yield InputError(str(path), f"not a whole extraction file: {exc}")
