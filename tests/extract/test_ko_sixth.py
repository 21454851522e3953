"""Korean forms of the sixth round, each on sentences written for the test: the state's local
offices (세관, 세무서, 우체국, a ministry's 지청) as public bodies, a bank's head (행장), and a
division's director listed after the head of the body."""

from __future__ import annotations

from extracted import agreement, korean, org, organisations, position, signatories

from mou_graph.model import Kind, Sector


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


def test_companies_a_signing_counts_are_the_subjects_of_what_they_will_build() -> None:
    x = korean(
        "누리도는 16일 도청에서 3개 기업과 1천억원 규모의 투자협약을 했다. 한빛개발은 누리군 일원에 "
        "500억원을 투자해 리조트를 건설한다. 누리군 바이오산단에는 바다씨푸드가 70억원을 투자해 공장을 "
        "만든다. 가구 제조업체인 송민산업은 누리읍에 공장을 건립할 계획이다. 누리도는 지난해 37개 기업을 "
        "유치했다."
    )
    assert {"한빛개발", "바다씨푸드", "송민산업"} <= signatories(x)
    assert org(x, "바다씨푸드").sector is Sector.INDUSTRY


def test_no_more_companies_than_the_signing_counts() -> None:
    x = korean(
        "누리도는 16일 1개 기업과 투자협약을 했다. 한빛개발은 500억원을 투자해 리조트를 건설한다. "
        "다온테크는 누리시에 공장을 신설한다."
    )
    assert "한빛개발" in signatories(x)
    assert "다온테크" not in signatories(x)


def test_companies_named_in_the_signing_leave_no_count_open() -> None:
    x = korean(
        "누리시는 9월30일 4개 기업과 투자협약을 맺었다고 밝혔다. 협약 기업은 한빛바이오텍, 다온머티리얼즈, "
        "케이알텍, 큐온 등 4곳이다. 시는 경기침체로 투자여건이 어려운 상황에서도 투자를 유치했다. "
        "누리소재는 내년 공장을 증설한다."
    )
    assert {"한빛바이오텍", "다온머티리얼즈", "케이알텍", "큐온"} <= signatories(x)
    assert not {"투자여건", "누리소재"} & organisations(x)


def test_a_list_of_the_parties_that_counts_itself_names_companies_of_any_shape() -> None:
    x = korean(
        "누리도가 22일 누리시와 투자협약을 체결했다. 협약을 맺은 기업은 한빛에어로스페이스, "
        "복을만드는사람들, 대동기어 등 총 11개다.먼저 한빛에어로스페이스는 공장을 짓는다."
    )
    assert {"한빛에어로스페이스", "복을만드는사람들", "대동기어"} <= signatories(x)


def test_places_before_a_county_that_writes_the_ending_once_are_counties() -> None:
    x = korean("충북도와 보은·옥천·영동·단양군은 20일 6개 기업과 투자협약을 했다.")
    assert {"충청북도", "보은군", "옥천군", "영동군", "단양군"} <= signatories(x)
    assert org(x, "옥천군").sector is Sector.GOVERNMENT


def test_a_count_of_bodies_is_no_body() -> None:
    x = korean("충북 6개군, 공장 신설 기업과 투자협약\n충북도는 20일 6개군과 투자협약을 했다.")
    assert "6개군" not in organisations(x)


def test_a_count_of_companies_leaves_the_list_open_however_many_other_bodies_sign() -> None:
    x = korean(
        "강원도와 원주시, 한국산업단지공단은 9일 도청에서 3개 기업과 507억원 규모의 투자협약을 했다. "
        "이날 협약식에는 김민수 지사, 사성진 마온셀 대표, 박연수 프레시온 대표, 이종용 리뉴텍 대표 등이 참석했다."
    )
    assert {"마온셀", "프레시온", "리뉴텍"} <= signatories(x)


def test_a_list_that_goes_on_after_the_parties_and_closes_on_its_count_names_parties() -> None:
    x = korean(
        "누리관광공사는 지역관광 활성화를 위한 업무협약을 체결했다고 7일 밝혔다. 업무협약에 참여한 공공기관은 "
        "누리사회적경제지원센터, 누리연구원 등 10곳이다. 또 민간협회는 누리마을기업협의회, 누리생태관광협회 등 5곳이다."
    )
    assert {"누리마을기업협의회", "누리생태관광협회", "누리연구원"} <= signatories(x)


def test_quotation_marks_typed_the_wrong_way_round_quote_no_more_than_their_words() -> None:
    x = korean(
        "세 도시 상공회의소가 상생협의체인 ’한빛동맹‘에 참여했다. 이윤호 울산상의 회장, 나주영 포항상의 회장은 "
        "지난 14일 업무협약을 체결했다."
    )
    assert position(x, "이윤호")[1] == "회장"
    assert position(x, "나주영")[1] == "회장"


def test_names_each_with_its_body_share_the_title_after_the_last() -> None:
    x = korean(
        "충청권 교육청과 전문대학은 12일 업무협약을 맺었다. 또한 대학에서는 류정민 한빛대, 김태호 누리대, "
        "조남식 다온과학기술대, 이세훈 혜성대학교 총장이 참석했다."
    )
    assert position(x, "김태호") == ("누리대", "총장")
    assert position(x, "조남식") == ("다온과학기술대", "총장")
    assert position(x, "이세훈") == ("혜성대학교", "총장")


def test_a_unit_head_listed_after_a_universitys_head_holds_the_whole_title_at_the_university() -> None:
    x = korean(
        "한빛대와 누리무역협회는 5일 업무협약을 체결했다. 협약식에는 홍길동 한빛대 총장, 김영수 기획처장, "
        "이민호 산학협력단장, 박철수 중소기업산학협력센터장, 최진우 교수가 참석했다."
    )
    assert position(x, "이민호") == ("한빛대", "산학협력단장")
    assert position(x, "박철수") == ("한빛대", "중소기업산학협력센터장")
    assert position(x, "최진우") == ("한빛대", "교수")
    assert "산학협력단" not in organisations(x)


def test_national_schemes_named_bare_are_programmes() -> None:
    x = korean(
        "누리도교육청과 한빛공고는 협약형 특성화고 운영과 고교학점제 정착을 위한 업무협약을 12일 체결했다. "
        "이번 협약은 자유 학년제 연계 교육도 포함한다."
    )
    names = {e.name for e in x.entities if e.kind is Kind.PROGRAMME}
    assert {"협약형 특성화고", "고교학점제", "자유 학년제"} <= names


def test_a_kind_of_body_after_a_describing_word_names_no_body() -> None:
    x = korean(
        "누리·한빛·다온 지역 상공회의소가 상생협의체에 참여했다. 누리상공회의소와 한빛상공회의소는 14일 "
        "업무협약을 체결했다. 다온정밀㈜은 소재 관련 연구소와 공장을 신설한다. 공공기관과 민간협회 등 "
        "총 9개 기관이 함께했다."
    )
    names = organisations(x)
    assert {"누리상공회의소", "한빛상공회의소"} <= names
    assert not {n for n in names if "관련" in n or "지역" in n or n == "민간협회"}, names


def test_a_name_kiwi_breaks_into_a_word_and_a_split_syllable_is_still_a_name() -> None:
    x = korean("전북도는 3일 업무협약을 체결했다. 이날 김철호 전북지사, 이동익 고창군수가 서명했다.")
    assert position(x, "이동익") == ("고창군", "군수")


def test_heads_with_the_ceremony_their_topic_are_with_it_not_parties() -> None:
    x = korean(
        "누리도는 16일 도청에서 2개 기업과 투자협약을 했다. 한빛테크는 한빛군 일원에 100억원을 투자해 공장을 "
        "신설한다. 다온소재는 50억원을 들여 연구소를 짓는다. 이날 협약식에는 김영호 누리도지사와 기업 대표, "
        "박민수 한빛군수 등이 함께했다."
    )
    assert signatories(x) == {"누리도", "한빛테크", "다온소재"}


def test_a_company_kiwi_opens_with_an_interjection_is_still_an_investor() -> None:
    x = korean(
        "충북도는 20일 2개 기업과 투자협약을 했다. 배터리 소재 업체인 아하야마루는 괴산첨단산업단지에, "
        "가구 제조업체인 다온마루는 옥천읍에 공장을 건립할 계획이다."
    )
    assert {"아하야마루", "다온마루"} <= signatories(x)


def test_the_partner_a_signing_names_after_its_subject_is_a_body_whatever_its_name() -> None:
    x = korean("포천시는 14일 생산공장을 신설하는 다온바이오텍과 투자협약을 가졌다.")
    assert signatories(x) == {"포천시", "다온바이오텍"}
    x = korean("포천시는 27일 본관 회의실에서 설악문화선양회와 상호교류 협약을 체결했다.")
    assert signatories(x) == {"포천시", "설악문화선양회"}
    x = korean("포천시는 14일 누리ENG와 투자협약을 체결했다.")
    assert signatories(x) == {"포천시", "누리ENG"}


def test_a_dictionary_word_in_the_partners_slot_is_no_body() -> None:
    x = korean("포천시는 27일 지역사회와 상호교류 협약을 체결했다.")
    assert signatories(x) == {"포천시"}


def test_the_parties_sentence_counts_the_companies_each_named_by_what_it_invests_in() -> None:
    x = korean(
        "포천시가 29일 시청에서 기업들과 투자협약을 맺었다. 투자협약에 참여한 기업은 외부 기업 5개사로, "
        "AI 기업 2개사가 포함됐다. ㈜다온코딩은 연구소 설립을 준비 중이다. ㈜이안은 드론 개발에, 한빛소재㈜은 "
        "부품 생산에 주력할 방침이다. 또 에이치오토아이㈜는 본사를 포천으로 이전하며, ㈜누리엑스와 ㈜한솔도 "
        "장비 개발에 투자할 예정이다."
    )
    companies = {"㈜다온코딩", "㈜이안", "한빛소재㈜", "에이치오토아이㈜", "㈜누리엑스"}
    assert companies <= signatories(x)
    assert "㈜한솔" not in signatories(x)  # a sixth: never more than counted
    assert "㈜한솔도" not in organisations(x)  # 도 is the particle, not a province's ending


def test_a_middle_dot_between_digits_is_part_of_the_name() -> None:
    x = korean("누리도는 10일 누리4·3기념재단, 한빛연구원과 업무협약을 체결했다.")
    assert "누리4·3기념재단" in signatories(x)
    assert "3기념재단" not in organisations(x)


def test_a_banks_head_fuses_the_title_onto_the_banks_name() -> None:
    x = korean(
        "한빛은행이 18일 본점에서 서민수 한빛은행장과 오정택 누리신용보증재단 이사장이 참석한 가운데 "
        "업무협약을 체결했다."
    )
    assert position(x, "서민수") == ("한빛은행", "은행장")
    assert agreement(x).name == "업무협약"  # 참석한 가운데 is when, not the agreement's name


def test_a_lawmaker_is_at_the_party_named_before_them() -> None:
    x = korean(
        "가온도는 20일 한솔화학과 업무협약을 체결했다. 이날 협약식에는 국민의힘 이준호 의원과 민주당 박서연 의원이 참석했다."
    )
    assert position(x, "이준호") == ("국민의힘", "의원")
    assert position(x, "박서연") == ("더불어민주당", "의원")  # 민주당: the party's short form


def test_a_partner_no_reading_accepts_is_no_part_of_the_agreements_name() -> None:
    x = korean("포항시는 10일 누리대학교와 업무협약을 체결했다.")
    assert agreement(x).name == "업무협약"  # not 누리대학교와 업무협약
