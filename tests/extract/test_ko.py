"""The genre's patterns, each on sentences written for the test (not taken from any article)."""

from __future__ import annotations

import pytest
from extracted import agreement, korean, org, person, position, signatories

from mou_graph.model import Kind, RelType, Sector

SIGNING = (
    "구미시는 11일 구미코 컨벤션홀에서 경북대학교, 금오공과대학교와 ‘반도체 인재 양성을 위한 업무협약’을 체결했다. "
)


def test_name_body_title() -> None:
    x = korean(SIGNING + "이날 협약식에는 홍길동 경북대 부총장, 김민수 금오공과대 산학협력단장이 참석했다.")
    assert position(x, "홍길동") == ("경북대학교", "부총장")
    assert person(x, "김민수")


def test_title_fused_to_the_body() -> None:
    x = korean(SIGNING + "이날 행사에는 박정호 구미시장과 이영수 충북지사가 참석했다.")
    assert position(x, "박정호") == ("구미시", "시장")
    body, title = position(x, "이영수")
    assert title == "지사" and body is not None
    assert org(x, body).sector is Sector.GOVERNMENT


def test_body_then_title_then_name_in_parentheses() -> None:
    x = korean("한동대학교(총장 최도성)는 20일 포항시와 ‘글로컬 인재 양성 협약’을 체결했다.")
    assert position(x, "최도성") == ("한동대학교", "총장")
    assert signatories(x) == {"한동대학교", "포항시"}


def test_one_title_for_several_names() -> None:
    x = korean(SIGNING + "이날 협약식에는 김영호·박수진 경북대 교수가 참석했다.")
    assert position(x, "박수진") == ("경북대학교", "교수")
    assert position(x, "김영호") == ("경북대학교", "교수")


def test_body_name_title() -> None:
    x = korean(SIGNING + "경북대 정수현 총장직무대행은 “지역과 함께 하겠다”고 말했다.")
    assert position(x, "정수현") == ("경북대학교", "총장직무대행")


def test_short_forms_are_one_body() -> None:
    x = korean("경북도와 포스텍은 3일 업무협약을 체결했다. 경상북도는 포항공과대학교와 함께 인재를 키운다.")
    gb = org(x, "경북도")
    assert "경상북도" in gb.aliases and gb.sector is Sector.GOVERNMENT
    postech = org(x, "포스텍")
    assert "포항공과대학교" in postech.aliases and postech.sector is Sector.ACADEMIA
    assert signatories(x) == {gb.name, postech.name}


def test_defined_short_form() -> None:
    x = korean("대구시는 5일 한국로봇산업진흥원(이하 ‘진흥원’)과 업무협약을 맺었다. 진흥원은 기업 지원을 맡는다.")
    kiria = org(x, "진흥원")
    assert "한국로봇산업진흥원" in kiria.aliases


def test_university_unit_is_part_of_the_university() -> None:
    x = korean(
        "한동대학교 산학협력단(단장 이영희)은 지난 9일 포항상공회의소와 산학협력 업무협약을 체결했다고 밝혔다. "
        "한동대학교는 이번 협약으로 지역 기업과의 협력을 넓힌다."
    )
    unit = org(x, "한동대학교 산학협력단")
    parent = org(x, "한동대학교")
    assert unit.id != parent.id
    assert any(r.type is RelType.PART_OF and r.source == unit.id and r.target == parent.id for r in x.relations)
    assert position(x, "이영희") == ("한동대학교 산학협력단", "단장")


def test_a_parent_named_only_inside_its_units_name_is_no_body_of_the_article() -> None:
    x = korean("한동대학교 산학협력단(단장 이영희)은 지난 9일 포항상공회의소와 산학협력 업무협약을 체결했다고 밝혔다.")
    assert org(x, "한동대학교 산학협력단")
    assert "한동대학교" not in {e.name for e in x.entities if e.kind is Kind.ORGANISATION}
    assert not [r for r in x.relations if r.type is RelType.PART_OF]


def test_attendees_are_not_signatories() -> None:
    x = korean(
        "대전시와 한남대학교는 17일 업무협약을 체결했다. "
        "이날 협약식에는 한빛정밀, 다온소재, 누리테크 등 지역 기업 관계자와 이민호 대전테크노파크 원장이 참석했다."
    )
    assert signatories(x) == {"대전광역시", "한남대학교"} or signatories(x) == {"대전시", "한남대학교"}
    assert position(x, "이민호") == ("대전테크노파크", "원장")
    p = person(x, "이민호")
    assert any(r.type is RelType.ATTENDED and r.source == p.id for r in x.relations)


def test_unknown_companies_in_a_party_list() -> None:
    x = korean("충남도와 아산시는 20일 한빛정밀, 다온소재, 누리에너지와 1500억원 규모의 투자협약을 체결했다.")
    assert {"한빛정밀", "다온소재", "누리에너지"} <= signatories(x)
    assert org(x, "다온소재").sector is Sector.INDUSTRY
    assert agreement(x).amount == "1500억원"


def test_list_of_parties_before_each_body() -> None:
    x = korean(
        "포항시는 21일 업무협약을 체결했다. 이를 위해 포항시, 경북도, 포스텍, 포항테크노파크 등 각 기관들은 "
        "교육 과정을 함께 운영할 계획이다."
    )
    assert {"포항시", "포항테크노파크"} <= signatories(x)
    assert len(signatories(x)) == 4


def test_members_of_an_association_with_their_count() -> None:
    x = korean("경북 포항 이차전지 기업협의회(에코프로 등 37개 기업)는 포항시와 업무협약을 체결했다.")
    council = org(x, "경북 포항 이차전지 기업협의회")
    member = [r for r in x.relations if r.type is RelType.MEMBER_OF and r.target == council.id]
    assert member and member[0].count == 37


def test_date_resolves_against_publication_date() -> None:
    assert (
        agreement(korean("구미시는 지난 28일 경북대와 업무협약을 체결했다.", published="2025-03-02")).date
        == "2025-02-28"
    )
    assert agreement(korean("구미시는 11일 경북대와 업무협약을 체결했다.", published="2025-03-12")).date == "2025-03-11"


def test_no_date_without_a_year_but_the_day_as_written() -> None:
    """No publication date to place 11일 in: no date, but the day is kept (XML Schema's gDay
    and gMonthDay) for comparing reports of one signing."""
    undated = agreement(korean("구미시는 11일 경북대와 업무협약을 체결했다.", published=None))
    assert (undated.date, undated.partial_date) == (None, "---11")
    assert (
        agreement(korean("구미시는 3월 11일 경북대와 업무협약을 체결했다.", published=None)).partial_date == "--03-11"
    )
    dated = agreement(korean("구미시는 11일 경북대와 업무협약을 체결했다.", published="2025-03-12"))
    assert (dated.date, dated.partial_date) == ("2025-03-11", None)
    assert "partial_date" not in dated.to_json()  # written only where there is one
    assert (
        agreement(korean("경북대와 구미시는 업무협약을 체결했다고 22일 밝혔다.", published=None)).partial_date is None
    )


def test_announcement_day_is_not_the_signing_day() -> None:
    x = korean("경북대와 구미시는 업무협약을 체결했다고 22일 밝혔다.", published="2025-03-22")
    assert agreement(x).date is None


def test_venue_and_quoted_title() -> None:
    x = korean(SIGNING)
    a = agreement(x)
    assert a.venue == "구미코 컨벤션홀"
    assert a.name == "반도체 인재 양성을 위한 업무협약"
    assert signatories(x) == {"구미시", "경북대학교", "국립금오공과대학교"}


def test_byline_reporter_and_outlet() -> None:
    x = korean("[경북일보 박민수 기자] 구미시는 11일 경북대와 업무협약을 체결했다.")
    assert position(x, "박민수") == ("경북일보", "기자")
    assert org(x, "경북일보").sector is Sector.MEDIA
    assert "경북일보" not in signatories(x)


def test_programmes_and_funding() -> None:
    x = korean(
        "포항시는 21일 포스텍과 ‘배터리특성화대학원 유치를 위한 업무협약’을 체결했다. "
        "산업통상자원부는 배터리특성화대학원에 연간 30억원을 지원한다."
    )
    programmes = [e for e in x.entities if e.kind is Kind.PROGRAMME]
    assert [p.name for p in programmes] == ["배터리특성화대학원"]
    funds = [r for r in x.relations if r.type is RelType.FUNDS]
    assert funds and funds[0].amount == "30억원"


def test_programme_names_in_a_list_keep_their_first_word_and_their_사업() -> None:
    x = korean(
        "협약의 주요 내용은 ▲반도체산업 글로벌 클러스터 조성 사업 기획 ▲반도체 소·부·장 특화단지 지원 사업 기획 등이다."
    )
    assert [e.name for e in x.entities if e.kind is Kind.PROGRAMME] == [
        "반도체산업 글로벌 클러스터 조성 사업",
        "반도체 소·부·장 특화단지 지원 사업",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "선정된 대학은 기업과 연계한 산학 프로젝트 추진비를 지원받는다.",
        "두 기관은 △신규 사업 발굴 △선도 프로젝트 추진 등에 협력한다.",
    ],
)
def test_a_kind_of_work_is_not_a_programme(text: str) -> None:
    assert not [e.name for e in korean(text).entities if e.kind is Kind.PROGRAMME]


def test_event_in_quotes() -> None:
    x = korean("시는 21일 포항 라한호텔에서 기업협의회 ‘2025년 제1차 정기월례회’를 개최했다.")
    assert [e.name for e in x.entities if e.kind is Kind.EVENT] == ["2025년 제1차 정기월례회"]


CAPTION_FIRST = (
    "왼쪽부터 한빛대 홍길동 교수, 이영희 산학협력단장, (사)서해기업연구협의회 최대호 회장, 유재형 사무국장. "
    "사진=한빛대학교 산학협력단 제공\n\n"
    "[대학신문 박민수 기자] 한빛대학교 산학협력단(단장 이영희)이 지난 9일 "
    "(사)서해기업연구협의회(회장 최대호)와 업무협약을 체결했다."
)


def test_a_caption_unit_title_belongs_to_the_unit_of_the_body_listed() -> None:
    x = korean(CAPTION_FIRST)
    assert position(x, "이영희") == ("한빛대학교 산학협력단", "산학협력단장")
    assert "산학협력단" not in {e.name for e in x.entities if e.kind is Kind.ORGANISATION}


def test_the_last_name_of_a_caption_keeps_its_title_before_the_full_stop() -> None:
    assert position(korean(CAPTION_FIRST), "유재형") == ("(사)서해기업연구협의회", "사무국장")


def test_a_name_ending_in_a_region_suffix_is_a_person_unless_a_region_bears_it() -> None:
    x = korean(
        "이날 협약식에는 박형구 한국남부발전 사장과 정용래 유성구청장이 참석했다. 유성구와 공사가 협약을 맺었다."
    )
    assert position(x, "박형구") == ("한국남부발전", "사장")
    names = {e.name for e in x.entities if e.kind is Kind.ORGANISATION}
    assert "박형구" not in names
    assert "유성구" in {a for e in x.entities if e.kind is Kind.ORGANISATION for a in (e.name, *e.aliases)}


def test_a_kind_of_body_is_not_a_body() -> None:
    x = korean(SIGNING + "양 기관은 협력위원회를 운영하고 3개 분과를 구성한다.")
    assert "협력위원회" not in {e.name for e in x.entities if e.kind is Kind.ORGANISATION}


def test_an_abbreviation_before_the_full_name_is_that_body() -> None:
    x = korean(
        "대한항공㈜‧부산대학교‧한국세라믹기술원‧김해시는 11일 ‘항공 산업 협력을 위한 업무협약’을 체결했다. "
        "이날 협약식에는 박수영 세기원 원장, 홍길순 김해시장이 참석했다."
    )
    assert position(x, "박수영") == ("한국세라믹기술원", "원장")
    assert "세기원" in org(x, "한국세라믹기술원").aliases


def test_the_bodies_of_a_region_are_not_one_body() -> None:
    x = korean(
        "대전테크노파크는 9일 세종테크노파크, 충북테크노파크와 충청권 테크노파크 상생협력을 위한 업무협약을 체결했다."
    )
    assert signatories(x) == {"대전테크노파크", "세종테크노파크", "충북테크노파크"}


def test_a_body_named_only_as_the_place_is_no_party() -> None:
    x = korean("한빛대학교와 서해대학교가 23일 서울 한국직업능력평가원에서 ‘대학 연합 업무협약’을 체결했다.")
    assert {e.name for e in x.entities if e.kind is Kind.ORGANISATION} == {"한빛대학교", "서해대학교"}
    assert [e.venue for e in x.entities if e.kind is Kind.AGREEMENT] == ["서울 한국직업능력평가원"]


def test_a_list_of_things_before_a_word_ending_in_대_is_no_membership() -> None:
    x = korean("반도체 등 차세대 핵심 기술을 연구하는 한국전자기술연구원이 협력한다.")
    assert {e.name for e in x.entities if e.kind is Kind.ORGANISATION} == {"한국전자기술연구원"}


def test_an_investment_agreement_keeps_its_kind_and_its_amount() -> None:
    x = korean("경상남도는 3일 도청에서 ㈜대한정밀과 1조2천억원 규모의 투자협약을 맺었다.")
    assert (agreement(x).name, agreement(x).amount) == ("투자협약", "1조2천억원")


def test_the_venue_may_come_in_a_sentence_of_its_own() -> None:
    x = korean(
        "전북교육청은 11일 전북대학교와 업무협약을 체결했다. 협약은 교육청 2층 중회의실에서 열렸으며 20명이 참석했다."
    )
    assert agreement(x).venue == "교육청 2층 중회의실"


def test_a_campus_is_a_body_of_its_university() -> None:
    x = korean(
        "원주시는 14일 연세대 미래캠퍼스와 업무협약을 체결했다. 이날 이민식 연세대 미래캠퍼스 부총장이 참석했다. "
        "연세대는 지역 인재 양성에 힘을 보탠다."
    )
    assert signatories(x) == {"원주시", "연세대 미래캠퍼스"}
    assert position(x, "이민식") == ("연세대 미래캠퍼스", "부총장")
    part_of = [(x.entity(r.source).name, x.entity(r.target).name) for r in x.relations if r.type is RelType.PART_OF]
    assert part_of == [("연세대 미래캠퍼스", "연세대학교")]
    assert not [e for e in x.entities if e.kind is Kind.PROGRAMME]


def test_money_put_into_a_programme_funds_it() -> None:
    x = korean("원주시는 3년간 총 45억원을 투입해 ‘바이오헬스 혁신 아카데미’를 운영할 계획이다.")
    funds = [
        (x.entity(r.source).name, x.entity(r.target).name, r.amount) for r in x.relations if r.type is RelType.FUNDS
    ]
    assert funds == [("원주시", "바이오헬스 혁신 아카데미", "45억원")]


def test_a_known_body_written_without_its_한국_is_the_same_body() -> None:
    x = korean(
        "창원시는 3일 한국재료연구원, 경남대학교와 업무협약을 체결했다. "
        "이날 최철진 재료연구원장과 홍남표 창원시장이 참석했다."
    )
    assert position(x, "최철진") == ("한국재료연구원", "원장")
    assert "재료연구원" in org(x, "한국재료연구원").aliases


def test_a_name_ending_in_대_that_no_university_bears_is_a_person() -> None:
    x = korean("한국수자원공사(K-water)는 7일 세종시와 MOU를 체결했다. 윤석대 K-water 사장은 소감을 밝혔다.")
    assert position(x, "윤석대") == ("한국수자원공사", "사장")


FAMILY = (
    "경북대학교 LINC 3.0 사업단(단장 이재훈)은 25일 ㈜대경정밀, 한빛테크㈜, 에이스바이오 등 "
    "지역 기업 10곳과 가족회사 협약을 맺었다."
)


def test_a_universitys_project_group_is_a_body_of_its_own() -> None:
    x = korean(FAMILY)
    assert position(x, "이재훈") == ("경북대학교 LINC 3.0 사업단", "단장")
    assert "경북대학교" not in {
        e.name for e in x.entities if e.kind is Kind.ORGANISATION
    }  # only inside the unit's name
    x = korean(FAMILY + " 경북대학교는 가족회사를 늘려 나갈 계획이다.")
    part_of = [(x.entity(r.source).name, x.entity(r.target).name) for r in x.relations if r.type is RelType.PART_OF]
    assert part_of == [("경북대학교 LINC 3.0 사업단", "경북대학교")]


def test_a_list_head_may_be_qualified_and_counted() -> None:
    x = korean(FAMILY)
    assert signatories(x) == {"경북대학교 LINC 3.0 사업단", "㈜대경정밀", "한빛테크㈜", "에이스바이오"}
    assert agreement(x).name == "가족회사 협약"


def test_a_regions_상의_is_its_chamber_of_commerce() -> None:
    x = korean(
        "울산시는 20일 울산대학교, 울산상공회의소와 업무협약을 체결했다. "
        "이날 김민수 울산대 총장, 윤철 울산상의 회장이 참석했다."
    )
    assert position(x, "윤철") == ("울산상공회의소", "회장")
    assert "울산상의" in org(x, "울산상공회의소").aliases


def test_a_clause_before_the_agreement_word_is_not_its_title() -> None:
    x = korean("울산시는 20일 울산대학교와 ‘미래차 협의체’ 출범식을 갖고 업무협약을 체결했다.")
    assert agreement(x).name == "업무협약"


def test_a_person_is_never_an_organisation() -> None:
    x = korean(SIGNING + "이날 홍길동 경북대 부총장이 참석했다.")
    names = {e.name for e in x.entities if e.kind is Kind.ORGANISATION}
    assert "홍길동" not in names


@pytest.mark.parametrize(
    "text",
    [
        SIGNING + "이날 행사에는 박정호 구미시장과 홍길동 경북대 부총장이 참석했다.",
        "[경북일보 박민수 기자] 한동대학교 산학협력단(단장 이영희)은 포항시와 협약을 맺었다.",
    ],
)
def test_every_span_is_the_text_at_its_offsets(text: str) -> None:
    x = korean(text)
    for e in x.entities:
        for m in e.mentions:
            assert text[m.start : m.end] == m.text
            a, b = x.sentences[m.sentence]
            assert a <= m.start and m.end <= b
    for r in x.relations:
        for ev in r.evidence:
            assert text[ev.start : ev.end] == ev.text


def test_a_superintendent_heads_the_education_office_not_the_province() -> None:
    x = korean("이날 협약식에는 이철우 경북도지사와 서나연 경상북도교육감, 윤건영 충북교육감이 참석했다.")
    assert position(x, "이철우") == ("경상북도", "도지사")
    assert position(x, "서나연") == ("경상북도교육청", "교육감")
    assert position(x, "윤건영") == ("충청북도교육청", "교육감")


def test_a_place_named_as_a_party_is_its_government() -> None:
    x = korean("경북, 포항시, 포스텍 등 3개 기관은 2일 ‘수소 산업 육성을 위한 업무협약’을 체결했다.")
    assert org(x, "경북").name == "경상북도" and org(x, "경북").sector is Sector.GOVERNMENT
    assert signatories(x) == {"경상북도", "포항시", "포항공과대학교"}


def test_a_university_hospital_is_its_own_body_with_its_head() -> None:
    x = korean(
        "서울대학교병원은 2일 서울대학교와 업무협약을 체결했다. 이날 협약식에는 장수빈 서울대학교병원장이 참석했다."
    )
    assert position(x, "장수빈") == ("서울대학교병원", "병원장")  # a hospital's head: 병원장 (dev i07)
    assert org(x, "서울대학교병원") is not org(x, "서울대학교")
