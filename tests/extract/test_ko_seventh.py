"""Korean forms, seventh round, on sentences written for the test: foreign bodies named after
their country, and a country's name that is no person's."""

from __future__ import annotations

from extracted import agreement, korean, org, organisations, position, signatories

from mou_graph.model import Extraction, Kind, Sector


def programmes(x: Extraction) -> set[str]:
    return {e.name for e in x.entities if e.kind is Kind.PROGRAMME}


def test_a_foreign_body_keeps_its_countrys_name() -> None:
    x = korean("한빛시는 20일 쿠웨이트 투자진흥청과 업무협약을 체결했다.")
    assert "쿠웨이트 투자진흥청" in signatories(x)  # every country has a 투자진흥청
    assert org(x, "쿠웨이트 투자진흥청").sector is Sector.GOVERNMENT


def test_a_foreign_region_is_a_government_under_its_own_name_too() -> None:
    x = korean("경기도는 20일 미국 애리조나주 피닉스시, 베트남 박닌성과 우호교류 협약을 체결했다.")
    assert {"피닉스시", "미국 애리조나주 피닉스시", "베트남 박닌성"} <= {a for e in x.entities for a in e.aliases}
    assert len(signatories(x)) == 3
    assert not any(e.kind is Kind.PERSON for e in x.entities)  # 박닌성 is no 박 named 닌성


def test_a_countrys_market_is_no_mayor() -> None:
    x = korean("포항시는 미국 시장 진출을 위해 한빛전자와 협약을 맺었다.")
    assert not any(e.kind is Kind.PERSON for e in x.entities)
    assert organisations(x) == {"포항시", "한빛전자"}


def test_the_side_a_body_sent_heads_the_names_after_it() -> None:
    x = korean("한빛대학교와 새솔전자는 20일 산학협력 업무협약을 체결했다. 새솔전자 측에서는 정다은 상무가 배석했다.")
    assert position(x, "정다은") == ("새솔전자", "상무")


def test_a_title_with_the_particle_do_is_no_province() -> None:
    x = korean("한빛대는 20일 새솔전자와 업무협약을 체결했다. 광주시의회 신수정 의장도 자리를 함께했다.")
    assert position(x, "신수정") == ("광주시의회", "의장")
    assert "의장도" not in organisations(x)


def test_the_body_whose_head_a_list_begins_with_is_everyones_in_it() -> None:
    x = korean(
        "한빛대는 20일 새솔전자와 업무협약을 체결했다. 한빛대는 김철수 총장을 비롯해 박민수 부총장, "
        "오지훈 단장, 새솔전자 최다은 대표 등이 참석했다."
    )
    assert position(x, "오지훈") == ("한빛대", "단장")
    assert position(x, "최다은") == ("새솔전자", "대표")  # a body of its own ends the list


def test_a_title_of_its_own_after_a_body_is_no_part_of_the_bodys_name() -> None:
    x = korean("영양군은 18일 영양농협과 업무협약을 체결했다. 협약식에는 김정호 영양농협 조합장이 참석했다.")
    assert position(x, "김정호") == ("영양농협", "조합장")  # not 영양농협 조합 + 장


def test_a_fused_title_with_the_particle_do_is_no_province() -> None:
    x = korean(
        "대구시는 22일 한국산업기술진흥원과 업무협약을 맺었다. 민병주 한국산업기술진흥원장도 참석해 축사를 했다."
    )
    assert position(x, "민병주") == ("한국산업기술진흥원", "원장")


def test_last_months_day_and_a_day_to_come() -> None:
    pub = "2026-03-22"
    assert agreement(korean("한빛시는 지난달 10일 새솔전자와 업무협약을 체결했다.", pub)).date == "2026-02-10"
    assert agreement(korean("한빛시는 지난 10일 새솔전자와 업무협약을 체결했다.", pub)).date == "2026-03-10"
    assert agreement(korean("한빛시와 새솔전자는 오는 2일 업무협약을 체결한다.", pub)).date == "2026-04-02"
    assert agreement(korean("한빛시와 새솔전자는 오는 1월 5일 협약을 체결한다.", pub)).date == "2027-01-05"


def test_a_place_abroad_that_qualifies_a_noun_is_no_party() -> None:
    x = korean(
        "진도군은 중국 산둥성 해삼 양식 등의 투자유치를 이끌어냈다. 진도군은 22일 베트남 박닌성 및 한빛전자와 협약을 맺었다."
    )
    assert "중국 산둥성" not in organisations(x)  # 산둥성 해삼 양식: where the farming is
    assert "베트남 박닌성" in signatories(x)


def test_a_citys_people_listed_after_it_attended_with_a_spaced_verb() -> None:
    x = korean(
        "한빛대와 속초시는 20일 업무협약을 체결했다. 속초시에서는 이병선 시장, 이승우 행정국장, "
        "권금선 시민소통담당관이 함께 했다."
    )
    assert position(x, "이승우") == ("속초시", "행정국장")
    assert position(x, "권금선") == ("속초시", "시민소통담당관")


def test_a_province_fused_onto_its_county_is_the_county() -> None:
    x = korean("경남합천군은 ㈜한솔에프앤아이와 투자협약을 체결했다. 협약에는 문준희 군수가 참석했다.")
    assert "합천군" in signatories(x)
    assert position(x, "문준희") == ("합천군", "군수")


def test_no_particle_stands_before_a_parenthesis() -> None:
    x = korean("진도군은 22일 투자협약을 체결했다. ㈜한옥콘도(대표 오충환)는 휴양시설을 조성할 예정이다.")
    assert position(x, "오충환") == ("㈜한옥콘도", "대표")  # not ㈜한옥콘 and the particle 도


def test_what_an_investment_sentence_measures_is_no_company() -> None:
    x = korean(
        "진도군은 22일 3개 기업과 투자협약을 체결했다. 이들 기업은 공장을 짓는다. "
        "고용인원은 52명으로 예상되며 시설을 신설한다."
    )
    assert "고용인원" not in organisations(x)


def test_a_lone_syllable_before_a_middle_dot_begins_the_name() -> None:
    x = korean(
        "한국교통안전공단은 20일 대·중소기업농어업협력재단(사무총장 김영환, 이하 상생협력재단)과 업무협약을 "
        "체결했다. 상생협력재단은 성과를 나눈다."
    )
    assert "대·중소기업농어업협력재단" in signatories(x)
    assert position(x, "김영환") == ("대·중소기업농어업협력재단", "사무총장")
    assert "상생협력재단" not in organisations(x)  # the short form the parenthesis defines
    assert "산" not in organisations(korean("한빛시는 산·학·연 협력을 위해 한솔대와 협약을 맺었다."))


def test_what_the_agreement_does_with_a_quoted_programme_is_no_part_of_its_name() -> None:
    x = korean("한국교통안전공단은 20일 경상북도와 ‘성과공유제 확산을 위한 업무협약’을 체결했다.")
    assert "성과공유제" in programmes(x)  # a scheme (…공유제), spread by the agreement
    x = korean("한빛시는 20일 한솔대와 ‘스마트팜 혁신밸리 조성을 위한 업무협약’을 체결했다.")
    assert "스마트팜 혁신밸리" in programmes(x)
    x = korean("한빛시는 20일 한솔대와 ‘한빛 일반산업단지 조성을 위한 업무협약’을 체결했다.")
    assert "한빛 일반산업단지 조성" in programmes(x)  # an industrial site is a place: building it is the programme


def test_a_banks_and_a_police_stations_heads_and_the_list_after_a_head() -> None:
    x = korean(
        "BNK한빛은행은 울산광역시와 '시금고 업무 취급 약정'을 체결했다고 23일 밝혔다. 앞서 예경탁 은행장은 "
        "지난 20일 김두겸 울산광역시 시장과 약정 체결식을 가졌다.",
        "2026-03-23",
    )
    assert "BNK한빛은행" in signatories(x)  # 약정 is an agreement
    assert position(x, "예경탁") == ("BNK한빛은행", "은행장")
    x = korean("남양주경찰서와 한빛대학교가 업무협약을 체결했다. 박승환 경찰서장은 “상호협력을 해왔다”고 말했다.")
    assert position(x, "박승환") == ("남양주경찰서", "경찰서장")
    assert "경찰서" not in organisations(x)
    x = korean(
        "한밭대는 29일 한국기계연구원과 업무협약을 체결했다. 협약식에는 오용준 한밭대 총장을 비롯해 김윤기 "
        "교학부총장, 임준묵 산학연구부총장 등이 참석했다."
    )
    assert position(x, "임준묵") == ("국립한밭대학교", "산학연구부총장")
