"""English articles: gazetteer bodies under their Latin names, on sentences written for the test."""

from __future__ import annotations

from extracted import positions

from mou_graph.extract import extract_article
from mou_graph.model import Article, Kind, RelType


def test_a_province_government_is_the_province() -> None:
    text = "POSTECH signed an MOU with the North Gyeongsang Province government and the city of Pohang on Monday."
    x = extract_article(Article(id="e", text=text, language="en", published="2025-05-07"))
    orgs = {e.name: e for e in x.entities if e.kind is Kind.ORGANISATION}
    assert {"경상북도", "포항시", "포항공과대학교"} <= set(orgs)
    assert "North Gyeongsang Province government" in orgs["경상북도"].aliases
    signed = {x.entity(r.source).name for r in x.relations if r.type is RelType.SIGNED}
    assert signed == {"경상북도", "포항시", "포항공과대학교"}


ARTICLE = (
    "Hanwha Signs Battery Plant Deal\n"
    "Cooperation of Industry, Academia, and Administration\n"
    "BUSAN, Mar. 4 (Yonhap) -- Hanwha Group signed an investment agreement with the Busan City government "
    "on Tuesday at the Busan Exhibition and Convention Center in Busan.\n\n"
    "President Lee Jae-myung (R) listens to Hanwha Group Chairman Kim Seung-youn's (C) explanation "
    "at the signing ceremony, in this photo provided by the presidential office. (PHOTO NOT FOR SALE) (Yonhap)\n"
)


def run_en(text: str = ARTICLE):
    return extract_article(Article(id="e", text=text, language="en", published="2026-03-05"))


def test_a_photo_caption_is_read_and_its_credit_is_no_party() -> None:
    x = run_en()
    people = {e.name: e for e in x.entities if e.kind is Kind.PERSON}
    held = [(x.entity(r.target).name, r.title) for r in x.relations if r.type is RelType.HOLDS_POSITION]
    assert "Kim Seung-youn" in people
    assert ("Hanwha Group", "Chairman") in held
    assert "대통령실" not in {e.name for e in x.entities if e.kind is Kind.ORGANISATION}


def test_the_venue_and_the_headline_name_no_party() -> None:
    x = run_en()
    orgs = {e.name for e in x.entities if e.kind is Kind.ORGANISATION}
    # the Busan City government is the gazetteer's 부산광역시 (its English name as an alias)
    assert orgs == {"Hanwha Group", "부산광역시"}
    assert [e.venue for e in x.entities if e.kind is Kind.AGREEMENT] == ["Busan Exhibition and Convention Center"]


WIRE = (
    "KAIST, Hyundai Motor Group team up on battery research\n\n"
    "DAEJEON, March 12 (Yonhap) -- KAIST said Tuesday it has signed a memorandum of understanding with "
    "Hyundai Motor Group and the Korea Institute of Energy Research to set up a joint battery research center.\n\n"
    "Under the agreement, Hyundai Motor Group will provide 30 billion won over five years.\n\n"
    "The signing ceremony, held at KAIST's main campus in Daejeon, was attended by KAIST President "
    "Lee Kwang-hyung, Hyundai Motor Group President Kim Yong-hwa and Kim Jong-nam, president of the "
    "Korea Institute of Energy Research.\n"
)
RELEASE = (
    "The Busan Metropolitan City government signed a business agreement with Pusan National University "
    "and Samsung Electro-Mechanics on Thursday to train semiconductor package engineers.\n\n"
    "Busan Mayor Park Heong-joon and Samsung Electro-Mechanics CEO Chang Duck-hyun attended the ceremony "
    "at Busan City Hall.\n"
)


def test_a_group_is_not_its_flagship_and_an_institute_keeps_its_of() -> None:
    x = run_en(WIRE)
    signed = {x.entity(r.source).name for r in x.relations if r.type is RelType.SIGNED}
    # the gazetteer knows the institute's English name: one node with 한국에너지기술연구원 and KIER
    assert signed == {"한국과학기술원", "Hyundai Motor Group", "한국에너지기술연구원"}
    assert ("Kim Jong-nam", "한국에너지기술연구원", "President") in positions(x)
    assert ("Kim Yong-hwa", "Hyundai Motor Group", "President") in positions(x)


def test_a_wire_story_dates_the_weekday_from_its_dateline() -> None:
    (agreement,) = [e for e in run_en(WIRE).entities if e.kind is Kind.AGREEMENT]
    assert (agreement.name, agreement.date, agreement.venue, agreement.amount) == (
        "memorandum of understanding",
        "2026-03-10",  # the Tuesday before the dateline's Thursday 12 March 2026
        "KAIST's main campus",
        "30 billion won",
    )


def test_a_party_list_names_bodies_without_an_organisation_word() -> None:
    x = run_en(RELEASE)
    signed = {x.entity(r.source).name for r in x.relations if r.type is RelType.SIGNED}
    assert signed == {"부산광역시", "부산대학교", "삼성전기"}
    assert ("Park Heong-joon", "부산광역시", "Mayor") in positions(x)
    assert ("Chang Duck-hyun", "삼성전기", "CEO") in positions(x)
    (agreement,) = [e for e in x.entities if e.kind is Kind.AGREEMENT]
    assert (agreement.name, agreement.date, agreement.venue) == ("business agreement", "2026-03-05", "Busan City Hall")


def test_a_signing_day_without_its_year_is_kept_as_written() -> None:
    """No year, no dateline, no publication date: `on March 4` is the partial date --03-04."""
    text = "Hanwha Group signed an investment agreement with the Busan City government on March 4."
    (undated,) = [
        e for e in extract_article(Article(id="e", text=text, language="en")).entities if e.kind is Kind.AGREEMENT
    ]
    assert (undated.date, undated.partial_date) == (None, "--03-04")
    dated = extract_article(Article(id="e", text=text, language="en", published="2026-03-05"))
    (agreement,) = [e for e in dated.entities if e.kind is Kind.AGREEMENT]
    assert (agreement.date, agreement.partial_date) == ("2026-03-04", None)
