"""`mou-graph query` reads the graph and nothing else: clauses that read or write files are
refused unless asked for by name (on the real embedded engine)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from mou_graph.cli import app
from mou_graph.cypher.guard import file_clause

EXAMPLE = Path(__file__).resolve().parents[2] / "graphs" / "example"


@pytest.mark.parametrize(
    ("cypher", "clause"),
    [
        ("COPY (MATCH (n) RETURN n.name) TO '/tmp/x.csv'", "COPY"),
        ("load from '/etc/passwd' (header=false) RETURN *", "LOAD"),
        ("INSTALL httpfs", "INSTALL"),
        ("LOAD EXTENSION '/tmp/evil.so'", "LOAD"),
        ("ATTACH '/tmp/other' AS o (dbtype lbug)", "ATTACH"),
        ("EXPORT DATABASE '/tmp/dump'", "EXPORT"),
        ("IMPORT DATABASE '/tmp/dump'", "IMPORT"),
        ("DETACH o", "DETACH"),
        ("MATCH (n) WHERE n.name = 'a' /* c */ WITH n COPY n TO '/x'", "COPY"),
    ],
)
def test_clauses_that_touch_files_are_found(cypher: str, clause: str) -> None:
    assert file_clause(cypher) == clause


@pytest.mark.parametrize(
    "cypher",
    [
        "MATCH (o:Organisation) WHERE o.name = 'COPY TO' RETURN o.name",
        'MATCH (o:Organisation) WHERE o.name CONTAINS "LOAD FROM" RETURN o.name',
        "MATCH (o:Organisation) // COPY this later\nRETURN o.name",
        "MATCH (`COPY`:Organisation) RETURN `COPY`.name",
        "MATCH (n:Organisation) DETACH DELETE n",
        "MATCH (a:Agreement) RETURN a.name AS loaded, a.date AS copy_date",
    ],
)
def test_words_in_literals_comments_and_names_are_no_clause(cypher: str) -> None:
    assert file_clause(cypher) is None


def test_the_cli_refuses_to_write_a_file(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    cypher = f"COPY (MATCH (o:Organisation) RETURN o.name) TO '{target}'"
    result = CliRunner().invoke(app, ["query", cypher, "--graph", str(EXAMPLE)])
    assert result.exit_code == 2
    assert "COPY reads or writes files" in result.output and "--allow-file-access" in result.output
    assert not target.exists()


def test_the_cli_refuses_to_read_a_file(tmp_path: Path) -> None:
    secret = tmp_path / "secret.csv"
    secret.write_text("name\nhidden\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["query", f"LOAD FROM '{secret}' RETURN *", "--graph", str(EXAMPLE)])
    assert result.exit_code == 2 and "hidden" not in result.output


def test_file_access_only_when_asked_for_by_name(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    cypher = f"COPY (MATCH (o:Organisation) RETURN o.name) TO '{target}'"
    result = CliRunner().invoke(app, ["query", cypher, "--graph", str(EXAMPLE), "--allow-file-access"])
    assert result.exit_code == 0, result.output
    assert "포항시" in target.read_text(encoding="utf-8")
