"""The agreement of a Korean article: its name, its parties (signatory lists), its date and venue."""

from __future__ import annotations

import re

from ...model import Kind, RelType, Sector
from .. import korean
from .helpers import _quoted_title, _resolve_day, _unquoted, _unquoted_title, _venue
from .lexicon import AMOUNT, DAY, HELD, STOP_BEFORE_ORG
from .tokens import SentenceFacts


class Agreements:
    """Mixed into `KoreanExtractor` (uses `self.reg`, `self.agreement`, `self.published`, `self.skip`)."""

    def _agreement(self, facts: list[SentenceFacts]) -> None:
        signing = [s for s in facts if s.signing]
        parties = [s for s in facts if re.search(r"협약\s?(?:참여|체결)?\s?기관[은는이]|등 각 기관들?[은는이]", s.text)]
        if not signing and not parties:
            return
        title, t_span = None, None
        for s in signing or facts:
            found = _quoted_title(s.text)
            if found:
                title, a, b = found
                t_span = (s.start + a, s.start + b)
                break
        if title is None:
            for s in signing:
                found = _unquoted_title(s)
                if found:
                    title, t_span = found
                    break
        name = title or "업무협약"
        agreement = self.reg.other(Kind.AGREEMENT, name, *(t_span or (0, 0)))
        agreement.name = name
        self.agreement = agreement
        for s in signing:
            if agreement.date is None:
                agreement.date = self._date(s)
            if agreement.venue is None:
                agreement.venue = _venue(s)
        for s in facts:  # 포항테크노파크에서 진행된 이날 협약식에는 …
            if agreement.venue is None and re.search(
                r"에서(?:는)?\s+(?:진행된|열린|개최된)\s+(?:이날\s+)?\S*협약식|"
                r"협약(?:식)?[은는이가]\s.*에서\s*(?:열렸|열린|진행됐|진행되었|개최됐|개최되었)",
                s.text,
            ):
                agreement.venue = _venue(s)
            if agreement.amount is None and (m := AMOUNT.search(_unquoted(s.text))) and "투자" in s.text + name:
                agreement.amount = m.group().replace(" ", "")
        for s in signing + parties:
            self._party_list(s)
        for s in signing + parties:
            excluded = self._excluded(s)
            for i, tok in enumerate(s.toks):
                if tok.entity is None or tok.entity.kind is not Kind.ORGANISATION or i in excluded:
                    continue
                if tok.quoted or (tok.depth and tok.paren_owner >= 0):
                    continue
                self.reg.relate(RelType.SIGNED, tok.entity, agreement, (s.start, s.end))
        for s in facts:
            if not (s.attending or s.caption or s.signing):
                continue
            for tok in s.toks:
                if tok.entity is not None and tok.entity.kind is Kind.PERSON and not tok.quoted:
                    self.reg.relate(RelType.ATTENDED, tok.entity, agreement, (s.start, s.end))

    def _party_list(self, s: SentenceFacts) -> None:
        """A, B, C와 … 협약을 체결: every item of a list of parties is a body, known or not."""
        toks = s.toks
        for i, tok in enumerate(toks):
            if tok.particle not in {"와", "과", "는", "은", "이", "가"} or tok.quoted or tok.depth:
                continue
            items: list[list[int]] = [[i]]
            j = i
            while j > 0:
                sep = toks[j].sep.strip()
                prev = toks[j - 1]
                if prev.quoted or prev.name >= 2 and prev.entity is not None:
                    break
                if sep in {",", "·", "‧", "ㆍ", "・"} and not prev.particle:
                    items.append([j - 1])
                elif sep == "" and not prev.particle and prev.depth == tok.depth and len(items[-1]) < 4:
                    if prev.stem in STOP_BEFORE_ORG or DAY.fullmatch(prev.stem) or not korean.is_noun_word(prev.stem):
                        break
                    items[-1].insert(0, j - 1)
                elif prev.depth > tok.depth:
                    j -= 1
                    continue
                else:
                    break
                j -= 1
            if len(items) < 2:
                continue
            known = [it for it in items if any(toks[k].entity is not None or toks[k].org_text for k in it)]
            if not known:
                continue
            for it in items:
                last = toks[it[-1]]
                if last.entity is not None or last.title or (last.name >= 2 and len(it) == 1):
                    continue
                if last.org_text:
                    self._org_entity(last)
                    continue
                # the name is the item's last word plus the bare nouns before it
                first = toks[it[0]]
                text = self.reg.article.text[first.word.start : last.stem_end]
                if len(text) < 2 or not korean.HANGUL.search(text) and not text.isascii():
                    continue
                e = self.reg.find(Kind.ORGANISATION, text) or self.reg.org(
                    text, first.word.start, first.word.start + len(text), sector=Sector.INDUSTRY
                )
                last.entity = e

    def _excluded(self, s: SentenceFacts) -> set[int]:
        """Words of a signing sentence that are not parties: venues, affiliations, 관계자."""
        out: set[int] = set()
        toks = s.toks
        for i, tok in enumerate(toks):
            if any(a <= tok.word.start < b for a, b in self.skip):
                out.add(i)
            affiliation = tok.used and tok.entity is not None and tok.entity.kind is Kind.ORGANISATION
            if affiliation and tok.name == 0 and i + 1 < len(toks) and (toks[i + 1].is_title or toks[i + 1].name):
                out.add(i)  # an affiliation inside a person pattern
            if tok.particle in {"에서", "에서는", "에서도", "에게", "로부터", "으로부터", "에"}:
                out.add(i)
                j = i - 1
                while j >= 0 and not toks[j].particle and toks[j].sep.strip() == "" and not DAY.fullmatch(toks[j].stem):
                    out.add(j)
                    j -= 1
            if i + 1 < len(toks) and toks[i + 1].stem in {"관계자", "관계자들", "직원", "소속"}:
                out.add(i)
            if tok.is_fused:
                out.add(i)
        return out

    def _date(self, s: SentenceFacts) -> str | None:
        text = _unquoted(s.text)
        for m in DAY.finditer(text):
            after = text[m.end() : m.end() + 8]
            before = text[max(0, m.start() - 3) : m.start()]
            if re.match(r"\s*(?:밝혔|전했|발표|알렸)", after) or re.search(r"고\s*$", before):
                continue
            return _resolve_day(m, self.published)
        return None

    def _held_date(self, facts: list[SentenceFacts]) -> str | None:
        """The day of an agreement no signing sentence dates: 30일 … 업무협약식을 했다, 지난 24일 이뤄진 협약."""
        for s in facts:
            if not s.caption and HELD.search(s.text) and (found := self._date(s)):
                return found
        for s in facts:  # a caption: 30일 오전 … 열린 협약식에 참석한
            if s.caption and HELD.search(s.text) and (found := self._date(s)):
                return found
        return None
