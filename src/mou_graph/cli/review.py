"""`mou-graph review`: a person decides the pairs resolution was unsure of (a thin layer
over graph_folder.Review)."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..model import Candidate, Merge, RelType, Verdict
from ..views.terminal import printable, safe_text
from .common import err, fail

if TYPE_CHECKING:
    from ..views.folder import Review


class ReviewFormat(str, Enum):
    table = "table"
    json = "json"


def _describe(review: Review, form: str) -> Text:
    """One side of a pair: name, sector, articles, positions and one evidence sentence."""
    raw = review.raw
    data = raw.nodes[form] if form in raw else {}
    text = Text()
    text.append(printable(str(data.get("name") or form)), style="bold")
    facts = [data.get("sector") or data.get("date") or "", ", ".join((data.get("articles") or [])[:4])]
    positions = [
        f"{d.get('title') or ''} · {raw.nodes[v].get('name', v)}".strip(" ·")
        for _, v, d in raw.out_edges(form, data=True)
        if d.get("type") == RelType.HOLDS_POSITION.value
    ]
    signed = [
        raw.nodes[u].get("name", u)
        for u, _, d in raw.in_edges(form, data=True)
        if d.get("type") == RelType.SIGNED.value
    ]
    if signed:  # an agreement: who signed it, as this article says
        positions = ["signed by " + ", ".join(sorted(signed)[:6])]
    text.append(printable("  " + " — ".join(f for f in facts if f)))
    if positions:
        text.append(printable("\n     " + "; ".join(positions[:3])))
    elif data.get("title"):
        text.append(printable(f"\n     {data['title']} (no body named)"))
    aliases = [a for a in data.get("aliases") or [] if a != data.get("name")]
    if aliases:
        text.append(printable("\n     also: " + ", ".join(aliases[:5])))
    evidence = data.get("evidence") or []
    if evidence:
        e = evidence[0]
        sentence = " ".join(str(e.get("sentence") or e.get("text") or "").split())
        text.append(printable(f"\n     “{sentence[:200]}” — {e.get('article')}"), style="dim")
    return text


def _print_pair(console: Console, review: Review, item: Candidate, index: int, total: int) -> None:
    console.print(
        safe_text(f"[{index}/{total}] {item.kind.value} · {item.rule} · impact {item.impact} · pair {item.pair}"),
        style="cyan",
    )
    console.print(Text("  A  ").append_text(_describe(review, item.a)))
    console.print(Text("  B  ").append_text(_describe(review, item.b)))
    console.print(safe_text(f"  why: {item.reason}"))


def _rows(items: list[Candidate] | list[Merge], review: Review) -> list[dict[str, object]]:
    out = []
    for item in items:
        row = item.to_json()
        row["a_name"], row["b_name"] = review.name(item.a), review.name(item.b)
        out.append(row)
    return out


ANSWERS = {"a": "a", "accept": "a", "r": "r", "reject": "r", "s": "s", "skip": "s", "": "s", "q": "q", "quit": "q"}


def _ask() -> str:
    """a, r, s or q; the end of input counts as quit."""
    while True:
        try:
            answer = typer.prompt("  [a]ccept: one / [r]eject: two / [s]kip / [q]uit", default="s", err=True)
        except typer.Abort:
            return "q"
        if str(answer).strip().lower() in ANSWERS:
            return ANSWERS[str(answer).strip().lower()]
        err.print("  answer a, r, s or q", highlight=False)


def review(
    folder: Path = typer.Argument(..., help="A graph folder written by `mou-graph build`."),
    accept: list[str] = typer.Option(
        [], "--accept", help="Take this pair (a candidate's id) as one stakeholder. Repeatable."
    ),
    reject: list[str] = typer.Option(
        [], "--reject", help="Keep this pair apart: a candidate's id, or a join's id to undo it. Repeatable."
    ),
    list_: bool = typer.Option(False, "--list", help="List the open candidates, most impactful first, and stop."),
    joins: bool = typer.Option(False, "--joins", help="List the joins the rules made (with ids to --reject)."),
    format: ReviewFormat = typer.Option(ReviewFormat.table, "--format", "-f", help="table or json, for the lists."),
    decisions: Path | None = typer.Option(
        None, "--decisions", help="The decisions file (default: decisions.tsv in the graph folder)."
    ),
) -> None:
    """Decide the merge candidates resolution was unsure of: similar names, the same name at
    related bodies.

    Without options, shows each candidate (most impactful first) and asks: a = accept (one
    stakeholder), r = reject (two), s = skip, q = quit. Decisions go to the decisions file beside
    the graph (plain text, safe to commit), the graph is rebuilt with them, and every later
    build applies them: a rejected pair is never proposed again.
    """
    from ..files import FolderBusy, OutputError
    from ..graph.decisions import DecisionsError
    from ..graph.folder import GraphFolderError
    from ..views.folder import Review, UnknownPair

    try:
        state = Review.open(folder, decisions)
    except (GraphFolderError, DecisionsError) as exc:
        fail(str(exc))
    candidates = state.resolution.candidates
    if list_ or joins:
        items = candidates if list_ else state.resolution.merges
        if format is ReviewFormat.json:
            sys.stdout.write(json.dumps(_rows(items, state), ensure_ascii=False, indent=1) + "\n")
            return
        if not items:
            err.print("no open candidates" if list_ else "no joins", highlight=False)
            return
        table = Table("pair", "kind", "A", "B", "rule", "impact" if list_ else "evidence")
        for row in _rows(items, state):
            table.add_row(
                str(row["pair"]),
                str(row["kind"]),
                safe_text(str(row["a_name"])),
                safe_text(str(row["b_name"])),
                str(row["rule"]),
                str(row["impact"]) if list_ else safe_text(str(row["evidence"])),
            )
        Console().print(table)
        return

    taken = 0
    if accept or reject:
        for verdict, pairs in ((Verdict.ACCEPT, accept), (Verdict.REJECT, reject)):
            for pair in pairs:
                try:
                    item = state.find(pair)
                except UnknownPair:
                    fail(f"{pair}: no open candidate or join has this id (see `mou-graph review {folder} --list`)")
                if verdict is Verdict.ACCEPT and isinstance(item, Merge):
                    err.print(f"{pair}: already one stakeholder ({item.rule})", highlight=False)
                    continue
                state.decide(item, verdict)
                taken += 1
    else:
        if not candidates:
            err.print("nothing to review: no open candidates", highlight=False)
            return
        console = Console(stderr=True)
        for index, item in enumerate(candidates, start=1):
            _print_pair(console, state, item, index, len(candidates))
            answer = _ask()
            if answer == "q":
                break
            if answer in ("a", "r"):
                state.decide(item, Verdict.ACCEPT if answer == "a" else Verdict.REJECT)
                taken += 1
    if not taken:
        err.print("no decisions taken; nothing changed", highlight=False)
        return
    try:
        built = state.save()
    except FolderBusy as exc:
        fail(str(exc))
    except (OutputError, OSError) as exc:
        fail(f"cannot write {folder}: {exc}")
    err.print(
        f"{taken} decisions saved in {state.decisions_file}; graph rebuilt: {built.graph.number_of_nodes()} nodes, "
        f"{len(built.resolution.candidates)} candidates open",
        highlight=False,
    )
