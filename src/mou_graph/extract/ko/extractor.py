"""Korean extraction: organisations, people, agreements and programmes from the genre's
fixed patterns, with Kiwi for words and a gazetteer of public bodies for names.

Each sentence is cut into words (separators kept), each word is read as an organisation
(gazetteer, official short form, suffix), an organisation fused with a title (포항시장),
a title, or a name-shaped word; then the genre's patterns are matched over that sequence:
  이름 소속 직함 (정규열 포스텍 부총장), 이름 소속직함 (이강덕 포항시장), 소속 이름 직함,
  소속(직함 이름), 직함 이름 after a named body, caption lists where a body carries over,
  signatory lists (A, B와 … 협약을 체결했다), attendance lists (이날 행사에는 … 참석했다).
"""

from __future__ import annotations

import re

from ...model import Entity
from .. import korean
from ..gazetteer import Gazetteer
from ..registry import Registry
from . import heads
from .agreements import Agreements
from .counted import counted_stems
from .helpers import _unquoted
from .investors import Investors
from .lexicon import (
    AGREEMENT_WORD,
    ATTENDING,
    CAPTION,
    DESCRIBED_AFTER,
    EARLIER_SIGNING,
    OTHER_DOTS,
    QUOTED_SIGNING,
    SIGNING,
    VENUE_AFTER,
)
from .organisations import Organisations
from .people import People
from .programmes import Programmes
from .tokens import SentenceFacts, Words


class KoreanExtractor(Words, Organisations, People, Investors, Agreements, Programmes):
    """The Korean extractor: its state, and `run` over an article's sentences (each concern is a
    part: `tokens`, `organisations`, `people`, `agreements`, `programmes`)."""

    def __init__(
        self, gaz: Gazetteer, reg: Registry, published: str | None, skip: list[tuple[int, int]] | None = None
    ) -> None:
        self.gaz = gaz
        self.reg = reg
        self.published = published
        self.skip = skip or []  # bylines: the outlet there is not a party
        self.defined: dict[str, Entity] = {}  # forms the article defined: 이하 ‘협회’
        self.agreement: Entity | None = None
        self.person_org: dict[str, Entity] = {}
        self.facts: list[SentenceFacts] = []
        self.pending_heads = []
        self.investors: set[str] = set()  # counted companies named by what they invest in
        reg.shortens = self._regional_short_form

    def run(self, segments: list[tuple[int, int]]) -> None:
        facts: list[SentenceFacts] = []
        text = self.reg.article.text
        korean.prefetch(w.text for a, b in segments for w in korean.words(text[a:b], a))  # one Kiwi batch
        for index, (start, end) in enumerate(self.reg.sentences):
            if not any(a <= start < b for a, b in segments):
                continue
            s = SentenceFacts(index, start, end, text[start:end].translate(OTHER_DOTS))
            self._definitions(s)
            s.toks = self.tokens(s.text, start)
            s.signing = bool(
                AGREEMENT_WORD.search(s.text)
                and SIGNING.search(_unquoted(s.text))
                and not EARLIER_SIGNING.search(s.text)
            )
            s.held = not s.signing and bool(QUOTED_SIGNING.search(s.text))
            s.attending = bool(ATTENDING.search(s.text))
            s.caption = bool(CAPTION.search(s.text))
            facts.append(s)
        if not any(s.signing for s in facts):  # ‘… 업무협약식’을 가졌다 is the only word of the signing
            for s in facts:
                s.signing, s.held = s.held, False
        self.facts = facts
        for s in facts:
            self._compounds(s)
            self._foreign_bodies(s)
        for s in facts:
            counted_stems(s, self.gaz)
            self._shared_ending(s)
            self._coordination(s)
            self._appositions(s)
            self._signing_partners(s)
        for s in facts:
            self._people(s)
        for s in facts:
            self._organisations(s)
        for s in facts:
            self._lists(s)
        self._investors(facts)
        self._attach_pending_heads()
        self._agreement(facts)
        if self.agreement is not None and self.agreement.date is None:
            self.agreement.date = self._held_date(facts)
        for s in facts:
            self._programmes(s)
        self._drop_venues()
        self._drop_described()
        heads.attach_heads(self.reg)

    def _regional_short_form(self, short: str, long: str) -> bool:
        """남해대학 for 경남도립남해대학: the long form is the short one after its region's name
        (and 도립, 시립 …); 대전공동캠퍼스 for 대전공동캠퍼스운영법인: the long one is the short one and
        a kind of body (운영법인, 재단). The keys are normalised, without spaces."""
        if long.startswith(short) and len(short) >= 5 and 2 <= len(long) - len(short) <= 4:
            found = self.gaz.suffix(long[len(short) :])
            if found is not None and korean.all_common_nouns(long[len(short) :]):
                return True
        if not long.endswith(short) or len(short) < 4:
            return False
        prefix = re.sub(r"(?:도립|시립|군립|구립|국립)$", "", long[: -len(short)])
        return self.gaz.is_place(prefix)

    def _drop_described(self) -> None:
        """양 기관이 참여하는 상생발전협의회를 구성해: a body still to be set up, or one only
        named as what a party is (국가거점 국립대학교로서), is no body of the graph yet; a body
        the gazetteer knows stays."""
        text = self.reg.article.text
        known = {m.start for e in self.reg.entities if e.id in self.reg.body for m in e.mentions}
        self.reg.drop_bystanders(lambda m: m.start not in known and DESCRIBED_AFTER.match(text, m.end) is not None)

    def _drop_venues(self) -> None:
        """서울 직업능력심사평가원에서 협약을 체결했다: a body named only as the place is no party."""
        text = self.reg.article.text
        self.reg.drop_bystanders(lambda m: VENUE_AFTER.match(text, m.end) is not None)
