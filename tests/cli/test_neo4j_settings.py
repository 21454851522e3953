"""Neo4j settings a user gets wrong end in one line that says what to set, a non-zero exit
status, and no traceback or bare "Aborted." (no server is needed to tell: the settings are
checked before anything connects)."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mou_graph.cli import app
from mou_graph.cypher.neo4j import Neo4jError, check_uri, shown_uri

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "graphs" / "example"
runner = CliRunner()
COMMANDS = {"query": ["query", "brokers", "--neo4j"], "load": ["load", str(EXAMPLE)]}


def one_line(result) -> str:
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    assert "Traceback" not in result.output and "Aborted" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return lines[0]


@pytest.mark.parametrize("command", COMMANDS, ids=list(COMMANDS))
@pytest.mark.parametrize(
    ("uri", "says"),
    [
        ("http://localhost:7474", "is an HTTP address; mou-graph speaks Bolt: set NEO4J_URI to neo4j://HOST:7687"),
        ("https://db.example.org", "is an HTTP address"),
        ("not a uri", "'not a uri' is not a Neo4j URI: set NEO4J_URI to neo4j://HOST:7687"),
        ("neo4j://", "is not a Neo4j URI: set NEO4J_URI"),
        ("localhost:7687", "is not a Neo4j URI: set NEO4J_URI"),
        ("bolt://neo4j:s3cret@localhost:7687", "has a user or password in it: set NEO4J_USERNAME and NEO4J_PASSWORD"),
    ],
)
def test_a_wrong_uri_is_one_line_saying_what_to_set(monkeypatch, command: str, uri: str, says: str) -> None:
    monkeypatch.setenv("NEO4J_URI", uri)
    monkeypatch.setenv("NEO4J_PASSWORD", "pw")
    result = runner.invoke(app, COMMANDS[command])
    assert result.exit_code == 1
    line = one_line(result)
    assert line.startswith("error NEO4J_URI ") and says in line
    assert "s3cret" not in line


@pytest.mark.parametrize("command", COMMANDS, ids=list(COMMANDS))
def test_no_password_and_no_terminal_is_one_line(monkeypatch, command: str) -> None:
    monkeypatch.delenv("NEO4J_PASSWORD", raising=False)
    monkeypatch.setenv("NEO4J_URI", "bolt://127.0.0.1:9")
    result = runner.invoke(app, COMMANDS[command], input="")
    assert result.exit_code == 1
    assert (
        one_line(result) == "error NEO4J_PASSWORD is not set and there is no terminal to ask for it: set NEO4J_PASSWORD"
    )


def test_end_of_input_at_the_password_prompt_is_one_line() -> None:
    """On a real terminal (a pseudo-terminal) the password is asked for; Ctrl-D there ends it."""
    main, secondary = pty.openpty()
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env |= {"PYTHONPATH": str(ROOT / "src"), "NEO4J_URI": "bolt://127.0.0.1:9"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "mou_graph", "query", "brokers", "--neo4j"],
        stdin=secondary,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    os.close(secondary)
    try:
        assert proc.stdout is not None and proc.stderr is not None
        seen = b""
        while b"password:" not in seen.lower():  # the prompt; the terminal is set up after it
            ready, _, _ = select.select([proc.stdout], [], [], 60)
            assert ready, seen
            seen += os.read(proc.stdout.fileno(), 100)
        ready, _, _ = select.select([proc.stderr], [], [], 60)  # getpass writes " " once it reads
        assert ready
        head = os.read(proc.stderr.fileno(), 1)
        os.write(main, b"\x04")  # end of input, as Ctrl-D at the prompt
        out, err = proc.communicate(timeout=60)
    finally:
        os.close(main)
        if proc.poll() is None:
            proc.kill()
    text = (head + err).decode("utf-8")
    assert proc.returncode == 1, text
    lines = [line for line in text.strip().splitlines() if "Password input may be echoed" not in line]
    assert lines == ["error no Neo4j password given: set NEO4J_PASSWORD, or type it when asked"], text
    assert b"Aborted" not in out + err


def test_a_uri_after_neo4j_says_where_it_goes(monkeypatch) -> None:
    monkeypatch.setenv("NEO4J_PASSWORD", "pw")
    result = runner.invoke(app, ["query", "brokers", "--neo4j", "http://localhost:7474"])
    assert result.exit_code == 2
    assert "--neo4j takes no value: set NEO4J_URI" in one_line(result)


def test_unquoted_cypher_is_one_line_too() -> None:
    result = runner.invoke(app, ["query", "MATCH", "(o:Organisation)", "RETURN", "o", "--graph", str(EXAMPLE)])
    assert result.exit_code == 2
    assert one_line(result) == (
        "error one query at a time (quote Cypher text): unexpected '(o:Organisation) RETURN o' after 'MATCH'"
    )


def test_the_checks_themselves() -> None:
    assert check_uri(" neo4j+s://db.example.org:7687 ") == "neo4j+s://db.example.org:7687"
    assert check_uri("bolt://[::1]:7687") == "bolt://[::1]:7687"
    with pytest.raises(Neo4jError):
        check_uri("neo4j://u:pw@[::1")  # not even parseable
    assert shown_uri("neo4j://u:pw@[::1") == "neo4j://[::1"
    assert shown_uri("bolt://host:7687") == "bolt://host:7687"
