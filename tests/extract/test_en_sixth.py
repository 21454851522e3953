"""English press-release forms, sixth round, on sentences written for the test: a body referred
back to by its kind ("president of the news agency"), two titles joined before a name, news
outlets as bodies, lawmakers and their parties."""

from __future__ import annotations

from extracted import agreement, english, org, organisations, positions, signatories

from mou_graph.model import Kind, Sector

SIGNING = "Yonhap News Agency signed an MOU with Hanbit Bank on Thursday."


def test_a_title_of_the_bodys_kind_is_at_the_one_body_of_that_kind() -> None:
    x = english(
        f"{SIGNING} Seong Ki-hong, president and CEO of the news agency, and Kim Min-ho, chairman of the bank, spoke."
    )
    assert ("Seong Ki-hong", "연합뉴스", "President and CEO") in positions(x)
    assert ("Kim Min-ho", "Hanbit Bank", "Chairman") in positions(x)
    assert "news agency" not in organisations(x)


def test_a_kind_two_bodies_share_names_neither() -> None:
    x = english("Hanbit Bank signed an MOU with Gaon Bank on Thursday. Kim Min-ho, chairman of the bank, spoke.")
    assert not any(p == "Kim Min-ho" for p, _, _ in positions(x))
    assert "bank" not in {o.lower() for o in organisations(x)}


def test_two_titles_joined_by_and_before_a_name_are_one_title() -> None:
    x = english(f"{SIGNING} Hanbit Bank Chairman and CEO Kim Min-ho spoke.")
    assert ("Kim Min-ho", "Hanbit Bank", "Chairman and CEO") in positions(x)


def test_news_outlets_are_media_bodies() -> None:
    x = english(
        "Hanbit University signed an MOU with The Korea Herald and the Nuri Times on Thursday. "
        "The Korea Herald CEO Choi Jin-young spoke."
    )
    assert {"코리아헤럴드", "Nuri Times"} <= organisations(x)
    assert all(o.sector is Sector.MEDIA for o in x.entities if o.name in {"코리아헤럴드", "Nuri Times"})
    assert ("Choi Jin-young", "코리아헤럴드", "CEO") in positions(x)


def test_a_lawmaker_is_at_the_party_named_with_them() -> None:
    x = english(
        "Gaon Province signed an MOU with Hanbit Chemical on Tuesday. Rep. Kim Min-soo of the "
        "Democratic Party of Korea and People Power Party Rep. Lee Jun-ho attended the ceremony."
    )
    assert {("Kim Min-soo", "더불어민주당", "Rep."), ("Lee Jun-ho", "국민의힘", "Rep.")} <= positions(x)


def test_and_before_a_longer_name_does_not_cut_a_word() -> None:
    x = english("Gaon Province signed an MOU with the Korea Institute of Energy and Nuri Power Institute on Tuesday.")
    assert {"Korea Institute of Energy", "Nuri Power Institute"} <= organisations(x)  # not "… and Nur"


def test_a_place_named_by_whose_it_is_is_the_venue() -> None:
    x = english("Hanbit University signed an MOU with Gaon Bank at the bank's head office in Busan on Thursday.")
    assert agreement(x).venue == "the bank's head office"
    x = english("Hanbit University signed an MOU with Gaon Bank at its headquarters in Seoul on Thursday.")
    assert agreement(x).venue == "its headquarters"


def test_the_companies_listed_after_a_colon_that_counts_them_sign() -> None:
    x = english(
        "Gaon Province signed an MOU with four companies: Hanbit Chemical, Nuri Bio, Saesol Tech and Daon Motors."
    )
    assert {"Gaon Province", "Hanbit Chemical", "Nuri Bio", "Saesol Tech", "Daon Motors"} <= signatories(x)


def test_the_forms_news_agencies_write_people_in() -> None:
    x = english(
        "KAIST signed an MOU with Hanbit Bank on Thursday. The signing was attended by Lee Kwang-hyung, "
        "KAIST president, and the bank's CEO Park Min-jae. Kim Su-min, a professor at KAIST, explained the "
        "plan. KAIST's Vice President Oh Ji-won said it was good."
    )
    assert {
        ("Lee Kwang-hyung", "한국과학기술원", "President"),  # Name, Body title,
        ("Park Min-jae", "Hanbit Bank", "CEO"),  # the bank's CEO Name
        ("Kim Su-min", "한국과학기술원", "Professor"),  # Name, a title at Body
        ("Oh Ji-won", "한국과학기술원", "Vice President"),  # Body's Title Name
    } <= positions(x)
    assert "KAIST's" not in organisations(x)


def test_the_day_may_come_before_the_month() -> None:
    for when in ("on 27 February 2026", "on Friday, 27 February", "on the 27th of February"):
        x = english(f"Hanbit University signed an MOU with Gaon Bank {when}.", published="2026-03-02")
        assert agreement(x).date == "2026-02-27", when


def test_a_capitalised_name_before_project_in_lower_case_is_a_programme() -> None:
    x = english(
        "Hanbit University signed an MOU with Gaon Province on Tuesday. The two will run the Smart Farm "
        "Valley project, as part of Nuri Group's project to build a plant."
    )
    names = {e.name for e in x.entities if e.kind is Kind.PROGRAMME}
    assert "Smart Farm Valley" in names
    assert not any("Nuri Group" in n for n in names)  # whose project it is, not its name


def test_a_title_of_a_body_then_a_korean_name_without_a_comma() -> None:
    x = english(
        "Gyeonggi Province signed an MOU with Samsung Electronics on Thursday. Minister of SMEs and "
        "Startups Oh Young-ju and President of Hanbit University Kim Min-ho attended."
    )
    assert ("Oh Young-ju", "중소벤처기업부", "Minister") in positions(x)  # the Minister of X heads the Ministry of X
    assert ("Kim Min-ho", "Hanbit University", "President") in positions(x)


def test_a_place_described_in_lower_case_is_the_venue() -> None:
    x = english(
        "Gyeonggi Province signed an MOU with Samsung Electronics at the provincial government building in Suwon."
    )
    assert agreement(x).venue == "provincial government building"
    assert (
        agreement(english("Gyeonggi Province signed an MOU with Samsung Electronics at the same time.")).venue is None
    )


def test_a_month_after_the_publication_is_last_years_unless_to_come() -> None:
    signed = english("PNU signed a business agreement with Busan City on Oct. 12.", published="2026-03-22")
    assert agreement(signed).date == "2025-10-12"
    coming = english("PNU will sign a business agreement with Busan City on Oct. 12.", published="2026-03-22")
    assert agreement(coming).date == "2026-10-12"


def test_a_name_spelt_out_after_its_acronym_is_the_same_body() -> None:
    x = english(
        "UNIST and UCSD signed an MOU on March 1. It was signed amongst UNIST, University of California "
        "San Diego and the City of San Diego. Kyodo News signed one with Yonhap. Kyodo President Toru Mizutani spoke."
    )
    ucsd = [e for e in x.entities if "UCSD" in e.aliases]
    assert len(ucsd) == 1 and "University of California San Diego" in ucsd[0].aliases
    assert ucsd[0].sector is Sector.ACADEMIA  # the spelt-out name says what the acronym did not
    assert ("Toru Mizutani", "Kyodo News", "President") in positions(x)  # News ends a media body's name


def test_a_head_word_and_of_begin_a_name() -> None:
    x = english("KSEA signed the MOU with the University of Science and Technology (UST) and the Ajou University.")
    assert "University of Science and Technology" in signatories(x)


def test_the_body_a_list_of_names_is_from_and_titles_of_its_units() -> None:
    x = english(
        "Hanbit University signed an agreement with Gaon Military Academy on July 9. From Hanbit University, "
        "President Dong-Ryeol Shin, Executive Vice President/Vice President of Academic Affairs Joon-Mo Cho, "
        "Dean of College of Education Jae-Hyun Kim attended. From the Gaon Military Academy, President Jung-Su "
        "Kim, Director of AI R&D Center Chang-Hee Han attended."
    )
    assert {
        ("Dong-Ryeol Shin", "Hanbit University", "President"),
        ("Joon-Mo Cho", "Hanbit University", "Executive Vice President/Vice President of Academic Affairs"),
        ("Jae-Hyun Kim", "Hanbit University", "Dean of College of Education"),
        ("Chang-Hee Han", "Gaon Military Academy", "Director of AI R&D Center"),
    } <= positions(x)
    assert not {"College of Education", "AI R&D Center", "From the Gaon Military Academy"} & organisations(x)


def test_a_university_page_refers_to_itself_as_the_university() -> None:
    x = english(
        "Officials from South Korea and the University of Waterloo gathered today to sign a memorandum of "
        "understanding. It joined Feridun Hamdullahpur, president and vice-chancellor of the University, at the "
        "ceremony. Hamdullahpur (centre) poses with Heo Seong-mu (left), the mayor of Changwon.",
        published="2019-11-06",
    )
    assert ("Feridun Hamdullahpur", "University of Waterloo", "President and vice-chancellor") in positions(x)
    assert ("Heo Seong-mu", "창원시", "Mayor") in positions(x)  # where he stands in the photo is skipped
    assert "South Korea and the University of Waterloo" not in organisations(x)
    assert agreement(x).date == "2019-11-06"  # today: the day of publication


def test_a_title_and_a_body_set_off_by_commas_and_a_country_after_of() -> None:
    x = english(
        "UAE University (UAEU) and Jeju National University of South Korea signed a memorandum of understanding "
        "on Sunday, in the presence of Dr. Huh Hyangjin, President, Jeju National University and his delegation."
    )
    assert ("Huh Hyangjin", "제주대학교", "President") in positions(x)
    assert "Jeju National University of South Korea" not in organisations(x)


def test_places_joined_as_one_adjective_are_no_parties_and_the_games_are_events() -> None:
    x = english(
        "Yonhap, Kyodo agree to boost exchanges despite soured Seoul-Tokyo relations\nSEOUL, Nov. 8 (Yonhap) -- "
        "Yonhap News Agency and Japan's Kyodo News signed an agreement Friday. They will cooperate during the "
        "2020 Tokyo Olympics.",
        published="2019-11-08",
    )
    assert signatories(x) == {"연합뉴스", "Kyodo News"}
    assert any("Tokyo Olympics" in e.name for e in x.entities if e.kind is Kind.PROGRAMME)


def test_a_clauses_own_day_is_not_the_signings() -> None:
    x = english(
        "Since the new board started on July 1, 2021, Hanbit Society signed an MOU with Gaon Institute on July 20, 2021."
    )
    assert agreement(x).date == "2021-07-20"


def test_a_pages_heading_lends_no_body_its_short_form() -> None:
    x = english(
        "Hanbit Invest News\nHanbit Invest signed an MOU with Nuri Port on May 2. Shawn Chang, Commissioner of "
        "Hanbit Invest, said it was good."
    )
    assert ("Shawn Chang", "Hanbit Invest", "Commissioner") in positions(
        x
    )  # not the page's section, Hanbit Invest News


def test_honorifics_abbreviated_countries_and_a_province_in_lower_case() -> None:
    x = english("Dr Alexandru Rafila, Minister of Health of Romania, and Hanbit University signed an MOU on May 2.")
    assert ("Alexandru Rafila", "Romania", "Minister of Health") in positions(x)
    assert not any(o.startswith("Dr ") for o in organisations(x))
    x = english(
        "The Export-Import Bank of Korea signed an MOU with the Export-Import Bank of the U.S. and the U.S. "
        "Department of Energy on Tuesday."
    )
    assert {"Export-Import Bank of the U.S.", "U.S. Department of Energy"} <= signatories(x)
    assert org(x, "U.S. Department of Energy").sector is Sector.GOVERNMENT  # the head before "of" says it
    x = english("The State of Maryland and the People’s Committee of Bac Ninh province signed an MOU on Tuesday.")
    assert {"State of Maryland", "People’s Committee of Bac Ninh province"} <= signatories(x)


def test_titles_in_lower_case_after_a_body_or_the_kinds_possessive() -> None:
    x = english(
        "KAIST President Lee Kwang-hyung poses with Korea Polytechnic University chief Lee Chul-soo after "
        "signing a strategic partnership in Seoul on Nov. 20."
    )
    assert ("Lee Chul-soo", "Korea Polytechnic University", "chief") in positions(x)
    x = english(
        "The Export-Import Bank of Korea signed an MOU with Hanbit Energy. The state-run bank's chairman and "
        "CEO Yoon Hee-sung signed the MOU. Lieutenant Governor Boyd Rutherford and the governor of Gyeonggi "
        "Province, Nam Kyung-pil, attended. This signing comes two weeks later."
    )
    assert ("Yoon Hee-sung", "한국수출입은행", "chairman and CEO") in positions(x)  # the Bank of Korea is a bank
    assert ("Nam Kyung-pil", "경기도", "governor") in positions(x)
    assert not {"This", "Lieutenant", "Nam Kyung-pil"} & organisations(x)


def test_an_office_after_a_title_and_name_and_a_surname_in_capitals() -> None:
    x = english(
        "A memorandum of understanding was signed by Professor Kim Yongmin, President of Hanbit University, "
        "and Dr Choon-hee LEE, Mayor of Sejong Special Self-Governing City, on April 20, 2014."
    )
    assert ("Kim Yongmin", "Hanbit University", "President") in positions(x)  # the office says the body
    assert ("Choon-hee LEE", "세종특별자치시", "Mayor") in positions(x)


def test_a_possessive_and_a_title_end_a_states_name_and_a_surname_alone_is_the_person() -> None:
    x = english("The State of Maryland’s Governor Larry Hogan signed an MOU with Gyeonggi Province on Tuesday.")
    assert ("Larry Hogan", "State of Maryland", "Governor") in positions(x)
    x = english(
        "Governor Sarah Huckabee Sanders met the mayor. Sanders signed the agreement with Hanam City on Friday."
    )
    assert "Sanders" not in organisations(x)  # the governor, by her surname
