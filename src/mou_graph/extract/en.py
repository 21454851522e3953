"""English extraction: the same facts from English-language agreement news (Yonhap style).

Simpler than the Korean rules: capitalised names ending in an organisation word or known
to the gazetteer, "X signed … agreement with A, B and C", "Name, Title of Org" and
"Org Title Name" for people, the dateline for dates.
"""

from __future__ import annotations

import difflib
import re
from functools import lru_cache

from ..model import Entity, Kind, RelType, Sector
from .en_acronyms import acronym_before, spelt_out
from .en_dates import dateline, english_date, partial_date
from .en_lexicon import (
    _CORE,
    _LEVELS,
    _SIGN,
    ACADEMIC_TITLES,
    ACRONYM_AFTER,
    AGREEMENT_KIND,
    AGREEMENT_WORDS,
    AMOUNT,
    BYSTANDER_BEFORE,
    CITY_OF,
    COMPANY_FORM,
    COUNTRIES,
    GOVERNMENT_TITLES,
    HEAD_OF,
    HEADS_AS_PARTIES,
    NAMEISH,
    NOT_ORG,
    OF_HEAD_START,
    OF_HEADS,
    OF_TAIL,
    ORG_MORE,
    ORG_RX,
    ORG_SECTORS,
    ORG_WORDS,
    PARTY_PEOPLE,
    PLACE_BEFORE,
    PLANNED_BEFORE,
    REGION_FORM,
    REPRESENTATIVES_OF,
    SIGNED,
    SURNAME_SPELLINGS,
    TITLE_RX,
    TITLES,
    VENUE,
    WEEKDAY,
    WITH_LIST,
    _core_key,
    _romanised_regions,
    _unique,
)
from .en_people import _HONORIFIC, EnglishPeople, _is_name, _korean_name_in
from .en_places import bare_place_mentions
from .en_programmes import EnglishProgrammes
from .en_text import ADJECTIVE_PAIR, KOREA, compound_start, headlines, parties_of, plain_party, sets_up, subject_parties
from .gazetteer import Gazetteer
from .registry import Registry


class EnglishExtractor(EnglishPeople, EnglishProgrammes):
    def __init__(self, gaz: Gazetteer, reg: Registry, published: str | None) -> None:
        self.gaz, self.reg, self.published = gaz, reg, published
        self._known = _latin_forms(gaz)
        self._regions = _romanised_regions(gaz)
        self._absorbed: set[int] = set()  # where a unit written before a title was read as the title's
        self._guessed: set[str] = set()  # organisations whose sector no word of their name gave
        self._reordered: set[str] = set()
        self._heads: list[tuple[int, int]] = []  # the headline lines: no party, no body's short form

    def _body(self, name: str):
        """The gazetteer's body for an English form: its English names, else a Korean region
        under its romanised name (Gyeongju-si, City of Yeongcheon, Chungnam Province)."""
        body = self.gaz.lookup(name)
        if (
            body is None
            and (plain := re.sub(r"\s+(?:provincial\s+|city\s+)?government$", "", name, flags=re.I)) != name
        ):
            body = self.gaz.lookup(plain)  # North Gyeongsang Province government is the province
        if body is None and (plain := COMPANY_FORM.sub("", name)) != name and plain:
            body = self.gaz.lookup(plain)  # Hanwha Aerospace Co. is the gazetteer's Hanwha Aerospace
        return body or self._region(name)

    def _region(self, name: str, bare: bool = True):
        m = REGION_FORM.fullmatch(name)
        if m:
            core = m.group("core1") or m.group("core2")
            level = (m.group("level") or "").strip("- ").lower()
            level = re.sub(r"^(si|gun|gu|do)\s+province$", r"\1", level)  # Gyeongsangbuk-do Province
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
        stripped = re.sub(r"^(?:[Tt]he|An?)\s+", "", name)  # An Incheon Bank delegation: the article
        stripped = re.sub(r"['’]s$", "", stripped)  # the State of Maryland’s …: the body, not its possessive
        if (poss := re.match(r"^(.+?)['’]s\s+", stripped)) and (
            poss.group(1).split()[0] in NOT_ORG
            or poss.group(1) in COUNTRIES
            or self._region(poss.group(1))
            or poss.group(1).endswith("Korea")
        ):
            stripped = stripped[poss.end() :]  # South Korea's Ulsan National Institute …
        start += len(name) - len(stripped)
        abroad = re.fullmatch(r"(.+?)\s+of\s+(?:South\s+Korea|the\s+Republic\s+of\s+Korea)", stripped)
        if abroad and ORG_RX.fullmatch(abroad.group(1)) and self._body(stripped) is None:
            stripped = abroad.group(1)  # Jeju National University of South Korea: where it is, not its name
        name = stripped
        body = self._body(name)
        if body is None and (full := spelt_out(self.reg, name)):
            self.reg.alias(full, name, start, start + len(name))  # SNUH after Seoul National University Hospital
            return full
        if body is None and (short := acronym_before(self.reg, name)):
            self.reg.alias(short, name, start, start + len(name))  # UCSD, then University of California San Diego
            if short.id in self._guessed and (evidence := _sector(name)) is not None:
                short.sector = evidence
                self._guessed.discard(short.id)
            return short
        if body is None and (council := self._council(name)):
            return self.reg.org(name, start, start + len(name), canonical=council, sector=Sector.GOVERNMENT)
        evidence = None if body else self._owner_sector(name) or _sector(name)
        if body is None and name in COUNTRIES:
            evidence = Sector.GOVERNMENT  # an MOU with Britain: the country's government
        if body is None and (moved := NATIONAL_FIRST.fullmatch(name)):
            body = self.gaz.lookup(f"{moved.group(1)} National {moved.group(2)}")  # National Mokpo University
        plain = COMPANY_FORM.sub("", name) if body is None else name
        if body is None and NATIONAL_UNIVERSITY.search(plain):
            plain = re.sub(r"\s+", " ", re.sub(r"\bNational\b", "", plain)).strip()  # one key for every order
        entity = self.reg.org(  # Hyundai Rotem Co. and Hyundai Rotem: one company, whichever comes first
            name, start, start + len(name), body=body, sector=evidence or Sector.INDUSTRY, canonical=plain or None
        )
        if evidence is not None and entity.id in self._guessed:
            entity.sector = evidence  # UNSW, then University of New South Wales: the word decides
        if body is None and evidence is None and entity.sector is Sector.INDUSTRY:
            self._guessed.add(entity.id)
        elif evidence is not None or body is not None:
            self._guessed.discard(entity.id)
        return entity

    def _council(self, name: str) -> str | None:
        """A Korean region's council under its Korean name (Geochang County Council → 거창군의회,
        Gyeongsangbuk-do Provincial Council → 경상북도의회): one body in either script."""
        m = re.fullmatch(r"(.+?)(?:\s+(?:Provincial|Metropolitan|City|County))?\s+Council", name)
        if m is None:
            return None
        region = self._region(name[: -len(" Council")], bare=False) or self._region(m.group(1))
        return region.canonical + "의회" if region else None

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
        if TITLE_RX.fullmatch(text) and not self._body(text):
            return False  # its CEO: a title, never a body (CEO reads like an acronym)
        return bool(
            self._body(text)
            or REGION_FORM.fullmatch(text)
            or CITY_OF.fullmatch(text)
            or ORG_RX.fullmatch(text)
            or re.fullmatch(r"[A-Z][A-Z0-9&-]{1,9}", text)
            or (0, len(text)) in self._org_spans(text, [], lists=False)  # Yeongcheon Chamber of Commerce
            or HEAD_OF.fullmatch(text)  # (President of the) University of Tokyo
        )

    def _org_spans(self, sent: str, names: list[tuple[int, int]], lists: bool = True) -> list[tuple[int, int]]:
        """Where the sentence names organisations: the longest reading wins where two overlap
        (Hyundai Motor Group over the gazetteer's Hyundai Motor)."""
        found: list[tuple[int, int]] = []
        pos = 0
        while m := ORG_RX.search(sent, pos):
            a, b = m.span(1)
            if lead := re.match(r"(?:From|With|For|At|In|By|Under|Between|Among)\s+(?:the\s+)?", sent[a:b]):
                a += lead.end()  # From the Korea Military Academy, …: the sentence's first word is no name's
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
                right = sent[a + j.end() : b]
                if (
                    _is_name(left)
                    or (j.group(1) == "and" and (left in COUNTRIES or KOREA.fullmatch(left)))  # South Korea and the …
                    or (j.group(1) == "and" and self._body(left) and not ORG_RX.search(left))
                    or (
                        j.group(1) == "and"
                        and (
                            HEAD_OF.fullmatch(left)
                            or ORG_RX.fullmatch(left)
                            or CITY_OF.fullmatch(left)
                            or any(r.end() == a + j.start() for r in REGION_FORM.finditer(sent))
                        )  # Daejeon Metropolitan City and the Korea Advanced Institute of …
                        and self._org_like(right)
                    )
                ):
                    a += j.end()  # POSTECH and the Far Eastern Federal University; Hanafy Shima and …; CEO X of Y
                    break
            found.append((a, b))
        for m in OF_HEAD_START.finditer(sent):  # Center for Historical Astronomy, Institute of EU Studies
            if not re.search(r"(?<![’'])\b[A-Z][\w&-]*\s+$", sent[: m.start()]) and (
                tail := OF_TAIL.match(sent, m.end())
            ):
                title = re.search(rf"\s(?:{TITLES})", sent[m.end() : tail.end()])  # … of Tokyo President Sato
                end = m.end() + title.start() if title else tail.end()
                if named := _korean_name_in(sent[m.start() : end]):
                    end = m.start() + len(named[0])  # Dean of College of Education Jae-Hyun Kim
                found.append((m.start(), end))
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
        credits = [c.span() for c in re.finditer(r"\([A-Z][A-Za-z .]*=[^()]*\)", sent)]  # (SEOUL=Yonhap News)
        trimmed = []
        for a, b in found:
            if any(x <= a < y for x, y in credits):
                continue  # the outlet credited with the story, no party
            if ADJECTIVE_PAIR.match(sent, compound_start(sent, a)):
                continue  # soured Seoul-Tokyo relations: places joined as one adjective, no bodies  # a match begun inside a person's name (Seo Ha-jun and the X Center) starts after it
            if inside := next((nb for na, nb in names if na <= a < nb), None):
                a = inside + re.match(r"\s*(?:,|and)?\s*(?:the\s+)?", sent[inside:b]).end()
            if a < b:
                trimmed.append((a, b))
        kept: list[tuple[int, int]] = []
        for a, b in sorted(trimmed, key=lambda s: (s[0] - s[1], s[0])):
            if all(b <= x or a >= y for x, y in kept):
                kept.append((a, b))
        return sorted(kept)

    def run(self, segments: list[tuple[int, int]]) -> None:
        text = self.reg.article.text
        self._byline(text)
        self._heads = headlines(text, segments)
        agreement: Entity | None = None
        heads_pending = False
        before: list[Entity] = []  # the bodies the last sentence naming any named
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
                if (
                    PLANNED_BEFORE.search(sent, 0, a)
                    or sets_up(sent, a)
                    or re.match(r"\s+(?:program|programme|project|initiative)s?\b", sent[b:])
                ):
                    # "a Mobility Research Institute" is planned; "the Incheon Bio Academy program" a programme
                    self.reg.other(Kind.PROGRAMME, sent[a:b], s_start + a, s_start + b)
                    continue
                if (acr := ACRONYM_AFTER.match(sent, b)) and (body := self._body(acr.group(1))):
                    # Ulsan National Institute of Science and Technology (UNIST): the acronym's body
                    name = re.sub(r"^[Tt]he\s+", "", sent[a:b])
                    a += b - a - len(name)
                    orgs.append((self.reg.org(name, s_start + a, s_start + b, body=body), a, b))
                    continue
                entity = self._org(sent[a:b], s_start + a)
                if acr and not self.reg.find(Kind.ORGANISATION, acr.group(1)) and not self._body(acr.group(1)):
                    self.reg.alias(
                        entity, acr.group(1), s_start + acr.start(1), s_start + acr.end(1)
                    )  # Korea University (KU)
                orgs.append((entity, a, b))
            for e, a, _ in orgs:  # the Korea Astronomy … Institute's Center for …: a unit has its owner's sector
                owner = next((o for o, _, y in orgs if y < a and re.fullmatch(r"['’]s\s+", sent[y:a])), None)
                if owner is not None and owner.sector and e.id not in self.reg.body:
                    e.sector = owner.sector
            for a, b in subject_parties(sent):  # YU (President …) and KITA (…) signed: the bodies written first
                body = self._body(sent[a:b])
                if (
                    all(b <= x or a >= y for _, x, y in orgs)
                    and (self._org_like(sent[a:b]) or plain_party(sent[a:b]))
                    and not (body and body.is_region)  # SEOUL, March 12 (Yonhap) -- …: the dateline, a place
                    and not self._personal(sent[a:b])
                ):
                    entity = self._org(sent[a:b], s_start + a)
                    if (acr := ACRONYM_AFTER.match(sent, b)) and not self.reg.find(Kind.ORGANISATION, acr.group(1)):
                        self.reg.alias(entity, acr.group(1), s_start + acr.start(1), s_start + acr.end(1))
                    orgs.append((entity, a, b))  # Vietnam Electricity (EVN) and KEPCO signed …
            people_orgs: list[Entity] = []
            previous: tuple[int, Entity | None] = (-1, None)
            for name, n_a, n_b, title, org_text, o_start in sorted(people, key=lambda x: x[1]):
                p = self._person(
                    name,
                    s_start + n_a,
                    s_start + n_b,
                    reordered=self.reg.article.text[s_start + n_a : s_start + n_b] != name,
                )
                p.title = p.title or title
                org = None
                explicit = bool(org_text) and o_start > n_b  # "… of X", "Name, title of X"
                context = None if explicit else self._context_org(sent, s_start, n_a, org_text, o_start, orgs, previous)
                if context is not None:
                    org = context
                    if not org_text and title and " of " in title:  # From SKKU, … Dean of Graduate School B
                        inside = [
                            (e, a, b) for e, a, b in orgs if n_a - len(title) - 1 <= a and b <= n_a and e is not org
                        ]
                        orgs = [o for o in orgs if o not in inside]
                        self._absorbed.update(s_start + a for _, a, _ in inside)
                    if org_text and o_start < n_a:  # "Career Office Director X … from HNU": the unit is the title's
                        unit = [(e, a, b) for e, a, b in orgs if a == o_start and e is not org]
                        orgs = [o for o in orgs if o not in unit]
                        self._absorbed.update(s_start + a for _, a, _ in unit)
                elif org_text:
                    org = self._person_org(org_text, o_start, s_start, orgs, explicit, title)
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
            named = [e for e, _, _ in orgs]
            if signing and (both := BOTH_SIDES.match(sent)) and 2 <= len(before) <= _COUNT[both.group(1).lower()]:
                orgs += [(e, 0, 0) for e in before if e not in named]  # The two hospitals signed …: those just named
            before = named or before
            if (signing and orgs) or (heads_pending and people_orgs):
                if agreement is None:
                    kind = AGREEMENT_KIND.search(sent)
                    name, a, b = (kind.group(1), *kind.span(1)) if kind else ("agreement", 0, 0)
                    agreement = self.reg.other(Kind.AGREEMENT, name, s_start + a, s_start + b)
                if agreement.date is None:
                    agreement.date = english_date(sent, self._dateline(), self.published, fallback=False)
                    agreement.partial_date = agreement.partial_date or partial_date(sent)
                if agreement.venue is None and (v := VENUE.search(sent)):
                    agreement.venue = re.sub(r"^the\s+(?=[A-Z])", "", v.group(1))
                subject = re.match(rf"\s*([A-Z][\w&]+(?: [A-Z][\w&]+)?)\s+(?:{_SIGN}|has signed)", sent)
                if (
                    subject
                    and not any(e.name == subject.group(1) for e, _, _ in orgs)
                    and not self._personal(subject.group(1))
                    and subject.group(1).split()[0] not in NOT_ORG
                ):
                    orgs.append((self._org(subject.group(1), s_start + subject.start(1)), 0, 0))
                for e in parties_of(sent, orgs):
                    self.reg.relate(RelType.SIGNED, e, agreement, (s_start, s_end))
                heads_pending = bool(signing and HEADS_AS_PARTIES.search(sent))
            elif agreement is not None and (signing or re.search(r"ceremony|signing", sent) and " will " not in sent):
                # The MOU was signed on …; the signing ceremony was held on March 5 at the City Hall
                if agreement.date is None:
                    agreement.date = english_date(sent, self._dateline(), self.published, fallback=False)
                    agreement.partial_date = agreement.partial_date or partial_date(sent)
                if agreement.venue is None and not signing and (v := VENUE.search(sent)):
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
        self._fold_shortened()
        self._open_titles()
        heads = self._heads
        self.reg.drop_bystanders(
            lambda m: (
                BYSTANDER_BEFORE.search(text, 0, m.start) is not None
                or PLACE_BEFORE.search(text, 0, m.start) is not None
                or any(a <= m.start < b for a, b in heads)
                or m.start in self._absorbed
            )
        )
        bare_place_mentions(self.reg, heads)

    def _personal(self, text: str) -> bool:
        """Does a name-shaped subject of "signed" name a person: one of the article, or a name
        with a Korean surname's spelling or a hyphen (Kim Ji-won)? Two capitalised words alone
        (Hanbit Power) are a company's name as often as a person's, and a party's slot says company."""
        if _HONORIFIC.match(text) and len(text.split()) > 2:
            return True  # Dr Alexandru Rafila: an honorific names a person
        if " " not in text and any(
            e.kind is Kind.PERSON and len(e.name.split()) > 1 and e.name.split()[-1] == text for e in self.reg.entities
        ):
            return True  # Sanders, after Sarah Huckabee Sanders: a person of the article by the surname
        return _is_name(text) and (
            self.reg.find(Kind.PERSON, text) is not None
            or "-" in text
            or any(w in SURNAME_SPELLINGS for w in text.split())
        )

    def _dateline(self) -> str | None:
        return dateline(self.reg.article.text, self.published)


# National Mokpo University, Mokpo National University, Mokpo University: one university
NATIONAL_FIRST = re.compile(r"National ([A-Z][\w-]+) (University|College)")
NATIONAL_UNIVERSITY = re.compile(r"\bNational\b.*\b(?:University|College)$|\b(?:University|College)\b.*\bNational\b")

# The two hospitals signed …, Both sides signed …: parties the sentence before named
BOTH_SIDES = re.compile(r"\s*(?:The\s+)?(two|three|four|both)\s+(?:[a-z]+\s+){0,2}?(?:sides|parties|[a-z]+s)\b", re.I)
_COUNT = {"two": 2, "both": 2, "three": 3, "four": 4}


def _place_of(body, previous) -> bool:
    """Is body the province a city just named lies in (the place, not another party)?"""
    return bool(body and previous and body.is_region and previous.parent == body.canonical)


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


_ORG_WORD = re.compile(rf"(?<![\w-])(?:{ORG_WORDS})(?![\w-])")


def _sector(name: str) -> Sector | None:
    """The sector an organisation word implies (the last one the name carries); None when no
    word says it."""
    if re.search(r"\b(?:University|College|School)\b|^[A-Z][a-z]+Tech$", name):
        return Sector.ACADEMIA
    if REGION_FORM.fullmatch(name) or CITY_OF.fullmatch(name):
        return Sector.GOVERNMENT
    for part in (name.split(" of ")[0], name):  # Department of Energy: the head before "of" says it, not its field
        if found := [(m.end(), ORG_SECTORS[m.group()]) for m in _ORG_WORD.finditer(part)]:
            return max(found, key=lambda f: f[0])[1]
    return None
