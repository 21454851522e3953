"""Companies an investment agreement counts but leaves unnamed where it is signed.

전남도는 16일 서남권 8개 기업과 투자협약을 했다. … 한강개발은 무안군 일원에 752억원을 투자해
리조트를 건설한다. An investment article counts its companies in the signing sentence and
names each one afterwards as the subject of what it will build or invest in. Such a subject
is a company (whatever its name looks like) and one of the counted parties; never more of
them than the count leaves open.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...model import Entity, Kind, Sector
from .. import korean
from .frames import MORE_SIGNING, PARTIES_NAMED
from .helpers import _proper, _unquoted
from .tokens import SentenceFacts, Tok

# the companies a signing counts: 8개 기업과, 3개 사와, 6개 업체, 8개사로
COMPANIES_COUNTED = re.compile(
    r"(?<![\d.,])(\d{1,2})\s*(?:개\s*(?:기업|업체|사)|개사)(?:들)?(?:[과와이가은는]|과의|로|이다)?(?![가-힣])"
)
# what an investing company does: 752억원을 투자해 … 건설한다, 공장을 신설한다
INVESTS = re.compile(r"투자|투입|들여|건립|건설|증설|신설|설립|조성|구축|이전|입주|짓는|짓고|세운다|세울|주력할")
SUBJECT = {"은", "는", "이", "가"}
MARKED_SUBJECT = SUBJECT | {"도", "와", "과"}  # ㈜인프라엑스와 ㈜한아도 … 투자할 예정이다
# subjects that refer, not name: 이들 기업은, 회사는, 도는
REFERRING = {"이들", "기업", "기업들", "회사", "업체", "업체들", "도", "시", "군", "구", "양사", "양측", "협약", "투자"}
LIST_MARKS = {"·", ","}
KINDS = ("기업", "업체", "회사", "기관", "단체", "법인")  # 입주기업은, 참여업체는: a kind, not a name
# what an investment sentence measures (고용인원은 52명으로, 투자규모는 …): a quantity, not a name
MEASURES = ("인원", "인력", "일자리", "규모", "금액", "액", "비", "면적", "부지")


class Investors:
    """Part of the Korean extractor: counted companies named by what they invest in."""

    investors: set[str]

    def _investors(self, facts: Sequence[SentenceFacts]) -> None:
        self.investors = set()
        signs = [s.signing or bool(MORE_SIGNING.search(_unquoted(s.text))) for s in facts]
        first = next((k for k, sign in enumerate(signs) if sign), None)
        if first is None:
            return
        # the count in the signing or in a sentence that names the parties (참여한 기업은 … 8개사로)
        named = [s for s, sign in zip(facts, signs, strict=True) if sign or PARTIES_NAMED.search(s.text)]
        count = max((int(m.group(1)) for s in named for m in COMPANIES_COUNTED.finditer(_unquoted(s.text))), default=0)
        if count == 0:
            return
        known = {  # the companies the signing, or a list of the parties, names already
            t.entity.id
            for s in named
            for t in s.toks
            if t.entity is not None and t.entity.kind is Kind.ORGANISATION and t.entity.sector is Sector.INDUSTRY
        }
        for s in facts[first + 1 :]:
            if len(known) >= count:
                return
            if s.caption or not INVESTS.search(_unquoted(s.text)):
                continue
            for tok in self._subjects(s.toks):
                if len(known) >= count:
                    return  # never more companies than counted
                e = tok.entity or self.reg.find(Kind.ORGANISATION, tok.stem) or self._company(tok)
                if e.id not in known:
                    known.add(e.id)
                    self.investors.add(e.id)

    def _subjects(self, toks: list[Tok]) -> list[Tok]:
        """The company words a sentence opens with as its subject (동진기업·제이케이베스트는
        both, after a place or a description), and every subject a description introduces
        (생산업체인 티이엠씨는 A에, 가구 제조업체인 송인산업은 B에 …)."""
        found = self._opening(toks)
        for k in range(1, len(toks)):
            tok, before = toks[k], toks[k - 1]
            described = tok.particle in SUBJECT and before.word.text.endswith("인") and not tok.sep.strip()
            if described and tok not in found and not tok.quoted and self._company_word(tok):
                found.append(tok)
        for tok in toks:  # ㈜이인은 드론 개발에, 신소재산업㈜은 …, ㈜인프라엑스와 ㈜한아도: a marked company
            if tok.particle in MARKED_SUBJECT and tok not in found and not tok.quoted and self._marked(tok):
                found.append(tok)
        return found

    def _marked(self, tok: Tok) -> bool:
        return tok.is_org and self._strip_marker(tok.org_text or "")[1] and self._company_word(tok)

    def _opening(self, toks: list[Tok]) -> list[Tok]:
        for k, tok in enumerate(toks[:10]):
            if tok.quoted or tok.depth:
                return []
            if tok.particle not in SUBJECT:
                if tok.particle in {"이다", "했다", "한다"} or (
                    tok.entity is not None and tok.entity.kind is Kind.PERSON
                ):
                    return []
                continue
            run = [tok]
            while run[0].sep.strip() in LIST_MARKS and k - len(run) >= 0 and not toks[k - len(run)].particle:
                run.insert(0, toks[k - len(run)])
            return [t for t in run if self._company_word(t)] if self._company_word(tok) else []
        return []

    def _company_word(self, tok: Tok) -> bool:
        """Could the word be a company's name? A company the article knows, or a word that is no
        place, person, title, kind of body or dictionary word (한강개발, 세원하드페이싱, ㈜정다운)."""
        e = tok.entity or self.reg.find(Kind.ORGANISATION, tok.stem)
        if e is not None:
            return e.kind is Kind.ORGANISATION and e.sector is Sector.INDUSTRY
        stem = tok.stem
        if tok.title or tok.name >= 2 or stem in REFERRING or len(stem) < 2 or tok.org is not None:
            return False
        if self.gaz.place(stem) is not None or self.gaz.is_title(stem):
            return False
        if tok.org_text:
            found = self.gaz.suffix(tok.org_text)
            return found is not None and found[1] is Sector.INDUSTRY and found[0] != tok.org_text
        if korean.HANGUL_WORD.match(stem) is None or stem.endswith(KINDS + MEASURES) or INVESTS.search(stem):
            return False
        if not korean.is_noun_word(stem) and not korean.ends_in_noun(stem):  # 예상되는: a verb's stem and ending
            return False
        return _proper(stem) or korean.pieces(stem) >= 2  # 바다씨푸드: a name of common words, not one word

    def _company(self, tok: Tok) -> Entity:
        text = tok.org_text or tok.stem
        e = self.reg.org(text, tok.word.start, tok.word.start + len(text), sector=Sector.INDUSTRY)
        tok.entity = e
        return e
