"""The `mou-graph` command: a thin layer over the library's stages."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path

import typer
from rich.console import Console

from . import __version__, cli_graph, cli_query
from .cli_common import err, fail, progress, report_errors
from .export import print_summary, to_json_text
from .model import Extraction, InputError

app = typer.Typer(
    help="Turn news about agreements (업무협약, MOU, 투자협약) into a stakeholder knowledge graph.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)


class Format(str, Enum):
    text = "text"
    json = "json"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"mou-graph {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version."),
) -> None:
    """Extract organisations, people, agreements and programmes from articles; build,
    view and query the graph of who signs with whom."""


@app.command()
def extract(
    paths: list[Path] = typer.Argument(
        ..., help="Articles: .txt, .html, .jsonl (one article a line) or .json files, or folders of them."
    ),
    format: Format = typer.Option(
        Format.text, "--format", "-f", help="text: a summary to read; json: the extraction contract (docs/FORMAT.md)."
    ),
    output: Path | None = typer.Option(
        None, "--output", "-o", help="Write here instead of the terminal (json is written whole or not at all)."
    ),
    workers: int = typer.Option(
        1, "--workers", "-w", min=1, help="Processes to extract with (2 uses both cores here)."
    ),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Extract stakeholders, positions, agreements and programmes, with provenance.

    One bad article is reported (file, line, reason) and skipped; the others are processed,
    and the exit status is 1 when anything failed.
    """
    from .files import OutputError, atomic_write_text
    from .pipeline import extract_paths

    extractions: list[Extraction] = []
    errors: list[InputError] = []
    with progress(quiet, "extracting") as bar:
        task = bar.add_task("extract", total=None)
        for item in extract_paths(paths, workers=workers):
            if isinstance(item, InputError):
                errors.append(item)
            else:
                extractions.append(item)
            bar.advance(task)
    report_errors(errors)
    if format is Format.json:
        text = to_json_text(extractions, errors)
        if output is None:
            sys.stdout.write(text)
        else:
            try:
                atomic_write_text(output, text)
            except OutputError as exc:  # its message names the path and the reason
                fail(str(exc))
            except OSError as exc:
                fail(f"cannot write {output}: {exc}")
    else:
        console = Console(file=output.open("w", encoding="utf-8")) if output else Console()
        for x in extractions:
            print_summary(x, console)
    if not quiet:
        err.print(f"{len(extractions)} articles extracted, {len(errors)} failed", highlight=False)
    if errors:
        raise typer.Exit(1)


cli_graph.register(app)
cli_query.register(app)
