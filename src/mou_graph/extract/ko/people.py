"""People in Korean sentences: 이름 소속 직함, 이름 소속직함, 소속 이름 직함, 소속(직함 이름), captions
where a body carries over, and the positions they hold."""

from __future__ import annotations

import re

from ...model import Entity, Kind, RelType, Sector
from .. import korean
from .helpers import _sector_for_title, normalise
from .lexicon import DIVISION, TITLE_EXTENSIONS, UNIT_SUFFIXES
from .people_context import PeopleContext
from .short_forms import ShortForms
from .tokens import SentenceFacts, Tok


class People(ShortForms, PeopleContext):
    """Mixed into `KoreanExtractor` (uses `self.reg`, `self.gaz`, `self.person_org`)."""

    def _own_body(self, tok: Tok) -> bool:
        """A word that names a body on its own evidence (a known body, a strong ending, a defined form)."""
        return tok.org_defined is not None or (tok.is_org and (tok.org is not None or tok.org_strong))

    def _suffix_title(self, tok: Tok) -> str | None:
        """총상회장 = 총상회 + 장: a title word that begins with a body's bare ending, which then
        belongs to the body before it (원저우시 총상회)."""
        if tok.is_fused:
            unit = tok.org_text or ""
        elif tok.is_title and tok.stem.endswith("장") and not self.gaz.is_title(tok.stem):
            unit = tok.stem[:-1]  # 조합장, 센터장 are titles of their own: 영양농협 조합장 heads 영양농협
        else:
            return None
        found = self.gaz.suffix(unit)
        return unit if found is not None and found[0] == unit and found[2] == "strong" else None

    def _title_run(self, toks: list[Tok], j: int) -> tuple[str, int, int, int]:
        """The title starting at toks[j], with 권한대행-style extensions: (title, start, end, last index)."""
        start = toks[j].word.start
        if toks[j].is_fused:
            start = toks[j].stem_end - len(toks[j].title or "")
            title = toks[j].title or ""
        else:
            title = toks[j].stem
        end, last = toks[j].stem_end, j
        k = j + 1
        while k < len(toks) and not toks[last].particle:
            t = toks[k]
            if t.stem in TITLE_EXTENSIONS or (t.depth > toks[j].depth and t.stem in TITLE_EXTENSIONS | {"겸직"}):
                if "(" in t.sep:
                    title += f"({t.stem})"
                else:
                    title += " " + t.stem if t.sep.strip() == "" else t.stem
                end, last = t.stem_end, k
                k += 1
                continue
            break
        return title, start, end, last

    def _person(
        self,
        s: SentenceFacts,
        name_tok: Tok,
        title: str | None,
        t_start: int,
        t_end: int,
        org: Entity | None,
    ) -> Entity:
        person = self.reg.person(name_tok.stem, name_tok.word.start, name_tok.word.start + len(name_tok.stem))
        name_tok.used = True
        name_tok.entity = person
        if person.title is None and title:
            person.title = title
        if org is None:
            org = self.person_org.get(person.name)
        if org is not None and title:
            written = title
            org, title = self._branch(org, title)
            if person.title == written:
                person.title = title
        unit = next((u for u in UNIT_SUFFIXES if title and title.startswith(u) and title != u), None)
        if org is not None and unit and org.sector is Sector.ACADEMIA and not org.name.endswith(unit):
            forms = [org.name, *org.aliases]
            org = (
                next(
                    (
                        e
                        for f in forms
                        for e in self.reg.entities
                        if e.kind is Kind.ORGANISATION and normalise(f + unit) in {normalise(a) for a in e.aliases}
                    ),
                    None,
                )
                or org
            )
        if org is not None and not self.reg.positions(person):
            self.reg.relate(RelType.HOLDS_POSITION, person, org, (s.start, s.end), title=title)
            self.person_org[person.name] = org
        elif org is None and title and not self.reg.positions(person):
            person.title = title
        return person

    def _fused_unknown(self, tok: Tok, start: int) -> tuple[Entity, str, int] | None:
        """유원대총장, 육군대학총장: a title fused onto a body the article names or the reading half-knows.

        (body, title, where the title starts) when the word ends in a fusable title and the rest
        is a body named in the article (or an abbreviation of one) or reads as a body."""
        stem = tok.stem
        title = next((t for t in self.gaz.fusable_by_length if stem.endswith(t) and len(stem) > len(t)), None)
        if title is None or self.gaz.is_title(stem) or self.gaz.title_suffix(stem) != title:
            return None  # 연구부총장: 연구 + 부총장, not 연구부 + 총장
        head = stem[: -len(title)]
        if len(head) < 2 or not korean.HANGUL_WORD.fullmatch(head) or korean.all_common_nouns(head):
            return None
        org = self.reg.find(Kind.ORGANISATION, head) or self.reg.match_abbreviation(head)
        if org is None and (org := self._abbreviated_later(head)) is None:
            reading = self._org_reading(head)
            if reading is None:
                return None
            body, sector, _ = reading
            org = self.reg.org(head, tok.word.start, tok.word.start + len(head), body=body, sector=sector)
        else:
            self.reg.alias(org, head, tok.word.start, tok.word.start + len(head))
        return org, title, start + len(head)

    def _reread_for_people(self, toks: list[Tok]) -> None:
        """Words the organisation reading took that the people patterns read otherwise.

        연구부총장: common nouns before a longer title (부총장) are a title, not 연구부 + 총장.
        피경구 원무과장: an unknown name-shaped 구/군/시/도 word right before a title is a name."""
        for i, tok in enumerate(toks):
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if (
                tok.particle in {"", "은", "는", "이"}
                and tok.name == 0
                and tok.org_text is None
                and tok.title is None
                and len(tok.word.text) == 3
                and tok.word.text == tok.stem + tok.particle
                and nxt is not None
                and nxt.is_title
                and nxt.sep == " "
                and tok.sep.strip() in {",", "·"}
                and i
                and toks[i - 1].is_title
                and korean.HANGUL_WORD.fullmatch(tok.word.text)
                and tok.word.text[0] in self.gaz.surnames
            ):
                # A 사장, 이상은 원장이 / A 병원장, 조정기 센터장: in a list of names and titles, a name
                # the reading split into a noun and a particle (이상 + 은) or took for a common word
                tok.stem, tok.particle, tok.stem_end = tok.word.text, "", tok.word.end
                tok.name = 2
            if i and toks[i - 1].name >= 2 and not toks[i - 1].particle:
                self._fused_short_form(tok)
            if tok.org is not None or tok.org_defined is not None or tok.quoted:
                continue
            if tok.is_fused and (longer := self.gaz.title_suffix(tok.stem)) and len(longer) > len(tok.title or ""):
                rest = tok.stem[: -len(longer)]
                if rest and korean.all_common_nouns(rest):
                    tok.org_text, tok.org_sector, tok.org_strong, tok.title = None, None, False, tok.stem
                continue
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if (
                tok.is_org
                and tok.org_text == tok.stem
                and not tok.org_strong
                and not tok.particle
                and nxt is not None
                and nxt.is_title
                and nxt.sep == " "
                and self.gaz.place(tok.stem) is None
                and (shape := self._name_shape(tok.stem, "시군구도")) >= 1
            ):
                tok.org_text, tok.org_sector, tok.name = None, None, shape

    def _people(self, s: SentenceFacts) -> None:
        toks = s.toks
        self._reread_for_people(toks)
        self._transcribed(s)
        self._shared_title_list(s)
        self._shared_title_pairs(s)
        carry: Entity | None = None  # the body a caption list carries over
        scope: Entity | None = None  # 경상국립대에서는 A 총장, B 부총장 …: the body a list is headed by
        lead: Entity | None = None  # 주석병원 A 원무부장, B 총무부장: the body before a list's first name
        n = len(toks)
        heads = self._list_heads(s)
        for i, tok in enumerate(toks):
            if tok.sep.strip() in {",", "·"} and tok.depth == 0 and not s.caption:
                if i and toks[i - 1].particle in {"이", "가"}:
                    scope = lead = None  # 주요 보직교수가, …: the clause the body headed has ended
                carry = scope or lead
            elif (
                i
                and tok.name
                and toks[i - 1].particle in {"과", "와"}
                and (toks[i - 1].is_title or toks[i - 1].is_fused)
            ):
                carry = scope or lead  # 인제대 A 대외부총장과 B 인재개발처장: the pair shares the body
            elif (
                i
                and tok.name
                and toks[i - 1].stem.startswith("비롯")
                and i + 1 < n
                and toks[i + 1].is_title  # 신재행 수소융합얼라이언스추진단 단장 names a body of its own
                and not s.caption
            ):
                # A 한밭대 총장을 비롯해 B 교학부총장, C 학생처장 등이: the list is of the first one's body
                carry = lead = self._previous_body(toks, i) or carry
            if i in heads:
                scope = carry = heads[i]
                continue
            if scope is not None and tok.is_org and tok.depth == 0:
                scope = carry = None  # another body: the list it headed ends
            if tok.name == 0 or tok.used or tok.org_text or tok.title or tok.quoted:
                continue
            if self.gaz.place(tok.stem) is not None:
                continue
            left = toks[i - 1] if i else None
            if left is not None and not left.is_org and i + 1 < n and toks[i + 1].is_title and not tok.sep.strip():
                self._short_form_before(left)
            # 한빛전자 김철수 대표, 한빛전자의 김철수 대표: the body right before the name
            left_org = left if left and left.is_org and left.particle in {"", "의"} and not tok.sep.strip() else None
            j = i + 1
            if tok.particle and tok.particle not in {"", "은", "는", "이", "가"}:
                continue
            right = toks[j] if j < n and not tok.particle else None
            if right is not None and right.depth != tok.depth:
                right = None  # 농촌진흥청(청장 조재호)과 전북대학교(총장 …): the parenthesis closed after the name
            # 이름 소속직함: 이강덕 포항시장
            if right is not None and right.is_fused and right.sep.strip() == "":
                title, a, b, _ = self._title_run(toks, j)
                body = self._org_entity(left_org) if left_org else carry
                if body is None and right.org_text in UNIT_SUFFIXES and tok.sep.strip() in {",", "·"} and not s.caption:
                    body = self._previous_body(toks, i)  # A 광운대 총장, B 산학협력단장: the unit of the body before
                if right.org_text in UNIT_SUFFIXES and body is not None:
                    # 협성대 …, 김인회 산학협력단장: the unit of the body the list is about
                    org, a = body, right.word.start
                    title = self.reg.article.text[a:b]
                elif (
                    left_org is None
                    and carry is not None
                    and right.org is None
                    and self.reg.find(Kind.ORGANISATION, right.org_text or "") is None
                    and not self._named_elsewhere(right.org_text or "", s)
                ):
                    # 경상국립대학교병원 A 병원장, B 의생명연구원장: a unit no other sentence names is
                    # the listed body's, its name part of B's title
                    org, a = carry, right.word.start
                    title = self.reg.article.text[a:b]
                else:
                    org = self._org_entity(right)
                    lead = None
                self._person(s, tok, title, a, b, org)
                right.used = True
                carry = org if s.caption else carry
                continue
            # 이름 직함 (소속 before the name, carried over, or already known)
            if right is not None and right.is_title and right.sep.strip() == "":
                title, a, b, _ = self._title_run(toks, j)
                org = self._org_entity(left_org) if left_org else None
                if org is None and (group := self._body_before_names(toks, i)) is not None:
                    org = lead = self._org_entity(group)  # 김해시의회 A·B 의원: the body before the names
                if org is None and tok.depth and tok.paren_owner >= 0 and toks[tok.paren_owner].is_org:
                    org = self._org_entity(toks[tok.paren_owner])
                if org is None and (fused := self._fused_unknown(right, a)) is not None:
                    org, title, a = fused  # 채훈관 유원대총장: a body the reading did not know, fused
                    lead = None
                if org is None:
                    org = carry
                if org is None and tok.sep.strip() in {",", "·"} and not s.caption:
                    org = self._previous_body(toks, i)  # A 순천향대학교 총장·B 연구부총장: the body before
                if tok.name >= 1:
                    self._person(s, tok, title, a, b, org)
                    if left_org:
                        left_org.used = True
                        carry = org if s.caption else carry
                        lead = org if not s.caption and tok.depth == 0 else lead
                continue
            # 이름 소속 직함: 정규열 포스텍 부총장 / 김병훈 이차전지 기업협의회장 / unknown 소속
            if right is not None and not right.particle and tok.name >= 1:
                k = j
                if k + 1 < n and toks[k + 1].stem == tok.stem and (toks[k].is_org):
                    k_org, k = k, k + 2  # garbled repeat of the name
                else:
                    k_org = None
                # find a title within the next three words
                end_k = None
                for m in range(j, min(n, j + (6 if scope is not None else 4))):
                    t = toks[m]
                    if t.is_title or t.is_fused:
                        end_k = m
                        break
                    if t.particle and t.stem != "및" or t.name >= 2 and m > j or t.sep.strip() not in {""}:
                        break
                if k_org is not None and k < n and toks[k].is_title:
                    end_k = k
                if end_k is None or end_k == j and not right.is_fused:
                    continue
                org: Entity | None = None
                title_from = j
                if k_org is not None:
                    org = self._org_entity(toks[k_org])
                    title_from = end_k
                elif scope is not None and right.org is None and right.org_defined is None and not right.is_fused:
                    org, title_from = scope, j  # 경상국립대에서는 … A 기계 융합공학과 학과장: the unit is the title's
                elif (right.is_org or right.org_defined) and j + 1 == end_k and self._suffix_title(toks[end_k]):
                    # 왕다우 원저우시 총상회장: the body's name goes on in the title word
                    unit = self._suffix_title(toks[end_k]) or ""
                    org_text = self.reg.article.text[right.word.start : toks[end_k].word.start + len(unit)]
                    org = self.reg.org(org_text, right.word.start, right.word.start + len(org_text))
                    title, a, b, last = self._title_run(toks, end_k)
                    if not toks[end_k].is_fused:
                        title, a = title[len(unit) :], a + len(unit)
                    self._person(s, tok, title, a, b, org)
                    for t in toks[j : last + 1]:
                        t.used = True
                    continue
                elif right.is_org or right.org_defined:
                    org = self._org_entity(right)
                    lead = None
                    title_from = j + 1
                    if title_from < end_k and toks[title_from].entity is org:
                        title_from += 1  # 연세대 미래캠퍼스 부총장: the campus is part of the body
                    # a unit between body and title belongs to the title: 포항테크노파크 그린에너지센터장
                elif toks[end_k].is_fused:
                    # 김병훈 이차전지 기업협의회장: the words before the fused org belong to it
                    fused = toks[end_k]
                    first = toks[j]
                    text = self.reg.article.text[first.word.start : fused.word.start] + (fused.org_text or "")
                    if toks[end_k].org_text and all(not t.particle for t in toks[j:end_k]):
                        ent = self.reg.match_abbreviation(text) or None
                        org = ent or self.reg.org(
                            text, first.word.start, first.word.start + len(text), sector=fused.org_sector, body=None
                        )
                        title, a, b, _ = self._title_run(toks, end_k)
                        self._person(s, tok, title, a, b, org)
                        for t in toks[j : end_k + 1]:
                            t.used = True
                        continue
                else:
                    # an unknown body between name and title: 한상규 대한전기협회, 허건영 기품원 원장
                    words_between = toks[j:end_k]
                    text = self.reg.article.text[words_between[0].word.start : words_between[-1].stem_end]
                    if text[:1].isdigit():
                        continue  # 학기당 30만 원: an amount, not a body and a title
                    if text.startswith("주") and self.gaz.is_place((text[1:].split() or [""])[0]):
                        org = None  # 주광주 중국총영사: 駐 and a place say where the office sits, not a body
                        title_from = j
                        tail_title, a, b, last = self._title_run(toks, end_k)
                        title = re.sub(r"\s+", " ", self.reg.article.text[toks[j].word.start : b]).strip()
                        self._person(s, tok, title, toks[j].word.start, b, None)
                        for t in toks[j : last + 1]:
                            t.used = True
                        continue
                    if len(words_between) > (4 if scope is not None else 2) or not all(
                        korean.is_noun_word(t.stem) or t.stem.isascii() or t.stem == "및" for t in words_between
                    ):
                        continue
                    if left_org is not None or carry is not None:
                        # 협성대 고희준 IPP 산학협력 교수: everything after the name is title
                        org = self._org_entity(left_org) if left_org else carry
                        title_from = j
                    elif DIVISION.search(text) and korean.all_common_nouns(DIVISION.sub("", text)):
                        org, title_from = None, j  # 임문영 경제부문 이사: a division of a body is the title's
                        if tok.sep.strip() in {",", "·"} and not s.caption:
                            org = self._previous_body(toks, i)  # … 경과원장, 임문영 경제부문 이사: the body before
                    else:
                        org = (
                            self._ending_in_title(text, toks[end_k], words_between[0].word.start)
                            or self.reg.match_abbreviation(text)
                            or self.reg.find(Kind.ORGANISATION, text)
                            or self._abbreviated_later(text)
                        )
                        if org is None:
                            org = self.reg.org(
                                text,
                                words_between[0].word.start,
                                words_between[0].word.start + len(text),
                                sector=_sector_for_title(toks[end_k].stem),
                            )
                        else:
                            self.reg.alias(
                                org, text, words_between[0].word.start, words_between[0].word.start + len(text)
                            )
                        title_from = end_k
                tail_title, a, b, last = self._title_run(toks, end_k)
                a = toks[title_from].word.start if title_from < end_k else a
                title = self.reg.article.text[a:b] if title_from < end_k else tail_title
                if title_from < end_k and tail_title != toks[end_k].stem:
                    title = self.reg.article.text[a : toks[end_k].word.start] + tail_title
                title = re.sub(r"\s+", " ", title).strip()
                self._person(s, tok, title, a, b, org)
                for t in toks[j : last + 1]:
                    t.used = True
                for t in toks[title_from:end_k]:
                    if t.entity is None:  # 친환경 에너지 융합연구센터 부센터장: words of a title name no body
                        t.org, t.org_text, t.org_strong = None, None, False
                if left_org:
                    left_org.used = True
                carry = org if s.caption else carry
                continue
        # 소속(직함 이름), 소속직함 이름, 소속 직함 이름
        for i, tok in enumerate(toks):
            if tok.name == 0 or tok.used or i == 0 or tok.quoted or self.gaz.place(tok.stem) is not None:
                continue
            t = toks[i - 1]
            if not (t.is_title or t.is_fused) or t.particle or "," in tok.sep:
                continue  # 경영자협의회장, 구징치: a title before a comma is the person's before it
            org: Entity | None = None
            title, a, b, _ = self._title_run(toks, i - 1)
            if t.is_fused:
                org = self._org_entity(t)
            elif t.depth and t.paren_owner >= 0 and toks[t.paren_owner].is_org:
                org = self._org_entity(toks[t.paren_owner])
            elif i >= 2 and toks[i - 2].is_org and not toks[i - 2].particle:
                org = self._org_entity(toks[i - 2])
            elif tok.name < 2 and tok.depth == 0:
                continue
            self._person(s, tok, title, a, b, org)
            t.used = True
        # one title for several names: 홍길동·김철수 포항시의원, 박민수, 이영희 교수
        for i in range(len(toks) - 1, -1, -1):
            tok = toks[i]
            if tok.name < 2 or tok.used or tok.particle or tok.quoted or i + 1 >= len(toks):
                continue
            nxt = toks[i + 1]
            if nxt.sep.strip() not in {"·", ","} or nxt.entity is None or nxt.entity.kind is not Kind.PERSON:
                continue
            shared = self.reg.positions(nxt.entity)
            if nxt.sep.strip() == "," and not (i + 2 < len(toks) and toks[i + 2].is_title):
                continue  # "A, B 원장": only when B's title follows B directly
            if shared:
                org = next(e for e in self.reg.entities if e.id == shared[0].target)
                self._person(s, tok, shared[0].title, tok.word.start, tok.word.end, org)
            elif nxt.entity.title:
                self._person(s, tok, nxt.entity.title, tok.word.start, tok.word.end, None)
