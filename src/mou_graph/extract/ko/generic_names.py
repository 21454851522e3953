"""Korean names made of common words and an ending (기업협의회, 농어촌지원센터): a body only
with the proper or place words before it, which the reading joins to the name."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...model import Sector
from .. import korean
from .lexicon import DAY, DESCRIBING, KNOWN_PROGRAMMES, REGION_BLOC, STOP_BEFORE_ORG

if TYPE_CHECKING:
    from .tokens import Tok


class GenericNames:
    """Mixed into `Words` (uses `self.gaz`, `self._strip_marker`)."""

    def _extend_generic(self, toks: list[Tok]) -> None:
        """A generic name (기업협의회, 농어촌지원센터) really starts at the words before it: the
        proper or place words that make it one body (이차전지산업 기업협의회, 보은군 농업인단체협의회)."""
        for i, tok in enumerate(toks):
            if i and tok.is_org and tok.org is None and not tok.org_strong and self._placed_generic(toks[i - 1], tok):
                tok.ext_start, tok.org_strong = toks[i - 1].word.start, True  # 전북 농어촌지원센터
                toks[i - 1].used = True
                continue
            if tok.org_text and tok.org is None and not tok.title and self._generic(tok.org_text):
                j = i
                placed = False  # 보은군 농업인단체협의회, 경북 포항 이차전지 기업협의회: places open the name
                while j > 0 and i - j < 3:
                    prev = toks[j - 1]
                    if (
                        not prev.particle
                        and not toks[j].sep.strip()
                        and not prev.title
                        and prev.depth == tok.depth
                        and ((prev.org is not None and prev.org.is_region) or self.gaz.place(prev.stem) is not None)
                    ):
                        j, placed = j - 1, True
                        continue
                    if placed:
                        break
                    person_like = prev.name >= 2 and (
                        j - 1 == 0 or prev.sep.strip() in {",", "·"} or toks[j - 2].title or toks[j - 2].particle
                    )
                    if (
                        prev.particle
                        or toks[j].sep.strip()
                        or prev.org_text
                        or prev.title
                        or person_like
                        or prev.stem in STOP_BEFORE_ORG
                        or DAY.fullmatch(prev.stem)
                        or REGION_BLOC.fullmatch(prev.stem)
                        or prev.quoted != tok.quoted
                        or prev.depth != tok.depth
                        or not korean.is_noun_word(prev.stem)
                        or re.search(r"\d", prev.stem)
                    ):
                        break
                    j -= 1
                if any(t.stem in DESCRIBING for t in toks[j:i]) or self._described(tok.org_text):
                    tok.org_text = tok.org_sector = (
                        None  # 해양플랜트 관련 연구소, 경주 지역 상공회의소: a kind, described
                    )
                    continue
                if j < i:
                    tok.ext_start = toks[j].word.start
                    tok.org_strong = True
                    for t in toks[j:i]:
                        t.used = True

    def _placed_generic(self, prev: Tok, tok: Tok) -> bool:
        """A place word right before a body whose name is only common nouns and an ending
        (전북 농어촌지원센터): the place is the first word of its name."""
        if prev.particle or tok.sep.strip() or prev.title or prev.depth != tok.depth or prev.quoted != tok.quoted:
            return False
        if self.gaz.place(prev.stem) is None and not (prev.org is not None and prev.org.is_region):
            return False
        suffix = self.gaz.suffix(tok.org_text or "")
        if suffix is None or len(suffix[0]) < 2 or (suffix[2] != "strong" and suffix[1] is Sector.INDUSTRY):
            return False  # 울산 그린소재: a company's ending after a place is a company's own name, not this
        rest = (tok.org_text or "")[: -len(suffix[0])]
        if any(b.is_region for b in self.gaz.lookup_all((tok.org_text or "")[:-1])):
            return False  # 인천 연수구청: a region's office (연수구), whatever its letters mean
        return bool(rest) and korean.all_common_nouns(rest)

    def _described(self, org_text: str) -> bool:
        """민간협회, 관련기관: a kind of body after a word that describes, never names."""
        core = self._strip_marker(org_text)[0]
        suffix = self.gaz.suffix(core)
        return suffix is not None and core[: -len(suffix[0])] in DESCRIBING

    def _generic(self, org_text: str) -> bool:
        """기업협의회, 특수목적법인: a suffix after common nouns names no one by itself."""
        core = self._strip_marker(org_text)[0]
        suffix = self.gaz.suffix(core)
        if suffix is None or suffix[2] != "strong" or KNOWN_PROGRAMMES.fullmatch(core):
            return False
        rest = core[: -len(suffix[0])]
        if not rest:
            return True
        if korean.is_proper_noun(core):
            return False  # 상지대학교, 동의대학교: Kiwi knows the whole word as a name
        return korean.all_common_nouns(rest)
