"""A Korean body and its unit as one body, PART_OF its parent: 협성대학교 산학협력단, 연세대
미래캠퍼스, 한국도로공사 강진광주건설사업단, 충남대 농업생명과학대학, 미주한인상공회의소 총연합회;
and a foreign body named after its country: 쿠웨이트 투자진흥청, 베트남 박닌성."""

from __future__ import annotations

from ...model import Kind, RelType, Sector
from .. import korean
from .helpers import _project_group
from .lexicon import (
    BRANCH_ENDINGS,
    CAMPUS,
    COLLEGE,
    COUNTRIES,
    KNOWN_PROGRAMMES,
    NAMED_UNIT_ENDINGS,
    NEWSROOM,
    UNIT_SUFFIXES,
)
from .tokens import SentenceFacts, Tok

# a foreign region's endings: 주 (a state), 성 (a province), 현 (a prefecture), 시; not 도, which
# abroad is mostly an island's (중국 장자도)
FOREIGN_REGION_ENDINGS = ("주", "성", "현", "시")


class Units:
    """Mixed into `Organisations` (uses `self.reg`, `self.gaz`, `self._bare_word`)."""

    def _foreign_bodies(self, s: SentenceFacts) -> None:
        """쿠웨이트 투자진흥청과, 베트남 박닌성과, 미국 애리조나주 피닉스시와: a country, perhaps its
        region, and a word with a body's ending (or a foreign region's) are one foreign body;
        a government's, unless the ending says otherwise. A name of common words keeps the country
        (every country has a 투자진흥청); a name of its own (피닉스시) is the name, the country an alias."""
        toks = s.toks
        for i, tok in enumerate(toks[:-1]):
            if tok.stem not in COUNTRIES or tok.particle or tok.quoted or tok.depth or tok.entity is not None:
                continue
            j = i + 1
            if j + 1 < len(toks) and _foreign_region(toks[j]) and not toks[j].particle and _foreign_place(toks[j + 1]):
                j += 1  # 미국 애리조나주 피닉스시: the state, then its city
            body = toks[j]
            if body.sep.strip() or body.org is not None or body.entity is not None or body.title or body.quoted:
                continue
            nxt = toks[j + 1] if j + 1 < len(toks) else None
            listed = nxt is not None and (nxt.sep.strip() in {",", "·"} or nxt.stem in {"및", "등"})
            if not body.particle and not listed:
                continue  # 중국 장자도 해삼 양식: a place qualifying a noun, no party
            found = self.gaz.suffix(body.stem)
            if found is None and not _foreign_region(body):
                continue
            if found is not None and body.stem == found[0]:
                continue  # 미국 대사관 is read elsewhere; a bare ending names no body here
            if self.gaz.place(body.stem) is not None:
                continue
            full = s.text[tok.word.start - s.start : body.stem_end - s.start]
            sector = found[1] if found is not None else Sector.GOVERNMENT
            own = not self._generic(body.stem)
            if own:
                # 미국 애리조나주 피닉스시, 미국 킹슬리대학교: a name of its own is the name; the country only places it
                entity = self.reg.org(body.stem, body.word.start, body.stem_end, sector=sector)
                self.reg.alias(entity, full, tok.word.start, body.stem_end)
            else:
                entity = self.reg.org(full, tok.word.start, body.stem_end, canonical=full, sector=sector)
            for t in toks[i:j]:
                t.used, t.entity = True, entity
            body.org_text, body.org_strong, body.org_sector, body.entity = (
                body.stem if own else full,
                True,
                sector,
                entity,
            )
            body.name = 0  # 박닌성: a foreign province, not a person named 박닌

    def _compounds(self, s: SentenceFacts) -> None:
        """A body and its unit are one body, PART_OF the parent: 협성대학교 산학협력단, 연세대
        미래캠퍼스, 대한적십자사 혈액관리본부, 한국농어촌공사 해남완도지사, 한국생산성본부 경북동부센터.

        The parent named only inside the unit's name is no mention of the parent (the unit is
        the body the sentence is about); the PART_OF tie stays when the article names it too."""
        toks = s.toks
        begins: dict[int, tuple[int, str, int]] = {}  # a unit's token → its compound's start, canonical, first word
        for i in range(1, len(toks)):
            unit, parent = toks[i], toks[i - 1]
            if parent.particle or unit.sep.strip() or not parent.is_org or parent.quoted != unit.quoted:
                continue
            unit_text = unit.org_text or (unit.stem if unit.stem in UNIT_SUFFIXES else None)
            academic = parent.org_sector is Sector.ACADEMIA
            if academic and (k := _project_group(toks, i)) is not None:
                unit, unit_text = toks[k], toks[k].stem  # 경북대학교 LINC 3.0 사업단(단장 …)
                for t in toks[i:k]:
                    t.used = True
            elif academic and CAMPUS.fullmatch(unit.stem):
                unit_text = unit.stem  # 연세대 미래캠퍼스, 고려대 세종캠퍼스: the campus is a body of its own
            elif self._named_unit(parent, unit):
                unit_text = unit.stem  # 대한적십자사 혈액관리본부: a unit with a name of its own
            elif self._bare_ending_after(parent, unit):
                unit_text = unit.stem  # 미주한인상공회의소 총연합회: a bare ending names the body with the words before
            elif academic and unit.org is None and COLLEGE.search(unit_text or "") and len(unit_text or "") > 4:
                pass  # 충남대 농업생명과학대학, 한빛대 경영전문대학원: a college of the university
            elif not academic or not unit_text or unit_text not in UNIT_SUFFIXES or unit_text == "산학협력관":
                continue
            start, parent_canonical, first = begins.get(i - 1, (parent.word.start, "", i - 1))
            full = s.text[start - s.start : unit.word.start - s.start] + unit_text
            parent_text = parent.org_text or parent.stem
            parent_entity = parent.entity or self.reg.org(
                parent_text, parent.word.start, parent.word.start, body=parent.org, sector=parent.org_sector
            )
            sector = Sector.ACADEMIA if academic else parent.org_sector
            if "기술지주" in unit_text:
                sector = Sector.INDUSTRY  # 조선대학교 기술지주주식회사: the university's company
            if unit_text.endswith("병원") and not academic:
                sector = Sector.INDUSTRY  # 대산의료재단 동안성병원: a hospital, whoever runs it
            parent_canonical = parent_canonical or (parent.org.canonical if parent.org else parent_text)
            canonical = parent_canonical + " " + unit_text
            own = None
            named = not academic and not self._bare_word(unit_text)
            if named:  # 동안성병원 alone later is the same hospital
                own = self.reg.find(Kind.ORGANISATION, unit_text)
                own = own if own is not parent_entity else None
            child = own or self.reg.find(Kind.ORGANISATION, canonical)
            if child is None:
                child = self.reg.org(full, start, start + len(full), canonical=canonical, sector=sector)
            else:
                self.reg.alias(child, full, start, start + len(full))
            self.reg.key(child, canonical)
            if named:
                self.reg.key(child, unit_text)
            self.reg.relate(RelType.PART_OF, child, parent_entity, (s.start, s.end))
            if unit.is_title or unit.is_fused and unit.stem.endswith(BRANCH_ENDINGS):
                unit.title = None  # 해남완도지사, 김해지사: the unit's name, no governor's title
            unit.org_text, unit.org, unit.org_strong, unit.org_sector = full, None, True, sector
            unit.entity = child
            for t in toks[first:i]:  # 동국대 경주캠퍼스 산학협력단: every word of it names the last unit
                t.used, t.entity = True, child
            begins[i] = (start, canonical, first)

    def _bare_ending_after(self, parent: Tok, unit: Tok) -> bool:
        """총연합회, 협의회 alone after a body known on its own evidence: the body's federation or
        council, one name with the body's."""
        if not (parent.org is not None or parent.org_strong) or parent.is_fused or unit.title or unit.org_strong:
            return False
        if parent.org is not None and parent.org.is_region:
            return False  # 경북도 협의회: a region's council is read elsewhere
        found = self.gaz.suffix(unit.stem) if unit.org_text == unit.stem else None
        return found is not None and found[0] == unit.stem and found[2] == "strong"

    def _named_unit(self, parent: Tok, unit: Tok) -> bool:
        """The word after a body names a unit of it: a name and a unit's ending (본부, 지사,
        센터, 대학원, 병원, …) after a body known on its own evidence (해남완도지사 is no governor)."""
        branch = unit.stem.endswith(BRANCH_ENDINGS)
        if not (parent.org is not None or parent.org_strong or branch) or parent.is_fused:
            return False  # a weak ending (…공사) is a body when a branch of it follows: 한국전기안전공사 김해지사
        if unit.is_fused and not branch:
            return False  # 한국전기안전공사 김해지사: after a body, a region's 지사 is its branch, no governor
        if parent.org is not None and parent.org.is_region:
            return False  # 포항시 북구, 경북도 일자리지원센터: a region's own offices are read elsewhere
        if KNOWN_PROGRAMMES.fullmatch(unit.stem) or unit.stem.endswith(NEWSROOM):
            return False  # 포스텍 배터리특성화대학원: the university's programme, not a unit
        ending = next((e for e in NAMED_UNIT_ENDINGS if unit.stem.endswith(e)), None)
        if ending is None or len(unit.stem) - len(ending) < 2 or not korean.is_noun_word(unit.stem):
            return False
        return not unit.title or branch

    # ---------------------------------------------------------- coordination


def _foreign_region(tok: Tok) -> bool:
    return len(tok.stem) >= 3 and tok.stem.endswith(FOREIGN_REGION_ENDINGS) and korean.is_noun_word(tok.stem)


def _foreign_place(tok: Tok) -> bool:
    return _foreign_region(tok) or tok.org_text is not None
