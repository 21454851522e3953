"""English programmes: named schemes, projects and events (the Glocal University 30 project,
LINC 3.0, the Smart Farm Valley project). A mixin of the English extractor: it reads bodies
through the extractor's own `_org_like`, so a body's project is never a programme's name."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Kind
from .en_lexicon import NOT_NAME_WORDS, PROGRAMME_LOWER, PROGRAMME_RX, TITLE_RX
from .registry import Registry


class EnglishProgrammes:
    """The programme method of `EnglishExtractor` (which supplies reg and _org_like)."""

    reg: Registry
    _org_like: Callable[[str], bool]

    def _programmes(self, sent: str, s_start: int) -> list[tuple[int, int]]:
        """Every programme the sentence names, registered; their spans, for the bodies to leave alone."""
        spans = []
        for m in PROGRAMME_RX.finditer(sent):
            g = 1 if m.group(1) else 2
            a, b = m.span(g)
            name = re.sub(r"\s+\([A-Z][A-Za-z0-9&]+\)$", "", m.group(g))
            if (
                TITLE_RX.match(name)
                or name.split()[0] in NOT_NAME_WORDS - {"Korea", "National", "Global"}
                or re.search(r"\b(?:MOU|MoU|MOA|Signs?|Signed|Sign(?:ing)?)\b", name)  # a headline's verb phrase
            ):
                continue
            self.reg.other(Kind.PROGRAMME, name, s_start + a, s_start + a + len(name))
            spans.append((a, b))
        for m in PROGRAMME_LOWER.finditer(sent):
            a, b = m.span(1)
            name = m.group(1)
            if (
                any(x < b and a < y for x, y in spans)
                or self._org_like(name)
                or name.split()[0] in NOT_NAME_WORDS
                or re.search(r"['’]s$", name)
            ):
                continue  # LS Group's project: whose it is, not its name
            self.reg.other(Kind.PROGRAMME, name, s_start + a, s_start + b)
            spans.append((a, b))
        return spans
