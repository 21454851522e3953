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
