"""One person across scripts: a Hangul name and its romanisation at the same body (이강덕 of
포항시 in a Korean article, Lee Kang-deok of Pohang City in an English one).

A name becomes (Hangul surname, loose given name) keys. The surname comes from a data file of
the usual spellings (extract/data/surname_romanisations.tsv: 이 = Lee, Yi, Rhee, …), since
surnames are spelled by custom, not by any system. The given name is romanised syllable by
syllable with the project's own Revised Romanization (extract/romanise.py, one syllable at a
time): personal names are written that way, without the sound changes across syllables that
place names take (강덕 → Kang-deok, not the Gangdeok a whole-word reading gives), and
korean-romanizer, measured wrong on place names, brings nothing a syllable table does not.
The loose key then forgets what spellings disagree on (McCune–Reischauer-ish eo/u, k/g,
ch/j, oo/u, ae/e, doubled letters, hyphens and spaces), so Kang-deok, Gangdeok and Kang Deok agree.
English word order is free: the surname may come first or last.

A name alone says little, so a pair is only taken when both hold a position at one resolved
body, and only when that body leaves no doubt: if the romanised names there could belong to
two of its Hangul-named people (이성호 and 이승호 are both Lee Sung-ho), none is joined and
each pair is left for review.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ..extract.gazetteer import load_gazetteer
from ..extract.romanise import romanise

ROMANISED = "romanised-name-same-body"
ROMANISED_UNSURE = "romanised-name-two-people"  # a review candidate, never a join

Key = tuple[str, str]  # (Hangul surname, loose given name)

# what spellings of one syllable disagree on, in the order they are applied
_LOOSE = (
    ("weo", "wo"),
    ("eo", "u"),
    ("eu", "u"),
    ("oo", "u"),
    ("ou", "u"),
    ("wu", "u"),
    ("ae", "e"),  # 애 and 에 are one sound to most speakers: 선제 is also written Seon-jae
    ("ee", "i"),
    ("ui", "i"),
    ("oi", "oe"),
    ("sh", "s"),
    ("ch", "j"),
    ("k", "g"),
    ("p", "b"),
    ("t", "d"),
    ("r", "l"),
)
_DOUBLED = re.compile(r"(.)\1+")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*\.?")


def loose(text: str) -> str:
    """The Latin letters of `text` with the differences of romanisation systems folded:
    Kang-deok, Gangdeok and Kang Deok all give 'gangdug'."""
    out = "".join(c for c in text.lower() if "a" <= c <= "z")
    for old, new in _LOOSE:
        out = out.replace(old, new)
    return _DOUBLED.sub(r"\1", out)


@cache
def _spellings() -> dict[str, tuple[str, ...]]:
    """Hangul surname → its usual Latin spellings, from the data file."""
    text = resources.files("mou_graph.extract").joinpath("data/surname_romanisations.tsv").read_text("utf-8")
    table: dict[str, tuple[str, ...]] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        surname, sep, spellings = line.partition("\t")
        if not sep or not spellings.strip():
            raise ValueError(f"surname_romanisations.tsv:{number}: expected surname<TAB>spellings")
        table[surname.strip()] = tuple(s.strip() for s in spellings.split(",") if s.strip())
    return table


@cache
def _surnames() -> frozenset[str]:
    return frozenset(load_gazetteer().surnames) | frozenset(_spellings())


@cache
def _by_spelling() -> dict[str, frozenset[str]]:
    """Loose Latin surname → the Hangul surnames it may write (Yu: 유 and 류). A surname the
    data file does not list is found by its Revised Romanization."""
    index: dict[str, set[str]] = defaultdict(set)
    for surname in _surnames():
        index[loose(romanise(surname))].add(surname)
        for spelling in _spellings().get(surname, ()):
            index[loose(spelling)].add(surname)
    return {k: frozenset(v) for k, v in index.items()}


def _is_hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3"


def _hangul_keys(name: str) -> Iterator[Key]:
    """A surname of one or two syllables (남궁민: 남궁 + 민, or 남 + 궁민), then a given name
    of one to three, each syllable romanised on its own."""
    if not 2 <= len(name) <= 5 or not all(_is_hangul(c) for c in name):
        return
    for cut in (1, 2):
        surname, given = name[:cut], name[cut:]
        if surname in _surnames() and 1 <= len(given) <= 3:
            yield surname, loose("".join(romanise(syllable) for syllable in given))


def _latin_keys(name: str) -> Iterator[Key]:
    """Two to four words (initials such as 'A.' aside), the surname first or last: Hong
    Gil-dong, Gildong Hong, Gil Dong Hong."""
    words = name.split()
    if not all(_LATIN_WORD.fullmatch(w) for w in words):
        return
    words = [w for w in words if not (len(w) == 2 and w.endswith("."))]
    if not 2 <= len(words) <= 4:
        return
    for surname, given in ((words[0], words[1:]), (words[-1], words[:-1])):
        for hangul in sorted(_by_spelling().get(loose(surname), ())):
            if loose("".join(given)):
                yield hangul, loose("".join(given))


def name_keys(name: str) -> frozenset[Key]:
    """Every (Hangul surname, loose given name) reading of a person's name in either script:
    이강덕 and Lee Kang-deok share ('이', 'gangdug')."""
    name = name.strip()
    return frozenset(_hangul_keys(name)) | frozenset(_latin_keys(name))


def is_hangul_name(name: str) -> bool:
    return bool(name) and all(_is_hangul(c) for c in name.strip())


@dataclass(frozen=True)
class Match:
    """A Hangul-named form and a Latin-named one at one body; `sure` when nobody else at that
    body could be meant."""

    hangul: str  # form ids
    latin: str
    body: str  # the employer node both hold a position at
    sure: bool
    others: tuple[str, ...] = ()  # when unsure: the other Hangul forms the Latin name could be

    def describe(self, label: Callable[[str], str], names: Callable[[str], str], body: str) -> str:
        spelled = f"‘{names(self.latin)}’ is a romanisation of ‘{names(self.hangul)}’"
        if self.sure:
            return f"{label(self.hangul)} and {label(self.latin)} both at {body}: {spelled}"
        alike = ", ".join(names(f) for f in self.others)
        return f"{label(self.hangul)} and {label(self.latin)} both at {body}: {spelled}, but so it is of {alike}"


def romanised_matches(
    names: Mapping[str, str], employers: Mapping[str, Iterable[str]], person_of: Callable[[str], str]
) -> list[Match]:
    """The Hangul-named and Latin-named forms that hold a position at one body and whose names
    share a key. At each body the people (`person_of`, as joined so far) are linked by shared
    keys; a linked group with one Hangul-named person is sure, one with two or more is not."""
    at: dict[str, list[str]] = defaultdict(list)
    keys: dict[str, frozenset[Key]] = {}
    hangul: dict[str, bool] = {}
    for f, name in names.items():
        ks = name_keys(name)
        if ks and employers.get(f):
            keys[f], hangul[f] = ks, is_hangul_name(name)
            for body in employers[f]:
                at[body].append(f)
    found: list[Match] = []
    for body, forms in sorted(at.items()):
        if any(hangul[f] for f in forms) and not all(hangul[f] for f in forms):
            found += _matches_at(body, sorted(forms), keys, hangul, person_of)
    return found


def _matches_at(
    body: str,
    forms: list[str],
    keys: Mapping[str, frozenset[Key]],
    hangul: Mapping[str, bool],
    person_of: Callable[[str], str],
) -> list[Match]:
    by_key: dict[Key, list[str]] = defaultdict(list)  # key → the Hangul-named forms with it
    for f in forms:
        if hangul[f]:
            for k in keys[f]:
                by_key[k].append(f)
    pairs = sorted(
        {(h, f) for f in forms if not hangul[f] for k in keys[f] for h in by_key.get(k, ())},
    )
    if not pairs:
        return []
    # people linked by a shared key, each group with the Hangul-named people it could mean
    group = {p: p for h, f in pairs for p in (person_of(h), person_of(f))}

    def find(p: str) -> str:
        while group[p] != p:
            group[p] = group[group[p]]
            p = group[p]
        return p

    for h, f in pairs:
        group[find(person_of(h))] = find(person_of(f))
    meant: dict[str, set[str]] = defaultdict(set)  # group → Hangul-named people in it
    hangul_forms: dict[str, set[str]] = defaultdict(set)
    for h, _ in pairs:
        meant[find(person_of(h))].add(person_of(h))
        hangul_forms[find(person_of(h))].add(h)
    out: list[Match] = []
    seen: set[tuple[str, str]] = set()
    for h, f in pairs:
        ph, pf = person_of(h), person_of(f)
        if ph == pf or (ph, pf) in seen:
            continue
        seen.add((ph, pf))
        g = find(ph)
        sure = len(meant[g]) == 1
        others = tuple(sorted(x for x in hangul_forms[g] if person_of(x) != ph))
        out.append(Match(h, f, body, sure, () if sure else others))
    return out
