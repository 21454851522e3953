"""The data model of every stage, in one place.

The pipeline is read → clean → extract → resolve → build → export. Each stage takes and
returns the dataclasses below, and the graph schema (node kinds, relationship types and
their properties) that the GraphML writer, the embedded Cypher engine and the Neo4j loader
derive their tables and statements from is declared here too, so that the three never
drift apart.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from enum import Enum
from functools import lru_cache
from typing import Any

FORMAT_VERSION = 1  # the extraction JSON (docs/FORMAT.md)
GRAPH_FORMAT_VERSION = 3  # the graph folder; 2: it keeps the unresolved graph; 3: articles' MinHash


class Kind(str, Enum):
    """Node kinds of the stakeholder graph (also the Cypher labels)."""

    ORGANISATION = "Organisation"
    PERSON = "Person"
    PROGRAMME = "Programme"
    AGREEMENT = "Agreement"
    EVENT = "Event"
    ARTICLE = "Article"


class Sector(str, Enum):
    INDUSTRY = "industry"
    ACADEMIA = "academia"
    RESEARCH = "research"
    GOVERNMENT = "government"
    CIVIL = "civil"
    MEDIA = "media"


class RelType(str, Enum):
    """Relationship types (also the Cypher relationship types)."""

    SIGNED = "SIGNED"  # Organisation → Agreement
    ATTENDED = "ATTENDED"  # Person → Agreement | Event
    HOLDS_POSITION = "HOLDS_POSITION"  # Person → Organisation (title)
    MEMBER_OF = "MEMBER_OF"  # Organisation → Organisation (count)
    PART_OF = "PART_OF"  # Organisation → Organisation (a unit of its parent)
    FUNDS = "FUNDS"  # Organisation → Programme (amount)
    CONCERNS = "CONCERNS"  # Agreement → Programme
    MENTIONED_IN = "MENTIONED_IN"  # any entity → Article (graph only: provenance)


@dataclass(frozen=True)
class Span:
    """A stretch of an article's text: offsets index `Article.text` as read."""

    start: int
    end: int
    text: str
    sentence: int = -1  # index into `Extraction.sentences`; -1 when unknown

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "sentence": self.sentence}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Span:
        return cls(int(data["start"]), int(data["end"]), str(data["text"]), int(data.get("sentence", -1)))


@dataclass
class Article:
    """One input article. `text` is the text as read (decoded, HTML reduced to its main text)."""

    id: str
    text: str
    url: str | None = None
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD
    outlet: str | None = None
    language: str | None = None  # "ko" | "en"
    source: str | None = None  # where it came from, as output shows it: "path" or "path:line", relative
    path: str | None = None  # the same as the user gave it, for messages to them; never written out


@dataclass
class Entity:
    id: str
    kind: Kind
    name: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    sector: Sector | None = None  # Organisation
    date: str | None = None  # Agreement, Event: YYYY-MM-DD
    # Agreement: the day when nothing places its year (4일 with no publication date, "on
    # March 4"): XML Schema's gMonthDay `--03-04` or gDay `---04`; None when `date` is known
    partial_date: str | None = None
    venue: str | None = None  # Agreement, Event
    amount: str | None = None  # Agreement (investment agreements), Programme
    title: str | None = None  # Person: the title of their first position in the article

    def add_mention(self, span: Span) -> None:
        if all((m.start, m.end) != (span.start, span.end) for m in self.mentions):
            self.mentions.append(span)
        if span.text not in self.aliases:
            self.aliases.append(span.text)

    def to_json(self) -> dict[str, Any]:
        out = {
            "id": self.id,
            "kind": self.kind.value,
            "name": self.name,
            "aliases": list(self.aliases),
            "sector": self.sector.value if self.sector else None,
            "date": self.date,
            "venue": self.venue,
            "amount": self.amount,
            "title": self.title,
            "mentions": [m.to_json() for m in sorted(self.mentions, key=lambda m: m.start)],
        }
        if self.partial_date:  # only where there is one: older readers and files are unchanged
            out["partial_date"] = self.partial_date
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Entity:
        return cls(
            id=data["id"],
            kind=Kind(data["kind"]),
            name=data["name"],
            aliases=list(data.get("aliases") or []),
            mentions=[Span.from_json(m) for m in data.get("mentions") or []],
            sector=Sector(data["sector"]) if data.get("sector") else None,
            date=data.get("date"),
            partial_date=data.get("partial_date"),
            venue=data.get("venue"),
            amount=data.get("amount"),
            title=data.get("title"),
        )


@dataclass
class Relation:
    type: RelType
    source: str  # entity id
    target: str  # entity id
    evidence: list[Span] = field(default_factory=list)
    title: str | None = None  # HOLDS_POSITION
    amount: str | None = None  # FUNDS
    count: int | None = None  # MEMBER_OF: "37개 기업"

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.type.value, self.source, self.target, self.title or "")

    def to_json(self) -> dict[str, Any]:
        return {
            "type": self.type.value,
            "source": self.source,
            "target": self.target,
            "title": self.title,
            "amount": self.amount,
            "count": self.count,
            "evidence": [e.to_json() for e in self.evidence],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Relation:
        return cls(
            type=RelType(data["type"]),
            source=data["source"],
            target=data["target"],
            evidence=[Span.from_json(e) for e in data.get("evidence") or []],
            title=data.get("title"),
            amount=data.get("amount"),
            count=data.get("count"),
        )


@dataclass
class Extraction:
    """Everything extracted from one article, with the sentences evidence points into."""

    article: Article
    sentences: list[tuple[int, int]] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    reporter: str | None = None

    def entity(self, entity_id: str) -> Entity | None:
        return next((e for e in self.entities if e.id == entity_id), None)

    def sentence_text(self, index: int) -> str:
        if 0 <= index < len(self.sentences):
            start, end = self.sentences[index]
            return self.article.text[start:end]
        return ""

    def to_json(self) -> dict[str, Any]:
        a = self.article
        return {
            "id": a.id,
            "url": a.url,
            "title": a.title,
            "published": a.published,
            "outlet": a.outlet,
            "language": a.language,
            "source": a.source,
            "reporter": self.reporter,
            "text": a.text,
            "sentences": [list(s) for s in self.sentences],
            "entities": [e.to_json() for e in self.entities],
            "relations": [r.to_json() for r in self.relations],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Extraction:
        article = Article(
            id=str(data["id"]),
            text=data.get("text") or "",
            url=data.get("url"),
            title=data.get("title"),
            published=data.get("published"),
            outlet=data.get("outlet"),
            language=data.get("language"),
            source=data.get("source"),
        )
        return cls(
            article=article,
            sentences=[(int(s[0]), int(s[1])) for s in data.get("sentences") or []],
            entities=[Entity.from_json(e) for e in data.get("entities") or []],
            relations=[Relation.from_json(r) for r in data.get("relations") or []],
            reporter=data.get("reporter"),
        )


@dataclass(frozen=True)
class Merge:
    """Two forms of one stakeholder taken as one node, with the rule and the evidence.

    `a` and `b` are form ids: the ids extraction gives (content-derived, so the same written
    body or person in two articles has one form id). `pair` names the pair for `review`."""

    pair: str
    kind: Kind
    a: str
    b: str
    rule: str
    evidence: str

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "kind": self.kind.value}


@dataclass(frozen=True)
class Candidate:
    """A pair the rules were unsure of: left apart until a person decides."""

    pair: str
    kind: Kind
    a: str  # node ids (each the id of one of its forms)
    b: str
    rule: str
    reason: str
    impact: int  # articles and relations a decision would touch: the review order

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "kind": self.kind.value}


class Verdict(str, Enum):
    ACCEPT = "accept"  # one stakeholder
    REJECT = "reject"  # two stakeholders, whatever a rule says


@dataclass(frozen=True)
class Decision:
    """A person's word on a pair of forms, kept in the decisions file beside the graph."""

    verdict: Verdict
    a: str
    b: str
    note: str = ""  # the two names, for whoever reads the file


@dataclass
class Resolution:
    """What the resolve stage decided: the node of every form, and why."""

    node_of: dict[str, str] = field(default_factory=dict)  # form id → node id
    merges: list[Merge] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    republishes: dict[str, str] = field(default_factory=dict)  # copy's article node → the original's


@dataclass
class InputError:
    """One article that could not be read: where, and why."""

    source: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.reason}"

    def to_json(self) -> dict[str, Any]:
        return {"source": self.source, "line": self.line, "reason": self.reason}


# ---------------------------------------------------------------------------
# Text


_SURROGATE = re.compile("[\ud800-\udfff]")


def partial_date(day: int, month: int | None = None) -> str | None:
    """A day written without its year, as `Entity.partial_date` keeps it: `--03-04` (4 March,
    XML Schema's gMonthDay) or `---04` (the 4th, gDay); None for a day or month that is none."""
    if not 1 <= day <= 31 or month is not None and not 1 <= month <= 12:
        return None
    return f"--{month:02d}-{day:02d}" if month else f"---{day:02d}"


def replace_surrogates(text: str) -> str:
    """`text` with each lone surrogate (a "\\ud800" escape in JSON: not Unicode, and not
    writable as UTF-8) replaced by U+FFFD, one for one, so offsets into it stay true."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


# ---------------------------------------------------------------------------
# Stable ids


@lru_cache(maxsize=1 << 18)
def normalise_key(name: str) -> str:
    """The key two surface forms of one name share: NFKC, case and spacing folded,
    legal-form markers dropped."""
    s = unicodedata.normalize("NFKC", name).lower()
    for marker in ("(주)", "㈜", "주식회사", "(사)", "(재)", "사단법인", "재단법인"):
        s = s.replace(unicodedata.normalize("NFKC", marker), "")
    return "".join(ch for ch in s if ch.isalnum())


def stable_id(prefix: str, *parts: str) -> str:
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]
    return f"{prefix}-{digest}"


def pair_id(a: str, b: str) -> str:
    """The name of a pair of forms (what `review` and decisions.tsv call it), the same
    whichever comes first."""
    x, y = sorted((a, b))
    return stable_id("pair", x, y)[len("pair-") :][:10]


ID_PREFIX = {
    Kind.ORGANISATION: "org",
    Kind.PERSON: "per",
    Kind.PROGRAMME: "prg",
    Kind.AGREEMENT: "agr",
    Kind.EVENT: "evt",
    Kind.ARTICLE: "art",
}


def article_node_id(article_id: str) -> str:
    return stable_id("art", article_id)


# ---------------------------------------------------------------------------
# Graph schema: what each node kind and relationship type carries in the graph.
# Types are the Cypher/GraphML property types: "STRING", "INT64", "STRING[]".
# Every node and edge also carries `articles` (STRING[]: article ids) and
# `evidence` (STRING: JSON list of {article, start, end, text, sentence}).

COMMON_NODE_PROPERTIES: dict[str, str] = {
    "id": "STRING",
    "kind": "STRING",
    "name": "STRING",
    "aliases": "STRING[]",
    "articles": "STRING[]",
    "evidence": "STRING",
}

# Resolution's record on a stakeholder: the form ids joined into it and, as JSON text, each
# join's pair, rule and evidence (see resolve.py).
RESOLVED_PROPERTIES: dict[str, str] = {"forms": "STRING[]", "merges": "STRING"}

NODE_PROPERTIES: dict[Kind, dict[str, str]] = {
    Kind.ORGANISATION: {**COMMON_NODE_PROPERTIES, "sector": "STRING", **RESOLVED_PROPERTIES},
    Kind.PERSON: {**COMMON_NODE_PROPERTIES, "title": "STRING", **RESOLVED_PROPERTIES},
    Kind.PROGRAMME: {**COMMON_NODE_PROPERTIES, "amount": "STRING"},
    Kind.AGREEMENT: {
        **COMMON_NODE_PROPERTIES,
        "date": "STRING",
        "partial_date": "STRING",
        "venue": "STRING",
        "amount": "STRING",
        # one signing (graph/signings.py): independent reports (a republished copy counted
        # once) and the earliest publication date
        "reports": "INT64",
        "first_reported": "STRING",
        **RESOLVED_PROPERTIES,
    },
    Kind.EVENT: {**COMMON_NODE_PROPERTIES, "date": "STRING", "venue": "STRING"},
    Kind.ARTICLE: {
        **COMMON_NODE_PROPERTIES,
        "url": "STRING",
        "published": "STRING",
        "outlet": "STRING",
        "source": "STRING",
        "republishes": "STRING",  # the article node whose text this one republishes
    },
}

COMMON_EDGE_PROPERTIES: dict[str, str] = {
    "id": "STRING",
    "type": "STRING",
    "articles": "STRING[]",
    "evidence": "STRING",
}

REL_SCHEMA: dict[RelType, tuple[tuple[Kind, ...], tuple[Kind, ...], dict[str, str]]] = {
    RelType.SIGNED: ((Kind.ORGANISATION,), (Kind.AGREEMENT,), {}),
    RelType.ATTENDED: ((Kind.PERSON,), (Kind.AGREEMENT, Kind.EVENT), {}),
    RelType.HOLDS_POSITION: ((Kind.PERSON,), (Kind.ORGANISATION,), {"title": "STRING", "date": "STRING"}),
    RelType.MEMBER_OF: ((Kind.ORGANISATION,), (Kind.ORGANISATION,), {"count": "INT64"}),
    RelType.PART_OF: ((Kind.ORGANISATION,), (Kind.ORGANISATION,), {}),
    RelType.FUNDS: ((Kind.ORGANISATION,), (Kind.PROGRAMME,), {"amount": "STRING"}),
    RelType.CONCERNS: ((Kind.AGREEMENT,), (Kind.PROGRAMME, Kind.EVENT), {}),
    RelType.MENTIONED_IN: (
        (Kind.ORGANISATION, Kind.PERSON, Kind.PROGRAMME, Kind.AGREEMENT, Kind.EVENT),
        (Kind.ARTICLE,),
        {},
    ),
}


def edge_properties(rel: RelType) -> dict[str, str]:
    return {**COMMON_EDGE_PROPERTIES, **REL_SCHEMA[rel][2]}
