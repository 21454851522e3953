"""A place's bare name, once the article has named its government: after "the southeastern city
of Ulsan", "help Ulsan and Guangzhou" names the same body, so each bare "Ulsan" is a mention of it
(provenance for the reader, a surface form for whoever matches names)."""

from __future__ import annotations

import re

from ..model import Entity, Kind
from .en_lexicon import REGION_FORM
from .registry import Registry

# part of a longer name: "South Ulsan", "University of Ulsan", "Ulsan National …", "Ulsan-based"
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w&-]*\s+(?:of\s+(?:the\s+)?)?|[-–])$")
_NAME_AFTER = re.compile(r"[-–]|\s+(?:[A-Z0-9]|of\s+[A-Z])|['’]s\s+[A-Z]")


def bare_place_mentions(reg: Registry, skip: list[tuple[int, int]]) -> None:
    """Add each bare mention of a place whose government is an organisation of the article."""
    text = reg.article.text
    taken = [*skip, *((m.start, m.end) for e in reg.entities for m in e.mentions)]  # spans no bare name may be in
    for entity in [e for e in reg.entities if e.kind is Kind.ORGANISATION]:
        for core in _cores(entity):
            for m in re.finditer(rf"(?<![\w-]){re.escape(core)}(?![\w-])", text):
                a, b = m.span()
                if any(x < b and a < y for x, y in taken):
                    continue
                if _NAME_BEFORE.search(text, max(0, a - 40), a) or _NAME_AFTER.match(text, b):
                    continue
                reg.alias(entity, core, a, b)
                taken.append((a, b))


def _cores(entity: Entity) -> set[str]:
    """Ulsan for "city of Ulsan", "Ulsan Metropolitan City", "Ulsan-si"."""
    found = set()
    for form in entity.aliases:
        m = REGION_FORM.fullmatch(form)
        if m and (core := m.group("core1") or m.group("core2")) and core[0].isupper():
            found.add(core)
    return found
