"""English press-release forms, second round, on sentences written for the test: sentences
split by punctuation, bodies in parentheses and lists, the frame of a signing sentence (its
purpose, a passive 'was signed … by', an owner's unit), dates that are not the signing's."""

from __future__ import annotations

from extracted import agreement, english, organisations, positions, signatories

from mou_graph.extract.en_text import english_sentences, subject_parties
from mou_graph.model import Kind, normalise_key, stable_id


def test_sentences_end_at_a_full_stop_but_not_after_an_abbreviation_or_an_initial() -> None:
    text = "Hanbit Co. Ltd. CEO Kim signed it on Oct. 3 with Kevin L. Faulconer. The deal is done! Next one."
    spans = english_sentences(text, [(0, len(text))])
    assert [text[a:b] for a, b in spans] == [
        "Hanbit Co. Ltd. CEO Kim signed it on Oct. 3 with Kevin L. Faulconer.",
        "The deal is done!",
        "Next one.",
    ]


def test_the_subject_bodies_of_signed_with_their_parentheses_blanked() -> None:
    sent = "[May 2, 2024] HNU (President Seo Ha-jun) and KOMA (Chairman Yoo Ji-an) signed an MOU."
    assert [sent[a:b] for a, b in subject_parties(sent)] == ["HNU", "KOMA"]


def test_a_title_and_name_in_parentheses_after_a_body_belong_to_it() -> None:
    x = english(
        "HNU (President Seo Ha-jun) and the Korea Optics Manufacturers Association (KOMA, Chairman Yoo Ji-an, "
        "hereinafter KOMA) signed an MOU on the 3rd."
    )
    assert signatories(x) == {"HNU", "Korea Optics Manufacturers Association"}
    held = positions(x)
    assert ("Seo Ha-jun", "HNU", "President") in held
    assert ("Yoo Ji-an", "Korea Optics Manufacturers Association", "Chairman") in held


def test_people_listed_before_from_a_body_and_after_a_colleague_share_the_body() -> None:
    x = english(
        "At the ceremony, President Seo Ha-jun, Graduate School of Design Dean Moon Ji-ho, and Career Office "
        "Director Han Bo-ra were present from HNU, while KOMA Executive Director Yoo Ji-an and Busan Branch "
        "Director Jang Min-gyu were also in attendance."
    )
    held = {(p, o) for p, o, _ in positions(x)}
    assert {("Seo Ha-jun", "HNU"), ("Moon Ji-ho", "HNU"), ("Han Bo-ra", "HNU")} <= held
    assert {("Yoo Ji-an", "KOMA"), ("Jang Min-gyu", "KOMA")} <= held
    assert ("Yoo Ji-an", "KOMA", "Executive Director") in positions(x)
    assert not {"Executive", "Busan Branch", "Career Office"} & organisations(x)
    assert next(e for e in x.entities if e.name == "HNU").sector.value == "academia"  # a dean's body


def test_a_plural_title_before_a_list_of_names() -> None:
    x = english(
        "The speakers were HNU professors Seo Ha-jun, Moon Ji-ho, and Han Bo-ra and Kumoh University Professor Ahn Ye-jin."
    )
    held = positions(x)
    assert {("Seo Ha-jun", "HNU", "professor"), ("Han Bo-ra", "HNU", "professor")} <= held
    assert ("Ahn Ye-jin", "Kumoh University", "Professor") in held
    assert "Han Bo-ra and Kumoh University" not in organisations(x)


def test_parentheses_after_a_name_give_an_unlisted_title_and_a_unit() -> None:
    x = english(
        "The heads who signed the MOU were Kang Do-yun (Superviser of GJTP), Im Chae-won (Dean of Drone Campus, "
        "Korea Polytechnics), and Oh Se-ri (Director of Gyeongbuk Technopark)."
    )
    held = positions(x)
    assert ("Kang Do-yun", "GJTP", "Superviser") in held
    assert ("Im Chae-won", "한국폴리텍대학", "Dean of Drone Campus") in held
    assert ("Oh Se-ri", "경북테크노파크", "Director") in held
    assert "In" not in {e.name for e in x.entities}


def test_a_purpose_a_ministry_with_a_serial_comma_and_a_chamber_of_commerce() -> None:
    x = english(
        "DGFEZ signed an MOU for the operation of the Smart Harbour Council of Gumi Industrial District with "
        "Seo Ha-jun (President of Gumi Chamber of Commerce) in line with the plan of the Ministry of Trade, "
        "Industry, and Energy on May 2."
    )
    assert "산업통상자원부" in organisations(x)  # the gazetteer's body, written with a serial comma
    assert not {"Industry", "Energy"} & organisations(x)
    assert ("Seo Ha-jun", "Gumi Chamber of Commerce", "President") in positions(x)
    assert "Smart Harbour Council of Gumi Industrial District" not in organisations(x)  # what the MOU runs
    assert "Smart Harbour Council of Gumi Industrial District" in {
        e.name for e in x.entities if e.kind is Kind.PROGRAMME
    }
    assert "대구경북경제자유구역청" in signatories(x)


def test_a_passive_signing_has_its_parties_after_by() -> None:
    x = english(
        "Under the plan of the Ministry of Environment, a joint MOU was signed on March 4 by Jo Min-ho, Vice "
        "Governor of Gyeongsangnam-do, and business representatives from Good Harvest, Daon Industry, and "
        "Sunfield Foods."
    )
    assert signatories(x) == {"경상남도", "Good Harvest", "Daon Industry", "Sunfield Foods"}


def test_a_unit_of_an_owner_is_the_party_not_its_owner() -> None:
    x = english(
        "The HNU Institute of Baltic Studies (Director Seo Ha-jun) and the Korea Astronomy & Space Science "
        "Institute’s Center for Star Catalogues (Director Moon Ji-ho) signed an MOU."
    )
    assert signatories(x) == {"HNU Institute of Baltic Studies", "Center for Star Catalogues"}
    assert ("Moon Ji-ho", "Center for Star Catalogues", "Director") in positions(x)
    assert next(e for e in x.entities if e.name == "Center for Star Catalogues").sector.value == "research"


def test_bodies_after_a_countrys_possessive_and_beside_a_known_body() -> None:
    x = english(
        "POSTECH signed an MOU with Russia’s Far Eastern Federal University, said POSTECH and the Far Eastern Federal University."
    )
    assert "Far Eastern Federal University" in signatories(x)
    assert not any("Russia" in o or " and " in o for o in organisations(x))


def test_an_announcement_date_and_a_period_are_not_the_signing_date() -> None:
    x = english("Gumi announced on the 3rd that Hanbit Materials and Gumi signed an MOU.")
    assert agreement(x).date is None
    x = english("HNU and KOMA signed an MOU and held a forum from Oct. 29, 2020, to Oct. 30, 2020.")
    assert agreement(x).date is None
    x = english("HNU and KOMA signed an MOU on Oct. 29, 2020.")
    assert agreement(x).date == "2020-10-29"


def test_a_misspelt_province_and_a_city_after_meanwhile() -> None:
    x = english(
        "Hanbit Materials signed an MOU with Kim Ha-na, Vice Governor of Gyeonsangbuk-do Province.\n\n"
        "Meanwhile, Pohang-si, where battery makers gather, welcomed it."
    )
    assert ("Kim Ha-na", "경상북도", "Vice Governor") in positions(x)
    assert "포항시" in organisations(x)


def test_a_currency_is_no_programme_and_a_reporter_line() -> None:
    x = english("• reporter Seo Ji-hoon\nHanbit Materials signed an MOU with Gumi to invest KRW 39.5 billion.")
    assert not [e for e in x.entities if e.kind is Kind.PROGRAMME]
    people = {e.name: e for e in x.entities if e.kind is Kind.PERSON}
    assert people["Seo Ji-hoon"].title == "reporter"


def test_a_korean_regions_council_has_its_korean_name() -> None:
    x = english("Chairman Jo Min-ho of Geochang County Council and Gyeongsangbuk-do Provincial Council signed an MOU.")
    councils = {e.id: e for e in x.entities if e.kind is Kind.ORGANISATION}
    assert set(councils) == {stable_id("org", normalise_key(k)) for k in ("거창군의회", "경상북도의회")}
    assert {c.sector.value for c in councils.values()} == {"government"}


def test_companies_without_an_organisation_word_as_the_subject_of_signed() -> None:
    x = english("SEOUL, May 9 (Yonhap) -- Naverly and Korea Zinco signed an MOU on Thursday, officials said.")
    assert signatories(x) == {"Naverly", "Korea Zinco"}
    x = english("On Thursday, President Kim Ha-na and Mayor Seo Ji-hoon signed an MOU.")
    assert signatories(x) == set()


def test_an_acronym_after_a_new_body_and_a_company_form_after_a_known_one() -> None:
    x = english(
        "Hanbit National University (HNU) signed an MOU with the University of Valmont and Samsung Electronics "
        "Co., Ltd. on Oct. 5. HNU President Seo Ha-jun and Ana Ruiz, President of the University of Valmont, signed it."
    )
    assert signatories(x) == {"Hanbit National University", "University of Valmont", "삼성전자"}
    held = positions(x)
    assert ("Seo Ha-jun", "Hanbit National University", "President") in held
    assert ("Ana Ruiz", "University of Valmont", "President") in held
    assert "HNU" not in organisations(x) and "Valmont" not in organisations(x)


def test_a_passive_signing_without_by_keeps_the_bodies_named_before_it() -> None:
    x = english("Hanbit Materials and Gumi said the MOU was signed on Monday at Gumi City Hall.")
    assert signatories(x) == {"Hanbit Materials", "구미시"}


def test_an_acronym_spelling_a_named_body_and_an_acronym_before_a_title() -> None:
    x = english(
        "Hanbit Marine Science Institute (HMSI) Director Seo Ha-jun and the Valmont Ocean Research Center signed "
        "an MOU. The agreement was signed between Director Seo and VORC Head Moon Ji-ho."
    )
    assert ("Seo Ha-jun", "Hanbit Marine Science Institute", "Director") in positions(x)
    assert ("Moon Ji-ho", "Valmont Ocean Research Center", "Head") in positions(x)
    assert "VORC" not in organisations(x)


def test_a_pact_a_deal_a_city_government_and_a_programme_named_with_a_body_word() -> None:
    x = english("HD Hyundai Heavy Industries and the Ulsan city government inked a deal on Monday.")
    assert signatories(x) == {"HD현대중공업", "울산광역시"}
    x = english(
        "Lee Ha-na, governor of North Gyeongsang Province, and Gumi City signed the pact to run the Gumi Drone Academy program."
    )
    assert signatories(x) == {"경상북도", "구미시"}
    assert "Gumi Drone Academy" in {e.name for e in x.entities if e.kind is Kind.PROGRAMME}
    assert "Gumi Drone Academy" not in organisations(x)


def test_the_signing_ceremony_sentence_dates_and_places_the_agreement() -> None:
    x = english(
        "Hanbit Materials signed an MOU with Gumi City.\n\n"
        "The signing ceremony was held on March 5 at the Gumi City Hall Grand Room.\n\n"
        "A launch ceremony will be held on June 1 at Hanbit Plaza.",
        published="2024-03-07",
    )
    assert (agreement(x).date, agreement(x).venue) == ("2024-03-05", "Gumi City Hall Grand Room")


def test_an_owner_and_a_witness_in_a_signing_sentence_are_no_parties() -> None:
    x = english(
        "Hanbit Materials, a subsidiary of Daehan Group, signed an MOU with Gumi City, with the support of Gumi Technopark, in the presence of "
        "Ministry of Environment officials."
    )
    assert signatories(x) == {"Hanbit Materials", "구미시"}


def test_a_title_the_text_leaves_open_is_at_the_articles_one_body_of_its_kind() -> None:
    x = english(
        "Hanbit Materials signed an investment agreement with the Ministry of Environment, Gyeonggi Province and "
        "Pyeongtaek City. Minister Seo Ha-jun, Governor Moon Ji-ho and Mayor Han Bo-ra attended."
    )
    held = positions(x)
    assert {("Seo Ha-jun", "환경부", "Minister"), ("Moon Ji-ho", "경기도", "Governor")} <= held
    assert ("Han Bo-ra", "평택시", "Mayor") in held
    x = english("Gumi City and Pohang City signed an MOU. Mayor Han Bo-ra attended.")
    assert not positions(x)  # two cities: no guess


def test_a_foreign_companys_legal_form_ends_its_name() -> None:
    x = english("Valmont Chemie GmbH, a unit of Valmont Holding AG, signed an MOU with Gumi City on May 3.")
    assert signatories(x) == {"Valmont Chemie GmbH", "구미시"}


def test_signing_an_mou_as_a_participle_is_a_signing() -> None:
    x = english("Hanbit Institute has joined hands with Gumi City, signing a memorandum of understanding on May 2.")
    assert signatories(x) == {"Hanbit Institute", "구미시"}
    assert (agreement(x).name, agreement(x).date) == ("memorandum of understanding", "2024-05-02")
    x = english("Hanbit Institute and Gumi City attended the MOU signing ceremony of the agreement.")
    assert not [e for e in x.entities if e.kind is Kind.AGREEMENT]


def test_a_plural_title_list_gives_no_second_position_to_someone_already_titled() -> None:
    x = english(
        "Hanbit Institute (Director Seo Ha-jun) signed an MOU. The speakers were HNU professors Seo Ha-jun and Moon Ji-ho."
    )
    held = positions(x)
    assert ("Seo Ha-jun", "Hanbit Institute", "Director") in held
    assert ("Moon Ji-ho", "HNU", "professor") in held
    assert not any(p == "Seo Ha-jun" and o == "HNU" for p, o, _ in held)


def test_the_two_bodies_just_named_are_the_parties_of_the_two_signing() -> None:
    x = english(
        "Hanbit University Hospital and Valmont Medical Institute agreed to share data. "
        "The two institutions signed a memorandum on Friday at the Hanbit Convention Hall."
    )
    assert signatories(x) == {"Hanbit University Hospital", "Valmont Medical Institute"}


def test_a_title_with_the_article_in_apposition() -> None:
    x = english("Seo Ha-jun, the mayor of Gumi, and Moon Ji-ho, the president of Hanbit University, signed the MOU.")
    assert {("Seo Ha-jun", "구미시", "Mayor"), ("Moon Ji-ho", "Hanbit University", "President")} <= positions(x)
    assert signatories(x) == {"구미시", "Hanbit University"}


def test_an_event_after_a_title_word_is_no_person() -> None:
    x = english("Hanbit Materials signed an MOU with Gumi at the CEO Summit Seoul on Monday.")
    assert not [e for e in x.entities if e.kind is Kind.PERSON]
