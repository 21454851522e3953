"""What every command shares: the error console, one-line failures, the progress bar."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NoReturn

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ..model import InputError
from ..views.terminal import printable

err = Console(stderr=True)


def fail(message: str, code: int = 2) -> NoReturn:
    """Print one error line (article text in it is not rich markup) and exit with `code`."""
    err.print("[red]error[/] ", end="")
    err.print(printable(message), markup=False, highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def count(n: int, word: str) -> str:
    """`1 article`, `2 articles`: the counts every command reports."""
    return f"{n} {word}{'' if n == 1 else 's'}"


def report_errors(errors: Iterable[InputError]) -> None:
    for e in errors:
        err.print("[red]error[/] ", end="")
        err.print(printable(str(e)), markup=False, highlight=False, soft_wrap=True)


def progress(quiet: bool, label: str = "{task.description}") -> Progress:
    """A progress bar on stderr, shown only on a terminal and not with --quiet."""
    return Progress(
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        disable=quiet or not err.is_terminal,
        transient=True,
    )
