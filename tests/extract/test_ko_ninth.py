"""Korean forms, ninth round, on sentences written for the test: bodies listed in a parenthesis
after a count of their kind, reporters' outlets in two more byline shapes, and a word between
a name and a title that once crashed the extractor."""

from __future__ import annotations

from extracted import korean, org, organisations, position, signatories

from mou_graph.model import Sector


def test_stems_after_a_count_of_universities_and_districts_are_those_bodies() -> None:
    x = korean(
        "세종대학교는 26일 서울시와 캠퍼스타운 조성을 위한 협약을 체결했다. 이번 협약식에는 "
        "4개 대학(세종, 고려, 광운) 총장·3개 자치구(성북, 노원, 광진) 부구청장 등이 참석했다."
    )
    assert org(x, "고려").name == "고려대학교"
    assert org(x, "광운").sector is Sector.ACADEMIA
    assert org(x, "노원").sector is Sector.GOVERNMENT
    assert "자치구" not in organisations(x)  # the kind counted is no body


def test_a_stem_the_gazetteer_does_not_know_with_the_ending_is_no_body() -> None:
    x = korean("새솔시는 3개 대학(한빛, 새솔) 총장과 협약을 체결했다.")
    assert "한빛" not in organisations(x) and "한빛대학교" not in organisations(x)


def test_names_after_a_count_of_schools_are_schools() -> None:
    x = korean(
        "새솔대가 주관하고 새솔시, 도내 3개 고교(한빛공고, 가온뷰티고, 새솔고) 등 10개 기관이 "
        "참여하는 사업 협약을 체결했다."
    )
    assert {"한빛공고", "가온뷰티고", "새솔고"} <= signatories(x)
    assert org(x, "새솔고").sector is Sector.ACADEMIA


def test_the_outlet_before_the_place_in_a_bracketed_byline() -> None:
    x = korean("[새솔뉴스,남해=김철수 기자]경남 남해군이 14일 새솔대학교와 업무협약을 체결했다.", outlet="새솔뉴스")
    assert position(x, "김철수") == ("새솔뉴스", "기자")


def test_a_reporter_who_signs_again_above_the_copyright_is_its_outlets() -> None:
    x = korean(
        "김철수 기자\n입력 2025-07-29 17:59\n새솔대학교는 29일 아산시와 업무협약을 체결했다고 밝혔다.\n"
        "아산 김철수 기자\nCopyright ⓒ 새솔신문 All rights reserved."
    )
    assert position(x, "김철수") == ("새솔신문", "기자")


def test_a_lone_syllable_between_name_and_title_does_not_sink_the_article() -> None:
    x = korean("새솔시는 한빛대와 협약을 체결했다. 협약식에는 김철수 주 대표가 참석했다.")
    assert signatories(x) == {"새솔시", "한빛대"}
