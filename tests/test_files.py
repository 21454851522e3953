"""Output files are written whole or not at all, and an unwritable place is one clear error."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from mou_graph import files
from mou_graph.files import OutputError, atomic_write_bytes, atomic_write_text, ensure_writable_dir


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_writes_a_new_file_and_replaces_an_old_one(tmp_path: Path) -> None:
    out = tmp_path / "graphs" / "battery" / "graph.json"  # missing folders are made
    atomic_write_text(out, '{"협약": 1}\n')
    assert out.read_text(encoding="utf-8") == '{"협약": 1}\n'
    atomic_write_text(out, "둘째")
    assert out.read_text(encoding="utf-8") == "둘째"
    assert listing(out.parent) == ["graph.json"]  # no temporary files left


def test_bytes_are_written_exactly(tmp_path: Path) -> None:
    atomic_write_bytes(tmp_path / "x.bin", b"\x00\xffabc\r\n")
    assert (tmp_path / "x.bin").read_bytes() == b"\x00\xffabc\r\n"
    atomic_write_text(tmp_path / "cp.txt", "협약", encoding="cp949")
    assert (tmp_path / "cp.txt").read_bytes() == "협약".encode("cp949")


def test_a_new_file_gets_ordinary_permissions_and_a_replaced_file_keeps_its_own(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        atomic_write_text(tmp_path / "new.txt", "a")
        assert stat.S_IMODE((tmp_path / "new.txt").stat().st_mode) == 0o644
        (tmp_path / "old.txt").write_text("a")
        os.chmod(tmp_path / "old.txt", 0o600)
        atomic_write_text(tmp_path / "old.txt", "b")
        assert stat.S_IMODE((tmp_path / "old.txt").stat().st_mode) == 0o600
    finally:
        os.umask(umask)


def test_text_that_cannot_be_encoded_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    out.write_text("old")
    with pytest.raises(OutputError) as caught:
        atomic_write_text(out, "협약 \ud800 체결")  # a lone surrogate: not encodable as UTF-8
    assert str(caught.value).startswith(f"cannot write to {out}: the text cannot be encoded as utf-8")
    assert out.read_text() == "old"
    assert listing(tmp_path) == ["out.json"]


def test_a_failed_rename_leaves_the_old_file_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "graph.json"
    out.write_text("old")

    def refuse(src: object, dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(files.os, "replace", refuse)
    with pytest.raises(OutputError) as caught:
        atomic_write_text(out, "new")
    assert str(caught.value) == f"cannot write to {out}: permission denied"
    assert out.read_text() == "old"
    assert listing(tmp_path) == ["graph.json"]


def test_a_failure_before_any_old_file_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", disk_full)
    with pytest.raises(OutputError, match="no space left on device"):
        atomic_write_bytes(tmp_path / "graph.graphml", b"<graphml/>")
    assert listing(tmp_path) == []


def test_an_interrupted_write_is_cleaned_up_and_not_swallowed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupt(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(files.os, "fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        atomic_write_text(tmp_path / "out.json", "x")
    assert listing(tmp_path) == []


def test_a_folder_whose_parent_is_a_file_cannot_be_written_to(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("a file, not a folder")
    target = tmp_path / "notes.txt" / "graphs"
    with pytest.raises(OutputError) as caught:
        ensure_writable_dir(target)
    assert str(caught.value) == f"cannot write to {target}: {tmp_path / 'notes.txt'} is a file, not a folder"
    with pytest.raises(OutputError, match=r"is a file, not a folder"):
        atomic_write_text(target / "graph.json", "{}")
    assert (tmp_path / "notes.txt").read_text() == "a file, not a folder"


def test_a_file_where_a_folder_should_be(tmp_path: Path) -> None:
    (tmp_path / "out").write_text("x")
    with pytest.raises(OutputError) as caught:
        ensure_writable_dir(tmp_path / "out")
    assert str(caught.value) == f"cannot write to {tmp_path / 'out'}: it is a file, not a folder"


def test_a_folder_where_the_file_should_be(tmp_path: Path) -> None:
    (tmp_path / "graph.json").mkdir()
    with pytest.raises(OutputError, match="it is a folder"):
        atomic_write_text(tmp_path / "graph.json", "{}")
    assert listing(tmp_path) == ["graph.json"] and (tmp_path / "graph.json").is_dir()


def test_ensure_writable_dir_makes_nested_folders(tmp_path: Path) -> None:
    ensure_writable_dir(tmp_path / "a" / "b" / "c")
    assert (tmp_path / "a" / "b" / "c").is_dir()
    ensure_writable_dir(tmp_path / "a")  # already there: fine
