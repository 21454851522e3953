"""extract_paths on several processes: the same results in input order, both workers busy,
and the input read only a bounded distance ahead of the output."""

from __future__ import annotations

import json
import multiprocessing
import os
import time
from pathlib import Path

import pytest

from mou_graph.extract import pipeline
from mou_graph.extract.pipeline import extract_paths
from mou_graph.model import Article, InputError

TEXT = "구미시는 11일 경북대학교와 ‘반도체 인재 양성을 위한 업무협약’을 체결했다. 홍원화 경북대 총장이 참석했다."
fork_only = pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork", reason="patching the workers needs the fork start method"
)


def corpus(tmp_path: Path, n: int) -> Path:
    rows = [json.dumps({"id": f"a{i}", "text": TEXT, "published": "2025-03-12"}, ensure_ascii=False) for i in range(n)]
    rows.insert(3, "{not json")
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_two_workers_give_what_one_gives_in_input_order(tmp_path: Path) -> None:
    path = corpus(tmp_path, 20)
    one = [x.to_json() for x in extract_paths([path])]
    two = [x.to_json() for x in extract_paths([path], workers=2, chunk=3)]
    assert one == two
    assert [d.get("id") for d in two[:3]] == ["a0", "a1", "a2"]
    assert "line" in json.dumps(two[3]) or "not valid JSON" in json.dumps(two[3])


def _slow_pid(article: Article) -> InputError:
    time.sleep(0.05)
    return InputError(article.id, str(os.getpid()))


@fork_only
def test_both_workers_are_busy(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(pipeline, "_extract_one", _slow_pid)
    items = list(extract_paths([corpus(tmp_path, 40)], workers=2, chunk=2))
    pids = {e.reason for e in items if e.reason.isdigit()}
    assert len(pids) == 2 and str(os.getpid()) not in pids


@fork_only
def test_the_input_is_read_only_a_window_ahead(monkeypatch) -> None:
    pulled = 0

    def reader(paths):
        nonlocal pulled
        for i in range(10_000):
            pulled += 1
            yield Article(id=f"a{i}", text=TEXT)

    monkeypatch.setattr(pipeline, "read_inputs", reader)
    monkeypatch.setattr(pipeline, "_extract_one", lambda a: InputError(a.id, "seen"))
    stream = extract_paths(["-"], workers=2, chunk=4, ahead=3)
    first = next(stream)
    assert first.source == "a0"
    assert pulled <= 4 * 3 + 4  # never the whole corpus
    stream.close()
