"""Korean programme lexicon: the words named programmes, schemes and events end in
(data/programme_heads.tsv), the words that only say what kind of work one is
(data/programme_generic.txt) and the national schemes named bare (data/programmes_national.txt)."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources

from .. import korean

# the tail of a quoted name that says what is done with it: ‘… 협력 사업 공동 운영’을 위한
DOING = re.compile(r"\s*(?:공동\s?)?(?:운영|추진|수행|참여|활성화|유치|지정|선정|조성|구축|확산|도입|확대|정착)$")
# a quoted agreement title that names its programme: ‘X 운영을 위한 업무협약식’
FOR_AGREEMENT = re.compile(r"^(?P<x>.+?)\s*(?:[을를]\s*)?(?:위한|추진|관련)\s+.*(?:협약|MOU)")


def _read(name: str) -> str:
    return (resources.files("mou_graph.extract") / "data" / name).read_text(encoding="utf-8")


def data_lines(name: str) -> list[str]:
    """A data file's entries: its lines but blank ones and # comments."""
    return [line.strip() for line in _read(name).splitlines() if line.strip() and not line.startswith("#")]


@cache
def heads(kind: str) -> tuple[str, ...]:
    """The head words of one kind (programme, event, work), longest first."""
    out = []
    for number, line in enumerate(_read("programme_heads.tsv").splitlines(), 1):
        if number == 1 or not line.strip() or line.startswith("#"):
            continue
        word, k = line.split("\t")
        if k.strip() == kind:
            out.append(re.escape(word.strip()))
    return tuple(sorted(out, key=len, reverse=True))


@cache
def national() -> str:
    """The national schemes as one alternation, longest first, a space an optional space;
    RIS never the start of RISE."""
    names = [
        line.strip()
        for line in _read("programmes_national.txt").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    forms = [r"\s?".join(re.escape(part) for part in name.split()) for name in sorted(names, key=len, reverse=True)]
    return "(?:" + "|".join(forms) + r")(?![A-Za-z])"


@lru_cache(maxsize=1)
def generic_words() -> frozenset[str]:
    return frozenset(
        w.strip() for w in _read("programme_generic.txt").splitlines() if w.strip() and not w.startswith("#")
    )


def specific(words: list[str]) -> bool:
    """True when some word (or Kiwi noun piece of a word) is more than a kind of work."""
    generic = generic_words()
    for word in words:
        if not word or word in generic:
            continue
        if re.search(r"[A-Za-z0-9]", word):
            return True
        pieces = [form for form, tag, *_ in korean._analysis(word) if tag.startswith("N")]
        if not pieces or any(p not in generic for p in pieces):
            return True
    return False
