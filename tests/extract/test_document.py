"""The extraction document streamed: byte for byte the document docs/FORMAT.md describes,
written one extraction at a time, and read back one at a time."""

from __future__ import annotations

import copy
import json
import tracemalloc
from pathlib import Path

import pytest

from mou_graph.extract.document import (
    extraction_document,
    iter_extraction_documents,
    to_json_text,
    write_extraction_document,
)
from mou_graph.model import InputError

ERRORS = [InputError("batch.jsonl:2", "not valid JSON"), InputError("x.txt", 'no "text" field')]


def reference(extractions, errors) -> str:
    """The document as it was written before streaming: one json.dumps of the whole."""
    return json.dumps(extraction_document(extractions, errors), ensure_ascii=False, indent=1) + "\n"


@pytest.mark.parametrize("docs,errors", [(0, 0), (1, 0), (3, 0), (0, 2), (3, 2)])
def test_the_stream_is_byte_for_byte_the_whole_document(graph_extractions, docs: int, errors: int) -> None:
    xs, es = graph_extractions[:docs], ERRORS[:errors]
    parts: list[str] = []
    count, seen = write_extraction_document([es[0], *xs, *es[1:]] if es else xs, parts.append)
    assert "".join(parts) == reference(xs, es)
    assert to_json_text(xs, es) == reference(xs, es)
    assert count == len(xs) and seen == es


def test_extractions_are_written_as_they_arrive_not_collected(graph_extractions) -> None:
    produced = written = 0

    def lazily():
        nonlocal produced
        for i in range(50):
            produced += 1
            yield graph_extractions[i % len(graph_extractions)]

    def write(text: str) -> None:
        nonlocal written
        if text.startswith(("\n  ", ",\n  ")):  # one document
            written += 1
            assert produced == written  # written as soon as it came; nothing asked for ahead

    write_extraction_document(lazily(), write)
    assert written == 50


def test_memory_stays_flat_as_the_corpus_grows(graph_extractions) -> None:
    x = graph_extractions[0]

    def peak(n: int) -> int:
        out = [0]

        def many():
            for i in range(n):
                c = copy.copy(x)
                c.article = copy.copy(x.article)
                c.article.id = f"a{i}"
                yield c

        tracemalloc.start()
        write_extraction_document(many(), lambda t: out.__setitem__(0, out[0] + len(t)))
        _, top = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        return top

    small, large = peak(100), peak(2000)
    assert large < 2 * small + 200_000, (small, large)  # twenty times the articles, not twenty times the memory


def test_read_back_one_at_a_time(tmp_path: Path, graph_extractions) -> None:
    path = tmp_path / "x.json"
    path.write_text(to_json_text(graph_extractions * 3, ERRORS), encoding="utf-8")
    for chunk in (7, 64, 1 << 20):  # windows smaller than one document are read on
        back = list(iter_extraction_documents(path, chunk=chunk))
        assert [b.to_json() for b in back] == [x.to_json() for x in graph_extractions * 3]
    path.write_text(json.dumps({"errors": [], "documents": [], "version": 1, "format": "mou-graph/extraction"}))
    assert list(iter_extraction_documents(path)) == []
    compact = json.dumps(extraction_document(graph_extractions), ensure_ascii=False, separators=(",", ":"))
    path.write_text(compact, encoding="utf-8")
    assert len(list(iter_extraction_documents(path, chunk=5))) == len(graph_extractions)


def test_a_file_that_is_not_an_extraction_document_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "graph.json"
    path.write_text(json.dumps({"format": "mou-graph", "documents": []}))
    with pytest.raises(ValueError):
        list(iter_extraction_documents(path))
    path.write_text('{"format": "mou-graph/extraction", "documents": [{"id": "a", "text": "x"}')
    with pytest.raises(ValueError):
        list(iter_extraction_documents(path))
