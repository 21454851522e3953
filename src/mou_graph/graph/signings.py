"""Signings: one Agreement node per signing, however many articles report it.

Extraction makes one agreement per article (its id holds the article's id), so a signing that
five outlets report, or one press release republished on ten sites, would count as fifteen.
This stage, run by `resolve` once the organisations are resolved, joins the agreements that
are one signing:

- `republished`: the articles are (near) copies of one text (MinHash of 5-character shingles,
  LSH from datasketch, estimated Jaccard ≥ 0.8: graph/republished.py); the copy is linked to the earliest
  article (`republishes` on its Article node) and counted once in `reports`;
- `same-signing`: the resolved parties overlap (two or more shared and at least half of the
  smaller side, or every party of one side with one more piece of evidence: a similar title
  or venue, the same amount, shared text) and the dates agree;
- `same-amount`: the same investment amount, dates that agree and shared text, when the
  parties were named differently (a party missed in one article).

Dates agree when both signing dates are known and equal, or, when one or both are unknown,
the other date or the publication dates are at most WINDOW_DAYS apart. A report with nothing to
place its day in a year keeps the day as written (`partial_date`, `---04` or `--03-04`), which
agrees with a date on that day; a day of the month alone needs every party of both reports or
one more piece of evidence. Parties that one report writes in Hangul and the other in Latin
letters (마샬대학교 / Marshall University) count as shared when graph/transcribed.py reads them
as one body, asked only of a pair on one day with a party shared; a join made so tells
`resolve` that the two are one body. Two known signing
dates that differ never join (the same parties a year later are another signing), nor do two
agreements of one article (the article itself tells them apart), nor any pair a person
rejected; these hold for whole clusters, so no chain of joins can bring them together.
Specific titles that share nothing (the same parties signing two agreements on one day), or
different amounts, make an otherwise sure pair a review candidate, as does a pair that only
lacks a date to compare, or shares one party with the others' names in another script (a
translation, perhaps); one company signing with two cities on one day is no candidate. Pairs come from blocks (a shared resolved party, the same amount,
the copies LSH finds) and within a block from a window of days, never from all pairs.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache

import networkx as nx
from datasketch import MinHash

from ..model import Candidate, Kind, Merge, RelType, normalise_key, pair_id
from .days import iso_day, on_day, partial, partials_agree, spoken
from .republished import article_hashes, find_copies
from .transcribed import has_hangul, pair_bodies

WINDOW_DAYS = 7  # reports of one signing come out within a week of it and of each other
SHARED_TEXT = 0.15  # rewrites of one press release share this much; unrelated articles ~0.05
BLOCK_LIMIT = 400  # a window with more agreements than this proposes nothing
GENERIC_TITLE = re.compile(
    r"업무\s*협약식?|협약식|협약서?|양해각서|투자|체결|위한|관한"
    r"|\b(?:mou|memorandum|of|on|for|understanding|agreements?|the|an?|signing|ceremony|investment)\b",
    re.IGNORECASE,
)
AMOUNT = re.compile(r"(\d[\d,.]*)\s*(조|억|천만|만)(\s*원)?")


@dataclass
class _Agreement:
    id: str
    name: str
    article: str  # article node id
    date: dt.date | None
    partial: str | None  # the day an undated report gives: --MM-DD or ---DD
    published: dt.date | None
    venue: str
    amount: str | None
    parties: frozenset[str]

    @property
    def anchor(self) -> dt.date | None:
        """The day the signing is placed on: its date, else the day it was reported."""
        return self.date or self.published


def _amount_key(amount: object) -> str | None:
    found = AMOUNT.search(unicodedata.normalize("NFKC", str(amount or "")))
    return f"{found.group(1).replace(',', '')}{found.group(2)}" if found else None


@lru_cache(maxsize=1 << 16)
def _bigrams(text: str) -> frozenset[str]:
    """The letter pairs of what a title or venue says of its own: generic agreement words,
    amounts and numbers removed; nothing when fewer than three letters are left (‘열린
    협약식’, ‘66억 원 투자협약’ say nothing specific)."""
    key = normalise_key(GENERIC_TITLE.sub(" ", AMOUNT.sub(" ", unicodedata.normalize("NFKC", text))))
    key = "".join(ch for ch in key if not ch.isdigit())
    return frozenset(key[i : i + 2] for i in range(len(key) - 1)) if len(key) >= 3 else frozenset()


def _similar(a: str, b: str) -> float | None:
    """Bigram Jaccard of two titles or venues without their generic words; None when either
    says nothing specific or they are in different scripts (a Korean and an English title)."""
    x, y = _bigrams(a), _bigrams(b)
    if not x or not y or has_hangul(a) != has_hangul(b):
        return None
    return len(x & y) / len(x | y)


@dataclass
class Signings:
    """What this stage decided: the node of every agreement form, the joins, the candidates,
    and each republished article's original (article node ids)."""

    node_of: dict[str, str] = field(default_factory=dict)
    merges: list[Merge] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    republishes: dict[str, str] = field(default_factory=dict)
    # organisation nodes a join shows to be one body written in two scripts: (a, b, evidence)
    bodies: list[tuple[str, str, str]] = field(default_factory=list)


class _Clusters:
    """Union–find over agreement forms whose constraints hold for whole clusters: at most one
    known signing date, no article twice, anchors within WINDOW_DAYS, no rejected pair."""

    def __init__(self, items: dict[str, _Agreement], rejected: set[frozenset[str]]) -> None:
        self.items = items
        self.parent = {a: a for a in items}
        self.members = {a: [a] for a in items}
        self.rejected = rejected

    def find(self, a: str) -> str:
        while self.parent[a] != a:
            self.parent[a] = self.parent[self.parent[a]]
            a = self.parent[a]
        return a

    def allowed(self, a: str, b: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        both = [self.items[m] for m in self.members[ra] + self.members[rb]]
        if len({x.date for x in both if x.date}) > 1 or len({x.article for x in both}) < len(both):
            return False
        partials = [x.partial for x in both if x.partial]
        if partials and not all(on_day(p, x.date) for p in partials for x in both if x.date):
            return False  # the 4th and a signing dated the 5th
        if any(not partials_agree(p, q) for i, p in enumerate(partials) for q in partials[i + 1 :]):
            return False
        anchors = [x.anchor for x in both if x.anchor]
        if anchors and (max(anchors) - min(anchors)).days > WINDOW_DAYS:
            return False
        return not any(frozenset((x, y)) in self.rejected for x in self.members[ra] for y in self.members[rb])

    def join(self, a: str, b: str) -> bool:
        if not self.allowed(a, b) or self.find(a) == self.find(b):
            return False
        ra, rb = sorted((self.find(a), self.find(b)), key=lambda r: -len(self.members[r]))
        self.parent[rb] = ra
        self.members[ra] += self.members.pop(rb)
        return True


def _agreements(raw: nx.MultiDiGraph, org_node: dict[str, str]) -> dict[str, _Agreement]:
    published = {n: iso_day(d.get("published")) for n, d in raw.nodes(data=True) if d.get("kind") == Kind.ARTICLE.value}
    out: dict[str, _Agreement] = {}
    for n, d in raw.nodes(data=True):
        if d.get("kind") != Kind.AGREEMENT.value:
            continue
        article = next(
            (v for _, v, e in raw.out_edges(n, data=True) if e.get("type") == RelType.MENTIONED_IN.value), ""
        )
        parties = frozenset(
            org_node.get(u, u) for u, _, e in raw.in_edges(n, data=True) if e.get("type") == RelType.SIGNED.value
        )
        out[n] = _Agreement(
            n,
            str(d.get("name") or n),
            article,
            iso_day(d.get("date")),
            None if d.get("date") else partial(d.get("partial_date")),
            published.get(article),
            str(d.get("venue") or ""),
            _amount_key(d.get("amount")),
            parties,
        )
    return out


def _pairs(items: dict[str, _Agreement], copies: dict[str, str]) -> list[tuple[str, str]]:
    """Pairs worth judging: sharing a party or an amount, anchored within WINDOW_DAYS of each
    other (or not anchored at all), and every pair from a copy and its original (a copy enters
    no other block, so a text republished a hundred times costs a hundred pairs, not more)."""
    seen: set[tuple[str, str]] = set()

    def add(a: str, b: str) -> None:
        if a != b:
            seen.add((a, b) if a < b else (b, a))

    blocks: dict[str, list[_Agreement]] = defaultdict(list)
    for x in items.values():
        if x.article in copies:
            continue  # a copy says what its original says: it meets the others through it
        for p in x.parties:
            blocks[f"party:{p}"].append(x)
        if x.amount:
            blocks[f"amount:{x.amount}"].append(x)
    for block in blocks.values():
        dated = sorted(((x.anchor, x.id) for x in block if x.anchor), key=lambda t: t)
        for i, (day, a) in enumerate(dated):
            window = []
            for later, b in dated[i + 1 :]:
                if (later - day).days > WINDOW_DAYS:
                    break
                window.append(b)
            if len(window) <= BLOCK_LIMIT:
                for b in window:
                    add(a, b)
        loose = [x.id for x in block if not x.anchor]
        if loose and len(block) <= BLOCK_LIMIT:
            for a in loose:
                for y in block:
                    add(a, y.id)
    by_article: dict[str, list[str]] = defaultdict(list)
    for x in items.values():
        by_article[x.article].append(x.id)
    for copy, original in copies.items():
        for a in by_article.get(copy, []):
            for b in by_article.get(original, []):
                add(a, b)
    return sorted(seen)


def _dates(a: _Agreement, b: _Agreement) -> tuple[bool | None, str, bool]:
    """Whether the dates agree (None: nothing to compare), how, and whether weakly (only the
    day of the month is known on one side, or no year on either)."""
    if a.date and b.date:
        return a.date == b.date, f"both signed {a.date}" if a.date == b.date else "signed on different days", False
    for x, y in ((a, b), (b, a)):
        if x.date and y.partial:
            same = on_day(y.partial, x.date)
            how = f"signed {x.date}, on {spoken(y.partial)} in the other report (no year)"
            return same, how, y.partial.startswith("---")
    if a.partial and b.partial:
        return partials_agree(a.partial, b.partial), f"{spoken(a.partial)} and {spoken(b.partial)} (no year)", True
    if not a.anchor or not b.anchor:
        return None, "no date to compare", False
    gap = abs((a.anchor - b.anchor).days)
    dated = a if a.date else b if b.date else None
    if dated is None:
        how = f"reported {min(a.anchor, b.anchor)} and {max(a.anchor, b.anchor)}"
    else:
        how = f"signed {dated.date}, reported {(b if dated is a else a).anchor}"
    return gap <= WINDOW_DAYS, how, False


@dataclass
class Judgement:
    rule: str
    evidence: str
    sure: bool
    strength: tuple[float, ...]  # joins are made strongest first
    bodies: list[tuple[str, str, str]]  # the parties it finds written in two scripts
    weak: bool = False  # sure on the day of the month alone


@dataclass
class _Context:
    """What judging a pair needs besides the pair."""

    copies: dict[str, str]  # article node → the original it republishes
    texts: dict[str, MinHash]  # article node → its MinHash
    names: dict[str, str]  # organisation node → its name
    written: dict[str, frozenset[str]]  # organisation node → every name written for it
    may_join: Callable[[str, str], bool]  # whether two organisation nodes may be one body


def _judge(a: _Agreement, b: _Agreement, ctx: _Context) -> Judgement | None:
    """How sure a pair is one signing, and why; None when it is not."""
    agree, when, weak = _dates(a, b)
    if agree is False:
        return None
    names = ctx.names
    copied = ctx.copies.get(a.article, a.article) == ctx.copies.get(b.article, b.article)
    texts = ctx.texts
    text = texts[a.article].jaccard(texts[b.article]) if a.article in texts and b.article in texts else 0.0
    shared = a.parties & b.parties
    # the parties one report writes in Hangul and the other in Latin letters (마샬대학교 /
    # Marshall University), asked only of a pair already on one day with a party shared
    pairs: list[tuple[str, str, str]] = []
    if agree and shared and not copied and (rest_a := a.parties - shared) and (rest_b := b.parties - shared):
        found = pair_bodies({p: ctx.written.get(p, ()) for p in rest_a}, {q: ctx.written.get(q, ()) for q in rest_b})
        pairs = [(x, y, how) for x, y, how in found if ctx.may_join(x, y)]
    matched = len(shared) + len(pairs)
    title, venue = _similar(a.name, b.name), _similar(a.venue, b.venue) if a.venue and b.venue else None
    facts = [when]
    if shared:
        facts.append("both signed by " + ", ".join(sorted(names.get(p, p) for p in shared)))
    if pairs:
        facts.append("one body in two scripts: " + "; ".join(how for _, _, how in pairs))
    if title is not None and title >= 0.3:
        facts.append(f"titles alike ({title:.2f})")
    if venue is not None and venue >= 0.3:
        facts.append(f"at {b.venue}")
    if a.amount and a.amount == b.amount:
        facts.append(f"both {a.amount}")
    if text >= SHARED_TEXT:
        facts.append(f"texts {text:.2f} alike")
    further = (
        (title is not None and title >= 0.3)
        or (venue is not None and venue >= 0.3)
        or bool(a.amount and a.amount == b.amount)
        or text >= SHARED_TEXT
    )
    smaller = min(len(a.parties), len(b.parties))
    subset = bool(shared) and matched == smaller
    if copied:
        facts.insert(0, "one text republished")
        one = bool(shared) or normalise_key(a.name) == normalise_key(b.name) or not (a.parties and b.parties)
        rule, sure = "republished", one
    elif (matched >= 2 and 2 * matched >= smaller) or (subset and further):
        rule, sure = "same-signing", True
    elif a.amount and a.amount == b.amount and text >= SHARED_TEXT:
        rule, sure = "same-amount", True
    elif shared and (subset or has_hangul(_names(a, names, shared)) != has_hangul(_names(b, names, shared))):
        rule, sure = "shared-party", False
    else:
        return None
    if agree is None and not copied:
        if len(shared) < 2 and not further:
            return None
        rule, sure = "no-date", False
    # only the day of the month (or no year on either side) agrees: every party of both
    # reports, or one more piece of evidence, makes it one signing
    if weak and sure and not copied and not (further or matched == len(a.parties) == len(b.parties)):
        rule, sure = "no-date", False
    if title is not None and title < 0.1 and not copied:
        rule, sure = "different-titles", False
        facts.append(f"titles differ: ‘{a.name}’ / ‘{b.name}’")
    if a.amount and b.amount and a.amount != b.amount:
        rule, sure = "different-amounts", False
        facts.append(f"amounts differ: {a.amount} / {b.amount}")
    strength = (float(sure), float(copied), float(matched), title or 0.0, text)
    return Judgement(rule, "; ".join(facts), sure, strength, pairs if sure else [], weak and sure and not copied)


def _ambiguous_days(judged: list[tuple[Judgement, str, str]], items: dict[str, _Agreement]) -> None:
    """A report giving only the day of the month that would be sure of signings on two
    different dates (the 4th of March and the 4th of May): it could be either, so each of
    those pairs waits for review."""
    dates: dict[str, set[dt.date | None]] = defaultdict(set)
    for j, a, b in judged:
        if j.weak:
            for x, y in ((a, b), (b, a)):
                if items[x].partial:
                    dates[x].add(items[y].date)
    for k, (j, a, b) in enumerate(judged):
        if j.weak and any(len(dates[x]) > 1 for x in (a, b) if items[x].partial):
            judged[k] = (
                replace(j, rule="no-date", sure=False, bodies=[], weak=False, strength=(0.0, *j.strength[1:])),
                a,
                b,
            )


def _names(a: _Agreement, names: dict[str, str], shared: frozenset[str]) -> str:
    """The names of the parties only one side has (in another script, they may be the
    other side's in translation)."""
    return " ".join(names.get(p, p) for p in sorted(a.parties - shared))


def resolve_signings(
    raw: nx.MultiDiGraph,
    org_node: dict[str, str],
    accepted: set[tuple[str, str]],
    rejected: set[tuple[str, str]],
    decided: set[frozenset[str]],
    may_join: Callable[[str, str], bool] = lambda a, b: False,
) -> Signings:
    """One node per signing: the joins (strongest first), the unsure pairs, the copies, and
    the bodies its joins show written in two scripts (`may_join` says which two organisation
    nodes may be one body; by default none)."""
    items = _agreements(raw, org_node)
    texts = article_hashes(raw)
    copies = find_copies(raw, texts)
    names = {n: str(d.get("name") or n) for n, d in raw.nodes(data=True) if d.get("kind") == Kind.ORGANISATION.value}
    written: dict[str, set[str]] = defaultdict(set)
    for f, node in org_node.items():
        if f in raw:
            written[node].update([str(raw.nodes[f].get("name") or ""), *(raw.nodes[f].get("aliases") or [])])
    ctx = _Context(copies, texts, names, {n: frozenset(w - {""}) for n, w in written.items()}, may_join)
    clusters = _Clusters(items, {frozenset(p) for p in rejected})
    out = Signings(republishes=copies)
    for a, b in sorted(accepted):
        if a in items and b in items and clusters.join(a, b):
            out.merges.append(Merge(pair_id(a, b), Kind.AGREEMENT, a, b, "reviewed", "accepted in review"))
    judged = []
    for a, b in _pairs(items, copies):
        if frozenset((a, b)) in decided:
            continue
        verdict = _judge(items[a], items[b], ctx)
        if verdict is not None:
            judged.append((verdict, a, b))
    _ambiguous_days(judged, items)
    judged.sort(key=lambda j: (tuple(-s for s in j[0].strength), j[1], j[2]))
    unsure = []
    for j, a, b in judged:
        if j.sure and clusters.join(a, b):
            said = f"{items[a].name} = {items[b].name}: {j.evidence}"
            out.merges.append(Merge(pair_id(a, b), Kind.AGREEMENT, a, b, j.rule, said))
            out.bodies += [(x, y, f"{how}, parties of one signing ({said})") for x, y, how in j.bodies]
        elif not j.sure:
            unsure.append((j.rule, j.evidence, a, b))
    seen: set[frozenset[str]] = set()
    for rule, evidence, a, b in unsure:
        key = frozenset((clusters.find(a), clusters.find(b)))
        if len(key) == 2 and key not in seen and clusters.allowed(a, b):
            seen.add(key)
            reason = f"‘{items[a].name}’ and ‘{items[b].name}’: {evidence}"
            out.candidates.append(Candidate(pair_id(a, b), Kind.AGREEMENT, a, b, rule, reason, 0))
    for members in clusters.members.values():
        lead = min(members, key=lambda m: (items[m].published or dt.date.max, m))
        out.node_of.update({m: lead for m in members})
    return out
