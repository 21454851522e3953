"""Korean words that name a region's bodies: a province fused onto one of its local governments
(경남합천군), a place fused with its head's or deputy head's title (무안부군수), a district several
cities bear after its city's place word (대전 서구), a region's chamber of commerce (울산상의) and
education office (교육감)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import korean
from ..gazetteer import Body, Gazetteer
from .heads import head_titles

if TYPE_CHECKING:
    from ...model import Sector
    from .tokens import Tok

# the titles of a region's head and deputies (시장, 부시장, 부군수, 행정부지사), longest first
REGION_LEVELS = {"metro", "city", "admin_city", "county", "district", "province"}
REGION_HEAD_TITLES = sorted(
    ((t, kinds) for t, kinds in head_titles().items() if kinds <= REGION_LEVELS), key=lambda tk: -len(tk[0])
)


class RegionWords:
    """Mixed into `Words` (uses `self.gaz`)."""

    gaz: Gazetteer

    def _province_fused(self, core: str) -> Body | None:
        """경남합천군, 전남진도군: a province's short form fused onto one of its local governments."""
        if len(core) < 4 or core[-1] not in "시군구":
            return None
        for k in (2, 3):
            province = self.gaz.place(core[:k])
            if province is not None and province.category == "province":
                local = self.gaz.lookup(core[k:])
                if local is not None and local.is_region and local.parent == province.canonical:
                    return local
        return None

    def _chamber(self, form: str) -> str | None:
        """울산상의 → 울산상공회의소: a region's short form of its chamber of commerce."""
        return form[:-2] + "상공회의소" if form.endswith("상의") and self.gaz.is_place(form[:-2]) else None

    def _region_head_reading(self, stem: str) -> tuple[str, Body | None, Sector | None, str] | None:
        """A place fused with the title of its head or deputy head (data/head_titles.tsv):
        무안부군수 is 무안군's 부군수 and 포항부시장 포항시's 부시장, not a ministry (…부) and a 군수."""
        for title, kinds in REGION_HEAD_TITLES:
            if title in self.gaz.fusable_titles:
                continue  # 포항시장: read below, the body keeps the title's first syllable (포항시)
            if len(stem) > len(title) and stem.endswith(title):
                place = self.gaz.place(stem[: -len(title)])
                if place is not None and place.category in kinds:
                    return stem[: -len(title)], place, place.sector, title
        return None

    def _education_office(self, region: Body | None, title: str) -> Body | None:
        """The education office a superintendent (교육감) of a province or metropolitan city heads."""
        if title != "교육감" or region is None or not region.is_region:
            return None
        office = self.gaz.lookup(region.canonical + "교육청")
        return office if office is not None and office.category == "education_office" else None

    def _district(self, place: Tok, nxt: Tok) -> None:
        """대전 서구: a district name several cities bear, after the city's place word, is that
        city's district (the place word becomes part of its name)."""
        if place.particle or place.org_text or place.quoted != nxt.quoted or nxt.sep.strip():
            return
        if not self.gaz.is_place(place.stem) or nxt.org is not None:
            return
        for stem, particle in korean.particle_splits(nxt.word.text):
            if len(self.gaz.lookup_all(stem)) < 2:
                continue
            body = self.gaz.lookup(place.stem + " " + stem)
            if body is not None and body.is_region:
                nxt.stem, nxt.stem_end, nxt.particle, nxt.name, nxt.title = (
                    stem,
                    nxt.word.start + len(stem),
                    particle,
                    0,
                    None,
                )
                nxt.org, nxt.org_text, nxt.org_sector, nxt.org_strong = body, stem, body.sector, True
                nxt.ext_start = place.word.start
                place.used = True
                return
