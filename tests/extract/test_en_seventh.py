"""English forms, seventh round, on sentences written for the test: a page that lost the spaces
after its full stops, and a place's bare name once its government was named."""

from __future__ import annotations

from extracted import english, org, signatories


def test_sentences_run_together_without_a_space_are_still_sentences() -> None:
    x = english(
        "Hanbit Motor signed an agreement with Gaon Bank on Monday, according to its officials."
        "Earlier this year, the Korean government named Saesol Energy a partner.Yonhap"
    )
    assert signatories(x) == {"Hanbit Motor", "Gaon Bank"}  # Saesol Energy is named in another sentence


def test_a_places_bare_name_after_its_city_is_a_mention_of_the_city() -> None:
    x = english(
        "Hanbit Motor signed an agreement with the southeastern city of Saesol on Monday. "
        "The company will help Saesol attract suppliers, and Saesol will offer land."
    )
    city = org(x, "city of Saesol")
    assert "Saesol" in city.aliases
    assert len(city.mentions) == 3
    assert "Saesol" in {m.text for m in city.mentions}


def test_a_bare_name_inside_a_longer_name_is_no_mention_of_the_city() -> None:
    x = english(
        "Hanbit Motor signed an agreement with the city of Saesol on Monday. "
        "Professors of the University of Saesol and Saesol National Hospital joined."
    )
    assert [m.text for m in org(x, "city of Saesol").mentions] == ["city of Saesol"]
