"""Words as the Korean patterns see them: `Tok` (a word read as an organisation, a fused
organisation and title, a title or a name), `SentenceFacts`, and the reading of a sentence into them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...model import Entity, Sector
from .. import korean
from ..gazetteer import Body
from .generic_names import GenericNames
from .heads import head_titles
from .helpers import _proper, _sector_for_title, normalise
from .lexicon import (
    APPOSITION_HEADS,
    BODY_HEAD_TITLES,
    KNOWN_PROGRAMMES,
    LEGAL_MARKERS,
    LIST_DOTS,
    LIST_HEADS,
    NEWSROOM,
    NOT_NAMES,
    POSITION_MARK,
    QUOTES,
    STOP_BEFORE_ORG,
    UNIVERSITY_HEADS,
)
from .region_words import RegionWords


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
    listed: bool = False  # read whole: a list mark after it rules out the ending Kiwi saw (한국마사고,)

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
    held: bool = False  # ‘… 업무협약식’을 개최했다: the ceremony held (its date and place), not who signed
    attending: bool = False
    caption: bool = False


# the members a council's name says it gathers (전국시도교육감협의회, 한국대학교육협의회)
MEMBERS_GOVERNMENT = re.compile(r"교육감|시장|군수|구청장|도지사|시도지사|지방정부|지자체|의회의장")
MEMBERS_ACADEMIA = re.compile(r"대학(?!생)|총장")


# the particles a marked company's word may end in (㈜한아도, ㈜한빛은): a copula's 인 is not one
OPEN_PARTICLES = {
    "도",
    "은",
    "는",
    "이",
    "가",
    "을",
    "를",
    "와",
    "과",
    "의",
    "에",
    "로",
    "으로",
    "에서",
    "와의",
    "과의",
}


class Words(GenericNames, RegionWords):
    """Reading a sentence into `Tok`s (mixed into `KoreanExtractor`: uses `self.gaz`, `self.defined`)."""

    def _strip_marker(self, stem: str) -> tuple[str, bool]:
        if "(" not in stem and "㈜" not in stem and "회사" not in stem and "법인" not in stem:
            return stem, False  # no mark can be in it (most words)
        for marker in LEGAL_MARKERS:
            if stem.startswith(marker):
                return stem[len(marker) :].strip(), True
            if stem.endswith(marker):
                return stem[: -len(marker)].strip(), True
        return stem, False

    def _org_reading(self, stem: str) -> tuple[Body | None, Sector | None, bool] | None:
        """(body, sector, strong) when the stem names an organisation by itself."""
        core, marked = self._strip_marker(stem)
        if not core or KNOWN_PROGRAMMES.fullmatch(core) or core.endswith(NEWSROOM):
            return None
        if re.match(r"\d+개", core):
            return None  # 6개군, 3개사: a count of bodies, no name
        body = self.gaz.lookup(core)
        if body is not None:
            return body, body.sector, True
        if (fused := self._province_fused(core)) is not None:
            return fused, fused.sector, True  # 경남합천군: the county, its province written before it
        bodies = self.gaz.lookup_all(core) if len(core) >= 3 and core[-1] in "시군구" else []
        if bodies and all(b.is_region for b in bodies):  # 광주시, 고성군: a local government, which one unknown
            return None, Sector.GOVERNMENT, True
        if chamber := self._chamber(core):  # 울산상의: the chamber of commerce, not 울산상 + 의
            return self.gaz.lookup(chamber), Sector.INDUSTRY, True
        if normalise(core) in self.defined:
            e = self.defined[normalise(core)]
            return None, e.sector, True
        if core.endswith("(연)"):  # 전기(연), 에기(연): an institute (연구원) by its short form
            short = core[:-3]
            if not short or short.endswith("출연") or not korean.HANGUL_WORD.match(short):
                return None  # 정부출연(연): the kind of institute, not one
            body = self.gaz.institute(short)
            return (body, body.sector, True) if body is not None else (None, Sector.RESEARCH, True)
        suffix = self.gaz.suffix(core)
        if marked and suffix is not None and suffix[1] is Sector.GOVERNMENT:
            suffix = None  # ㈜한아도: a company's name and the particle 도, never a province
        if suffix is not None and core == suffix[0] and suffix[2] == "strong" and not self.gaz.is_title(core):
            return None, suffix[1], False  # 기업협의회 alone: a body only with the words before it
        if suffix is not None:
            text, sector, strength = suffix
            rest = core[: -len(text)] if text else core
            sector = self._sector_of(rest, text, sector)
            if strength == "named":  # 경주공고, 경북세무고: a school's short name after a proper name
                return (None, sector, True) if rest and _proper(rest) else None
            if len(rest) >= 2 or (strength == "strong" and len(rest) >= 1 and korean.HANGUL.search(rest)):
                if strength == "strong" or marked:
                    return None, sector, True
                known = self.gaz.lookup(rest)
                if text in ("병원", "의료원") and known is not None and known.sector is Sector.ACADEMIA:
                    return None, Sector.ACADEMIA, True  # 서울대학교병원: a university's hospital is a body of its own
                if text in ("병원", "의료원") and "대학교" in rest[1:]:
                    return None, Sector.ACADEMIA, False  # 순천향대학교서울병원: a university's, by its name
                return None, sector, False
        # (주)좋은푸드: the mark makes a company of any word; a mark after the name (디에이치오토아이㈜)
        # closes it, one before (㈜한아도) leaves a particle possible at its end (인, as in ㈜이인, none)
        closed = marked and not stem.startswith(LEGAL_MARKERS)
        ends_open = any(p in OPEN_PARTICLES for _, p in korean.particle_splits(core)[1:])
        if marked and (closed or not ends_open) and (korean.is_noun_word(core) or core.isalnum()):
            return None, Sector.INDUSTRY, True
        return None

    def _sector_of(self, rest: str, suffix: str, sector: Sector) -> Sector:
        """The sector a name's ending implies, corrected by its start: a national institute
        (국립과학수사연구원) is a government agency, a region's foundation (대전문화재단) is public."""
        if sector is Sector.RESEARCH and rest.startswith("국립"):
            return Sector.GOVERNMENT
        if suffix.endswith(("협의회", "협회", "연합회")) and sector is Sector.INDUSTRY:
            # a council takes its members' sector: 대학교육협의회 (universities), 시도교육감협의회 (officials)
            if MEMBERS_GOVERNMENT.search(rest):
                return Sector.GOVERNMENT
            if MEMBERS_ACADEMIA.search(rest):
                return Sector.ACADEMIA
        if suffix.endswith("재단") and sector is Sector.CIVIL:
            places = (self.gaz.place(rest[:k]) or self.gaz.lookup(rest[:k]) for k in range(2, min(len(rest), 7) + 1))
            if any(place is not None and place.is_region for place in places):
                return Sector.GOVERNMENT  # 대전문화재단, 전라남도관광재단: the region's written short or whole
        return sector

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

    def _fused_reading(self, stem: str) -> tuple[str, Body | None, Sector | None, str] | None:
        """An organisation fused with its head's title: 포항시장, 충북지사, 한국전자기술연구원장."""
        if self.gaz.is_title(stem):
            return None  # 경찰서장: a title of its own, whose body the article names elsewhere
        deputy = self._region_head_reading(stem)
        if deputy is not None:
            return deputy
        for title in self.gaz.fusable_endings(stem):
            if len(stem) <= len(title):
                continue
            left = stem[: -len(title)]
            candidates = [(left, title)]
            # 시장 → 포항시 + 장: the org keeps the title's first syllable
            if len(title) >= 2:
                candidates.append((left + title[:-1], title[-1]))
            for org_text, _ in candidates:
                reading = self._org_reading(org_text)
                generic = reading is not None and self._generic(org_text)  # 기업협의회장: the words before name it
                # 유원대총장: a university's head names the university its weak ending suggests
                head_of = reading is not None and reading[1] is Sector.ACADEMIA and title in UNIVERSITY_HEADS
                # 광주은행장: a title that says its body's kind (은행장: 행장 heads ~은행) fuses onto a weak ending
                kind = title[:-1]
                head_of = (
                    head_of
                    or (
                        reading is not None
                        and len(kind) >= 2  # 구미병원장 is no 원장 of a 구미병원 read from the one letter 원
                        and "~" + kind in head_titles().get(title[-2:], ())
                        and org_text.endswith(kind)
                    )
                )
                if reading and (reading[2] or generic or head_of):
                    body, sector, _ = reading
                    shown = org_text[-1] + "장" if title == "장" else title
                    if title != "장" and org_text != left:
                        shown = self.gaz.title_suffix(stem) or title  # 충주의료원장: 의료원장, the longest
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

    def tokens(self, text: str, offset: int) -> list[Tok]:
        toks: list[Tok] = []
        prev_end = offset
        depth = 0
        quote: str | None = None
        owners: list[int] = []
        closed = -1
        marks = [(m.start() + offset, m.end() + offset) for m in POSITION_MARK.finditer(text)]
        mended = korean.mend_quotes(text)  # the quotation marks, each the right way round
        for w in korean.words(text, offset):
            if any(a <= w.start < b for a, b in marks):
                continue  # 김상철(왼쪽) 사장: where one stands in the photo is no word of the sentence
            sep = text[prev_end - offset : w.start - offset]
            if marks:
                sep = POSITION_MARK.sub("", sep)
            for ch in sep if marks else mended[prev_end - offset : w.start - offset]:
                if quote and ch == QUOTES.get(quote):
                    quote = None
                elif quote is None and ch in QUOTES:
                    quote = ch
                if ch == "(":
                    depth += 1
                    owners.append(len(toks) - 1)
                    if toks and toks[-1].particle and sep.startswith("(") and not toks[-1].depth:
                        # ㈜진도전통한옥콘도(대표 …)는: no particle stands before a parenthesis
                        last = toks[-1]
                        reading = self._org_reading(last.word.text)
                        if reading is None and self._strip_marker(last.word.text)[1]:
                            reading = (None, Sector.INDUSTRY, True)  # a marked company's name, whole
                        if reading is not None:
                            whole = Tok(last.word, last.word.text, last.word.end, "", last.sep)
                            whole.org, whole.org_sector, whole.org_strong = reading
                            whole.org_text, whole.quoted, whole.paren_owner = (
                                last.word.text,
                                last.quoted,
                                last.paren_owner,
                            )
                            toks[-1] = whole
                elif ch == ")" and depth:
                    depth -= 1
                    closed = owners.pop()
            if ")" in sep and depth == 0 and w.text in korean.PARTICLES and closed >= 0:
                toks[closed].particle = w.text
                prev_end = w.end
                continue
            if ")" in sep:
                closed = -1
            parts = self._hyphen_parts(w)
            for k, part in enumerate(parts):
                tok = self._read(part, sep if k == 0 else "-")
                if len(parts) > 1 and tok.org_text is None and not tok.title:
                    # 대전시-바이오센추리-대전TP: a name between bodies joined by hyphens is a body too
                    tok.org_text, tok.org_sector, tok.org_strong = tok.stem, Sector.INDUSTRY, True
                tok.depth = depth
                tok.quoted = quote is not None
                tok.paren_owner = owners[-1] if owners else -1
                if any(a <= tok.word.start < b for a, b in self.skip):
                    tok.org, tok.org_text, tok.org_sector, tok.org_strong = None, None, None, False  # a byline
                toks.append(tok)
            prev_end = w.end
        for i in range(len(toks) - 1):
            # 한국마사고, 한국말산업고 등: before a list mark, 고 is a school's, not the ending 'and'
            tok, nxt = toks[i], toks[i + 1]
            listed = nxt.sep.strip() in LIST_DOTS | {","} or (nxt.stem == "등" and not nxt.sep.strip())
            marked = tok.particle and self._strip_marker(tok.word.text)[1] and tok.word.text.startswith(LEGAL_MARKERS)
            if (tok.particle == "고" or marked) and not tok.quoted and listed:
                # (주)카프로, …: a marked company's name before a list mark keeps its last letter
                whole = self._read(tok.word, tok.sep, whole=True)
                whole.depth, whole.quoted, whole.paren_owner = tok.depth, tok.quoted, tok.paren_owner
                whole.listed = True
                if marked and whole.org_text is None:
                    whole.org_text, whole.org_sector, whole.org_strong = whole.stem, Sector.INDUSTRY, True
                toks[i] = whole
        for i in range(len(toks) - 1):
            self._district(toks[i], toks[i + 1])
        self._headed_bodies(toks)
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
        self._extend_generic(toks)
        return toks

    def _headed_bodies(self, toks: list[Tok]) -> None:
        """심플리스트(대표 박민정): a word whose parenthesis holds only a head's title and a name is
        the body that person heads, whatever else the word is (a company's coined name)."""
        for i in range(len(toks) - 2):
            owner, title, name = toks[i], toks[i + 1], toks[i + 2]
            if owner.is_org or owner.org_defined is not None or owner.title or owner.quoted or owner.depth:
                continue
            if title.paren_owner != i or title.depth != 1 or "(" not in title.sep or title.stem not in BODY_HEAD_TITLES:
                continue
            if name.name < 1 or name.depth != 1 or name.particle or name.sep != " ":
                continue
            if i + 3 < len(toks) and toks[i + 3].depth and ")" not in toks[i + 3].sep:
                continue  # more inside the parenthesis than a title and a name
            core = self._strip_marker(owner.stem)[0]
            if len(core) < 2 or self.gaz.place(core) is not None or core in LIST_HEADS or core in APPOSITION_HEADS:
                continue  # 기업(대표 …): a kind of body, not one
            if re.fullmatch(r"[A-Z]{1,3}", core):
                # 울산 그린소재 MC(회장 …): a bare acronym names the body with the words before it
                j = i
                while j > 0 and i - j < 3 and toks[j].sep == " " and self._name_word(toks[j - 1]):
                    j -= 1
                if j == i:
                    continue
                owner.ext_start = toks[j].word.start
                for t in toks[j:i]:
                    t.used = True
            owner.org_text, owner.org_sector, owner.org_strong, owner.name = (
                owner.stem,
                _sector_for_title(title.stem),
                True,
                0,
            )

    def _name_word(self, tok: Tok) -> bool:
        """A bare Hangul noun word that can begin a body's name (울산, 그린소재)."""
        return (
            not tok.particle
            and not tok.quoted
            and tok.depth == 0
            and tok.title is None
            and tok.name < 2
            and tok.stem not in STOP_BEFORE_ORG
            and korean.HANGUL_WORD.fullmatch(tok.stem) is not None
            and korean.is_noun_word(tok.stem)
        )

    def _hyphen_parts(self, w: korean.Word) -> list[korean.Word]:
        """창원시-창원대학교, 대전TP-육군대학-대전문화재단: a headline's bodies joined by hyphens are
        words of their own, when every part reads as a body and one at least on its own evidence,
        or two do and the others are proper names."""
        parts = w.text.split("-")
        if len(parts) < 2 or not all(parts):
            return [w]
        readings = [self._org_reading(p) for p in parts[:-1]]
        readings.append(next((r for st, _ in korean.particle_splits(parts[-1]) if (r := self._org_reading(st))), None))
        own = sum(1 for r in readings if r and (r[0] is not None or r[2]))
        named = all(r or (len(p) >= 2 and _proper(p)) for r, p in zip(readings, parts, strict=True))
        if not (all(readings) and own) and not (own >= 2 and named):
            return [w]  # 대전시-바이오센추리-대전TP: two bodies on their own evidence vouch for a name between
        out, start = [], w.start
        for p in parts:
            out.append(korean.Word(p, start, start + len(p)))
            start += len(p) + 1
        return out

    def _read(self, w: korean.Word, sep: str, whole: bool = False) -> Tok:
        best: Tok | None = None
        for stem, particle in korean.particle_splits(w.text)[:1] if whole else korean.particle_splits(w.text):
            tok = Tok(w, stem, w.start + len(stem), particle, sep)
            reading = self._org_reading(stem)
            if reading and self._name_not_place(stem, reading):
                reading = None
            if (
                reading
                and reading[0] is None
                and not reading[2]
                and stem[-1] == "도"
                and (self.gaz.is_title(stem[:-1]) or self._fused_reading(stem[:-1]))
            ):
                continue  # 의장도, 한국산업기술진흥원장도 참석해: a title and the particle 도, no province
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
            if self.gaz.is_title(stem) or (self.gaz.title_suffix(stem) and len(stem) <= 12):
                tok.title = stem
                return tok
            if best is None:
                shape = korean.name_shape(stem, self.gaz.surnames) if stem not in NOT_NAMES else 0
                if shape:
                    tok.name = shape
                    best = tok
        if best is not None:
            return best
        if whole:
            return Tok(w, w.text, w.end, "", sep)
        stem, particle = korean.kiwi_stem(w.text)
        if not stem:  # 네패스야하드는: Kiwi opens the word with no noun, but it ends in a noun and a particle
            stem, particle = next(
                ((a, p) for a, p in korean.particle_splits(w.text)[1:] if len(a) >= 2 and korean.ends_in_noun(a)),
                (w.text, particle),
            )
        return Tok(w, stem, w.start + len(stem), particle, sep)
