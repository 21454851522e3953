"""What an extraction says, asked the way the extractor tests ask it."""

from __future__ import annotations

from mou_graph.extract import extract_article
from mou_graph.model import Article, Entity, Extraction, Kind, RelType


def korean(text: str, published: str | None = "2025-03-12", **kw: str) -> Extraction:
    return extract_article(Article(id="t", text=text, language="ko", published=published, **kw))


def english(text: str, published: str | None = "2024-05-10") -> Extraction:
    return extract_article(Article(id="t", text=text, language="en", published=published))


def signatories(x: Extraction) -> set[str]:
    """The names of the parties that SIGNED."""
    return {x.entity(r.source).name for r in x.relations if r.type is RelType.SIGNED}


def organisations(x: Extraction) -> set[str]:
    return {e.name for e in x.entities if e.kind is Kind.ORGANISATION}


def positions(x: Extraction) -> set[tuple[str, str, str | None]]:
    """(person, organisation, title) for every HOLDS_POSITION."""
    return {
        (x.entity(r.source).name, x.entity(r.target).name, r.title)
        for r in x.relations
        if r.type is RelType.HOLDS_POSITION
    }


def org(x: Extraction, form: str) -> Entity:
    """The one organisation with `form` as its name or an alias."""
    found = [e for e in x.entities if e.kind is Kind.ORGANISATION and form in (e.name, *e.aliases)]
    assert found, f"no organisation written {form!r}: {[e.aliases for e in x.entities]}"
    assert len(found) == 1, (form, [e.aliases for e in x.entities if e.kind is Kind.ORGANISATION])
    return found[0]


def person(x: Extraction, name: str) -> Entity:
    found = [e for e in x.entities if e.kind is Kind.PERSON and e.name == name]
    assert found, f"no person {name!r}: {[e.name for e in x.entities if e.kind is Kind.PERSON]}"
    return found[0]


def position(x: Extraction, name: str) -> tuple[str | None, str | None]:
    """(organisation, title) of the person `name`: their first HOLDS_POSITION, else (None, their own title)."""
    p = person(x, name)
    rels = [r for r in x.relations if r.type is RelType.HOLDS_POSITION and r.source == p.id]
    if not rels:
        return None, p.title
    return x.entity(rels[0].target).name, rels[0].title


def agreement(x: Extraction) -> Entity:
    """The extraction's single agreement."""
    found = [e for e in x.entities if e.kind is Kind.AGREEMENT]
    assert len(found) == 1
    return found[0]
