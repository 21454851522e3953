"""English press-release forms, fourth round, on sentences written for the test: abbreviated
titles (Gov., Prof.), a company with and without its legal form, "at" after a person naming the
place, a region and a body joined by "and", the special provinces' "State", "Written by"."""

from __future__ import annotations

from extracted import agreement, english, org, organisations, person, positions, signatories

from mou_graph.model import Kind


def test_an_abbreviated_title_before_the_name_is_the_title() -> None:
    x = english(
        "Hanbit Province signed an MOU with Nuri Robotics on Monday. Hanbit Gov. Seo Ji-hoon, "
        "Nuri Robotics CEO Kang Min-ho and Prof. Yoon Tae-min of Gaon University attended."
    )
    titles = {(p, t) for p, _, t in positions(x)}
    assert {("Seo Ji-hoon", "Gov."), ("Kang Min-ho", "CEO"), ("Yoon Tae-min", "Prof.")} <= titles
    assert person(x, "Seo Ji-hoon").title == "Gov."  # not "CEO Kang Min-ho and …": the next person's words


def test_the_next_persons_title_is_not_the_tail_of_a_bare_name() -> None:
    x = english(
        "Hanbit Bank signed an MOU with Nuri Robotics on Monday. Seo Ji-hoon, Nuri Robotics CEO "
        "Kang Min-ho and Gaon Bank President Lee Da-eun attended."
    )
    assert ("Kang Min-ho", "Nuri Robotics", "CEO") in positions(x)
    assert not any(p == "Seo Ji-hoon" for p, _, _ in positions(x))


def test_a_company_with_and_without_its_legal_form_is_one_company() -> None:
    x = english(
        "Hanbit Bank said Tuesday it signed an MOU with Nuri Robotics on Monday. Nuri Robotics Co., Ltd. "
        "will supply robots, and Hanbit Bank will lend to Nuri Robotics Co. customers."
    )
    nuri = org(x, "Nuri Robotics")
    assert nuri is org(x, "Nuri Robotics Co., Ltd.") and nuri is org(x, "Nuri Robotics Co.")
    assert len([e for e in x.entities if e.kind is Kind.ORGANISATION]) == 2


def test_at_after_a_person_with_a_body_before_the_title_is_the_place() -> None:
    x = english(
        "The agreement was signed by Hanbit Bank President Lee Da-eun and Nuri Robotics CEO Kang "
        "Min-ho at Gaon Convention Hall on May 2."
    )
    assert ("Lee Da-eun", "Hanbit Bank", "President") in positions(x)
    assert not any(o == "Gaon Convention Hall" for _, o, _ in positions(x))


def test_a_region_and_a_body_joined_by_and_are_two_parties() -> None:
    x = english(
        "Daejeon Metropolitan City and the Hanbit Institute of Science and Technology signed an "
        "MOU on Nov. 3 to train quantum researchers."
    )
    assert signatories(x) == {"대전광역시", "Hanbit Institute of Science and Technology"}


def test_a_special_provinces_state_name_is_the_province() -> None:
    x = english("Jeonbuk State Governor Seo Ji-hoon and Nuri Robotics CEO Kang Min-ho signed an MOU on Monday.")
    assert ("Seo Ji-hoon", "전북특별자치도", "Governor") in positions(x)
    assert "Gangwon State" in org(english("Gangwon State signed an MOU with Nuri Robotics."), "Gangwon State").aliases
    assert "전북특별자치도" in organisations(x)


def test_written_by_names_the_reporter() -> None:
    x = english("Hanbit Bank signed an MOU with Nuri Robotics on Monday.\n\nWritten by Choi Ji-won (jiwon@example.com)")
    assert person(x, "Choi Ji-won")


def test_a_superintendent_without_a_body_is_the_articles_one_education_office() -> None:
    x = english(
        "Hanbit University signed an MOU with the Chungcheongbuk-do Office of Education on March 7. "
        "Superintendent Seo Ji-hoon and President Kang Min-ho signed it."
    )
    assert ("Seo Ji-hoon", "충청북도교육청", "Superintendent") in positions(x)


def test_a_known_body_written_in_lower_case_before_a_title_is_its_body() -> None:
    x = english(
        "Hanbit University signed an MOU with SK hynix on March 7. SK hynix Vice President Seo Ji-hoon attended."
    )
    assert ("Seo Ji-hoon", "SK하이닉스", "Vice President") in positions(x)


def test_a_function_word_is_a_names_part_after_its_first_word_and_a_surname_before_a_given_name() -> None:
    x = english(
        "Hanbit Power and Nuri Electricity (NE) signed an MOU on Monday. Hanbit Power CEO An Ji-hoon and "
        "NE Chairman Tran Van An signed it. An Nuri Bank delegation attended."
    )
    assert {("An Ji-hoon", "CEO"), ("Tran Van An", "Chairman")} <= {(p, t) for p, _, t in positions(x)}
    assert not any(e.name.startswith("An Nuri") for e in x.entities)


def test_a_company_whose_name_begins_with_a_country_is_a_party_with_its_acronym() -> None:
    x = english("Hanbit Power Corporation (HPC) and Vietnam Electricity (EVN) signed an MOU in Hanoi on Tuesday.")
    assert signatories(x) == {"Hanbit Power Corporation", "Vietnam Electricity"}
    assert "EVN" in org(x, "Vietnam Electricity").aliases


def test_an_envoys_title_names_the_country_it_is_sent_to() -> None:
    x = english(
        "Hanbit Power signed an MOU with Nuri Electricity on Tuesday in the presence of Korean "
        "Ambassador to Vietnam Seo Ji-hoon."
    )
    assert person(x, "Seo Ji-hoon").title == "Ambassador to Vietnam"
    assert signatories(x) == {"Hanbit Power", "Nuri Electricity"}


def test_a_special_self_governing_province_written_out_is_a_party() -> None:
    x = english("Hanbit University and the Jeju Special Self-Governing Province signed an agreement on Tuesday.")
    assert signatories(x) == {"Hanbit University", "제주특별자치도"}


def test_a_place_two_bodies_share_is_the_one_the_title_heads() -> None:
    x = english(
        "Jeju Governor Seo Ji-hoon and Hanbit University President Kang Min-ho signed an agreement on "
        "Tuesday. Jeju Mayor Lee Da-eun attended."
    )
    assert {("Seo Ji-hoon", "제주특별자치도", "Governor"), ("Lee Da-eun", "제주시", "Mayor")} <= positions(x)


def test_a_body_with_of_before_a_title_and_one_named_without_its_organisation_word() -> None:
    x = english(
        "Yonsei University signed an MOU with the University of Tokyo on Friday. The agreement was signed "
        "by Yonsei President Seo Ji-hoon and University of Tokyo President Kenji Sato."
    )
    assert {
        ("Seo Ji-hoon", "연세대학교", "President"),
        ("Kenji Sato", "University of Tokyo", "President"),
    } <= positions(x)
    assert "Tokyo" not in organisations(x) and "Yonsei" not in organisations(x)


def test_a_portfolio_before_minister_is_the_titles_and_names_the_ministry() -> None:
    x = english(
        "The Ministry of Trade, Industry and Energy signed an MOU with the Nuri Ministry of Investment on "
        "Thursday. Trade Minister Seo Ji-hoon and Nuri Investment Minister Omar Haddad signed it."
    )
    assert {
        ("Seo Ji-hoon", "산업통상자원부", "Trade Minister"),
        ("Omar Haddad", "Nuri Ministry of Investment", "Investment Minister"),
    } <= positions(x)
    assert "Trade" not in organisations(x)


def test_bodies_in_attendance_are_onlookers_not_parties() -> None:
    x = english(
        "Hanbit Province signed an MOU with Nuri Bank on Monday, with executives from Gaon Construction and "
        "Dasom Engineering in attendance."
    )
    assert signatories(x) == {"Hanbit Province", "Nuri Bank"}


def test_a_known_acronym_between_a_body_and_a_title_names_the_body() -> None:
    x = english(
        "Incheon Free Economic Zone (IFEZ) Commissioner Seo Ji-hoon and Nuri Bio Chairman Kang Min-ho "
        "signed an agreement on Monday."
    )
    assert ("Seo Ji-hoon", "인천경제자유구역청", "Commissioner") in positions(x)


def test_a_caption_naming_a_body_without_its_organisation_word_is_the_full_body() -> None:
    x = english(
        "Hanbit Mayor Seo Ji-hoon (left) and Port of Nuri CEO Pieter Smit pose after signing an MOU on Oct. 17.\n\n"
        "The Hanbit City government said it signed an MOU with the Port of Nuri Authority."
    )
    assert org(x, "Port of Nuri") is org(x, "Port of Nuri Authority")
    assert ("Pieter Smit", "Port of Nuri Authority", "CEO") in positions(x)


def test_investment_agreements_in_the_plural_are_a_signing() -> None:
    x = english(
        "(HANBIT=Yonhap News) Hanbit Province and Nuri City signed investment agreements with Gaon Engineering, "
        "Dasom LED and Saebit Products on April 21."
    )
    assert signatories(x) == {"Hanbit Province", "Nuri City", "Gaon Engineering", "Dasom LED", "Saebit Products"}


def test_a_photo_credited_to_a_university_names_no_reporter() -> None:
    x = english("Hanbit University signed an MOU with Nuri University on May 2. [Photo by Hanbit National University]")
    assert not any(e.name == "Hanbit National University" for e in x.entities if e.kind is Kind.PERSON)


def test_the_day_a_source_spoke_is_not_the_signing_day() -> None:
    x = english(
        "According to Hanbit University on the 18th, its president and the president of Nuri University "
        "signed an agreement at 5 p.m. on the 17th.",
        "2024-07-18",
    )
    assert agreement(x).date == "2024-07-17"


def test_title_of_body_then_honorifics_and_the_name() -> None:
    x = english(
        "The MoU was signed by President of HMU, Dr. Amara Okafor-Lewis, and President of the KNU, "
        "Prof. Dr. Min-ho KANG. Seo Ji-hoon, President of Gaon University, Lee Da-eun, Mayor of Hanbit, attended."
    )
    titles = {(p, o, t) for p, o, t in positions(x)}
    assert {("Amara Okafor-Lewis", "HMU", "President"), ("Min-ho KANG", "경북대학교", "President")} <= titles  # KNU
    assert not any(p == "Lee Da-eun" and t == "President" for p, _, t in titles)


def test_national_before_or_after_the_place_is_one_university() -> None:
    x = english(
        "National Hanbit University (President Seo Ji-hoon) and Nuri University signed an agreement on the "
        "17th. President Seo Ji-hoon of Hanbit National University and the president of Nuri University spoke."
    )
    assert org(x, "National Hanbit University") is org(x, "Hanbit National University")


def test_a_county_governor_heads_the_articles_one_county() -> None:
    x = english(
        "Hamyang County announced on the 25th that it has signed an investment agreement with Nuri Chemical "
        "Co., Ltd., a maker of plant protection agents. County Governor Seo Ji-hoon said the county would help."
    )
    assert ("Seo Ji-hoon", "함양군", "County Governor") in positions(x)
    assert "County" not in organisations(x)
