"""Korean forms, eighth round, on sentences written for the test: a ceremony named in quotes as
the only word of the signing, and companies the suffix grammar misreads."""

from __future__ import annotations

from extracted import agreement, korean, org, signatories

from mou_graph.model import Sector


def test_a_quoted_ceremony_held_is_the_signing_when_nothing_else_says_so() -> None:
    x = korean(
        "한빛대학교와 새솔시, 새솔테크노파크는 15일 한빛대 본관에서 ‘바이오 인재 양성을 위한 업무협약식’을 가졌다. "
        "이날 협약식에는 김철수 한빛대 총장, 박영희 새솔시장 등 30여명이 참석했다."
    )
    assert signatories(x) == {"한빛대학교", "새솔시", "새솔테크노파크"}
    assert agreement(x).venue == "한빛대 본관"


def test_a_company_whose_name_ends_in_dae_is_no_university() -> None:
    x = korean("부산시는 20일 HD현대, 부산대학교와 협약을 체결했다.")
    assert org(x, "HD현대").sector is Sector.INDUSTRY
    assert org(x, "부산대학교").sector is Sector.ACADEMIA


def test_the_bodies_that_agreed_to_cooperate_signed_the_agreement_made_for_it() -> None:
    x = korean(
        "포항시(시장 김철수), 새솔대학교(총장 박영희), 가온전자(대표 이민수)는 상호 협력하기로 뜻을 같이 했다.\n"
        "이를 위해 이날 오후 새솔대학교 본관 회의실에서 ‘지역경제 발전을 위한 업무협약’을 체결했다."
    )
    assert signatories(x) == {"포항시", "새솔대학교", "가온전자"}


def test_a_universitys_technology_holding_company_is_a_company_of_its_own() -> None:
    x = korean("새솔대학교 기술지주주식회사(대표이사 김철수)는 20일 한빛테크노파크와 기술사업화 협약을 체결했다.")
    assert org(x, "새솔대학교 기술지주주식회사").sector is Sector.INDUSTRY
    assert signatories(x) == {"새솔대학교 기술지주주식회사", "한빛테크노파크"}
