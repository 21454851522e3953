"""People in Korean sentences: 이름 소속 직함, 이름 소속직함, 소속 이름 직함, 소속(직함 이름), captions
where a body carries over, and the positions they hold."""

from __future__ import annotations

import re

from ...model import Entity, Kind, RelType, Sector
from .. import korean
from ..registry import abbreviates
from .helpers import _sector_for_title, normalise
from .lexicon import TITLE_EXTENSIONS, UNIT_SUFFIXES
from .tokens import SentenceFacts, Tok


class People:
    """Mixed into `KoreanExtractor` (uses `self.reg`, `self.gaz`, `self.person_org`)."""

    def _abbreviated_later(self, form: str) -> Entity | None:
        """허건영 세기원 원장 before the article names 한국세라믹기술원: the body it abbreviates."""
        for s in self.facts:
            for tok in s.toks:
                if tok.is_org and (tok.org is not None or tok.org_strong) and abbreviates(form, tok.org_text or ""):
                    return self._org_entity(tok)
        return None

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

    def _people(self, s: SentenceFacts) -> None:
        toks = s.toks
        carry: Entity | None = None  # the body a caption list carries over
        n = len(toks)
        for i, tok in enumerate(toks):
            if tok.sep.strip() in {",", "·"} and tok.depth == 0 and not s.caption:
                carry = None
            if tok.name == 0 or tok.used or tok.org_text or tok.title or tok.quoted:
                continue
            if self.gaz.place(tok.stem) is not None:
                continue
            left = toks[i - 1] if i else None
            left_org = left if left and left.is_org and not left.particle and not tok.sep.strip() else None
            j = i + 1
            if tok.particle and tok.particle not in {"", "은", "는", "이", "가"}:
                continue
            right = toks[j] if j < n and not tok.particle else None
            # 이름 소속직함: 이강덕 포항시장
            if right is not None and right.is_fused and right.sep.strip() == "":
                title, a, b, _ = self._title_run(toks, j)
                body = self._org_entity(left_org) if left_org else carry
                if right.org_text in UNIT_SUFFIXES and body is not None:
                    # 협성대 …, 김인회 산학협력단장: the unit of the body the list is about
                    org, a = body, right.word.start
                    title = self.reg.article.text[a:b]
                else:
                    org = self._org_entity(right)
                self._person(s, tok, title, a, b, org)
                right.used = True
                carry = org if s.caption else carry
                continue
            # 이름 직함 (소속 before the name, carried over, or already known)
            if right is not None and right.is_title and right.sep.strip() == "":
                title, a, b, _ = self._title_run(toks, j)
                org = self._org_entity(left_org) if left_org else None
                if org is None and tok.depth and tok.paren_owner >= 0 and toks[tok.paren_owner].is_org:
                    org = self._org_entity(toks[tok.paren_owner])
                if org is None:
                    org = carry
                if tok.name >= 1:
                    self._person(s, tok, title, a, b, org)
                    if left_org:
                        left_org.used = True
                        carry = org if s.caption else carry
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
                for m in range(j, min(n, j + 4)):
                    t = toks[m]
                    if t.is_title or t.is_fused:
                        end_k = m
                        break
                    if t.particle or t.name >= 2 and m > j or t.sep.strip() not in {""}:
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
                elif right.is_org or right.org_defined:
                    org = self._org_entity(right)
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
                    if len(words_between) > 2 or not all(
                        korean.is_noun_word(t.stem) or t.stem.isascii() for t in words_between
                    ):
                        continue
                    if left_org is not None or carry is not None:
                        # 협성대 고희준 IPP 산학협력 교수: everything after the name is title
                        org = self._org_entity(left_org) if left_org else carry
                        title_from = j
                    else:
                        org = (
                            self.reg.match_abbreviation(text)
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
                if left_org:
                    left_org.used = True
                carry = org if s.caption else carry
                continue
        # 소속(직함 이름), 소속직함 이름, 소속 직함 이름
        for i, tok in enumerate(toks):
            if tok.name == 0 or tok.used or i == 0 or tok.quoted or self.gaz.place(tok.stem) is not None:
                continue
            t = toks[i - 1]
            if not (t.is_title or t.is_fused) or t.particle:
                continue
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
