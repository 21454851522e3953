"""Whatever the text, extraction never raises, and every offset it reports is true."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mou_graph.extract import extract_article
from mou_graph.model import Article, Extraction

# Pieces of the genre mixed with noise, so the patterns actually fire on odd input.
PIECES = st.sampled_from(
    [
        "포항시는",
        "21일",
        "지난 9일",
        "라한호텔에서",
        "포스텍,",
        "경북도와",
        "‘",
        "’",
        "(",
        ")",
        "(이하 ‘협회’)",
        "업무협약을",
        "체결했다.",
        "이날 행사에는",
        "이강덕 포항시장,",
        "정규열 포스텍 부총장",
        "등",
        "37개 기업",
        "참석했다.",
        "협성대학교 산학협력단(단장 김인회)",
        "[경북일보 박민수 기자]",
        "\n",
        " ",
        "·",
        "㈜",
        "(사)",
        "'}) DETACH DELETE n //",
        "<img src=x onerror=alert(1)>",
        "\x00",
        "\u2028",
        "😀",
        "1천735억원",
        "Samsung",
        "signed an MOU with",
        "KAIST",
    ]
)
TEXT = st.one_of(
    st.lists(PIECES, max_size=40).map(" ".join),
    st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0xD7A3), max_size=300),
)


# Korean, Latin, emoji (with skin tones and joiners), controls, line and paragraph
# separators, a BOM, and a lone surrogate (a library caller can pass one; files never do).
MIXED = st.lists(
    st.one_of(
        st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3),
        st.characters(min_codepoint=0x20, max_codepoint=0x7E),
        st.sampled_from(["😀", "👍🏽", "\u200d", "🇰🇷", "\ufeff", "\ud800", "\u2028", "\u2029", "\x85", "\x7f"]),
        st.characters(min_codepoint=0x00, max_codepoint=0x1F),
    ),
    max_size=150,
).map("".join)


def assert_offsets_true(x: Extraction, text: str) -> None:
    """Every span is the text at its offsets and lies in the sentence it names."""
    ids = {e.id for e in x.entities}
    for a, b in x.sentences:
        assert 0 <= a <= b <= len(text)
    spans = [(m, e.aliases) for e in x.entities for m in e.mentions]
    spans += [(ev, None) for r in x.relations for ev in r.evidence]
    for span, aliases in spans:
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] == span.text
        assert 0 <= span.sentence < len(x.sentences), (span, x.sentences)
        start, end = x.sentences[span.sentence]
        assert start <= span.start and span.end <= end, (span, x.sentences[span.sentence])
        if aliases is not None:
            assert span.text in aliases
    for r in x.relations:
        assert r.source in ids and r.target in ids


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXT, language=st.sampled_from(["ko", "en"]), published=st.sampled_from([None, "2024-02-29"]))
def test_offsets_are_true_for_any_text(text: str, language: str, published: str | None) -> None:
    x = extract_article(Article(id="p", text=text, language=language, published=published))
    assert_offsets_true(x, text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    prefix=MIXED,
    pieces=st.lists(PIECES, max_size=12),
    suffix=MIXED,
    language=st.sampled_from(["ko", "en", None]),
)
def test_mixed_scripts_emoji_and_controls_never_raise(
    prefix: str, pieces: list[str], suffix: str, language: str | None
) -> None:
    text = prefix + " ".join(pieces) + suffix
    x = extract_article(Article(id="m", text=text, language=language, published="2025-03-12"))
    assert_offsets_true(x, text)
    x.to_json()  # the extraction document can be made


# Any code point at all, lone surrogates (U+D800–U+DFFF) included, most of them inside or
# beside Hangul words and the genre's markers, where Kiwi sees them.
ANY_CODE_POINT = st.one_of(
    st.integers(0, 0x10FFFF).map(chr),
    st.integers(0xD800, 0xDFFF).map(chr),
    st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3),
)
WORDS_WITH_ANYTHING = st.lists(
    st.one_of(PIECES, st.lists(ANY_CODE_POINT, min_size=1, max_size=6).map("".join)), max_size=30
).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=WORDS_WITH_ANYTHING, language=st.sampled_from(["ko", "en"]))
def test_any_unicode_surrogates_included_never_raises(text: str, language: str) -> None:
    x = extract_article(Article(id="u", text=text, language=language, published="2025-03-12"))
    assert_offsets_true(x, text)


def test_a_lone_surrogate_inside_a_word_is_kept_in_its_span() -> None:
    text = "(주)\ud800한빛과 가\udc00나대학교는 협약을 체결했다."
    x = extract_article(Article(id="s", text=text, language="ko"))
    assert_offsets_true(x, text)
    assert any("\ud800" in m.text for e in x.entities for m in e.mentions)
