"""Korean signatories: every organisation mention gets a role from its sentence's frame, and a
body is a party when its roles say so (sentences written for the test, not taken from articles)."""

from __future__ import annotations

import pytest
from extracted import korean, organisations, signatories

from mou_graph.extract.ko import parties as ko_parties
from mou_graph.extract.ko.frames import Frame
from mou_graph.extract.ko.parties import Evidence, Role
from mou_graph.model import Entity, Kind, RelType, Sector


# ---------------------------------------------------------------- parties named in other frames
def test_a_participation_list_names_the_parties() -> None:
    x = korean(
        "포항시는 10일 지역 인재 양성을 위한 업무협약을 체결했다. "
        "협약식에는 포항시와 한동대학교, 포항테크노파크, 한빛정밀 등 4개 기관이 참여했다."
    )
    assert signatories(x) == {"포항시", "한동대학교", "포항테크노파크", "한빛정밀"}


def test_a_grouped_list_with_triangles() -> None:
    x = korean(
        "영남권 시도가 12일 에너지 인재 양성을 위해 업무협약을 체결했다. "
        "협약에는 △경상북도, 한동대학교, 경북테크노파크 △경상남도, 인제대학교, 경남테크노파크 등 6개 기관이 참여했다."
    )
    assert signatories(x) == {"경상북도", "한동대학교", "경북테크노파크", "경상남도", "인제대학교", "경남테크노파크"}


def test_a_sentence_that_continues_the_list() -> None:
    x = korean(
        "원주시는 16일 민관협력 업무협약식을 개최했다. "
        "이번 협약식에는 강원특별자치도와 원주시를 비롯해 국민건강보험공단·건강보험심사평가원이 참여했다. "
        "또한 대학에서는 한라대학교·상지대학교가 참여했으며, 지원기관으로는 강원테크노파크 등 총 7개 기관이 함께했다."
    )
    assert {"강원특별자치도", "원주시", "국민건강보험공단", "건강보험심사평가원", "한라대학교", "강원테크노파크"} <= (
        signatories(x)
    )


def test_heads_taking_part_name_their_bodies() -> None:
    x = korean(
        "창원시는 지난 8일 수소 산업 육성을 위한 업무협약을 체결했다. "
        "한편 이번 협약식에는 안상수 시장을 비롯해 신재행 수소융합얼라이언스추진단 단장, "
        "장봉재 한국수소산업협회 회장 등 14개 기관 대표가 참여했다."
    )
    assert {"창원시", "수소융합얼라이언스추진단", "한국수소산업협회"} <= signatories(x)


def test_a_head_who_took_part_and_spoke() -> None:
    x = korean(
        "창원시는 지난 8일 수소 산업 육성을 위한 업무협약을 체결했다. "
        "협약식에 참여한 김서영 하이리움산업 대표는 “수소 시장이 바뀔 것”이라고 말했다."
    )
    assert "하이리움산업" in signatories(x)


def test_heads_who_signed_name_their_bodies() -> None:
    x = korean(
        "김영록 전남도지사가 21일 도청에서 김남태 ㈜한빛정밀 대표, 정희근 ㈜다온소재 대표와 "
        "1,309억원의 투자협약을 체결했다."
    )
    assert {"한빛정밀", "다온소재"} <= {n.removeprefix("㈜") for n in signatories(x)}
    assert any(n in signatories(x) for n in ("전라남도", "전남도"))


def test_ministers_who_signed() -> None:
    x = korean("최문기 미래창조과학부 장관과 윤병세 외교부 장관은 9일 서울에서 국제협력 업무협약서에 서명했다.")
    assert signatories(x) == {"미래창조과학부", "외교부"}


def test_a_photo_caption_names_parties_when_the_list_is_open() -> None:
    x = korean(
        "경북도는 26일 도청에서 공공기관-대학 협력 업무 협약식을 열었다. "
        "이날 경북연구원과 한국국학진흥원 등이 참여했다.\n"
        "26일 열린 협약식에서 이철우 경북도지사와 권순태 안동대 총장이 기념촬영을 하고 있다."
    )
    assert {"경상북도", "경북연구원", "한국국학진흥원", "국립안동대학교"} <= signatories(x)


def test_a_count_refers_back_to_the_list() -> None:
    x = korean(
        "경주시는 23일 시청에서 경주대학교, 위덕대학교, 서라벌대학교 등 3개 대학과 상생협의회를 가졌다. "
        "먼저 시는 3개 대학과 관광 인재 양성을 위한 업무 협약을 체결했다."
    )
    assert signatories(x) == {"경주시", "경주대학교", "위덕대학교", "서라벌대학교"}


def test_a_count_refers_forward_to_the_list() -> None:
    x = korean(
        "충청남도는 17일 아산시, 자동차부품 제조기업 3개 사와 투자협약을 체결했다. "
        "협약에 따라 한빛정밀, 다온소재, 누리테크 등 3개 기업은 모두 400억 원을 투자한다."
    )
    assert {"한빛정밀", "다온소재", "누리테크"} <= signatories(x)


def test_an_announced_signing_with_groups_of_parties() -> None:
    x = korean(
        "교육부는 9월 6일 반도체 인재 양성을 위한 업무협약을 체결한다. "
        "이번 업무협약에는 교육계(전국시도교육감협의회, 한국대학교육협의회), 산업계(삼성전자, SK하이닉스), "
        "정부부처(교육부, 산업통상자원부) 등 6개 기관이 참여한다."
    )
    assert {"전국시도교육감협의회", "한국대학교육협의회", "삼성전자", "SK하이닉스", "산업통상자원부"} <= signatories(x)


def test_the_parties_named_as_the_agreements_companies() -> None:
    x = korean(
        "세종시는 30일 시청에서 4개 기업 대표가 참석한 가운데 투자협약을 맺었다고 밝혔다. "
        "협약 기업은 삼성전자(대표 박용우), 다온소재(대표 장세희), 누리테크(대표 정도영) 등 3곳이다."
    )
    assert {"삼성전자", "다온소재", "누리테크"} <= signatories(x)


def test_a_headline_joins_the_parties_with_hyphens() -> None:
    x = korean("창원시-창원대학교 ‘글로컬대학 30 추진’ 협약\n창원시와 창원대학교는 30일 시청에서 업무협약식을 했다.")
    assert {"창원시", "창원대학교"} <= signatories(x)
    assert not any("-" in n for n in signatories(x))


def test_hands_joined_is_a_signing() -> None:
    x = korean("금오공과대학교(총장 김영식)가 인재 양성을 위해 한국도로공사(사장 김학송)와 손을 맞잡았다.")
    assert signatories(x) == {"국립금오공과대학교", "한국도로공사"}


# ---------------------------------------------------------------- closed and open lists
def test_attendees_are_no_parties_when_the_list_is_closed() -> None:
    x = korean(
        "포항시는 23일 포스코퓨처엠, 포스텍과 이차전지 인재 양성을 위한 업무협약을 체결했다. "
        "협약식에는 김남일 포항시 부시장, 김일만 포항시의회 부의장, 김무환 포스텍 총장이 참석했다."
    )
    assert signatories(x) == {"포항시", "포스코퓨처엠", "포항공과대학교"}


def test_attendees_are_parties_when_a_count_leaves_the_list_open() -> None:
    x = korean(
        "창원시와 창원대학교는 30일 시청에서 업무협약을 체결했다. "
        "이날 협약식은 홍남표 창원시장과 김남균 한국전기연구원장을 비롯해 창원상공회의소 등 "
        "15개 기관·기업의 대표가 참석했다."
    )
    assert {"창원시", "창원대학교", "한국전기연구원", "창원상공회의소"} <= signatories(x)


def test_attendees_are_parties_when_the_signing_says_and_others() -> None:
    x = korean(
        "대전 서구는 15일 배재대·목원대 등 관계 기관과 업무협약을 체결했다. "
        "협약식에는 김영진 대전세종연구원장, 김우연 대전테크노파크 원장이 참석했다."
    )
    assert {"대전세종연구원", "대전테크노파크"} <= signatories(x)


# ---------------------------------------------------------------- bodies that are not parties
@pytest.mark.parametrize(
    ("text", "bystander"),
    [
        (  # the owner of the programme the agreement bids for
            "충청북도는 19일 교육부가 주관하는 지역혁신사업에 도전하기 위해 충북대학교와 업무협약을 체결했다.",
            "교육부",
        ),
        (  # a programme named after its ministry
            "충청북도와 충북대학교는 19일 업무협약을 체결했다. 양 기관은 교육부 대학재정지원사업에 함께 참여한다.",
            "교육부",
        ),
        (  # the place
            "한국항공우주산업과 창원대학교는 11일 한국세라믹기술원 대강당에서 업무협약을 체결했다. "
            "한국세라믹기술원은 장비를 빌려준다.",
            "한국세라믹기술원",
        ),
        (  # the photo's source
            "충북도와 서울대학교가 업무협약을 체결했다. 포항테크노파크는 행사를 알렸다.\n사진=포항테크노파크 제공",
            "포항테크노파크",
        ),
        (  # quoted speech
            "충북도와 서울대학교는 18일 업무협약을 체결했다. "
            "김영환 지사는 “한국과학기술원과 한국전자통신연구원도 함께 하겠다”고 말했다. 한국과학기술원은 답하지 않았다.",
            "한국과학기술원",
        ),
        (  # background
            "대전테크노파크는 26일 한남대학교와 업무협약을 체결했다. 한편 한국연구재단은 다음 달 공모를 연다.",
            "한국연구재단",
        ),
        (  # an earlier agreement
            "대전테크노파크는 26일 한남대학교와 업무협약을 체결했다. "
            "대전테크노파크는 올해 3월 한국연구재단과 업무협약을 체결한 바 있다.",
            "한국연구재단",
        ),
        (  # the members of a party
            "경북 포항 이차전지 기업협의회(에코프로 등 37개 기업)는 포항시와 업무협약을 체결했다. "
            "이날 협약식에는 에코프로 등 회원사 관계자가 참석했다.",
            "에코프로",
        ),
    ],
)
def test_a_bystander_is_no_party(text: str, bystander: str) -> None:
    x = korean(text)
    assert bystander in organisations(x)
    assert bystander not in signatories(x)
    assert len(signatories(x)) >= 2


def test_the_outlet_in_the_byline_is_no_party() -> None:
    x = korean("[경북일보 박민수 기자] 구미시는 11일 경북대학교와 업무협약을 체결했다. 협약식에는 관계자가 참석했다.")
    assert signatories(x) == {"구미시", "경북대학교"}


def test_the_desk_of_the_reporter_is_no_party() -> None:
    x = korean("[경북일보 영남취재본부 박민수 기자] 구미시와 경북대학교는 11일 업무협약을 체결했다.")
    assert signatories(x) == {"구미시", "경북대학교"}


def test_a_region_before_a_quoted_place_is_the_venue() -> None:
    x = korean("한국농어촌공사는 최근 경기 과천시 ‘렛츠런파크 서울’에서 서울경마장조교사협회와 업무협약을 체결했다.")
    assert signatories(x) == {"한국농어촌공사", "서울경마장조교사협회"}


# ---------------------------------------------------------------- the lists of parties
def test_a_list_of_unknown_bodies_before_a_count() -> None:
    x = korean(
        "대구대는 12일 반도체 인재 양성을 위한 업무협약을 체결했다. "
        "협약식에는 대구대와 영진전문대, 반도체 8개 기업, 경북기계공업고, 경주공업고가 참여했다."
    )
    assert {"영진전문대", "경북기계공업고", "경주공업고"} <= signatories(x)
    assert not any("8개" in n for n in organisations(x))
    assert next(e for e in x.entities if e.name == "경주공업고").sector is Sector.ACADEMIA


def test_a_list_joined_by_and() -> None:
    x = korean("한국전력공사와 거문도해상풍력발전은 18일 여수에서 업무협약서를 체결했다.")
    assert signatories(x) == {"한국전력공사", "거문도해상풍력발전"}


def test_common_words_in_a_list_are_no_body() -> None:
    x = korean(
        "제주대와 기업단체는 협약식을 진행했다. 금오공과대학교는 한국도로공사와 상호 협력시스템 구축과 발전을 위한 협약을 체결했다."
    )
    assert not {"기업단체", "상호 협력시스템 구축"} & organisations(x)


def test_the_last_item_before_a_count_is_a_party() -> None:
    x = korean("대구대는 12일 업무협약을 체결했다. 협약식에는 대구대와 영진전문대, 경주공업고 등 3개 기관이 참여했다.")
    assert signatories(x) == {"대구대학교", "영진전문대", "경주공업고"}


def test_the_last_item_before_and_so_on_is_a_party() -> None:
    x = korean("경북도는 26일 업무 협약식을 열었다. 이날 경북연구원, 경북인재개발원, 경북축산기술연구소 등이 참여했다.")
    assert {"경북연구원", "경북인재개발원", "경북축산기술연구소"} <= signatories(x)
    assert not any(n.endswith("등") for n in organisations(x))


@pytest.mark.parametrize(
    ("name", "sector"),
    [
        ("경주공고", Sector.ACADEMIA),
        ("스마트제조ICT사업단", Sector.ACADEMIA),
        ("경북인재개발원", Sector.GOVERNMENT),
        ("경북축산기술연구소", Sector.RESEARCH),
        ("원주 범시민협의단체", Sector.CIVIL),
        ("맹골도해상풍력발전", Sector.INDUSTRY),
    ],
)
def test_the_sector_of_a_listed_party(name: str, sector: Sector) -> None:
    assert ko_parties.item_sector(name) is sector


# ---------------------------------------------------------------- the assignment on its own
def evidence(*roles: Role, sector: Sector = Sector.INDUSTRY, member: bool = False) -> Evidence:
    ev = Evidence(Entity(id="e", kind=Kind.ORGANISATION, name="한빛정밀", sector=sector), member=member)
    ev.roles = [(role, Frame.OTHER, 10 * k, 10 * k + 5) for k, role in enumerate(roles)]
    return ev


@pytest.mark.parametrize(
    ("roles", "closed", "party"),
    [
        ((Role.PARTY,), True, True),
        ((Role.HEAD,), True, True),
        ((Role.ATTENDEE,), False, True),
        ((Role.ATTENDEE,), True, False),
        ((Role.CAPTION,), False, True),
        ((Role.SPEAKER,), True, False),
        ((Role.MENTION,), False, False),
        ((Role.VENUE, Role.CREDIT, Role.QUOTE, Role.OWNER, Role.BACKGROUND), False, False),
    ],
)
def test_the_rules(roles: tuple[Role, ...], closed: bool, party: bool) -> None:
    assert bool(ko_parties.by_rules(evidence(*roles), closed)) is party


def test_the_rules_give_the_sentences_that_say_so() -> None:
    assert ko_parties.by_rules(evidence(Role.MENTION, Role.PARTY, Role.ATTENDEE, Role.HEAD), True) == [
        (10, 15),
        (30, 35),
    ]
    assert ko_parties.by_rules(evidence(Role.MENTION, Role.ATTENDEE, Role.CAPTION), False) == [(10, 15), (20, 25)]


def test_no_member_or_outlet_for_being_there() -> None:
    assert not ko_parties.by_rules(evidence(Role.ATTENDEE, member=True), False)
    assert not ko_parties.by_rules(evidence(Role.PARTY, sector=Sector.MEDIA), False)


def test_the_signed_relation_cites_its_sentences() -> None:
    text = (
        "포항시는 10일 한동대학교와 업무협약을 체결했다. 협약식에는 포항시와 한동대학교 등 2개 기관이 참여했다. "
        "한동대학교는 교육을 맡는다."
    )
    x = korean(text)
    handong = next(e for e in x.entities if e.name == "한동대학교")
    signed = next(r for r in x.relations if r.type is RelType.SIGNED and r.source == handong.id)
    assert [e.text[-5:] for e in signed.evidence] == ["체결했다.", "참여했다."]


# ---------------------------------------------------------------- 양 기관은: the pair named before
def test_yang_gigwan_as_subject_names_the_two_bodies_joined_before() -> None:
    x = korean(
        "새솔테크노파크와 한빛인재진흥원은 지역 인재 양성을 위한 협력에 나섰다. "
        "양 기관은 이날 오전 한빛인재진흥원에서 업무협약을 체결했다. "
        "이 자리에는 김철수 새솔테크노파크 원장, 박영희 누리센터장 등이 참석했다."
    )
    assert signatories(x) == {"새솔테크노파크", "한빛인재진흥원"}


def test_yang_gigwan_reaches_back_no_further_than_two_sentences() -> None:
    x = korean(
        "새솔테크노파크와 한빛인재진흥원은 지난해 협력을 약속했다. 지역 인재 양성이 과제다. 인구는 줄고 있다. "
        "기업은 인재를 찾고 있다. 양 기관은 이날 업무협약을 체결했다."
    )
    assert "한빛인재진흥원" not in signatories(x)


# ---------------------------------------------------------------- a partner known only by its ending
def test_a_partner_whose_ending_needs_context_is_a_party_of_a_signing() -> None:
    x = korean("경주시는 4일 시청 접견실에서 한빛전자와 투자협약을 체결했다.")
    assert signatories(x) == {"경주시", "한빛전자"}


def test_an_ending_outside_a_signing_names_no_body() -> None:
    x = korean("경주시는 한빛전자와 지역 경제를 논의했다. 경주시는 4일 새솔대학교와 업무협약을 체결했다.")
    assert "한빛전자" not in organisations(x)


def test_a_womens_university_and_its_short_form_are_one_body() -> None:
    x = korean("서울여자대학교와 한빛연구원은 20일 업무협약을 체결했다. 서울여대는 이번 협약을 체결하고 교류를 넓힌다.")
    assert "서울여대" not in organisations(x)
    assert "서울여자대학교" in signatories(x)


def test_se_gigwan_names_the_three_bodies_joined_before() -> None:
    x = korean(
        "경주시와 한빛대학교, 새솔연구원이 지역 인재 양성을 위해 힘을 모은다. "
        "세 기관은 4일 업무협약을 체결했다. 이 자리에는 박영희 누리센터장이 참석했다."
    )
    assert signatories(x) == {"경주시", "한빛대학교", "새솔연구원"}


# ------------------------------------------------------------------ a list the topic names first
@pytest.mark.parametrize(
    "members",
    ["△한빛소재 △새솔케미칼 △누리테크", "한빛소재, 새솔케미칼, 누리테크", "▲한빛소재 ▲새솔케미칼 ▲누리테크"],
)
def test_the_companies_a_topic_names_before_a_list_closed_by_deungida(members: str) -> None:
    x = korean(f"포항시는 3일 시청에서 3개 기업과 투자협약을 체결했다. 협약을 맺은 3개 기업은 {members} 등이다.")
    assert signatories(x) == {"포항시", "한빛소재", "새솔케미칼", "누리테크"}


def test_a_list_closed_by_deungida_after_no_body_head_names_no_one() -> None:
    x = korean("포항시는 3일 한빛농협과 수출협약을 체결했다. 주요 품목은 △새솔사과 △누리배 등이다.")
    assert signatories(x) == {"포항시", "한빛농협"}


def test_a_bulleted_list_before_its_head() -> None:
    x = korean("포항시는 3일 시청에서 △한빛소재 △새솔케미칼 △누리테크 등 3개 기업과 투자협약을 체결했다.")
    assert signatories(x) == {"포항시", "한빛소재", "새솔케미칼", "누리테크"}
