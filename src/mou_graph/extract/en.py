"""English extraction: the same facts from English-language agreement news (Yonhap style).

Simpler than the Korean rules: capitalised names ending in an organisation word or known
to the gazetteer, "X signed … agreement with A, B and C", "Name, Title of Org" and
"Org Title Name" for people, the dateline for dates.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from ..ingest.clean import SENTENCE_END, valid_date
from ..model import Entity, Kind, RelType, Sector
from .gazetteer import Gazetteer
from .registry import Registry

_CAP = r"(?:[A-Z][\w&.'’-]*|of|and|for|the|&)"
ORG_WORDS = (
    r"University|Institute|Agency|Corp\.|Corporation|Co\.|Group|Foundation|Association|Ministry|"
    r"Province government|City government|government|Council|Center|Centre|Authority|Service|Administration|"
    r"Technopark|Bank|Electronics|Energy|Chemical|Motor|Motors|Industries|Holdings|Federation|Commission"
)
ORG_RX = re.compile(rf"\b(?:[Tt]he\s+)?((?:[A-Z][\w&'’-]*\s+)(?:{_CAP}\s+){{0,5}}?(?:{ORG_WORDS}))(?![\w-])")
# Hyundai Motor Group, Samsung Electronics Co.: an organisation word may follow another
ORG_MORE = re.compile(rf"(?:\s+(?:{ORG_WORDS}))+(?![\w-])")
# Korea Institute of Energy Research: the heads that take an "of" and a name after it
OF_HEADS = re.compile(
    r"(?:University|Institute|Ministry|Association|Federation|Agency|Bank|Council|Foundation|Commission)$"
)
OF_TAIL = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)*")
CITY_OF = re.compile(r"\bthe city of ([A-Z][a-z]+)")
# signed an investment agreement / a memorandum of understanding (MOU): what kind, as written
AGREEMENT_KIND = re.compile(
    r"\b(?:signed|sign|inked|concluded)\s+(?:an?|the|their)?\s*((?:[a-z-]+\s+){0,2}?"
    r"(?:agreement|memorandum of understanding|MOU|memorandum))",
    re.I,
)
SIGNED = re.compile(r"\b(?:signed|sign|inked|concluded)\b[^.]*\b(?:agreement|MOU|memorandum)", re.I)
# signed … with A, B and C on Tuesday: the parties, up to the word that ends the list
WITH_LIST = re.compile(
    r"\bwith\s+(.+?)(?=\s+(?:on|to|in|for|at|over|under|that|which|aimed|as|last|this|Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday)\b|[.;:(]|$)"
)
NAMEISH = re.compile(r"[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|for|&))*")
TITLES = (
    r"President|Vice President|Mayor|Governor|Chairman|Chairwoman|CEO|Minister|Director|Professor|Dean|Chief Executive"
)
PLACE_TITLES = re.compile(r"Mayor|Governor")  # Busan Mayor: the head of the place's government
NAME = r"[A-Z][a-z]+(?: [A-Z][a-z]+(?:-[A-Za-z][a-z]+)?){1,2}"
PERSON_AFTER = re.compile(rf"\b({NAME}),\s+((?i:{TITLES}))\s+of\s+(?:the\s+)?([A-Z][\w ]+?)(?=[,.;]|$| /| and\b)")
PERSON_BEFORE = re.compile(
    rf"\b(?:(?P<org>[A-Z][\w&.’'-]+(?: [A-Z][\w&.’'-]+){{0,3}})\s+)?(?P<title>{TITLES})\s+(?P<name>{NAME})"
)
MONTHS = {
    m: i
    for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
DATELINE = re.compile(r"^[A-Z][A-Z .,]*,\s+([A-Z][a-z]{2})[a-z]*\.?\s+(\d{1,2})\s+\(", re.M)
ON_DATE = re.compile(r"\bOn\s+([A-Z][a-z]+)\.?\s+(\d{1,2})\b", re.I)
WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
VENUE = re.compile(
    r"\b(?:held at|at)\s+(?:the\s+)?((?:the university’s [^.;]+?)|[A-Z][\w&'’-]*"
    r"(?:\s+(?:[A-Z][\w&'’-]*|of|and|main|campus|headquarters|office|hall|building))*)(?=\s+in\s+|[.;,]|$|\s+[a-z])"
)
AMOUNT = re.compile(r"\d[\d.,]*\s(?:trillion|billion|million)[- ]won")
# what comes before a body that is only the place or the photo's source: held at the X, provided by X
BYSTANDER_BEFORE = re.compile(r"\b(?:at|provided by|courtesy of)\s+(?:the\s+)?$")


class EnglishExtractor:
    def __init__(self, gaz: Gazetteer, reg: Registry, published: str | None) -> None:
        self.gaz, self.reg, self.published = gaz, reg, published
        self._known = _latin_forms(gaz)

    def _org(self, name: str, start: int) -> Entity:
        stripped = re.sub(r"^[Tt]he\s+", "", name)
        start += len(name) - len(stripped)
        name = stripped
        body = self.gaz.lookup(name)
        if body is None and (plain := re.sub(r"\s+(?:provincial\s+|city\s+)?government$", "", name)) != name:
            body = self.gaz.lookup(plain)  # North Gyeongsang Province government is the province
        sector = body.sector if body else _sector(name)
        return self.reg.org(name, start, start + len(name), body=body, sector=sector)

    def _is_region(self, name: str) -> bool:
        body = self.gaz.lookup(name)
        return body is not None and body.is_region

    def _org_spans(self, sent: str) -> list[tuple[int, int]]:
        """Where the sentence names organisations: the longest reading wins where two overlap
        (Hyundai Motor Group over the gazetteer's Hyundai Motor)."""
        found: list[tuple[int, int]] = []
        pos = 0
        while m := ORG_RX.search(sent, pos):
            a, b = m.span(1)
            if more := ORG_MORE.match(sent, b):
                b = more.end()
            if OF_HEADS.search(sent[a:b]) and (tail := OF_TAIL.match(sent, b)):
                b = tail.end()
            pos = b
            if re.match(rf"(?:{TITLES})\b", sent[a:b]) or BYSTANDER_BEFORE.search(sent, 0, a):
                continue  # "President of …" is a title; "held at the …" is the place
            found.append((a, b))
        found += [(m.start(), m.end()) for m in self._known.finditer(sent)]
        found += [(m.start() + 4, m.end()) for m in CITY_OF.finditer(sent)]  # city of Pohang
        if SIGNED.search(sent) and (w := WITH_LIST.search(sent)):
            for part in re.finditer(r"[^,]+?(?=,\s*(?:and\s+)?|\s+and\s+|$)", w.group(1)):
                text = re.sub(r"^\s*(?:and\s+)?(?:[Tt]he\s+)?", "", part.group())
                a = w.start(1) + part.end() - len(text)
                if NAMEISH.fullmatch(text) and not WEEKDAY.fullmatch(text):
                    found.append((a, a + len(text)))
        kept: list[tuple[int, int]] = []
        for a, b in sorted(found, key=lambda s: (s[0] - s[1], s[0])):
            if all(b <= x or a >= y for x, y in kept):
                kept.append((a, b))
        return sorted(kept)

    def run(self, segments: list[tuple[int, int]]) -> None:
        text = self.reg.article.text
        agreement: Entity | None = None
        for s_start, s_end in self.reg.sentences:
            if not any(a <= s_start < b for a, b in segments):
                continue
            sent = text[s_start:s_end]
            orgs = [(self._org(sent[a:b], s_start + a), a, b) for a, b in self._org_spans(sent)]
            for m in PERSON_AFTER.finditer(sent):
                p = self.reg.person(m.group(1), s_start + m.start(1), s_start + m.end(1))
                title = m.group(2)[0].upper() + m.group(2)[1:]
                p.title = p.title or title
                org = next((e for e, a, _ in orgs if a == m.start(3)), None)
                org = org or self.reg.find(Kind.ORGANISATION, m.group(3)) or self._org(m.group(3), s_start + m.start(3))
                self.reg.relate(RelType.HOLDS_POSITION, p, org, (s_start, s_end), title=title)
            for m in PERSON_BEFORE.finditer(sent):
                p = self.reg.person(m.group("name"), s_start + m.start("name"), s_start + m.end("name"))
                p.title = p.title or m.group("title")
                if m.group("org"):
                    org = next((e for e, _, b in orgs if b == m.end("org")), None)
                    org = org or self.reg.find(Kind.ORGANISATION, m.group("org"))
                    if org is None and (
                        re.search(r"Group|Corp|University", m.group("org"))
                        or (PLACE_TITLES.fullmatch(m.group("title")) and self._is_region(m.group("org")))
                    ):
                        org = self._org(m.group("org"), s_start + m.start("org"))
                    if org is not None:
                        self.reg.relate(RelType.HOLDS_POSITION, p, org, (s_start, s_end), title=m.group("title"))
            if SIGNED.search(sent) and orgs:
                if agreement is None:
                    kind = AGREEMENT_KIND.search(sent)
                    name, a, b = (kind.group(1), *kind.span(1)) if kind else ("agreement", 0, 0)
                    agreement = self.reg.other(Kind.AGREEMENT, name, s_start + a, s_start + b)
                    agreement.date = self._date(sent)
                    if v := VENUE.search(sent):
                        agreement.venue = re.sub(r"^the\s+(?=[A-Z])", "", v.group(1))
                subject = re.match(r"\s*([A-Z][\w&]+(?: [A-Z][\w&]+)?)\s+(?:signed|has signed)", sent)
                if subject and not any(e.name == subject.group(1) for e, _, _ in orgs):
                    orgs.append((self._org(subject.group(1), s_start + subject.start(1)), 0, 0))
                for e, _, _ in orgs:
                    self.reg.relate(RelType.SIGNED, e, agreement, (s_start, s_end))
            elif (
                agreement is not None
                and agreement.venue is None
                and re.search(r"ceremony|signing", sent)
                and (v := VENUE.search(sent))
            ):
                agreement.venue = re.sub(r"^the\s+(?=[A-Z])", "", v.group(1))
            if (
                agreement is not None
                and agreement.amount is None
                and re.search(r"agreement|MOU|memorandum|deal", sent)
                and (a := AMOUNT.search(sent))
            ):
                agreement.amount = a.group()
        heads = _headlines(text, segments)
        self.reg.drop_bystanders(
            lambda m: BYSTANDER_BEFORE.search(text, 0, m.start) is not None or any(a <= m.start < b for a, b in heads)
        )

    def _date(self, sent: str) -> str | None:
        """On March 12; else Tuesday, the last one on or before the dateline (or publication);
        else the dateline itself."""
        reference = self._dateline()
        year = (reference or self.published or "")[:4]
        m = ON_DATE.search(sent)
        if m and year and m.group(1)[:3].lower() in MONTHS:
            return _month_day(year, m.group(1), m.group(2))
        day = WEEKDAY.search(sent)
        anchor = reference or self.published
        if day and anchor:
            try:
                ref = date.fromisoformat(anchor[:10])
            except ValueError:
                return reference
            back = (ref.weekday() - WEEKDAYS.index(day.group(1).lower())) % 7
            return (ref - timedelta(days=back)).isoformat()
        return reference

    def _dateline(self) -> str | None:
        m = DATELINE.search(self.reg.article.text)
        return _month_day((self.published or "")[:4], m.group(1), m.group(2)) if m else None


def _month_day(year: str, month: str, day: str) -> str | None:
    """2026, Mar (or March), 12 → 2026-03-12; None without a year or a month."""
    number = MONTHS.get(month[:3].lower())
    return valid_date(year, str(number), day) if year and number else None


def _headlines(text: str, segments: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines before the first sentence (title, subtitles): title case names phrases there
    (Integration of Administration, Education, and Research) that are no body."""
    heads = []
    for a, b in segments:
        if SENTENCE_END.search(text[a:b]):
            break
        heads.append((a, b))
    return heads


@lru_cache(maxsize=4)
def _latin_forms(gaz: Gazetteer) -> re.Pattern[str]:
    """Every Latin-script short form of a known body, as one pattern (longest first); built
    once per gazetteer. Places and outlets are left out: datelines and locations name them far
    more often than parties do."""
    forms = []
    for f in gaz.forms():
        body = gaz.lookup(f) if f.isascii() and len(f) >= 2 else None
        if body is not None and not body.is_region and body.sector is not Sector.MEDIA:
            forms.append(re.escape(f))
    if not forms:
        return re.compile(r"(?!)")  # matches nothing
    return re.compile(r"(?<![\w&])(?:" + "|".join(forms) + r")(?![\w&])")


def _sector(name: str) -> Sector:
    if re.search(r"University|College|School", name):
        return Sector.ACADEMIA
    if re.search(r"Institute", name):
        return Sector.RESEARCH
    if re.search(r"government|Ministry|Agency|Authority|Administration|Province|City|Council|Technopark", name, re.I):
        return Sector.GOVERNMENT
    return Sector.INDUSTRY
