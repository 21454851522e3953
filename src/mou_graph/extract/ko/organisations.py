"""Organisations in Korean sentences: forms the article defines, compounds, bodies named alone
or in lists (A·B·C 등 지역 기업)."""

from __future__ import annotations

import re

from ...model import Entity, Kind, RelType, Sector
from .. import korean
from .helpers import _count, _project_group, normalise
from .lexicon import CAMPUS, LIST_HEADS, LIST_QUALIFIERS, UNIT_SUFFIXES
from .tokens import SentenceFacts, Tok


class Organisations:
    """Mixed into `KoreanExtractor` (uses `self.reg`, `self.gaz`, `self.defined`)."""

    def _definitions(self, s: SentenceFacts) -> None:
        """Short forms the article defines: X(이하 ‘협회’), 한국전자통신연구원(ETRI), 대전테크노파크(대전TP, …)."""
        for m in re.finditer(r"\(\s*이하\s*[‘'\"“]?([^’'\"”)]{1,15})[’'\"”]?\s*\)", s.text):
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

    def _compounds(self, s: SentenceFacts) -> None:
        """A university and its unit: 협성대학교 산학협력단 is one body, PART_OF the university."""
        toks = s.toks
        for i in range(1, len(toks)):
            unit, parent = toks[i], toks[i - 1]
            if parent.particle or unit.sep.strip() or not parent.is_org:
                continue
            unit_text = unit.org_text or (unit.stem if unit.stem in UNIT_SUFFIXES else None)
            academic = parent.org_sector is Sector.ACADEMIA
            if academic and (k := _project_group(toks, i)) is not None:
                unit, unit_text = toks[k], toks[k].stem  # 경북대학교 LINC 3.0 사업단(단장 …)
                for t in toks[i:k]:
                    t.used = True
            elif academic and CAMPUS.fullmatch(unit.stem):
                unit_text = unit.stem  # 연세대 미래캠퍼스, 고려대 세종캠퍼스: the campus is a body of its own
            elif not unit_text or unit_text not in UNIT_SUFFIXES or unit_text == "산학협력관":
                continue
            full = s.text[parent.word.start - s.start : unit.word.start - s.start] + unit_text
            parent_entity = self._org_entity(parent)
            child = self.reg.org(full, parent.word.start, parent.word.start + len(full), sector=Sector.ACADEMIA)
            self.reg.relate(RelType.PART_OF, child, parent_entity, (s.start, s.end))
            unit.org_text, unit.org, unit.org_strong = full, None, True
            unit.entity = child
            parent.used = True
            parent.entity = child

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
            e = self.reg.org(full, tok.ext_start, tok.ext_start + len(full), sector=tok.org_sector) if e is None else e
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
            if not tok.org_strong and tok.org is None:
                continue
            if self._kind_of_body(tok):
                continue  # 양 기관은 협력위원회를 운영하고: a kind of body, not one
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            is_region = tok.org is not None and tok.org.category in {"province", "metro", "city", "county", "district"}
            if is_region and not tok.particle and nxt is not None and not nxt.sep.strip(" ") and not nxt.is_org:
                continue  # 화성시 산관학 협력체계, 충북도청 소회의실: a place, not the body
            self._org_entity(tok)

    def _kind_of_body(self, tok: Tok) -> bool:
        """협력위원회, 실무협의회: one common word and a body's suffix, not defined or named before."""
        if tok.ext_start >= 0 or tok.org_defined is not None or tok.quoted or not tok.org_text:
            return False
        core = self._strip_marker(tok.org_text)[0]
        suffix = self.gaz.suffix(core)
        return (
            suffix is not None
            and len(core) - len(suffix[0]) <= 2
            and self._generic(tok.org_text)
            and self.reg.find(Kind.ORGANISATION, tok.org_text) is None
        )

    def _lists(self, s: SentenceFacts) -> None:
        """Unknown companies named in lists: A·B·C 등 5개 기업, 대표기업인 A, B, C 등."""
        toks = s.toks
        n = len(toks)
        for i, tok in enumerate(toks):
            if tok.stem != "등" or tok.particle:
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
                if not re.fullmatch(r"\d+(?:개|곳|개사)|관련|[가-힣]+\s?관련|" + LIST_QUALIFIERS, h.stem):
                    break  # 등 지역 기업 10곳, 등 관련 기업: words that qualify the head
            if head_sector is False and not (tok.depth and tok.paren_owner >= 0 and toks[tok.paren_owner].is_org):
                continue
            # walk the list backwards
            items: list[Tok] = []
            end = i if tok.stem == "등" else i + 1
            m = end - 1
            while m >= 0:
                t = toks[m]
                if m < end - 1 and t.particle and t.particle not in {"인", "이자"}:
                    break
                items.append(t)
                if m == 0 or t.sep.strip() not in {",", "·", "‧", "ㆍ"}:
                    break
                m -= 1
            sector = head_sector if isinstance(head_sector, Sector) else Sector.INDUSTRY
            for t in items:
                stem = t.stem.removeprefix("대표기업인").removeprefix("기업인")
                if t.stem.endswith("인") and t.particle == "":
                    continue
                if t.entity is not None and t.entity.kind is Kind.ORGANISATION:
                    e = t.entity
                elif t.entity is not None or t.name >= 2 or t.title:
                    continue
                elif t.org_text:
                    e = self._org_entity(t)
                elif (place := self.gaz.place(stem)) is not None and place.is_region:
                    # 경북, 포항시, 포스텍 등 3개 기관: a place named as a party is its government
                    e = self.reg.org(stem, t.word.start, t.word.start + len(stem), body=place)
                    t.entity = e
                elif korean.is_noun_word(stem) and len(stem) >= 2 and korean.HANGUL_WORD.match(stem) is not None:
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
