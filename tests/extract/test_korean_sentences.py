"""Korean sentences (extract/korean.py `sentences`): where a news sentence ends; and the words of
them read by Kiwi in one batch as each alone."""

from __future__ import annotations

from mou_graph.extract import korean
from mou_graph.extract.korean import sentences


def split(text: str) -> list[str]:
    return [text[a:b] for a, b in sentences(text, 0, len(text))]


def test_a_full_stop_before_a_space_ends_a_sentence() -> None:
    assert split("포항시는 협약을 체결했다. 이날 행사에는 시장이 참석했다.") == [
        "포항시는 협약을 체결했다.",
        "이날 행사에는 시장이 참석했다.",
    ]


def test_never_inside_quotation_marks() -> None:
    quoted = "김 총장은 “협약을 맺었다. 함께 성장하겠다”고 밝혔다. 다음 문장이다."
    assert split(quoted) == ["김 총장은 “협약을 맺었다. 함께 성장하겠다”고 밝혔다.", "다음 문장이다."]
    assert len(split('그는 "좋다. 더 하겠다"고 말했다.')) == 1


def test_a_photo_credit_stays_with_its_caption() -> None:
    assert split("충북도·서울대 협약식. [사진 = 충북도] 충북도는 12일 협약을 맺었다.") == [
        "충북도·서울대 협약식. [사진 = 충북도]",
        "충북도는 12일 협약을 맺었다.",
    ]
    assert split("기념 촬영을 하고 있다. (사진제공=KOTRA)") == ["기념 촬영을 하고 있다. (사진제공=KOTRA)"]


def test_a_headline_ends_at_its_verb_and_a_line_at_its_break() -> None:
    assert split("부경대, 울산 기관과 손잡았다 부경대는 12일 협약을 체결했다.") == [
        "부경대, 울산 기관과 손잡았다",
        "부경대는 12일 협약을 체결했다.",
    ]
    assert split("첫 줄\n둘째 줄") == ["첫 줄", "둘째 줄"]


def test_a_word_ending_in_da_is_not_a_verb() -> None:
    assert len(split("양 대학으로부터 보다 많은 지원을 받고 최다 고용을 기록했다.")) == 1


def test_numbers_and_offsets() -> None:
    text = "  LINC 3.0 사업에 선정됐다.  "
    assert sentences(text, 0, len(text)) == [(2, len(text) - 2)]
    assert sentences("   ", 0, 3) == []


def test_quotation_marks_the_wrong_way_round_hold_no_sentence_open() -> None:
    assert split("상공회의소가 ’한빛동맹‘에 참여했다. 이들은 협약을 체결했다.") == [
        "상공회의소가 ’한빛동맹‘에 참여했다.",
        "이들은 협약을 체결했다.",
    ]


def test_a_full_stop_after_a_verb_ends_a_sentence_without_a_space() -> None:
    assert split("기업은 총 11개다.먼저 공장을 짓는다.") == ["기업은 총 11개다.", "먼저 공장을 짓는다."]
    assert split("점수는 3.5점이다.") == ["점수는 3.5점이다."]


def test_a_batch_of_words_is_read_as_each_word_alone() -> None:
    words = ["포스텍과", "이강덕", "업무협약을", "체결했다"]
    for w in words:
        korean._ANALYSES.pop(w, None)
    korean.prefetch(words)
    batched = [korean._ANALYSES[w] for w in words]
    alone = [korean._as_analysis(korean.kiwi().tokenize(korean._for_kiwi(w))) for w in words]
    assert batched == alone
    assert korean.kiwi_stem("포스텍과") == ("포스텍", "과")
