"""`mou-graph extract --format json --output F` streams: the file appears whole at the end,
an interrupted run leaves no file, and the output is the contract byte for byte."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from mou_graph.cli import app
from mou_graph.extract import pipeline
from mou_graph.extract.document import to_json_text
from mou_graph.model import InputError

runner = CliRunner()


def test_the_file_is_the_document_of_every_extraction(tmp_path: Path, monkeypatch, graph_extractions) -> None:
    items = [graph_extractions[0], InputError("in.jsonl:2", "not valid JSON"), *graph_extractions[1:]]
    monkeypatch.setattr(pipeline, "extract_paths", lambda paths, workers=1: iter(items))
    out = tmp_path / "out.json"
    result = runner.invoke(app, ["extract", str(tmp_path), "--format", "json", "--output", str(out)])
    assert result.exit_code == 1  # one input failed
    assert out.read_text(encoding="utf-8") == to_json_text(graph_extractions, [items[1]])
    assert "in.jsonl:2" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]


def test_an_interrupted_run_leaves_no_file(tmp_path: Path, monkeypatch, graph_extractions) -> None:
    def interrupted(paths, workers=1):
        yield graph_extractions[0]
        yield graph_extractions[1]
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "extract_paths", interrupted)
    out = tmp_path / "out.json"
    result = runner.invoke(app, ["extract", str(tmp_path), "--format", "json", "--output", str(out)])
    assert result.exit_code != 0
    assert list(tmp_path.iterdir()) == []
    out.write_text("old")
    runner.invoke(app, ["extract", str(tmp_path), "--format", "json", "--output", str(out)])
    assert out.read_text() == "old" and [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_stdout_gets_the_same_document(tmp_path: Path, monkeypatch, graph_extractions) -> None:
    monkeypatch.setattr(pipeline, "extract_paths", lambda paths, workers=1: iter(graph_extractions))
    result = runner.invoke(app, ["extract", str(tmp_path), "--format", "json", "--quiet"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == json.loads(to_json_text(graph_extractions))
