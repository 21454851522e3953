"""English press-release forms, third round, on sentences written for the test: a title set
off by commas after its body's possessive ("its CEO, Kim …"), "Title: Surname, Given" in
parentheses, one person whatever the order of the name's parts, a weekday before the date,
a country as a party, and the parts of a venue."""

from __future__ import annotations

from extracted import agreement, english, positions, signatories

from mou_graph.model import Kind, Sector


def people(x) -> list[str]:
    return sorted(e.name for e in x.entities if e.kind is Kind.PERSON)


def test_a_title_then_the_name_between_commas_after_its_bodys_possessive() -> None:
    x = english(
        "The Hanbit Trade Promotion Agency said its CEO, Park Min-ho, signed the MOU with "
        "Norway's Trade Minister, Ola Hansen, for joint projects."
    )
    assert positions(x) >= {
        ("Park Min-ho", "Hanbit Trade Promotion Agency", "CEO"),
        ("Ola Hansen", "Norway", "Trade Minister"),
    }
    assert not any(e.name == "CEO" for e in x.entities if e.kind is Kind.ORGANISATION)  # a title, no body


def test_title_colon_surname_comma_given_name_in_parentheses() -> None:
    x = english(
        "Hanbit University's Research Foundation (President: Seo, Ji-hoon) held an MOU ceremony "
        "on May 2 with the Nuri Startup Agency (President: Kang, Min-Ji)."
    )
    assert {("Seo Ji-hoon", "President"), ("Kang Min-Ji", "President")} <= {(p, t) for p, _, t in positions(x)}


def test_one_person_whatever_the_order_of_the_names_parts() -> None:
    x = english(
        "Hanbit University (Director: Park, Sun Kyu) signed an MOU with Nuri Agency on May 2. "
        "At the ceremony, Sun-Kyu Park (Director of Hanbit University) and Yeong Hwan Woo (Director of "
        "Nuri Agency) spoke. Woo Yeong Hwan, Director of Nuri Agency, said the MOU matters."
    )
    assert people(x) == ["Sun-Kyu Park", "Yeong Hwan Woo"]  # the plain form names him, not "Park, Sun Kyu"


def test_a_weekday_between_on_and_the_date() -> None:
    x = english("Hanbit University signed an MOU with Nuri University on Thursday, May 24th at 2:00 pm.", "2018-05-31")
    assert agreement(x).date == "2018-05-24"


def test_a_country_as_a_party_is_its_government() -> None:
    x = english("The Hanbit Trade Agency signed an MOU with Britain on May 3.")
    (britain,) = [e for e in x.entities if e.name == "Britain"]
    assert britain.sector is Sector.GOVERNMENT and "Britain" in signatories(x)


def test_every_part_of_the_venue_is_the_place_not_a_party() -> None:
    x = english(
        "Hanbit University signed an MOU with Nuri University on May 3 at the Gaon Conference Hall, "
        "Samsung Learning Center, Nuri University, to share resources."
    )
    assert signatories(x) == {"Hanbit University", "Nuri University"}
