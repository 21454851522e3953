"""Hangul → Revised Romanization, enough for place names (경주 → Gyeongju, 울릉 → Ulleung,
종로 → Jongno): the syllable tables with liaison before ㅇ and the common assimilations at a
syllable boundary. English articles write Korean cities and provinces this way, so the
gazetteer's Korean regions can be found under their English spelling.

Why not a library: korean-romanizer (0.28, the maintained one on PyPI) misses the ㄴ/ㄹ
assimilations of official names, 6 of the gazetteer's 246 regions (강릉 → gangreung for
Gangneung, 울릉 → ulreung, 전라남도 → jeonranamdo, 종로구 → jongrogu)."""

from __future__ import annotations

_INITIALS = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
_MEDIALS = [
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo",
    "u", "wo", "we", "wi", "yu", "eu", "ui", "i",
]  # fmt: skip
# the final consonant as written before a pause or another consonant
_FINALS = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l",
           "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"]  # fmt: skip
# the final consonant carried over to a following ㅇ (liaison): 군산 no, 남원 na-mwon
_LIAISON = ["", "g", "kk", "ks", "n", "nj", "nh", "d", "r", "lg", "lm", "lb", "ls", "lt", "lp", "lh",
            "m", "b", "bs", "s", "ss", "ng", "j", "ch", "k", "t", "p", ""]  # fmt: skip
_NG, _L, _N, _M, _R_INITIAL, _N_INITIAL, _M_INITIAL, _SILENT = 21, 8, 4, 16, 5, 2, 6, 11


def _jamo(ch: str) -> tuple[int, int, int] | None:
    code = ord(ch) - 0xAC00
    if not 0 <= code < 11172:
        return None
    return code // 588, (code % 588) // 28, code % 28


def romanise(word: str) -> str:
    """The Revised Romanization of a Hangul word, lower case; other characters are kept."""
    out: list[str] = []
    chars = list(word)
    for i, ch in enumerate(chars):
        j = _jamo(ch)
        if j is None:
            out.append(ch)
            continue
        initial, medial, final = j
        prev = _jamo(chars[i - 1]) if i else None
        onset = _INITIALS[initial]
        if prev is not None:
            p_final = prev[2]
            if initial == _SILENT and p_final:
                onset = _LIAISON[p_final] if p_final != _NG else ""
            elif initial == _R_INITIAL:
                # ㄹ after ㄴ or ㄹ is l (신라 Silla, 울릉 Ulleung); after other finals n (종로 Jongno)
                onset = "l" if p_final in (_N, _L) else ("n" if p_final else "r")
        coda = _FINALS[final]
        nxt = _jamo(chars[i + 1]) if i + 1 < len(chars) else None
        if nxt is not None and final:
            n_initial = nxt[0]
            if n_initial == _SILENT:
                coda = "ng" if final == _NG else ""
            elif n_initial in (_N_INITIAL, _M_INITIAL):  # nasalisation: 백마 baengma
                coda = {"k": "ng", "t": "n", "p": "m"}.get(coda, coda)
            elif n_initial == _R_INITIAL and final == _N:
                coda = "l"  # 신라 Silla
        out.append(onset + _MEDIALS[medial] + coda)
    return "".join(out)
