"""Korean forms of the sixth round, each on sentences written for the test: the state's local
offices (세관, 세무서, 우체국, a ministry's 지청) as public bodies, a bank's head (행장), and a
division's director listed after the head of the body."""

from __future__ import annotations

from extracted import korean, org, organisations, position, signatories

from mou_graph.model import Sector


def test_the_states_local_offices_are_public_bodies_of_their_own() -> None:
    x = korean(
        "누리시는 17개 기관과 업무협약을 체결했다고 10일 밝혔다. 이번 협약에는 누리세관, 누리세무서, "
        "누리구치소, 남누리우체국, 국립누리검역소 등이 참여했다."
    )
    for name in ("누리세관", "누리세무서", "누리구치소", "남누리우체국", "국립누리검역소"):
        assert org(x, name).sector is Sector.GOVERNMENT, name
        assert name in signatories(x)


def test_a_ministrys_regional_office_is_one_body_with_the_ministry_in_its_name() -> None:
    x = korean("누리시는 10일 고용노동부 누리지청, 한국은행 누리본부와 업무협약을 체결했다.")
    assert {"고용노동부 누리지청", "한국은행 누리본부"} <= signatories(x)
    assert "고용노동부" not in organisations(x)
    assert org(x, "한국은행 누리본부").sector is Sector.GOVERNMENT  # the central bank is public


def test_a_banks_head_is_its_haengjang() -> None:
    x = korean(
        "한빛은행(행장 서민수)은 지난 24일 누리신용보증재단(이사장 오정택)과 업무협약을 체결했다. "
        "서민수 행장은 “지원을 넓히겠다”고 밝혔다."
    )
    assert position(x, "서민수") == ("한빛은행", "행장")
    assert position(x, "오정택") == ("누리신용보증재단", "이사장")


def test_a_head_of_a_local_office_fuses_the_title_onto_its_name() -> None:
    x = korean("누리시와 누리세무서는 3일 업무협약을 체결했다. 이날 김철수 누리세무서장이 참석했다.")
    assert position(x, "김철수") == ("누리세무서", "서장")


def test_a_division_director_listed_after_the_head_is_of_the_heads_body() -> None:
    x = korean(
        "한빛경제진흥원과 누리과학원은 1일 업무협약을 체결했다. 이날 협약식에는 강민수 한빛경제진흥원장, "
        "임정호 경제부문 이사, 김현철 누리과학원 대표이사, 정수민 사업부문 이사 등이 참석했다."
    )
    assert position(x, "임정호") == ("한빛경제진흥원", "경제부문 이사")
    assert position(x, "정수민") == ("누리과학원", "사업부문 이사")
