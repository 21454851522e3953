"""Korean text helpers: sentences (by punctuation, quotation marks and verb endings), and on
top of kiwipiepy words with their particles and names.

Kiwi is asked about single words, and its answers are cached, since the same names recur
across a corpus; sentences are found without it (see `sentences`).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from kiwipiepy import Kiwi

from ..model import replace_surrogates

_local = threading.local()


def kiwi() -> Kiwi:
    """One Kiwi per thread: loading the model takes about a second."""
    instance = getattr(_local, "kiwi", None)
    if instance is None:
        instance = Kiwi()
        _local.kiwi = instance
    return instance


def share_kiwi(instance: Kiwi) -> None:
    """Make `instance` this thread's Kiwi: an owner that loads it on one thread and calls from
    another, one call at a time (a Ray Data actor), loads the model once, not once a thread."""
    _local.kiwi = instance


def _for_kiwi(text: str) -> str:
    """Text Kiwi can take: a lone surrogate (a library caller can pass one; files never do)
    makes it raise, so it sees U+FFFD there instead. One code point for one: offsets hold."""
    return replace_surrogates(text)


HANGUL = re.compile(r"[가-힣]")
HANGUL_WORD = re.compile(r"^[가-힣]+$")

# Characters that separate words besides white space. Legal-form markers such as (주), (사)
# and ㈜, and the (연) of an institute's short form (전기(연)), stay inside the word they
# belong to; a full stop only inside one (LINC 3.0), never at its end; a middle dot between
# digits (제주4·3평화재단, 5·18) is a date's, not a list's, and one after a lone syllable
# (대·중소기업농어업협력재단) joins a fixed phrase: no body is named by one letter.
_WORD = re.compile(
    r"(?:\((?:주|사|재|유|합|연)\)|\.(?=\w)|(?<=\d)·(?=\d)|(?:(?<=^[가-힣])|(?<=[\s(\[‘“'\"][가-힣]))·(?=[가-힣]{3})|[^\s.,·‧ㆍ・/()\[\]{}<>‘’'\"“”「」『』▲△▶▷■□◆◇○●•…:;=|!?。、~ⓒ©])+"
)

# Particles and endings that may follow a noun, longest first. A word's stem is only cut
# where the rest is one of these, so names ending in these syllables survive unless the
# cut is confirmed by what the stem turns out to be.
PARTICLES = sorted(
    {
        "은",
        "는",
        "이",
        "가",
        "을",
        "를",
        "의",
        "와",
        "과",
        "에",
        "로",
        "으로",
        "도",
        "만",
        "께서",
        "에서",
        "에게",
        "에는",
        "에서는",
        "에서도",
        "으로부터",
        "로부터",
        "으로서",
        "로서",
        "과의",
        "와의",
        "과는",
        "와는",
        "과도",
        "와도",
        "까지",
        "부터",
        "이며",
        "이고",
        "이다",
        "이자",
        "인",
        "이나",
        "나",
        "에도",
        "에의",
        "으로는",
        "로는",
        "이라",
        "라",
        "이란",
        "란",
        "처럼",
        "보다",
        "마다",
        "께",
        "와 함께",
        "등",
        "등과",
        "등이",
        "등은",
        "등의",
        "등을",
        "등에",
        "들",
        "들은",
        "들이",
        "들과",
        "측",
        "측은",
        "측이",
        "측과",
        "이라고",
        "라고",
        "이라며",
        "라며",
        "에선",
        "엔",
    },
    key=len,
    reverse=True,
)


@dataclass(frozen=True)
class Word:
    """A run of text between separators, with offsets into the article."""

    text: str
    start: int
    end: int


def words(text: str, offset: int = 0) -> list[Word]:
    return [Word(m.group(), m.start() + offset, m.end() + offset) for m in _WORD.finditer(text)]


_PARTICLE_SET = frozenset(PARTICLES)
_PARTICLE_LENGTHS = sorted({len(p) for p in PARTICLES}, reverse=True)


def particle_splits(word: str) -> list[tuple[str, str]]:
    """Every (stem, particle) split of a word, the whole word first, then the longest particle
    first (a word has at most one particle of each length: one set lookup per length)."""
    out = [(word, "")]
    n = len(word)
    for length in _PARTICLE_LENGTHS:
        if n > length and word[n - length :] in _PARTICLE_SET:
            out.append((word[: n - length], word[n - length :]))
    return out


@lru_cache(maxsize=65536)
def kiwi_stem(word: str) -> tuple[str, str]:
    """The noun stem of a word as Kiwi sees it, and the rest (particles, endings)."""
    end = 0
    for _, tag, start, length, _ in _analysis(word):  # one Kiwi analysis a word, shared with the others
        nounish = tag.startswith(("N", "S", "XPN", "XSN", "XR", "W_")) or tag == "MM"
        if nounish and start == end:
            end = start + length
            continue
        break
    return word[:end], word[end:]


@lru_cache(maxsize=65536)
def is_noun_word(word: str) -> bool:
    """True when Kiwi reads the whole word as nouns (a name, a company, a place)."""
    stem, rest = kiwi_stem(word)
    return bool(stem) and not rest


def ends_clause(word: str) -> bool:
    """True when the word ends a clause (갖고, 체결하고, 했다): a connective or final ending."""
    return any(tag in ("EC", "EF") for _, tag, *_ in _analysis(word))


Analysis = tuple[tuple[str, str, int, int, bool], ...]
_ANALYSES: dict[str, Analysis] = {}  # Kiwi's reading of each word seen, in isolation
_ANALYSES_MAX = 200_000  # then forgotten at once: the words of the genre come back soon


def _as_analysis(tokens: Iterable[Any]) -> Analysis:
    return tuple((t.form, t.tag, t.start, t.len, bool(t.oov)) for t in tokens)


def _analysis(word: str) -> Analysis:
    found = _ANALYSES.get(word)
    if found is None:
        if len(_ANALYSES) >= _ANALYSES_MAX:
            _ANALYSES.clear()
        found = _ANALYSES[word] = _as_analysis(kiwi().tokenize(_for_kiwi(word)))
    return found


def prefetch(words: Iterable[str]) -> None:
    """Read in one Kiwi batch the words not read yet, each on its own as `_analysis` would:
    the same readings, for the price of one call instead of one a word."""
    new = [w for w in dict.fromkeys(words) if w not in _ANALYSES]
    if not new:
        return
    if len(_ANALYSES) + len(new) >= _ANALYSES_MAX:
        _ANALYSES.clear()
    for word, tokens in zip(new, kiwi().tokenize([_for_kiwi(w) for w in new]), strict=True):
        _ANALYSES[word] = _as_analysis(tokens)


def name_shape(word: str, surnames: frozenset[str]) -> int:
    """How much a word looks like a Korean personal name: 0 no, 1 maybe, 2 likely.

    A name is a surname and one or two syllables (two-syllable surnames take up to two
    more). Kiwi tells names it knows (NNP), words it does not know (out of vocabulary,
    as most names are) and common words (정부, 이날) apart.
    """
    if not HANGUL_WORD.match(word) or not 2 <= len(word) <= 4:
        return 0
    surname = word[:2] if len(word) >= 3 and word[:2] in surnames else word[:1]
    if surname not in surnames:
        return 0
    if len(word) == 4 and len(surname) == 1:
        return 0
    analysis = _analysis(word)
    if len(analysis) == 1:
        form, tag, _, _, oov = analysis[0]
        if tag == "NNP" or oov:
            return 2 if len(word) >= 3 else 1
        return 0
    first = analysis[0]
    coda = any(tag == "Z_CODA" for _, tag, _, _, _ in analysis)  # 이상익 → 이상+이+ㄱ: a syllable broken, no particle
    if (
        first[1] != "NNP"
        and not coda
        and any(
            tag.startswith(("J", "E")) and HANGUL_WORD.match(form) for form, tag, start, _, _ in analysis if start >= 2
        )
    ):
        return 0  # 기관의, 이사는: a word with a particle or ending, not a name
    if first[1] == "NNP":
        return 2 if len(word) >= 3 else 1
    if any(not oov and length >= 2 and tag not in {"NNP"} for _, tag, _, length, oov in analysis):
        # a known common word inside: 오진택 → 오진+택 is still possible, so only "maybe"
        known_at_start = any(start == 0 and length >= 2 for _, _, start, length, _ in analysis)
        return 0 if known_at_start and len(word) == 2 else 1
    return 2 if len(word) == 3 else 1


def ends_in_noun(word: str) -> bool:
    """True when Kiwi's last piece of the word is a noun (네패스야하드: …+하드), not an ending."""
    analysis = _analysis(word)
    return bool(analysis) and analysis[-1][1].startswith("NN") and analysis[-1][2] + analysis[-1][3] == len(word)


@lru_cache(maxsize=65536)
def is_proper_noun(word: str) -> bool:
    """True when Kiwi reads the whole word as one proper noun it knows (상지대학교, 포항제철)."""
    analysis = _analysis(word)
    return len(analysis) == 1 and analysis[0][1] == "NNP" and analysis[0][3] == len(word)


@lru_cache(maxsize=65536)
def common_word(text: str) -> bool:
    """True when Kiwi reads the text as dictionary common nouns and noun affixes only
    (채용, 맞춤형, 활성화, 산업 발전): no proper noun, foreign letters or unknown word in it."""
    analysis = _analysis(text)
    return bool(analysis) and all(tag in {"NNG", "NNB", "XSN", "XPN"} and not oov for _, tag, _, _, oov in analysis)


def pieces(text: str) -> int:
    """How many morphemes Kiwi reads in the text (바다씨푸드: 2)."""
    return len(_analysis(text))


@lru_cache(maxsize=65536)
def all_common_nouns(text: str) -> bool:
    """True when every piece Kiwi finds is a dictionary common noun (기업, 특수 목적)."""
    analysis = _analysis(text)
    return bool(analysis) and all(tag == "NNG" and not oov for _, tag, _, _, oov in analysis)


# A Korean news sentence ends at . ? ! (with the closing quotes and brackets after it) before
# white space, at "..." and at a line break, or at a verb's 다 before the next word when no
# full stop follows (a headline: … 손잡았다 부경대는 …); the period of an initial (Ahmed C.
# Boughedir) ends none.
_SENTENCE_END = re.compile(
    r"(?<![\s(][A-Z])[.?!]+[”\"’'」』)\]]*(?=\s)|\.{3}|\n|(?<=[가-힣]다)\.(?=[가-힣])|(?<=[가-힣]다)(?=[ \t]+[가-힣A-Za-z0-9“\"‘'(\[])"
)
_CREDIT = re.compile(r"[ \t]*(?:\[[^\]\n]{0,40}\]|\([^)\n]{0,40}\))")  # 협약식. [사진 = 충북도] (사진제공=KOTRA)
_OPENING, _CLOSING = "“‘「『", "”’」』"
_REVERSED = re.compile(r"(?<![가-힣A-Za-z0-9])([’”])([^‘’“”\n]{1,60})([‘“])")


def mend_quotes(text: str) -> str:
    """The text with quotation marks typed the wrong way round put right (’해오름동맹‘ as
    ‘해오름동맹’), so that one stray pair opens no quotation to the paragraph's end. Same length,
    so every offset holds."""
    return _REVERSED.sub(lambda m: {"’": "‘", "”": "“"}[m[1]] + m[2] + {"‘": "’", "“": "”"}[m[3]], text)


def _verb_end(chunk: str, end: int) -> bool:
    """다 ends a verb when the syllable before it closes in ㅆ or ㄴ (했다, 됐다, 한다, 키운다),
    not in 보다, 최다, 바다."""
    code = ord(chunk[end - 2]) - 0xAC00
    return 0 <= code < 11172 and code % 28 in (4, 20)


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans (absolute offsets) inside text[start:end]. Never inside quotation marks
    (“…했다. …하겠다”고 밝혔다 is one sentence); a bracketed photo credit stays with the
    sentence before it.

    Why not Kiwi's split_into_sents: it analyses the whole text to find the ends, as much work
    as tokenising it, and gives the same spans on 579 of 585 dev and stories paragraphs (the
    rest: credits and stray marks); the extractor needs Kiwi only for words."""
    chunk = text[start:end]
    if not chunk.strip():
        return []
    inside = [0] * (len(chunk) + 1)  # quotation depth after each character
    depth = straight = 0
    for i, ch in enumerate(mend_quotes(chunk)):
        if ch in _OPENING:
            depth += 1
        elif ch in _CLOSING:
            depth = max(0, depth - 1)
        elif ch == '"':
            straight ^= 1
        inside[i + 1] = depth + straight
    cuts, a = [], 0
    for m in _SENTENCE_END.finditer(chunk):
        b = m.end()
        if m.group() != "\n" and inside[b]:
            continue
        if m.group() == "" and not _verb_end(chunk, b):
            continue
        if credit := _CREDIT.match(chunk, b):
            b = credit.end()
        if b > a:
            cuts.append((a, b))
            a = b
    cuts.append((a, len(chunk)))
    out = []
    for x, y in cuts:
        x, y = start + x, start + y
        while x < y and text[x].isspace():
            x += 1
        while y > x and text[y - 1].isspace():
            y -= 1
        if x < y:
            out.append((x, y))
    return out or [(start, end)]
