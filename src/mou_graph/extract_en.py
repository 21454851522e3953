"""English extraction: the same facts from English-language agreement news (Yonhap style).

Simpler than the Korean rules: capitalised names ending in an organisation word or known
to the gazetteer, "X signed … agreement with A, B and C", "Name, Title of Org" and
"Org Title Name" for people, the dateline for dates.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from .gazetteer import Gazetteer
from .model import Entity, Kind, RelType, Sector
from .registry import Registry

_CAP = r"(?:[A-Z][\w&.'-]*|of|and|for|the|&)"
ORG_RX = re.compile(
    rf"\b(?:the\s+)?((?:[A-Z][\w&'-]*\s+)(?:{_CAP}\s+){{0,5}}?"
    r"(?:University|Institute|Agency|Corp\.|Corporation|Co\.|Group|Foundation|Association|Ministry|"
    r"Province government|City government|government|Council|Center|Centre|Authority|Service|Administration|"
    r"Technopark|Bank|Electronics|Energy|Chemical|Motor|Motors|Industries|Holdings))"
)
CITY_OF = re.compile(r"\bthe city of ([A-Z][a-z]+)")
SIGNED = re.compile(r"\b(?:signed|sign|inked|concluded)\b[^.]*\b(?:agreement|MOU|memorandum)", re.I)
TITLES = (
    r"President|Vice President|Mayor|Governor|Chairman|Chairwoman|CEO|Minister|Director|Professor|Dean|Chief Executive"
)
PERSON_AFTER = re.compile(
    rf"\b([A-Z][a-z]+(?:[ -][A-Z][a-z]+){{1,2}}),\s+({TITLES})\s+of\s+([A-Z][\w ]+?)(?=[,.;]|$| /)"
)
PERSON_BEFORE = re.compile(
    rf"\b(?:(?P<org>[A-Z][\w&]+(?: [A-Z][\w&]+){{0,3}})\s+)?(?P<title>{TITLES})\s+(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+(?:-[a-z]+)?){{1,2}})"
)
MONTHS = {
    m: i
    for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)
}
DATELINE = re.compile(r"^[A-Z ,]+,\s+([A-Z][a-z]{2})[a-z]*\.?\s+(\d{1,2})\s+\(")
ON_DATE = re.compile(r"\bOn\s+([A-Z][a-z]+)\s+(\d{1,2})\b")
VENUE = re.compile(r"\b(?:held at|at)\s+(the\s+[A-Z][^,.;(]+?|the university’s [^.;]+?)(?=\s+in\s+|[.;]|,\s+[a-z])")


# what comes before a body that is only the place or the photo's source: held at the X, provided by X
BYSTANDER_BEFORE = re.compile(r"\b(?:at|provided by|courtesy of)\s+(?:the\s+)?$")


class EnglishExtractor:
    def __init__(self, gaz: Gazetteer, reg: Registry, published: str | None) -> None:
        self.gaz, self.reg, self.published = gaz, reg, published
        self._known = _latin_forms(gaz)

    def _org(self, name: str, start: int) -> Entity:
        stripped = re.sub(r"^the\s+", "", name)
        start += len(name) - len(stripped)
        name = stripped
        body = self.gaz.lookup(name)
        if body is None and (plain := re.sub(r"\s+(?:provincial\s+|city\s+)?government$", "", name)) != name:
            body = self.gaz.lookup(plain)  # North Gyeongsang Province government is the province
        sector = body.sector if body else _sector(name)
        return self.reg.org(name, start, start + len(name), body=body, sector=sector)

    def run(self, segments: list[tuple[int, int]]) -> None:
        text = self.reg.article.text
        agreement: Entity | None = None
        for s_start, s_end in self.reg.sentences:
            if not any(a <= s_start < b for a, b in segments):
                continue
            sent = text[s_start:s_end]
            orgs: list[tuple[Entity, int]] = []
            for m in ORG_RX.finditer(sent):
                if re.match(rf"(?:{TITLES})\b", m.group(1)):
                    continue  # "President of Kyungpook National University" is a title and a body
                if BYSTANDER_BEFORE.search(sent, 0, m.start(1)):
                    continue  # signed … at the Busan Exhibition and Convention Center: the place
                orgs.append((self._org(m.group(1), s_start + m.start(1)), m.start(1)))
            for m in CITY_OF.finditer(sent):
                orgs.append((self._org(m.group(0)[4:], s_start + m.start() + 4), m.start()))
            for m in self._known.finditer(sent):  # L&F, KAIST, POSTECH: Latin forms the gazetteer knows
                orgs.append((self._org(m.group(), s_start + m.start()), m.start()))
            for m in PERSON_AFTER.finditer(sent):
                p = self.reg.person(m.group(1), s_start + m.start(1), s_start + m.end(1))
                p.title = p.title or m.group(2)
                org = self.reg.find(Kind.ORGANISATION, m.group(3)) or self._org(m.group(3), s_start + m.start(3))
                self.reg.relate(RelType.HOLDS_POSITION, p, org, (s_start, s_end), title=m.group(2))
            for m in PERSON_BEFORE.finditer(sent):
                p = self.reg.person(m.group("name"), s_start + m.start("name"), s_start + m.end("name"))
                p.title = p.title or m.group("title")
                if m.group("org"):
                    org = self.reg.find(Kind.ORGANISATION, m.group("org"))
                    if org is None and re.search(r"Group|Corp|University", m.group("org")):
                        org = self._org(m.group("org"), s_start + m.start("org"))
                    if org is not None:
                        self.reg.relate(RelType.HOLDS_POSITION, p, org, (s_start, s_end), title=m.group("title"))
            if SIGNED.search(sent) and orgs:
                if agreement is None:
                    agreement = self.reg.other(Kind.AGREEMENT, "agreement", 0, 0)
                    agreement.date = self._date(sent) or self._dateline()
                    if v := VENUE.search(sent):
                        agreement.venue = re.sub(r"^the\s+(?=[A-Z])", "", v.group(1))
                    if a := re.search(r"\d[\d.,]*\s(?:trillion|billion|million)[- ]won", sent):
                        agreement.amount = a.group()
                subject = re.match(r"\s*([A-Z][\w&]+(?: [A-Z][\w&]+)?)\s+(?:signed|has signed)", sent)
                if subject and not any(e.name == subject.group(1) for e, _ in orgs):
                    orgs.append((self._org(subject.group(1), s_start + subject.start(1)), subject.start(1)))
                for e, _ in orgs:
                    self.reg.relate(RelType.SIGNED, e, agreement, (s_start, s_end))
            elif (
                agreement is not None
                and agreement.venue is None
                and re.search(r"ceremony|signing", sent)
                and (v := VENUE.search(sent))
            ):
                agreement.venue = re.sub(r"^the\s+(?=[A-Z])", "", v.group(1))
        heads = _headlines(text, segments)
        self.reg.drop_bystanders(
            lambda m: BYSTANDER_BEFORE.search(text, 0, m.start) is not None or any(a <= m.start < b for a, b in heads)
        )

    def _date(self, sent: str) -> str | None:
        m = ON_DATE.search(sent)
        if m and self.published and m.group(1)[:3].lower() in MONTHS:
            year = int(self.published[:4])
            try:
                return date(year, MONTHS[m.group(1)[:3].lower()], int(m.group(2))).isoformat()
            except ValueError:
                return None
        return None

    def _dateline(self) -> str | None:
        m = DATELINE.search(self.reg.article.text)
        if m and self.published and m.group(1)[:3].lower() in MONTHS:
            try:
                return date(int(self.published[:4]), MONTHS[m.group(1)[:3].lower()], int(m.group(2))).isoformat()
            except ValueError:
                return None
        return None


def _headlines(text: str, segments: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines before the first sentence (title, subtitles): title case names phrases there
    (Integration of Administration, Education, and Research) that are no body."""
    heads = []
    for a, b in segments:
        if re.search(r"[.!?][”\"')]*\s*$", text[a:b]):
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
