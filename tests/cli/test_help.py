"""`--help` shows no value after a flag: `--quiet` takes none, so no `<bool>` (Typer 0.29
writes one after every flag; click and Typer up to 0.28 do not)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from mou_graph.cli import app

runner = CliRunner()


@pytest.mark.parametrize(
    ("command", "flags", "valued"),
    [
        (["extract"], ["--quiet", "--help"], ["--format", "--workers"]),
        (["build"], ["--quiet"], ["--out", "--max-nodes"]),
        (["query"], ["--neo4j", "--allow-file-access"], ["--graph", "--format"]),
        (["load"], ["--dry-run", "--constraints"], ["--batch-size"]),
        (["stats"], [], ["--table", "--top"]),
        ([], ["--version"], []),
    ],
)
def test_flags_show_no_type_and_options_keep_theirs(command: list[str], flags: list[str], valued: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"], terminal_width=120)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "<bool>" not in result.output
    for flag in flags:
        assert any(flag in line for line in lines), flag
    for option in valued:  # an option that takes a value still says which
        line = next(line for line in lines if f"{option} " in line)
        assert "<" in line, line
