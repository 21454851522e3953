"""Whatever the text, extraction never raises, and every offset it reports is true."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mou_graph.extract import extract_article
from mou_graph.model import Article

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


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXT, language=st.sampled_from(["ko", "en"]), published=st.sampled_from([None, "2024-02-29"]))
def test_offsets_are_true_for_any_text(text: str, language: str, published: str | None) -> None:
    x = extract_article(Article(id="p", text=text, language=language, published=published))
    ids = {e.id for e in x.entities}
    for a, b in x.sentences:
        assert 0 <= a <= b <= len(text)
    for e in x.entities:
        for m in e.mentions:
            assert 0 <= m.start <= m.end <= len(text)
            assert text[m.start : m.end] == m.text
            assert m.text in e.aliases
    for r in x.relations:
        assert r.source in ids and r.target in ids
        for ev in r.evidence:
            assert text[ev.start : ev.end] == ev.text
