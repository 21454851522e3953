"""Where a Korean person's body comes from when their own words leave it open: a body heading
a list (경상국립대에서는 A 총장, …), the item before in a list, a body before names joined by ·,
a body's ending written with the title (LG AI 연구원장), and a foreign name spelt in Latin too
(카이스 다라지(Kais Darragi) 주한 튀니지 대사)."""

from __future__ import annotations

import re

from ...model import Entity, Kind, RelType
from .. import korean
from .helpers import _sector_for_title
from .lexicon import LIST_HEAD_PARTICLES, SHARED_TITLE_LIST, SHARED_TITLE_PAIRS, TRANSCRIBED
from .tokens import SentenceFacts, Tok


class PeopleContext:
    """Mixed into `People` (uses `self.reg`, `self.gaz`, `self.facts`, `self._org_entity` and
    `self._fused_reading`)."""

    pending_heads: list[tuple[Entity, str, str, SentenceFacts]]  # (person, the words before the title, title, sentence)

    def _list_heads(self, s: SentenceFacts) -> dict[int, Entity]:
        """경상국립대에서는 A 총장, …; 충북테크노파크에서 B 원장 …: bodies heading the names after them.

        A body named before 에서 may be the place (포항시청에서 A 시장과 B 대표가): it heads a list
        only when the sentence sets two such heads side by side, or says 에서는 of an attendance.
        """
        toks = s.toks
        found: list[int] = []
        stems: dict[int, str] = {}
        sides: dict[int, Tok] = {}
        for i, tok in enumerate(toks[:-2]):
            if tok.depth or tok.quoted:
                continue
            name, nxt = toks[i + 1], toks[i + 2]
            if not name.name or name.particle or name.sep.strip() or not (nxt.is_title or nxt.is_org or nxt.is_fused):
                continue
            stem = tok.stem
            if (
                stem == "측"
                and i
                and toks[i - 1].is_org
                and not toks[i - 1].particle
                and tok.particle in LIST_HEAD_PARTICLES
            ):
                sides[i] = toks[i - 1]  # 새솔전자 측에서는 A 상무가: the side is the body before it
                found.append(i)
                continue
            if (
                tok.is_org
                and tok.particle in {"은", "는"}
                and nxt.particle in {"을", "를"}
                and i + 3 < len(toks)
                and toks[i + 3].stem.startswith("비롯")
            ):
                found.append(i)  # 한빛대는 A 총장을 비롯해 B 부총장, C 단장 등이 참석했다: one body's people
                continue
            if tok.particle not in LIST_HEAD_PARTICLES:
                # 푸른조선해양에서는 read whole as an ending: the particle cut off by its letters
                particle = next((p for p in LIST_HEAD_PARTICLES if tok.word.text.endswith(p)), None)
                if particle is None or tok.is_org or tok.title or tok.stem != tok.particle:
                    continue
                stem = tok.word.text[: -len(particle)]
            stems[i] = stem
            if tok.is_org or (
                not tok.title
                and not tok.name
                and len(stem) >= 2
                and korean.HANGUL_WORD.fullmatch(stem)
                and korean.is_noun_word(stem)
                and not korean.all_common_nouns(stem)
                and self.gaz.place(stem) is None
            ):
                found.append(i)
        if len(found) < 2:
            found = [i for i in found if s.attending and toks[i].particle != "에서"]
        heads: dict[int, Entity] = {}
        for i in found:
            tok, nxt = toks[i], toks[i + 2]
            if i in sides:
                heads[i] = sides[i].entity or self._org_entity(sides[i])
                continue
            full = self.reg.find(Kind.ORGANISATION, tok.stem + "교") if tok.stem.endswith("대학") else None
            if tok.is_org and tok.org is None and full is not None:
                self.reg.alias(full, tok.stem, tok.word.start, tok.word.start + len(tok.stem))
                heads[i] = tok.entity = full  # 우석대학에서 …: the 우석대학교 the article named
                continue
            if tok.is_org:
                heads[i] = self._org_entity(tok)
                continue
            # 대우조선해양에서는 박두선 대표이사: an unknown proper word heading a name and a title is a body
            sector = _sector_for_title(nxt.stem) if nxt.is_title else None
            stem = stems[i]
            heads[i] = self.reg.find(Kind.ORGANISATION, stem) or self.reg.org(
                stem, tok.word.start, tok.word.start + len(stem), sector=sector
            )
        return heads

    def _ending_in_title(self, text: str, title: Tok, start: int) -> Entity | None:
        """배경훈 LG AI 연구원장 where the article writes LG AI연구원: the body's ending is written
        with the title (연구원 + 장), the body is the whole."""
        if not title.stem.endswith("장") or len(title.stem) < 3:
            return None
        whole = text.replace(" ", "") + title.stem[:-1]
        if re.sub(r"\s+", "", self.reg.article.text).count(whole) < 2:
            return None  # written only here: no evidence the ending is the body's
        surface = self.reg.article.text[start : title.word.start + len(title.stem) - 1]
        return self.reg.find(Kind.ORGANISATION, whole) or self.reg.org(surface, start, start + len(surface))

    def _previous_body(self, toks: list[Tok], i: int) -> Entity | None:
        """The body of the person listed just before toks[i] (within four words)."""
        for t in reversed(toks[max(0, i - 5) : i]):
            if t.entity is not None and t.entity.kind is Kind.PERSON:
                held = self.reg.positions(t.entity)
                return next((e for e in self.reg.entities if held and e.id == held[0].target), None)
        return None

    def _named_elsewhere(self, form: str, s: SentenceFacts) -> bool:
        """Does another sentence of the article write `form`?"""
        return any(form in other.text for other in self.facts if other is not s)

    def _body_before_names(self, toks: list[Tok], i: int) -> Tok | None:
        """The body written right before a run of names joined by · that ends at toks[i]
        (김해시의회 김남희·이영철 의원), if any."""
        k = i
        while k > 0 and toks[k].sep.strip() == "·" and toks[k - 1].name >= 2 and not toks[k - 1].particle:
            k -= 1
        if k == i or k == 0 or toks[k].sep.strip():
            return None
        left = toks[k - 1]
        return left if left.is_org and left.particle in {"", "의"} and left.depth == toks[i].depth else None

    def _transcribed(self, s: SentenceFacts) -> None:
        """카이스 다라지(Kais Darragi) 주한 튀니지 대사: a foreign name in Hangul with its Latin
        spelling after it is a person, whatever Kiwi makes of the syllables; the title follows
        (with the body written before it, or the article's body those words begin)."""
        toks = s.toks
        for m in TRANSCRIBED.finditer(s.text):
            latin = re.split(r"[ -]", m.group("latin"))  # Omar B. Saleh: 오마르 벤 살레, or the initial unwritten
            hangul = m.group("hangul").split()[-len(latin) :]
            while len(hangul) > 2 and (self.gaz.is_title(hangul[0]) or korean.particle_splits(hangul[0])[-1][1]):
                hangul = hangul[1:]  # 총장과 카림 하다드(Karim A. Haddad): the words before are no name's
            if not 2 <= len(hangul) <= 3:
                continue
            name = " ".join(hangul)
            start = s.start + m.start("hangul") + len(m.group("hangul")) - len(name)
            after = s.start + m.end()
            k = next((i for i, t in enumerate(toks) if t.word.start >= after), None)
            if k is None:
                continue
            t = next((j for j in range(k, min(k + 4, len(toks))) if toks[j].is_title), None)
            if t is None or any(x.particle for x in toks[k:t]):
                continue
            between = toks[k:t]
            org = next((self._org_entity(x) for x in between if x.is_org), None)
            title = toks[t].stem
            person = self.reg.person(name, start, start + len(name))
            if org is None and between:  # 주한 튀니지 대사: the 주한 튀니지 대사관 the article names, once read
                words = self.reg.article.text[between[0].word.start : between[-1].stem_end]
                self.pending_heads.append((person, re.sub(r"\s+", " ", words), title, s))
                title = re.sub(r"\s+", " ", words + " " + title)
            person.title = person.title or title
            if org is not None and not self.reg.positions(person):
                self.reg.relate(RelType.HOLDS_POSITION, person, org, (s.start, s.end), title=title)
            for x in toks[k : t + 1]:
                x.used = True

    def _shared_title_list(self, s: SentenceFacts) -> None:
        """박상우(국토교통부), 한화진(환경부) 장관; 이상일(용인), 정장선(평택) 시장: names each with
        its body in parentheses, one title after the last for all (a place is the region the
        title heads: 용인 + 시장 is 용인시)."""
        for m in SHARED_TITLE_LIST.finditer(s.text):
            title = m.group("title")
            if not self.gaz.is_title(title):
                continue
            for item in re.finditer(r"(?P<name>[가-힣]{2,4})\s?\((?P<body>[^()]{1,20})\)", m.group("items")):
                name, body_text = item.group("name"), item.group("body").strip()
                if not korean.name_shape(name, self.gaz.surnames):
                    break
                at = s.start + m.start("items") + item.start("name")
                b_at = s.start + m.start("items") + item.start("body")
                body = self.gaz.lookup(body_text)
                if (
                    body is None
                    and self.gaz.place(body_text) is not None
                    and (
                        fused := self._fused_reading(body_text + title)  # 용인 + 시장 reads as 용인시장 does
                    )
                ):
                    body = fused[1]
                org = self.reg.find(Kind.ORGANISATION, body_text) if body is None else None
                if body is None and org is None:
                    continue
                org = org or self.reg.org(body_text, b_at, b_at + len(body_text), body=body)
                person = self.reg.person(name, at, at + len(name))
                person.title = person.title or title
                if not self.reg.positions(person):
                    self.reg.relate(RelType.HOLDS_POSITION, person, org, (s.start, s.end), title=title)
            for t in s.toks:
                if s.start + m.start() <= t.word.start < s.start + m.end():
                    t.used = True

    def _shared_title_pairs(self, s: SentenceFacts) -> None:
        """류정윤 강동대, 김태봉 대덕대, …, 이세진 혜전대학교 총장; 최교진 세종시, 설동호 대전시 교육감:
        names each followed by its body, one title after the last for all (a region's name
        before 교육감 or 시장 is the body that title heads there)."""
        for m in SHARED_TITLE_PAIRS.finditer(s.text):
            title = m.group("title")
            if not self.gaz.is_title(title):
                continue
            base = s.start + m.start("items")
            for item in re.finditer(r"(?P<name>[가-힣]{2,4})\s(?P<body>[가-힣A-Za-z]{2,15})", m.group("items")):
                name, body_text = item.group("name"), item.group("body")
                at, b_at = base + item.start("name"), base + item.start("body")
                if korean.name_shape(name, self.gaz.surnames) == 0:
                    break
                tok = next((t for t in s.toks if t.word.start == b_at), None)
                org = None
                place = self.gaz.place(body_text)
                if (office := self._education_office(place, title)) is not None:  # 대전시 … 교육감: its office
                    org = self.reg.org(body_text, b_at, b_at + len(body_text), body=office)
                elif place is not None and (fused := self._fused_reading(body_text + title)):
                    org = self.reg.org(body_text, b_at, b_at + len(body_text), body=fused[1])
                elif tok is not None and tok.is_org and not tok.is_fused:
                    org = self._org_entity(tok)
                if org is None:
                    break  # not a list of bodies: leave the sentence to the other readings
                person = self.reg.person(name, at, at + len(name))
                person.title = person.title or title
                if not self.reg.positions(person):
                    self.reg.relate(RelType.HOLDS_POSITION, person, org, (s.start, s.end), title=title)
                for t in s.toks:
                    if at <= t.word.start < b_at + len(body_text):
                        t.used = True

    def _attach_pending_heads(self) -> None:
        """Each transcribed name whose title began with its body's first words takes the one
        organisation of the article whose name begins so."""
        for person, words, title, s in self.pending_heads:
            found = [e for e in self.reg.entities if e.kind is Kind.ORGANISATION and e.name.startswith(words + " ")]
            if len(found) == 1 and not self.reg.positions(person):
                person.title = title
                self.reg.relate(RelType.HOLDS_POSITION, person, found[0], (s.start, s.end), title=title)
