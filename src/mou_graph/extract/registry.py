"""What one article says, gathered while reading: entities with their mentions, relations
with their evidence. It folds the several names of one body into one entity and hands out
stable ids when the article is done.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import (
    Article,
    Entity,
    Extraction,
    Kind,
    Relation,
    RelType,
    Sector,
    Span,
    normalise_key,
    stable_id,
)
from .gazetteer import Body


def variant_keys(form: str) -> list[str]:
    """Keys under which one body's written forms meet: 경상국립대 = 경상국립대학교,
    국립군산대학교 = 군산대학교, 대전TP = 대전테크노파크, 서울대병원 = 서울대학교병원."""
    k = normalise_key(form)
    out = [k]
    for prefix in ("국립", "사립"):
        if k.startswith(prefix) and len(k) > len(prefix) + 2:
            out.append(k[len(prefix) :])
    for key in list(out):
        if key.endswith("대학교") and len(key) > 4:
            out.append(key[:-2])
            out.append(key[:-1])  # 우석대학 = 우석대학교
        elif key.endswith("대학") and len(key) > 3:
            out.append(key + "교")
        elif key.endswith("대") and len(key) >= 3:
            out.append(key + "학교")
        if key.endswith("여자대학교") and len(key) > 6:  # 서울여대 = 서울여자대학교
            out.append(key[:-5] + "여대")
        elif key.endswith("여대") and len(key) >= 3:
            out.append(key[:-2] + "여자대학교")
        out.extend(_school_variants(key))
        inner = key.find("대학교")
        if inner > 0 and key[inner + 3 :] and not key.endswith("대학교병원"):
            out.append(key[:inner] + "대" + key[inner + 3 :])  # 순천향대서울병원 = 순천향대학교서울병원
        if key.endswith("대병원") and len(key) > 4:  # 서울대병원 = 서울대학교병원
            out.append(key[:-3] + "대학교병원")
        elif key.endswith("대학교병원") and len(key) > 6:
            out.append(key[:-5] + "대병원")
        if key.endswith("tp") and len(key) > 2:
            out.append(key[:-2] + "테크노파크")
        elif key.endswith("테크노파크") and len(key) > 5:
            out.append(key[:-5] + "tp")
    return out


# a high school's short forms: 포항제철공업고등학교 = 포항제철공고 = 포항제철공업고, 경주여자고등학교 = 경주여고
_SCHOOL_FORMS = (("공업고등학교", "공고", "공업고"), ("여자고등학교", "여고", "여자고"), ("고등학교", "고"))


def _school_variants(key: str) -> list[str]:
    for forms in _SCHOOL_FORMS:
        for form in forms:
            if key.endswith(form) and len(key) > len(form) + 1:
                stem = key[: -len(form)]
                return [stem + f for f in forms if f != form]
    return []


def abbreviates(form: str, name: str) -> bool:
    """기품원 for 국방기술품질원, 세기원 for 한국세라믹기술원: first and last letter kept, the rest in order."""
    k, full = normalise_key(form), normalise_key(name)
    if len(k) < 2 or len(full) <= len(k):
        return False
    core = re.sub(r"^(한국|국립|재단법인|사단법인)", "", full)
    return k[-1] == full[-1] and k[0] in core[:3] and is_subsequence(k, core)


def is_subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


class Registry:
    def __init__(self, article: Article, sentences: list[tuple[int, int]]) -> None:
        self.article = article
        self.sentences = sentences
        self.entities: list[Entity] = []
        self.relations: dict[tuple[str, str, str, str], Relation] = {}
        self._by_key: dict[tuple[Kind, str], Entity] = {}
        self.canonical: dict[str, str] = {}  # entity temp id → canonical name (for ids)
        self.body: dict[str, Body] = {}
        # a language's own test that a short form names the same body as a long one
        # (Korean: 남해대학 is 경남도립남해대학, the long form only adds its region)
        self.shortens: Callable[[str, str], bool] | None = None
        self._n = 0

    # -- spans ---------------------------------------------------------------
    def sentence_of(self, pos: int) -> int:
        for i, (a, b) in enumerate(self.sentences):
            if a <= pos < b:
                return i
        return -1

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.article.text[start:end], self.sentence_of(start))

    # -- entities --------------------------------------------------------------
    def _new(self, kind: Kind, name: str) -> Entity:
        self._n += 1
        entity = Entity(id=f"tmp{self._n}", kind=kind, name=name)
        self.entities.append(entity)
        return entity

    def find(self, kind: Kind, name: str) -> Entity | None:
        for k in variant_keys(name) if kind is Kind.ORGANISATION else [normalise_key(name)]:
            if (kind, k) in self._by_key:
                return self._by_key[(kind, k)]
        return None

    def key(self, entity: Entity, form: str) -> None:
        for k in variant_keys(form) if entity.kind is Kind.ORGANISATION else [normalise_key(form)]:
            if k:
                self._by_key.setdefault((entity.kind, k), entity)

    def org(
        self,
        surface: str,
        start: int,
        end: int,
        *,
        canonical: str | None = None,
        sector: Sector | None = None,
        body: Body | None = None,
    ) -> Entity:
        """Record an organisation mention; the same body under any known form is one entity."""
        canonical = body.canonical if body else (canonical or surface)
        entity = self.find(Kind.ORGANISATION, canonical)
        if entity is None and (same := self.find(Kind.ORGANISATION, surface)) is not None:
            known = self.body.get(same.id)
            entity = (
                same if body is None or known is None or known == body else None
            )  # Jeju: the city, not the province
        if entity is None:
            entity = self._new(Kind.ORGANISATION, surface)
            self.canonical[entity.id] = canonical
            if body:
                self.body[entity.id] = body
        if entity.sector is None or (body and entity.id not in self.body):
            entity.sector = body.sector if body else sector
            if body:
                self.body[entity.id] = body
                self.canonical[entity.id] = body.canonical
        if sector and entity.sector is None:
            entity.sector = sector
        self.key(entity, canonical)
        self.key(entity, surface)
        if end > start:
            entity.add_mention(self.span(start, end))
        return entity

    def alias(self, entity: Entity, surface: str, start: int, end: int) -> None:
        self.key(entity, surface)
        entity.add_mention(self.span(start, end))

    def match_abbreviation(self, form: str) -> Entity | None:
        """An organisation of this article that `form` abbreviates (기품원 → 국방기술품질원)."""
        return next(
            (
                e
                for e in self.entities
                if e.kind is Kind.ORGANISATION
                and any(abbreviates(form, a) for a in (e.name, *e.aliases, self.canonical.get(e.id, "")))
            ),
            None,
        )

    def person(self, name: str, start: int, end: int) -> Entity:
        entity = self.find(Kind.PERSON, name)
        if entity is None:
            entity = self._new(Kind.PERSON, name)
            self.key(entity, name)
        entity.add_mention(self.span(start, end))
        return entity

    def other(self, kind: Kind, name: str, start: int, end: int) -> Entity:
        entity = self.find(kind, name)
        if entity is None:
            entity = self._new(kind, name)
            self.key(entity, name)
        if end > start:
            entity.add_mention(self.span(start, end))
        return entity

    # -- relations -------------------------------------------------------------
    def relate(
        self,
        rel: RelType,
        source: Entity,
        target: Entity,
        evidence: tuple[int, int] | None = None,
        **props: object,
    ) -> Relation:
        key = (rel.value, source.id, target.id, str(props.get("title") or ""))
        relation = self.relations.get(key)
        if relation is None:
            relation = Relation(type=rel, source=source.id, target=target.id, **props)  # type: ignore[arg-type]
            self.relations[key] = relation
        if evidence:
            span = self.span(*evidence)
            if span not in relation.evidence:
                relation.evidence.append(span)
        return relation

    def positions(self, person: Entity) -> list[Relation]:
        return [r for r in self.relations.values() if r.type is RelType.HOLDS_POSITION and r.source == person.id]

    def drop_bystanders(self, named_as_bystander: Callable[[Span], bool]) -> None:
        """Remove organisations in no relation whose every mention the test calls a bystander's
        (the venue, a photo credit): the graph is of parties, and the venue stays on the agreement."""
        # a unit's tie to its parent (PART_OF) makes neither a party
        ties = [r for r in self.relations.values() if r.type is not RelType.PART_OF]
        related = {r.source for r in ties} | {r.target for r in ties}
        self.entities = [
            e
            for e in self.entities
            if e.kind is not Kind.ORGANISATION
            or e.id in related
            or not e.mentions
            or not all(named_as_bystander(m) for m in e.mentions)
        ]

    # -- finish ----------------------------------------------------------------
    def merge_forms(self) -> None:
        """Fold a shortened spelling into the full one: 이차전지산업 기업협의회 is
        경북포항이차전지산업기업협의회 when the letters follow in order and the ending agrees.

        Two forms named in one sentence are two bodies, whatever their letters (경주정보고,
        경주여자정보고; 한국대학교육협의회, 한국전문대학교육협의회): a sentence does not name one
        body twice in two spellings."""
        orgs = [e for e in self.entities if e.kind is Kind.ORGANISATION]

        def longest(e: Entity) -> str:
            return max((normalise_key(a) for a in [e.name, *e.aliases]), key=len)

        def forms(e: Entity) -> set[str]:  # 포항제철공고 for 포항제철공업고등학교: 포철공고 shortens it
            return {k for a in [e.name, *e.aliases] for k in variant_keys(a)}

        def sentences(e: Entity) -> set[int]:
            return {m.sentence for m in e.mentions if m.sentence >= 0}

        orgs.sort(key=lambda e: -len(longest(e)))
        gone: dict[str, Entity] = {}
        # a body the gazetteer knows keeps its own forms, but may take a shortened spelling
        # (이호성 표준과학연구원장 is 한국표준과학연구원's)
        for short in [e for e in orgs if e.id not in self.body][::-1]:
            ks = longest(short)
            for long in orgs:
                kl = longest(long)
                if long is short or long.id in gone or len(kl) <= len(ks) or len(ks) < 4:
                    continue
                if sentences(short) & sentences(long):
                    continue
                if any(
                    len(k) > len(ks)
                    and (
                        (ks[-3:] == k[-3:] and len(ks) >= 0.6 * len(k) and is_subsequence(ks, k))
                        or (self.shortens is not None and self.shortens(ks, k))
                    )
                    for k in forms(long)
                ):
                    gone[short.id] = long
                    break
        self.fold(gone)

    def fold(self, gone: dict[str, Entity]) -> None:
        """Fold each entity whose id `gone` maps into the entity it names: its mentions, and
        its relations (one where both held one)."""
        if not gone:
            return
        for short_id, long in gone.items():
            short = next(e for e in self.entities if e.id == short_id)
            for m in short.mentions:
                long.add_mention(m)
        for key, e in self._by_key.items():
            if e.id in gone:
                self._by_key[key] = gone[e.id]
        self.entities = [e for e in self.entities if e.id not in gone]
        merged: dict[tuple[str, str, str, str], Relation] = {}
        for r in self.relations.values():
            r.source = gone[r.source].id if r.source in gone else r.source
            r.target = gone[r.target].id if r.target in gone else r.target
            if r.key in merged:
                merged[r.key].evidence.extend(e for e in r.evidence if e not in merged[r.key].evidence)
            else:
                merged[r.key] = r
        self.relations = merged

    def finish(self, reporter: str | None = None) -> Extraction:
        """Give every entity its stable id and drop what no mention supports."""
        self.merge_forms()
        ids: dict[str, str] = {}
        orgs = {e.id: e for e in self.entities if e.kind is Kind.ORGANISATION}
        for e in self.entities:
            if e.kind is Kind.ORGANISATION:
                ids[e.id] = stable_id("org", normalise_key(self.canonical.get(e.id, e.name)))
        for e in self.entities:
            if e.kind is Kind.PERSON:
                employer = next((orgs[r.target] for r in self.positions(e) if r.target in orgs), None)
                where = normalise_key(self.canonical.get(employer.id, employer.name)) if employer else ""
                ids[e.id] = stable_id("per", normalise_key(e.name), where)
            elif e.kind is Kind.AGREEMENT:
                ids[e.id] = stable_id("agr", self.article.id, normalise_key(e.name))
            elif e.kind in (Kind.PROGRAMME, Kind.EVENT):
                ids[e.id] = stable_id("prg" if e.kind is Kind.PROGRAMME else "evt", normalise_key(e.name))
        old_ids = {ids[e.id]: e.id for e in self.entities}
        for e in self.entities:
            e.id = ids[e.id]
            e.aliases = sorted(set(e.aliases), key=lambda a: (-len(a), a))
            if e.date:
                e.partial_date = None  # a day placed in its year says it all
            if e.kind is Kind.ORGANISATION and e.aliases:
                # the official name when the gazetteer knows the body, else the fullest form written
                body = self.body.get(old_ids[e.id]) if e.id in old_ids else None
                e.name = body.canonical if body else max(e.aliases, key=len)
        relations = []
        for r in self.relations.values():
            r.source, r.target = ids.get(r.source, r.source), ids.get(r.target, r.target)
            relations.append(r)
        entities = [e for e in self.entities if e.mentions or e.kind is Kind.AGREEMENT]
        kept = {e.id for e in entities}
        relations = [r for r in relations if r.source in kept and r.target in kept]
        return Extraction(
            article=self.article,
            sentences=self.sentences,
            entities=entities,
            relations=relations,
            reporter=reporter,
        )
