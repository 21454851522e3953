"""Korean signatories: which organisations of an article are parties to its agreement.

Recognise, then assign. Every sentence has a frame (`frames.py`: a signing, a list of the
bodies taking part, attendance of the ceremony, a photo caption, an earlier agreement,
background) and every organisation mention gets a role from that frame and the words around it (the place
before 에서, a photo credit, quoted speech, the owner of a programme, a member of a party,
the body of a person who signed or attended). An organisation is a signatory when one of
its mentions names it as a party or as the body of a person who signed for it; a body only
present at the ceremony (by itself or through its people) is one as well, unless the
article has already named its parties in a closed list (A, B와 C는 … 체결했다, with no 등
and no larger count of bodies left open).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING

from ...model import Entity, Kind, Sector
from .frames import (
    ATTEND,
    SPEECH,
    Frame,
)

if TYPE_CHECKING:  # the extractor's sentence and word records
    from .tokens import SentenceFacts, Tok


class Role(str, Enum):
    """What one mention of an organisation makes it."""

    PARTY = "party"  # named as a party in a signing or participation frame
    HEAD = "head"  # the body of a person who signed (김영록 전남도지사가 … 체결했다)
    ATTENDEE = "attendee"  # at the ceremony, itself or through its people
    CAPTION = "caption"  # named in a photo caption
    VENUE = "venue"  # the place: X에서, X 대강당에서
    CREDIT = "credit"  # the photo's source: X 제공, 사진=X
    QUOTE = "quote"  # inside quoted speech
    OWNER = "owner"  # runs a programme: 교육부가 주관하는 …
    BACKGROUND = "background"  # in a 한편 sentence or an earlier agreement
    SPEAKER = "speaker"  # the body of a person quoted or giving a speech
    BYLINE = "byline"  # the outlet in the byline
    MENTION = "mention"  # named, in no frame


# a body that runs or picks a programme, not a party to the agreement
OWNER_AFTER = re.compile(
    r"^\s*(?:[이가의]|에서)?\s*(?:주관|주최|선정|지정|공모|지원하는|추진하는|추진\s*중인|운영하는|시행하는|발표한)"
)
PROGRAMME_WORD = re.compile(r"(?:사업|공모|지원사업|재정지원사업|특성화고)$")
CREDIT_BEFORE = re.compile(r"(?:사진|자료|출처|사진출처|사진제공|그래픽)\s*[=:/]\s*$|[ⓒ©]\s*$")
CREDIT_AFTER = re.compile(r"^\s*제공")
VENUE_PARTICLES = {"에서", "에서는", "에서도"}
REPORTER_TITLES = {"기자", "수습기자", "특파원", "통신원", "객원기자"}
# a body referred to by its kind, as the subject of a signing: 시는 → 경주시
ANAPHORA = {
    "시": ("시",),
    "도": ("도",),
    "군": ("군",),
    "구": ("구",),
    "대학": ("대학교", "대학", "대"),
    "대학교": ("대학교",),
}
# two bodies referred to together, as the subject of a signing: 양 기관은, 두 기관이, 양사는
PAIR_WORDS = {"양사", "양측", "양기관", "두기관"}
PAIR_KINDS = {"기관", "대학", "기업", "단체"}
SUBJECT_PARTICLES = {"은", "는", "이", "가"}
GROUP_WORDS = {"양": 2, "두": 2, "세": 3, "네": 4, "다섯": 5}
# a count standing for a list given elsewhere: 시는 4개 대학과 … 체결했다
COUNTED = re.compile(
    r"(?<![가-힣\d])(\d+)\s*(?:개\s*)?(?:대학|기관|기업|업체|단체|사|개교|곳|개사)(?:[과와이가은는]|들[과이은])(?![가-힣])"
)
# a count of bodies taking part: 15개 기관, 10개교, 30개 기업, 총 19개 기관·단체
COUNT = re.compile(r"(\d+)\s*(?:개\s*(?:기관|기업|단체|대학|시·군|시군|사|곳|양성기관|업체)|개교|곳|개사)")
COMPANY_COUNT = re.compile(r"\d+\s*(?:개\s*(?:기업|사|업체)|개사)")  # a count of companies only
# a list of parties left open: A, B 등과 / 등 관계 기관과 / A를 비롯한
OPEN_LIST = re.compile(
    r"(?<![가-힣])등(?:과|이|은|의|도)?(?![가-힣])(?!\s*\d)|관계\s?기관|유관\s?기관|관련\s?기관|비롯한"
)


# the sector a party named in a list says by its last syllables, when nothing else does
ITEM_SECTORS = (
    (re.compile(r"(?:고|고교|고등학교|학교|대|대학|사업단|캠퍼스)$"), Sector.ACADEMIA),
    (re.compile(r"(?:연수원|개발원|진흥원|공단|교육청|의회|[도시군구]청)$"), Sector.GOVERNMENT),
    (re.compile(r"(?:연구원|연구소|연구센터)$"), Sector.RESEARCH),
    (re.compile(r"(?:시민단체|협의단체|운동본부|연대)$"), Sector.CIVIL),
)


def item_sector(name: str) -> Sector:
    """경주공고 → academia, 경북인재개발원 → government; a company otherwise."""
    return next((sector for pattern, sector in ITEM_SECTORS if pattern.search(name)), Sector.INDUSTRY)


@dataclass
class Evidence:
    """The roles an organisation's mentions have, with the sentence of each."""

    entity: Entity
    roles: list[tuple[Role, Frame, int, int]] = field(default_factory=list)  # role, frame, sentence span
    member: bool = False  # named as a member of another body (A 등 37개 회원사)

    def has(self, *roles: Role) -> bool:
        return any(r in roles for r, *_ in self.roles)

    def spans(self, *roles: Role) -> list[tuple[int, int]]:
        """The sentences of the mentions with one of these roles, in order, each once."""
        return list(dict.fromkeys((a, b) for r, _, a, b in self.roles if r in roles))


@dataclass
class Context:
    """What the extractor knows about the article that assigning needs."""

    text: str  # the article's text
    skip: list[tuple[int, int]]  # the bylines
    positions: dict[str, Entity]  # a person's id → the body they hold a position at
    members: set[str]  # the ids of bodies named as members of another
    find: Callable[[str], Entity | None]  # the organisation a written form names, if any
    unquoted: Callable[[str], str]  # a sentence with its quoted passages blanked
    counted: frozenset[str] = frozenset()  # companies a signing counts, named by what they invest in


def mention_role(s: SentenceFacts, frame: Frame, i: int, ctx: Context) -> Role:
    """The role the organisation word s.toks[i] plays in its sentence."""
    toks, text = s.toks, ctx.text
    tok = toks[i]
    start, end = tok.word.start, tok.stem_end
    if any(a <= start < b for a, b in ctx.skip):
        return Role.BYLINE
    if tok.quoted:
        return Role.QUOTE
    if (
        tok.stem.startswith(("ⓒ", "©"))
        or CREDIT_BEFORE.search(text[max(0, start - 8) : start])
        or CREDIT_AFTER.match(text[end : end + 4])
    ):
        return Role.CREDIT
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    person_next = nxt is not None and (
        (nxt.entity is not None and nxt.entity.kind is Kind.PERSON) or nxt.is_title or nxt.name >= 2
    )
    if person_next and nxt.entity is not None and nxt.entity.title in REPORTER_TITLES:
        return Role.BYLINE  # [아시아경제 영남취재본부 최순경 기자]: the outlet's desk
    if (OWNER_AFTER.match(text[end : end + 12]) and not person_next) or _owns_programme(toks, i):
        return Role.OWNER
    side = frame in (Frame.ATTENDANCE, Frame.PARTICIPATION, Frame.CAPTION) and person_next
    if tok.particle in VENUE_PARTICLES and not side:
        return Role.VENUE
    if not tok.particle and _place_follows(toks, i):
        return Role.VENUE
    if frame is Frame.EARLIER or frame is Frame.BACKGROUND:
        return Role.BACKGROUND
    affiliation = tok.is_fused or (tok.used and tok.name == 0 and person_next)
    # a form or a member of the body before the parenthesis (not 교육계(A, B, C): a group of parties)
    in_body_parenthesis = bool(tok.depth) and tok.paren_owner >= 0 and toks[tok.paren_owner].entity is not None
    if frame is Frame.SIGNING:
        if tok.particle in {"에", "에게", "로부터", "으로부터"}:
            return Role.MENTION
        if affiliation:
            return Role.ATTENDEE if ATTEND.search(s.text) else Role.HEAD
        if nxt is not None and nxt.stem in {"관계자", "관계자들", "직원", "소속"}:
            return Role.ATTENDEE
        if in_body_parenthesis:
            return Role.MENTION  # 울산과학기술원(UNIST), 협의회(A 등 37개 기업): inside the parenthesis
        return Role.PARTY
    if frame is Frame.PARTICIPATION:
        if tok.particle in {"에", "에게", "로부터", "으로부터"} or in_body_parenthesis:
            return Role.MENTION
        return Role.ATTENDEE if affiliation else Role.PARTY
    if frame is Frame.ATTENDANCE:
        return Role.ATTENDEE
    if frame is Frame.CAPTION:
        return Role.CAPTION
    return Role.MENTION


def _owns_programme(toks: Sequence[Tok], i: int) -> bool:
    """교육부 대학재정지원사업, 교육부의 협약형 특성화고 공모: the body whose programme it is."""
    if toks[i].particle not in ("", "의"):
        return False
    for t in toks[i + 1 : i + 4]:
        if PROGRAMME_WORD.search(t.stem):
            return True
        if t.particle or t.sep.strip():
            return False
    return False


def _place_follows(toks: Sequence[Tok], i: int) -> bool:
    """포항시청 대회의실에서, 우석대학교 진천캠퍼스 미래센터 4층 세미나실에서: the body names a place."""
    for k in range(i + 1, min(len(toks), i + 6)):
        t = toks[k]
        if t.quoted and not toks[i].quoted:
            continue  # 과천시 ‘렛츠런파크 서울’에서
        if t.sep.strip(" ’”'\"") or (t.entity is not None and t.entity.kind is Kind.PERSON):
            return False
        if t.particle:
            return t.particle in VENUE_PARTICLES
    return False


def _organisations(tok: Tok, ctx: Context) -> list[Entity]:
    """The organisations a word names: its own entity, or the one its form was given before
    (경주대 read in a title's list: 김일윤 경주대·서라벌대 총장); the bodies a headline joins
    with hyphens (창원시-창원대학교) each by itself."""
    e = tok.entity
    if e is None and tok.org_text and not tok.is_fused and (tok.org is None or not tok.org.is_region):
        e = ctx.find(tok.org_text)  # (a region word the extractor left unread is a place)
    if e is None or e.kind is not Kind.ORGANISATION:
        return []
    parts = [ctx.find(p) for p in re.split(r"[-–]", tok.org_text or tok.stem)]
    found = [p for p in parts if p is not None and p is not e]
    if len(parts) > 1 and len(found) == len(parts):
        return [p for k, p in enumerate(found) if p not in found[:k]]
    return [e]


def _counted_list(facts: Sequence[SentenceFacts], index: int, ctx: Context) -> list[Entity]:
    """시는 4개 대학과 … 체결했다: the bodies another sentence lists as `A, B, C 등 4개 대학` (the
    nearest before, else the nearest after: 3개 사와 … 체결했다. 협약에 따라 A, B, C 등 3개 기업은 …)."""
    out: list[Entity] = []
    others = [*reversed(facts[:index]), *facts[index + 1 :]]
    for m in COUNTED.finditer(ctx.unquoted(facts[index].text)):
        number = m.group(1)
        for other in others:
            toks = other.toks
            for k, tok in enumerate(toks):
                if tok.stem != "등" or tok.particle or k + 1 == len(toks):
                    continue
                if not re.match(rf"(?:총\s?)?{number}\s*(?:개|곳)", toks[k + 1].stem + " " + toks[k + 1].word.text):
                    continue
                for t in reversed(toks[:k]):
                    if t.particle and t.particle not in {"와", "과"}:
                        break
                    out.extend(e for e in _organisations(t, ctx) if not t.quoted and e not in out)
            if out:
                return out
    return out


def _group_size(toks: Sequence[Tok], i: int) -> int:
    """양 기관은 2, 세 기관은 3, 3개 기관은 3, 양사는 2: how many bodies the word refers to (0: none)."""
    tok = toks[i]
    if tok.particle not in SUBJECT_PARTICLES or tok.quoted:
        return 0
    if tok.stem in PAIR_WORDS:
        return 2
    if tok.stem in PAIR_KINDS and i:
        before = toks[i - 1].stem
        if before in GROUP_WORDS:
            return GROUP_WORDS[before]
        if m := re.fullmatch(r"(\d)\s?개", before):
            return int(m.group(1))
    m = re.fullmatch(r"(\d)\s?개\s?(?:기관|대학|기업|단체)", tok.stem)
    return int(m.group(1)) if m else 0


def _pair(facts: Sequence[SentenceFacts], index: int, i: int, ctx: Context) -> list[Entity]:
    """양 기관은, 세 기관은 … 체결했다: the bodies the article joined last (A와 B는 …, A와 B, C가 …)
    when they are as many as the word says, in this sentence before it or in the two before."""
    size = _group_size(facts[index].toks, i)
    if size < 2:
        return []
    for k in range(index, max(-1, index - 3), -1):
        words = facts[k].toks[:i] if k == index else facts[k].toks
        j = len(words) - 1
        while j >= 0:
            chain = [j]  # walk back over bodies joined by 와/과 or list marks
            while chain[-1] > 0:
                cur, prev = words[chain[-1]], words[chain[-1] - 1]
                joined = prev.particle in {"와", "과"} and not cur.sep.strip()
                listed = not prev.particle and cur.sep.strip() in {",", "·", "ㆍ", "‧"}
                if not (joined or listed) or prev.quoted or prev.depth or not _organisations(prev, ctx):
                    break
                chain.append(chain[-1] - 1)
            bodies = [e for n in reversed(chain) for e in _organisations(words[n], ctx)]
            if len(chain) >= 2 and len(bodies) == size and len(set(e.id for e in bodies)) == size:
                return bodies
            j = chain[-1] - 1
    return []


def _referent(tok: Tok, seen: Sequence[Entity]) -> Entity | None:
    """시는, 도는, 대학은: the body of that kind the article named first (경주시, 경북도)."""
    if tok.quoted or tok.entity is not None:
        return None
    word = tok.word.text
    stem = next((w[: -len(p)] for p in ("은", "는", "이", "가") for w in [word] if w.endswith(p)), None)
    if stem not in ANAPHORA:
        return None
    endings = ANAPHORA[stem]
    return next((e for e in seen if any(f.endswith(endings) for f in (e.name, *e.aliases))), None)


def evidence(facts: Sequence[SentenceFacts], sentence_frames: Sequence[Frame], ctx: Context) -> dict[str, Evidence]:
    """Every organisation's roles, by entity id."""
    out: dict[str, Evidence] = {}
    seen: list[Entity] = []  # organisations in the order the article names them

    def add(entity: Entity, role: Role, frame: Frame, s: SentenceFacts) -> None:
        out.setdefault(entity.id, Evidence(entity)).roles.append((role, frame, s.start, s.end))

    for index, (s, frame) in enumerate(zip(facts, sentence_frames, strict=True)):
        for i, tok in enumerate(s.toks):
            if orgs := _organisations(tok, ctx):
                role = mention_role(s, frame, i, ctx)
                for e in orgs:
                    if role is Role.MENTION and e.id in ctx.counted:
                        role = Role.PARTY  # 8개 기업과 … 투자협약. 한강개발은 … 투자해: one of the eight
                    add(e, role, frame, s)
                    if e not in seen:
                        seen.append(e)
                continue
            if frame is Frame.SIGNING and (pair := _pair(facts, index, i, ctx)):
                for e in pair:
                    add(e, Role.PARTY, frame, s)  # 양 기관은 이날 협약을 체결했다
                continue
            if frame is Frame.SIGNING and (e := _referent(tok, seen)) is not None:
                add(e, Role.PARTY, frame, s)  # 먼저 시는 4개 대학과 협약을 체결했다
                continue
            e = tok.entity
            if e is None or e.kind is not Kind.PERSON or tok.quoted or e.id not in ctx.positions:
                continue
            if e.title in REPORTER_TITLES or any(a <= tok.word.start < b for a, b in ctx.skip):
                continue  # the reporter
            body = ctx.positions[e.id]
            if frame is Frame.SIGNING:
                add(body, Role.ATTENDEE if ATTEND.search(s.text) else Role.HEAD, frame, s)
            elif frame in (Frame.PARTICIPATION, Frame.ATTENDANCE):
                add(body, Role.ATTENDEE, frame, s)
            elif frame is Frame.CAPTION:
                add(body, Role.CAPTION, frame, s)
            elif SPEECH.search(s.text):
                add(body, Role.SPEAKER, frame, s)
        if frame in (Frame.SIGNING, Frame.PARTICIPATION):
            for e in _counted_list(facts, index, ctx):
                add(e, Role.PARTY, frame, s)
    return out


def closed_list(
    facts: Sequence[SentenceFacts], sentence_frames: Sequence[Frame], named: int, ctx: Context, companies: int = 0
) -> bool:
    """True when the article names its parties in full: two or more, no 등 left open and no
    larger count of bodies taking part (a count of companies against the companies named:
    A도와 B시, C공단은 3개 기업과 … leaves the three open)."""
    if named < 2:
        return False
    for s, frame in zip(facts, sentence_frames, strict=True):
        if frame not in (Frame.SIGNING, Frame.PARTICIPATION, Frame.ATTENDANCE, Frame.CAPTION):
            continue
        plain = re.sub(r"\([^)]*\)", "", ctx.unquoted(s.text))
        if any(
            int(m.group(1)) > (companies if COMPANY_COUNT.match(m.group()) else named) for m in COUNT.finditer(plain)
        ):
            return False
        if frame in (Frame.SIGNING, Frame.PARTICIPATION) and OPEN_LIST.search(plain):
            return False
    return True


@dataclass
class Assessment:
    """The evidence for every organisation of an article, and whether its parties are a closed list."""

    evidence: list[Evidence]
    closed: bool


def assess(facts: Sequence[SentenceFacts], sentence_frames: Sequence[Frame], ctx: Context) -> Assessment:
    """Recognise: the roles of every organisation's mentions, and whether the parties are a closed list."""
    found = evidence(facts, sentence_frames, ctx)
    for ev in found.values():
        ev.member = ev.entity.id in ctx.members
    parties = [ev for ev in found.values() if ev.has(Role.PARTY, Role.HEAD)]
    companies = sum(1 for ev in parties if ev.entity.sector is Sector.INDUSTRY)
    return Assessment(list(found.values()), closed_list(facts, sentence_frames, len(parties), ctx, companies))


def by_rules(ev: Evidence, closed: bool) -> list[tuple[int, int]]:
    """Assign: the sentences that make the body a party (none: it is not one). Named as a party,
    or through the person who signed for it; present at the ceremony (in its photo, speaking)
    when the article leaves its list of parties open; never the press or a member of a party."""
    if ev.entity.sector is Sector.MEDIA or (ev.has(Role.BYLINE) and not ev.has(Role.PARTY)):
        return []
    spans = ev.spans(Role.PARTY, Role.HEAD)
    if not spans and not closed and not ev.member:
        spans = ev.spans(Role.ATTENDEE, Role.CAPTION, Role.SPEAKER)
    return spans


def signatories(
    assessment: Assessment, decide: Callable[[Evidence, bool], list[tuple[int, int]]] | None = None
) -> list[tuple[Entity, list[tuple[int, int]]]]:
    """The parties of the article's agreement, each with the sentences that make it one
    (assigned by `decide`, the rules unless told)."""
    decide = decide or by_rules
    out = []
    for ev in assessment.evidence:
        if spans := decide(ev, assessment.closed):
            out.append((ev.entity, spans))
    return out
