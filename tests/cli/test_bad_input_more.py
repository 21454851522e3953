"""More input that once broke a whole run (issue 16): a FIFO given by name, lone surrogates in
an article's metadata, an extraction file nested too deeply, a graph.json of the wrong shape,
and `build --out` onto a file. Each is one clear error (or none), the rest goes on."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_bad_input import GOOD, GOOD_NAMES, error_lines, names_in_graph, run_build, runner

from mou_graph.cli import app


def test_a_fifo_given_by_name_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    # a subprocess with a time-out: reading a FIFO nobody writes to would wait forever
    result = subprocess.run(
        [sys.executable, "-m", "mou_graph", "extract", str(fifo), str(good), "--format", "json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1, result.stderr
    assert f"{fifo}: not a regular file" in result.stderr
    assert [d["id"] for d in json.loads(result.stdout)["documents"]] == ["good"]


def test_lone_surrogates_in_title_outlet_and_url_do_not_sink_the_run(tmp_path: Path) -> None:
    src = tmp_path / "one.json"
    # written as JSON escapes: a lone surrogate cannot be written to a file as UTF-8 otherwise
    src.write_text(
        '{"id": "s", "title": "\\ud800제목", "outlet": "\\udfff신문", "url": "https://x.kr/\\ud800", "text": '
        + json.dumps(GOOD, ensure_ascii=False)
        + "}",
        encoding="utf-8",
    )
    assert "\\ud800" in src.read_text(encoding="utf-8")
    out = tmp_path / "out.json"
    result = runner.invoke(app, ["extract", str(src), "--format", "json", "--output", str(out)])
    assert result.exit_code == 0, result.output
    [doc] = json.loads(out.read_text(encoding="utf-8"))["documents"]
    assert doc["title"] == "\ufffd제목" and doc["outlet"] == "\ufffd신문"
    result, folder = run_build(tmp_path, src)
    assert result.exit_code == 0, result.output
    assert names_in_graph(folder) >= GOOD_NAMES


def test_an_extraction_file_nested_too_deeply_is_named_and_the_rest_built(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    deep = tmp_path / "deep.json"
    deep.write_text(
        '{"format": "mou-graph extraction", "version": 1, "documents": [' + "[" * 100_000 + "]" * 100_000 + "]}"
    )
    result, folder = run_build(tmp_path, deep, good)
    assert result.exit_code == 1, result.output
    assert any(str(deep) in line and "nested too deeply" in line for line in error_lines(result.output)), result.output
    assert names_in_graph(folder) >= GOOD_NAMES


WRONG_SHAPES = {
    "a list": [],
    "a node of unknown kind": {"nodes": [{"id": "x", "kind": "Spaceship"}], "edges": []},
    "an edge to a missing node": {
        "directed": True,
        "multigraph": True,
        "nodes": [{"id": "a", "kind": "Organisation", "name": "가"}],
        "edges": [{"source": "a", "target": "nowhere", "key": 0, "type": "SIGNED"}],
    },
    "nested too deeply": "deep",
}


@pytest.fixture()
def good_folder(tmp_path: Path) -> Path:
    src = tmp_path / "good.txt"
    src.write_text(GOOD, encoding="utf-8")
    result, folder = run_build(tmp_path, src)
    assert result.exit_code == 0, result.output
    return folder


@pytest.mark.parametrize("shape", list(WRONG_SHAPES))
@pytest.mark.parametrize(
    "command",
    [["stats"], ["query", "MATCH (o:Organisation) RETURN o.name", "--graph"], ["load", "--dry-run"]],
    ids=["stats", "query", "load"],
)
def test_a_graph_json_of_the_wrong_shape_is_one_line(good_folder: Path, shape: str, command: list[str]) -> None:
    data = WRONG_SHAPES[shape]
    text = "[" * 100_000 + "]" * 100_000 if data == "deep" else json.dumps(data)
    (good_folder / "graph.json").write_text(text, encoding="utf-8")
    args = ["load", str(good_folder), "--dry-run"] if command[0] == "load" else [*command, str(good_folder)]
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    [line] = error_lines(result.output)
    assert "not a mou-graph graph" in line


def test_build_into_refuses_an_unresolved_graph_of_the_wrong_shape(good_folder: Path, tmp_path: Path) -> None:
    import gzip

    (good_folder / "unresolved.json.gz").write_bytes(
        gzip.compress(json.dumps(WRONG_SHAPES["a node of unknown kind"]).encode())
    )
    more = tmp_path / "more.txt"
    more.write_text(GOOD.replace("21일", "22일"), encoding="utf-8")
    result = runner.invoke(app, ["build", str(more), "--into", str(good_folder), "--quiet"])
    assert result.exit_code == 2, result.output
    assert "not a mou-graph graph" in result.output


def test_build_out_onto_a_file_fails_before_any_extraction(tmp_path: Path) -> None:
    target = tmp_path / "graph"
    target.write_text("not a folder", encoding="utf-8")
    result = runner.invoke(app, ["build", str(tmp_path / "no-such-articles"), "--out", str(target), "--quiet"])
    assert result.exit_code == 2
    [line] = error_lines(result.output)
    assert "is a file, not a graph folder" in line  # not the missing input: nothing was read
    assert target.read_text(encoding="utf-8") == "not a folder"
