"""Short forms of bodies in Korean people's frames: 경북경총 for 경북경영자총협회 before a name,
전남인재평생교육원장 for the head of 전남인재평생교육진흥원, 세기원 before the article names
한국세라믹기술원, and a branch the article names as a body of its own (한국농어촌공사 전북본부)."""

from __future__ import annotations

from ...model import Entity, Kind, normalise_key
from .. import korean
from ..registry import abbreviates, variant_keys
from .helpers import normalise
from .lexicon import NAMED_UNIT_ENDINGS
from .tokens import Tok


def _initials(short: str, name: str) -> bool:
    """경북경총 for 경북경영자총협회: the first letter first, the rest in order, not a mere prefix."""
    if len(name) < len(short) + 2 or short[0] != name[0] or name.startswith(short):
        return False
    it = iter(name)
    return all(ch in it for ch in short)


class ShortForms:
    """Mixed into `KoreanExtractor` through `People` (uses `self.reg`, `self.gaz`, `self.facts`)."""

    def _abbreviated_later(self, form: str) -> Entity | None:
        """허건영 세기원 원장 before the article names 한국세라믹기술원: the body it abbreviates."""
        for s in self.facts:
            for tok in s.toks:
                if not tok.is_org:
                    continue
                if (tok.org is not None or tok.org_strong) and abbreviates(form, tok.org_text or ""):
                    return self._org_entity(tok)
                if normalise_key(form) in variant_keys(tok.org_text or ""):  # 순천향대서울병원: 대 for 대학교
                    return self._org_entity(tok)
        return None

    def _fused_short_form(self, tok: Tok) -> None:
        """범희승 전남인재평생교육원장: after a name, a word no reading took that ends in a head's
        title fused onto a short form of a body the article names (전남인재평생교육진흥원)."""
        # a title read only for its ending (순천향대서울병원장: …원장) is such a word too
        title_only = tok.title == tok.stem and not self.gaz.is_title(tok.stem)
        if tok.org_text or (tok.title and not title_only) or tok.name or tok.quoted or tok.entity is not None:
            return
        stem = tok.stem
        title = next((t for t in self.gaz.fusable_by_length if stem.endswith(t) and len(stem) > len(t) + 2), None)
        if title is None or not korean.HANGUL_WORD.fullmatch(stem):
            return
        for head in (stem[: -len(title)], stem[:-1]):
            if len(head) < 3 or self.gaz.is_place(head):
                continue
            org = self.reg.find(Kind.ORGANISATION, head) or self.reg.match_abbreviation(head)
            org = org or self._abbreviated_later(head)
            if org is not None:
                self.reg.alias(org, head, tok.word.start, tok.word.start + len(head))
                tok.org_text, tok.org_sector, tok.org_strong, tok.entity = head, org.sector, True, org
                # the body's head by the longest title the word ends in: 병원장, 의료원장 (else 원장)
                tok.title = self.gaz.title_suffix(stem) if head == stem[:-1] else title
                return

    def _short_form_before(self, tok: Tok) -> None:
        """경북경총 허호 상무이사: a bare word before a name and a title that shortens a body the
        article names in full (경북경영자총협회) is that body."""
        stem = tok.stem
        if tok.particle or tok.title or tok.name or tok.quoted or tok.used or tok.entity is not None:
            return
        if len(stem) < 3 or not korean.HANGUL_WORD.fullmatch(stem) or self.gaz.is_place(stem):
            return
        org = self.reg.match_abbreviation(stem) or self._abbreviated_later(stem)
        if org is None:  # 경총 for 경영자총협회: the ending dropped, the first letters of its parts kept
            org = next(
                (
                    e
                    for e in self.reg.entities
                    if e.kind is Kind.ORGANISATION and any(_initials(stem, normalise(f)) for f in (e.name, *e.aliases))
                ),
                None,
            )
        if org is None or normalise(org.name) == normalise(stem):
            return
        self.reg.alias(org, stem, tok.word.start, tok.word.start + len(stem))
        tok.org_text, tok.org_sector, tok.org_strong, tok.entity = stem, org.sector, True, org

    def _branch(self, org: Entity, title: str) -> tuple[Entity, str]:
        """김동인 한국농어촌공사 전북본부장: when the article names the body's branch (한국농어촌공사
        전북본부) as a body of its own, the branch's head holds the title (본부장) there."""
        for ending in NAMED_UNIT_ENDINGS:
            head = ending + "장"
            if not title.endswith(head) or len(title) <= len(head):
                continue
            unit = normalise(title[:-1])
            keys = {normalise(f) + unit for f in (org.name, *org.aliases)}
            for e in self.reg.entities:
                if e is not org and e.kind is Kind.ORGANISATION and keys & {normalise(a) for a in (e.name, *e.aliases)}:
                    return e, head
        return org, title
