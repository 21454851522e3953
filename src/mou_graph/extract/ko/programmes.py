"""Programmes and events a Korean article names (…사업, …센터 조성), and who funds them with how much."""

from __future__ import annotations

import re

from ...model import Entity, Kind, Relation, RelType
from .. import korean
from . import programme_words
from .helpers import _inside, _quoted_spans, normalise
from .lexicon import (
    AGREEMENT_WORD,
    AMOUNT,
    DAY,
    EVENT_HEADS,
    GENERIC_MODIFIERS,
    KNOWN_PROGRAMMES,
    LIST_DOTS,
    PROGRAMME_HEADS,
    PROGRAMME_TAIL,
    QUOTED_HEADS,
    STOP_BEFORE_ORG,
    TIME_OF_DAY,
    WORK_HEADS,
)
from .tokens import SentenceFacts

# a 사업 named as an example of a kind of scheme: … 사업 등 유관 프로그램, … 사업 등 대형연구 사업
EXAMPLE_OF = re.compile(
    r"\s*등\s+(?:[가-힣]+\s+){0,2}[가-힣]*(?:사업|프로그램)(?:[의을를이가은는에과와도]|(?![가-힣]))"
)
# what marks an event's own name: its edition or year, or that it is international
EDITION = re.compile(r"^(?:국제|제\s?\d+\s?회|\d{4}년?|20\d\d)\s")
# a thing the parties will build (… 플랫폼 공동 구축, … 허브 설치)
TO_BUILD = re.compile(r"\s*(?:공동\s?)?(?:구축|설치)(?:[을를에과와의]|(?![가-힣]))")


def _short_forms(text: str, found: list[tuple[int, int, Kind]]) -> dict[int, int]:
    """지역혁신중심 대학지원체계(RISE, 이하 라이즈): a programme's short forms in the parenthesis
    right after it (where each starts → where the full name starts)."""
    out: dict[int, int] = {}
    for a, b, _ in found:
        if not text.startswith("(", b):
            continue
        close = text.find(")", b)
        if close < 0:
            continue
        for c, d, _ in found:
            if b < c and d <= close and c not in out:
                out[c] = out.get(a, a)
    return out


class Programmes:
    """Mixed into `KoreanExtractor` (uses `self.reg`, `self.agreement`)."""

    def _programmes(self, s: SentenceFacts) -> None:
        text = s.text
        found: list[tuple[int, int, Kind]] = []
        for qa, qb in _quoted_spans(text):
            inner = text[qa:qb].strip()
            if inner and AGREEMENT_WORD.search(inner) and (named := programme_words.FOR_AGREEMENT.match(inner)):
                inner = named.group("x")  # ‘X 프로그램 운영을 위한 업무협약식’: X
            if not inner or AGREEMENT_WORD.search(inner) or len(inner) > 40 or len(inner) < 3:
                continue
            core = re.sub(r"\(가칭\)$", "", inner).strip()
            if not re.search(r"단지\s?조성$", core):  # 은남일반산업단지 조성: building the site is the programme
                core = programme_words.DOING.sub("", core).strip() or core
            if EVENT_HEADS.search(core):
                found.append((qa, qa + len(core), Kind.EVENT))
            elif (
                PROGRAMME_HEADS.search(core)
                or QUOTED_HEADS.search(core)
                or re.search(r"사업$|기술$|프로그램$|단지 조성$|특성화고$", core)
            ):
                found.append((qa, qa + len(core), Kind.PROGRAMME))
        for m in KNOWN_PROGRAMMES.finditer(text):
            if not _inside(m.start(), found):
                found.append((m.start(), m.end(), Kind.PROGRAMME))
        for tok in s.toks:
            if tok.quoted or tok.entity is not None and tok.entity.kind is Kind.ORGANISATION:
                continue
            m = PROGRAMME_HEADS.search(tok.stem) or WORK_HEADS.search(tok.stem) or EVENT_HEADS.search(tok.stem)
            if not m:
                continue
            work = m.re is WORK_HEADS
            event = m.re is EVENT_HEADS
            start = tok.word.start - s.start
            if _inside(start, found):
                continue
            # extend left over bare nouns: 포항 수소연료전지 클러스터, 이차전지 소·부·장 특화단지
            idx = s.toks.index(tok)
            j = idx
            owner = False  # 한국농어촌공사 친환경에너지 보급사업: the body whose programme it is, before it
            while j > 0 and idx - j < 6:
                prev = s.toks[j - 1]
                if prev.particle or DAY.fullmatch(prev.stem) or TIME_OF_DAY.fullmatch(prev.stem):
                    break
                if work and prev.entity is not None and prev.entity.kind is Kind.ORGANISATION:
                    owner = j < idx and s.toks[j].sep.strip() == ""
                    break
                if prev.entity is not None and prev.entity.kind is Kind.PERSON or prev.stem in STOP_BEFORE_ORG:
                    break
                if not korean.is_noun_word(prev.stem):
                    break
                if s.toks[j].sep.strip() not in {"", *LIST_DOTS}:
                    break
                j -= 1
                if prev.sep.strip() in {"▲", "△", "■", "□", "○", "●", "-"}:
                    break  # a list item starts here
            a = s.toks[j].word.start - s.start
            b = tok.stem_end - s.start
            if j == idx and tok.stem == m.group():
                continue  # a bare 클러스터 names nothing
            if all(t.stem in GENERIC_MODIFIERS for t in s.toks[j:idx]) and tok.stem == m.group():
                continue  # 산학 프로젝트, 공동 플랫폼: a kind of work, not a named one
            if (
                work
                and not (owner and self._owned_work(s, j, idx, m.start()))
                and not self._named_work(s, j, idx, m.start())
            ):
                continue  # 협력사업, 기업 지원 사업: a kind of work, not a named programme
            if event and not EDITION.search(text[a:b]):
                continue  # 이번 포럼, 정책 간담회: an occasion; 국제 … 전시회, 제3회 … 포럼 name one
            if self.agreement is not None and self.agreement.venue and text[a:b] in self.agreement.venue:
                continue  # 가좌캠퍼스 본관: the place of the signing
            if TO_BUILD.match(text, b):
                continue  # 공유 플랫폼 구축: what the agreement plans to build, not a named programme
            tail = PROGRAMME_TAIL.match(text, b)
            if tail and not tok.particle:
                b = tail.end()  # 글로벌 클러스터 조성 사업: the programme's own name
            if b - a >= 4:
                found.append((a, b, Kind.EVENT if event else Kind.PROGRAMME))
        short_of = _short_forms(text, found)
        made: dict[int, Entity] = {}
        for a, b, kind in sorted(found):
            name = text[a:b]
            key = normalise(name)
            existing = made.get(short_of[a]) if a in short_of else None
            if existing is not None:
                self._fold_programme(key, existing)  # RISE named alone before: the same programme
            existing = existing or next(
                (
                    e
                    for e in self.reg.entities
                    if e.kind in (Kind.PROGRAMME, Kind.EVENT)
                    and (
                        key in normalise(e.name)
                        or normalise(e.name) in key
                        or any(key == normalise(f) for f in e.aliases)
                    )
                ),
                None,
            )
            if existing is not None:
                self.reg.alias(existing, name, s.start + a, s.start + b)
                entity = existing
            else:
                entity = self.reg.other(kind, name, s.start + a, s.start + b)
            made[a] = entity
            if self.agreement is not None and s.signing:
                self.reg.relate(RelType.CONCERNS, self.agreement, entity, (s.start, s.end))
            self._funding(s, entity)

    def _fold_programme(self, key: str, into: Entity) -> None:
        """Fold a programme recorded under a short form into the full one it abbreviates."""
        old = next(
            (e for e in self.reg.entities if e is not into and e.kind is into.kind and normalise(e.name) == key), None
        )
        if old is None:
            return
        for m in old.mentions:
            into.add_mention(m)
        self.reg.entities.remove(old)
        merged: dict[tuple[str, str, str, str], Relation] = {}
        for r in self.reg.relations.values():
            r.source = into.id if r.source == old.id else r.source
            r.target = into.id if r.target == old.id else r.target
            if r.key in merged:
                merged[r.key].evidence.extend(e for e in r.evidence if e not in merged[r.key].evidence)
            else:
                merged[r.key] = r
        self.reg.relations = merged

    def _owned_work(self, s: SentenceFacts, j: int, idx: int, head_at: int) -> bool:
        """한국농어촌공사 친환경에너지 보급사업: a body's own 사업, its words more than a kind of work."""
        tok = s.toks[idx]
        words = [t.stem for t in s.toks[j:idx]] + [tok.stem[:head_at]]
        return not tok.depth and programme_words.specific(words)

    def _named_work(self, s: SentenceFacts, j: int, idx: int, head_at: int) -> bool:
        """RIS사업, 수소에너지 실증사업(이하 HECS 사업): a 사업 that is a named programme.

        Korean press calls every activity a 사업 (기업 지원 사업); it is one programme's name only
        when it carries a Latin-letter name, the article gives it a short form in parentheses, or
        it stands as an example of a kind (X사업 등 유관 프로그램, X 사업 등 대형연구 사업)."""
        tok = s.toks[idx]
        if tok.depth:
            return False
        words = [t.stem for t in s.toks[j:idx]] + [tok.stem[:head_at]]
        if not programme_words.specific(words):
            return False
        if re.search(r"[A-Za-z]", tok.stem[:head_at]):
            return True
        after = s.text[tok.stem_end - s.start :]
        if EXAMPLE_OF.match(after):
            return True
        return re.match(r"\s*\((?:이하\s*)?[‘'\"“]?[A-Za-z가-힣0-9 ]{2,15}[’'\"”]?\)", after) is not None

    def _funding(self, s: SentenceFacts, programme: Entity) -> None:
        """산업부 … 지정·지원하는 programme (… 연간 30억원): FUNDS with the amount."""
        if not re.search(r"지원|지정|투자|투입|융자|출연", s.text):
            return
        for tok in s.toks:
            if (
                tok.entity is not None
                and tok.entity.kind is Kind.ORGANISATION
                and tok.particle in {"은", "는", "이", "가", "에서"}
            ):
                m = AMOUNT.search(s.text)
                self.reg.relate(
                    RelType.FUNDS,
                    tok.entity,
                    programme,
                    (s.start, s.end),
                    amount=m.group().replace(" ", "") if m else None,
                )
                return
