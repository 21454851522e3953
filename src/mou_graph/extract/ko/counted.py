"""Bodies listed in a parenthesis after a count of their kind. By their stems: 4개 대학(세종,
고려, 광운, 중앙), 4개 자치구(성북, 노원, 광진, 동작): the kind gives the ending each stem leaves
out, and a stem becomes a body only when the gazetteer knows the stem with that ending as one
body. By their names: 3개 고교(한림공고, 한국뷰티고, 영주고): the kind says what each name is."""

from __future__ import annotations

import re

from ...model import Sector
from ..gazetteer import Gazetteer
from .tokens import SentenceFacts

# the kind counted, and the endings its members' names take (대학 → 세종대, 세종대학교)
ENDINGS: dict[str, tuple[str, ...]] = {
    "대학": ("대", "대학교", "대학"),
    "대학교": ("대", "대학교"),
    "자치구": ("구",),
    "구": ("구",),
    "시": ("시",),
    "군": ("군",),
    "시군": ("시", "군"),
    "시·군": ("시", "군"),
}
# kinds whose members are listed by their whole names, and the sector the kind gives them
NAMED: dict[str, Sector] = {
    "고교": Sector.ACADEMIA,
    "고등학교": Sector.ACADEMIA,
    "특성화고": Sector.ACADEMIA,
    "마이스터고": Sector.ACADEMIA,
    "기업": Sector.INDUSTRY,
    "업체": Sector.INDUSTRY,
    "공공기관": Sector.GOVERNMENT,
}
COUNTED = re.compile(
    r"(?:\d+|[한두세네]|다섯|여섯|일곱|여덟|아홉|열)\s*개\s*(?P<kind>"
    + "|".join(sorted(map(re.escape, [*ENDINGS, *NAMED]), key=len, reverse=True))
    + r")\s*\((?P<stems>[^()]{2,80})\)"
)
STEM = re.compile(r"[가-힣]{1,6}")
NAME = re.compile(r"(?:\(주\)|㈜)?[가-힣A-Za-z0-9]{2,15}(?:\(주\)|㈜)?")


def counted_stems(s: SentenceFacts, gaz: Gazetteer) -> None:
    """Mark each stem in the parenthesis after a counted kind as the body the gazetteer knows."""
    for m in COUNTED.finditer(s.text):
        kind = m.group("kind")
        first, last = s.start + m.start("stems"), s.start + m.end("stems")
        for tok in s.toks:
            if not (first <= tok.word.start < last) or tok.org is not None or tok.title:
                continue
            if kind in NAMED:  # the whole word: a list in a parenthesis has no particles (영주고, not 영주+고)
                if NAME.fullmatch(tok.word.text):
                    tok.org_text, tok.particle = tok.org_text or tok.word.text, ""
                    tok.org_sector, tok.org_strong, tok.name = tok.org_sector or NAMED[kind], True, 0
                continue
            if tok.particle:
                continue
            body = next((b for e in ENDINGS[kind] if (b := gaz.lookup(tok.stem + e)) is not None), None)
            if body is None or not STEM.fullmatch(tok.stem):
                continue
            tok.org, tok.org_text, tok.org_sector, tok.org_strong, tok.name = body, tok.stem, body.sector, True, 0
