"""Organisations in Korean sentences: forms the article defines, compounds, bodies named alone
or in lists (A·B·C 등 지역 기업)."""

from __future__ import annotations

import re

from ...model import Entity, Kind, RelType, Sector
from .. import korean
from .helpers import _count, _generic_item, _list_head, _proper, normalise
from .lexicon import (
    ACRONYMS,
    APPOSITION_HEADS,
    BULLETS,
    COPULA,
    DAY,
    EVENT_HEADS,
    KNOWN_PROGRAMMES,
    LIST_DOTS,
    LIST_HEADS,
    LIST_QUALIFIERS,
    NOT_NAMES,
    PEOPLE_OF_PLACE,
    PLACE_NOUN,
    PROGRAMME_HEADS,
    STOP_BEFORE_ORG,
    UNIT_SUFFIXES,
    VENUE_AFTER,
)
from .tokens import SentenceFacts, Tok
from .units import Units


class Organisations(Units):
    """Mixed into `KoreanExtractor` (uses `self.reg`, `self.gaz`, `self.defined`)."""

    def _definitions(self, s: SentenceFacts) -> None:
        """Short forms the article defines: X(이하 ‘협회’), 한국전자통신연구원(ETRI), 대전테크노파크(대전TP, …)."""
        # X(이하 ‘협회’), X(사무총장 김영환, 이하 상생협력재단): the short form closes the parenthesis
        for m in re.finditer(r"\((?:[^()]{0,30},\s*)?\s*이하\s*[‘'\"“]?([^’'\"”),]{1,15})[’'\"”]?\s*\)", s.text):
            short = m.group(1).strip()
            before = s.text[: m.start()]
            head = korean.words(before, s.start)
            if head:
                w = head[-1]
                reading = self._org_reading(w.text)
                if reading:
                    body, sector, _ = reading
                    e = self.reg.org(w.text, w.start, w.end, body=body, sector=sector)
                    self.defined[normalise(short)] = e
                    a = s.start + m.start(1)
                    self.reg.alias(e, short, a, a + len(short))
        for m in re.finditer(r"([^\s(),·‧ㆍ・/]{2,40})\(([A-Za-z][A-Za-z&.\-]{1,12}|[가-힣]{1,6}TP)\s*[,)]", s.text):
            reading = self._org_reading(m.group(1))
            if reading and reading[2]:
                body, sector, _ = reading
                e = self.reg.org(m.group(1), s.start + m.start(1), s.start + m.end(1), body=body, sector=sector)
                self.defined[normalise(m.group(2))] = e
                self.reg.alias(e, m.group(2), s.start + m.start(2), s.start + m.end(2))

    def _list_runs(self, toks: list[Tok]) -> list[list[list[int]]]:
        """The coordinated phrases of a sentence: runs of items (each the indices of its words)
        joined by list marks (A·B·C, A, B), 와/과 (A와 B) or 및 (A 및 B). A parenthesis belongs
        to the item before it; 등 and any other particle end the run."""
        runs: list[list[list[int]]] = []
        n, i = len(toks), 0
        covered: set[int] = set()  # items of a run found (a list inside an item's parenthesis is a run of its own)
        while i < n:
            if i in covered:
                i += 1
                continue
            run, cur = [[i]], i
            while True:
                j = cur + 1
                while j < n and toks[j].depth > toks[cur].depth:
                    j += 1  # 한국기술사업화협회(회장 김호원)와: the parenthesis is the item's
                if j >= n or toks[j].depth != toks[cur].depth or toks[j].quoted != toks[cur].quoted:
                    break
                a, b = toks[cur], toks[j]
                sep = b.sep.replace("(", "").replace(")", "").strip()
                if b.stem == "등" or a.stem == "등":
                    break
                if (sep in LIST_DOTS | BULLETS | {",", "-"} and not a.particle) or (
                    sep == "" and a.particle in {"와", "과"}
                ):
                    run.append([j])
                elif sep == "" and b.word.text == "및" and not a.particle:
                    if j + 1 >= n or toks[j + 1].sep.strip() or toks[j + 1].depth != b.depth:
                        break
                    j += 1
                    run.append([j])
                elif sep == "" and not a.particle:
                    run[-1].append(j)
                else:
                    break
                cur = j
            if len(run) > 1:
                runs.append(run)
                covered.update(k for item in run for k in item)
            i += 1
        return runs

    def _body_item(self, tok: Tok) -> bool:
        """A list item's last word names a body on its own evidence."""
        if tok.title is not None or tok.quoted:
            return False
        if tok.entity is not None:
            return tok.entity.kind is Kind.ORGANISATION
        if tok.org_defined is not None:
            return True
        return tok.org_text is not None and (tok.org is not None or tok.org_strong) and not self._generic(tok.org_text)

    def _weak_item(self, tok: Tok) -> bool:
        """A list item's last word ends like a body after two letters or more (제주한라대, 유탑건설)."""
        if tok.org_text is None or tok.title is not None or tok.org is not None or tok.org_strong or tok.quoted:
            return False
        return len(self._weak_rest(tok)) >= 2 and not PLACE_NOUN.search(tok.org_text)

    def _weak_rest(self, tok: Tok) -> str:
        core = self._strip_marker(tok.org_text or "")[0]
        suffix = self.gaz.suffix(core)
        return core[: -len(suffix[0])] if suffix else ""

    def _name_item(self, tok: Tok, proper: bool = True) -> bool:
        """A list item's last word could name a body: one noun word Kiwi does not know as a
        common noun (unless not `proper`), not a person, a place, a title, a date or a programme."""
        stem = self._strip_marker(tok.stem)[0]
        return (
            tok.org_text is None
            and tok.title is None
            and tok.entity is None
            and tok.name < 2
            and not tok.quoted
            and len(stem) >= (3 if stem.isascii() else 2)
            and stem.upper() not in ACRONYMS
            and stem not in STOP_BEFORE_ORG
            and stem not in NOT_NAMES
            and not DAY.fullmatch(stem)
            and not re.search(r"\d", stem)
            and not KNOWN_PROGRAMMES.fullmatch(stem)
            and not PLACE_NOUN.search(stem)
            and not self.gaz.is_place(stem)
            and (korean.is_noun_word(stem) or tok.listed and korean.is_noun_word(stem[:-1]))
            and (_proper(stem) or not proper)
        )

    def _coordination(self, s: SentenceFacts) -> None:
        """Items coordinated with bodies are bodies: in 연세대학교 미래캠퍼스·강원대학교 원주캠퍼스·
        상지대학교·한라대학교, A·B·C 간 업무협약 or 제주한라대, 성운대, 신경주대, the word between
        two bodies (or beside one, when the list holds two) is one too, known or not."""
        toks = s.toks
        for run in self._list_runs(toks):
            heads = [toks[item[-1]] for item in run]
            kinds = [self._item_kind(t) for t in heads]
            for k, item in enumerate(run):
                lead = toks[item[0] : item[-1]]
                if kinds[k] == "name" and not all(self._leading(t) for t in lead):
                    kinds[k] = ""  # 대전시 출연연: a name is a list item of its own, not its item's last word
            if not kinds[-1] and self._body_item(toks[run[-1][0]]):
                # 포항시·한빛로보틱스·경북대학교 간 업무협약: the last item runs on into the sentence
                heads[-1], kinds[-1] = toks[run[-1][0]], "body"
            # the sector of a name no ending explains: the list's head (… 등 5개 기업), else the
            # one sector of all its bodies (a list of schools), else a company's
            head = _list_head(toks, run[-1][-1])
            known = {
                t.org_sector or (t.entity.sector if t.entity else None)
                for t, k in zip(heads, kinds, strict=True)
                if k == "body"
            }
            if isinstance(head, Sector):
                default = head
            else:
                default = known.pop() if len(known) == 1 and None not in known else Sector.INDUSTRY
            if kinds.count("weak") >= 2 and sum(k in {"weak", "name", "ending"} for k in kinds) >= 3:
                # 명운산업개발, 유탑건설, 케이윈드파워, 동아기술공사: a list of names, two of them ending like bodies
                kinds = ["body" if k == "weak" else k for k in kinds]
                for t, k in zip(heads, kinds, strict=True):
                    if k == "body" and not self._body_item(t):
                        t.org_strong = True
            if head is not False and len(run) >= 2:
                # 태양합금, 신화이앤이, 청운글로벌팜스 등 중소기업 3곳: the words after the list say what its items are
                others = sum(k != "" for k in kinds)
                for k, t in enumerate(heads):
                    # 태양합금 (two common nouns Kiwi knows) beside bodies of the same list
                    loose = kinds[k] == "" and others >= 2 and len(run[k]) == 1 and self._name_item(t, proper=False)
                    if kinds[k] in {"weak", "ending", "name"} or loose:
                        if t.org_text is None:
                            t.org_text, t.org_sector = t.stem, _name_sector(t.stem, default)
                        t.org_strong, kinds[k] = True, "body"
            changed = True
            while changed:  # a body found makes its neighbours' case: 제주한라대, 성운대, 신경주대
                changed = False
                bodies = kinds.count("body")
                for k, t in enumerate(heads):
                    near = [kinds[m] for m in (k - 1, k + 1) if 0 <= m < len(heads)]
                    if kinds[k] == "weak":  # an ending after a name: beside a body or another such
                        ok = "body" in near or "weak" in near
                    elif kinds[k] == "ending":  # an ending after common nouns (성운대): beside a body
                        ok = "body" in near
                    elif kinds[k] == "name":  # no ending: between bodies, or beside one of two
                        ok = near.count("body") == 2 or ("body" in near and bodies >= 2)
                    else:
                        continue
                    if not ok:
                        continue
                    if t.org_text is None:
                        t.org_text, t.org_sector = t.stem, _name_sector(t.stem, default)
                    t.org_strong = True
                    kinds[k], changed = "body", True

    def _shared_ending(self, s: SentenceFacts) -> None:
        """보은·옥천·영동·단양군: places listed before a county, city or district that writes the
        ending once are local governments of the same kind (보은군, 옥천군, 영동군)."""
        toks = s.toks
        for i, last in enumerate(toks):
            body = last.org
            if (
                body is None
                or not body.is_region
                or body.category not in SHARED_LEVELS
                or last.sep.strip() not in LIST_DOTS
            ):
                continue
            k = i
            while k > 0 and toks[k].sep.strip() in LIST_DOTS and not toks[k - 1].particle:
                place = self.gaz.place(toks[k - 1].stem)
                if toks[k - 1].org is not None or place is None or place.category != body.category:
                    break
                if place.canonical != toks[k - 1].stem + body.canonical[-1]:
                    break
                k -= 1
            for t in toks[k:i]:
                t.org, t.org_text, t.org_sector, t.org_strong, t.name = (
                    self.gaz.place(t.stem),
                    t.stem,
                    Sector.GOVERNMENT,
                    True,
                    0,
                )

    def _appositions(self, s: SentenceFacts) -> None:
        """홍콩 데이터센터 전문기업 원아시아네트워크가: a name after the kind of body it is."""
        toks = s.toks
        for i in range(1, len(toks)):
            kind, t = toks[i - 1], toks[i]
            if kind.particle not in {"", "인"} or t.sep.strip() or kind.quoted or t.org_strong or t.org is not None:
                continue
            head = next((h for h in APPOSITION_HEADS if kind.stem.endswith(h)), None)
            if head is None or self._item_kind(t) not in {"name", "weak"}:
                continue  # 국내기업 투자촉진지구로: common words name no body
            t.org_text = t.org_text or t.stem
            t.org_sector = t.org_sector or APPOSITION_HEADS[head]
            t.org_strong = True

    def _leading(self, tok: Tok) -> bool:
        """A word that may stand before a list's first item without being part of it (이날, 지난 8일)."""
        return tok.stem in STOP_BEFORE_ORG or DAY.fullmatch(tok.stem) is not None or tok.stem in NOT_NAMES

    def _item_kind(self, tok: Tok) -> str:
        if self._body_item(tok):
            return "body"
        if self._weak_item(tok):
            return "weak" if _proper(self._weak_rest(tok)) else "ending"
        return "name" if self._name_item(tok) else ""

    def _org_entity(self, tok: Tok, text: str | None = None, start: int | None = None) -> Entity:
        if tok.entity is not None and text is None:
            return tok.entity
        text = text or tok.org_text or tok.stem
        start = tok.word.start if start is None else start
        if tok.ext_start >= 0 and text == tok.org_text and tok.org_defined is not None:
            full = self.reg.article.text[tok.ext_start : tok.word.start] + text
            self.reg.alias(tok.org_defined, full, tok.ext_start, tok.ext_start + len(full))
        if tok.org_defined is not None:
            self.reg.alias(tok.org_defined, text, start, start + len(text))
            tok.entity = tok.org_defined
            return tok.entity
        if tok.ext_start >= 0 and text == tok.org_text:
            full = self.reg.article.text[tok.ext_start : tok.word.start] + text
            e = self.reg.find(Kind.ORGANISATION, full) or self.reg.find(Kind.ORGANISATION, text)
            e = e or self.reg.org(full, tok.ext_start, tok.ext_start + len(full), sector=tok.org_sector, body=tok.org)
            self.reg.alias(e, full, tok.ext_start, tok.ext_start + len(full))
            tok.entity = e
            return e
        chamber = self._chamber(text)
        e = self.reg.org(text, start, start + len(text), body=tok.org, sector=tok.org_sector, canonical=chamber)
        tok.entity = e
        return e

    def _organisations(self, s: SentenceFacts) -> None:
        toks = s.toks
        for i, tok in enumerate(toks):
            if not (tok.org_text and tok.entity is None):
                continue
            if tok.is_fused:
                continue  # 포항시장 without a name: the title of someone unnamed
            if not tok.org_strong and tok.org is None and self.reg.find(Kind.ORGANISATION, tok.org_text) is None:
                continue  # a weak ending names a body only when the article named it so (동안성병원 again)
            if self._kind_of_body(tok):
                continue  # 양 기관은 협력위원회를 운영하고: a kind of body, not one
            if tok.org_sector is Sector.MEDIA and len(toks) == 1:
                continue  # 일간경북신문 on a line of its own: the masthead, metadata of the page
            use = self._region_use(s, i)
            if use == "place":
                continue  # 안동시 풍천면, 나주시 에너지밸리, 화성시 산관학 협력체계: a place, not the body
            if use == "qualifier":  # 대전시 출연연, 경상남도 연계사업: the body, named as a qualifier
                text = tok.org_text or tok.stem
                self.reg.org(text, tok.word.start, tok.word.start + len(text), body=tok.org, sector=tok.org_sector)
                continue
            self._org_entity(tok)

    def _region_use(self, s: SentenceFacts, i: int) -> str:
        """How a region's name before another noun is used: "place" (an address, the place of a
        programme, event or venue, its 산관학), "qualifier" (its government qualifies the noun:
        대전시 출연연, 대전시 4대 전략산업) or "body" (anything else, a particle after it included).

        A qualifier is a mention of the body but no word of the sentence's patterns: the
        body is named, not said to sign or to employ anyone."""
        toks = s.toks
        tok = toks[i]
        ambiguous = tok.org is None and tok.org_text is not None and len(self.gaz.lookup_all(tok.org_text)) > 1
        if not ambiguous and (tok.org is None or not tok.org.is_region or tok.org.category == "admin_city"):
            return "body"
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if tok.particle or nxt is None:
            return "body"
        if tok.quoted or VENUE_AFTER.match(self.reg.article.text, tok.stem_end):
            return "place"  # ‘전라남도 해상풍력 산업박람회’, 충북도청 소회의실에서, 과천시 ‘렛츠런파크 서울’에서
        if nxt.sep.strip(" ") in LIST_DOTS and nxt.org is not None and nxt.org.is_region and not tok.particle:
            return "place" if self._region_use(s, i + 1) == "place" else "body"  # 구미시·경산시 기업: both places
        if nxt.sep.strip(" ") or nxt.stem in {"등", "및"}:
            return "body"
        if nxt.org is not None and nxt.org.is_region:
            return "place"  # 전라남도 나주시 에너지밸리: an address
        stems = [stem for stem, _ in korean.particle_splits(nxt.word.text)]
        if any(self.gaz.is_place(x) or re.fullmatch(r"[가-힣]{1,5}[읍면동리]", x) for x in stems):
            return "place"  # 안동시 풍천면, 경기도 안성에
        if nxt.is_org:
            return "body"
        if re.fullmatch(r"[산학연관민지]{2,5}", nxt.stem) or PLACE_NOUN.search(nxt.stem) or nxt.stem in PEOPLE_OF_PLACE:
            return "place"  # 화성시 산관학 협력체계, 평창군 소재 기업, 강서구 미음산업단지: the region as a place
        for t in toks[i + 1 : i + 4]:
            if PROGRAMME_HEADS.search(t.stem) or EVENT_HEADS.search(t.stem) or KNOWN_PROGRAMMES.search(t.stem):
                return "place"  # 나주시 에너지밸리, 화성시 산학협력 사업화 파트너링: the programme's place
            if t.particle:
                break
        return "qualifier"

    def _bare_word(self, text: str) -> bool:
        """산학협력단, 병원: a body's ending alone, a word every body of the kind may use."""
        suffix = self.gaz.suffix(text)
        return text in UNIT_SUFFIXES or (suffix is not None and suffix[0] == text)

    def _bare(self, tok: Tok) -> bool:
        """교육청, 협회, 대학: a body's ending alone, not a form the article defined."""
        if tok.org_defined is not None or tok.org is not None or tok.ext_start >= 0 or not tok.org_text:
            return False
        core = self._strip_marker(tok.org_text)[0]
        suffix = self.gaz.suffix(core)
        return suffix is not None and suffix[0] == core

    def _kind_of_body(self, tok: Tok) -> bool:
        """협력위원회, 실무협의회: one common word and a body's suffix, not defined or named before."""
        if tok.ext_start >= 0 or tok.org_defined is not None or tok.quoted or not tok.org_text or tok.org is not None:
            return False
        core = self._strip_marker(tok.org_text)[0]
        suffix = self.gaz.suffix(core)
        return (
            suffix is not None
            and len(core) - len(suffix[0]) <= 2
            and self._generic(tok.org_text)
            and self.reg.find(Kind.ORGANISATION, tok.org_text) is None
        )

    @staticmethod
    def _head_before(toks: list[Tok], i: int) -> Sector | None | bool:
        """The kind of the items of a list that a topic names before it and 등이다 closes:
        협약 기업은 A, B, C 등이다 (industry); False when no such head comes first."""
        m = i - 1
        while m > 0 and not _cased(toks[m]) and toks[m].sep.strip() in LIST_DOTS | BULLETS | {","}:
            m -= 1  # back over the items: to the first (A, B), or to the word before it (△A △B)
        head = toks[m] if _cased(toks[m]) else toks[m - 1] if m > 0 else None
        if head is None or head.particle not in {"은", "는"}:
            return False
        stem = re.sub(r"^\d+개\s?", "", head.stem)
        return LIST_HEADS.get(stem, False)

    def _lists(self, s: SentenceFacts) -> None:
        """Unknown companies named in lists: A·B·C 등 5개 기업, 대표기업인 A, B, C 등."""
        toks = s.toks
        n = len(toks)
        for i, tok in enumerate(toks):
            if tok.stem != "등" or tok.particle and tok.particle not in COPULA:
                continue
            # the head noun after 등 (or fused: 등 5개 기업)
            k = i + 1 if tok.stem == "등" else i
            head_sector: Sector | None | bool = False
            member_of: Entity | None = None
            for m in range(k, min(n, k + 3)):
                h = toks[m]
                stem = re.sub(r"^\d+개\s?", "", h.stem)
                if h.is_org and (h.org is not None or h.org_strong) and member_of is None and not h.particle:
                    member_of = self._org_entity(h)
                    continue
                if stem in LIST_HEADS and h.particle not in {"의", "에", "에서"}:
                    head_sector = LIST_HEADS[stem]
                    break
                if re.fullmatch(r"\d+(?:개|곳|개사)", h.stem) and h.particle in COPULA | {"다"}:
                    head_sector = self._head_before(toks, i)  # 협약을 맺은 기업은 A, B 등 총 11개다
                    break
                if h.stem == "총" and m + 1 < n and toks[m + 1].particle in COPULA | {"다"}:
                    continue
                if not re.fullmatch(r"\d+(?:개|곳|개사)|관련|[가-힣]+\s?관련|" + LIST_QUALIFIERS, h.stem):
                    break  # 등 지역 기업 10곳, 등 관련 기업: words that qualify the head
            if tok.particle:  # 협약을 맺은 6개 기업은 △A △B △C 등이다: the head comes before the list
                head_sector = self._head_before(toks, i)
            if head_sector is False and not (tok.depth and tok.paren_owner >= 0 and toks[tok.paren_owner].is_org):
                continue
            # walk the list backwards
            items: list[Tok] = []
            end = i if tok.stem == "등" else i + 1
            m = end - 1
            while m >= 0:
                t = toks[m]
                if m < end - 1 and _cased(t) and t.particle not in {"인", "이자"}:
                    break
                items.append(t)
                if m == 0 or t.sep.strip() not in LIST_DOTS | BULLETS | {","}:
                    break
                m -= 1
            sector = head_sector if isinstance(head_sector, Sector) else Sector.INDUSTRY
            for t in items:
                whole = bool(t.particle) and not _cased(t) and t.entity is None and not t.org_text
                if whole:  # 대동기어, 복을만드는사람들: one name, no ending
                    t.stem, t.particle, t.stem_end = t.word.text, "", t.word.start + len(t.word.text)
                stem = t.stem.removeprefix("대표기업인").removeprefix("기업인")
                if t.stem.endswith("인") and t.particle == "":
                    continue
                if t.entity is not None and t.entity.kind is Kind.ORGANISATION:
                    e = t.entity
                elif t.entity is not None or t.name >= 2 or t.title or _generic_item(stem):
                    continue  # … 공공기관 및 기업체 등 18개 기관: a kind of body names no one
                elif t.org_text and self._bare(t):
                    continue  # 제주도·교육청·한화시스템 등: a bare 교육청 names no one
                elif t.org_text:
                    e = self._org_entity(t)
                elif (place := self.gaz.place(stem)) is not None and place.is_region:
                    # 경북, 포항시, 포스텍 등 3개 기관: a place named as a party is its government
                    e = self.reg.org(stem, t.word.start, t.word.start + len(stem), body=place)
                    t.entity = e
                elif (whole or korean.is_noun_word(stem)) and len(stem) >= 2 and korean.HANGUL_WORD.match(stem):
                    e = self.reg.org(stem, t.word.start, t.word.start + len(stem), sector=sector)
                    t.entity = e
                else:
                    continue
                owner = toks[tok.paren_owner] if tok.depth and tok.paren_owner >= 0 else None
                if owner is not None and owner.is_org and owner.entity is not e:
                    count = _count(s.text)
                    self.reg.relate(RelType.MEMBER_OF, e, self._org_entity(owner), (s.start, s.end), count=count)
                elif member_of is not None:
                    self.reg.relate(RelType.MEMBER_OF, e, member_of, (s.start, s.end))


def _name_sector(stem: str, default: Sector) -> Sector:
    """CJ프레시웨이, GS건설: a group's Latin initials before a Hangul name make a company, whatever
    the rest of the list is."""
    return Sector.INDUSTRY if re.match(r"[A-Z]{2,4}[가-힣]", stem) else default


SHARED_LEVELS = {"county", "city", "district"}  # the levels whose ending one list may share


def _cased(tok: Tok) -> bool:
    """Does the word end in a particle? Not when what Kiwi cut off is none (대동기어 read as
    대동기 + 어, 복을만드는사람들 as 복 + 을 …): in a list, such a word is one name."""
    return bool(tok.particle) and tok.particle in _PARTICLES


_PARTICLES = frozenset(korean.PARTICLES) | COPULA
