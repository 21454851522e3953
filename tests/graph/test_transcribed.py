"""One body in two scripts (graph/transcribed.py): the kind word, then the same letters, a
romanisation or a transcription of the rest."""

from __future__ import annotations

import pytest

from mou_graph.graph.transcribed import english_skeleton, hangul_skeleton, pair_bodies, same_body, split_kind


def test_a_name_splits_into_its_rest_and_its_kind() -> None:
    assert split_kind("마샬대학교")[0] == "마샬"
    assert split_kind("마샬대학교")[1] == split_kind("Marshall University")[1] == split_kind("University of Ulsan")[1]
    assert split_kind("University of Ulsan")[0] == "Ulsan"
    assert split_kind("(주)태양식품") == ("태양", split_kind("TaeYangFood")[1])
    assert split_kind("TaeYangFood")[0] == "Tae Yang"  # CamelCase is two words
    assert split_kind("Hanbit Co., Ltd.") == ("Hanbit", None)


def test_skeletons_fold_what_a_transcription_changes() -> None:
    assert hangul_skeleton("마샬") == english_skeleton("Marshall") == "msl"  # the r before a consonant
    assert hangul_skeleton("디럭스") == english_skeleton("Deluxe") == "tlks"  # x is ks
    assert hangul_skeleton("킹슬리") == english_skeleton("Kingsley") == "kNsl"  # ng
    assert hangul_skeleton("잉글랜드") == english_skeleton("England")


@pytest.mark.parametrize(
    ("korean", "english", "how"),
    [
        ("마샬대학교", "Marshall University", "a transcription"),
        ("(주)육대주", "Yookdaeju", "a romanisation"),
        ("거창군의회", "Geochang County Council", "a romanisation"),
        ("(주)DS산업", "DS Industry", "the same letters"),
        ("울산대학교", "University of Ulsan", "a romanisation"),
    ],
)
def test_one_body_in_two_scripts(korean: str, english: str, how: str) -> None:
    assert same_body(korean, english) == how


@pytest.mark.parametrize(
    ("korean", "english"),
    [
        ("마샬대학교", "Marshall Institute"),  # another kind of body
        ("(주)좋은푸드", "Good Food"),  # a translation, not a transcription
        ("(주)디럭스", "Deluxe Industry"),  # one side's kind word is missing
        ("미래대학교", "Mirae Hospital"),
        ("포스코", "POSCO Holdings"),
        ("마샬대학교", "마샬대학교"),  # one script
        ("서대학교", "Seo University"),  # one syllable: too little to go on
    ],
)
def test_not_one_body(korean: str, english: str) -> None:
    assert same_body(korean, english) is None


def test_bodies_pair_one_to_one() -> None:
    left = {"k": ["킹슬리대학교"], "d": ["(주)DS산업"]}
    assert pair_bodies(left, {"K": ["Kingsley University"], "D": ["DS Industry"]}) == [
        ("d", "D", "‘(주)DS산업’ and ‘DS Industry’: the same letters"),
        ("k", "K", "‘킹슬리대학교’ and ‘Kingsley University’: a transcription"),
    ]
    # two English bodies either of which 킹슬리대학교 could be: neither is taken
    assert pair_bodies({"k": ["킹슬리대학교"]}, {"K": ["Kingsley University"], "Q": ["Kingsly University"]}) == []
