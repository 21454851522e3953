"""English extraction: the same facts from English-language agreement news (Yonhap style).

Simpler than the Korean rules: capitalised names ending in an organisation word or known
to the gazetteer, "X signed … agreement with A, B and C", "Name, Title of Org" and
"Org Title Name" for people, the dateline for dates.
"""

from __future__ import annotations

import difflib
import re
from functools import lru_cache

from ..ingest.clean import SENTENCE_END
from ..model import Entity, Kind, RelType, Sector
from .en_dates import dateline, english_date
from .en_lexicon import (
    _CORE,
    _LEVELS,
    _SIGN,
    ACADEMIC_TITLES,
    ACRONYM_AFTER,
    AGREEMENT_KIND,
    AGREEMENT_WORDS,
    AMOUNT,
    BYLINE,
    BYSTANDER_BEFORE,
    CITY_OF,
    COUNTRIES,
    FROM_BODY,
    GOVERNMENT_TITLES,
    HEADS_AS_PARTIES,
    NAME,
    NAMEISH,
    NOT_NAME_WORDS,
    NOT_ORG,
    OF_HEAD_START,
    OF_HEADS,
    OF_TAIL,
    ORG_MORE,
    ORG_RX,
    ORG_SECTORS,
    ORG_WORDS,
    PARTY_PEOPLE,
    PERSON_APPOSITION,
    PERSON_BEFORE,
    PERSON_LIST,
    PLACE_BEFORE,
    PLANNED_BEFORE,
    PROGRAMME_RX,
    REGION_FORM,
    REPRESENTATIVES_OF,
    RUN,
    SIGNED,
    TITLE_ANYCASE,
    TITLE_RX,
    TITLES,
    VENUE,
    WEEKDAY,
    WITH_LIST,
    _core_key,
    _romanised_regions,
    _unique,
)
from .en_text import PASSIVE, purpose_spans, subject_parties
from .gazetteer import Gazetteer
from .registry import Registry


class EnglishExtractor:
    def __init__(self, gaz: Gazetteer, reg: Registry, published: str | None) -> None:
        self.gaz, self.reg, self.published = gaz, reg, published
        self._known = _latin_forms(gaz)
        self._regions = _romanised_regions(gaz)
        self._guessed: set[str] = set()  # organisations whose sector no word of their name gave

    def _body(self, name: str):
        """The gazetteer's body for an English form: its English names, else a Korean region
        under its romanised name (Gyeongju-si, City of Yeongcheon, Chungnam Province)."""
        body = self.gaz.lookup(name)
        if (
            body is None
            and (plain := re.sub(r"\s+(?:provincial\s+|city\s+)?government$", "", name, flags=re.I)) != name
        ):
            body = self.gaz.lookup(plain)  # North Gyeongsang Province government is the province
        return body or self._region(name)

    def _region(self, name: str, bare: bool = True):
        m = REGION_FORM.fullmatch(name)
        if m:
            core = m.group("core1") or m.group("core2")
            level = (m.group("level") or "").strip("- ").lower().replace(" province", "")
            if m.group("core1"):
                level = name.split()[0].lower()
            key = _core_key(core)
            if key not in self._regions and len(key) >= 8:  # Gyeonsangbuk-do: one letter dropped
                close = difflib.get_close_matches(key, self._regions, n=2, cutoff=0.92)
                key = close[0] if len(close) == 1 else key
            return _unique(self._regions.get(key, []), _LEVELS.get(level, ()))
        if bare and re.fullmatch(_CORE, name):
            return _unique(self._regions.get(_core_key(name), []), ())
        return None

    def _org(self, name: str, start: int) -> Entity:
        stripped = re.sub(r"^[Tt]he\s+", "", name)
        if (poss := re.match(r"^(.+?)['’]s\s+", stripped)) and (
            poss.group(1).split()[0] in NOT_ORG
            or poss.group(1) in COUNTRIES
            or self._region(poss.group(1))
            or poss.group(1).endswith("Korea")
        ):
            stripped = stripped[poss.end() :]  # South Korea's Ulsan National Institute …
        start += len(name) - len(stripped)
        name = stripped
        body = self._body(name)
        evidence = None if body else self._owner_sector(name) or _sector(name)
        entity = self.reg.org(name, start, start + len(name), body=body, sector=evidence or Sector.INDUSTRY)
        if evidence is not None and entity.id in self._guessed:
            entity.sector = evidence  # UNSW, then University of New South Wales: the word decides
        if body is None and evidence is None and entity.sector is Sector.INDUSTRY:
            self._guessed.add(entity.id)
        elif evidence is not None or body is not None:
            self._guessed.discard(entity.id)
        return entity

    def _owner_sector(self, name: str) -> Sector | None:
        """A unit named after its university (HUFS Institute of EU Studies) is academia, as
        its university is; other owners' units keep their own word's sector."""
        m = self._known.match(name)
        if m and m.end() < len(name) and (owner := self.gaz.lookup(m.group())) and owner.sector is Sector.ACADEMIA:
            return Sector.ACADEMIA
        return None

    def _org_like(self, text: str) -> bool:
        """Does this phrase name a body on its own evidence: known, a region's form, an
        organisation word at its end, or an acronym (KAIST, DGFEZ)?"""
        text = re.sub(r"^[Tt]he\s+", "", text)
        return bool(
            self._body(text)
            or REGION_FORM.fullmatch(text)
            or CITY_OF.fullmatch(text)
            or ORG_RX.fullmatch(text)
            or re.fullmatch(r"[A-Z][A-Z0-9&-]{1,9}", text)
            or (0, len(text)) in self._org_spans(text, [], lists=False)  # Yeongcheon Chamber of Commerce
        )

    def _org_spans(self, sent: str, names: list[tuple[int, int]], lists: bool = True) -> list[tuple[int, int]]:
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
            if t := re.search(rf"(?<![\w-]){TITLES}", sent[a:b]):
                pos = a + t.end()  # "President of Yeongcheon Chamber of Commerce": the body after the title
                continue
            if BYSTANDER_BEFORE.search(sent, 0, a) or sent[a:b].split()[0] in AGREEMENT_WORDS:
                continue  # "held at the …" is the place; "MOU for the … Council" is the agreement
            for j in re.finditer(r"\s+(and|of)\s+(?:the\s+)?", sent[a:b]):
                left = sent[a : a + j.start()]
                if _is_name(left) or (j.group(1) == "and" and self._body(left) and not ORG_RX.search(left)):
                    a += j.end()  # POSTECH and the Far Eastern Federal University; Hanafy Shima and …; CEO X of Y
                    break
            found.append((a, b))
        for m in OF_HEAD_START.finditer(sent):  # Center for Historical Astronomy, Institute of EU Studies
            if not re.search(r"(?<![’'])\b[A-Z][\w&-]*\s+$", sent[: m.start()]) and (
                tail := OF_TAIL.match(sent, m.end())
            ):
                found.append((m.start(), tail.end()))
        found += [(m.start(), m.end()) for m in self._known.finditer(sent)]
        found += [(m.start(), m.end()) for m in CITY_OF.finditer(sent)]  # City of San Diego
        for m in REGION_FORM.finditer(sent):
            if not PLACE_BEFORE.search(sent, 0, m.start()) and self._region(m.group(), bare=False):
                found.append(m.span())
        signing = lists and SIGNED.search(sent)
        for w in [WITH_LIST.search(sent), REPRESENTATIVES_OF.search(sent)] if signing else []:
            if w is None:
                continue
            previous = None
            for part in re.finditer(r"[^,]+?(?=,\s*(?:and\s+)?|\s+and\s+|$)", w.group(1)):
                lead = re.match(r"\s*(?:and\s+)?(?:[Tt]he\s+)?", part.group()).end()
                a = w.start(1) + part.start() + lead
                text = PARTY_PEOPLE.sub("", part.group()[lead:])
                if (
                    NAMEISH.fullmatch(text)
                    and not WEEKDAY.fullmatch(text)
                    and not TITLE_RX.search(text)
                    and (a, a + len(text)) not in names
                    and not _place_of(self._body(text), previous)  # Gimcheon City, North Gyeongsang Province
                ):
                    found.append((a, a + len(text)))
                previous = self._body(text) if NAMEISH.fullmatch(text) else None
        kept: list[tuple[int, int]] = []
        for a, b in sorted(found, key=lambda s: (s[0] - s[1], s[0])):
            if all(b <= x or a >= y for x, y in kept):
                kept.append((a, b))
        return sorted(kept)

    def _programmes(self, sent: str, s_start: int) -> list[tuple[int, int]]:
        spans = []
        for m in PROGRAMME_RX.finditer(sent):
            g = 1 if m.group(1) else 2
            a, b = m.span(g)
            name = re.sub(r"\s+\([A-Z][A-Za-z0-9&]+\)$", "", m.group(g))
            if (
                TITLE_RX.match(name)
                or name.split()[0] in NOT_NAME_WORDS - {"Korea", "National", "Global"}
                or re.search(r"\b(?:MOU|MoU|MOA|Signs?|Signed|Sign(?:ing)?)\b", name)  # a headline's verb phrase
            ):
                continue
            self.reg.other(Kind.PROGRAMME, name, s_start + a, s_start + a + len(name))
            spans.append((a, b))
        return spans

    def _people(self, sent: str) -> list[tuple[str, int, int, str | None, str | None, int]]:
        """Every named person with a title: (name, start, end, title, organisation text, its start)."""
        out: list[tuple[str, int, int, str | None, str | None, int]] = []
        taken: list[tuple[int, int]] = []
        for m in PERSON_BEFORE.finditer(sent):
            if not _is_name(m.group("name")):
                continue
            org, o_start = m.group("org2"), m.start("org2")
            if org:
                org = re.sub(r"\s+(?:of|and|the)$", "", org)
            else:
                org, o_start = m.group("org"), m.start("org")
                if org:
                    words = org.split()
                    while words and (words[0] in NOT_ORG or words[0].rstrip("'’s") in NOT_ORG):
                        o_start += len(words[0]) + 1
                        words = words[1:]
                    org = " ".join(words) or None
            title = m.group("title")
            words = org.split() if org and o_start < m.start("name") else []
            for k in range(len(words), 0, -1):  # "Executive Director Kim": the modifier is the title's
                if TITLE_RX.fullmatch(" ".join([*words[-k:], title])):
                    title = " ".join([*words[-k:], title])
                    org = " ".join(words[:-k]) or None
                    break
            out.append((m.group("name"), m.start("name"), m.end("name"), title, org, o_start))
            taken.append(m.span("name"))
        for m in PERSON_LIST.finditer(sent):  # HUFS professors A, B, and C
            org, o_start = m.group("org"), m.start("org")
            if org and (org.split()[0] in NOT_ORG or not self._org_like(org)):
                org, o_start = None, -1
            for n in re.finditer(NAME, m.group("names")):
                a = m.start("names") + n.start()
                if _is_name(n.group()) and not any(x <= a < y for x, y in taken):
                    out.append((n.group(), a, a + len(n.group()), m.group("title")[:-1], org, o_start))
                    taken.append((a, a + len(n.group())))
        pos = 0
        while m := PERSON_APPOSITION.search(sent, pos):
            pos = m.start("tail")  # the tail may hold the next person (…, KAIST President Kim …)
            if (
                not _is_name(m.group("name"))
                or any(a <= m.start("name") < b for a, b in taken)
                or re.search(r"\b(?:of|for|the|at|in)\s+$", sent[: m.start("name")])  # the City of San Diego, …
            ):
                continue
            parsed = self._in_parentheses(sent, m.end("name"))  # its offset is the sentence's
            if parsed is None and (parsed := self._title_org(m.group("tail"))) is not None:
                parsed = (parsed[0], parsed[1], m.start("tail") + parsed[2])
            if parsed is None:
                continue
            out.append((m.group("name"), m.start("name"), m.end("name"), *parsed))
        return out

    def _in_parentheses(self, sent: str, end: int) -> tuple[str, str | None, int] | None:
        """Name (Title of Unit, Body), Name (Title of Body): what the parentheses after a name
        say, the title as written even when no title list knows it (a typo, a rare office)."""
        m = re.match(r"\s*\(([^()]+)\)", sent[end:])
        if m is None:
            return None
        inside, base = m.group(1), end + m.start(1)
        if ", " in inside:
            title, org = inside.rsplit(", ", 1)
            if TITLE_ANYCASE.match(title) and self._org_like(org):
                return _cap(title), org, base + len(title) + 2
        t = re.fullmatch(r"([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}) (?:of|at) (?:the )?(.+)", inside)
        if t and not TITLE_ANYCASE.match(inside) and self._org_like(t.group(2)):
            return t.group(1), t.group(2), base + t.start(2)
        return None

    def _title_org(self, tail: str) -> tuple[str, str | None, int] | None:
        """Title and body of "Name, <tail>": "Deputy Governor of Economic Affairs of Gyeongsangbuk-do
        Province", "Gyeongju Mayor", "UNSW Vice-Chancellor and President", "CEO of …"."""
        tail = re.sub(r"(?:\s+(?:of|for|and|at|the|&))+$", "", tail)
        if TITLE_ANYCASE.match(tail):
            splits = [m for m in re.finditer(r"\s+(?:of|at)\s+(?:the\s+)?", tail)]
            for m in splits:
                rest = tail[m.end() :]
                if self._org_like(rest):
                    return _cap(tail[: m.start()]), rest, m.end()
            if splits:
                m = splits[-1]
                return _cap(tail[: m.start()]), tail[m.end() :], m.end()
            return _cap(tail), None, 0
        t = re.search(rf"\s({TITLES})", tail)
        if t is None:
            return None
        org = tail[: t.start()]
        if org.split()[0] in NOT_ORG:
            return None
        return tail[t.start(1) :], org, 0

    def _person_org(self, text: str, start: int, s_start: int, orgs: list[tuple[Entity, int, int]], explicit: bool):
        """The organisation a title names: one found in the sentence, one of the article, or a
        new one when the phrase names a body on its own evidence (or follows "of")."""
        org = next((e for e, a, b in orgs if a <= start and start + len(text) <= b), None)
        org = org or self.reg.find(Kind.ORGANISATION, text)
        if org is None and (explicit or self._org_like(text) or not _is_name(text)):
            org = self._org(text, s_start + start)
        return org

    def _parties(self, sent: str, orgs: list[tuple[Entity, int, int]]) -> list[Entity]:
        """The bodies of a signing sentence that are its parties: not what the agreement is for
        ("an MOU for the operation of the X Council"), not a body only named as another's owner
        (X's Center for …), and in "The MOU was signed … by A and B" only those after "by" or
        in a "between" list."""
        purpose = purpose_spans(sent)
        passive = PASSIVE.search(sent)
        listed = [
            m.span(1) for m in re.finditer(r"\b(?:between|among|amongst)\s+(.+?)(?=\s+(?:was|were)\b|[.;]|$)", sent)
        ]
        starts = {a for _, a, _ in orgs}
        out = []
        for e, a, b in orgs:
            if a < b and any(x <= a < y for x, y in purpose):
                continue
            if (own := re.match(r"['’]s\s+", sent[b:])) and b + own.end() in starts:
                continue
            if passive and a < b and a < passive.end() and not any(x <= a < y for x, y in listed):
                continue
            out.append(e)
        return out

    def _context_org(self, sent, s_start, n_a, org_text, o_start, orgs, previous) -> Entity | None:
        """The body a person's own words leave open, from around them: the parentheses after a
        body (KITA (…, Chairman Han …)), "… were present from YU" closing their list, or the
        person before them in a list ("KITA Executive Director A and Regional Director B")."""
        if org_text is None and (k := sent.rfind("(", 0, n_a)) >= 0 and ")" not in sent[k:n_a]:
            host = next((e for e, _, b in orgs if b <= k and not sent[b:k].strip()), None)
            if host is not None:
                return host
        start = o_start if org_text else n_a
        if (m := FROM_BODY.search(sent, start)) and not re.search(r",\s+while\b|;", sent[start : m.start()]):
            at = m.end()
            host = next((e for e, a, _ in orgs if a == at), None)
            if host is None and (w := re.match(rf"{RUN}", sent[at:])) and self._org_like(w.group()):
                host = self._org(w.group(), s_start + at)
                orgs.append((host, at, at + len(w.group())))
            if host is not None:
                return host
        n_b, before = previous
        if (
            before is not None
            and (org_text is None or not self._org_like(org_text))
            and re.fullmatch(r",?\s+(?:and\s+)?", sent[n_b:start])
        ):
            return before
        return None

    def _byline(self, text: str) -> None:
        """The reporter of an English byline line: "reporter Park Jee-won", "By Kim Byung-wook"."""
        for m in BYLINE.finditer(text):
            if _is_name(m.group("name")) and not self.reg.find(Kind.PERSON, m.group("name")):
                p = self.reg.person(m.group("name"), m.start("name"), m.end("name"))
                p.title = p.title or (m.group("title").lower() if m.group("title")[0] in "Rr" else None)

    def run(self, segments: list[tuple[int, int]]) -> None:
        text = self.reg.article.text
        self._byline(text)
        agreement: Entity | None = None
        heads_pending = False
        for s_start, s_end in self.reg.sentences:
            if not any(a <= s_start < b for a, b in segments):
                continue
            sent = text[s_start:s_end]
            programmes = self._programmes(sent, s_start)
            people = self._people(sent)
            spans = [
                (a, b)
                for a, b in self._org_spans(sent, [(n_a, n_b) for _, n_a, n_b, _, _, _ in people])
                if not any(x <= a < y or a <= x < b for x, y in programmes)
            ]
            orgs = []
            for a, b in spans:
                if PLANNED_BEFORE.search(sent, 0, a):
                    self.reg.other(Kind.PROGRAMME, sent[a:b], s_start + a, s_start + b)
                    continue
                if (acr := ACRONYM_AFTER.match(sent, b)) and (body := self._body(acr.group(1))):
                    # Ulsan National Institute of Science and Technology (UNIST): the acronym's body
                    name = re.sub(r"^[Tt]he\s+", "", sent[a:b])
                    a += b - a - len(name)
                    orgs.append((self.reg.org(name, s_start + a, s_start + b, body=body), a, b))
                    continue
                orgs.append((self._org(sent[a:b], s_start + a), a, b))
            for a, b in subject_parties(sent):  # YU (President …) and KITA (…) signed: the bodies written first
                body = self._body(sent[a:b])
                if (
                    all(b <= x or a >= y for _, x, y in orgs)
                    and self._org_like(sent[a:b])
                    and not (body and body.is_region)  # SEOUL, March 12 (Yonhap) -- …: the dateline
                    and not _is_name(sent[a:b])
                ):
                    orgs.append((self._org(sent[a:b], s_start + a), a, b))
            people_orgs: list[Entity] = []
            previous: tuple[int, Entity | None] = (-1, None)
            for name, n_a, n_b, title, org_text, o_start in sorted(people, key=lambda x: x[1]):
                p = self.reg.person(name, s_start + n_a, s_start + n_b)
                p.title = p.title or title
                org = None
                explicit = bool(org_text) and o_start > n_b  # "… of X", "Name, title of X"
                context = None if explicit else self._context_org(sent, s_start, n_a, org_text, o_start, orgs, previous)
                if context is not None:
                    org = context
                elif org_text:
                    org = self._person_org(org_text, o_start, s_start, orgs, explicit)
                    if org is not None and not any(e is org for e, _, _ in orgs):
                        orgs.append((org, o_start, o_start + len(org_text)))
                previous = (n_b, org)
                if org is not None:
                    if org.id in self._guessed and GOVERNMENT_TITLES.search(title or ""):
                        org.sector = Sector.GOVERNMENT  # NSW Minister for …: the body is a government
                        self._guessed.discard(org.id)
                    elif org.id in self._guessed and ACADEMIC_TITLES.search(title or ""):
                        org.sector = Sector.ACADEMIA  # a dean's or a professor's body is a university
                        self._guessed.discard(org.id)
                    self.reg.relate(RelType.HOLDS_POSITION, p, org, (s_start, s_end), title=title)
                    people_orgs.append(org)
            signing = SIGNED.search(sent)
            if (signing and orgs) or (heads_pending and people_orgs):
                if agreement is None:
                    kind = AGREEMENT_KIND.search(sent)
                    name, a, b = (kind.group(1), *kind.span(1)) if kind else ("agreement", 0, 0)
                    agreement = self.reg.other(Kind.AGREEMENT, name, s_start + a, s_start + b)
                if agreement.date is None:
                    agreement.date = english_date(sent, self._dateline(), self.published, fallback=False)
                if agreement.venue is None and (v := VENUE.search(sent)):
                    agreement.venue = re.sub(r"^the\s+(?=[A-Z])", "", v.group(1))
                subject = re.match(rf"\s*([A-Z][\w&]+(?: [A-Z][\w&]+)?)\s+(?:{_SIGN}|has signed)", sent)
                if (
                    subject
                    and not any(e.name == subject.group(1) for e, _, _ in orgs)
                    and not _is_name(subject.group(1))
                    and subject.group(1).split()[0] not in NOT_ORG
                ):
                    orgs.append((self._org(subject.group(1), s_start + subject.start(1)), 0, 0))
                for e in self._parties(sent, orgs):
                    self.reg.relate(RelType.SIGNED, e, agreement, (s_start, s_end))
                heads_pending = bool(signing and HEADS_AS_PARTIES.search(sent))
            elif signing and agreement is not None and agreement.date is None:
                agreement.date = english_date(
                    sent, self._dateline(), self.published, fallback=False
                )  # The MOU was signed on …
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
        if agreement is not None and agreement.date is None:
            agreement.date = self._dateline()
        heads = _headlines(text, segments)
        self.reg.drop_bystanders(
            lambda m: (
                BYSTANDER_BEFORE.search(text, 0, m.start) is not None
                or PLACE_BEFORE.search(text, 0, m.start) is not None
                or any(a <= m.start < b for a, b in heads)
            )
        )

    def _dateline(self) -> str | None:
        return dateline(self.reg.article.text, self.published)


def _place_of(body, previous) -> bool:
    """Is body the province a city just named lies in (the place, not another party)?"""
    return bool(body and previous and body.is_region and previous.parent == body.canonical)


def _cap(title: str) -> str:
    return title[0].upper() + title[1:]


def _is_name(text: str) -> bool:
    """A person's name: two or three name words, none an organisation, title, place-level or
    calendar word."""
    words = text.replace(".", "").split()
    return (
        bool(re.fullmatch(NAME, text))
        and not any(len(w) > 1 and (w in NOT_NAME_WORDS or TITLE_RX.fullmatch(w)) for w in words)
        and not any(len(w.split("-")[0]) > 2 and w.split("-")[0] in NOT_NAME_WORDS for w in words)
    )


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
            forms.append(re.escape(f).replace(r"\ and\ ", r",?\ and\ "))  # Trade, Industry, and Energy
    if not forms:
        return re.compile(r"(?!)")  # matches nothing
    return re.compile(r"(?<![\w&])(?:" + "|".join(forms) + r")(?![\w&])")


def _sector(name: str) -> Sector | None:
    """The sector an organisation word implies (the last one the name carries); None when no
    word says it."""
    if re.search(r"\b(?:University|College|School)\b|^[A-Z][a-z]+Tech$", name):
        return Sector.ACADEMIA
    if REGION_FORM.fullmatch(name) or CITY_OF.fullmatch(name):
        return Sector.GOVERNMENT
    found = [(m.end(), ORG_SECTORS[m.group()]) for m in re.finditer(rf"(?<![\w-])(?:{ORG_WORDS})(?![\w-])", name)]
    return max(found, key=lambda f: f[0])[1] if found else None
