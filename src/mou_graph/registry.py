"""What one article says, gathered while reading: entities with their mentions, relations
with their evidence. It folds the several names of one body into one entity and hands out
stable ids when the article is done.
"""

from __future__ import annotations

import re

from .gazetteer import Body
from .model import (
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
        self.signed: set[str] = set()
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
        return self._by_key.get((kind, normalise_key(name)))

    def key(self, entity: Entity, form: str) -> None:
        k = normalise_key(form)
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
        entity = self.find(Kind.ORGANISATION, canonical) or self.find(Kind.ORGANISATION, surface)
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
        k = normalise_key(form)
        if len(k) < 2:
            return None
        best = None
        for e in self.entities:
            if e.kind is not Kind.ORGANISATION:
                continue
            for alias in [e.name, *e.aliases, self.canonical.get(e.id, "")]:
                full = normalise_key(alias)
                if len(full) <= len(k):
                    continue
                core = re.sub(r"^(한국|국립|재단법인|사단법인)", "", full)
                if k[-1] == full[-1] and k[0] in core[:3] and is_subsequence(k, core):
                    best = e
                    break
            if best:
                break
        return best

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

    # -- finish ----------------------------------------------------------------
    def finish(self, reporter: str | None = None) -> Extraction:
        """Give every entity its stable id and drop what no mention supports."""
        ids: dict[str, str] = {}
        orgs = {e.id: e for e in self.entities if e.kind is Kind.ORGANISATION}
        for e in self.entities:
            if e.kind is Kind.ORGANISATION:
                ids[e.id] = stable_id("org", normalise_key(self.canonical.get(e.id, e.name)))
        for e in self.entities:
            if e.kind is Kind.PERSON:
                employer = next(
                    (orgs[r.target] for r in self.positions(e) if r.target in orgs), None
                )
                where = normalise_key(self.canonical.get(employer.id, employer.name)) if employer else ""
                ids[e.id] = stable_id("per", normalise_key(e.name), where)
            elif e.kind is Kind.AGREEMENT:
                ids[e.id] = stable_id("agr", self.article.id, normalise_key(e.name))
            elif e.kind in (Kind.PROGRAMME, Kind.EVENT):
                ids[e.id] = stable_id("prg" if e.kind is Kind.PROGRAMME else "evt", normalise_key(e.name))
        for e in self.entities:
            e.id = ids[e.id]
            e.aliases = sorted(set(e.aliases), key=lambda a: (-len(a), a))
            if e.kind is Kind.ORGANISATION and e.name not in e.aliases and e.aliases:
                e.name = e.aliases[0]
        relations = []
        for r in self.relations.values():
            r.source, r.target = ids.get(r.source, r.source), ids.get(r.target, r.target)
            relations.append(r)
        entities = [e for e in self.entities if e.mentions or e.kind is Kind.AGREEMENT]
        return Extraction(
            article=self.article,
            sentences=self.sentences,
            entities=entities,
            relations=relations,
            reporter=reporter,
        )
