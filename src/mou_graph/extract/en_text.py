"""English sentences and the frame of a signing sentence: where one sentence ends (not at
"Co." or "Oct."), which stretch names the agreement's purpose rather than its parties
("an MOU for the operation of the X Council with …"), the parties written before the verb
("YU (President …) and KITA (…) signed an MOU"), a company named bare as a subject, the
headline lines, and places joined as one adjective ("Seoul-Tokyo relations")."""

from __future__ import annotations

import re
from typing import TypeVar

from ..ingest.clean import SENTENCE_END
from .en_lexicon import COUNTRIES, NOT_NAME_WORDS, ORG_SECTORS, TITLE_RX

T = TypeVar("T")  # an organisation entity, as the extractor holds it

# words whose period ends no sentence: titles, months, company forms that a name continues
_ABBREVIATIONS = frozenset(
    [
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Prof",
        "St",
        "No",
        "Nos",
        "Jr",
        "Sr",
        "Gov",
        "Rep",
        "Sen",
        "Gen",
        "Col",
        "Lt",
        "Co",
        "Corp",
        "vs",
        "etc",
        "approx",
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
        "U.S",
        "U.K",
        "a.m",
        "p.m",
        "e.g",
        "i.e",
    ]
)
# a page that lost its spaces runs sentences together (its officials.Under the agreement): a stop
# between a lower-case word and a capitalised one ends a sentence too (not SSG.com, not U.S.Army)
_BREAK = re.compile(r"[.!?][”\"’')\]]*\s+(?=[“\"‘'(\[▲■△]?\s*[A-Z0-9])|(?<=[a-z]{3})[.!?](?=[A-Z][a-z])")


def english_sentences(text: str, segments: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence spans inside each segment, split after ". " before a capital, except after an
    abbreviation or an initial (Kevin L. Faulconer)."""
    out: list[tuple[int, int]] = []
    for start, end in segments:
        a = start
        for m in _BREAK.finditer(text, start, end):
            word = re.search(r"(\S+)$", text[a : m.start()])
            token = word.group(1) if word else ""
            if token.strip('(“"') in _ABBREVIATIONS or re.fullmatch(r"[A-Z]", token):
                continue
            if token in ("Ltd", "Inc", "Corp") and TITLE_RX.match(text, m.end()):
                continue  # Daehan Steel Co., Ltd. CEO Park …: the company's head, same sentence
            out.append((a, m.start() + 1))
            a = m.end()
        out.append((a, end))
    return [(a, b) for a, b in ((_lstrip(text, a, b), b) for a, b in out) if a < b and text[a:b].strip()]


def _lstrip(text: str, a: int, b: int) -> int:
    while a < b and text[a].isspace():
        a += 1
    return a


_AGREEMENT_WORD = r"(?:agreement|memorandum of understanding|MOU|MoU|MOA|memorandum|pact|deal)(?:\s+\([A-Za-z]+\))?"
# an MOU for the operation of the X Council, an agreement on Y: the purpose, up to the parties
PURPOSE = re.compile(
    rf"\b{_AGREEMENT_WORD}\s+(?:for|on|to|regarding|concerning|about)\s+(.+?)"
    r"(?=\s+(?:with|between|among|amongst|by)\s|[.;]|$)",
    re.I,
)


def purpose_spans(sent: str) -> list[tuple[int, int]]:
    """Where a signing sentence names what the agreement is for (no party there)."""
    return [m.span(1) for m in PURPOSE.finditer(sent)]


# what a signing sentence says of a body that is no party: its owner, its witness
NOT_PARTY_BEFORE = re.compile(
    r"\b(?:affiliate|subsidiary|unit|division|arm|member|part|initiative|plan|policy|support|guidance|request) of"
    r"\s+(?:the\s+)?$"
    r"|\b(?:in the presence of|witnessed by|hosted by|sponsored by|backed by|organi[sz]ed by|under the auspices of)"
    r"\s+(?:the\s+)?(?:[A-Z][\w&.-]*\s+)*?$"
)

# … signed the deal, with executives from A, B and C in attendance: witnesses, no parties
ONLOOKERS = re.compile(
    r"\bwith\s+(?:[\w-]+\s+){0,3}?(?:from|of)\s+(.+?)\s+(?:in attendance|attending|present|looking on)\b"
)

# The MOU … was signed on March 4 by A, B and C: the parties follow "by"
PASSIVE = re.compile(r"\b(?:was|were|been|be)\s+(?:\w+\s+)?signed\b[^.;]*?\bby\s+")

_VERB = (
    r"(?:(?:have|has|had|jointly|officially|formally|recently|also|will)\s+)*"
    r"(?:signed|signs|inked|inks|concluded|concludes|entered into|enter into|enters into|sign)\b"
)
_SUBJECT_END = re.compile(rf"\s+{_VERB}")


def subject_parties(sent: str) -> list[tuple[int, int]]:
    """The bodies written as the subject of "signed": the run of names (with their
    parentheses) just before the verb, split at commas and "and"."""
    m = _SUBJECT_END.search(sent)
    if m is None:
        return []
    head = sent[: m.start()]
    # blank out parentheses, keeping offsets: YU (President Noh …) and KITA (…)
    flat = re.sub(r"\([^()]*\)", lambda p: " " * len(p.group()), head)
    run = re.search(r"((?:[A-Z][\w&.’'-]*|of|for|and|the|&|,|\s)+)$", flat)
    if run is None:
        return []
    out = []
    base = run.start(1)
    for part in re.finditer(r"[^,]+", flat[base:]):
        for item in re.split(r"\s+and\s+", part.group()):
            text = item.strip()
            text = re.sub(r"^(?:[Tt]he|and)\s+", "", text)
            if not text or not text[0].isupper():
                continue
            a = base + part.start() + part.group().find(text)
            out.append((a, a + len(text)))
    return out


def parties_of(sent: str, orgs: list[tuple[T, int, int]]) -> list[T]:
    """The bodies of a signing sentence that are its parties: not what the agreement is for
    ("an MOU for the operation of the X Council") nor its onlookers ("with executives from X in
    attendance"), not a body only named as another's owner
    (X's Center for …), and in "The MOU was signed … by A and B" only those after "by" or
    in a "between" list."""
    purpose = purpose_spans(sent) + [m.span(1) for m in ONLOOKERS.finditer(sent)]
    passive = PASSIVE.search(sent)
    listed = [m.span(1) for m in re.finditer(r"\b(?:between|among|amongst)\s+(.+?)(?=\s+(?:was|were)\b|[.;]|$)", sent)]
    starts = {a for _, a, _ in orgs}
    out = []
    for e, a, b in orgs:
        if a < b and any(x <= a < y for x, y in purpose):
            continue
        if (own := re.match(r"['’]s\s+", sent[b:])) and b + own.end() in starts:
            continue
        if NOT_PARTY_BEFORE.search(sent, 0, a):  # a subsidiary of X, in the presence of X's minister
            continue
        if passive and a < b and a < passive.end() and not any(x <= a < y for x, y in listed):
            continue
        out.append(e)
    return out


def sets_up(sent: str, a: int) -> bool:
    """Is the body at `a` what the agreement sets up or runs (an MOU for the operation of the
    X Council): a programme of the agreement, not a party."""
    return any(
        x <= a < y
        and re.search(r"\b(?:operation|establishment|creation|launch|formation) of (?:the |a |an )?$", sent[:a])
        for x, y in purpose_spans(sent)
    )


ADJECTIVE_PAIR = re.compile(r"[A-Z][\w.]*(?:-[A-Z][\w.]*)+\s+[a-z]")  # Seoul-Tokyo relations, Korea-Japan ties
KOREA = re.compile(r"(?:South\s+)?Korea|(?:the\s+)?Republic\s+of\s+Korea")


def plain_party(text: str) -> bool:
    """A company named without an organisation word as the subject of "signed" (Naver and
    Kakao signed …, Vietnam Electricity signed …): one to three capitalised words, none a title,
    calendar or function word, a country only as the first of several."""
    words = text.split()
    allowed = ORG_SECTORS.keys() | {"Korea", "National", "Global"} | (COUNTRIES if len(words) > 1 else set())
    return (
        len(words) <= 3
        and all(re.fullmatch(r"[A-Z][\w&.’'-]*", w) for w in words)
        and not any((w in NOT_NAME_WORDS and w not in allowed) or TITLE_RX.fullmatch(w) for w in words)
        and not re.search(r"[’']s$", text)
    )


def headlines(text: str, segments: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines before the first sentence (title, subtitles): title case names phrases there
    (Integration of Administration, Education, and Research) that are no body."""
    heads = []
    for a, b in segments:  # a paragraph of sentences with its credit glued on (….Yonhap) is no title
        if SENTENCE_END.search(text[a:b]) or _BREAK.search(text, a, b):
            break
        heads.append((a, b))
    return heads


def compound_start(sent: str, at: int) -> int:
    """Where the hyphenated compound holding position `at` begins (Seoul-Tokyo: at Seoul)."""
    while at > 0 and (sent[at - 1].isalnum() or sent[at - 1] in "-."):
        at -= 1
    return at
