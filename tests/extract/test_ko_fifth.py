"""Korean forms of the fifth round, each on sentences written for the test: a body shared by a
pair of people joined by 과, a body before names joined by ·, bodies only described (to be set
up, or what a party is "as"), heads whose body's ending names its kind, a division in a title,
and a region's foundation."""

from __future__ import annotations

from extracted import korean, organisations, position, signatories

from mou_graph.model import Kind, Sector


def test_a_pair_joined_by_gwa_shares_the_body_before_the_first() -> None:
    x = korean(
        "한빛시설공단과 한빛대학교는 5일 업무협약을 체결했다. 이날 협약식에는 한빛대 고민수 대외부총장과 "
        "박정훈 인재개발처장이 참석했다."
    )
    assert position(x, "고민수") == ("한빛대학교", "대외부총장")
    assert position(x, "박정훈") == ("한빛대학교", "인재개발처장")


def test_a_body_before_names_joined_by_a_middle_dot_is_all_of_theirs() -> None:
    x = korean(
        "김해시설공단과 한빛대학교는 5일 업무협약을 체결했다. 이날 협약식에는 한빛대 고민수 대외부총장을 "
        "비롯해 김해시의회 김남희·이영철 의원 등이 참석했다."
    )
    assert position(x, "김남희") == ("김해시의회", "의원")
    assert position(x, "이영철") == ("김해시의회", "의원")


def test_a_body_still_to_be_set_up_or_named_as_a_role_is_no_body_yet() -> None:
    x = korean(
        "누리시와 한빛대학교는 27일 업무협약을 체결했다. 양 기관은 상생발전협의회를 구성해 논의를 이어가기로 "
        "했다. 김영수 총장은 “지역거점 국립대학교로서 책임을 다하겠다”고 말했다."
    )
    assert "상생발전협의회" not in organisations(x)
    assert "지역거점 국립대학교" not in organisations(x)
    assert position(x, "김영수") == ("한빛대학교", "총장")  # the article's one university, now that it is one


def test_a_head_whose_body_is_left_open_heads_the_one_body_its_ending_names() -> None:
    x = korean(
        "한빛시설공단과 누리대학교는 5일 공단 회의실에서 업무협약을 체결했다. 박상철 이사장 직무대행은 "
        "“협력을 이어가겠다”고 말했다."
    )
    assert position(x, "박상철") == ("한빛시설공단", "이사장 직무대행")


def test_two_bodies_of_the_kind_leave_the_head_open() -> None:
    x = korean("한빛시설공단과 누리환경공단은 5일 업무협약을 체결했다. 박상철 이사장은 “협력을 이어가겠다”고 말했다.")
    assert position(x, "박상철") == (None, "이사장")


def test_a_division_before_a_title_is_the_titles_not_a_body() -> None:
    x = korean(
        "한빛경제진흥원과 누리과학원은 1일 업무협약을 체결했다. 이날 협약식에는 강민수 한빛경제진흥원장, "
        "임정호 경제부문 이사, 제민수 미래성장부문 이사 등이 참석했다."
    )
    assert not {"경제부문", "미래성장부문"} & organisations(x)
    assert position(x, "임정호")[1] == "경제부문 이사"


def test_a_foundation_named_with_its_whole_regions_name_is_public() -> None:
    x = korean("전라남도관광재단과 경상북도문화재단이 6일 업무협약을 체결했다.")
    sectors = {e.name: e.sector for e in x.entities if e.name.endswith("재단")}
    assert sectors == {"전라남도관광재단": Sector.GOVERNMENT, "경상북도문화재단": Sector.GOVERNMENT}


def test_an_earlier_signing_the_article_recalls_gives_no_party() -> None:
    x = korean(
        "한빛대학교와 누리군이 지난 21일 업무협약을 맺었다. 한편, 한빛대는 지난 3월 누리군 소재 누리과학고와 "
        "인재 양성을 위한 협약을 체결하고 지역 문제에 대응하고 있다."
    )
    assert signatories(x) == {"한빛대학교", "누리군"}


def test_a_signing_the_same_day_after_hanpyeon_is_this_one() -> None:
    x = korean(
        "한빛부와 누리부는 5일 업무협약을 체결했다. 한편, 이날 협약식에서는 창업진흥원과 기술보증기금 간 "
        "업무협약도 함께 체결됐다."
    )
    assert {"창업진흥원", "기술보증기금"} <= signatories(x)


def test_a_college_of_a_university_is_one_body_with_it() -> None:
    x = korean(
        "공주시가 12일 충남대 농업생명과학대학과 업무협약을 체결했다. 최종민 충남대 농업생명과학대학 학장이 참석했다."
    )
    assert "충남대 농업생명과학대학" in signatories(x)
    assert position(x, "최종민") == ("충남대 농업생명과학대학", "학장")


def test_where_one_stands_in_the_photo_is_no_word_between_name_and_title() -> None:
    x = korean(
        "한빛공사와 누리연수원은 협약을 맺었다. 김상철(왼쪽) 한빛공사 사장과 박민수(오른쪽 두 번째) "
        "누리연수원장이 협약을 체결한 뒤 기념촬영을 하고 있다."
    )
    assert position(x, "김상철") == ("한빛공사", "사장")
    assert position(x, "박민수") == ("누리연수원", "원장")


def test_a_name_read_as_a_noun_and_a_particle_in_a_list_of_names_and_titles() -> None:
    x = korean("한빛공사와 누리연수원은 협약을 맺었다. 김상철 사장, 이상은 원장이 협약을 체결했다.")
    assert position(x, "이상은") == ("누리연수원", "원장")  # the one body whose name ends in 원


def test_a_project_office_after_its_body_is_one_body_and_its_head_the_offices() -> None:
    x = korean(
        "전라남도교육청은 21일 한국도로공사 강진광주건설사업단과 업무협약을 체결했다. 강남호 사업단장이 참석했다."
    )
    assert "한국도로공사 강진광주건설사업단" in signatories(x)
    assert position(x, "강남호") == ("한국도로공사 강진광주건설사업단", "사업단장")


def test_a_bare_ending_after_a_body_is_its_federation() -> None:
    x = korean("한빛대가 미주한인상공회의소 총연합회(회장 강영수)와 협약을 체결했다.")
    assert signatories(x) == {"한빛대", "미주한인상공회의소 총연합회"}
    assert position(x, "강영수") == ("미주한인상공회의소 총연합회", "회장")


def test_a_unit_no_other_sentence_names_in_a_body_led_list_is_the_bodys() -> None:
    x = korean(
        "누리병원과 한빛진흥원은 27일 협약을 체결했다. 이번 협약식에는 누리병원 윤철민 병원장, 이상호 "
        "의생명연구원장, 유준호 융합연구센터장, 한빛진흥원 정영민 원장, 고학수 사업본부장이 참석했다."
    )
    assert position(x, "이상호") == ("누리병원", "의생명연구원장")
    assert position(x, "유준호") == ("누리병원", "융합연구센터장")
    assert position(x, "고학수") == ("한빛진흥원", "사업본부장")
    assert not {"의생명연구원", "융합연구센터"} & organisations(x)


def test_a_title_alone_in_a_list_takes_the_body_of_the_item_before() -> None:
    x = korean(
        "누리대학교와 한빛기술원은 협약을 체결했다. 협약식에는 송병호 누리대학교 총장·전창민 연구부총장·"
        "문추호 한빛기술원 원장 등이 참석했다."
    )
    assert position(x, "전창민") == ("누리대학교", "연구부총장")


def test_a_name_the_reading_took_for_a_common_word_in_a_list_of_titled_names() -> None:
    x = korean("누리병원과 한빛연구소는 협약을 체결했다. 협약식에는 윤호민 병원장, 조정기 센터장 등이 참석했다.")
    assert position(x, "조정기")[1] == "센터장"
    assert position(x, "윤호민") == ("누리병원", "병원장")  # 병원장 heads the one 병원


def test_a_bodys_ending_written_with_the_title_is_the_body_the_article_names() -> None:
    x = korean("누리병원과 한빛 AI연구원은 21일 양해각서를 체결했다. 협약식에는 배경민 한빛 AI 연구원장 등이 참석했다.")
    assert position(x, "배경민")[0] is not None
    assert position(x, "배경민")[0].replace(" ", "") == "한빛AI연구원"


def test_a_foreign_name_in_hangul_with_its_latin_spelling_is_a_person() -> None:
    x = korean(
        "한빛대학교는 18일 주한 누리국 대사관과 업무협약을 체결했다. 협약식에는 김민호 총장과 카림 하다드(Karim "
        "Haddad) 주한 누리국 대사, 오마르 벤 살레(Omar B. Saleh) 주한 누리국 대사관 참사관 등이 참석했다."
    )
    assert position(x, "카림 하다드") == ("주한 누리국 대사관", "대사")
    assert position(x, "오마르 벤 살레")[1] == "참사관"  # the initial's period ends no sentence
    assert position(x, "김민호") == ("한빛대학교", "총장")


def test_the_day_before_the_news_dates_the_ceremony_and_is_no_part_of_the_venue() -> None:
    x = korean(
        "한빛대학교는 누리시와 업무협력 양해각서를 맺었다고 19일 밝혔다. 한편 전날 한빛대에서 열린 협약식에는 "
        "김민호 총장이 참석했다.",
        published="2024-04-19",
    )
    (agreement,) = [e for e in x.entities if e.kind is Kind.AGREEMENT]
    assert agreement.date == "2024-04-18"
    assert agreement.venue == "한빛대"


def test_a_place_before_a_body_named_only_by_common_words_opens_its_name() -> None:
    x = korean(
        "누리도가 2일 한빛브랜드 기업협회, 전북 농어촌지원센터와 업무협약을 체결했다. 보은군, 한빛푸드, "
        "보은군 농업인단체협의회 간 MOU도 체결했다."
    )
    assert {"전북 농어촌지원센터", "보은군 농업인단체협의회"} <= signatories(x)
    assert "농어촌지원센터" not in organisations(x)


def test_a_place_before_a_companys_own_ending_is_no_part_of_its_name() -> None:
    x = korean("울산시는 울산 그린소재와 업무협약을 체결했다.")
    assert "울산 그린소재" not in organisations(x)


def test_a_marked_company_before_a_list_mark_keeps_its_last_letter() -> None:
    x = korean("울산시, (주)한빛카프로, 누리에너지(주) 등 3개 기관이 참여하는 업무협약이 체결됐다.")
    assert "(주)한빛카프로" in signatories(x)


def test_a_division_heads_title_after_a_company() -> None:
    x = korean("협약식에는 김영록 지사와 정창호 ㈜한빛케미칼 신성장부문장이 참석했다.")
    assert position(x, "정창호") == ("㈜한빛케미칼", "신성장부문장")


def test_a_quoted_exchange_meeting_or_anniversary_event_is_an_event() -> None:
    x = korean(
        "한빛시는 12일 ‘글로벌 바이오 한빛방문 교류회’를 열고 누리제약과 업무협약을 체결했다. 이어 "
        "‘제3회 한빛 수소산업의 날 기념행사’도 열렸다."
    )
    events = {e.name for e in x.entities if e.kind is Kind.EVENT}
    assert {"글로벌 바이오 한빛방문 교류회", "제3회 한빛 수소산업의 날 기념행사"} <= events


def test_a_place_before_a_regions_office_opens_no_new_body() -> None:
    x = korean("인천항만공사와 인천 연수구청은 협약을 체결했다. 협약식에는 이재호 연수구청장이 참석했다.")
    assert "인천 연수구청" not in organisations(x)  # 연수구's office, whatever 연수 means alone


def test_a_headlines_short_form_without_the_kind_of_body_is_the_full_body() -> None:
    x = korean(
        "한빛대·대전공동캠퍼스와 업무협약 체결\n누리시는 28일 한빛대학교, 대전공동캠퍼스운영법인과 업무협약을 체결했다."
    )
    campus = [e for e in x.entities if e.kind is Kind.ORGANISATION and "대전공동캠퍼스" in e.name]
    assert len(campus) == 1 and "대전공동캠퍼스" in campus[0].aliases


def test_a_groups_latin_initials_before_a_hangul_name_make_a_company() -> None:
    x = korean("보은군은 5일 보은군, HB한빛푸드, 보은군 농업인단체협의회 간 MOU를 체결했다.")
    (company,) = [e for e in x.entities if e.name == "HB한빛푸드"]
    assert company.sector is Sector.INDUSTRY


def test_names_each_with_a_body_in_parentheses_share_the_title_after_the_last() -> None:
    x = korean(
        "국토교통부와 용인시, 평택시는 상생협약을 체결했다. 행사에는 박상민 (국토교통부), 한지민(환경부) 장관 외 "
        "이상호(용인), 정장민(평택) 시장 등이 참석했다."
    )
    assert position(x, "박상민") == ("국토교통부", "장관")
    assert position(x, "한지민") == ("환경부", "장관")
    assert position(x, "이상호") == ("용인시", "시장")  # the place is the city its 시장 heads
    assert position(x, "정장민") == ("평택시", "시장")


def test_a_name_between_bodies_joined_by_hyphens_is_a_body_too() -> None:
    x = korean(
        "대전시-한빛센추리-대전TP, 바이오 협력 업무협약 체결\n대전시는 12일 한빛센추리, 대전TP와 업무협약을 체결했다."
    )
    assert {"대전광역시", "한빛센추리", "대전테크노파크"} <= organisations(x)
    assert not any("-" in name for name in organisations(x))
