"""English people: who is named with which title at which body, in the forms press releases
use ("Org Title Name", "Name, Title of Org", "Name (Title of Unit, Org)", "Org (Title Name)",
"Org professors A, B, and C", "… were present from Org", a byline line). A mixin of the
English extractor: it reads the bodies through the extractor's own tests (`_org_like`, `_org`)."""

from __future__ import annotations

import re

from ..model import Entity, Kind, RelType
from .en_lexicon import (
    _CORE,
    BYLINE,
    FROM_BODY,
    FUNCTION_WORDS,
    KIND_BEFORE,
    KIND_HEADS,
    KIND_NOUNS,
    NAME,
    NOT_NAME_WORDS,
    NOT_ORG,
    OPENING_FROM,
    ORG_WORDS,
    PERSON_APPOSITION,
    PERSON_BEFORE,
    PERSON_COLON,
    PERSON_LIST,
    PERSON_LOWER_TITLE,
    PERSON_TITLE_COMMA,
    PERSON_TITLE_OF,
    PERSON_TITLE_OF_NAME,
    PORTFOLIOS,
    RUN,
    SURNAME_SPELLINGS,
    TITLE_ANYCASE,
    TITLE_RX,
    TITLES,
    _core_key,
    _unique,
)
from .registry import Registry

# a title that names its body's kind: (title, the gazetteer categories it is head of)
OPEN_TITLES = (
    (r"(?:(?:Deputy|Vice|Acting)[ -])?Mayor", ("city", "admin_city", "metro")),
    (r"(?:(?:Deputy|Vice|Acting)[ -])?(?:Governor|Gov\.)", ("province",)),
    (r"(?:(?:Deputy|Vice|Acting)[ -])?Minister", ("ministry",)),
    (r"(?:County Executive|County Governor|County Mayor|Magistrate)", ("county",)),
    (r"(?:(?:Deputy|Vice|Acting)[ -])?Superintendent", ("education_office",)),
)


class EnglishPeople:
    """The people methods of `EnglishExtractor` (which supplies reg, _org, _org_like)."""

    reg: Registry
    _known: re.Pattern[str]  # every Latin form of a known body
    _regions: dict[str, list]  # the Korean regions under their romanised place words
    _reordered: set[str]  # people named so far only as "Surname, Given"
    _heads: list[tuple[int, int]]  # the headline lines

    def _people(self, sent: str) -> list[tuple[str, int, int, str | None, str | None, int]]:
        """Every named person with a title: (name, start, end, title, organisation text, its start)."""
        out: list[tuple[str, int, int, str | None, str | None, int]] = []
        taken: list[tuple[int, int]] = []
        for m in PERSON_LOWER_TITLE.finditer(sent):  # Korea Polytechnic University chief Lee Chul-soo
            title, n_a, n_b = m.group("title"), m.start("name"), m.end("name")
            if not _is_name(m.group("name")):
                continue
            if any(a < n_b and n_a < b for a, b in taken):
                continue
            org, o_start = m.group("org"), m.start("org")
            if org and not (self._org_like(org) or self.reg.find(Kind.ORGANISATION, org)):
                org = None
            if not org and (kind := KIND_BEFORE.search(sent, 0, m.start("title"))):
                org, o_start = kind.group(1), kind.start(1)  # the state-run bank's chairman and CEO …
            if org:
                out.append((m.group("name"), n_a, n_b, title, org, o_start))
                taken.append((n_a, n_b))
        for m in PERSON_BEFORE.finditer(sent):
            if not _is_name(m.group("name")):
                continue
            org, o_start = m.group("org2"), m.start("org2")
            if org and m.group("prep") == "at" and m.group("org"):
                org = None  # KAIST President Lee … at Daejeon City Hall: the place, his body is written before
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
            if org and (poss := re.search(r"['’]s$", org)):
                org = org[: poss.start()]  # KAIST's Vice President Oh: the body before the possessive
            elif not org and (kind := KIND_BEFORE.search(sent, 0, m.start("title"))):
                org, o_start = kind.group(1), kind.start(1)  # the bank's CEO Park: the article's one bank
            if (acr := m.group("acronym")) and (self._body(acr) or self.reg.find(Kind.ORGANISATION, acr)):
                org, o_start = acr, m.start("acronym")  # Incheon Free Economic Zone (IFEZ) Commissioner: IFEZ
            title = m.group("title")
            words = org.split() if org and o_start < m.start("name") else []
            for k in range(len(words), 0, -1):  # "Executive Director Kim": the modifier is the title's
                if TITLE_RX.fullmatch(" ".join([*words[-k:], title])):
                    title = " ".join([*words[-k:], title])
                    org = " ".join(words[:-k]) or None
                    break
            if org and title.endswith("Minister") and (portfolio := self._portfolio(org, title)):
                title, org = portfolio  # Trade Minister Ahn …: the portfolio is the title's, the ministry his body
            if not org and (known := self._known_before(sent, m.end("title") - len(title))):
                org, o_start = known  # SK hynix Vice President …: a known body written in lower case
            if not org and (then := _TITLE_OF_AFTER.match(sent, m.end("name"))):
                body = re.sub(r"(?:\s+(?:of|for|and|at|the|&))+$", "", then.group("org"))
                if self._org_like(body):  # Professor Kim Yongmin, President of POSTECH: the office says the body
                    title, org, o_start = then.group("title"), body, then.start("org")
            out.append((m.group("name"), m.start("name"), m.end("name"), title, org, o_start))
            taken.append(m.span("name"))
        for m in PERSON_TITLE_COMMA.finditer(sent):  # its CEO, Kwon Pyung-oh, …
            if not _is_name(m.group("name")) or any(a <= m.start("name") < b for a, b in taken):
                continue
            org, o_start = m.group("org"), m.start("org")
            if m.group("its"):  # the body the sentence named last before "its"
                run = self._last_body(sent[: m.start()])
                org, o_start = run if run else (None, -1)
            elif org and (org.split()[0] in NOT_ORG and len(org.split()) == 1):
                org, o_start = None, -1
            out.append((m.group("name"), m.start("name"), m.end("name"), m.group("title"), org, o_start))
            taken.append(m.span("name"))
        for m in PERSON_TITLE_OF.finditer(sent):  # President of WMU, Dr. Cleopatra Doumbia-Henry
            if re.search(rf"{NAME},\s+$", sent[: m.start()]):
                continue  # Hyungwoo Heo, President of KNU, Jangho Kim, Mayor of Gumi: the title is Heo's
            if _is_name(m.group("name").title()) and not any(a <= m.start("name") < b for a, b in taken):
                out.append(
                    (m.group("name"), m.start("name"), m.end("name"), m.group("title"), m.group("org"), m.start("org"))
                )
                taken.append(m.span("name"))
        scope = OPENING_FROM.match(sent)
        pos = 0
        while m := PERSON_TITLE_OF_NAME.search(sent, pos):  # Minister of SMEs and Startups Oh Young-ju
            pos = m.end()
            split = _korean_name_in(m.group("rest"))
            if split is None:
                continue
            pos = m.start("rest") + split[2]  # the run may go on to the next person's title
            org, n_a, n_b = split[0], m.start("rest") + split[1], m.start("rest") + split[2]
            if any(a < n_b and n_a < b for a, b in taken):
                continue
            title, o_start = m.group("title"), m.start("rest")
            if title.endswith("Minister") and self._body(f"Ministry of {org}"):
                org = f"Ministry of {org}"  # the Minister of X heads the Ministry of X
            elif (scope and m.start() > scope.end()) or not self._org_like(org):
                # From SKKU, … Dean of Graduate School Ki-Heon Kwon: the unit is the title's, the body the list's
                org, title, o_start = None, f"{title} of {org}", -1
            out.append((sent[n_a:n_b], n_a, n_b, title, org, o_start))
            taken.append((n_a, n_b))
        for m in PERSON_COLON.finditer(sent):  # (President: Shin, Dong-Ryeol)
            name = f"{m.group('surname')} {m.group('given')}"
            if _is_name(name) and not any(a <= m.start("surname") < b for a, b in taken):
                out.append((name, m.start("surname"), m.end("given"), m.group("title"), None, -1))
                taken.append((m.start("surname"), m.end("given")))
        for m in PERSON_LIST.finditer(sent):  # HUFS professors A, B, and C
            org, o_start = m.group("org"), m.start("org")
            if org and (org.split()[0] in NOT_ORG or not self._org_like(org)):
                org, o_start = None, -1
            for n in re.finditer(NAME, m.group("names")):
                a = m.start("names") + n.start()
                known = self.reg.find(Kind.PERSON, n.group())
                if known is not None and self.reg.positions(known):
                    continue  # named with a title of their own before (Director Oh …, then "professors Oh, …")
                if _is_name(n.group()) and not any(x <= a < y for x, y in taken):
                    out.append((n.group(), a, a + len(n.group()), m.group("title")[:-1], org, o_start))
                    taken.append((a, a + len(n.group())))
        pos = 0
        while m := PERSON_APPOSITION.search(sent, pos):
            pos = m.start("tail")  # the tail may hold the next person (…, KAIST President Kim …)
            if (
                not _is_name(m.group("name"))
                or any(a < m.end("name") and m.start("name") < b for a, b in taken)
                or re.search(r"\b(?:of|for|the|at|in)\s+$", sent[: m.start("name")])  # the City of San Diego, …
            ):
                continue
            parsed = self._in_parentheses(sent, m.end("name"))  # its offset is the sentence's
            if parsed is None and (parsed := self._title_org(m.group("tail"))) is not None:
                parsed = (parsed[0], parsed[1], m.start("tail") + parsed[2])
            if parsed is not None and parsed[1] is None:
                after = m.end("tail")
                body = re.match(rf",\s+(?:the\s+)?({RUN})", sent[after:])
                text = re.sub(r"(?:\s+(?:of|for|and|at|the|&))+$", "", body.group(1)) if body else ""
                if body and self._org_like(text):
                    parsed = (parsed[0], text, after + body.start(1))  # Huh, President, Jeju National University
            if parsed is None:
                continue
            out.append((m.group("name"), m.start("name"), m.end("name"), *parsed))
        return [_without_honorific(p) for p in out]

    def _portfolio(self, org: str, title: str) -> tuple[str, str | None] | None:
        """The portfolio words that end `org` before "Minister" join the title; the body is the
        article's ministry named with them (Trade Minister: the Ministry of Trade, Industry and
        Energy), else what is left of `org` (Saudi)."""
        words = org.split()
        k = len(words)
        while k and words[k - 1] in PORTFOLIOS:
            k -= 1
        if k == len(words):
            return None
        portfolio = words[k:]
        ministries = [
            e
            for e in self.reg.entities
            if e.kind is Kind.ORGANISATION
            and any(
                re.search(r"\bMinistry\b", a) and all(re.search(rf"\b{w}\b", a) for w in portfolio) for a in e.aliases
            )
        ]
        body = ministries[0].name if len(ministries) == 1 else " ".join(words[:k]) or None
        return " ".join([*portfolio, title]), body

    def _shortened(self, text: str, besides: Entity | None = None) -> Entity | None:
        """The article's one body that `text` names without its organisation word (Yonsei
        President …: Yonsei University; Port of Rotterdam: the Port of Rotterdam Authority)."""
        found = {
            e.id: e
            for e in self.reg.entities
            if e.kind is Kind.ORGANISATION
            and e is not besides
            and any(a.startswith(text + " ") and _ORG_WORD_ENDING.fullmatch(a[len(text) + 1 :]) for a in e.aliases)
            and not all(any(x <= m.start < y for x, y in self._heads) for m in e.mentions)  # a page's heading
        }
        if len(found) == 1:
            (org,) = found.values()
            return org
        return None

    def _fold_shortened(self) -> None:
        """A body written first without its organisation word (a caption's Port of Rotterdam,
        then the Port of Rotterdam Authority) is the full one, unless one sentence names both."""
        gone: dict[str, Entity] = {}
        for e in [e for e in self.reg.entities if e.kind is Kind.ORGANISATION and e.id not in self.reg.body]:
            full = next((f for a in e.aliases if (f := self._shortened(a, besides=e)) is not None), None)
            if full is not None and full.id not in gone and not _sentences(e) & _sentences(full):
                gone[e.id] = full
        self.reg.fold(gone)

    def _known_before(self, sent: str, at: int) -> tuple[str, int] | None:
        """A known body's form that ends just before `at` (only spaces between)."""
        found = None
        for k in self._known.finditer(sent, max(0, at - 80), at):
            if not sent[k.end() : at].strip():
                found = (k.group(), k.start())
        return found

    def _person(self, name: str, start: int, end: int, reordered: bool = False) -> Entity:
        """The person named, one whatever the order and hyphens of the name's parts: Yeong Hwan
        Woo = Woo Yeong Hwan, Sun-Kyu Park = Park, Sun Kyu. A name put together from "Surname,
        Given" (`reordered`) gives way to the first one written as a plain name."""
        free = " ".join(sorted(re.split(r"[\s.-]+", name.lower())))  # a key like any other once normalised
        known = self.reg.find(Kind.PERSON, name) or self.reg.find(Kind.PERSON, free)
        if known is None:
            known = self.reg.person(name, start, end)
            self.reg.key(known, free)
            if reordered:
                self._reordered.add(known.id)
            return known
        if known.id in self._reordered and not reordered:
            known.name = name
            self._reordered.discard(known.id)
        self.reg.alias(known, name, start, end)
        return known

    def _last_body(self, before: str) -> tuple[str, int] | None:
        """The last run of name words before a possessive "its" that reads as a body (the
        sentence's subject: "The Korea Trade-Investment Promotion Agency said its CEO …")."""
        found = None
        for r in re.finditer(RUN, before):
            text, at = r.group(), r.start()
            if text.startswith("The "):
                text, at = text[4:], at + 4
            if self._org_like(text):
                found = (text, at)
        return found

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
        if (
            (low := re.fullmatch(rf"(.+?)\s+((?i:{TITLES}))", tail))
            and low.group(2).islower()
            and self._org_like(low.group(1))
        ):
            return _cap(low.group(2)), low.group(1), 0  # Lee Kwang-hyung, KAIST president: the body, then the title
        t = re.search(rf"\s({TITLES})", tail)
        if t is None or re.match(rf"\s+{NAME}(?![\w-])", tail[t.end() :]):
            return None  # "A, Hyundai Rotem CEO Lee Yong-bae and …": the next person's title, not A's
        org = tail[: t.start()]
        if org.split()[0] in NOT_ORG:
            return None
        return tail[t.start(1) :], org, 0

    def _person_org(
        self,
        text: str,
        start: int,
        s_start: int,
        orgs: list[tuple[Entity, int, int]],
        explicit: bool,
        title: str | None = None,
    ):
        """The organisation a title names: one found in the sentence, one of the article, or a
        new one when the phrase names a body on its own evidence (or follows "of"). A place
        two bodies share (Jeju: the province and the city) is the one the title heads."""
        levels = next((k for t, k in OPEN_TITLES if title and re.fullmatch(t, title)), None)
        places = self._regions.get(_core_key(text), []) if levels and re.fullmatch(_CORE, text) else []
        if len(places) > 1 and (body := _unique(places, levels)) is not None:
            return self.reg.org(text, s_start + start, s_start + start + len(text), body=body)
        org = next((e for e, a, b in orgs if a <= start and start + len(text) <= b), None)
        org = org or self.reg.find(Kind.ORGANISATION, text) or self._shortened(text)
        kind = re.fullmatch(r"(?:the\s+)?([a-z]+(?: [a-z]+)?|[A-Z][a-z]+)", text)
        if org is None and kind and kind.group(1).split()[-1].lower() in KIND_HEADS:
            return self._described(kind.group(1).lower())  # of the bank, of the University: the article's one, or none
        if org is None and (explicit or self._org_like(text) or not _is_name(text)):
            org = self._org(text, s_start + start)
        return org

    def _described(self, text: str) -> Entity | None:
        """ "Seong, president of the news agency": a kind noun for a body the article has named
        is that body when the article has named one of its kind, never a guess between two."""
        m = re.fullmatch(r"(?:the\s+)?([a-z]+(?: [a-z]+)?)", text)
        if m is None or m.group(1) not in KIND_NOUNS:
            return None
        noun = m.group(1)
        sector, categories = KIND_NOUNS[noun]
        ending = re.compile(rf"(?<![\w-]){re.escape(noun)}$", re.I)
        found = [
            e
            for e in self.reg.entities
            if e.kind is Kind.ORGANISATION
            and (
                (sector is not None and e.sector is sector)
                or (e.id in self.reg.body and self.reg.body[e.id].category in categories)
                or any(ending.search(a) or ending.search(a.split(" of ")[0]) for a in e.aliases)  # Bank of Korea
            )
        ]
        return found[0] if len(found) == 1 else None

    def _context_org(self, sent, s_start, n_a, org_text, o_start, orgs, previous) -> Entity | None:
        """The body a person's own words leave open, from around them: the parentheses after a
        body (KITA (…, Chairman Han …)), "… were present from YU" closing their list, or the
        person before them in a list ("KITA Executive Director A and Regional Director B")."""
        if org_text is None and (k := sent.rfind("(", 0, n_a)) >= 0 and ")" not in sent[k:n_a]:
            host = next((e for e, _, b in orgs if b <= k and not sent[b:k].strip()), None)
            if host is not None:
                return host
        if org_text is None and (scope := OPENING_FROM.match(sent)) and n_a > scope.end():
            host = next((e for e, a, _ in orgs if a == scope.start("body")), None)
            if host is not None or self._org_like(scope.group("body")):
                return host or self._org(scope.group("body"), s_start + scope.start("body"))
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
            and (org_text is None or not (self._org_like(org_text) or self.reg.find(Kind.ORGANISATION, org_text)))
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

    def _open_titles(self) -> None:
        """A title the text gives no body (Mayor Joo …, Minister Ahn …) belongs to the article's
        one body of that kind: its one city, province or ministry; never a guess between two."""
        orgs = [e for e in self.reg.entities if e.kind is Kind.ORGANISATION and e.id in self.reg.body]
        for p in [e for e in self.reg.entities if e.kind is Kind.PERSON and e.title and e.mentions]:
            kinds = next((k for t, k in OPEN_TITLES if re.fullmatch(t, p.title)), None)
            if kinds is None or self.reg.positions(p):
                continue
            bodies = [e for e in orgs if self.reg.body[e.id].category in kinds]
            if len(bodies) == 1:
                sentence = self.reg.sentences[p.mentions[0].sentence] if p.mentions[0].sentence >= 0 else None
                self.reg.relate(RelType.HOLDS_POSITION, p, bodies[0], sentence, title=p.title)


_ORG_WORD_ENDING = re.compile(rf"(?:National\s+)?(?:{ORG_WORDS})")


def _sentences(e: Entity) -> set[int]:
    return {m.sentence for m in e.mentions if m.sentence >= 0}


def _cap(title: str) -> str:
    return title[0].upper() + title[1:]


def _is_name(text: str) -> bool:
    """A person's name: two or three name words, none an organisation, title, place-level or
    calendar word. A function word is a name's part after its first word (Dang Hoang An), and
    first only as a surname before a hyphenated given name (An Cheol-soo)."""
    words = text.replace(".", "").split()
    return (
        bool(re.fullmatch(NAME, text))
        and not any(len(w) > 1 and _not_name_word(w, k, words) for k, w in enumerate(words))
        and not any(len(w.split("-")[0]) > 2 and w.split("-")[0] in NOT_NAME_WORDS for w in words)
    )


def _not_name_word(word: str, k: int, words: list[str]) -> bool:
    if TITLE_RX.fullmatch(word):
        return True
    if word not in NOT_NAME_WORDS:
        return False
    if word in FUNCTION_WORDS:
        return k == 0 and not (word in SURNAME_SPELLINGS and "-" in words[1])
    return True


def _korean_name_in(run: str) -> tuple[str, int, int] | None:
    """Where a run of capitalised words holds a Korean name after a body's or unit's name: two
    words, a surname and a hyphenated given name in either order (SMEs and Startups Oh Young-ju,
    Graduate School Ki-Heon Kwon); (the words before it, the name's start, its end)."""
    words = list(re.finditer(r"\S+", run))
    for k in range(1, len(words) - 1):
        a, b = words[k].group(), words[k + 1].group()
        if (a in SURNAME_SPELLINGS and "-" in b) or ("-" in a and b in SURNAME_SPELLINGS):
            return run[: words[k].start()].rstrip(), words[k].start(), words[k + 1].end()
    return None


_TITLE_OF_AFTER = re.compile(rf",\s+(?:the\s+)?(?P<title>(?i:{TITLES}))\s+of\s+(?:the\s+)?(?P<org>{RUN})")
_HONORIFIC = re.compile(r"(?:Dr|Prof|Mr|Ms|Mrs|Sir)\.?\s+(?=[A-Z])")


def _without_honorific(found: tuple[str, int, int, str | None, str | None, int]):
    """Dr Alexandru Rafila is Alexandru Rafila: the honorific is no part of the name."""
    name, start, end, *rest = found
    if (h := _HONORIFIC.match(name)) and len(name[h.end() :].split()) >= 2:
        return (name[h.end() :], start + h.end(), end, *rest)
    return found
