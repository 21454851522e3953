"""Reading articles: formats, encodings, and a clear error for every kind of bad input."""

from __future__ import annotations

import json
from pathlib import Path

from mou_graph.model import Article, InputError
from mou_graph.read import read_inputs

KO = "포항시는 21일 포스텍과 업무협약을 체결했다."


def read(*paths: Path) -> list[Article | InputError]:
    return list(read_inputs(paths))


def test_text_file_keeps_the_text_as_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(KO + "\r\n둘째 줄", encoding="utf-8")
    [a] = read(tmp_path / "a.txt")
    assert isinstance(a, Article) and a.id == "a" and a.language == "ko"
    assert a.text == KO + "\n둘째 줄"


def test_korean_encodings_without_a_marker(tmp_path: Path) -> None:
    for enc in ("cp949", "euc-kr"):
        (tmp_path / f"{enc}.txt").write_bytes((KO + " 경상북도와 함께 인재를 키운다.").encode(enc))
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + KO.encode("utf-8"))
    items = read(tmp_path)
    assert all(isinstance(a, Article) and a.text.startswith(KO) for a in items), items


def test_jsonl_with_optional_fields_and_bad_lines(tmp_path: Path) -> None:
    src = tmp_path / "batch.jsonl"
    src.write_text(
        "\n".join(
            [
                json.dumps(
                    {"id": "x1", "text": KO, "published": "2024.02.22", "outlet": "경북일보"}, ensure_ascii=False
                ),
                "{broken",
                json.dumps({"id": "x2"}),
                json.dumps({"text": KO}, ensure_ascii=False),
                json.dumps({"id": "x1", "text": KO}, ensure_ascii=False),
            ]
        ),
        encoding="utf-8",
    )
    items = read(src)
    assert isinstance(items[0], Article) and items[0].published == "2024-02-22" and items[0].outlet == "경북일보"
    assert isinstance(items[1], InputError) and items[1].line == 2 and "not valid JSON" in items[1].reason
    assert isinstance(items[2], InputError) and items[2].line == 3 and '"text"' in items[2].reason
    assert isinstance(items[3], Article) and items[3].id == "batch:4" and items[3].source == f"{src}:4"
    assert isinstance(items[4], InputError) and "duplicate id 'x1'" in items[4].reason


def test_html_main_text_without_scripts(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    body = " ".join([KO] * 6)
    page.write_text(
        f"<html><head><title>협약</title><script>var menu='로그인';</script></head><body><nav>홈 뉴스</nav>"
        f"<article><h1>협약</h1><p>{body}</p><p>이날 협약식에는 김철수 포항시장이 참석했다.</p></article></body></html>",
        encoding="utf-8",
    )
    [a] = read(page)
    assert isinstance(a, Article) and "김철수 포항시장" in a.text and "var menu" not in a.text
    scripts = tmp_path / "s.html"
    scripts.write_text("<html><head><script>alert(1)</script></head><body></body></html>", encoding="utf-8")
    [e] = read(scripts)
    assert isinstance(e, InputError) and "no article text" in e.reason


def test_bad_files_each_get_a_reason(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("   \n")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (tmp_path / "binary.txt").write_bytes(b"abc\x00\x01\x02")
    (tmp_path / "ok.txt").write_text(KO, encoding="utf-8")
    items = {Path(i.source).name if isinstance(i, InputError) else i.id: i for i in read(tmp_path)}
    assert "empty article" in items["empty.txt"].reason
    assert "PNG" in items["image.txt"].reason
    assert "binary" in items["binary.txt"].reason
    assert isinstance(items["ok"], Article)


def test_missing_path_and_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "nothing").mkdir()
    missing, empty = read(tmp_path / "nope", tmp_path / "nothing")
    assert isinstance(missing, InputError) and "no such file" in missing.reason
    assert isinstance(empty, InputError) and "no .txt" in empty.reason


def test_reading_streams(tmp_path: Path) -> None:
    src = tmp_path / "big.jsonl"
    src.write_text(json.dumps({"id": "first", "text": KO}, ensure_ascii=False) + "\n{broken\n", encoding="utf-8")
    stream = read_inputs([src])
    first = next(stream)
    assert isinstance(first, Article) and first.id == "first"
    assert isinstance(next(stream), InputError)
