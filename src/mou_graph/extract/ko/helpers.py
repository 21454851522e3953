"""Small functions on Korean sentence text and tokens: quotes, counts, titles, venues, days."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ...model import Kind, Sector, partial_date
from .. import korean
from .lexicon import (
    AGREEMENT_WORD,
    AMOUNT,
    BARE_AGREEMENT,
    DAY,
    GENERIC_ITEMS,
    LIST_HEADS,
    LIST_QUALIFIERS,
    QUOTES,
    STOP_BEFORE_ORG,
    TIME_OF_DAY,
)

if TYPE_CHECKING:
    from .tokens import SentenceFacts, Tok


def _proper(text: str) -> bool:
    """A word as a name's start: not only dictionary common nouns and their affixes (경주,
    포항제철; not 채용, 모집, 맞춤형, 활성화)."""
    return bool(korean.HANGUL.search(text) or text.isascii()) and not korean.common_word(text)


def normalise(s: str) -> str:
    return re.sub(r"[\s·ㆍ‧・\-_.,'\"‘’“”()\[\]]", "", s).lower()


def _sector_for_title(title: str) -> Sector:
    if re.search(r"총장|학장|교수", title):
        return Sector.ACADEMIA
    if re.search(r"군수|시장|지사|구청장|청장|장관", title):
        return Sector.GOVERNMENT
    return Sector.INDUSTRY


def _list_end(toks: list[Tok], i: int) -> int | None:
    """The last item of a list that toks[i] closes: i itself, or the word before 등 in
    `A, B 등이` and `A, B 등 15개 기관이` (None when nothing stands before 등)."""
    k = i
    while k > 0 and toks[k].stem != "등" and _generic_item(toks[k].stem) and not toks[k].sep.strip():
        if toks[k - 1].particle:
            return i
        k -= 1
    if toks[k].stem != "등" or (k < i and toks[k].particle):
        return i
    if toks[k].sep.strip() or k == 0 or toks[k - 1].particle:
        return None
    return k - 1


def _generic_item(stem: str) -> bool:
    """기관, 15개 기관, 관계자, 등: words that count or qualify the parties, not name one."""
    stem = re.sub(r"^(?:총\s?)?\d+\s?(?:개\s?)?", "", stem)
    return not stem or stem in LIST_HEADS or stem in GENERIC_ITEMS or stem == "등"


def _count(text: str) -> int | None:
    m = re.search(r"(\d+)\s*개\s*(?:기업|사|회원사|업체|기관)", text)
    return int(m.group(1)) if m else None


def _list_head(toks: list[Tok], last: int) -> Sector | None | bool:
    """What the words after a list's last item say its items are: … 등 5개 기업 (industry),
    … 등 3개 대학 (academia), … 등 기관 (None: bodies of any sector); False when no head follows."""
    k = last + 1
    if k < len(toks) and toks[k].stem == "등":
        if toks[k].particle:
            return False  # A, B 등이: no head
        k += 1
    elif toks[last].particle != "등":
        return False
    for m in range(k, min(len(toks), k + 3)):
        stem = re.sub(r"^\d+개\s?", "", toks[m].stem)
        head = stem if stem in LIST_HEADS else next((h for h in LIST_HEADS if stem.endswith(h) and len(h) > 1), None)
        if head is not None:  # 등 5개 기업, 등 10개 양성기관
            return LIST_HEADS[head]
        if not re.fullmatch(r"\d+(?:개|곳|개사)|관련|" + LIST_QUALIFIERS, toks[m].stem):
            break
    return False


def _project_group(toks: list[Tok], i: int) -> int | None:
    """The index of a 사업단 that ends the words from i on (LINC 3.0 사업단, RISE사업단), if any."""
    for k in range(i, min(len(toks), i + 3)):
        t = toks[k]
        if k > i and (t.sep.strip() or toks[k - 1].particle):
            return None
        if t.stem.endswith("사업단"):
            return k
    return None


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    out = []
    for m in re.finditer(r"[‘'“\"「『]([^‘’'“”\"「」『』\n]{2,80})[’'”\"」』]", korean.mend_quotes(text)):
        out.append((m.start(1), m.end(1)))
    return out


def _unquoted(text: str) -> str:
    """The sentence with quoted passages blanked (keeps offsets)."""
    return re.sub(r"[‘“\"「『][^’”\"」』\n]*[’”\"」』]", lambda m: " " * len(m.group()), korean.mend_quotes(text))


def _inside(pos: int, spans: list[tuple[int, int, Kind]]) -> bool:
    return any(a <= pos < b for a, b, _ in spans)


def _quoted_title(text: str) -> tuple[str, int, int] | None:
    for a, b in _quoted_spans(text):
        inner = text[a:b].strip()
        if AGREEMENT_WORD.search(inner) and len(inner) >= 4:
            return inner, a, b
    return None


def _unquoted_title(s: SentenceFacts) -> tuple[str, tuple[int, int]] | None:
    """…을 위한 업무협약을 체결했다: the noun phrase that ends in 협약."""
    toks = s.toks
    for i, tok in enumerate(toks):
        if not AGREEMENT_WORD.search(tok.stem) or tok.quoted:
            continue
        j = i
        while j > 0:
            prev = toks[j - 1]
            if prev.entity is not None and prev.particle in {"와", "과", "는", "은", "이", "가"}:
                break
            if prev.particle in {"는", "은", "이", "가", "에서", "에서는"} or DAY.fullmatch(prev.stem):
                break
            if prev.sep.strip() in {",", "·"} and prev.entity is not None:
                break
            if prev.particle in {"와", "과"} and (
                prev.entity is not None or prev.org_strong or re.search(r"\d|기업|기관", prev.stem)
            ):
                break  # …, B와 협약 / 기업 10곳과 가족회사 협약: the parties end where the title starts
            if prev.stem in STOP_BEFORE_ORG - {"위해", "통해"} and prev.stem not in {"위한"}:
                break
            if korean.ends_clause(prev.word.text):
                break  # 출범식을 갖고 업무협약: a clause ends before the title
            if (
                prev.depth
                or ")" in toks[j].sep
                or AMOUNT.search(prev.stem)
                or prev.stem in {"규모", "간", "사이", "가운데"}
            ):
                break
            if toks[j].sep.strip() and toks[j].sep.strip() not in {"·"}:
                break
            j -= 1
        a, b = toks[j].word.start, tok.stem_end
        title = s.text[a - s.start : b - s.start]
        if j < i or len(title) > 6 or normalise(title) not in BARE_AGREEMENT:
            return title, (a, b)  # 투자협약 and 상생협약 say more than 업무협약
        return None
    return None


def _venue(s: SentenceFacts) -> str | None:
    """포항 라한호텔에서 → 포항 라한호텔: the place before 에서, not the event or a body's act."""
    toks = s.toks
    for i, tok in enumerate(toks):
        if tok.particle not in {"에서", "에서는"} or tok.quoted or tok.depth:
            continue
        if tok.stem == tok.particle and (close := tok.sep.strip()) in QUOTES.values():
            # 과천시 ‘렛츠런파크 서울’에서: the quoted name is the place
            before = s.text[: tok.word.start - s.start].rstrip()[: -len(close)]
            opening = max(before.rfind(q) for q, c in QUOTES.items() if c == close)
            return before[opening + 1 :].strip() or None if opening >= 0 else None
        if re.search(r"(?:협약식|행사|자리|회의|월례회|협약)$", tok.stem):
            continue
        if tok.entity is not None and tok.entity.kind is Kind.ORGANISATION and not tok.entity.sector:
            continue
        if tok.org is not None and tok.org.category in {"ministry", "agency"}:
            continue
        j = i
        while j > 0:
            prev = toks[j - 1]
            if (
                prev.particle
                or DAY.fullmatch(prev.stem)
                or prev.stem in STOP_BEFORE_ORG
                or prev.stem.endswith("일")
                or TIME_OF_DAY.fullmatch(prev.stem)
            ):
                break
            if toks[j].sep.strip():
                break
            j -= 1
        return s.text[toks[j].word.start - s.start : tok.stem_end - s.start]
    return None


def _partial_day(m: re.Match[str]) -> str | None:
    """지난 1일 / 3월 4일 with nothing to place the year: `---01` / `--03-04` (XML Schema's gDay
    and gMonthDay), so a report without a publication date can still be compared by its day."""
    if m.group("y"):
        return None
    return partial_date(int(m.group("d")), int(m.group("m")) if m.group("m") else None)


def _resolve_day(m: re.Match[str], published: str | None) -> str | None:
    """21일 / 지난 21일 / 3월 21일 against the publication date; None when the year is unknown."""
    day = int(m.group("d"))
    if m.group("y") and m.group("m"):
        try:
            return date(int(m.group("y")), int(m.group("m")), day).isoformat()
        except ValueError:
            return None
    if not published:
        return None
    pub = date.fromisoformat(published)
    before = m.string[max(0, m.start() - 6) : m.start()]
    coming = bool(re.search(r"오는\s*$", before))  # 오는 25일: the day to come
    try:
        if m.group("m"):
            month = int(m.group("m"))
            later = month > pub.month if not coming else month < pub.month
            year = pub.year + (1 if coming and later else -1 if later else 0)
            return date(year, month, day).isoformat()
        if re.search(r"지난\s*달\s*$", before):  # 지난달 10일: last month's, whatever the day
            return (pub.replace(day=1) - timedelta(days=1)).replace(day=day).isoformat()
        if coming and day < pub.day:  # 오는 2일, written on the 22nd: next month's
            return (pub.replace(day=28) + timedelta(days=4)).replace(day=day).isoformat()
        if day <= pub.day or coming:
            return pub.replace(day=day).isoformat()
        prev = pub.replace(day=1) - timedelta(days=1)
        return prev.replace(day=day).isoformat()
    except ValueError:
        return None
