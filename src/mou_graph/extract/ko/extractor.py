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
from dataclasses import dataclass, field
from datetime import date, timedelta

from ...model import Entity, Kind, RelType, Sector
from .. import korean
from ..gazetteer import Body, Gazetteer
from ..registry import Registry, abbreviates

BARE_AGREEMENT = {"협약", "업무협약", "협약식", "mou", "협약서", "양해각서", "협정"}
AGREEMENT_WORD = re.compile(r"협약|MOU|양해각서|협정|협력서|파트너십")
SIGNING = re.compile(r"체결|맺었|맺고|맺은|맺기로|서명|교환했|협약식[을이가]?\s*(?:개최|열|가졌|진행)|참여하는\s*협약")
ATTENDING = re.compile(r"참석|참여한 가운데|자리했|함께했")
CAPTION = re.compile(r"^\s*(?:\(?사진\)?|왼쪽부터|오른쪽부터|앞줄|뒷줄)|기념\s?(?:촬영|사진)|사진\s*=|제공\s*$|\[사진")
QUOTES = {"‘": "’", "“": "”", "'": "'", '"': '"', "「": "」", "『": "』"}
CAMPUS = re.compile(r"[가-힣A-Za-z]{1,6}캠퍼스")
UNIT_SUFFIXES = ("산학협력단", "대학원", "산학협력관", "부속병원", "병원", "연구소", "사범대학", "공과대학")
TITLE_EXTENSIONS = {"권한대행", "직무대행", "직무대리", "당선인", "내정자"}
NOT_NAMES = {
    "이날",
    "이번",
    "이후",
    "이어",
    "정부",
    "지난",
    "오는",
    "최근",
    "한편",
    "또한",
    "이를",
    "이와",
    "조성",
    "전문",
    "공동",
    "우수",
    "최대",
    "신규",
    "지원",
    "유치",
    "주요",
    "방안",
    "이상",
    "이하",
    "이외",
    "장관",
    "위원",
    "기자",
    "사진",
    "이사",
    "대표",
    "회장",
    "원장",
    "총장",
    "시장",
    "의장",
    "지사",
    "한국",
    "국내",
    "국제",
    "전국",
    "지방",
    "중앙",
    "서울",
    "남부",
    "북부",
    "동부",
    "서부",
}
STOP_BEFORE_ORG = {
    "이날",
    "이번",
    "지난",
    "올해",
    "지난해",
    "오는",
    "및",
    "등",
    "또",
    "또한",
    "특히",
    "한편",
    "각",
    "이",
    "그",
    "전",
    "현",
    "신임",
    "前",
    "現",
    "이를",
    "위해",
    "통해",
    "함께",
    "비롯해",
    "비롯한",
}
LIST_QUALIFIERS = r"지역|국내|관내|도내|시내|중소|강소|유망|협력|참여|회원|입주"
LIST_HEADS = {
    "기업": Sector.INDUSTRY,
    "업체": Sector.INDUSTRY,
    "회원사": Sector.INDUSTRY,
    "기업들": Sector.INDUSTRY,
    "대표기업": Sector.INDUSTRY,
    "선도기업": Sector.INDUSTRY,
    "회사": Sector.INDUSTRY,
    "대학": Sector.ACADEMIA,
    "대학교": Sector.ACADEMIA,
    "기관": None,
    "기관들": None,
    "단체": Sector.CIVIL,
}
PROGRAMME_HEADS = re.compile(
    r"(클러스터|특화단지|특성화대학원|혁신도시|특구|밸리|캠퍼스|파트너링|프로젝트|플랫폼|협의체|아카데미|"
    r"허브|사업단|챌린지|바우처)$"
)
# what follows a body named as the place: 에서, or a hall of it and 에서 (대강당에서)
VENUE_AFTER = re.compile(r"(?:\s?[가-힣A-Za-z0-9]{1,10})?에서(?:는)?(?![가-힣])")
# 충청권, 수도권: the bodies of a whole region (충청권 테크노파크 are four of them, not one)
REGION_BLOC = re.compile(r"[가-힣]{1,3}권")
# words that say what kind of work a programme is, not which one (산학 프로젝트)
# fmt: off
GENERIC_MODIFIERS = {
    "산학", "공동", "협력", "연구", "기술", "신규", "각종", "관련", "주요", "해당", "다양한", "지역", "국가",
    "정부", "민간", "신사업", "협업", "교류", "대형", "중소", "우수", "선도", "시범", "핵심", "후속", "대표",
}
# fmt: on
# 클러스터 조성 사업, 특화단지 지원 사업: the 사업 that carries the programme's name
PROGRAMME_TAIL = re.compile(r"(?:\s(?:조성|지원|육성|구축|활성화|추진))?\s사업(?=[을를이가은는의에와과도]?(?![가-힣]))")
LIST_DOTS = {"·", "ㆍ", "‧", "・"}
EVENT_HEADS = re.compile(
    r"(월례회|총회|포럼|박람회|설명회|세미나|컨퍼런스|콘퍼런스|심포지엄|대회|축제|간담회|토론회|워크숍|엑스포)$"
)
KNOWN_PROGRAMMES = re.compile(
    r"글로컬대학\s?30|RISE|LINC\s?3\.0|LINC\+?|라이즈|지역혁신중심\s?대학지원체계|BK21|"
    r"(?:[가-힣A-Za-z0-9]+\s?)?특성화대학원|(?:[가-힣A-Za-z0-9]+\s?)?규제자유특구|(?:[가-힣]+\s)?강소연구개발특구"
)
AMOUNT = re.compile(
    r"(?:약\s?)?(?=\d)(?:\d[\d,.]*\s?조\s?)?(?:\d[\d,.]*\s?천\s?)?(?:\d[\d,.]*\s?백\s?)?(?:\d[\d,.]*\s?)?(?:조|억|만)\s?원"
)
DAY = re.compile(r"(?:(?P<y>(?:19|20)\d\d)년\s*)?(?:(?P<m>\d{1,2})월\s*)?(?P<d>\d{1,2})일")


@dataclass
class Tok:
    """A word of a sentence as the patterns see it."""

    word: korean.Word
    stem: str
    stem_end: int
    particle: str
    sep: str  # what stands between the previous word and this one
    depth: int = 0  # parenthesis depth
    quoted: bool = False
    org: Body | None = None
    org_text: str | None = None  # the org part of the word (fused words, marker-stripped)
    org_sector: Sector | None = None
    org_strong: bool = False
    org_defined: Entity | None = None  # a form the article defined (이하 ‘협회’)
    title: str | None = None  # a title (whole stem, or the title part of a fused word)
    name: int = 0  # name shape
    paren_owner: int = -1  # index of the word a parenthesis belongs to
    used: bool = False
    entity: Entity | None = None
    ext_start: int = -1  # where a generic name really starts (이차전지산업 기업협의회)

    @property
    def is_org(self) -> bool:
        return self.org_text is not None and self.title is None

    @property
    def is_fused(self) -> bool:
        return self.org_text is not None and self.title is not None

    @property
    def is_title(self) -> bool:
        return self.org_text is None and self.title is not None


@dataclass
class SentenceFacts:
    index: int
    start: int
    end: int
    text: str
    toks: list[Tok] = field(default_factory=list)
    signing: bool = False
    attending: bool = False
    caption: bool = False


class KoreanExtractor:
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

    # ------------------------------------------------------------------ words
    def _strip_marker(self, stem: str) -> tuple[str, bool]:
        for marker in ("(주)", "㈜", "(사)", "(재)", "주식회사", "(유)", "(합)"):
            if stem.startswith(marker):
                return stem[len(marker) :].strip(), True
            if stem.endswith(marker):
                return stem[: -len(marker)].strip(), True
        return stem, False

    def _org_reading(self, stem: str) -> tuple[Body | None, Sector | None, bool] | None:
        """(body, sector, strong) when the stem names an organisation by itself."""
        core, marked = self._strip_marker(stem)
        if not core or KNOWN_PROGRAMMES.fullmatch(core):
            return None
        body = self.gaz.lookup(core)
        if body is not None:
            return body, body.sector, True
        if chamber := self._chamber(core):  # 울산상의: the chamber of commerce, not 울산상 + 의
            return self.gaz.lookup(chamber), Sector.INDUSTRY, True
        if normalise(core) in self.defined:
            e = self.defined[normalise(core)]
            return None, e.sector, True
        suffix = self.gaz.suffix(core)
        if suffix is not None and core == suffix[0] and suffix[2] == "strong" and not self.gaz.is_title(core):
            return None, suffix[1], False  # 기업협의회 alone: a body only with the words before it
        if suffix is not None:
            text, sector, strength = suffix
            rest = core[: -len(text)] if text else core
            if len(rest) >= 2 or (strength == "strong" and len(rest) >= 1 and korean.HANGUL.search(rest)):
                if strength == "strong" or marked:
                    return None, sector, True
                known = self.gaz.lookup(rest)
                if text in ("병원", "의료원") and known is not None and known.sector is Sector.ACADEMIA:
                    return None, sector, True  # 서울대학교병원: a university's hospital is a body of its own
                return None, sector, False
        if marked and korean.is_noun_word(core) and len(korean.particle_splits(core)) == 1:
            return None, Sector.INDUSTRY, True
        return None

    def _name_not_place(self, stem: str, reading: tuple[Body | None, Sector | None, bool]) -> bool:
        """박형구, 이영도: a name ending in 구/군/시/도 that no region bears is a person.

        The gazetteer holds every Korean region, so a region suffix on an unknown name-shaped
        word is a weak reading that the name beats.
        """
        body, _, strong = reading
        return body is None and not strong and self.gaz.place(stem) is None and self._name_shape(stem, "시군구도") >= 2

    def _name_shape(self, stem: str, suffixes: str) -> int:
        """How much a three-letter word ending in one of `suffixes` looks like a name (0: it does not end so)."""
        if len(stem) != 3 or stem[-1] not in suffixes:
            return 0
        return korean.name_shape(stem, self.gaz.surnames)

    def _chamber(self, form: str) -> str | None:
        """울산상의 → 울산상공회의소: a region's short form of its chamber of commerce."""
        place = self.gaz.place(form[:-2]) if form.endswith("상의") else None
        return form[:-2] + "상공회의소" if place is not None and place.is_region else None

    def _fused_reading(self, stem: str) -> tuple[str, Body | None, Sector | None, str] | None:
        """An organisation fused with its head's title: 포항시장, 충북지사, 한국전자기술연구원장."""
        for title in self.gaz.fusable_by_length:
            if not stem.endswith(title) or len(stem) <= len(title):
                continue
            left = stem[: -len(title)]
            candidates = [(left, title)]
            # 시장 → 포항시 + 장: the org keeps the title's first syllable
            if len(title) >= 2:
                candidates.append((left + title[:-1], title[-1]))
            for org_text, _ in candidates:
                reading = self._org_reading(org_text)
                generic = reading is not None and self._generic(org_text)  # 기업협의회장: the words before name it
                if reading and (reading[2] or generic):
                    body, sector, _ = reading
                    shown = org_text[-1] + "장" if title == "장" else title
                    if title != "장" and org_text != left:
                        shown = title
                    office = self._education_office(body, title)
                    if office is not None:  # 경상북도교육감 heads 경상북도교육청, not 경상북도
                        return stem, office, office.sector, title
                    return org_text, body, sector, shown
            place = self.gaz.place(left)
            if place is not None and title in {"지사", "도지사", "시장", "군수", "구청장", "교육감"}:
                office = self._education_office(place, title)
                if office is not None:
                    return stem, office, office.sector, title
                return left, place, place.sector, title
        return None

    def _education_office(self, region: Body | None, title: str) -> Body | None:
        """The education office a superintendent (교육감) of a province or metropolitan city heads."""
        if title != "교육감" or region is None or not region.is_region:
            return None
        office = self.gaz.lookup(region.canonical + "교육청")
        return office if office is not None and office.category == "education_office" else None

    def tokens(self, text: str, offset: int) -> list[Tok]:
        toks: list[Tok] = []
        prev_end = offset
        depth = 0
        quote: str | None = None
        owners: list[int] = []
        closed = -1
        for w in korean.words(text, offset):
            sep = text[prev_end - offset : w.start - offset]
            for ch in sep:
                if quote and ch == QUOTES.get(quote):
                    quote = None
                elif quote is None and ch in QUOTES:
                    quote = ch
                if ch == "(":
                    depth += 1
                    owners.append(len(toks) - 1)
                elif ch == ")" and depth:
                    depth -= 1
                    closed = owners.pop()
            if ")" in sep and depth == 0 and w.text in korean.PARTICLES and closed >= 0:
                toks[closed].particle = w.text
                prev_end = w.end
                continue
            if ")" in sep:
                closed = -1
            tok = self._read(w, sep)
            tok.depth = depth
            tok.quoted = quote is not None
            tok.paren_owner = owners[-1] if owners else -1
            toks.append(tok)
            prev_end = w.end
        for i in range(len(toks) - 2):
            # 윤석대 K-water 사장: before a body and a title, an unknown 대/청/부/처 word is a name
            tok, nxt = toks[i], toks[i + 1]
            if (
                tok.org_text == tok.stem
                and tok.org is None
                and not tok.org_strong
                and not tok.particle
                and (nxt.is_org or nxt.org_defined is not None)
                and not nxt.particle
                and toks[i + 2].is_title
                and (shape := self._name_shape(tok.stem, "대청부처")) >= 2
            ):
                tok.org_text, tok.org_sector, tok.name = None, None, shape
        for i, tok in enumerate(toks):
            if tok.org_text and tok.org is None and not tok.title and self._generic(tok.org_text):
                j = i
                while j > 0 and i - j < 3:
                    prev = toks[j - 1]
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
                if j < i:
                    tok.ext_start = toks[j].word.start
                    tok.org_strong = True
                    for t in toks[j:i]:
                        t.used = True
        return toks

    def _generic(self, org_text: str) -> bool:
        """기업협의회, 특수목적법인: a suffix after common nouns names no one by itself."""
        core = self._strip_marker(org_text)[0]
        suffix = self.gaz.suffix(core)
        if suffix is None or suffix[2] != "strong" or KNOWN_PROGRAMMES.fullmatch(core):
            return False
        rest = core[: -len(suffix[0])]
        if not rest:
            return True
        return korean.all_common_nouns(rest)

    def _read(self, w: korean.Word, sep: str) -> Tok:
        best: Tok | None = None
        for stem, particle in korean.particle_splits(w.text):
            tok = Tok(w, stem, w.start + len(stem), particle, sep)
            reading = self._org_reading(stem)
            if reading and self._name_not_place(stem, reading):
                reading = None
            if reading:
                body, sector, strong = reading
                tok.org, tok.org_sector, tok.org_strong = body, sector, strong
                tok.org_text = stem
                if normalise(self._strip_marker(stem)[0]) in self.defined:
                    tok.org_defined = self.defined[normalise(self._strip_marker(stem)[0])]
                return tok
            fused = self._fused_reading(stem)
            if fused and len(stem) >= 3:
                org_text, body, sector, title = fused
                tok.org, tok.org_sector, tok.org_strong = body, sector, True
                tok.org_text, tok.title = org_text, title
                return tok
            if self.gaz.is_title(stem) or (self.gaz.title_suffix(stem) and len(stem) <= 9):
                tok.title = stem
                return tok
            if best is None:
                shape = korean.name_shape(stem, self.gaz.surnames) if stem not in NOT_NAMES else 0
                if shape:
                    tok.name = shape
                    best = tok
        if best is not None:
            return best
        stem, particle = korean.kiwi_stem(w.text)
        return Tok(w, stem or w.text, w.start + len(stem or w.text), particle, sep)

    # --------------------------------------------------------------- sentences
    def run(self, segments: list[tuple[int, int]]) -> None:
        facts: list[SentenceFacts] = []
        text = self.reg.article.text
        for index, (start, end) in enumerate(self.reg.sentences):
            if not any(a <= start < b for a, b in segments):
                continue
            s = SentenceFacts(index, start, end, text[start:end])
            self._definitions(s)
            s.toks = self.tokens(s.text, start)
            s.signing = bool(AGREEMENT_WORD.search(s.text) and SIGNING.search(_unquoted(s.text)))
            s.attending = bool(ATTENDING.search(s.text))
            s.caption = bool(CAPTION.search(s.text))
            facts.append(s)
        self.facts = facts
        for s in facts:
            self._compounds(s)
        for s in facts:
            self._people(s)
        for s in facts:
            self._organisations(s)
        for s in facts:
            self._lists(s)
        self._agreement(facts)
        for s in facts:
            self._programmes(s)
        self._drop_venues()

    def _drop_venues(self) -> None:
        """서울 직업능력심사평가원에서 협약을 체결했다: a body named only as the place is no party."""
        text = self.reg.article.text
        self.reg.drop_bystanders(lambda m: VENUE_AFTER.match(text, m.end) is not None)

    def _definitions(self, s: SentenceFacts) -> None:
        """Short forms the article defines: X(이하 ‘협회’), 한국전자통신연구원(ETRI), 대전테크노파크(대전TP, …)."""
        for m in re.finditer(r"\(\s*이하\s*[‘'\"“]?([^’'\"”)]{1,15})[’'\"”]?\s*\)", s.text):
            short = m.group(1).strip()
            before = s.text[: m.start()]
            head = korean.words(before, s.start)
            if head:
                w = head[-1]
                reading = self._org_reading(w.text)
                if reading:
                    body, sector, _ = reading
                    e = self.reg.org(w.text, w.start, w.end, body=body, sector=sector)
                    self.defined[normalise(short)] = e
                    a = s.start + m.start(1)
                    self.reg.alias(e, short, a, a + len(short))
        for m in re.finditer(r"([^\s(),·‧ㆍ・/]{2,40})\(([A-Za-z][A-Za-z&.\-]{1,12}|[가-힣]{1,6}TP)\s*[,)]", s.text):
            reading = self._org_reading(m.group(1))
            if reading and reading[2]:
                body, sector, _ = reading
                e = self.reg.org(m.group(1), s.start + m.start(1), s.start + m.end(1), body=body, sector=sector)
                self.defined[normalise(m.group(2))] = e
                self.reg.alias(e, m.group(2), s.start + m.start(2), s.start + m.end(2))

    def _compounds(self, s: SentenceFacts) -> None:
        """A university and its unit: 협성대학교 산학협력단 is one body, PART_OF the university."""
        toks = s.toks
        for i in range(1, len(toks)):
            unit, parent = toks[i], toks[i - 1]
            if parent.particle or unit.sep.strip() or not parent.is_org:
                continue
            unit_text = unit.org_text or (unit.stem if unit.stem in UNIT_SUFFIXES else None)
            academic = parent.org_sector is Sector.ACADEMIA
            if academic and (k := _project_group(toks, i)) is not None:
                unit, unit_text = toks[k], toks[k].stem  # 경북대학교 LINC 3.0 사업단(단장 …)
                for t in toks[i:k]:
                    t.used = True
            elif academic and CAMPUS.fullmatch(unit.stem):
                unit_text = unit.stem  # 연세대 미래캠퍼스, 고려대 세종캠퍼스: the campus is a body of its own
            elif not unit_text or unit_text not in UNIT_SUFFIXES or unit_text == "산학협력관":
                continue
            full = s.text[parent.word.start - s.start : unit.word.start - s.start] + unit_text
            parent_entity = self._org_entity(parent)
            child = self.reg.org(full, parent.word.start, parent.word.start + len(full), sector=Sector.ACADEMIA)
            self.reg.relate(RelType.PART_OF, child, parent_entity, (s.start, s.end))
            unit.org_text, unit.org, unit.org_strong = full, None, True
            unit.entity = child
            parent.used = True
            parent.entity = child

    def _org_entity(self, tok: Tok, text: str | None = None, start: int | None = None) -> Entity:
        if tok.entity is not None and text is None:
            return tok.entity
        text = text or tok.org_text or tok.stem
        start = tok.word.start if start is None else start
        if tok.ext_start >= 0 and text == tok.org_text and tok.org_defined is not None:
            full = self.reg.article.text[tok.ext_start : tok.word.start] + text
            self.reg.alias(tok.org_defined, full, tok.ext_start, tok.ext_start + len(full))
        if tok.org_defined is not None:
            self.reg.alias(tok.org_defined, text, start, start + len(text))
            tok.entity = tok.org_defined
            return tok.entity
        if tok.ext_start >= 0 and text == tok.org_text:
            full = self.reg.article.text[tok.ext_start : tok.word.start] + text
            e = self.reg.find(Kind.ORGANISATION, full) or self.reg.find(Kind.ORGANISATION, text)
            e = self.reg.org(full, tok.ext_start, tok.ext_start + len(full), sector=tok.org_sector) if e is None else e
            self.reg.alias(e, full, tok.ext_start, tok.ext_start + len(full))
            tok.entity = e
            return e
        chamber = self._chamber(text)
        e = self.reg.org(text, start, start + len(text), body=tok.org, sector=tok.org_sector, canonical=chamber)
        tok.entity = e
        return e

    # ------------------------------------------------------------------ people
    def _abbreviated_later(self, form: str) -> Entity | None:
        """허건영 세기원 원장 before the article names 한국세라믹기술원: the body it abbreviates."""
        for s in self.facts:
            for tok in s.toks:
                if tok.is_org and (tok.org is not None or tok.org_strong) and abbreviates(form, tok.org_text or ""):
                    return self._org_entity(tok)
        return None

    def _title_run(self, toks: list[Tok], j: int) -> tuple[str, int, int, int]:
        """The title starting at toks[j], with 권한대행-style extensions: (title, start, end, last index)."""
        start = toks[j].word.start
        if toks[j].is_fused:
            start = toks[j].stem_end - len(toks[j].title or "")
            title = toks[j].title or ""
        else:
            title = toks[j].stem
        end, last = toks[j].stem_end, j
        k = j + 1
        while k < len(toks) and not toks[last].particle:
            t = toks[k]
            if t.stem in TITLE_EXTENSIONS or (t.depth > toks[j].depth and t.stem in TITLE_EXTENSIONS | {"겸직"}):
                if "(" in t.sep:
                    title += f"({t.stem})"
                else:
                    title += " " + t.stem if t.sep.strip() == "" else t.stem
                end, last = t.stem_end, k
                k += 1
                continue
            break
        return title, start, end, last

    def _person(
        self,
        s: SentenceFacts,
        name_tok: Tok,
        title: str | None,
        t_start: int,
        t_end: int,
        org: Entity | None,
    ) -> Entity:
        person = self.reg.person(name_tok.stem, name_tok.word.start, name_tok.word.start + len(name_tok.stem))
        name_tok.used = True
        name_tok.entity = person
        if person.title is None and title:
            person.title = title
        if org is None:
            org = self.person_org.get(person.name)
        unit = next((u for u in UNIT_SUFFIXES if title and title.startswith(u) and title != u), None)
        if org is not None and unit and org.sector is Sector.ACADEMIA and not org.name.endswith(unit):
            forms = [org.name, *org.aliases]
            org = (
                next(
                    (
                        e
                        for f in forms
                        for e in self.reg.entities
                        if e.kind is Kind.ORGANISATION and normalise(f + unit) in {normalise(a) for a in e.aliases}
                    ),
                    None,
                )
                or org
            )
        if org is not None and not self.reg.positions(person):
            self.reg.relate(RelType.HOLDS_POSITION, person, org, (s.start, s.end), title=title)
            self.person_org[person.name] = org
        elif org is None and title and not self.reg.positions(person):
            person.title = title
        return person

    def _people(self, s: SentenceFacts) -> None:
        toks = s.toks
        carry: Entity | None = None  # the body a caption list carries over
        n = len(toks)
        for i, tok in enumerate(toks):
            if tok.sep.strip() in {",", "·"} and tok.depth == 0 and not s.caption:
                carry = None
            if tok.name == 0 or tok.used or tok.org_text or tok.title or tok.quoted:
                continue
            if self.gaz.place(tok.stem) is not None:
                continue
            left = toks[i - 1] if i else None
            left_org = left if left and left.is_org and not left.particle and not tok.sep.strip() else None
            j = i + 1
            if tok.particle and tok.particle not in {"", "은", "는", "이", "가"}:
                continue
            right = toks[j] if j < n and not tok.particle else None
            # 이름 소속직함: 이강덕 포항시장
            if right is not None and right.is_fused and right.sep.strip() == "":
                title, a, b, _ = self._title_run(toks, j)
                body = self._org_entity(left_org) if left_org else carry
                if right.org_text in UNIT_SUFFIXES and body is not None:
                    # 협성대 …, 김인회 산학협력단장: the unit of the body the list is about
                    org, a = body, right.word.start
                    title = self.reg.article.text[a:b]
                else:
                    org = self._org_entity(right)
                self._person(s, tok, title, a, b, org)
                right.used = True
                carry = org if s.caption else carry
                continue
            # 이름 직함 (소속 before the name, carried over, or already known)
            if right is not None and right.is_title and right.sep.strip() == "":
                title, a, b, _ = self._title_run(toks, j)
                org = self._org_entity(left_org) if left_org else None
                if org is None and tok.depth and tok.paren_owner >= 0 and toks[tok.paren_owner].is_org:
                    org = self._org_entity(toks[tok.paren_owner])
                if org is None:
                    org = carry
                if tok.name >= 1:
                    self._person(s, tok, title, a, b, org)
                    if left_org:
                        left_org.used = True
                        carry = org if s.caption else carry
                continue
            # 이름 소속 직함: 정규열 포스텍 부총장 / 김병훈 이차전지 기업협의회장 / unknown 소속
            if right is not None and not right.particle and tok.name >= 1:
                k = j
                if k + 1 < n and toks[k + 1].stem == tok.stem and (toks[k].is_org):
                    k_org, k = k, k + 2  # garbled repeat of the name
                else:
                    k_org = None
                # find a title within the next three words
                end_k = None
                for m in range(j, min(n, j + 4)):
                    t = toks[m]
                    if t.is_title or t.is_fused:
                        end_k = m
                        break
                    if t.particle or t.name >= 2 and m > j or t.sep.strip() not in {""}:
                        break
                if k_org is not None and k < n and toks[k].is_title:
                    end_k = k
                if end_k is None or end_k == j and not right.is_fused:
                    continue
                org: Entity | None = None
                title_from = j
                if k_org is not None:
                    org = self._org_entity(toks[k_org])
                    title_from = end_k
                elif right.is_org or right.org_defined:
                    org = self._org_entity(right)
                    title_from = j + 1
                    if title_from < end_k and toks[title_from].entity is org:
                        title_from += 1  # 연세대 미래캠퍼스 부총장: the campus is part of the body
                    # a unit between body and title belongs to the title: 포항테크노파크 그린에너지센터장
                elif toks[end_k].is_fused:
                    # 김병훈 이차전지 기업협의회장: the words before the fused org belong to it
                    fused = toks[end_k]
                    first = toks[j]
                    text = self.reg.article.text[first.word.start : fused.word.start] + (fused.org_text or "")
                    if toks[end_k].org_text and all(not t.particle for t in toks[j:end_k]):
                        ent = self.reg.match_abbreviation(text) or None
                        org = ent or self.reg.org(
                            text, first.word.start, first.word.start + len(text), sector=fused.org_sector, body=None
                        )
                        title, a, b, _ = self._title_run(toks, end_k)
                        self._person(s, tok, title, a, b, org)
                        for t in toks[j : end_k + 1]:
                            t.used = True
                        continue
                else:
                    # an unknown body between name and title: 한상규 대한전기협회, 허건영 기품원 원장
                    words_between = toks[j:end_k]
                    text = self.reg.article.text[words_between[0].word.start : words_between[-1].stem_end]
                    if len(words_between) > 2 or not all(
                        korean.is_noun_word(t.stem) or t.stem.isascii() for t in words_between
                    ):
                        continue
                    if left_org is not None or carry is not None:
                        # 협성대 고희준 IPP 산학협력 교수: everything after the name is title
                        org = self._org_entity(left_org) if left_org else carry
                        title_from = j
                    else:
                        org = (
                            self.reg.match_abbreviation(text)
                            or self.reg.find(Kind.ORGANISATION, text)
                            or self._abbreviated_later(text)
                        )
                        if org is None:
                            org = self.reg.org(
                                text,
                                words_between[0].word.start,
                                words_between[0].word.start + len(text),
                                sector=_sector_for_title(toks[end_k].stem),
                            )
                        else:
                            self.reg.alias(
                                org, text, words_between[0].word.start, words_between[0].word.start + len(text)
                            )
                        title_from = end_k
                tail_title, a, b, last = self._title_run(toks, end_k)
                a = toks[title_from].word.start if title_from < end_k else a
                title = self.reg.article.text[a:b] if title_from < end_k else tail_title
                if title_from < end_k and tail_title != toks[end_k].stem:
                    title = self.reg.article.text[a : toks[end_k].word.start] + tail_title
                title = re.sub(r"\s+", " ", title).strip()
                self._person(s, tok, title, a, b, org)
                for t in toks[j : last + 1]:
                    t.used = True
                if left_org:
                    left_org.used = True
                carry = org if s.caption else carry
                continue
        # 소속(직함 이름), 소속직함 이름, 소속 직함 이름
        for i, tok in enumerate(toks):
            if tok.name == 0 or tok.used or i == 0 or tok.quoted or self.gaz.place(tok.stem) is not None:
                continue
            t = toks[i - 1]
            if not (t.is_title or t.is_fused) or t.particle:
                continue
            org: Entity | None = None
            title, a, b, _ = self._title_run(toks, i - 1)
            if t.is_fused:
                org = self._org_entity(t)
            elif t.depth and t.paren_owner >= 0 and toks[t.paren_owner].is_org:
                org = self._org_entity(toks[t.paren_owner])
            elif i >= 2 and toks[i - 2].is_org and not toks[i - 2].particle:
                org = self._org_entity(toks[i - 2])
            elif tok.name < 2 and tok.depth == 0:
                continue
            self._person(s, tok, title, a, b, org)
            t.used = True
        # one title for several names: 홍길동·김철수 포항시의원, 박민수, 이영희 교수
        for i in range(len(toks) - 1, -1, -1):
            tok = toks[i]
            if tok.name < 2 or tok.used or tok.particle or tok.quoted or i + 1 >= len(toks):
                continue
            nxt = toks[i + 1]
            if nxt.sep.strip() not in {"·", ","} or nxt.entity is None or nxt.entity.kind is not Kind.PERSON:
                continue
            shared = self.reg.positions(nxt.entity)
            if nxt.sep.strip() == "," and not (i + 2 < len(toks) and toks[i + 2].is_title):
                continue  # "A, B 원장": only when B's title follows B directly
            if shared:
                org = next(e for e in self.reg.entities if e.id == shared[0].target)
                self._person(s, tok, shared[0].title, tok.word.start, tok.word.end, org)
            elif nxt.entity.title:
                self._person(s, tok, nxt.entity.title, tok.word.start, tok.word.end, None)

    # ----------------------------------------------------------- organisations
    def _organisations(self, s: SentenceFacts) -> None:
        toks = s.toks
        for i, tok in enumerate(toks):
            if not (tok.org_text and tok.entity is None):
                continue
            if tok.is_fused:
                continue  # 포항시장 without a name: the title of someone unnamed
            if not tok.org_strong and tok.org is None:
                continue
            if self._kind_of_body(tok):
                continue  # 양 기관은 협력위원회를 운영하고: a kind of body, not one
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            is_region = tok.org is not None and tok.org.category in {"province", "metro", "city", "county", "district"}
            if is_region and not tok.particle and nxt is not None and not nxt.sep.strip(" ") and not nxt.is_org:
                continue  # 화성시 산관학 협력체계, 충북도청 소회의실: a place, not the body
            self._org_entity(tok)

    def _kind_of_body(self, tok: Tok) -> bool:
        """협력위원회, 실무협의회: one common word and a body's suffix, not defined or named before."""
        if tok.ext_start >= 0 or tok.org_defined is not None or tok.quoted or not tok.org_text:
            return False
        core = self._strip_marker(tok.org_text)[0]
        suffix = self.gaz.suffix(core)
        return (
            suffix is not None
            and len(core) - len(suffix[0]) <= 2
            and self._generic(tok.org_text)
            and self.reg.find(Kind.ORGANISATION, tok.org_text) is None
        )

    def _lists(self, s: SentenceFacts) -> None:
        """Unknown companies named in lists: A·B·C 등 5개 기업, 대표기업인 A, B, C 등."""
        toks = s.toks
        n = len(toks)
        for i, tok in enumerate(toks):
            if tok.stem != "등" or tok.particle:
                continue
            # the head noun after 등 (or fused: 등 5개 기업)
            k = i + 1 if tok.stem == "등" else i
            head_sector: Sector | None | bool = False
            member_of: Entity | None = None
            for m in range(k, min(n, k + 3)):
                h = toks[m]
                stem = re.sub(r"^\d+개\s?", "", h.stem)
                if h.is_org and (h.org is not None or h.org_strong) and member_of is None and not h.particle:
                    member_of = self._org_entity(h)
                    continue
                if stem in LIST_HEADS and h.particle not in {"의", "에", "에서"}:
                    head_sector = LIST_HEADS[stem]
                    break
                if not re.fullmatch(r"\d+(?:개|곳|개사)|관련|[가-힣]+\s?관련|" + LIST_QUALIFIERS, h.stem):
                    break  # 등 지역 기업 10곳, 등 관련 기업: words that qualify the head
            if head_sector is False and not (tok.depth and tok.paren_owner >= 0 and toks[tok.paren_owner].is_org):
                continue
            # walk the list backwards
            items: list[Tok] = []
            end = i if tok.stem == "등" else i + 1
            m = end - 1
            while m >= 0:
                t = toks[m]
                if m < end - 1 and t.particle and t.particle not in {"인", "이자"}:
                    break
                items.append(t)
                if m == 0 or t.sep.strip() not in {",", "·", "‧", "ㆍ"}:
                    break
                m -= 1
            sector = head_sector if isinstance(head_sector, Sector) else Sector.INDUSTRY
            for t in items:
                stem = t.stem.removeprefix("대표기업인").removeprefix("기업인")
                if t.stem.endswith("인") and t.particle == "":
                    continue
                if t.entity is not None and t.entity.kind is Kind.ORGANISATION:
                    e = t.entity
                elif t.entity is not None or t.name >= 2 or t.title:
                    continue
                elif t.org_text:
                    e = self._org_entity(t)
                elif (place := self.gaz.place(stem)) is not None and place.is_region:
                    # 경북, 포항시, 포스텍 등 3개 기관: a place named as a party is its government
                    e = self.reg.org(stem, t.word.start, t.word.start + len(stem), body=place)
                    t.entity = e
                elif korean.is_noun_word(stem) and len(stem) >= 2 and korean.HANGUL_WORD.match(stem) is not None:
                    e = self.reg.org(stem, t.word.start, t.word.start + len(stem), sector=sector)
                    t.entity = e
                else:
                    continue
                owner = toks[tok.paren_owner] if tok.depth and tok.paren_owner >= 0 else None
                if owner is not None and owner.is_org and owner.entity is not e:
                    count = _count(s.text)
                    self.reg.relate(RelType.MEMBER_OF, e, self._org_entity(owner), (s.start, s.end), count=count)
                elif member_of is not None:
                    self.reg.relate(RelType.MEMBER_OF, e, member_of, (s.start, s.end))

    # -------------------------------------------------------------- agreement
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

    # ------------------------------------------------------------- programmes
    def _programmes(self, s: SentenceFacts) -> None:
        text = s.text
        found: list[tuple[int, int, Kind]] = []
        for qa, qb in _quoted_spans(text):
            inner = text[qa:qb].strip()
            if not inner or AGREEMENT_WORD.search(inner) or len(inner) > 40 or len(inner) < 3:
                continue
            core = re.sub(r"\(가칭\)$", "", inner).strip()
            if EVENT_HEADS.search(core):
                found.append((qa, qa + len(core), Kind.EVENT))
            elif PROGRAMME_HEADS.search(core) or re.search(r"사업$|기술$|프로그램$", core):
                found.append((qa, qa + len(core), Kind.PROGRAMME))
        for m in KNOWN_PROGRAMMES.finditer(text):
            if not _inside(m.start(), found):
                found.append((m.start(), m.end(), Kind.PROGRAMME))
        for tok in s.toks:
            if tok.quoted or tok.entity is not None and tok.entity.kind is Kind.ORGANISATION:
                continue
            m = PROGRAMME_HEADS.search(tok.stem)
            if not m:
                continue
            start = tok.word.start - s.start
            if _inside(start, found):
                continue
            # extend left over bare nouns: 포항 수소연료전지 클러스터, 이차전지 소·부·장 특화단지
            idx = s.toks.index(tok)
            j = idx
            while j > 0 and idx - j < 6:
                prev = s.toks[j - 1]
                if prev.particle or DAY.fullmatch(prev.stem):
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
            tail = PROGRAMME_TAIL.match(text, b)
            if tail and not tok.particle:
                b = tail.end()  # 글로벌 클러스터 조성 사업: the programme's own name
            if b - a >= 4:
                found.append((a, b, Kind.PROGRAMME))
        for a, b, kind in found:
            name = text[a:b]
            existing = next(
                (
                    e
                    for e in self.reg.entities
                    if e.kind in (Kind.PROGRAMME, Kind.EVENT)
                    and (normalise(name) in normalise(e.name) or normalise(e.name) in normalise(name))
                ),
                None,
            )
            if existing is not None:
                self.reg.alias(existing, name, s.start + a, s.start + b)
                entity = existing
            else:
                entity = self.reg.other(kind, name, s.start + a, s.start + b)
            if self.agreement is not None and s.signing:
                self.reg.relate(RelType.CONCERNS, self.agreement, entity, (s.start, s.end))
            self._funding(s, entity)

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


# --------------------------------------------------------------------- helpers
def normalise(s: str) -> str:
    return re.sub(r"[\s·ㆍ‧・\-_.,'\"‘’“”()\[\]]", "", s).lower()


def _sector_for_title(title: str) -> Sector:
    if re.search(r"총장|학장|교수", title):
        return Sector.ACADEMIA
    if re.search(r"군수|시장|지사|구청장|청장|장관", title):
        return Sector.GOVERNMENT
    return Sector.INDUSTRY


def _count(text: str) -> int | None:
    m = re.search(r"(\d+)\s*개\s*(?:기업|사|회원사|업체|기관)", text)
    return int(m.group(1)) if m else None


def _project_group(toks: list[Tok], i: int) -> int | None:
    """The index of a 사업단 that ends the words from i on (LINC 3.0 사업단, RISE사업단), if any."""
    for k in range(i, min(len(toks), i + 3)):
        t = toks[k]
        if k > i and (t.sep.strip() or toks[k - 1].particle):
            return None
        if t.stem.endswith("사업단"):
            return k
    return None


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    out = []
    for m in re.finditer(r"[‘'“\"「『]([^‘’'“”\"「」『』\n]{2,80})[’'”\"」』]", text):
        out.append((m.start(1), m.end(1)))
    return out


def _unquoted(text: str) -> str:
    """The sentence with quoted passages blanked (keeps offsets)."""
    return re.sub(r"[‘“\"「『][^’”\"」』\n]*[’”\"」』]", lambda m: " " * len(m.group()), text)


def _inside(pos: int, spans: list[tuple[int, int, Kind]]) -> bool:
    return any(a <= pos < b for a, b, _ in spans)


def _quoted_title(text: str) -> tuple[str, int, int] | None:
    for a, b in _quoted_spans(text):
        inner = text[a:b].strip()
        if AGREEMENT_WORD.search(inner) and len(inner) >= 4:
            return inner, a, b
    return None


def _unquoted_title(s: SentenceFacts) -> tuple[str, tuple[int, int]] | None:
    """…을 위한 업무협약을 체결했다: the noun phrase that ends in 협약."""
    toks = s.toks
    for i, tok in enumerate(toks):
        if not AGREEMENT_WORD.search(tok.stem) or tok.quoted:
            continue
        j = i
        while j > 0:
            prev = toks[j - 1]
            if prev.entity is not None and prev.particle in {"와", "과", "는", "은", "이", "가"}:
                break
            if prev.particle in {"는", "은", "이", "가", "에서", "에서는"} or DAY.fullmatch(prev.stem):
                break
            if prev.sep.strip() in {",", "·"} and prev.entity is not None:
                break
            if prev.particle in {"와", "과"} and (prev.entity is not None or re.search(r"\d|기업|기관", prev.stem)):
                break  # …, B와 협약 / 기업 10곳과 가족회사 협약: the parties end where the title starts
            if prev.stem in STOP_BEFORE_ORG - {"위해", "통해"} and prev.stem not in {"위한"}:
                break
            if korean.ends_clause(prev.word.text):
                break  # 출범식을 갖고 업무협약: a clause ends before the title
            if prev.depth or ")" in toks[j].sep or AMOUNT.search(prev.stem) or prev.stem in {"규모", "간", "사이"}:
                break
            if toks[j].sep.strip() and toks[j].sep.strip() not in {"·"}:
                break
            j -= 1
        a, b = toks[j].word.start, tok.stem_end
        title = s.text[a - s.start : b - s.start]
        if j < i or len(title) > 6 or normalise(title) not in BARE_AGREEMENT:
            return title, (a, b)  # 투자협약 and 상생협약 say more than 업무협약
        return None
    return None


def _venue(s: SentenceFacts) -> str | None:
    """포항 라한호텔에서 → 포항 라한호텔: the place before 에서, not the event or a body's act."""
    toks = s.toks
    for i, tok in enumerate(toks):
        if tok.particle not in {"에서", "에서는"} or tok.quoted or tok.depth:
            continue
        if re.search(r"(?:협약식|행사|자리|회의|월례회|협약)$", tok.stem):
            continue
        if tok.entity is not None and tok.entity.kind is Kind.ORGANISATION and not tok.entity.sector:
            continue
        if tok.org is not None and tok.org.category in {"ministry", "agency"}:
            continue
        j = i
        while j > 0:
            prev = toks[j - 1]
            if prev.particle or DAY.fullmatch(prev.stem) or prev.stem in STOP_BEFORE_ORG or prev.stem.endswith("일"):
                break
            if toks[j].sep.strip():
                break
            j -= 1
        return s.text[toks[j].word.start - s.start : tok.stem_end - s.start]
    return None


def _resolve_day(m: re.Match[str], published: str | None) -> str | None:
    """21일 / 지난 21일 / 3월 21일 against the publication date; None when the year is unknown."""
    day = int(m.group("d"))
    if m.group("y") and m.group("m"):
        try:
            return date(int(m.group("y")), int(m.group("m")), day).isoformat()
        except ValueError:
            return None
    if not published:
        return None
    pub = date.fromisoformat(published)
    try:
        if m.group("m"):
            month = int(m.group("m"))
            year = pub.year if month <= pub.month else pub.year - 1
            return date(year, month, day).isoformat()
        if day <= pub.day:
            return pub.replace(day=day).isoformat()
        prev = pub.replace(day=1) - timedelta(days=1)
        return prev.replace(day=day).isoformat()
    except ValueError:
        return None
