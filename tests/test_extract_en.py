"""English articles: gazetteer bodies under their Latin names, on sentences written for the test."""

from __future__ import annotations

from mou_graph.extract import extract_article
from mou_graph.model import Article, Kind, RelType


def test_a_province_government_is_the_province() -> None:
    text = "POSTECH signed an MOU with the North Gyeongsang Province government and the city of Pohang on Monday."
    x = extract_article(Article(id="e", text=text, language="en", published="2025-05-07"))
    orgs = {e.name: e for e in x.entities if e.kind is Kind.ORGANISATION}
    assert {"경상북도", "포항시", "포항공과대학교"} <= set(orgs)
    assert "North Gyeongsang Province government" in orgs["경상북도"].aliases
    signed = {x.entity(r.source).name for r in x.relations if r.type is RelType.SIGNED}
    assert signed == {"경상북도", "포항시", "포항공과대학교"}


ARTICLE = (
    "Hanwha Signs Battery Plant Deal\n"
    "Cooperation of Industry, Academia, and Administration\n"
    "BUSAN, Mar. 4 (Yonhap) -- Hanwha Group signed an investment agreement with the Busan City government "
    "on Tuesday at the Busan Exhibition and Convention Center in Busan.\n\n"
    "President Lee Jae-myung (R) listens to Hanwha Group Chairman Kim Seung-youn's (C) explanation "
    "at the signing ceremony, in this photo provided by the presidential office. (PHOTO NOT FOR SALE) (Yonhap)\n"
)


def run_en(text: str = ARTICLE):
    return extract_article(Article(id="e", text=text, language="en", published="2026-03-05"))


def test_a_photo_caption_is_read_and_its_credit_is_no_party() -> None:
    x = run_en()
    people = {e.name: e for e in x.entities if e.kind is Kind.PERSON}
    held = [(x.entity(r.target).name, r.title) for r in x.relations if r.type is RelType.HOLDS_POSITION]
    assert "Kim Seung-youn" in people
    assert ("Hanwha Group", "Chairman") in held
    assert "대통령실" not in {e.name for e in x.entities if e.kind is Kind.ORGANISATION}


def test_the_venue_and_the_headline_name_no_party() -> None:
    x = run_en()
    orgs = {e.name for e in x.entities if e.kind is Kind.ORGANISATION}
    assert orgs == {"Hanwha Group", "Busan City government"}
    assert [e.venue for e in x.entities if e.kind is Kind.AGREEMENT] == ["Busan Exhibition and Convention Center"]
