"""The `mou-graph extract` command as a user runs it: formats, errors, output files."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from mou_graph.cli import app

runner = CliRunner()

ARTICLE = (
    "[경북일보 박민수 기자] 구미시는 11일 구미코 컨벤션홀에서 경북대학교와 "
    "‘반도체 인재 양성을 위한 업무협약’을 체결했다. 이날 협약식에는 홍길동 경북대 부총장이 참석했다."
)


def write_jsonl(path: Path, rows: list[object]) -> Path:
    path.write_text(
        "\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8"
    )
    return path


def test_json_output_follows_the_contract(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "a.jsonl", [{"id": "a1", "text": ARTICLE, "published": "2025-03-12"}])
    out = tmp_path / "out.json"
    result = runner.invoke(app, ["extract", str(src), "--format", "json", "--output", str(out)])
    assert result.exit_code == 0, result.output
    doc = json.loads(out.read_text(encoding="utf-8"))["documents"][0]
    assert doc["id"] == "a1"
    kinds = {e["kind"] for e in doc["entities"]}
    assert {"Organisation", "Person", "Agreement"} <= kinds
    agreement = next(e for e in doc["entities"] if e["kind"] == "Agreement")
    assert agreement["date"] == "2025-03-11" and agreement["venue"] == "구미코 컨벤션홀"
    assert any(r["type"] == "SIGNED" for r in doc["relations"])
    for e in doc["entities"]:
        for m in e["mentions"]:
            assert doc["text"][m["start"] : m["end"]] == m["text"]


def test_text_summary_on_the_terminal(tmp_path: Path) -> None:
    src = tmp_path / "article.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(src)])
    assert result.exit_code == 0, result.output
    assert "경북대학교" in result.output and "홍길동" in result.output and "부총장" in result.output


def test_a_bad_line_is_reported_and_the_rest_processed(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "batch.jsonl", [{"id": "ok", "text": ARTICLE}, "{not json", {"id": "no-text"}])
    out = tmp_path / "out.json"
    result = runner.invoke(app, ["extract", str(src), "--format", "json", "--output", str(out)])
    assert result.exit_code == 1
    assert f"{src}:2" in result.output and "not valid JSON" in result.output
    assert f"{src}:3" in result.output and '"text"' in result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [d["id"] for d in data["documents"]] == ["ok"]
    assert len(data["errors"]) == 2


def test_missing_path_is_named(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1
    assert "nope.txt" in result.output and "no such file" in result.output


def test_unwritable_output_leaves_nothing_behind(tmp_path: Path) -> None:
    src = tmp_path / "article.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = runner.invoke(app, ["extract", str(src), "--format", "json", "--output", str(blocker / "out.json")])
    assert result.exit_code == 2
    assert "cannot write" in result.output
    assert list(tmp_path.iterdir()) == [src, blocker] or set(tmp_path.iterdir()) == {src, blocker}


def test_help_explains_itself() -> None:
    result = runner.invoke(app, ["extract", "--help"])
    assert result.exit_code == 0
    assert "--format" in result.output and "--workers" in result.output


def test_an_unreachable_neo4j_is_one_line(tmp_path: Path, monkeypatch) -> None:
    from mou_graph.graph.build import build_graph
    from mou_graph.views.folder import save_graph

    save_graph(build_graph([]), tmp_path / "g", html=False)
    monkeypatch.setenv("NEO4J_URI", "bolt://127.0.0.1:9")  # nothing listens on the discard port
    monkeypatch.setenv("NEO4J_PASSWORD", "not-shown")
    result = runner.invoke(app, ["load", str(tmp_path / "g")])
    assert result.exit_code == 1
    assert "cannot reach Neo4j at bolt://127.0.0.1:9" in result.output
    assert "not-shown" not in result.output
