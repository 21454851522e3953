"""Korean people whose body the article leaves implicit: "강OO 시장" in an article whose only
city is 양주시 heads 양주시; "이OO 총장" in an article with one university heads it; "이OO
이사장" in one whose only 공단 is 한빛시설공단 heads that.

A title in data/head_titles.tsv names the head of one kind of body (a gazetteer category). When
a person holds such a title and no position, and the article names exactly one organisation of
that kind, the person holds the title there; the evidence is the sentence that names the person.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from ...model import Entity, Kind, RelType, Sector
from ..registry import Registry
from .lexicon import TITLE_EXTENSIONS

UNIVERSITY_NAME = re.compile(r"(?:대학교|대학|대)$")


@lru_cache(maxsize=1)
def head_titles() -> dict[str, frozenset[str]]:
    """Title → the gazetteer categories of the bodies it heads."""
    out: dict[str, frozenset[str]] = {}
    text = (resources.files("mou_graph.extract") / "data" / "head_titles.tsv").read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), 1):
        if number == 1 or not line.strip() or line.startswith("#"):
            continue
        title, heads = line.split("\t")
        out[title.strip()] = frozenset(h.strip() for h in heads.split("|") if h.strip())
    return out


def _category(reg: Registry, org: Entity, units: set[str]) -> str | None:
    body = reg.body.get(org.id)
    if body is not None:
        return body.category
    # an unknown university: an academic body named as one, not a unit of another
    if org.sector is Sector.ACADEMIA and org.id not in units and UNIVERSITY_NAME.search(org.name):
        return "university"
    return None


def _head_title(title: str | None) -> str:
    """이사장 직무대행 heads what 이사장 heads."""
    words = (title or "").split()
    return words[0] if words and all(w in TITLE_EXTENSIONS for w in words[1:]) else title or ""


def attach_heads(reg: Registry) -> None:
    """Give each head whose body the text leaves open the article's only body of that kind."""
    titles = head_titles()
    waiting = [
        e
        for e in reg.entities
        if e.kind is Kind.PERSON and _head_title(e.title) in titles and e.mentions and not reg.positions(e)
    ]
    if not waiting:
        return
    units = {r.source for r in reg.relations.values() if r.type is RelType.PART_OF}
    by_category: dict[str, list[Entity]] = {}
    endings = {kind[1:] for kinds in titles.values() for kind in kinds if kind.startswith("~")}
    for org in reg.entities:
        if org.kind is not Kind.ORGANISATION:
            continue
        if (category := _category(reg, org, units)) is not None:
            by_category.setdefault(category, []).append(org)
        for ending in endings:  # 창원시설공단: a body of the kind its name's ending says
            if any(f.endswith(ending) and f != ending for f in [org.name, *org.aliases]):
                by_category.setdefault("~" + ending, []).append(org)
    for person in waiting:
        kinds = titles[_head_title(person.title)]
        bodies = list({org.id: org for category in kinds for org in by_category.get(category, [])}.values())
        if len(bodies) != 1:
            continue  # none, or several: the text leaves it open
        sentence = person.mentions[0].sentence
        evidence = reg.sentences[sentence] if 0 <= sentence < len(reg.sentences) else None
        reg.relate(RelType.HOLDS_POSITION, person, bodies[0], evidence, title=person.title)
