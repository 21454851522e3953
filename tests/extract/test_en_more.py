"""English press-release forms, on sentences written for the test: people in apposition and
parentheses, romanised Korean regions, dates with a year or a day only, programmes."""

from __future__ import annotations

from extracted import english, positions, signatories

from mou_graph.extract.romanise import romanise
from mou_graph.model import Kind


def test_romanisation_of_place_words() -> None:
    assert [romanise(w) for w in ("영천", "울릉", "종로", "경상북도", "정읍")] == [
        "yeongcheon",
        "ulleung",
        "jongno",
        "gyeongsangbukdo",
        "jeongeup",
    ]


def test_romanised_regions_are_the_gazetteer_bodies() -> None:
    x = english("The City of Yeongcheon signed an MOU with Uiseong-gun and Gyeongsangbuk-do on May 3.")
    assert signatories(x) == {"영천시", "의성군", "경상북도"}


def test_a_province_after_a_city_is_its_place() -> None:
    x = english("Daebong Works Co., Ltd. signed an MOU with Gimcheon City, North Gyeongsang Province, on May 3.")
    orgs = {e.name for e in x.entities if e.kind is Kind.ORGANISATION}
    assert "경상북도" not in orgs
    assert signatories(x) == {"Daebong Works Co., Ltd.", "김천시"}


def test_people_in_semicolon_lists_and_parentheses() -> None:
    x = english(
        "The pact was signed by Yoon Mi-rae, Vice Governor of Economic Affairs of Jeollanam-do; "
        "Baek Seung-ho, Yeosu Mayor; and Gildong Hong (CEO of Hanbit Materials)."
    )
    held = positions(x)
    assert ("Yoon Mi-rae", "전라남도", "Vice Governor of Economic Affairs") in held
    assert ("Baek Seung-ho", "여수시", "Mayor") in held
    assert ("Gildong Hong", "Hanbit Materials", "CEO") in held


def test_title_name_of_org_and_a_name_with_an_initial() -> None:
    x = english("The ceremony was attended by Mayor Daniel R. Porter of the City of Fairview and Dean Ahn Seo-yeon.")
    held = positions(x)
    assert ("Daniel R. Porter", "City of Fairview", "Mayor") in held
    people = {e.name: e for e in x.entities if e.kind is Kind.PERSON}
    assert people["Ahn Seo-yeon"].title == "Dean"
    assert "Fairview" not in people


def test_a_company_before_a_title_is_an_organisation_and_a_party() -> None:
    x = english("Hanbit Chemical CEO Ryu Jae-won signs an investment agreement with Gumi officials on Thursday.")
    assert ("Ryu Jae-won", "Hanbit Chemical", "CEO") in positions(x)
    assert signatories(x) == {"Hanbit Chemical", "구미시"}
    (agreement,) = [e for e in x.entities if e.kind is Kind.AGREEMENT]
    assert agreement.date == "2024-05-09"  # the Thursday on or before the publication date


def test_people_signing_with_people_make_their_bodies_parties() -> None:
    x = english(
        "Gangwon Governor Park Min-su signed an MOU on the 7th with Lena Ortiz, Rector of Valmont University, "
        "and Choi Da-eun, KAIST Vice President for Research."
    )
    assert signatories(x) == {"강원특별자치도", "Valmont University", "한국과학기술원"}
    assert ("Choi Da-eun", "한국과학기술원", "Vice President for Research") in positions(x)
    (agreement,) = [e for e in x.entities if e.kind is Kind.AGREEMENT]
    assert agreement.date == "2024-05-07"


def test_a_date_with_its_year_and_a_later_sentence() -> None:
    x = english(
        "Seoul Tech Park signed an MOU with Hanbit Materials.\n\n"
        "The agreement was signed on August 31, 2021 (Tuesday) at the park's main hall.",
        published=None,
    )
    (agreement,) = [e for e in x.entities if e.kind is Kind.AGREEMENT]
    assert agreement.date == "2021-08-31"


def test_named_programmes_and_a_planned_institute() -> None:
    x = english(
        "Gumi signed an MOU with Kumoh University on the Glocal University 30 bid, the FEZ 2.0 plan "
        "and the Smart Harbour Innovation Project (SHIP), including the launch of a Marine Robotics Institute."
    )
    programmes = {e.name for e in x.entities if e.kind is Kind.PROGRAMME}
    assert {"Glocal University 30", "FEZ 2.0", "Smart Harbour Innovation Project"} <= programmes
    assert "Marine Robotics Institute" in programmes
    orgs = {e.name for e in x.entities if e.kind is Kind.ORGANISATION}
    assert "Marine Robotics Institute" not in orgs and "Glocal University" not in orgs


def test_a_reporter_with_a_hyphenated_given_name() -> None:
    x = english("Hanbit Materials signed an MOU with Gumi on Monday.\nBy Seo Ji-hoon (sjh@example.com)")
    assert "Seo Ji-hoon" in {e.name for e in x.entities if e.kind is Kind.PERSON}


def test_an_acronym_in_parentheses_is_the_same_body() -> None:
    x = english("The Korea Advanced Institute of Science and Technology (KAIST) signed an MOU with Gumi on Monday.")
    orgs = [e for e in x.entities if e.kind is Kind.ORGANISATION]
    kaist = [e for e in orgs if e.name == "한국과학기술원"]
    assert len(kaist) == 1 and "Korea Advanced Institute of Science and Technology" in kaist[0].aliases


def test_the_heads_named_after_a_signing_with_the_heads_bring_their_bodies_as_parties() -> None:
    x = english(
        "The City of Gyeongju signed a memorandum of understanding with the heads of three agencies on Tuesday. "
        "Kim Min-su, President of Hanbit University, Lee Ho-jin, CEO of Daehan Chemical Co., Ltd., and "
        "Park Ji-won, President of the Korea Hydrogen Institute, attended the ceremony."
    )
    assert {"경주시", "Hanbit University", "Korea Hydrogen Institute"} <= signatories(x)
    assert any(name.startswith("Daehan Chemical") for name in signatories(x))
    assert ("Park Ji-won", "Korea Hydrogen Institute", "President") in positions(x)
