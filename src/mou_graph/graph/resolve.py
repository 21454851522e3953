"""The resolve stage: one node per stakeholder across articles.

Extraction gives every organisation and person a *form id* derived from what the article
says (the gazetteer's official name when it knows the body, else the name as written; a
person's name with their employer), so the same written body in two articles already shares
one id. This stage joins the forms that name one stakeholder in different ways, and leaves
apart the ones that only look alike:

- sure rules join forms (organisations first, then people, whose rule needs the employers
  resolved): the same name up to spelling variants (경상국립대 = 경상국립대학교, 대전TP =
  대전테크노파크, 국립군산대학교 = 군산대학교, ㈜신한 = 신한), forms the gazetteer knows as one
  body, a specific alias written for both, the same person name holding a position at the
  same body, a Hangul name and its romanisation at the same body (graph/romanised.py), a
  body two reports of one signing write in two scripts (graph/transcribed.py, asked by
  graph/signings.py, which runs after the organisations and before the people), and a name
  only ever seen with no body;
- guards keep apart what a rule might join: two different bodies the gazetteer knows, a body
  and a unit named after it (포항시 / 포항시의회, 서울대학교 / 서울대학교병원, a university and
  its 산학협력단), forms tied by PART_OF, and every pair a person rejected;
- pairs the rules are unsure of (a name that is a shortened or extended form of another, the
  same person name at related bodies or with no body) become candidates for `mou-graph review`.

Every join is a `Merge` with its rule and evidence, and every join can be undone by rejecting
its pair. Candidates come from blocks of normalised keys (a sorted key list for prefixes,
first and last letters for abbreviations), never from comparing all pairs.
"""

from __future__ import annotations

import bisect
import gc
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from functools import lru_cache

import networkx as nx

from ..extract.gazetteer import load_gazetteer
from ..extract.registry import is_subsequence, variant_keys
from ..model import (
    Candidate,
    Decision,
    Kind,
    Merge,
    RelType,
    Resolution,
    Sector,
    Verdict,
    normalise_key,
    pair_id,
)
from .contract import contract
from .romanised import ROMANISED, ROMANISED_UNSURE, is_hangul_name, romanised_matches
from .signings import resolve_signings

TRANSCRIBED = "same-body-two-scripts"  # 마샬대학교 = Marshall University, by a signing both sign (signings.py)
BLOCK_LIMIT = 400  # a block larger than this is split no further and proposes nothing


class _Clusters:
    """Union–find over form ids with cannot-link pairs: a join that would put two forms that
    must stay apart into one cluster is refused, and every join made is kept as a `Merge`.
    A person's decisions come first: rejected pairs stay apart, accepted ones are joined."""

    def __init__(self, forms: _Forms, accepted: set[tuple[str, str]], rejected: set[tuple[str, str]]) -> None:
        self.kind = forms.kind
        self.parent = {f: f for f in forms.ids}
        self.members: dict[str, list[str]] = {}  # roots of clusters of two or more
        self.merges: list[Merge] = []
        self.apart: dict[str, set[str]] = defaultdict(set)
        for a, b in rejected:
            if a in self.parent and b in self.parent:
                self.keep_apart(a, b)
        for a, b in sorted(accepted):
            if a in self.parent and b in self.parent:
                self.join(a, b, "reviewed", f"accepted in review: {forms.label(a)} = {forms.label(b)}")

    def find(self, f: str) -> str:
        root = f
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[f] != root:
            self.parent[f], f = root, self.parent[f]
        return root

    def keep_apart(self, a: str, b: str) -> None:
        self.apart[a].add(b)
        self.apart[b].add(a)

    def allowed(self, a: str, b: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        small, big = sorted((ra, rb), key=lambda r: len(self.cluster(r)))
        return not any(self.find(x) == big for m in self.cluster(small) for x in self.apart.get(m, ()))

    def cluster(self, root: str) -> list[str]:
        return self.members.get(root) or [root]

    def groups(self) -> Iterable[list[str]]:
        yield from self.members.values()
        for f, p in self.parent.items():
            if f == p and f not in self.members:
                yield [f]

    def join(self, a: str, b: str, rule: str, evidence: str) -> bool:
        """Join the clusters of `a` and `b` unless they must stay apart; record why."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb or not self.allowed(a, b):
            return False
        if len(self.cluster(ra)) < len(self.cluster(rb)):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra] = self.cluster(ra) + self.cluster(rb)
        self.members.pop(rb, None)
        self.merges.append(Merge(pair_id(a, b), self.kind, a, b, rule, evidence))
        return True


def _generic_keys() -> frozenset[str]:
    """Words that name a kind of body, not one body (협회, 진흥원, 산학협력단): never an
    alias two articles can share."""
    return frozenset(normalise_key(s) for s in load_gazetteer().suffix_words())


@lru_cache(maxsize=65536)
def _is_unit_word(word: str) -> bool:
    """A word for a kind of body that stands on its own (의회, 교육청, 병원, 산학협력단, 협회),
    as opposed to the ending of a company's name (텍, 솔루션즈, 코리아)."""
    found = load_gazetteer().suffix(word)
    if found is None:
        return False
    suffix, sector, _ = found
    return sector is not Sector.INDUSTRY or suffix.endswith(("회", "조합", "회의소", "병원"))


def _unit_of(short: str, long: str) -> bool:
    """`long` names a unit or offshoot of `short` (포항시 → 포항시의회, 서울대학교 →
    서울대학교병원, 충남대학교 → 충남대학교 산학협력단): the rest is itself a kind of body."""
    return len(long) > len(short) and long.startswith(short) and _is_unit_word(long[len(short) :])


class _Forms:
    """What the resolver knows of each form of one kind."""

    def __init__(self, raw: nx.MultiDiGraph, kind: Kind) -> None:
        self.raw, self.kind = raw, kind
        self.ids = sorted(n for n, d in raw.nodes(data=True) if d.get("kind") == kind.value)
        self.data = {n: raw.nodes[n] for n in self.ids}
        self._keys: dict[str, str] = {}

    def name(self, f: str) -> str:
        return str(self.data[f].get("name") or f)

    def key(self, f: str) -> str:
        if f not in self._keys:
            self._keys[f] = normalise_key(self.name(f))
        return self._keys[f]

    def aliases(self, f: str) -> list[str]:
        return list(self.data[f].get("aliases") or [])

    def articles(self, f: str) -> list[str]:
        return list(self.data[f].get("articles") or [])

    def label(self, f: str) -> str:
        arts = self.articles(f)
        more = f" +{len(arts) - 2}" if len(arts) > 2 else ""
        return f"{self.name(f)} ({', '.join(arts[:2])}{more})"


def resolve(raw: nx.MultiDiGraph, decisions: Sequence[Decision] = ()) -> Resolution:
    """Which node every form belongs to, every join with its reason, and the open candidates."""
    accepted = {(d.a, d.b) for d in decisions if d.verdict is Verdict.ACCEPT}
    rejected = {(d.a, d.b) for d in decisions if d.verdict is Verdict.REJECT}
    decided = {frozenset(p) for p in accepted | rejected}
    resolution = Resolution()
    node_of: dict[str, str] = {}

    def name_nodes(kind: Kind, clusters: _Clusters) -> None:
        for members in clusters.groups():
            node = _representative(raw, kind, members, node_of)
            for m in members:
                node_of[m] = node

    orgs = _Forms(raw, Kind.ORGANISATION)
    org_clusters, org_candidates = _resolve_orgs(orgs, accepted, rejected, decided)
    name_nodes(Kind.ORGANISATION, org_clusters)
    employer = {f: node_of[f] for f in org_clusters.parent}  # an org form → its node
    # signings need only the bodies; a join of theirs may show one body written in two
    # scripts (마샬대학교 in one report, Marshall University in the other), joined here
    gaz = load_gazetteer()

    def may_join(a: str, b: str) -> bool:  # not two bodies the gazetteer knows: it would have joined them
        return org_clusters.allowed(a, b) and not (gaz.lookup(orgs.name(a)) and gaz.lookup(orgs.name(b)))

    signings = resolve_signings(raw, employer, accepted, rejected, decided, may_join)
    for a, b, evidence in signings.bodies:
        org_clusters.join(a, b, TRANSCRIBED, f"{orgs.label(a)} and {orgs.label(b)}: {evidence}")
    if signings.bodies:
        name_nodes(Kind.ORGANISATION, org_clusters)
        employer = {f: node_of[f] for f in org_clusters.parent}
    person_clusters, person_candidates = _resolve_people(
        raw, orgs, employer, org_candidates, accepted, rejected, decided
    )
    name_nodes(Kind.PERSON, person_clusters)
    node_of.update(signings.node_of)
    resolution.merges = org_clusters.merges + person_clusters.merges + signings.merges
    resolution.republishes = signings.republishes
    for n in raw.nodes:
        node_of.setdefault(n, n)
    resolution.node_of = node_of
    # impact: the articles and relations a decision would touch, summed over both nodes
    weight: dict[str, int] = defaultdict(int)
    for f, degree in raw.degree():
        if f in node_of:
            weight[node_of[f]] += degree + len(raw.nodes[f].get("articles") or [])
    candidates = []
    seen = set()
    for c in org_candidates + person_candidates + signings.candidates:
        a, b = node_of[c.a], node_of[c.b]
        if a == b or frozenset((a, b)) in seen:
            continue
        seen.add(frozenset((a, b)))
        candidates.append(replace(c, impact=weight[a] + weight[b]))
    candidates.sort(key=lambda c: (-c.impact, c.pair))
    resolution.candidates = candidates
    return resolution


def _resolve_orgs(
    forms: _Forms,
    accepted: set[tuple[str, str]],
    rejected: set[tuple[str, str]],
    decided: set[frozenset[str]],
) -> tuple[_Clusters, list[Candidate]]:
    gaz = load_gazetteer()
    raw = forms.raw
    clusters = _Clusters(forms, accepted, rejected)
    # guards: PART_OF / MEMBER_OF ties, and two bodies the gazetteer tells apart
    for u, v, d in raw.edges(data=True):
        tied = d.get("type") in (RelType.PART_OF.value, RelType.MEMBER_OF.value)
        if tied and u in clusters.parent and v in clusters.parent:
            clusters.keep_apart(u, v)
    known: dict[str, str] = {}
    for f in forms.ids:
        body = gaz.lookup(forms.name(f))
        if body is not None and normalise_key(body.canonical) == forms.key(f):
            known[f] = body.canonical

    def join(a: str, b: str, rule: str, evidence: str) -> None:
        if known.get(a) and known.get(b) and known[a] != known[b]:
            return  # the gazetteer knows them as two bodies
        ka, kb = sorted((forms.key(a), forms.key(b)), key=len)
        if _unit_of(ka, kb):
            return
        clusters.join(a, b, rule, evidence)

    # the same name up to spelling variants
    by_variant: dict[str, list[str]] = defaultdict(list)
    for f in forms.ids:
        for k in variant_keys(forms.name(f)):
            if len(k) >= 2:
                by_variant[k].append(f)
    for _, group in sorted(by_variant.items()):
        first = group[0]
        for other in group[1:]:
            if clusters.find(first) != clusters.find(other):
                join(first, other, "same-name", f"{forms.label(first)} and {forms.label(other)} are one name")
    # forms the gazetteer knows as one body (포스텍, POSTECH, 포항공과대학교), in whatever
    # article extraction did not bring them to the official name
    by_body: dict[str, list[str]] = defaultdict(list)
    for f in forms.ids:
        bodies = {b.canonical for a in [forms.name(f), *forms.aliases(f)] if (b := gaz.lookup(a)) is not None}
        if len(bodies) == 1:
            by_body[bodies.pop()].append(f)
    for canonical, group in sorted(by_body.items()):
        group.sort(key=lambda f: (forms.key(f) != normalise_key(canonical), f))
        for other in group[1:]:
            if clusters.find(group[0]) != clusters.find(other):
                join(
                    group[0],
                    other,
                    "known-form",
                    f"{forms.label(group[0])} and {forms.label(other)} are known forms of {canonical}",
                )
    # a specific alias written for both
    generic = _generic_keys()
    by_alias: dict[str, list[str]] = defaultdict(list)
    for f in forms.ids:
        for alias in forms.data[f].get("aliases") or []:
            k = normalise_key(alias)
            if len(k) >= 2 and k not in generic:
                by_alias[k].append(f)
    for k, group in sorted(by_alias.items()):
        group = sorted(set(group))
        for other in group[1:]:
            if clusters.find(group[0]) != clusters.find(other):
                alias = next(a for a in forms.data[other].get("aliases") or [] if normalise_key(a) == k)
                join(
                    group[0], other, "shared-alias", f"‘{alias}’ names {forms.label(group[0])} and {forms.label(other)}"
                )

    candidates = _org_candidates(forms, clusters, known, decided)
    return clusters, candidates


def _org_candidates(
    forms: _Forms, clusters: _Clusters, known: dict[str, str], decided: set[frozenset[str]]
) -> list[Candidate]:
    """Names that one could be a short or long form of the other, found in blocks."""
    out: dict[frozenset[str], Candidate] = {}

    def propose(a: str, b: str, rule: str, reason: str) -> None:
        if frozenset((a, b)) in decided or clusters.find(a) == clusters.find(b) or not clusters.allowed(a, b):
            return
        if known.get(a) and known.get(b):
            return  # both official names of different known bodies
        sa, sb = forms.data[a].get("sector"), forms.data[b].get("sector")
        if sa and sb and sa != sb:
            return
        key = frozenset((clusters.find(a), clusters.find(b)))
        if key not in out:
            out[key] = Candidate(pair_id(a, b), Kind.ORGANISATION, a, b, rule, reason, 0)

    keys = sorted((forms.key(f), f) for f in forms.ids if len(forms.key(f)) >= 3)
    only_keys = [k for k, _ in keys]
    # prefixes: 에코프로 → 에코프로비엠 (but 포항시 → 포항시의회 is a unit, not a form)
    for k, f in keys:
        i = bisect.bisect_right(only_keys, k)
        hi = bisect.bisect_left(only_keys, k + "\U0010ffff")
        if hi - i > BLOCK_LIMIT:
            continue
        for k2, f2 in keys[i:hi]:
            if k2 != k and not _unit_of(k, k2):
                propose(f, f2, "longer-name", f"‘{forms.name(f2)}’ begins with ‘{forms.name(f)}’")
    # abbreviations: the letters of the short name in order in the long one, same first and last
    forms_by_key: dict[str, list[str]] = defaultdict(list)
    for k, f in keys:
        forms_by_key[k].append(f)
    blocks: dict[tuple[str, str], list[str]] = defaultdict(list)
    for k in forms_by_key:
        blocks[(k[0], k[-1])].append(k)
    for block in blocks.values():
        if len(block) > BLOCK_LIMIT:
            continue
        block.sort(key=len)
        letters = {k: frozenset(k) for k in block}
        for i, ks in enumerate(block):
            for kl in block[i + 1 :]:
                if len(kl) > 2 * len(ks):
                    break
                shape = len(kl) > len(ks) and letters[ks] <= letters[kl] and not kl.startswith(ks)
                if shape and is_subsequence(ks, kl) and not _unit_of(ks, kl):
                    fs, fl = forms_by_key[ks][0], forms_by_key[kl][0]
                    propose(fs, fl, "abbreviation", f"‘{forms.name(fs)}’ may abbreviate ‘{forms.name(fl)}’")
    return list(out.values())


def _resolve_people(
    raw: nx.MultiDiGraph,
    orgs: _Forms,
    employer_node: dict[str, str],
    org_candidates: list[Candidate],
    accepted: set[tuple[str, str]],
    rejected: set[tuple[str, str]],
    decided: set[frozenset[str]],
) -> tuple[_Clusters, list[Candidate]]:
    forms = _Forms(raw, Kind.PERSON)
    clusters = _Clusters(forms, accepted, rejected)
    employers: dict[str, set[str]] = defaultdict(set)  # person form → employer clusters
    for u, v, d in raw.edges(data=True):
        if d.get("type") == RelType.HOLDS_POSITION.value and u in clusters.parent and v in employer_node:
            employers[u].add(employer_node[v])
    by_name: dict[str, list[str]] = defaultdict(list)
    for f in forms.ids:
        by_name[forms.key(f)].append(f)
    # the same name at the same body
    for group in by_name.values():
        if len(group) < 2:
            continue
        at: dict[str, list[str]] = defaultdict(list)
        for f in group:
            for e in sorted(employers[f]):
                at[e].append(f)
        for e, fs in sorted(at.items()):
            for other in fs[1:]:
                evidence = f"{forms.label(fs[0])} and {forms.label(other)} both at {orgs.name(e)}"
                clusters.join(fs[0], other, "same-name-same-body", evidence)
    # the same name with no body anywhere: one person, as extraction already makes them
    # within its own ids (a name alone cannot tell two people apart)
    for group in by_name.values():
        alone = [f for f in group if not employers[f]]
        for other in alone[1:]:
            evidence = f"{forms.label(alone[0])} and {forms.label(other)}, named with no body"
            clusters.join(alone[0], other, "same-name-without-body", evidence)
    # a Hangul name and its romanisation at the same body, 이강덕 = Lee Kang-deok (graph/romanised.py)
    joined_so_far = {f: clusters.find(f) for f in forms.ids}
    romanised: list[Candidate] = []
    for m in romanised_matches({f: forms.name(f) for f in forms.ids}, employers, joined_so_far.__getitem__):
        evidence = m.describe(forms.label, forms.name, orgs.name(m.body))
        if m.sure:
            clusters.join(m.hangul, m.latin, ROMANISED, evidence)
        elif clusters.find(m.hangul) != clusters.find(m.latin) and clusters.allowed(m.hangul, m.latin):
            pair = pair_id(m.hangul, m.latin)  # a decided pair is joined or kept apart by now
            romanised.append(Candidate(pair, Kind.PERSON, m.hangul, m.latin, ROMANISED_UNSURE, evidence, 0))
    # unsure: the same name with no body on one side, or at related bodies
    related: set[frozenset[str]] = set()
    for c in org_candidates:
        related.add(frozenset((employer_node[c.a], employer_node[c.b])))
    for u, v, d in raw.edges(data=True):
        tied = d.get("type") in (RelType.PART_OF.value, RelType.MEMBER_OF.value)
        if tied and u in employer_node and v in employer_node:
            related.add(frozenset((employer_node[u], employer_node[v])))
    decided_with: dict[str, set[str]] = defaultdict(set)
    for pair in decided:
        x, y = tuple(pair)
        decided_with[x].add(y)
        decided_with[y].add(x)
    candidates: list[Candidate] = []
    for group in by_name.values():
        if len(group) < 2:
            continue
        people: dict[str, list[str]] = defaultdict(list)  # each person so far → their forms
        for f in group:
            people[clusters.find(f)].append(f)
        if len(people) < 2 or len(people) > BLOCK_LIMIT:
            continue
        roots = sorted(people)
        works_at = {r: set().union(*(employers[f] for f in people[r])) for r in roots}
        for i, ra in enumerate(roots):
            for rb in roots[i + 1 :]:
                a, b = min(people[ra]), min(people[rb])
                others = set(people[rb])
                if any(decided_with.get(x, set()) & others for x in people[ra]) or not clusters.allowed(a, b):
                    continue
                ea, eb = works_at[ra], works_at[rb]
                if not ea or not eb:
                    reason = f"{forms.label(a if ea else b)} and {forms.label(b if ea else a)}, who has no body"
                    rule = "same-name-one-without-body"
                elif any(frozenset((x, y)) in related for x in ea for y in eb):
                    rule = "same-name-related-bodies"
                    reason = (
                        f"{forms.name(a)} at {', '.join(orgs.name(x) for x in sorted(ea))} and at "
                        f"{', '.join(orgs.name(y) for y in sorted(eb))}"
                    )
                else:
                    continue
                candidates.append(Candidate(pair_id(a, b), Kind.PERSON, a, b, rule, reason, 0))
    return clusters, candidates + romanised


def _representative(raw: nx.MultiDiGraph, kind: Kind, members: list[str], node_of: dict[str, str]) -> str:
    """The form whose id the node takes: the official or fullest name, so the id stays put as
    shorter forms join (a person: the form whose employer is its node's own id)."""
    if len(members) == 1:
        return members[0]
    if kind is Kind.ORGANISATION:
        gaz = load_gazetteer()

        def score(f: str) -> tuple[int, int, str]:
            name = str(raw.nodes[f].get("name") or "")
            body = gaz.lookup(name)
            official = body is not None and normalise_key(body.canonical) == normalise_key(name)
            return (0 if official else 1, -len(normalise_key(name)), f)

        return min(members, key=score)

    def person_score(f: str) -> tuple[int, int, str]:  # its own body first, then a Korean name
        own = [
            v
            for _, v, d in raw.out_edges(f, data=True)
            if d.get("type") == RelType.HOLDS_POSITION.value and node_of.get(v, v) == v
        ]
        return (0 if own else 1, 0 if is_hangul_name(str(raw.nodes[f].get("name") or "")) else 1, f)

    return min(members, key=person_score)


@contextmanager
def _no_gc() -> Iterator[None]:
    """The cyclic collector paused: these stages make no cycles, and on a large graph its
    passes over the whole heap cost more than the work."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def resolve_graph(raw: nx.MultiDiGraph, decisions: Sequence[Decision] = ()) -> tuple[nx.MultiDiGraph, Resolution]:
    """Resolve and contract in one call."""
    with _no_gc():
        resolution = resolve(raw, decisions)
        return contract(raw, resolution), resolution
