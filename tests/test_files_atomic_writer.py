"""The streaming atomic writer: a file written piece by piece appears whole at the end, and
an interrupted or failed write leaves the old file (or none) and no temporary file."""

from __future__ import annotations

from pathlib import Path

import pytest

from mou_graph.files import OutputError, atomic_writer


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_pieces_become_the_file_only_at_the_end(tmp_path: Path) -> None:
    out = tmp_path / "sub" / "out.json"
    with atomic_writer(out) as fh:
        fh.write("{\n")
        assert not out.exists()  # nothing at the target while writing
        fh.write(' "협약": 1\n}\n')
    assert out.read_text(encoding="utf-8") == '{\n "협약": 1\n}\n'
    assert listing(out.parent) == ["out.json"]


@pytest.mark.parametrize("interruption", [KeyboardInterrupt, RuntimeError])
def test_an_interrupted_write_leaves_the_old_file_and_no_temporary(tmp_path: Path, interruption) -> None:
    out = tmp_path / "out.json"
    with pytest.raises(interruption), atomic_writer(out) as fh:
        fh.write("half")
        raise interruption()
    assert listing(tmp_path) == []
    out.write_text("old")
    with pytest.raises(interruption), atomic_writer(out) as fh:
        fh.write("new")
        raise interruption()
    assert out.read_text() == "old" and listing(tmp_path) == ["out.json"]


def test_text_that_cannot_be_encoded_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out.txt"
    with pytest.raises(OutputError, match="cannot be encoded"), atomic_writer(out, encoding="cp949") as fh:
        fh.write("협약 ")
        fh.write("\U0001f600")
    assert listing(tmp_path) == []


def test_an_unwritable_place_fails_before_the_block_runs(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    ran = False
    with pytest.raises(OutputError, match="is a file, not a folder"), atomic_writer(tmp_path / "file" / "out.json"):
        ran = True
    assert not ran
