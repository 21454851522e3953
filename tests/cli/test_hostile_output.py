"""Hostile text on the way out: an ESC sequence in a name never reaches the terminal as one
(it would set the window title or clear the screen), and a name that begins like a formula
never reaches a spreadsheet as one (CSV injection)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from rich.console import Console
from test_hostile import hostile_extraction
from typer.testing import CliRunner

from mou_graph.cli import app
from mou_graph.graph.build import build_graph
from mou_graph.views.folder import save_graph
from mou_graph.views.summary import print_summary
from mou_graph.views.terminal import printable, spreadsheet_cell

ESCAPES = {
    "title": "기관\x1b]0;pwned\x07이름",
    "clear": "\x1b[2J\x1b[H가짜 줄",
    "c1": "연구원\x9b31m",
}
FORMULAS = {
    "equals": '=HYPERLINK("http://x","열기")',
    "plus": "+1+cmd|' /C calc'!A0",
    "minus": "-2+3",
    "at": "@SUM(1)",
}


def test_printable_writes_controls_as_escapes() -> None:
    assert printable("a\x1b[2Jb\x07c\x9bd") == "a\\x1b[2Jb\\x07c\\x9bd"
    assert printable("줄\n둘째\t탭") == "줄\n둘째\t탭"


@pytest.mark.parametrize(
    ("value", "cell"), [("=1+1", "'=1+1"), ("@A1", "'@A1"), ("-x", "'-x"), ("포항시", "포항시"), (3, 3)]
)
def test_spreadsheet_cells(value: object, cell: object) -> None:
    assert spreadsheet_cell(value) == cell


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile-out") / "graph"
    save_graph(build_graph([hostile_extraction(names={**ESCAPES, **FORMULAS})]), folder, html=False)
    return folder


def test_the_extract_summary_passes_no_escape_sequence() -> None:
    out = io.StringIO()
    print_summary(hostile_extraction(names=ESCAPES), Console(file=out, force_terminal=True, width=200))
    text = out.getvalue()
    assert "]0;pwned" not in text.replace("\\x1b]0;pwned", "")
    assert "\x1b[2J" not in text and "\x9b" not in text and "\x07" not in text
    assert "\\x1b]0;pwned\\x07" in text  # shown, as an escape


@pytest.mark.parametrize("command", [["stats"], ["query", "MATCH (o:Organisation) RETURN o.name"]])
def test_tables_pass_no_escape_sequence(folder: Path, command: list[str]) -> None:
    args = [command[0], *command[1:], *(["--graph"] if command[0] == "query" else []), str(folder)]
    result = CliRunner().invoke(app, args, color=True, terminal_width=200)
    assert result.exit_code == 0, result.output[-2000:]
    assert "\x1b]0;pwned" not in result.output and "\x1b[2J" not in result.output and "\x9b" not in result.output


def test_stats_csv_has_no_formula(folder: Path) -> None:
    result = CliRunner().invoke(app, ["stats", str(folder), "--format", "csv"])
    assert result.exit_code == 0
    names = [row[0] for row in csv.reader(io.StringIO(result.stdout)) if row]
    assert not [n for n in names if n[:1] in "=+-@"]
    assert "'" + FORMULAS["equals"] in names


def test_query_csv_has_no_formula(folder: Path) -> None:
    result = CliRunner().invoke(
        app, ["query", "MATCH (o:Organisation) RETURN o.name AS name", "--graph", str(folder), "--format", "csv"]
    )
    assert result.exit_code == 0
    names = [row[0] for row in csv.reader(io.StringIO(result.stdout))][1:]
    assert not [n for n in names if n[:1] in "=+-@"]
    assert {"'" + n for n in FORMULAS.values()} <= set(names)


def test_an_error_line_shows_a_path_with_an_escape_as_text(tmp_path: Path) -> None:
    bad = tmp_path / "bad\x1b[2J.txt"
    bad.write_bytes(b"\x00\x01\x02binary")
    result = CliRunner().invoke(app, ["extract", str(bad)])
    assert "\x1b[2J" not in result.output
    assert "\\x1b[2J" in result.output
