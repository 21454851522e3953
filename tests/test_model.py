"""model.py's text helper: lone surrogates become U+FFFD one for one (what read.py does to
articles and build.py to extraction files), so every offset into the text stays true."""

from __future__ import annotations

from mou_graph.model import replace_surrogates


def test_each_lone_surrogate_becomes_one_replacement_character() -> None:
    text = "협약\ud800 체결\udfff했다\ud83d"
    out = replace_surrogates(text)
    assert out == "협약\ufffd 체결\ufffd했다\ufffd" and len(out) == len(text)
    out.encode("utf-8")  # writable now


def test_text_without_one_is_returned_as_it_is() -> None:
    text = "포항시는 2일 🤝 협약을 체결했다."  # a real pair (an emoji) is no lone surrogate
    assert replace_surrogates(text) is text
