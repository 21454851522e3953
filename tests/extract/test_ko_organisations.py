"""Korean organisations recognised on their own evidence: the gazetteer, the suffix grammar,
legal-form marks, a body's units and list coordination, then a sector for each. Sentences
written for the test (not taken from any article)."""

from __future__ import annotations

import pytest
from extracted import korean, org, organisations, signatories

from mou_graph.model import Extraction, Kind, RelType, Sector


def orgs(x: Extraction) -> dict[str, Sector | None]:
    """Every organisation by each of its written forms."""
    return {a: e.sector for e in x.entities if e.kind is Kind.ORGANISATION for a in (e.name, *e.aliases)}


# ------------------------------------------------------------------ company marks
@pytest.mark.parametrize(
    "text",
    [
        "포항시는 2일 ㈜한빛소재와 업무협약을 체결했다. 이날 ㈜한빛소재 김민수 대표가 참석했다.",
        "포항시는 2일 한빛소재(주)와 업무협약을 체결했다. 이날 한빛소재(주) 김민수 대표가 참석했다.",
        "포항시는 2일 (주)한빛소재와 업무협약을 체결했다.",
    ],
)
def test_a_company_marked_before_or_after_its_name(text: str) -> None:
    x = korean(text)
    company = next(e for e in x.entities if e.kind is Kind.ORGANISATION and "한빛소재" in e.name)
    assert company.sector is Sector.INDUSTRY
    assert company.name in signatories(x)


def test_a_legal_form_word_alone_is_no_body() -> None:
    x = korean("협약식에는 김민수 한빛농산㈜ 농업회사법인 대표가 참석했다.")
    assert "농업회사법인" not in orgs(x)


# ------------------------------------------------------------------ suffix grammar
@pytest.mark.parametrize(
    ("name", "sector"),
    [("한빛외식업중앙회", Sector.INDUSTRY), ("대한민국재향군인회", Sector.CIVIL), ("새솔연합회", Sector.INDUSTRY)],
)
def test_an_ending_names_a_party_the_gazetteer_does_not_list(name: str, sector: Sector) -> None:
    x = korean(f"포항시는 3일 {name}와 업무협약을 체결했다.")
    assert orgs(x).get(name) is sector
    assert signatories(x) == {"포항시", name}


# ------------------------------------------------------------------ school names
@pytest.mark.parametrize(
    "school",
    ["새솔공고", "새솔여고", "새솔공업고", "새솔정보고", "새솔전자고", "새솔과기고", "새솔마이스터고", "새솔세무고"],
)
def test_a_high_schools_short_name_is_a_school(school: str) -> None:
    x = korean(f"한빛대학교는 5일 {school}와 업무협약을 체결했다.")
    assert orgs(x).get(school) is Sector.ACADEMIA, orgs(x)


def test_short_college_names() -> None:
    x = korean("한빛대학교는 5일 새솔전문대, 경북도립대와 업무협약을 체결했다.")
    assert orgs(x)["새솔전문대"] is Sector.ACADEMIA and orgs(x)["경북도립대"] is Sector.ACADEMIA


def test_a_notice_is_no_school() -> None:
    x = korean("포항시는 5일 채용공고와 모집공고를 냈다.")
    assert not {"채용공고", "모집공고"} & set(orgs(x))


def test_a_school_joins_its_short_form_and_keeps_the_academic_sector() -> None:
    x = korean(
        "포항시는 23일 새솔제철공업고등학교와 업무협약을 체결했다. 이날 이성열 새솔제철공고 교장이 참석했다. "
        "새솔제철공고는 현장 인력 양성에 나선다."
    )
    school = org(x, "새솔제철공고")
    assert "새솔제철공업고등학교" in school.aliases and school.sector is Sector.ACADEMIA


def test_a_university_written_대학_is_its_대학교() -> None:
    x = korean("새솔대학(총장 김응권)과 충북테크노파크는 30일 업무협약을 체결했다. 새솔대학교 관계자들이 참석했다.")
    assert "새솔대학" in org(x, "새솔대학교").aliases


def test_two_schools_one_name_inside_the_other_stay_two() -> None:
    x = korean("협약에는 새솔정보고, 새솔여자정보고, 새솔공고 등 3개 학교가 참여했다.")
    assert org(x, "새솔정보고") is not org(x, "새솔여자정보고")


def test_two_councils_one_name_inside_the_other_stay_two() -> None:
    x = korean("교육계(한국대학교육협의회, 한국전문대학교육협의회)와 산업계가 업무협약을 체결했다.")
    assert org(x, "한국대학교육협의회") is not org(x, "한국전문대학교육협의회")


# ------------------------------------------------------------------ list coordination
@pytest.mark.parametrize("mark", ["·", "‧", "ㆍ", "・", "․", "･", "∙", ", "])
def test_an_item_between_bodies_is_a_body(mark: str) -> None:
    x = korean(f"포항시{mark}한빛로보틱스{mark}경북대학교 간 업무협약을 체결했다.")
    assert "한빛로보틱스" in orgs(x)


@pytest.mark.parametrize("mark", ["․", "･", "∙"])
def test_a_dot_leader_between_two_parties_parts_them(mark: str) -> None:
    x = korean(f"제주도{mark}한빛농협은 3일 도청에서 감귤 수출 확대를 위한 업무협약을 체결했다.")
    assert set(signatories(x)) == {"제주특별자치도", "한빛농협"}


def test_a_list_of_universities_and_campuses() -> None:
    x = korean(
        "대학에서는 연세대학교 미래캠퍼스·강원대학교 원주캠퍼스·새솔대학교·한빛대학교·경동대학교 메디컬캠퍼스가 참여했다."
    )
    found = orgs(x)
    for form in [
        "연세대학교 미래캠퍼스",
        "강원대학교 원주캠퍼스",
        "새솔대학교",
        "한빛대학교",
        "경동대학교 메디컬캠퍼스",
    ]:
        assert found.get(form) is Sector.ACADEMIA, (form, found)
    assert "연세대학교" not in organisations(x)  # named only inside its campus's name


def test_the_last_county_of_a_list_of_counties() -> None:
    x = korean("업무협약에는 전남도와 여수시, 영광군, 신안군 등 3개 시·군이 참여했다.")
    assert {"여수시", "영광군", "신안군"} <= set(orgs(x))


def test_a_list_of_names_two_ending_like_companies() -> None:
    x = korean("업무협약에는 새솔산업개발, 한빛건설, 케이누리파워, 동해기술공사, 엠에이치테크놀로지가 참여했다.")
    assert {"새솔산업개발", "한빛건설", "케이누리파워", "동해기술공사", "엠에이치테크놀로지"} <= set(orgs(x))


def test_a_list_head_gives_unknown_names_their_sector() -> None:
    x = korean("협약 참여 기관은 한빛대, 충남교육청, 새솔마이크론·누리씨엔에스·한빛자동화 등 3개 기업이다.")
    assert orgs(x)["누리씨엔에스"] is Sector.INDUSTRY


def test_a_bare_ending_in_a_list_names_no_one() -> None:
    x = korean("제주도·교육청·한화시스템 등 7개 기관이 업무협약을 체결했다.")
    assert "교육청" not in orgs(x)


def test_common_words_in_a_list_are_no_bodies() -> None:
    x = korean("포항시는 자동차산업, 인공지능, 에너지신산업 등 미래 핵심 산업을 키운다.")
    assert not {"자동차산업", "인공지능", "에너지신산업"} & set(orgs(x))


def test_bodies_joined_by_hyphens_in_a_headline() -> None:
    x = korean("창원시-창원대학교 ‘글로컬대학 30 추진’ 거버넌스 구축 협약")
    assert "창원시-창원대학교" not in orgs(x)
    assert {"창원시", "창원대학교"} <= set(orgs(x))


# ------------------------------------------------------------------ a body and its unit
@pytest.mark.parametrize(
    ("text", "unit", "sector"),
    [
        (
            "보건의료 공공기관인 국민건강보험공단·대한적십자사 혈액관리본부가 참여했다.",
            "대한적십자사 혈액관리본부",
            Sector.GOVERNMENT,
        ),
        ("협약에는 포항시와 한국생산성본부 경북동부센터가 참여했다.", "한국생산성본부 경북동부센터", Sector.GOVERNMENT),
        (
            "새솔수협과 한국농어촌공사 해남완도지사가 지난 8일 업무 협약식을 가졌다.",
            "한국농어촌공사 해남완도지사",
            Sector.GOVERNMENT,
        ),
        (  # a weak ending (…공사) with a branch after it; the branch named after a region
            "김해시는 3일 한국전기안전공사 김해양산지사와 업무협약을 체결했다.",
            "한국전기안전공사 김해양산지사",
            Sector.GOVERNMENT,
        ),
        (
            "새솔시와 한국전기안전공사 충북지사는 3일 업무협약을 체결했다.",
            "한국전기안전공사 충북지사",
            Sector.GOVERNMENT,
        ),
        (
            "대전테크노파크는 26일 국방대학교 안전보장대학원과 업무협약을 체결했다.",
            "국방대학교 안전보장대학원",
            Sector.ACADEMIA,
        ),
        (
            "주석병원과 대산의료재단 동안성병원이 의료협약 양해각서를 체결했다.",
            "대산의료재단 동안성병원",
            Sector.INDUSTRY,
        ),
    ],
)
def test_a_unit_with_a_name_of_its_own_is_one_body(text: str, unit: str, sector: Sector) -> None:
    x = korean(text)
    assert orgs(x).get(unit) is sector, orgs(x)
    parent = unit.split()[0]
    assert parent not in organisations(x) and parent not in orgs(x)  # the parent is named only inside the unit's name


def test_a_branch_named_after_a_province_is_a_party_not_a_governor() -> None:
    x = korean("새솔시와 한국전기안전공사 충북지사는 3일 업무협약을 체결했다. 협약식에는 김한솔 충북지사장이 참석했다.")
    assert signatories(x) == {"새솔시", "한국전기안전공사 충북지사"}
    assert "충청북도" not in organisations(x)


def test_a_units_name_alone_later_is_the_same_body() -> None:
    x = korean("주석병원과 대산의료재단 동안성병원이 양해각서를 체결했다. 동안성병원은 300병상 규모다.")
    assert "동안성병원" in org(x, "대산의료재단 동안성병원").aliases


def test_a_branch_office_is_not_a_governors_title() -> None:
    x = korean("새솔수협(조합장 김성주)과 한국농어촌공사 해남완도지사가 업무 협약식을 가졌다.")
    assert not [e for e in x.entities if e.kind is Kind.PERSON and e.title and "지사" in e.title]


# ------------------------------------------------------------------ short forms
def test_an_institutes_parenthesised_short_form() -> None:
    x = korean("협약에는 12개 대학과 화학(연), 에기(연), 전기(연) 등 정부출연(연)이 참여했다.")
    found = organisations(x)
    assert {"한국화학연구원", "한국에너지기술연구원", "한국전기연구원"} <= found
    assert not [n for n in found if "출연" in n]


def test_a_district_after_its_city() -> None:
    x = korean("대전 서구(구청장 서철모)는 지난 15일 배재대학교와 업무협약을 체결했다.")
    district = org(x, "대전 서구")
    assert district.name == "대전광역시 서구" and district.name in signatories(x)


def test_a_local_government_two_regions_share_a_name_with() -> None:
    x = korean("이번 협약식은 광주시와 중국 원저우 간 교육 협력을 위해 마련됐다.")
    assert orgs(x).get("광주시") is Sector.GOVERNMENT


# ------------------------------------------------------------------ a region before a noun
def test_a_region_qualifying_a_noun_is_named_but_no_party() -> None:
    x = korean("대전 서구는 지난 15일 배재대·목원대 및 대전시 출연연 등 관계 기관과 업무협약을 체결했다.")
    assert "대전시" in orgs(x)
    assert "대전광역시" not in signatories(x)


@pytest.mark.parametrize(
    "text",
    [
        "경북도는 26일 안동시 풍천면 경북도청에서 업무 협약식을 열었다.",
        "한전이 전라남도 나주시 에너지밸리에 투자를 유치했다.",
        "한국마사회는 최근 경기 과천시 ‘렛츠런파크 서울’에서 업무협약을 체결했다.",
        "새솔대학교는 화성시 산관학 협력체계를 더욱 견고히 하겠다고 밝혔다.",
    ],
)
def test_a_region_named_as_a_place_is_no_body(text: str) -> None:
    found = orgs(korean(text))
    assert not {"안동시", "전라남도", "과천시", "화성시"} & set(found), found


# ------------------------------------------------------------------ sectors
@pytest.mark.parametrize(
    ("text", "form", "sector"),
    [
        ("새솔시는 국립과학수사연구원과 업무협약을 체결했다.", "국립과학수사연구원", Sector.GOVERNMENT),
        ("새솔시는 대전문화재단과 업무협약을 체결했다.", "대전문화재단", Sector.GOVERNMENT),
        ("새솔시는 전북농업기술원과 업무협약을 체결했다.", "전북농업기술원", Sector.GOVERNMENT),
        ("협약에는 새솔시와 주석병원, 포스텍이 참여했다.", "주석병원", Sector.INDUSTRY),
        ("새솔시는 전북농협과 업무협약을 체결했다.", "전북농협", Sector.INDUSTRY),
        ("새솔시는 대한전자공학회와 업무협약을 체결했다.", "대한전자공학회", Sector.RESEARCH),
        ("새솔시는 경북환경연수원과 업무협약을 체결했다.", "경북환경연수원", Sector.GOVERNMENT),
    ],
)
def test_sector_from_the_name(text: str, form: str, sector: Sector) -> None:
    assert orgs(korean(text)).get(form) is sector


# ------------------------------------------------------------------ fragments
def test_a_list_of_people_under_their_body() -> None:
    x = korean(
        "이번 협약식에는 새솔국립대에서는 권순기 총장, 강상수 연구 산학 처장, 추원식 기계 융합공학과 학과장, "
        "최현호 친환경 에너지 융합연구센터 부센터장이 참석했다. "
        "한국재료연구원에서는 이정환 원장을 비롯해 김동호 나노 표면연구본부장이 참석했다."
    )
    found = set(orgs(x))
    assert not {"연구 산학", "기계 융합공학과", "나노", "친환경 에너지 융합연구센터", "융합연구센터"} & found, found
    by_id = {e.id: e for e in x.entities}
    employer = {by_id[r.source].name: by_id[r.target].name for r in x.relations if r.type is RelType.HOLDS_POSITION}
    assert employer["강상수"] == employer["최현호"] == employer["권순기"]
    assert employer["김동호"] == "한국재료연구원"


def test_a_bureau_of_the_outlet_is_no_body() -> None:
    x = korean("[아시아경제 영남취재본부 최순경 기자] 새솔대학교와 한국재료연구원은 14일 업무협약을 체결했다.")
    assert "영남취재본부" not in orgs(x) and "아시아경제 영남취재본부" not in orgs(x)
    assert "아시아경제" not in signatories(x)


def test_a_mastheads_outlet_is_no_body() -> None:
    x = korean("일간새솔신문\n\n포항시는 23일 포스텍과 업무협약을 체결했다.")
    assert "일간새솔신문" not in orgs(x)


def test_both_and_bodies_of_a_kind_are_no_body() -> None:
    x = korean("건양대학교는 3일 업무협약을 체결했다. 양 대학교는 공동 연구를 추진한다.")
    assert "양 대학교" not in org(x, "건양대학교").aliases


def test_a_chinese_chamber_and_its_head() -> None:
    x = korean(
        "광주상공회의소는 조선대학교 및 원저우시총상회와 업무협약을 체결했다. "
        "왕다우 원저우시 총상회장은 “협력하겠다”고 말했다."
    )
    chamber = org(x, "원저우시총상회")
    assert chamber.sector is Sector.INDUSTRY and "원저우시" not in orgs(x)
    by_id = {e.id: e for e in x.entities}
    held = [(by_id[r.target].name, r.title) for r in x.relations if r.type is RelType.HOLDS_POSITION]
    assert (chamber.name, "회장") in held


def test_a_name_after_the_kind_of_body_it_is() -> None:
    x = korean("부산시와 홍콩 데이터센터 전문기업 원아시아네트워크가 투자협약을 체결했다.")
    assert orgs(x).get("원아시아네트워크") is Sector.INDUSTRY
    assert "맞춤형" not in orgs(korean("참여 기업 맞춤형 교육을 지원한다."))


def test_a_legal_mark_makes_a_company_of_any_word() -> None:
    x = korean("거창군은 4일 (주)좋은푸드, (주)DS산업과 투자협약을 체결했다.")
    assert {"(주)좋은푸드", "(주)DS산업"} <= set(orgs(x))


def test_a_region_as_the_place_of_a_company_or_an_estate() -> None:
    found = orgs(korean("아울러 평창군 소재 기업인 ㈜프라코는 강서구 미음산업단지 내 공장을 짓는다."))
    assert not {"평창군", "강서구"} & set(found) and "㈜프라코" in found


def test_a_campus_unit_is_named_from_the_university() -> None:
    x = korean(
        "경주시와 경주대 등 4개 대학이 협약을 체결했다(왼쪽부터 반상우 동국대 경주캠퍼스 산학협력단장, 김기석 경주대 총장)."
    )
    by_id = {e.id: e for e in x.entities}
    held = {by_id[r.source].name: by_id[r.target].name for r in x.relations if r.type is RelType.HOLDS_POSITION}
    assert held["반상우"] == "동국대 경주캠퍼스 산학협력단"


def test_및_coordinates_bodies() -> None:
    x = korean("협약에는 포항시, 경북대학교 및 한빛로보틱스가 참여했다.")
    assert "한빛로보틱스" in orgs(x)


def test_an_acronym_after_a_kind_of_body_is_no_name() -> None:
    assert "CEO" not in orgs(korean("지역 기업 CEO 30여 명이 참석했다. 포항시, 경북대, 포스텍이 협약을 맺었다."))


def test_a_list_inside_a_groups_parenthesis_is_coordinated_too() -> None:
    x = korean(
        "이번 협약에는 산업계(한빛전자, 새솔하이텍, 누리솔루션즈, 한국반도체산업협회)와 "
        "학계(한빛대학교, 새솔대학교) 등 6개 기관이 참여했다."
    )
    assert "누리솔루션즈" in organisations(x)
    assert orgs(x)["누리솔루션즈"] is Sector.INDUSTRY


def test_the_words_after_a_list_make_its_plain_items_bodies() -> None:
    x = korean("새솔시는 28일 시청에서 푸른합금, 한빛이앤이, 누리글로벌팜스 등 중소기업 3곳과 투자협약을 체결했다.")
    assert {"푸른합금", "한빛이앤이", "누리글로벌팜스"} <= organisations(x)
    assert orgs(x)["푸른합금"] is Sector.INDUSTRY


def test_a_list_with_no_words_after_it_keeps_its_common_nouns() -> None:
    x = korean("새솔시는 푸른합금, 교육, 연구 분야에서 협력하기로 했다.")
    assert not {"교육", "연구"} & organisations(x)


def test_kinds_of_body_in_a_counted_list_name_no_one() -> None:
    x = korean("새솔시는 새솔교육지원청, 공공기관 및 기업체 등 18개 기관과 11일 업무협약을 체결했다.")
    assert not {"기업체", "공공기관"} & organisations(x)
    assert "새솔교육지원청" in organisations(x)


@pytest.mark.parametrize(
    ("name", "sector"),
    [
        ("새솔시도교육감협의회", Sector.GOVERNMENT),
        ("새솔대학교육협의회", Sector.ACADEMIA),
        ("새솔대학생협회", Sector.INDUSTRY),
        ("새솔기업협의회", Sector.INDUSTRY),
    ],
)
def test_a_council_takes_the_sector_of_the_members_its_name_gathers(name: str, sector: Sector) -> None:
    x = korean(f"{name}와 한빛대학교는 4일 업무협약을 체결했다.")
    assert orgs(x).get(name) is sector, orgs(x)


def test_a_name_after_its_regions_name_and_the_bare_name_are_one_body() -> None:
    x = korean(
        "경남도립한빛대학은 새솔고등학교와 업무협약을 체결했다고 6일 밝혔다. "
        "협약식에는 한빛대학 김철수 총장이 참석했다."
    )
    assert "한빛대학" not in organisations(x)
    assert "경남도립한빛대학" in organisations(x)


def test_regions_before_the_people_of_a_place_are_places() -> None:
    x = korean(
        "두 기관은 구미시·경산시 기업 선정을 위한 지원에 협력하기로 하고 한빛대학교와 새솔협회가 협약을 체결했다."
    )
    assert not {"구미시", "경산시"} & organisations(x)


def test_a_region_listed_with_a_body_is_still_a_body() -> None:
    x = korean("구미시·한빛대학교 등 2개 기관은 4일 업무협약을 체결했다.")
    assert "구미시" in organisations(x)
