"""Reading articles: every accepted format and encoding, and a clear error for every kind of
bad input, with reading going on after it."""

from __future__ import annotations

import json
import tracemalloc
import unicodedata
from pathlib import Path

import pytest

from mou_graph.ingest.read import detect_language, normalise_date, read_inputs
from mou_graph.model import Article, InputError

KO = "포항시는 21일 포스텍과 업무협약을 체결했다."
KO2 = "이날 협약식에는 이강덕 포항시장과 김성근 포스텍 총장이 참석했다."


def read(*paths: Path | str, **options: int) -> list[Article | InputError]:
    return list(read_inputs(paths, **options))


def articles(items: list[Article | InputError]) -> list[Article]:
    assert all(isinstance(i, Article) for i in items), [str(i) for i in items if isinstance(i, InputError)]
    return items  # type: ignore[return-value]


def error(items: list[Article | InputError]) -> InputError:
    [e] = [i for i in items if isinstance(i, InputError)]
    return e


def jsonl(path: Path, *lines: object, encoding: str = "utf-8") -> Path:
    text = "\n".join(line if isinstance(line, str) else json.dumps(line, ensure_ascii=False) for line in lines)
    path.write_bytes((text + "\n").encode(encoding))
    return path


# ---------------------------------------------------------------------------
# Formats


def test_a_text_file_is_one_article_with_its_text_as_read(tmp_path: Path) -> None:
    decomposed = unicodedata.normalize("NFD", "협약")  # offsets index the text as read: no NFC
    (tmp_path / "pohang.txt").write_bytes(f"  {KO}\r\n{KO2}\r마지막 줄 {decomposed}\n\n".encode())
    [a] = articles(read(tmp_path / "pohang.txt"))
    assert a.id == "pohang"
    assert a.text == f"  {KO}\n{KO2}\n마지막 줄 {decomposed}\n\n"
    assert a.source == "pohang.txt"  # relative to its folder: no local path in what is shared
    assert a.language == "ko"
    assert a.published is None and a.url is None


def test_html_page_gives_its_main_text_and_metadata(tmp_path: Path) -> None:
    page = tmp_path / "kyongbuk.html"
    page.write_text(
        "<html><head><title>포항시·포스텍 배터리 인재 협약 - 경북일보</title>"
        '<meta property="og:site_name" content="경북일보">'
        '<meta property="article:published_time" content="2024-02-22T16:39:00+09:00">'
        '<link rel="canonical" href="https://www.kyongbuk.co.kr/news/articleView.html?idxno=1">'
        "<script>var menu = '스크립트 속 메뉴 문자열';</script></head><body>"
        "<nav><a href='/'>홈</a> <a href='/local'>지역</a> 로그인 회원가입</nav>"
        "<article><h1>포항시·포스텍 배터리 인재 협약</h1>"
        f"<p>[경북일보 박민수 기자] {KO} 두 기관은 이차전지 전문 인력 양성과 공동 연구에 힘을 모으기로 했다.</p>"
        f"<p>{KO2} 시는 대학원 운영비로 5년간 30억원을 지원한다.</p>"
        "<p>포스텍은 교육과정을 만들고 기업과 함께 현장 실습을 운영하기로 했다.</p></article>"
        "<script>document.write('광고 스크립트');</script>"
        "</body></html>",
        encoding="utf-8",
    )
    [a] = articles(read(page))
    assert KO in a.text and KO2 in a.text
    assert "스크립트" not in a.text
    assert a.id == "kyongbuk" and a.language == "ko"
    assert a.published == "2024-02-22"
    assert a.outlet == "경북일보"
    assert a.url == "https://www.kyongbuk.co.kr/news/articleView.html?idxno=1"
    assert a.title and "배터리 인재 협약" in a.title


def test_jsonl_one_article_a_line_with_optional_fields(tmp_path: Path) -> None:
    src = jsonl(
        tmp_path / "batch.jsonl",
        {
            "id": "kb-1",
            "text": KO,
            "url": "https://example.kr/1",
            "title": "포항시-포스텍 협약",
            "published": "2024.02.22",
            "outlet": "경북일보",
            "language": "ko",
        },
        "",  # blank lines are skipped
        {"text": "POSCO and POSTECH signed an agreement on Thursday.", "published": "20240222"},
        {"id": 7, "text": KO2},
    )
    first, second, third = articles(read(src))
    assert (first.id, first.url, first.title, first.published, first.outlet, first.language) == (
        "kb-1",
        "https://example.kr/1",
        "포항시-포스텍 협약",
        "2024-02-22",
        "경북일보",
        "ko",
    )
    assert first.source == f"{src.name}:1"
    assert second.id == "batch:3" and second.source == f"{src.name}:3"  # missing id: stem and line
    assert second.language == "en" and second.published == "2024-02-22" and second.title is None
    assert third.id == "7"


def test_json_file_with_one_article_or_a_list(tmp_path: Path) -> None:
    (tmp_path / "one.json").write_text(json.dumps({"text": KO, "outlet": "경북일보"}, ensure_ascii=False))
    (tmp_path / "many.json").write_text(
        json.dumps([{"id": "m1", "text": KO}, {"text": KO2}, {"title": "본문 없음"}], ensure_ascii=False)
    )
    items = read(tmp_path / "one.json", tmp_path / "many.json")
    assert [i.id for i in items if isinstance(i, Article)] == ["one", "m1", "many:2"]
    assert items[0].outlet == "경북일보"  # type: ignore[union-attr]
    e = error(items)
    assert e.source == str(tmp_path / "many.json") and e.reason == 'item 3: no "text" field'


def test_a_folder_is_read_recursively_in_sorted_order_without_hidden_files(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "z.txt").write_text(KO)
    (tmp_path / "a.txt").write_text(KO)
    (tmp_path / "c.jsonl").write_text(json.dumps({"text": KO2}, ensure_ascii=False))
    (tmp_path / ".draft.txt").write_text(KO)
    (tmp_path / ".git" / "notes.txt").write_text(KO)
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")  # not an article file: ignored in a folder
    assert [a.id for a in articles(read(tmp_path))] == ["a", "z", "c:1"]


def test_files_sharing_a_stem_are_told_apart_by_their_relative_path(tmp_path: Path) -> None:
    for folder in ("2024", "2025"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "pohang.txt").write_text(KO)
    (tmp_path / "2025" / "gumi.txt").write_text(KO2)
    (tmp_path / "2025" / "gumi.html").write_text(f"<html><body><article><p>{KO2}</p></article></body></html>")
    ids = [a.id for a in articles(read(tmp_path))]
    assert ids == ["2024/pohang", "2025/gumi.html", "2025/gumi.txt", "2025/pohang"]


def test_same_stems_across_the_folders_and_files_given(tmp_path: Path) -> None:
    for folder in ("gumi", "pohang"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "mou.txt").write_text(KO)
    (tmp_path / "pohang" / "batch.jsonl").write_text(json.dumps({"text": KO2}, ensure_ascii=False))
    (tmp_path / "batch.jsonl").write_text(json.dumps({"text": KO2}, ensure_ascii=False))
    items = read(tmp_path / "gumi", tmp_path / "pohang", tmp_path / "batch.jsonl")
    assert [a.id for a in articles(items)] == ["gumi/mou", "pohang/batch:1", "pohang/mou", "batch:1"]
    items = read(tmp_path / "gumi" / "mou.txt", tmp_path / "pohang" / "mou.txt")
    assert [a.id for a in articles(items)] == ["gumi/mou", "pohang/mou"]


def test_an_article_names_its_file_relative_to_what_was_given(tmp_path: Path) -> None:
    """Errors keep the path as given (the user opens it); articles show it relative to the
    folder named, or the one the named paths share, so no local folder travels with them."""
    (tmp_path / "news" / "2025").mkdir(parents=True)
    (tmp_path / "news" / "2025" / "pohang.txt").write_text(KO)
    (tmp_path / "news" / "feed.jsonl").write_text(json.dumps({"text": KO2}, ensure_ascii=False) + "\n{broken\n")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "gumi.txt").write_text(KO2)
    items = read(tmp_path / "news")
    assert [a.source for a in items if isinstance(a, Article)] == ["2025/pohang.txt", "feed.jsonl:1"]
    assert [(e.source, e.line) for e in items if isinstance(e, InputError)] == [
        (str(tmp_path / "news" / "feed.jsonl"), 2)
    ]
    both = read(tmp_path / "news" / "2025", tmp_path / "other" / "gumi.txt")
    assert [a.source for a in articles(both)] == ["news/2025/pohang.txt", "other/gumi.txt"]


# ---------------------------------------------------------------------------
# Encodings


@pytest.mark.parametrize("encoding", ["cp949", "euc-kr"])
@pytest.mark.parametrize(
    "text",
    [KO + "\n" + KO2, "협약 체결", "POSCO와 MOU 체결", "포항시, 浦項工大와 協約"],
    ids=["news", "short", "latin", "hanja"],
)
def test_korean_legacy_encodings_without_any_marker(tmp_path: Path, encoding: str, text: str) -> None:
    # The short ones are what charset-normalizer alone takes for Big5 or an Arabic code page.
    (tmp_path / "legacy.txt").write_bytes(text.encode(encoding))
    [a] = articles(read(tmp_path / "legacy.txt"))
    assert a.text == text


def test_cp949_only_syllables(tmp_path: Path) -> None:
    text = "똠방각하 햏님이 " + KO  # 똠 and 햏 are in CP949 but not in EUC-KR
    (tmp_path / "uhc.txt").write_bytes(text.encode("cp949"))
    [a] = articles(read(tmp_path / "uhc.txt"))
    assert a.text == text


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("shift_jis", "こんにちは、協定を締結しました。"),
        ("cp1252", "\u201cPohang signs an MOU\u201d, the caf\u00e9 said."),
    ],
)
def test_other_encodings_are_not_taken_for_korean(tmp_path: Path, encoding: str, text: str) -> None:
    # Both decode without error as CP949, into Hangul nobody writes; charset-normalizer even
    # ranks CP949 first for the Japanese.
    (tmp_path / "other.txt").write_bytes(text.encode(encoding))
    [a] = articles(read(tmp_path / "other.txt"))
    assert a.text == text


def test_utf8_byte_order_mark_is_not_part_of_the_text(tmp_path: Path) -> None:
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + KO.encode())
    (tmp_path / "bom.jsonl").write_bytes(b"\xef\xbb\xbf" + json.dumps({"id": "j", "text": KO2}).encode())
    txt, line = articles(read(tmp_path / "bom.txt", tmp_path / "bom.jsonl"))
    assert txt.text == KO and line.text == KO2


def test_mixed_encodings_in_one_folder(tmp_path: Path) -> None:
    (tmp_path / "1-utf8.txt").write_text(KO, encoding="utf-8")
    (tmp_path / "2-bom.txt").write_bytes(b"\xef\xbb\xbf" + KO.encode())
    (tmp_path / "3-cp949.txt").write_bytes(KO.encode("cp949"))
    (tmp_path / "4-euckr.html").write_bytes(
        f'<html><head><meta charset="euc-kr"></head><body><article><p>{KO} {KO2}</p></article></body></html>'.encode(
            "euc-kr"
        )
    )
    jsonl(tmp_path / "5-cp949.jsonl", {"id": "j1", "text": KO}, {"id": "j2", "text": KO2}, encoding="cp949")
    items = articles(read(tmp_path))
    assert [a.id for a in items] == ["1-utf8", "2-bom", "3-cp949", "4-euckr", "j1", "j2"]
    assert all(a.text.startswith(KO) for a in items[:4]) and items[5].text == KO2


def test_a_jsonl_line_in_another_encoding_than_the_start_of_the_file(tmp_path: Path) -> None:
    src = tmp_path / "mixed.jsonl"
    src.write_bytes(
        json.dumps({"id": "u", "text": KO}, ensure_ascii=False).encode()
        + b"\n"
        + json.dumps({"id": "c", "text": KO2}, ensure_ascii=False).encode("cp949")
        + b"\n"
    )
    assert [a.text for a in articles(read(src))] == [KO, KO2]


# ---------------------------------------------------------------------------
# Errors: each one reported, and reading goes on


def test_empty_files_and_empty_texts(tmp_path: Path) -> None:
    (tmp_path / "a-empty.txt").write_bytes(b"")
    (tmp_path / "b-blank.txt").write_text(" \n\t\n")
    jsonl(tmp_path / "c.jsonl", {"id": "blank", "text": "  "}, {"id": "ok", "text": KO})
    (tmp_path / "d-empty.jsonl").write_bytes(b"\n\n")
    items = read(tmp_path)
    assert [(Path(i.source).name, i.reason, i.line) for i in items if isinstance(i, InputError)] == [
        ("a-empty.txt", "empty article", None),
        ("b-blank.txt", "empty article", None),
        ("c.jsonl", "empty article", 1),
        ("d-empty.jsonl", "empty article", None),
    ]
    assert [a.id for a in items if isinstance(a, Article)] == ["ok"]


def test_binary_files_and_images_renamed_txt(tmp_path: Path) -> None:
    (tmp_path / "a-binary.txt").write_bytes(b"\x01\x02abc\x00\x00\xfe" * 20)
    (tmp_path / "b-photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "c-scan.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    (tmp_path / "d-ok.txt").write_text(KO)
    items = read(tmp_path)
    reasons = {Path(i.source).name: i.reason for i in items if isinstance(i, InputError)}
    assert reasons == {
        "a-binary.txt": "not text (binary data, e.g. an image)",
        "b-photo.txt": "not text (binary data: a PNG image)",
        "c-scan.txt": "not text (binary data: a PDF document)",
    }
    assert [a.id for a in items if isinstance(a, Article)] == ["d-ok"]


def test_undecodable_bytes_are_not_text(tmp_path: Path) -> None:
    (tmp_path / "noise.txt").write_bytes(bytes(range(0x80, 0x100)) * 8)
    e = error(read(tmp_path / "noise.txt"))
    assert e.reason.startswith("not text (binary data")


def test_broken_jsonl_line_is_reported_with_its_number_and_the_rest_is_read(tmp_path: Path) -> None:
    src = jsonl(tmp_path / "news.jsonl", {"id": "n1", "text": KO}, {"id": "n2", "text": KO2}, '{"id": "n3", "text": ')
    with src.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "n4", "text": KO}) + "\n")
    items = read(src)
    e = error(items)
    assert (e.source, e.line) == (str(src), 3)
    assert e.reason.startswith("not valid JSON: Expecting value")
    assert str(e) == f"{src}:3: {e.reason}"
    assert [a.id for a in items if isinstance(a, Article)] == ["n1", "n2", "n4"]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ({"id": "x", "title": "본문이 없는 줄"}, 'no "text" field'),
        ({"id": "x", "text": 42}, 'no "text" field ("text" is a number, not a string)'),
        ([KO], 'no "text" field (a list, not an object)'),
        ('"그냥 문자열"', 'no "text" field (a string, not an object)'),
    ],
)
def test_a_jsonl_line_without_text(tmp_path: Path, line: object, reason: str) -> None:
    src = jsonl(tmp_path / "x.jsonl", {"text": KO}, line)
    items = read(src)
    assert isinstance(items[0], Article)
    assert (items[1].reason, items[1].line) == (reason, 2)  # type: ignore[union-attr]


def test_a_broken_json_file(tmp_path: Path) -> None:
    (tmp_path / "lines.json").write_text(json.dumps({"text": KO}) + "\n" + json.dumps({"text": KO2}))
    e = error(read(tmp_path / "lines.json"))
    assert e.reason.startswith("not valid JSON: Extra data: line 2") and e.reason.endswith("Name the file .jsonl)")


def test_duplicate_ids_after_the_first_are_reported_and_skipped(tmp_path: Path) -> None:
    src = jsonl(tmp_path / "a.jsonl", {"id": "x", "text": KO}, {"id": "y", "text": KO}, {"id": "x", "text": KO2})
    (tmp_path / "x.txt").write_text(KO2)  # its id, "x", is taken too
    items = read(src, tmp_path / "x.txt")
    assert [a.id for a in items if isinstance(a, Article)] == ["x", "y"]
    first, second = (i for i in items if isinstance(i, InputError))
    assert (first.source, first.line, first.reason) == (str(src), 3, f"duplicate id 'x' (first seen at {src}:1)")
    assert (second.source, second.line, second.reason) == (
        str(tmp_path / "x.txt"),
        None,
        f"duplicate id 'x' (first seen at {src}:1)",
    )


def test_the_same_file_given_twice_is_a_duplicate(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(KO)
    items = read(tmp_path / "a.txt", tmp_path / "a.txt")
    assert isinstance(items[0], Article) and items[0].id == "a"
    assert isinstance(items[1], InputError) and items[1].reason.startswith("duplicate id 'a'")


def test_missing_paths_empty_folders_and_unsupported_types(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "only-images").mkdir()
    (tmp_path / "only-images" / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "only-images" / ".hidden.txt").write_text(KO)
    (tmp_path / "report.PDF").write_bytes(b"%PDF-1.4")
    (tmp_path / "ok.txt").write_text(KO)
    items = read(
        tmp_path / "nope.txt",
        tmp_path / "empty",
        tmp_path / "only-images",
        tmp_path / "report.PDF",
        tmp_path / "ok.txt",
    )
    assert [(i.source, i.reason) for i in items if isinstance(i, InputError)] == [
        (str(tmp_path / "nope.txt"), "no such file or folder"),
        (str(tmp_path / "empty"), "no .txt, .html, .jsonl, .json or .parquet articles in this folder"),
        (str(tmp_path / "only-images"), "no .txt, .html, .jsonl, .json or .parquet articles in this folder"),
        (str(tmp_path / "report.PDF"), "unsupported file type .pdf: expected .txt, .html, .jsonl, .json or .parquet"),
    ]
    assert isinstance(items[-1], Article) and items[-1].id == "ok"


def test_an_html_page_with_only_scripts(tmp_path: Path) -> None:
    page = tmp_path / "app.html"
    page.write_text(
        "<html><head><script src='/app.js'></script><script>window.__STATE__ = {'기사': '협약'};</script>"
        "</head><body><div id='root'></div><script>render()</script></body></html>"
    )
    e = error(read(page))
    assert (e.source, e.reason) == (str(page), "no article text found in this HTML page")


def test_an_article_over_the_limit_is_reported_and_the_next_is_read(tmp_path: Path) -> None:
    src = jsonl(tmp_path / "long.jsonl", {"id": "long", "text": KO * 3}, {"id": "short", "text": KO[:10]})
    items = read(src, max_chars=20)
    assert (items[0].reason, items[0].line) == (f"article too long ({len(KO) * 3} characters; limit 20)", 1)  # type: ignore[union-attr]
    assert isinstance(items[1], Article) and items[1].id == "short"


def test_a_50_mb_article_is_read_without_crashing(tmp_path: Path) -> None:
    big = tmp_path / "huge.txt"
    line = (KO + " " + KO2 + "\n").encode()
    with big.open("wb") as fh:
        for _ in range(50_000_000 // len(line)):
            fh.write(line)
    (tmp_path / "small.txt").write_text(KO)
    items = read(big, tmp_path / "small.txt")
    chars = (50_000_000 // len(line)) * len(KO + " " + KO2 + "\n")
    assert isinstance(items[0], InputError)
    assert items[0].reason == f"article too long ({chars} characters; limit 2000000)"
    assert isinstance(items[1], Article)
    [whole] = articles(read(big, max_chars=chars))  # under a raised limit, it is read
    assert len(whole.text) == chars


# ---------------------------------------------------------------------------
# Streaming


def test_reading_streams_one_article_at_a_time(tmp_path: Path) -> None:
    src = jsonl(tmp_path / "stream.jsonl", {"id": "first", "text": KO}, {"id": "second", "text": KO2}, "{broken")
    stream = read_inputs([src])
    first = next(stream)
    assert isinstance(first, Article) and first.id == "first"  # before the broken line is reached
    assert isinstance(next(stream), Article)
    assert isinstance(next(stream), InputError)
    assert next(stream, None) is None


def test_the_first_article_of_a_large_jsonl_file_comes_without_reading_the_file(tmp_path: Path) -> None:
    src = tmp_path / "large.jsonl"
    line = json.dumps({"text": KO * 20}, ensure_ascii=False) + "\n"
    with src.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "first", "text": KO}, ensure_ascii=False) + "\n")
        for _ in range(30_000_000 // len(line.encode())):
            fh.write(line)
    assert src.stat().st_size > 25_000_000
    stream = read_inputs([src])
    tracemalloc.start()
    try:
        first = next(stream)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert isinstance(first, Article) and first.id == "first"
    assert peak < 2_000_000, peak


def test_nothing_is_read_before_the_first_item_is_asked_for(tmp_path: Path) -> None:
    stream = read_inputs([tmp_path / "not-yet.txt"])
    (tmp_path / "not-yet.txt").write_text(KO)
    assert isinstance(next(stream), Article)


# ---------------------------------------------------------------------------
# Dates and language


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-02-22", "2024-02-22"),
        ("2024.02.22", "2024-02-22"),
        ("2024. 2. 22.", "2024-02-22"),
        ("2024-02-22T16:39:00+09:00", "2024-02-22"),
        ("20240222", "2024-02-22"),
        ("입력 2024년 2월 22일 16:39", "2024-02-22"),
        ("Thu, 22 Feb 2024 16:39:00 +0900", "2024-02-22"),
        (20240222, "2024-02-22"),
        ("2024-02-30", None),
        ("지난주", None),
        ("", None),
        (None, None),
        (["2024-02-22"], None),
    ],
)
def test_published_dates_are_normalised(value: object, expected: str | None) -> None:
    assert normalise_date(value) == expected


def test_an_unreadable_date_is_dropped_not_fatal(tmp_path: Path) -> None:
    src = jsonl(tmp_path / "d.jsonl", {"id": "d", "text": KO, "published": "어제 오후"})
    [a] = articles(read(src))
    assert a.published is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (KO, "ko"),
        ("SK하이닉스, AI 반도체 HBM 공동 연구 MOU 체결", "ko"),
        ("POSCO Holdings and POSTECH signed an MOU in Pohang (포항) on Thursday.", "en"),
        ("The agreement was signed on 22 February.", "en"),
        ("2024-02-22", "en"),
    ],
)
def test_detect_language(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_a_given_language_is_kept(tmp_path: Path) -> None:
    src = jsonl(tmp_path / "l.jsonl", {"id": "a", "text": "POSCO signed an MOU.", "language": "ko-KR"})
    [a] = articles(read(src))
    assert a.language == "ko"


def test_a_lone_surrogate_from_json_becomes_a_replacement_character(tmp_path: Path) -> None:
    (tmp_path / "s.jsonl").write_text('{"id": "s", "text": "협약\\ud800체결"}\n')
    [a] = articles(read(tmp_path / "s.jsonl"))
    assert a.text == "협약\ufffd체결"
    a.text.encode("utf-8")  # writable as UTF-8: offsets unchanged, one character for one


def test_an_html_page_far_over_the_limit_is_not_handed_to_trafilatura(tmp_path: Path) -> None:
    page = tmp_path / "huge.html"
    page.write_text("<html><body><article>" + f"<p>{KO}</p>" * 50 + "</article></body></html>")
    e = error(read(page, max_chars=100))
    assert e.reason == f"HTML page too large ({len(page.read_text())} characters; limit 500)"


def test_a_duplicate_inside_a_json_list_names_the_item_first_seen(tmp_path: Path) -> None:
    src = tmp_path / "list.json"
    src.write_text(json.dumps([{"id": "a", "text": KO}, {"id": "a", "text": KO2}], ensure_ascii=False))
    e = error(read(src))
    assert e.reason == f"duplicate id 'a' (first seen at {src} item 1)"


def test_an_id_that_is_neither_string_nor_number(tmp_path: Path) -> None:
    src = jsonl(tmp_path / "ids.jsonl", {"id": ["a"], "text": KO}, {"id": 3, "text": KO})
    items = read(src)
    assert (items[0].reason, items[0].line) == ('"id" is a list: expected a string or a number', 1)  # type: ignore[union-attr]
    assert isinstance(items[1], Article) and items[1].id == "3"


def test_one_path_given_as_a_string(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(KO)
    assert [a.id for a in articles(list(read_inputs(str(tmp_path / "a.txt"))))] == ["a"]


def test_parquet_rows_are_articles_numbered_like_jsonl_lines(tmp_path: Path) -> None:
    """A Parquet shard reads as its JSON Lines twin would: one article a row, id `stem:row`
    unless the row gives one, a dated column as its date, a row without text an error naming
    file and row, and the same articles from its bytes as from its path."""
    import datetime as dt

    import pyarrow as pa
    import pyarrow.parquet as pq

    from mou_graph.ingest.read import plan_inputs, read_file

    path = tmp_path / "shard.parquet"
    table = pa.table(
        {
            "id": [None, "given", None],
            "text": ["대구시는 경북대학교와 업무협약을 체결했다.", "Daegu signed an MOU with a university.", None],
            "published": [dt.date(2025, 3, 4), None, None],
        }
    )
    pq.write_table(table, path)
    items = list(read_inputs([path]))
    assert [(a.id, a.source, a.published) for a in items if isinstance(a, Article)] == [
        ("shard:1", f"{path.name}:1", "2025-03-04"),
        ("given", f"{path.name}:2", None),
    ]
    assert [(e.source, e.line, e.reason) for e in items if isinstance(e, InputError)] == [
        (str(path), 3, 'no "text" field ("text" is null, not a string)')
    ]
    (file,) = plan_inputs([path])
    assert list(read_file(file, path.read_bytes())) == items
    (tmp_path / "broken.parquet").write_bytes(b"PAR1 not really")
    (error,) = read_inputs([tmp_path / "broken.parquet"])
    assert isinstance(error, InputError) and "not a readable Parquet file" in error.reason
