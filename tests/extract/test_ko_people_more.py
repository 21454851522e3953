"""Korean affiliations, titles, programmes, dates and venues: each rule on sentences written
for the test (not taken from any article)."""

from __future__ import annotations

import pytest
from extracted import korean, position

from mou_graph.model import Extraction, Kind


# ------------------------------------------------------------ a body heading a list
def test_body_in_eseoneun_heads_the_names_of_an_attendance_list() -> None:
    x = korean(
        "한빛대학교와 새솔연구원은 4일 업무협약을 맺었다. 이날 협약식에는 한빛대에서는 김철수 총장, "
        "박영희 연구부총장, 이민호 신소재 공정 미래융합연구단장이 참석했다. 새솔연구원에서는 최동수 원장을 "
        "비롯해 정미란 부원장이 참석했다."
    )
    assert position(x, "김철수") == ("한빛대학교", "총장")
    assert position(x, "박영희") == ("한빛대학교", "연구부총장")
    assert position(x, "이민호") == ("한빛대학교", "신소재 공정 미래융합연구단장")
    assert position(x, "최동수") == ("새솔연구원", "원장")
    assert position(x, "정미란") == ("새솔연구원", "부원장")


def test_two_bodies_with_eseo_each_head_their_own_names() -> None:
    x = korean(
        "이날 협약식에는 한빛대학교에서 김철수 총장, 황민재 대학원장을 비롯한 교무위원과 "
        "충북테크노파크에서 남창민 원장, 노근수 정책기획단장 등 관계자 20여 명이 참석했다."
    )
    assert position(x, "황민재") == ("한빛대학교", "대학원장")
    assert position(x, "남창민")[0] == "충북테크노파크"
    assert position(x, "노근수") == ("충북테크노파크", "정책기획단장")


def test_an_unknown_company_heading_a_name_and_title_is_a_body() -> None:
    x = korean(
        "한빛대에서는 도덕수 총장과 주양민 부단장 등 주요 보직교수가, 한울조선해양에서는 박두민 대표이사를 "
        "중심으로 하는 주요 관계자가 참석했다."
    )
    assert position(x, "박두민") == ("한울조선해양", "대표이사")
    assert position(x, "주양민")[0] != "한울조선해양"


def test_a_place_before_eseo_heads_no_list() -> None:
    x = korean("이날 협약식에서 김민수 대표는 인사말을 했다. 포항시청에서 이강민 시장과 박철수 대표가 서명했다.")
    assert position(x, "박철수")[0] != "포항시청"
    assert position(x, "김민수")[0] is None


# ------------------------------------------------ a head whose body the article leaves open
def test_a_mayor_heads_the_articles_only_city() -> None:
    x = korean("양주시와 경기주택도시공사는 8일 업무협약을 맺었다. 이날 협약식에는 강수민 시장이 참석했다.")
    assert position(x, "강수민") == ("양주시", "시장")


def test_a_president_heads_the_articles_only_university() -> None:
    x = korean("한빛대학교와 창원시는 협약을 맺었다. 협약식은 이호민 총장의 인사말로 시작했다.")
    assert position(x, "이호민") == ("한빛대학교", "총장")


def test_a_mayor_stays_open_when_the_article_names_two_cities() -> None:
    x = korean("양주시와 포천시는 8일 업무협약을 맺었다. 이날 협약식에는 강수민 시장이 참석했다.")
    assert position(x, "강수민") == (None, "시장")


def test_a_governor_with_no_province_in_the_article_stays_open() -> None:
    x = korean("양주시와 경기주택도시공사는 8일 업무협약을 맺었다. 김민수 도지사가 축사를 했다.")
    assert position(x, "김민수") == (None, "도지사")


# ------------------------------------------------------------- lists and fused titles
def test_the_body_before_a_lists_first_name_carries_to_the_names_after_it() -> None:
    x = korean(
        "이번 체결식에는 새봄병원 김정민 원무부장, 김응민 총무부장, 푸름병원 신원민 행정원장, "
        "피경수 원무과장 및 각 부서장 등이 참석했다."
    )
    assert position(x, "김응민") == ("새봄병원", "총무부장")
    assert position(x, "신원민") == ("푸름병원", "행정원장")
    assert position(x, "피경수") == ("푸름병원", "원무과장")


def test_a_body_named_with_its_own_head_ends_the_carried_list() -> None:
    x = korean("새봄병원 김정민 원무부장, 박철수 한빛대학교 총장, 이영희 교수가 참석했다.")
    assert position(x, "박철수") == ("한빛대학교", "총장")
    assert position(x, "이영희")[0] != "새봄병원"


def test_a_title_fused_onto_a_short_form_the_reading_did_not_know() -> None:
    x = korean(
        "충북대학교와 유원대학교는 협약을 맺었다. 이번 협약에는 김수민 충북대총장, 채훈민 유원대총장이 참석했다."
    )
    assert position(x, "채훈민") == ("유원대학교", "총장")


def test_common_nouns_before_a_longer_title_are_the_title() -> None:
    x = korean("경상국립대에서는 권순민 총장, 정우민 연구부총장, 강상민 기획처장이 참석했다.")
    assert position(x, "정우민") == ("경상국립대학교", "연구부총장")
    assert position(x, "강상민") == ("경상국립대학교", "기획처장")


def test_a_name_shaped_word_ending_in_gu_before_a_title_is_a_person() -> None:
    x = korean("신원민 행정원장, 피경구 원무과장 등이 참석했다.")
    assert position(x, "피경구") == (None, "원무과장")


def test_a_cooperatives_head_is_a_title() -> None:
    x = korean("김성민 조합장은 협약을 반겼다.")
    assert position(x, "김성민") == (None, "조합장")


def test_a_head_in_parentheses_belongs_to_the_body_before_them_not_the_next_one() -> None:
    x = korean("산림청(청장 조민국)과 한빛대학교(총장 양오민), 새솔대학교(총장 이장민)가 협약을 맺었다.")
    assert position(x, "조민국") == ("산림청", "청장")
    assert position(x, "양오민") == ("한빛대학교", "총장")
    assert position(x, "이장민") == ("새솔대학교", "총장")


# ------------------------------------------------------------------------ reporters
def test_a_signature_after_the_last_sentence_is_the_reporter_of_the_copyright_outlet() -> None:
    x = korean(
        "한빛대학교와 새솔연구원은 협약을 맺었다.\n김철수 총장은 “기대가 크다”고 말했다./박한별기자\n\n저작권자 © 새빛일보 무단전재 및 재배포 금지"
    )
    assert position(x, "박한별") == ("새빛일보", "기자")


def test_the_outlet_before_its_desk_in_a_bracketed_byline() -> None:
    x = korean("[새빛경제 영남취재본부 최한결 기자] 한빛대학교와 새솔연구원은 14일 업무협약을 체결했다.")
    assert position(x, "최한결") == ("새빛경제", "기자")


@pytest.mark.parametrize(
    ("text", "reporter", "outlet"),
    [
        ("[새빛방송, 최한결기자] 한빛대학교와 새솔연구원은 14일 업무협약을 체결했다.", "최한결", "새빛방송"),
        ("[더새빛ㅣ포항=최한결 기자] 한빛대학교와 새솔연구원은 14일 업무협약을 체결했다.", "최한결", "더새빛"),
        (
            "한빛대학교와 새솔연구원은 14일 업무협약을 체결했다.\nchk01@saebit.com 최한결 기자\n"
            "※ 저작권자 ⓒ 새빛뉴스, 무단전재-재배포 금지",
            "최한결",
            "새빛뉴스",
        ),
        ("원주 새빛경제신문 최한결 기자 한빛대학교와 새솔연구원은 14일 업무협약을 체결했다.", "최한결", "새빛경제신문"),
        (
            "한빛대학교와 새솔연구원은 14일 업무협약을 체결했다.\n구미=최한결 기자 chk01@\n"
            "새빛일보(www.saebit.co.kr), 무단전재 및 수집, 재배포 금지",
            "최한결",
            "새빛일보",
        ),
        (
            "한빛대학교와 새솔연구원은 14일 업무협약을 체결했다.\n최한결 기자 choi.hangyeol@saebit.co.kr\n"
            "Copyright © 새빛일보. 무단전재 및 재배포 금지.",
            "최한결",
            "새빛일보",
        ),
        ("(새빛일보=최한결 기자) 한빛대학교와 새솔연구원은 14일 업무협약을 체결했다.", "최한결", "새빛일보"),
        ("[새빛경제(울산)=최한결 기자] 한빛대학교와 새솔연구원은 14일 업무협약을 체결했다.", "최한결", "새빛경제"),
        ("[새빛인터넷신문/최한결 기자]한빛대학교와 새솔연구원은 14일 업무협약을 체결했다.", "최한결", "새빛인터넷신문"),
        (
            "![협약식](http://saebit.kr/a.png) 새빛이코노미 최한결 기자 | 한빛대학교와 새솔연구원은 14일 업무협약을 체결했다.",
            "최한결",
            "새빛이코노미",
        ),
    ],
)
def test_bylines_in_other_shapes_name_the_reporters_outlet(text: str, reporter: str, outlet: str) -> None:
    x = korean(text)
    assert position(x, reporter) == (outlet, "기자")


# ---------------------------------------------------------------------------- dates
def agreement_date(x: Extraction) -> str | None:
    found = [e for e in x.entities if e.kind is Kind.AGREEMENT]
    assert found, "no agreement"
    return found[0].date


def test_a_ceremony_that_was_held_dates_the_agreement() -> None:
    x = korean(
        "한빛시와 한빛대학교는 30일 한빛시청에서 ‘지역혁신 추진을 위한 업무협약식’을 했다. "
        "양 기관장은 협약서에 서명했다.",
        published="2023-05-30",
    )
    assert agreement_date(x) == "2023-05-30"


def test_an_agreement_that_took_place_last_month_is_dated_against_publication() -> None:
    x = korean(
        "한빛대학교 LINC3.0사업단은 공동 업무 협약을 체결했다. 지난 24일 이뤄진 협약에는 새솔대, 누리대가 참여했다.",
        published="2023-03-02",
    )
    assert agreement_date(x) == "2023-02-24"


def test_the_announcement_day_does_not_date_a_held_agreement() -> None:
    x = korean(
        "한빛시는 새솔대학교와 업무협약을 했다고 22일 밝혔다. 양 기관장은 협약서에 서명했다.", published="2023-05-22"
    )
    assert agreement_date(x) is None


# --------------------------------------------------------------------------- venues
def agreement_venue(x: Extraction) -> str | None:
    found = [e for e in x.entities if e.kind is Kind.AGREEMENT]
    assert found, "no agreement"
    return found[0].venue


def test_the_time_of_day_is_not_part_of_the_venue() -> None:
    x = korean("한빛대학교와 새솔연구원은 14일오후 가람캠퍼스 별관 2층 소회의실에서 업무협약을 체결했다.")
    assert agreement_venue(x) == "가람캠퍼스 별관 2층 소회의실"
    x = korean("두 병원은 10일 오후 5시 새봄병원 회의실에서 업무협약을 체결했다.")
    assert agreement_venue(x) == "새봄병원 회의실"


def test_a_quoted_place_is_the_venue() -> None:
    x = korean("한국말산업진흥회는 최근 경기 누리시 ‘한빛파크 서울’에서 새솔대학교와 업무협약을 체결했다.")
    assert agreement_venue(x) == "한빛파크 서울"


# ----------------------------------------------------------------------- programmes
def programmes(x: Extraction) -> list[str]:
    return [e.name for e in x.entities if e.kind in (Kind.PROGRAMME, Kind.EVENT)]


def test_a_quoted_agreement_title_names_its_programme() -> None:
    x = korean(
        "10일 열린 '지역 청년 코딩 아카데미 프로그램 운영을 위한 업무협약식'에서 한빛대학교와 누리시가 서명했다."
    )
    assert any(p.endswith("코딩 아카데미 프로그램") for p in programmes(x))


def test_what_is_done_with_a_quoted_programme_is_not_its_name() -> None:
    x = korean("한빛도는 ‘한빛도 공공기관-대학 협력 사업 공동 운영’을 위한 업무 협약식을 열었다.")
    assert "한빛도 공공기관-대학 협력 사업" in programmes(x)


def test_a_work_with_a_latin_name_or_a_short_form_is_a_programme() -> None:
    x = korean("한빛시는 ABC사업을 추진한다. 또한 수소 순환시스템 실증사업(이하 HSC 사업)을 위한 협약을 맺었다.")
    names = programmes(x)
    assert "ABC사업" in names
    assert any(p.endswith("수소 순환시스템 실증사업") for p in names)


def test_a_kind_of_work_is_no_programme() -> None:
    x = korean("양 기관은 기업 지원 사업과 인력 양성 사업, 공동 협력사업을 함께 추진하기로 했다.")
    assert programmes(x) == []


def test_a_campus_in_the_venue_is_no_programme() -> None:
    x = korean("한빛대학교와 새솔연구원은 14일오후 가람캠퍼스 별관 2층 소회의실에서 업무협약을 체결했다.")
    assert programmes(x) == []


def test_the_glocal_university_scheme_without_its_number() -> None:
    x = korean("한빛대학교는 교육부가 선정하는 글로컬 대학 운영을 위해 누리시와 협약을 체결했다.")
    assert any("글로컬" in p for p in programmes(x))


# ------------------------------------------------------------ short forms and branches
def test_a_short_form_before_a_name_and_title_is_the_body_named_in_full() -> None:
    x = korean(
        "새솔경영자총협회(김철수 회장)는 10일 한빛대학교와 협약을 체결했다. "
        "새솔경총 박영희 상무이사는 “기대가 크다”고 말했다."
    )
    assert position(x, "박영희") == ("새솔경영자총협회", "상무이사")


def test_a_word_that_merely_begins_a_body_is_not_its_short_form() -> None:
    x = korean("새솔경영자총협회는 10일 한빛대학교와 협약을 체결했다. 새솔경영 박영희 상무이사가 참석했다.")
    assert position(x, "박영희")[0] != "새솔경영자총협회"


def test_the_head_of_a_branch_the_article_names_holds_the_title_there() -> None:
    x = korean(
        "임실군과 한국수자원공사 전북본부는 19일 업무협약을 체결했다. "
        "협약식에는 김철수 임실군수와 박영희 한국수자원공사 전북본부장이 참석했다."
    )
    assert position(x, "박영희") == ("한국수자원공사 전북본부", "본부장")


# ------------------------------------------------------------ X(대표 이름): the head makes X a body
def test_a_coined_word_whose_parenthesis_names_its_head_is_a_body() -> None:
    x = korean(
        "협약 기업은 한빛소재(대표 김철수), 누리솔트(대표 박영희), ㈜빛가람(대표 이민호) 등 3곳이다. "
        "새솔시는 이들 기업과 투자협약을 체결했다."
    )
    assert position(x, "박영희") == ("누리솔트", "대표")
    assert position(x, "이민호") == ("㈜빛가람", "대표")
    orgs = {e.name: e.sector for e in x.entities if e.kind is Kind.ORGANISATION}
    assert orgs.get("누리솔트") is not None and orgs["누리솔트"].value == "industry"


def test_a_kind_of_body_before_a_head_in_parentheses_is_no_body() -> None:
    x = korean("참여 기업(대표 김철수)은 새솔시와 협약을 맺었다.")
    assert "기업" not in {e.name for e in x.entities if e.kind is Kind.ORGANISATION}


# ------------------------------------------------------------ a programme's short forms
def programme_forms(x: Extraction) -> list[list[str]]:
    return [e.aliases for e in x.entities if e.kind is Kind.PROGRAMME]


def test_the_short_forms_in_a_programmes_parenthesis_are_the_same_programme() -> None:
    x = korean(
        "RISE 체계 구축에 나선다. 새솔테크노파크는 지역혁신중심 대학지원체계(RISE, 이하 라이즈) 추진을 위해 "
        "한빛대학교와 업무협약을 체결했다. 라이즈는 내년 시행된다."
    )
    found = programme_forms(x)
    assert len(found) == 1, found
    assert {"지역혁신중심 대학지원체계", "RISE", "라이즈"} <= set(found[0])


def test_a_quoted_plan_or_scheme_is_a_programme_and_a_quoted_slogan_is_not() -> None:
    x = korean(
        "새솔시는 지난달 발표한 ‘바이오 인재 양성방안’의 후속으로 한빛대학교와 업무협약을 체결했다. "
        "두 기관은 ‘함께 여는 내일’을 약속했다."
    )
    names = [e.name for e in x.entities if e.kind is Kind.PROGRAMME]
    assert "바이오 인재 양성방안" in names
    assert "함께 여는 내일" not in names


def test_a_platform_the_parties_will_build_is_no_named_programme() -> None:
    x = korean(
        "두 기관은 △인재 교류 △지역 협업을 위한 초광역 공유 플랫폼 구축 등을 위해 협력하기로 했다. "
        "새솔시는 한빛 바이오 클러스터에 입주할 기업을 모은다."
    )
    names = [e.name for e in x.entities if e.kind is Kind.PROGRAMME]
    assert not any("플랫폼" in n for n in names), names
    assert any(n.endswith("바이오 클러스터") for n in names), names


@pytest.mark.parametrize("verb", ["개최했다", "했다", "가졌다"])
def test_a_quoted_ceremony_that_was_held_places_the_agreement_signed_elsewhere(verb: str) -> None:
    x = korean(
        f"새솔시와 한빛대학교는 30일 새솔시청 대회의실에서 ‘지역 인재 양성을 위한 업무협약식’을 {verb}. "
        "두 기관은 이번 협약을 체결하고 인재 양성에 함께 나서기로 했다."
    )
    assert agreement_venue(x) == "새솔시청 대회의실"


def test_an_amount_between_a_word_and_a_title_is_no_body() -> None:
    x = korean(
        "한빛대학교는 새솔고와 업무협약을 체결했다. 협약내용은 △생활비 지원(학기당 30만 원) "
        "△평생지도교수 지정 및 취업지도 등이다."
    )
    assert not any(e.name.startswith("30") for e in x.entities), [e.name for e in x.entities]


def test_ju_and_a_place_before_a_title_is_part_of_the_title() -> None:
    x = korean("협약식에는 한빛대학교 김철수 총장과 왕리밍 주부산 중국총영사가 참석했다.")
    assert position(x, "왕리밍") == (None, "주부산 중국총영사")
    assert "주부산" not in {e.name for e in x.entities if e.kind is Kind.ORGANISATION}


def test_a_heads_title_fused_onto_a_short_form_of_a_body_named_in_the_article() -> None:
    x = korean(
        "새솔테크노파크와 한빛인재평생교육진흥원은 13일 업무협약을 체결했다. "
        "이 자리에는 김철수 새솔테크노파크원장, 박영희 한빛인재평생교육원장이 참석했다."
    )
    assert position(x, "박영희") == ("한빛인재평생교육진흥원", "원장")


def test_the_korean_spelling_of_linc_plus_is_the_programme() -> None:
    x = korean("한빛대학교는 링크플러스사업단을 통해 새솔기업과 업무협약을 체결했다.")
    assert "링크플러스" in [e.name for e in x.entities if e.kind is Kind.PROGRAMME]


def test_an_acronym_heading_a_parenthesis_names_its_body_with_the_words_before_it() -> None:
    x = korean(
        "한빛대학교 산학협력단(단장 김철수), 새솔 그린소재 MC(회장 박영희), 새솔 미래차 MC(회장 이민호) 등 "
        "3개 기관은 8일 업무협약을 체결했다."
    )
    assert position(x, "박영희") == ("새솔 그린소재 MC", "회장")
    assert position(x, "이민호") == ("새솔 미래차 MC", "회장")
    assert "MC" not in {e.name for e in x.entities if e.kind is Kind.ORGANISATION}


def test_a_body_with_ui_before_a_name_and_title_is_the_persons() -> None:
    x = korean("새솔시와 한빛전자는 4일 투자협약을 체결했다. 한빛전자의 김철수 대표는 “기대가 크다”고 말했다.")
    assert position(x, "김철수") == ("한빛전자", "대표")


def test_a_saeop_given_as_an_example_of_a_kind_of_scheme_is_a_programme() -> None:
    x = korean("새솔재단은 한빛 청년창업지원사업 등 유관 프로그램을 연계하기로 하고 업무협약을 체결했다.")
    names = [e.name for e in x.entities if e.kind is Kind.PROGRAMME]
    assert any(n.endswith("청년창업지원사업") for n in names), names


def test_a_kind_of_work_before_deung_stays_no_programme() -> None:
    x = korean("두 기관은 공동 연구사업 등 다양한 사업을 함께하기로 하고 업무협약을 체결했다.")
    assert not [e.name for e in x.entities if e.kind is Kind.PROGRAMME]


def test_a_bodys_own_saeop_right_after_it_is_a_programme_without_the_body() -> None:
    x = korean("두 기관은 한국농어촌공사 스마트 양식장 보급사업 추진 등에 협력하기로 하고 업무협약을 체결했다.")
    names = [e.name for e in x.entities if e.kind is Kind.PROGRAMME]
    assert "스마트 양식장 보급사업" in names, names


def test_a_bodys_work_of_a_generic_kind_is_no_programme() -> None:
    x = korean("두 기관은 한국농어촌공사 대형 연구사업 등에 협력하기로 하고 업무협약을 체결했다.")
    assert not [e.name for e in x.entities if e.kind is Kind.PROGRAMME]


def test_an_event_named_with_its_edition_or_as_international_is_an_event() -> None:
    x = korean(
        "새솔시는 제3회 한빛 수소산업 박람회 공동 개최에 합의하고 한빛대학교와 업무협약을 체결했다. "
        "두 기관은 이번 간담회에서 정책 포럼도 열기로 했다."
    )
    events = [e.name for e in x.entities if e.kind is Kind.EVENT]
    assert any(n.startswith("제3회") and n.endswith("박람회") for n in events), events
    assert not any(n.endswith(("간담회", "포럼")) for n in events), events


# ------------------------------------------------------------ a place fused with a deputy's title
@pytest.mark.parametrize(
    ("word", "body", "title"),
    [
        ("무안부군수", "무안군", "부군수"),
        ("포항부시장", "포항시", "부시장"),
        ("경북행정부지사", "경상북도", "행정부지사"),
    ],
)
def test_a_deputy_heads_title_fused_with_its_place(word: str, body: str, title: str) -> None:
    x = korean(f"{body}는 3일 한빛농협과 업무협약을 체결했다. 협약식에는 김한빛 {word}와 이새솔 조합장이 참석했다.")
    assert position(x, "김한빛") == (body, title)
    assert not [e for e in x.entities if e.kind is Kind.ORGANISATION and e.name.endswith("부")]  # no ministry 무안부


def test_a_heads_fused_title_keeps_its_bodys_written_form() -> None:
    x = korean("포항시는 3일 한빛농협과 업무협약을 체결했다. 협약식에는 김한빛 포항시장이 참석했다.")
    assert position(x, "김한빛") == ("포항시", "시장")
    mentions = [m.text for e in x.entities if e.name == "포항시" for m in e.mentions]
    assert mentions == ["포항시", "포항시"]  # 포항시장 names 포항시, not 포항 and a 시장
