"""The agreement of a Korean article: its name, its parties (signatory lists), its date and venue."""

from __future__ import annotations

import re
from datetime import date, timedelta

from ...model import Entity, Kind, RelType, Sector
from .. import korean
from . import frames, parties
from .helpers import (
    _generic_item,
    _list_end,
    _partial_day,
    _proper,
    _quoted_title,
    _resolve_day,
    _unquoted,
    _unquoted_title,
    _venue,
)
from .lexicon import AGREEMENT_WORD, AMOUNT, DAY, HELD, STOP_BEFORE_ORG
from .tokens import SentenceFacts, Tok


class Agreements:
    """Mixed into `KoreanExtractor` (uses `self.reg`, `self.agreement`, `self.published`, `self.skip`)."""

    def _signing_partners(self, s: SentenceFacts) -> None:
        """경주시는 한빛전자와 투자협약을 체결했다: in a signing sentence, the subject or the partner
        (은/는/이/가, 와/과) whose ending makes it a body only in context (…전자, …식품) is one."""
        if not (s.signing or (AGREEMENT_WORD.search(s.text) and frames.MORE_SIGNING.search(_unquoted(s.text)))):
            return
        subject = False
        for k, tok in enumerate(s.toks):
            if tok.depth or tok.quoted or tok.particle not in {"와", "과", "은", "는", "이", "가"}:
                continue
            if tok.org_text is not None and tok.org is None and not tok.org_strong and self._item_kind(tok) == "weak":
                tok.org_strong = True
            if tok.is_org and tok.particle in {"은", "는", "이", "가"}:
                subject = True
            elif subject and tok.particle in {"와", "과"} and self._partner_name(s.toks, k):
                found = self.gaz.suffix(tok.stem)  # 구미대학교는 … 달성문화선양회와 … 협약을 체결했다
                tok.org_sector = tok.org_sector or (found[1] if found is not None else Sector.INDUSTRY)
                tok.org_text, tok.org_strong = tok.org_text or tok.stem, True

    def _partner_name(self, toks: list[Tok], k: int) -> bool:
        """Is toks[k] (…와, after the signing's subject) the name of the body it signs with? A
        word no reading knew, that is no dictionary word, place, person or title, standing in
        the partner's slot: after a particle, a date or a clause (생산공장을 신설하는 에코프로HN와),
        with the agreement word a few words on and no other clause between."""
        tok = toks[k]
        stem = tok.stem
        if (
            (tok.org_text is not None and (tok.org is not None or tok.org_strong))
            or tok.title
            or tok.name >= 2
            or tok.entity is not None
            or len(stem) < 2
        ):
            return False
        if not (korean.is_noun_word(stem) or korean.ends_in_noun(stem)) or not _proper(stem):
            return False
        if self.gaz.place(stem) is not None or self.gaz.is_title(stem) or re.search(r"\d", stem):
            return False
        analysis = korean._analysis(stem)
        if len(analysis) == 1 and analysis[0][1] == "NNP" and not analysis[0][4]:
            return False  # 한국과, 미국과: a proper noun Kiwi knows is a place or a people, not a partner
        before = toks[k - 1] if k else None
        if before is not None and not (
            before.particle
            or DAY.fullmatch(before.stem)
            or korean.ends_clause(before.word.text)
            or before.word.text.endswith(("는", "한", "할"))
        ):
            return False  # 한빛 다온셀과: a word before it may be its name's start
        if k + 1 < len(toks) and (toks[k + 1].is_title or toks[k + 1].name >= 2):
            return False
        for t in toks[k + 1 : k + 8]:
            if AGREEMENT_WORD.search(t.stem):
                return True
            if t.particle in {"와", "과"} or (korean.ends_clause(t.word.text) and t.stem not in {"위한", "통한"}):
                return False
        return False

    def _agreement(self, facts: list[SentenceFacts]) -> None:
        signing = [s for s in facts if s.signing]
        sentence_frames = frames.frames(facts, _unquoted)
        if not signing and not any(f in frames.PARTY_FRAMES for f in sentence_frames):
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
        for s in facts:  # 교내 산학협동관에서 ‘… 업무협약식’을 개최했다
            if s.held and agreement.venue is None:
                agreement.venue = _venue(s)
            if s.held and agreement.date is None:
                agreement.date = self._date(s)
        for s in facts:  # 포항테크노파크에서 진행된 이날 협약식에는 …
            if agreement.venue is None and re.search(
                r"에서(?:는)?\s+(?:진행된|열린|개최된)\s+(?:이날\s+)?\S*협약식|"
                r"협약(?:식)?[은는이가]\s.*에서\s*(?:열렸|열린|진행됐|진행되었|개최됐|개최되었)",
                s.text,
            ):
                agreement.venue = _venue(s)
            if agreement.amount is None and (m := AMOUNT.search(_unquoted(s.text))) and "투자" in s.text + name:
                agreement.amount = m.group().replace(" ", "")
        self._signatories(facts, sentence_frames, agreement)
        for s in facts:
            if not (s.attending or s.caption or s.signing):
                continue
            for tok in s.toks:
                if tok.entity is not None and tok.entity.kind is Kind.PERSON and not tok.quoted:
                    self.reg.relate(RelType.ATTENDED, tok.entity, agreement, (s.start, s.end))

    def _signatories(self, facts: list[SentenceFacts], sentence_frames: list[frames.Frame], agreement: Entity) -> None:
        """Every body the frames of its sentences make a party (parties.py), SIGNED with the sentences that say so."""
        for s, frame in zip(facts, sentence_frames, strict=True):
            if frame in frames.PARTY_FRAMES:
                self._party_list(s)
        by_id = {e.id: e for e in self.reg.entities}
        relations = self.reg.relations.values()
        context = parties.Context(
            text=self.reg.article.text,
            skip=self.skip,
            positions={r.source: by_id[r.target] for r in relations if r.type is RelType.HOLDS_POSITION},
            members={r.source for r in relations if r.type is RelType.MEMBER_OF},
            find=lambda form: self.reg.find(Kind.ORGANISATION, form),
            unquoted=_unquoted,
            counted=frozenset(self.investors),
        )
        for org, spans in parties.signatories(parties.assess(facts, sentence_frames, context)):
            for span in spans:
                self.reg.relate(RelType.SIGNED, org, agreement, span)

    def _party_list(self, s: SentenceFacts) -> None:
        """A, B, C와 … 협약을 체결 / 협약에는 A와 B, C 등 5개 기관이 참여: every item of a list
        of parties is a body, known or not."""
        toks = s.toks
        for i, tok in enumerate(toks):
            if tok.particle not in {"와", "과", "는", "은", "이", "가"} or tok.quoted or tok.depth:
                continue
            last = _list_end(toks, i)
            if last is None:
                continue
            items: list[list[int]] = [[last]]
            j = last
            while j > 0:
                sep = toks[j].sep.strip()
                prev = toks[j - 1]
                if prev.quoted or prev.name >= 2 and prev.entity is not None:
                    break
                joined = prev.particle in {"와", "과"} and sep == "" and j - 1 != i
                if (sep in {",", "·", "‧", "ㆍ", "・"} and not prev.particle) or joined:
                    items.append([j - 1])
                elif prev.stem == "및" and sep == "" and not prev.particle and j >= 2:
                    j -= 1  # A 및 B
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
                last_tok = toks[it[-1]]
                if last_tok.entity is not None or last_tok.title or (last_tok.name >= 2 and len(it) == 1):
                    continue
                if last_tok.org_text:
                    if not self._bare(last_tok):
                        self._org_entity(last_tok)
                    continue
                # the name is the item's last word plus the bare nouns before it
                first = toks[it[0]]
                text = self.reg.article.text[first.word.start : last_tok.stem_end]
                if len(text) < 2 or not korean.HANGUL.search(text) and not text.isascii():
                    continue
                if not _proper(last_tok.stem):
                    continue  # 참석한 가운데, 한국도로공사와: a common word names no party
                if re.search(r"\d", text) or any(_generic_item(toks[k].stem) for k in it):
                    continue  # 반도체 8개 기업, 양 기관 관계자: a kind of party, not one
                if korean.all_common_nouns(re.sub(r"\s+", "", text)):
                    continue  # 기업단체, 상호 협력시스템 구축: common words, not a name
                e = self.reg.find(Kind.ORGANISATION, text) or self.reg.org(
                    text, first.word.start, first.word.start + len(text), sector=parties.item_sector(text)
                )
                last_tok.entity = e

    def _date(self, s: SentenceFacts) -> str | None:
        """The sentence's signing day (not the day it was announced), against the publication
        date; when that is unknown, the day as written is kept as the agreement's partial date."""
        text = _unquoted(s.text)
        for m in DAY.finditer(text):
            after = text[m.end() : m.end() + 8]
            before = text[max(0, m.start() - 3) : m.start()]
            if re.match(r"\s*(?:밝혔|전했|발표|알렸)", after) or re.search(r"고\s*$", before):
                continue
            found = _resolve_day(m, self.published)
            if found is None and not self.published and self.agreement is not None:
                self.agreement.partial_date = self.agreement.partial_date or _partial_day(m)
            return found
        if self.published and re.search(r"(?<![가-힣])(?:전날|어제)(?![가-힣])", text):
            day = date.fromisoformat(self.published) - timedelta(days=1)  # 전날 열린 협약식: the day before the news
            return day.isoformat()
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
