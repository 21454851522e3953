"""The extract stage for one article: clean it, split it into sentences, run the extractor
for its language, and add what the byline says (reporter, outlet)."""

from __future__ import annotations

from ..ingest.clean import Cleaned, clean, copyright_follows
from ..model import Article, Extraction, Kind, RelType, Sector
from .en_text import english_sentences
from .gazetteer import Gazetteer, load_gazetteer
from .korean import sentences
from .registry import Registry


def split_sentences(article: Article, cleaned: Cleaned) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in cleaned.segments:
        out.extend(sentences(article.text, start, end))
    return out


def _byline(reg: Registry, cleaned: Cleaned, gaz: Gazetteer) -> str | None:
    """The reporter, and the outlet when the byline names it (then it is an organisation)."""
    text = reg.article.text
    reporter = None
    for b in cleaned.bylines:
        person = reg.person(b.reporter, b.start, b.end)
        if person.title is None:
            person.title = b.title or None
        reporter = reporter or b.reporter
        outlet, o_start = b.outlet, b.outlet_start
        if outlet is None and copyright_follows(text, b, cleaned) and cleaned.outlet_span:
            outlet, o_start = cleaned.outlet, cleaned.outlet_span[0]
        if outlet and o_start >= 0:
            body = gaz.lookup(outlet)
            org = reg.org(outlet, o_start, o_start + len(outlet), body=body, sector=Sector.MEDIA)
            org.sector = Sector.MEDIA
            if not reg.positions(person):
                reg.relate(RelType.HOLDS_POSITION, person, org, (b.start, b.end), title=b.title or None)
    return reporter


def extract_article(article: Article, gaz: Gazetteer | None = None) -> Extraction:
    """Everything the article says about who agreed with whom, with provenance."""
    gaz = gaz or load_gazetteer()
    cleaned = clean(article)
    if cleaned.published and not article.published:
        article.published = cleaned.published
    if article.outlet is None and cleaned.outlet:
        article.outlet = cleaned.outlet
    english = (article.language or "ko") == "en"
    # English sentences by punctuation (Kiwi reads Korean: it leaves an English paragraph whole)
    reg = Registry(
        article, english_sentences(article.text, cleaned.segments) if english else split_sentences(article, cleaned)
    )
    reporter = _byline(reg, cleaned, gaz)
    if english:
        from .en import EnglishExtractor

        EnglishExtractor(gaz, reg, cleaned.published).run(cleaned.segments)
    else:
        from .ko.extractor import KoreanExtractor

        skip = [
            (min(b.start, b.outlet_start if b.outlet_start >= 0 else b.start), b.title_start + len(b.title))
            for b in cleaned.bylines
        ]
        KoreanExtractor(gaz, reg, cleaned.published, skip).run(cleaned.segments)
    extraction = reg.finish(reporter)
    # a person is never an organisation: drop organisations whose every form is a person's name
    people = {e.name for e in extraction.entities if e.kind is Kind.PERSON}
    dropped = {e.id for e in extraction.entities if e.kind is Kind.ORGANISATION and set(e.aliases) <= people}
    if dropped:
        extraction.entities = [e for e in extraction.entities if e.id not in dropped]
        extraction.relations = [r for r in extraction.relations if r.source not in dropped and r.target not in dropped]
    return extraction
