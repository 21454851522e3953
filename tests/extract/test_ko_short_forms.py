"""Short forms of a body in a person's frame, on sentences written for the test: a head's
title fused onto the body's short form (대 for 대학교), and the title a hospital's head has."""

from __future__ import annotations

from mou_graph.extract import extract_article
from mou_graph.extract.registry import variant_keys
from mou_graph.model import Article, Kind, RelType, Sector


def positions(text: str) -> set[tuple[str, str, str | None]]:
    x = extract_article(Article(id="t", text=text, published="2025-03-12", language="ko"))
    return {
        (x.entity(r.source).name, x.entity(r.target).name, r.title)
        for r in x.relations
        if r.type is RelType.HOLDS_POSITION
    }


def test_a_university_inside_a_name_has_its_short_form() -> None:
    assert "한빛대가람병원" in variant_keys("한빛대학교가람병원")
    assert "한빛대병원" in variant_keys("한빛대학교병원")
    assert variant_keys("한빛대학교") == variant_keys("한빛대학교")  # the end is handled as before
    assert not any(k.endswith("대") and "대학교" in k for k in variant_keys("한빛대학교가람병원")[1:])


def test_a_head_fused_onto_the_short_form_of_a_body_the_article_names() -> None:
    text = (
        "한빛대학교가람병원과 누리의료원은 9일 업무 협약을 체결했다. "
        "협약식에는 서민호 한빛대가람병원장과 김도윤 누리의료원장이 참석했다."
    )
    assert positions(text) >= {
        ("서민호", "한빛대학교가람병원", "병원장"),
        ("김도윤", "누리의료원", "의료원장"),
    }


def test_a_word_ending_like_a_title_but_naming_no_body_of_the_article_stays_a_title() -> None:
    text = "한빛대학교와 누리시는 9일 업무 협약을 체결했다. 협약식에는 서민호 가람병원장이 참석했다."
    assert not any(org == "한빛대학교" for name, org, _ in positions(text) if name == "서민호")


def test_a_hospital_named_after_its_university_is_academia() -> None:
    x = extract_article(
        Article(
            id="t",
            text="한빛대학교가람병원과 누리시는 9일 업무 협약을 체결했다.",
            published="2025-03-12",
            language="ko",
        )
    )
    (hospital,) = [e for e in x.entities if e.kind is Kind.ORGANISATION and e.name == "한빛대학교가람병원"]
    assert hospital.sector is Sector.ACADEMIA
