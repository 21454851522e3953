"""`mou-graph stats`: one table a CSV stream (a header that names every column below it), or
the table asked for with --table; markdown and the terminal show both unless told."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mou_graph.cli import app
from mou_graph.views.stats import AgreementRow, StakeholderRow

EXAMPLE = Path(__file__).resolve().parents[2] / "graphs" / "example"
runner = CliRunner()
STAKEHOLDERS = list(StakeholderRow.__dataclass_fields__)
AGREEMENTS = list(AgreementRow.__dataclass_fields__)


def rows(text: str) -> list[list[str]]:
    return [r for r in csv.reader(io.StringIO(text)) if r]


@pytest.mark.parametrize(
    ("args", "header"),
    [([], STAKEHOLDERS), (["--table", "stakeholders"], STAKEHOLDERS), (["--table", "agreements"], AGREEMENTS)],
)
def test_csv_is_one_table(args: list[str], header: list[str]) -> None:
    result = runner.invoke(app, ["stats", str(EXAMPLE), "--format", "csv", *args])
    assert result.exit_code == 0, result.output
    table = rows(result.stdout)
    assert table[0] == header
    assert len(table) > 1 and all(len(r) == len(header) for r in table)  # no second header, no ragged rows
    assert header[0] not in [r[0] for r in table[1:]]


def test_csv_says_which_table_when_none_is_named() -> None:
    result = runner.invoke(app, ["stats", str(EXAMPLE), "--format", "csv"])
    assert "--table agreements" in result.stderr
    assert "--table" not in runner.invoke(app, ["stats", str(EXAMPLE), "-f", "csv", "-t", "agreements"]).stderr


def test_markdown_and_the_terminal_show_both_or_the_one_named() -> None:
    both = runner.invoke(app, ["stats", str(EXAMPLE), "--format", "markdown"]).stdout
    assert "## Stakeholders" in both and "## Agreements" in both
    one = runner.invoke(app, ["stats", str(EXAMPLE), "--format", "markdown", "--table", "agreements"]).stdout
    assert "## Agreements" in one and "## Stakeholders" not in one
    table = runner.invoke(app, ["stats", str(EXAMPLE), "--table", "stakeholders"], terminal_width=200).stdout
    assert "Stakeholders" in table and "sector mix" not in table
    assert "sector mix" in runner.invoke(app, ["stats", str(EXAMPLE)], terminal_width=200).stdout
