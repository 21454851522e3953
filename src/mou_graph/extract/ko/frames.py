"""The frame of each Korean sentence: what it says about the agreement (a signing, the bodies
taking part, attendance of the ceremony, a photo caption, an earlier agreement, background).
`parties.py` gives each organisation mention its role from its sentence's frame."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from enum import Enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the extractor's sentence records
    from .tokens import SentenceFacts


class Frame(str, Enum):
    """What a sentence says about the agreement."""

    SIGNING = "signing"  # A와 B는 … 협약을 체결했다
    PARTICIPATION = "participation"  # 협약(식)에는 A, B, C 등 15개 기관이 참여했다
    ATTENDANCE = "attendance"  # 이날 협약식에는 홍길동 A 총장, … 이 참석했다
    CAPTION = "caption"  # … 협약식에서 관계자들이 기념촬영을 하고 있다
    EARLIER = "earlier"  # 지난해 … 협약을 체결한 바 있다: another agreement
    BACKGROUND = "background"  # 한편 …
    OTHER = "other"


PARTY_FRAMES = (Frame.SIGNING, Frame.PARTICIPATION)  # the frames whose lists name parties
# verbs of taking part in the agreement or its ceremony
PARTICIPATE = re.compile(
    r"참여(?:했|해|하고|하였|하며|한다|할\s*예정|한\s*가운데|하는\s*(?:협약|가운데))|참가(?:했|해|하고|한)|"
    r"(?:협약|협약식|체결식|행사)에\s*(?:참여|참석)한|"
    r"함께(?:했|하였|한\s*가운데|\s*했)|동참(?:했|해)"
)
ATTEND = re.compile(r"참석|자리(?:했|해|를\s*함께)|배석")
# 이날 협약식에는 A 지사와 B 시장 등이 함께했다: with the ceremony its topic, 함께했다 is attending it
WITH_AT_CEREMONY = re.compile(r"(?:협약식|체결식|서명식|행사)(?:에는|엔)\s(?!.*참여).*함께\s?(?:했|하였)")
CEREMONY = re.compile(r"협약|MOU|양해각서|협정|체결식|서명식|행사|자리")
# signings the extractor's narrower test does not see: 협약식을 했다, 손을 맞잡았다
MORE_SIGNING = re.compile(r"협약(?:식|서)?[을를]\s*(?:했|하였|가졌|갖고)")
HANDS = re.compile(r"손[을]?\s*(?:맞)?잡(?:았|고)")  # A가 B와 손을 맞잡았다
# the parties named as such: 협약 참여기관은 …, 협약 기업은 A, B 등 4곳이다, 나머지 협약기업 A, B …
PARTIES_NAMED = re.compile(
    r"협약\s?(?:참여|체결)?\s?(?:기관|기업|업체|대학)(?:[은는이]|들[은이])?(?![가-힣])|등 각 기관들?[은는이]|"
    r"협약(?:을\s?(?:맺은|체결한)|에\s?참여한|한)\s?(?:기관|기업|업체|대학)들?[은는이](?![가-힣])"
)
# an agreement signed before the one reported: 체결한 바 있다; 지난해 … after the signing was told
EARLIER_AGREEMENT = re.compile(r"(?:체결|맺|서명)[한은]\s*바\s*있")
EARLIER_START = re.compile(r"^\s*(?:지난해|작년|앞서|이에\s*앞서)")
EARLIER_MONTH = re.compile(r"^\s*(?:지난\s*)?\d{1,2}월(?:에는|에도|엔|에)?\s")  # 지난 1월에는 C와 MOU를 체결했다
# a headline: 산청군, 복만사(주)와 투자협약 (no verb ends it)
AGREEMENT_WORD = re.compile(r"협약|MOU|양해각서|협정")
FINITE_END = re.compile(r"(?:다|요|음|함|됨)[.”\"'’)\s]*$|[.!?]\s*$")
# a person quoted (“…”고 말했다) or speaking at the ceremony (인사말, 축사)
SPEECH = re.compile(r"[”\"’']\s*(?:이?라?고|며|면서|라며)|인사말|환영사|축사|격려사|기념사|개회사|환영\s?인사")
# A, B, C는 상호 협력하기로 뜻을 같이 했다. 이를 위해 이날 … 협약을 체결했다: the signing has no
# subject of its own; the bodies that agreed to work together, in the sentence before, signed
COOPERATE = re.compile(
    r"(?:협력|협업|협조)(?:하기로|키로)\s*(?:뜻을\s*(?:같이|모[았으])|합의|약속)|뜻을\s*같이\s*(?:했|하)"
)
FOR_THIS = re.compile(r"^\s*(?:이를\s*위해|이에\s*따라|이에)\s")
CONTINUES = re.compile(r"^\s*(?:또한|또|아울러|이와\s*함께|이어|이날|이번)\b")
# a list that closes on its count: … 등 5곳이다, 등 총 3개 기관이다
COUNTED_END = re.compile(r"등\s*(?:총\s*)?\d+\s*(?:개\s*)?(?:곳|기관|기업|단체|업체|개사|개교)(?:이)?다")


def frames(facts: Sequence[SentenceFacts], unquoted: Callable[[str], str]) -> list[Frame]:
    """The frame of every sentence, in order (a sentence may continue the one before it)."""
    out: list[Frame] = []
    prev = Frame.OTHER
    for s in facts:
        text = unquoted(s.text)
        agreement_word = bool(CEREMONY.search(text))
        follows = prev in (Frame.SIGNING, Frame.PARTICIPATION, Frame.ATTENDANCE)
        listing = prev in PARTY_FRAMES  # 참여한 공공기관은 … 10곳이다. 또 민간협회는 A, B 등 5곳이다
        about_it = agreement_word or follows or CONTINUES.search(text)  # the ceremony, or the sentence before
        headline = len(text) <= 80 and AGREEMENT_WORD.search(text) and not FINITE_END.search(text)
        if s.signing or (agreement_word and MORE_SIGNING.search(text)) or HANDS.search(text) or headline:
            earlier = EARLIER_AGREEMENT.search(text) or EARLIER_START.match(text)
            earlier = earlier or (EARLIER_MONTH.match(text) and Frame.SIGNING in out)
            frame = Frame.EARLIER if earlier else Frame.SIGNING
        elif WITH_AT_CEREMONY.search(text) and not PARTIES_NAMED.search(text):
            frame = Frame.ATTENDANCE
        elif (
            PARTIES_NAMED.search(text)
            or (PARTICIPATE.search(text) and about_it)
            or (listing and COUNTED_END.search(text))
        ):
            frame = Frame.PARTICIPATION
        elif ATTEND.search(text) and about_it:
            frame = Frame.ATTENDANCE
        elif s.caption:
            frame = Frame.CAPTION
        elif re.match(r"^\s*한편", text):
            frame = Frame.BACKGROUND
        else:
            frame = Frame.OTHER
        if (
            frame is Frame.SIGNING
            and out
            and out[-1] is Frame.OTHER
            and FOR_THIS.match(text)
            and COOPERATE.search(unquoted(facts[len(out) - 1].text))
        ):
            out[-1] = Frame.PARTICIPATION
        out.append(frame)
        prev = frame
    return out
