"""The `mou-graph` command: a thin layer over the library's stages."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from enum import Enum
from pathlib import Path

import typer
from rich.console import Console

from .. import __version__
from ..extract.document import write_extraction_document
from ..model import Extraction, InputError
from ..views.summary import print_summary
from . import fetch, graph, query
from .common import count, err, fail, progress, report_errors
from .help import flags_take_no_value

app = typer.Typer(
    help="Turn news about agreements (업무협약, MOU, 투자협약) into a stakeholder knowledge graph.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="markdown",
)
flags_take_no_value()


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
        ...,
        help="Articles: .txt, .html, .jsonl (one article a line), .parquet (one a row) or .json files, or folders of them.",
    ),
    format: Format | None = typer.Option(
        None,
        "--format",
        "-f",
        help="text (the default): a summary to read; json: the extraction contract (docs/FORMAT.md).",
    ),
    output: Path | None = typer.Option(
        None,
        "--output",
        "-o",
        help="Write here instead of the terminal (json is written whole or not at all); with --ray, the folder of shards.",
    ),
    workers: int | None = typer.Option(
        None,
        "--workers",
        "-w",
        min=1,
        help="Processes to extract with (default 1; one per core is the fastest); with --ray, extraction actors (default: one per CPU of the cluster).",
    ),
    ray: bool = typer.Option(
        False,
        "--ray",
        help="Extract on a Ray cluster into --output FOLDER/ as JSON shards: the cluster RAY_ADDRESS names, else the one `ray start` started on this machine, else a new local one.",
    ),
    ray_address: str | None = typer.Option(
        None,
        "--ray-address",
        metavar="ADDRESS",
        help="Extract on the Ray cluster at ADDRESS (host:port; auto: the running one, or an error; local: a new one on this machine); implies --ray.",
    ),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Extract stakeholders, positions, agreements and programmes, with provenance.

    One bad article is reported (file, line, reason) and skipped; the others are processed,
    and the exit status is 1 when anything failed.
    """
    if ray or ray_address is not None:
        _extract_on_ray(paths, format, output, workers, ray_address, quiet)
        return
    from ..extract.pipeline import extract_paths
    from ..files import OutputError, atomic_writer

    workers = workers or 1

    errors: list[InputError] = []
    done = 0

    def items() -> Iterator[Extraction | InputError]:
        """Extractions as they arrive, one at a time: nothing is collected, so memory stays
        flat however large the corpus."""
        nonlocal done
        with progress(quiet, "extracting") as bar:
            task = bar.add_task("extract", total=None)
            for item in extract_paths(paths, workers=workers):
                if isinstance(item, InputError):
                    errors.append(item)
                else:
                    done += 1
                yield item
                bar.advance(task)

    if format is Format.json:
        if output is None:
            write_extraction_document(items(), sys.stdout.write)
        else:
            try:
                with atomic_writer(output) as fh:  # a temporary file beside it, renamed at the end
                    write_extraction_document(items(), fh.write)
            except OutputError as exc:  # its message names the path and the reason
                fail(str(exc))
            except OSError as exc:
                fail(f"cannot write {output}: {exc}")
    else:
        try:
            with atomic_writer(output) if output else contextlib.nullcontext(None) as fh:  # whole or not at all
                console = Console(file=fh) if fh is not None else Console()
                for item in items():
                    if isinstance(item, Extraction):
                        print_summary(item, console)
        except OutputError as exc:
            fail(str(exc))
        except OSError as exc:
            fail(f"cannot write {output}: {exc}")
    report_errors(errors)
    if not quiet:
        err.print(f"{count(done, 'article')} extracted, {len(errors)} failed", highlight=False)
    if errors:
        raise typer.Exit(1)


def _extract_on_ray(
    paths: list[Path], format: Format | None, output: Path | None, actors: int | None, address: str | None, quiet: bool
) -> None:
    """`extract --ray`: the shards are written by the cluster; only the counts and the input
    errors come back."""
    from ..extract.on_ray import RayMissing, extract_on_ray

    if format is Format.text:
        fail("--ray writes the extraction as JSON shards, not a text summary: leave out --format text")
    if output is None:
        fail("--ray writes its shards into a folder: give --output FOLDER/")
    try:
        run = extract_on_ray(paths, output, address=address, actors=actors, progress=not quiet and err.is_terminal)
    except (RayMissing, OSError) as exc:  # what to install; an output folder in use
        fail(str(exc))
    report_errors(run.errors)
    if not quiet:
        err.print(
            f"{count(run.documents, 'article')} extracted, {len(run.errors)} failed: "
            f"{count(len(run.shards), 'shard')} in {output}",
            highlight=False,
        )
    if run.errors:
        raise typer.Exit(1)


graph.register(app)
query.register(app)
fetch.register(app)
