"""Short forms of a body in a person's frame, on sentences written for the test: a head's
title fused onto the body's short form (대 for 대학교), and the title a hospital's head has."""

from __future__ import annotations

from extracted import korean, org, positions

from mou_graph.extract.registry import variant_keys
from mou_graph.model import Sector


def test_a_university_inside_a_name_has_its_short_form() -> None:
    assert "한빛대가람병원" in variant_keys("한빛대학교가람병원")
    assert "한빛대병원" in variant_keys("한빛대학교병원")
    assert variant_keys("한빛대학교가람병원") == ["한빛대학교가람병원", "한빛대가람병원"]  # once, nothing else
    assert variant_keys("한빛대학교") == ["한빛대학교", "한빛대", "한빛대학"]  # at the end: the endings' rule alone


def test_a_head_fused_onto_the_short_form_of_a_body_the_article_names() -> None:
    text = (
        "한빛대학교가람병원과 누리의료원은 9일 업무 협약을 체결했다. "
        "협약식에는 서민호 한빛대가람병원장과 김도윤 누리의료원장이 참석했다."
    )
    assert positions(korean(text)) >= {
        ("서민호", "한빛대학교가람병원", "병원장"),
        ("김도윤", "누리의료원", "의료원장"),
    }


def test_a_word_ending_like_a_title_but_naming_no_body_of_the_article_stays_a_title() -> None:
    text = "한빛대학교와 누리시는 9일 업무 협약을 체결했다. 협약식에는 서민호 가람병원장이 참석했다."
    assert not any(body == "한빛대학교" for name, body, _ in positions(korean(text)) if name == "서민호")


def test_a_hospital_named_after_its_university_is_academia() -> None:
    x = korean("한빛대학교가람병원과 누리시는 9일 업무 협약을 체결했다.")
    assert org(x, "한빛대학교가람병원").sector is Sector.ACADEMIA


def test_a_definition_without_quotes_defines_the_short_form_alone() -> None:
    x = korean("국민건강보험공단(이하 공단)은 3일 포항시와 업무협약을 체결했다. 공단은 검진을 맡는다.")
    forms = set(org(x, "국민건강보험공단").aliases)
    assert "공단" in forms and not [f for f in forms if "이하" in f]
