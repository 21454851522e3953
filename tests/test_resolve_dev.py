"""Resolution on the gold-annotated dev articles: one graph of all of them has one node for
each body and person the gold names in several articles, and no node holds two of them.

Which gold entries are one body across articles is read from the gold alone: two entries of
different articles are one body when they share a name or a written form (포항TP in one,
포항테크노파크 with 포항TP in another), words for a kind of body (협회, 진흥원) aside. A person is
their name at one such body. CI has ../shared; elsewhere the test is skipped without it."""

from __future__ import annotations

import json
import os
from collections import defaultdict
from pathlib import Path

import pytest
from conftest import as_written

from mou_graph.extract import extract_article
from mou_graph.gazetteer import load_gazetteer
from mou_graph.graph import build_graph
from mou_graph.model import Article, Kind, normalise_key
from mou_graph.resolve import resolve_graph

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev"


def _gold() -> list[dict]:
    if not DEV.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{DEV} is missing in CI")
        pytest.skip("../shared is not beside the project")
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(DEV.glob("*.json"))]


class _Union:
    def __init__(self) -> None:
        self.parent: dict[object, object] = {}

    def find(self, x: object) -> object:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            x = self.parent[x]
        return x

    def join(self, a: object, b: object) -> None:
        self.parent[self.find(a)] = self.find(b)


@pytest.fixture(scope="module", params=["as extracted", "ids as written"])
def dev(request: pytest.FixtureRequest) -> tuple[list[dict], object]:
    docs = _gold()
    extractions = [
        extract_article(
            Article(
                id=d["id"],
                text=d["text"],
                url=d.get("url"),
                published=d.get("published"),
                outlet=d.get("outlet"),
                language=d.get("language"),
            )
        )
        for d in docs
    ]
    if request.param == "ids as written":
        extractions = [as_written(x) for x in extractions]
    graph, _ = resolve_graph(build_graph(extractions))
    return docs, graph


def _gold_bodies(docs: list[dict]) -> tuple[dict[tuple[str, str], object], dict[object, set[str]], _Union]:
    """(article, gold name) → body; body → its keys."""
    generic = {normalise_key(s) for s in load_gazetteer().suffix_words()}
    union = _Union()
    owner: dict[str, tuple[str, str]] = {}
    for d in docs:
        for o in d["gold"]["organisations"]:
            entry = (d["id"], o["name"])
            union.find(entry)
            for form in [o["name"], *o.get("mentions", [])]:
                k = normalise_key(form)
                if len(k) < 2 or k in generic:
                    continue
                if k in owner and owner[k][0] != d["id"]:
                    union.join(entry, owner[k])
                owner.setdefault(k, entry)
    body_of = {entry: union.find(entry) for entry in list(union.parent)}
    keys: dict[object, set[str]] = defaultdict(set)
    for d in docs:
        for o in d["gold"]["organisations"]:
            body = body_of[(d["id"], o["name"])]
            keys[body] |= {normalise_key(f) for f in [o["name"], *o.get("mentions", [])]}
    return body_of, keys, union


def _node_keys(data: dict) -> set[str]:
    return {normalise_key(x) for x in [data.get("name", ""), *(data.get("aliases") or [])]}


def test_each_body_named_in_several_articles_is_one_node(dev) -> None:
    docs, graph = dev
    body_of, keys, _ = _gold_bodies(docs)
    articles: dict[object, set[str]] = defaultdict(set)
    for (article, _), body in body_of.items():
        articles[body].add(article)
    several = [b for b, arts in articles.items() if len(arts) > 1]
    assert len(several) >= 4  # 포항시, 충북도, 충북테크노파크, 대전테크노파크, 한국기술교육대학교, 포항TP …
    for body in several:
        nodes = {
            n
            for n, d in graph.nodes(data=True)
            if d.get("kind") == Kind.ORGANISATION.value
            and _node_keys(d) & keys[body]
            and set(d.get("articles") or []) & articles[body]
        }
        assert len(nodes) == 1, (sorted(keys[body]), [graph.nodes[n]["name"] for n in nodes])
        node = graph.nodes[nodes.pop()]
        assert articles[body] <= set(node["articles"]), (node["name"], articles[body])


def test_no_node_holds_two_gold_bodies(dev) -> None:
    docs, graph = dev
    body_of, keys, _ = _gold_bodies(docs)
    by_article_key: dict[tuple[str, str], object] = {}
    for (article, _), body in body_of.items():
        for k in keys[body]:
            by_article_key[(article, k)] = body
    for _, d in graph.nodes(data=True):
        if d.get("kind") != Kind.ORGANISATION.value:
            continue
        held = {
            by_article_key[(a, k)] for a in d.get("articles") or [] for k in _node_keys(d) if (a, k) in by_article_key
        }
        assert len(held) <= 1, (d["name"], held)


def _gold_people(docs: list[dict]) -> dict[tuple[str, object], set[str]]:
    """(name key, body) → articles."""
    body_of, keys, _ = _gold_bodies(docs)
    people: dict[tuple[str, object], set[str]] = defaultdict(set)
    for d in docs:
        for p in d["gold"]["people"]:
            body = body_of.get((d["id"], p.get("organisation"))) if p.get("organisation") else None
            people[(normalise_key(p["name"]), body)].add(d["id"])
    return people


def test_each_person_named_in_several_articles_is_one_node(dev) -> None:
    docs, graph = dev
    people = _gold_people(docs)
    several = {who: arts for who, arts in people.items() if len(arts) > 1}
    assert len(several) >= 3  # 이강덕, 이시종, 김우연
    for (name, _), arts in several.items():
        nodes = [
            n
            for n, d in graph.nodes(data=True)
            if d.get("kind") == Kind.PERSON.value
            and normalise_key(d["name"]) == name
            and set(d.get("articles") or []) & arts
        ]
        assert len(nodes) == 1, (name, nodes)
        assert arts <= set(graph.nodes[nodes[0]]["articles"])


def test_no_node_holds_two_gold_people(dev) -> None:
    docs, graph = dev
    people = _gold_people(docs)
    who_in: dict[tuple[str, str], set[object]] = defaultdict(set)
    for (name, body), arts in people.items():
        for a in arts:
            who_in[(a, name)].add((name, body))
    for _, d in graph.nodes(data=True):
        if d.get("kind") != Kind.PERSON.value:
            continue
        name = normalise_key(d["name"])
        held = set().union(*(who_in.get((a, name), set()) for a in d.get("articles") or []))
        assert len(held) <= 1, (d["name"], held)
