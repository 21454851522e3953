"""One body in two scripts: 마샬대학교 = Marshall University, (주)육대주 = Yookdaeju, (주)DS산업 =
DS Industry, 거창군의회 = Geochang County Council.

A Korean report writes a foreign body in Hangul (마샬 for Marshall) and an English one writes a
Korean company in Latin letters (Yookdaeju), so the two never share a name. A name splits into
its kind (the word that ends it, 대학교 / University, from extract/data/body_kinds.tsv) and the
rest, and two names are one when their kinds agree and the rest is
- the same Latin letters (DS산업 / DS Industry),
- a romanisation of the Hangul (육대주 → yukdaeju ≈ Yookdaeju, with graph/romanised.py's
  folding of the systems' differences), or
- a transcription: the same consonant skeleton, Hangul against English spelling (마샬 m-s-l,
  Marshall m-(r)-sh-ll; 디럭스 t-l-k-s, Deluxe d-l-x), three consonants at least.

A skeleton of three consonants matches many names, so this is never asked of two names alone:
graph/signings.py asks it only of the parties that two reports of one signing (same day, a
party shared) do not share, and takes a pair only when neither name matches another there.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import cache
from importlib import resources

from ..extract.romanise import romanise
from .romanised import loose

_COMPANY_KO = re.compile(r"\(주\)|㈜|주식회사|\(유\)|유한회사")
_COMPANY_EN = re.compile(
    r",?\s*\b(?:Co\.,?\s*Ltd\.?|Co\.|Ltd\.?|Inc\.?|Corp\.?|LLC|PLC|GmbH|Limited)(?=\s|$)", re.IGNORECASE
)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_OF = re.compile(r"^(?:the\s+)?(?P<kind>[A-Z][\w ]*?)\s+of\s+(?P<rest>.+)$")
_SKELETON = 3  # consonants a transcription must share at least

# Hangul consonants by jamo index: initial and final, as a transcription writes English sounds
_INITIAL = "kknttlmppss_jjjktp_"  # ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ (ㅇ and ㅎ: none)
# final jamo index → consonant (ㄱㄲ, ㄴ, ㄷ, ㄹ, ㅁ, ㅂ, ㅅㅆ, ㅇ as the ng sound N, ㅋ, ㅌ, ㅍ)
_FINAL = {1: "k", 2: "k", 4: "n", 7: "t", 8: "l", 16: "m", 17: "p", 19: "s", 20: "s", 21: "N", 24: "k", 25: "t", 26: "p"}  # fmt: skip


@cache
def _kinds() -> tuple[tuple[str, int], ...]:
    """(word, kind) for every Korean and English kind word, the longest first."""
    text = resources.files("mou_graph.extract").joinpath("data/body_kinds.tsv").read_text("utf-8")
    words: list[tuple[str, int]] = []
    for number, line in enumerate(text.splitlines()[1:], start=2):
        if not line.strip() or line.startswith("#"):
            continue
        korean, sep, english = line.partition("\t")
        if not sep or not korean.strip() or not english.strip():
            raise ValueError(f"body_kinds.tsv:{number}: expected korean<TAB>english")
        for w in korean.split(",") + english.split(","):
            words.append((w.strip(), number))
    return tuple(sorted(words, key=lambda w: -len(w[0])))


def has_hangul(text: str) -> bool:
    return any("\uac00" <= ch <= "\ud7a3" for ch in text)


def split_kind(name: str) -> tuple[str, int | None]:
    """A name's rest and its kind (a row of body_kinds.tsv; None when no kind word ends it):
    마샬대학교 → ('마샬', 대학교's row), TaeYangFood → ('TaeYang', 식품's row), University of
    Ulsan → ('Ulsan', 대학교's row)."""
    text = unicodedata.normalize("NFKC", name).strip()
    if has_hangul(text):
        text = _COMPANY_KO.sub(" ", text).strip()
        for word, kind in _kinds():
            if has_hangul(word) and text.endswith(word) and len(text) > len(word):
                return text[: -len(word)].strip(), kind
        return text, None
    text = _CAMEL.sub(" ", _COMPANY_EN.sub("", text)).strip()
    if m := _OF.match(text):
        for word, kind in _kinds():
            if word.lower() == m.group("kind").lower():
                return m.group("rest").strip(), kind
    for word, kind in _kinds():
        if not has_hangul(word) and text.lower().endswith(" " + word.lower()):
            return text[: -len(word)].strip(), kind
    return text, None


def hangul_skeleton(text: str) -> str:
    """The consonants a Hangul transcription writes, voicing and aspiration folded (마샬 → msl,
    디럭스 → tlks, 킹슬리 → kNsl); the ㄱ after a final ㅇ is the English ng's (잉글랜드)."""
    out: list[str] = []
    for ch in text:
        code = ord(ch) - 0xAC00
        if not 0 <= code < 11172:
            continue
        initial, final = code // 588, code % 28
        onset = _INITIAL[initial]
        if onset != "_" and not (onset == "k" and out and out[-1] == "N"):
            out.append(onset)
        if final in _FINAL:
            out.append(_FINAL[final])
    return _collapse("".join(out))


_ENGLISH = (
    ("tch", "j"),
    ("ph", "p"),
    ("sh", "s"),
    ("ch", "j"),
    ("th", "t"),
    ("ck", "k"),
    ("gh", ""),
    ("qu", "kw"),
    ("x", "ks"),
    ("ng", "N"),
)
_VOWELS = "aeiouy"


def english_skeleton(text: str) -> str:
    """The consonants of an English spelling as Hangul would write them (Marshall → msl: the r
    before a consonant is not written, sh is ㅅ; Deluxe → tlks)."""
    w = "".join(c for c in unicodedata.normalize("NFKC", text).lower() if "a" <= c <= "z")
    for old, new in _ENGLISH:
        w = w.replace(old, new)
    w = re.sub(r"c(?=[eiy])", "s", w).replace("c", "k")
    w = re.sub(rf"r(?![{_VOWELS}])", "", w)  # Marshall: the r before a consonant or at the end
    fold = str.maketrans({"b": "p", "f": "p", "v": "p", "d": "t", "g": "k", "q": "k", "z": "j", "r": "l"})
    w = w.translate(fold)
    return _collapse("".join(c for c in w if c not in _VOWELS + "hw"))


def _collapse(s: str) -> str:
    return re.sub(r"(.)\1+", r"\1", s)


def _latin_letters(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKC", text).lower() if c.isalnum())


def same_body(korean: str, english: str) -> str | None:
    """How the two names write one body ('the same letters', 'a romanisation', 'a
    transcription'), or None. `korean` has Hangul, `english` has none."""
    if not has_hangul(korean) or has_hangul(english):
        return None
    (ko, ko_kind), (en, en_kind) = split_kind(korean), split_kind(english)
    if ko_kind != en_kind or not ko or not en:
        return None
    if not has_hangul(ko):
        return "the same letters" if _latin_letters(ko) == _latin_letters(en) and _latin_letters(ko) else None
    if any(not ("\uac00" <= c <= "\ud7a3" or c.isspace()) for c in ko):
        return None  # Hangul mixed with other letters: SK하이닉스 is not compared here
    syllables = ko.replace(" ", "")
    readings = {loose(romanise(syllables)), loose("".join(romanise(s) for s in syllables))}
    if len(syllables) >= 2 and loose(en) in readings:
        return "a romanisation"
    skeleton = hangul_skeleton(syllables)
    if len(skeleton) >= _SKELETON and skeleton == english_skeleton(en):
        return "a transcription"
    return None


def pair_bodies(left: dict[str, Iterable[str]], right: dict[str, Iterable[str]]) -> list[tuple[str, str, str]]:
    """The bodies of `left` and `right` (id → the names written for it) that are one body in
    two scripts, one to one: a body whose names match two of the other side's is left out, and
    so are they. (left id, right id, how)."""
    found: dict[tuple[str, str], str] = {}
    for a, a_names in left.items():
        for b, b_names in right.items():
            for x in a_names:
                for y in b_names:
                    how = same_body(x, y) or same_body(y, x)
                    if how:
                        found.setdefault((a, b), f"‘{x}’ and ‘{y}’: {how}")
    lefts, rights = Counter(a for a, _ in found), Counter(b for _, b in found)
    return sorted((a, b, how) for (a, b), how in found.items() if lefts[a] == 1 and rights[b] == 1)
