"""The gazetteer: general knowledge of public bodies, places, titles and suffixes."""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

import pytest

from mou_graph.extract.gazetteer import Gazetteer, GazetteerError, load_gazetteer
from mou_graph.model import Sector


def test_official_short_forms() -> None:
    g = load_gazetteer()
    for short, full in [
        ("경북도", "경상북도"),
        ("산업부", "산업통상자원부"),
        ("포스텍", "포항공과대학교"),
        ("POSTECH", "포항공과대학교"),
        ("ETRI", "한국전자통신연구원"),
        ("경북TP", "경북테크노파크"),
        ("충북도", "충청북도"),
        ("대전시", "대전광역시"),
    ]:
        body = g.lookup(short)
        assert body is not None and body.canonical == full, short


def test_sectors_follow_the_convention() -> None:
    g = load_gazetteer()
    assert g.lookup("포항시").sector is Sector.GOVERNMENT
    assert g.lookup("경북테크노파크").sector is Sector.GOVERNMENT
    assert g.lookup("KAIST").sector is Sector.ACADEMIA
    assert g.lookup("한국전자통신연구원").sector is Sector.RESEARCH
    assert g.lookup("연합뉴스").sector is Sector.MEDIA


def test_ambiguous_forms_name_no_one() -> None:
    g = load_gazetteer()
    assert g.lookup("서구") is None and len(g.lookup_all("서구")) == 5
    assert g.lookup("고성군") is None


def test_all_local_governments() -> None:
    g = load_gazetteer()
    bodies = {b for bs in g._forms.values() for b in bs}
    assert sum(b.category in ("city", "county", "district") for b in bodies) == 226
    assert sum(b.category in ("province", "metro") for b in bodies) == 17


def test_places_titles_suffixes() -> None:
    g = load_gazetteer()
    assert g.place("충북").canonical == "충청북도"
    assert g.title_suffix("메타버스과학국장") == "국장"
    assert g.title_suffix("연구산학부총장") == "부총장"
    assert "시장" in g.fusable_titles and "남궁" in g.surnames
    assert g.suffix("한국수소연료전지산업협회")[:2] == ("협회", Sector.INDUSTRY)


def test_a_malformed_row_names_file_and_line(tmp_path: Path) -> None:
    data = Path(str(resources.files("mou_graph.extract") / "data"))
    shutil.copytree(data, tmp_path / "data")
    with (tmp_path / "data" / "bodies.tsv").open("a", encoding="utf-8") as fh:
        fh.write("엉터리기관\tnot-a-sector\tagency\t\t\t\n")
    with pytest.raises(GazetteerError, match=r"bodies\.tsv:\d+: unknown sector"):
        Gazetteer(tmp_path / "data")


def test_ending_lookups_agree_with_scanning_every_ending() -> None:
    """The suffix, title and fusable-title lookups by ending length give what testing every
    ending with `endswith`, longest first, gave."""
    g = load_gazetteer()

    def scan(endings: list[str], word: str) -> list[str]:
        return [e for e in endings if word.endswith(e)]

    suffixes = [s for s, _, _ in g._suffixes]
    words = [
        "한국수소연료전지산업협회",
        "포항시",
        "포항시장",
        "경상북도교육감",
        "협의회",
        "기업협의회장",
        "포스텍",
        "서울대학교병원",
        "경북대학교",
        "대학",
        "대",
        "",
        "시",
        "한빛소재(주)",
        "㈜아이큐랩",
        "포항제철공고",
        "메타버스과학국장",
        "연구산학부총장",
        "Samsung Electronics Co.",
        "Korea University",
        "TP",
        "대전TP",
        "이사장",
        "장",
        "경주여자정보고",
        "한국생산성본부경북동부센터",
        "울산상공회의소",
        "특수목적법인",
        *suffixes,
        *sorted(g.titles),
        *[w + "장" for w in suffixes],
    ]
    for word in words:
        first = scan(suffixes, word)
        want = next(s for s in g._suffixes if s[0] == first[0]) if first else None
        assert g.suffix(word) == want, word
        titles = scan(g._titles_by_length, word)
        assert g.title_suffix(word) == (titles[0] if titles else None), word
        assert g.fusable_endings(word) == scan(list(g.fusable_by_length), word), word


def test_particle_splits_agree_with_scanning_every_particle() -> None:
    from mou_graph.extract import korean

    def scan(word: str) -> list[tuple[str, str]]:
        return [(word, "")] + [
            (word[: -len(p)], p) for p in korean.PARTICLES if len(word) > len(p) and word.endswith(p)
        ]

    words = [
        "포항시와",
        "경북대학교에서는",
        "포스텍과의",
        "협회",
        "등",
        "등이",
        "이",
        "이다",
        "한국마사고",
        "기관들과",
        "측은",
        "",
    ]
    words += [w + p for w in ("포항시", "한빛소재(주)", "이") for p in korean.PARTICLES]
    for word in words:
        assert korean.particle_splits(word) == scan(word), word
