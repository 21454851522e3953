"""The summary of one article's extraction a person reads on the terminal (`mou-graph extract`)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from ..model import Extraction, Kind, RelType
from .terminal import printable, safe_markup, safe_text


def print_summary(extraction: Extraction, console: Console) -> None:
    """Who signed what, who holds which position, which programmes: one article."""
    a = extraction.article
    by_id = {e.id: e for e in extraction.entities}
    console.rule(f"[bold]{safe_markup(a.id)}[/] {safe_markup(a.published or '')} {safe_markup(a.outlet or '')}".strip())
    for agreement in (e for e in extraction.entities if e.kind is Kind.AGREEMENT):
        signers = [
            by_id[r.source].name
            for r in extraction.relations
            if r.type is RelType.SIGNED and r.target == agreement.id and r.source in by_id
        ]
        console.print(f"[bold]Agreement[/] {safe_markup(agreement.name)}")
        details = [
            f"date {agreement.date}" if agreement.date else "",
            f"venue {agreement.venue}" if agreement.venue else "",
            f"amount {agreement.amount}" if agreement.amount else "",
        ]
        if any(details):
            console.print(printable("  " + ", ".join(d for d in details if d)), markup=False)
        console.print(printable("  signed by: " + (", ".join(signers) or "—")), markup=False)
    orgs = Table("organisation", "sector", "also written", title="Organisations", title_justify="left")
    for e in extraction.entities:
        if e.kind is Kind.ORGANISATION:
            orgs.add_row(
                safe_text(e.name),
                e.sector.value if e.sector else "",
                safe_text(", ".join(x for x in e.aliases if x != e.name)),
            )
    console.print(orgs)
    people = Table("person", "title", "organisation", title="People", title_justify="left")
    for e in extraction.entities:
        if e.kind is Kind.PERSON:
            pos = [r for r in extraction.relations if r.type is RelType.HOLDS_POSITION and r.source == e.id]
            org = by_id[pos[0].target].name if pos and pos[0].target in by_id else ""
            people.add_row(safe_text(e.name), safe_text((pos[0].title if pos else e.title) or ""), safe_text(org))
    console.print(people)
    progs = [e for e in extraction.entities if e.kind in (Kind.PROGRAMME, Kind.EVENT)]
    if progs:
        console.print("[bold]Programmes and events[/]: " + safe_markup(", ".join(p.name for p in progs)))
