"""CLI commands for the graph: build, stats (a thin layer over graph.py and stats.py)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from enum import Enum
from itertools import chain
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.table import Table

from ..views.terminal import safe_text
from .common import count, err, fail, progress, report_errors


class StatsFormat(str, Enum):
    table = "table"
    csv = "csv"
    markdown = "markdown"


class StatsTable(str, Enum):
    stakeholders = "stakeholders"
    agreements = "agreements"


def _build_locked(
    folder: Path,
    into: Path | None,
    paths: list[Path],
    decisions: Path | None,
    focus: str | None,
    depth: int,
    max_nodes: int,
    workers: int,
    quiet: bool,
) -> tuple[Any, list[Any], int]:
    """Read, extend and write the folder (the caller holds its lock)."""
    from ..extract.pipeline import extract_paths
    from ..files import OutputError
    from ..graph.build import build_graph, read_extractions
    from ..graph.decisions import DecisionsError
    from ..graph.folder import GraphFolderError, load_raw
    from ..model import Extraction, InputError
    from ..views.folder import write_folder

    raw = None
    if into is not None:
        try:
            raw = load_raw(into)
        except GraphFolderError as exc:
            fail(str(exc))

    errors: list[InputError] = []
    files, article_paths = [], []
    for p in paths:
        ready = read_extractions(p)
        if ready is None:
            article_paths.append(p)
        else:
            files.append(ready)
    built_from = 0

    def extractions(advance: Callable[[], None]) -> Iterator[Extraction]:
        """Every extraction as it is read or made, so a large build never holds them all."""
        nonlocal built_from
        made = extract_paths(article_paths, workers=workers) if article_paths else ()
        items = chain(*files, made)
        for item in items:
            if isinstance(item, InputError):
                errors.append(item)
                continue
            built_from += 1
            advance()
            yield item

    with progress(quiet) as bar:
        task = bar.add_task("extracting and building", total=None)
        raw = build_graph(extractions(lambda: bar.advance(task)), raw)
        if errors and not built_from:
            report_errors(errors)
            fail(f"no article could be read: {folder} is left as it was", code=1)
        bar.update(task, description="resolving and writing views")
        try:
            built = write_folder(
                folder, raw, decisions=decisions, focus=focus, depth=depth, max_nodes=max_nodes or None
            )
        except KeyError as exc:
            fail(exc.args[0])
        except (DecisionsError, OutputError) as exc:
            fail(str(exc))
        except OSError as exc:
            fail(f"cannot write {folder}: {exc}")
    return built, errors, built_from


def build(
    paths: list[Path] = typer.Argument(
        ...,
        help="Articles (.txt, .html, .jsonl, .json, .parquet, folders), extraction JSON files, or folders of extraction shards (extract --ray).",
    ),
    out: Path | None = typer.Option(
        None, "--out", help="A new graph folder to write (replaced if it exists; its decisions file is kept)."
    ),
    into: Path | None = typer.Option(None, "--into", help="An existing graph folder to add these articles to."),
    focus: str | None = typer.Option(
        None, "--focus", help="Draw only the neighbourhood of this stakeholder in graph.html."
    ),
    depth: int = typer.Option(1, "--depth", min=1, help="How many steps around --focus to draw."),
    max_nodes: int = typer.Option(
        2000, "--max-nodes", min=0, help="Draw at most this many nodes in graph.html, the most connected (0: all)."
    ),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Processes to extract with."),
    decisions: Path | None = typer.Option(
        None, "--decisions", help="Review decisions to apply (default: decisions.tsv in the graph folder)."
    ),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress."),
) -> None:
    """Build the stakeholder graph: graph.json, graph.graphml, graph.html, cosign.graphml.

    Stakeholders named differently across articles become one node (each join recorded with
    its rule and evidence); pairs the rules are unsure of wait for `mou-graph review`, whose
    decisions every build applies. Building twice, or adding an article that is already in,
    changes nothing.
    """
    from ..files import OutputError, folder_lock
    from ..graph.folder import GraphFolderError, check_folder

    if (out is None) == (into is None):
        fail("give exactly one of --out (a new graph) or --into (an existing one)")
    folder = out or into
    assert folder is not None
    if folder.exists() and not folder.is_dir():  # say so before the extraction, not after it
        fail(f"{folder} is a file, not a graph folder")
    if out is not None and not folder.exists() and folder.parent.exists() and not folder.parent.is_dir():
        fail(f"cannot write {folder}: {folder.parent} is a file")
    if into is not None:
        try:
            check_folder(into)  # before the lock, which would make the folder
        except GraphFolderError as exc:
            fail(str(exc))
    try:
        with folder_lock(folder):  # the whole read-modify-write: a second writer waits, then stops
            built, errors, built_from = _build_locked(
                folder, into, paths, decisions, focus, depth, max_nodes, workers, quiet
            )
    except OutputError as exc:  # FolderBusy among them: one line naming the lock
        fail(str(exc))
    report_errors(errors)
    if not quiet:
        graph, resolution = built.graph, built.resolution
        err.print(
            f"{count(built_from, 'article')} → {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges; "
            f"{len(resolution.merges)} joins, {len(resolution.candidates)} pairs to review",
            highlight=False,
        )
        for path in built.written:
            err.print(f"  {path}", highlight=False)
        if resolution.candidates:
            err.print(f"review them with: mou-graph review {folder}", highlight=False)
    if errors:
        raise typer.Exit(1)


def stats(
    folder: Path = typer.Argument(..., help="A graph folder written by `mou-graph build`."),
    format: StatsFormat = typer.Option(StatsFormat.table, "--format", "-f", help="table, csv or markdown."),
    top: int = typer.Option(20, "--top", min=1, help="How many stakeholders to list."),
    table_name: StatsTable | None = typer.Option(
        None,
        "--table",
        "-t",
        help="Only this table (default: both; csv holds one table, stakeholders unless --table agreements).",
    ),
) -> None:
    """Who matters and why: agreements signed, centrality, sector bridges, sector mix."""
    from ..graph.folder import GraphFolderError, load_graph
    from ..views.stats import agreement_rows, stakeholder_rows, to_csv, to_markdown

    try:
        graph = load_graph(folder)
    except GraphFolderError as exc:
        fail(str(exc))
    if format is StatsFormat.csv and table_name is None:  # one header a CSV stream
        table_name = StatsTable.stakeholders
        err.print("csv: the stakeholders table (--table agreements for the other)", highlight=False)
    wanted = set(StatsTable) if table_name is None else {table_name}
    people = stakeholder_rows(graph)[:top] if StatsTable.stakeholders in wanted else []
    agreements = agreement_rows(graph) if StatsTable.agreements in wanted else []
    if format is StatsFormat.csv:
        sys.stdout.write(to_csv(people if table_name is StatsTable.stakeholders else agreements))
        return
    if format is StatsFormat.markdown:
        parts = [
            ("## Stakeholders\n\n", people, StatsTable.stakeholders),
            ("## Agreements\n\n", agreements, StatsTable.agreements),
        ]
        sys.stdout.write("\n".join(head + to_markdown(rows) for head, rows, name in parts if name in wanted))
        return
    console = Console()
    if StatsTable.stakeholders in wanted:
        _print_stakeholders(console, people)
    if StatsTable.agreements in wanted:
        _print_agreements(console, agreements)


def _print_stakeholders(console: Console, people: list[Any]) -> None:
    table = Table(title="Stakeholders (centrality on the co-signature network)", title_justify="left")
    for column in ("name", "sector", "agreements", "partners", "degree", "betweenness", "bridges"):
        table.add_column(
            column,
            justify="right" if column in ("agreements", "partners", "degree", "betweenness") else "left",
            overflow="fold" if column == "name" else "ellipsis",  # a narrow terminal folds a name, never cuts it
        )
    for r in people:
        table.add_row(
            safe_text(r.name),
            r.sector,
            str(r.agreements),
            str(r.partners),
            f"{r.degree:.3f}",
            f"{r.betweenness:.3f}",
            r.bridges,
        )
    console.print(table)


def _print_agreements(console: Console, agreements: list[Any]) -> None:
    mix = Table(title="Agreements", title_justify="left")
    mix.add_column("agreement", overflow="fold")
    for column in ("date", "signatories", "sector mix", "reports"):
        mix.add_column(column)
    for a in agreements:
        mix.add_row(safe_text(a.name), a.date, str(a.signatories), a.sector_mix, str(a.reports))
    console.print(mix)


def register(app: typer.Typer) -> None:
    """Add this module's commands to the main app."""
    from .review import review

    app.command()(build)
    app.command()(review)
    app.command()(stats)
