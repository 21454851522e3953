"""English acronyms and the names they stand for, within one article: an unknown acronym
after the name its initials spell (SNUH after Seoul National University Hospital), and a name
spelt out after the acronym the article used first (UCSD, then University of California San
Diego). Either way one body."""

from __future__ import annotations

import re

from ..model import Entity, Kind
from .registry import Registry

_WORD = re.compile(r"[A-Z][\w&'’-]*")


def initials(name: str) -> str:
    return "".join(w[0] for w in _WORD.findall(name))


def spelt_out(reg: Registry, acronym: str) -> Entity | None:
    """The body of this article whose name's initials an unknown acronym spells."""
    if not re.fullmatch(r"[A-Z]{2,6}", acronym):
        return None
    found = [e for e in reg.entities if e.kind is Kind.ORGANISATION and any(initials(a) == acronym for a in e.aliases)]
    return found[0] if len(found) == 1 else None


def acronym_before(reg: Registry, name: str) -> Entity | None:
    """The body of this article named so far only by the acronym this name's initials spell."""
    short = initials(name)
    if len(short) < 2 or len(name.split()) < 2:
        return None
    found = [e for e in reg.entities if e.kind is Kind.ORGANISATION and e.name == short]
    return found[0] if len(found) == 1 else None
