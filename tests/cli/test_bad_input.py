"""Bad input through the command line, for `extract` and `build` alike: each bad file is one
clear error naming the file (and line) and the reason, every good article is still processed
into complete output, the exit status is 1 when an input failed and 2 when the command itself
cannot run (an unwritable output, a missing or outdated graph folder), and no output is left
half-written and no temporary file behind."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mou_graph.cli import app
from mou_graph.graph.folder import load_graph

runner = CliRunner()

GOOD = "포항시는 21일 포스텍과 업무협약을 체결했다. 이날 협약식에는 이강덕 포항시장과 김성근 포스텍 총장이 참석했다."
GOOD_NAMES = {"포항시", "이강덕", "김성근"}
LEGACY = "구미시는 11일 경북대학교와 ‘반도체 인재 양성을 위한 업무협약’을 체결했다. 이날 홍원화 경북대 총장이 참석했다."
LEGACY_NAMES = {"구미시", "경북대학교", "홍원화"}
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
SCRIPTS_ONLY = (
    "<html><head><script src='/app.js'></script><script>window.__STATE__ = {'기사': '협약'};</script>"
    "</head><body><div id='root'></div><script>render()</script></body></html>"
)


def jsonl(*rows: object) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in rows)


def leftovers(root: Path) -> list[Path]:
    """Temporary files an interrupted or failed write would leave."""
    return [p for p in root.rglob("*") if p.name.endswith(".tmp") or p.name.startswith("building-")]


def run_extract(tmp_path: Path, *inputs: Path, extra: tuple[str, ...] = ()) -> tuple[object, dict | None]:
    """`mou-graph extract … --format json --output out.json`: the result and the document."""
    out = tmp_path / "out.json"
    result = runner.invoke(app, ["extract", *map(str, inputs), "--format", "json", "--output", str(out), *extra])
    return result, json.loads(out.read_text(encoding="utf-8")) if out.exists() else None


def run_build(tmp_path: Path, *inputs: Path) -> tuple[object, Path]:
    """`mou-graph build … --out graph`: the result and the graph folder."""
    folder = tmp_path / "graph"
    return runner.invoke(app, ["build", *map(str, inputs), "--out", str(folder), "--quiet"]), folder


def names_in_graph(folder: Path) -> set[str]:
    return {d.get("name") for _, d in load_graph(folder).nodes(data=True)}


def assert_complete_graph(folder: Path, *expected: set[str]) -> None:
    """Every view of the graph is there and whole, and holds the names of the good articles."""
    for name in ("graph.json", "graph.graphml", "cosign.graphml", "graph.html", "meta.json"):
        assert (folder / name).is_file(), name
    assert (folder / "graph.html").read_text(encoding="utf-8").rstrip().endswith("</html>")
    names = names_in_graph(folder)
    for group in expected:
        assert group <= names, group - names


def error_lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith("error")]


def error_naming(output: str, where: str) -> str:
    """The one error line that names `where` (a file, or file:line)."""
    found = [line for line in error_lines(output) if f"{where}:" in line or line.rstrip().endswith(where)]
    assert len(found) == 1, (where, output)
    return found[0]


# ---------------------------------------------------------------------------
# One bad file beside a good one: the error names it, the good one is processed.

Writer = Callable[[Path], None]

CASES: dict[str, tuple[str, Writer, int | None, tuple[str, ...]]] = {
    # id: (file name, how to write it, JSONL line of the error, words the reason must contain)
    "empty file": ("empty.txt", lambda p: p.write_bytes(b""), None, ("empty",)),
    "blank file": ("blank.txt", lambda p: p.write_text(" \n\t\n"), None, ("empty",)),
    "binary file": ("blob.txt", lambda p: p.write_bytes(b"\x01\x02abc\x00\x00\xfe" * 20), None, ("not text",)),
    "png renamed .txt": ("photo.txt", lambda p: p.write_bytes(PNG), None, ("not text", "PNG")),
    "html with only scripts": (
        "app.html",
        lambda p: p.write_text(SCRIPTS_ONLY, encoding="utf-8"),
        None,
        ("no article text", "HTML"),
    ),
    "jsonl broken line": (
        "batch.jsonl",
        lambda p: p.write_text(jsonl({"id": "first", "text": LEGACY}, '{"id": "x", "text": '), encoding="utf-8"),
        2,
        ("not valid JSON",),
    ),
    "jsonl line without text": (
        "batch.jsonl",
        lambda p: p.write_text(jsonl({"id": "first", "text": LEGACY}, {"id": "x", "title": "본문 없음"})),
        2,
        ('"text"',),
    ),
    "jsonl text not a string": (
        "batch.jsonl",
        lambda p: p.write_text(jsonl({"id": "first", "text": LEGACY}, {"id": "x", "text": ["협약"]})),
        2,
        ('"text"', "list"),
    ),
    "unsupported file type": ("scan.pdf", lambda p: p.write_bytes(b"%PDF-1.7\n"), None, ("unsupported", ".pdf")),
    "json nested 100,000 deep": (
        "deep.json",
        lambda p: p.write_text("[" * 100_000 + "]" * 100_000),
        None,
        ("nested too deeply",),
    ),
    "jsonl line nested 100,000 deep": (
        "batch.jsonl",
        lambda p: p.write_text(
            jsonl({"id": "first", "text": LEGACY}, '{"text": ' + "[" * 100_000 + "]" * 100_000 + "}")
        ),
        2,
        ("nested too deeply",),
    ),
}


@pytest.mark.parametrize("command", ["extract", "build"])
@pytest.mark.parametrize("case", list(CASES))
def test_one_bad_file_is_named_and_the_good_one_is_processed(tmp_path: Path, command: str, case: str) -> None:
    name, write, line, words = CASES[case]
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text(GOOD, encoding="utf-8")
    bad = src / name
    write(bad)
    given = [src / "good.txt", bad]  # given as files: a folder would skip the .pdf
    if command == "extract":
        result, doc = run_extract(tmp_path, *given)
    else:
        result, folder = run_build(tmp_path, *given)
    assert result.exit_code == 1, result.output
    where = f"{bad}:{line}" if line else str(bad)
    message = error_naming(result.output, where)
    for word in words:
        assert word in message, (word, message)
    assert len(error_lines(result.output)) == 1, result.output  # one message for one bad input
    if command == "extract":
        assert doc is not None
        ids = [d["id"] for d in doc["documents"]]
        assert ids[0] == "good" and ("first" in ids) == (line is not None)
        assert [(e["source"], e["line"]) for e in doc["errors"]] == [(str(bad), line)]
        good = doc["documents"][0]
        assert {e["name"] for e in good["entities"]} >= GOOD_NAMES
        assert all(good["text"][m["start"] : m["end"]] == m["text"] for e in good["entities"] for m in e["mentions"])
    else:
        assert_complete_graph(folder, GOOD_NAMES, LEGACY_NAMES if line else set())
    assert leftovers(tmp_path) == []


# ---------------------------------------------------------------------------
# Encodings


def write_every_encoding(folder: Path) -> None:
    folder.mkdir()
    (folder / "a-utf8.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b-bom.txt").write_bytes(b"\xef\xbb\xbf" + GOOD.replace("21일", "22일").encode())
    (folder / "c-cp949.txt").write_bytes(LEGACY.encode("cp949"))
    (folder / "d-euckr.txt").write_bytes(LEGACY.replace("11일", "12일").encode("euc-kr"))
    (folder / "e-utf16.txt").write_bytes(
        "\ufeff".encode("utf-16-le") + GOOD.replace("21일", "23일").encode("utf-16-le")
    )
    (folder / "f-cp949.jsonl").write_bytes(jsonl({"id": "j1", "text": LEGACY}).encode("cp949"))


@pytest.mark.parametrize("command", ["extract", "build"])
def test_cp949_euckr_and_utf16_without_a_marker_in_one_folder(tmp_path: Path, command: str) -> None:
    write_every_encoding(tmp_path / "in")
    if command == "extract":
        result, doc = run_extract(tmp_path, tmp_path / "in")
        assert result.exit_code == 0, result.output
        assert doc is not None and doc["errors"] == []
        by_id = {d["id"]: d for d in doc["documents"]}
        assert list(by_id) == ["a-utf8", "b-bom", "c-cp949", "d-euckr", "e-utf16", "j1"]
        for key in ("c-cp949", "d-euckr", "j1"):  # decoded right: the Korean names are found
            assert (
                by_id[key]["text"].startswith("구미시는")
                and {e["name"] for e in by_id[key]["entities"]} >= LEGACY_NAMES
            )
        assert by_id["e-utf16"]["text"].startswith("포항시는")
    else:
        result, folder = run_build(tmp_path, tmp_path / "in")
        assert result.exit_code == 0, result.output
        assert_complete_graph(folder, GOOD_NAMES, LEGACY_NAMES)
        articles = {d["name"] for _, d in load_graph(folder).nodes(data=True) if d.get("kind") == "Article"}
        assert articles == {"a-utf8", "b-bom", "c-cp949", "d-euckr", "e-utf16", "j1"}


# ---------------------------------------------------------------------------
# Duplicates


@pytest.mark.parametrize("command", ["extract", "build"])
def test_duplicate_ids_in_one_batch_keep_the_first(tmp_path: Path, command: str) -> None:
    batch = tmp_path / "batch.jsonl"
    batch.write_text(jsonl({"id": "x", "text": GOOD}, {"id": "y", "text": LEGACY}, {"id": "x", "text": LEGACY}))
    (tmp_path / "x.txt").write_text(LEGACY, encoding="utf-8")  # its id, "x", is taken too
    inputs = (batch, tmp_path / "x.txt")
    if command == "extract":
        result, doc = run_extract(tmp_path, *inputs)
    else:
        result, folder = run_build(tmp_path, *inputs)
    assert result.exit_code == 1, result.output
    third = error_naming(result.output, f"{batch}:3")
    assert "duplicate id 'x'" in third and f"{batch}:1" in third  # where the first one is
    assert "duplicate id 'x'" in error_naming(result.output, str(tmp_path / "x.txt"))
    if command == "extract":
        assert doc is not None
        assert [d["id"] for d in doc["documents"]] == ["x", "y"]
        assert doc["documents"][0]["text"] == GOOD  # the first x, not the later ones
    else:
        graph = load_graph(folder)
        article_nodes = [d for _, d in graph.nodes(data=True) if d.get("kind") == "Article"]
        assert sorted(d["name"] for d in article_nodes) == ["x", "y"]
        x = next(d for d in article_nodes if d["name"] == "x")
        assert x["source"] == "batch.jsonl:1"  # relative to the folder the inputs share
        assert_complete_graph(folder, GOOD_NAMES, LEGACY_NAMES)


# ---------------------------------------------------------------------------
# Paths that give nothing


@pytest.mark.parametrize("command", ["extract", "build"])
def test_a_missing_path_and_a_folder_without_articles(tmp_path: Path, command: str) -> None:
    (tmp_path / "photos").mkdir()
    (tmp_path / "photos" / "p.png").write_bytes(PNG)
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    inputs = (tmp_path / "nope.txt", tmp_path / "photos", tmp_path / "good.txt")
    if command == "extract":
        result, doc = run_extract(tmp_path, *inputs)
        assert doc is not None and [d["id"] for d in doc["documents"]] == ["good"]
    else:
        result, folder = run_build(tmp_path, *inputs)
        assert_complete_graph(folder, GOOD_NAMES)
    assert result.exit_code == 1, result.output
    assert "no such file" in error_naming(result.output, str(tmp_path / "nope.txt"))
    assert "no .txt, .html, .jsonl, .json or .parquet articles" in error_naming(result.output, str(tmp_path / "photos"))


def test_extracting_nothing_but_a_missing_path_still_writes_a_whole_document(tmp_path: Path) -> None:
    result, doc = run_extract(tmp_path, tmp_path / "nope")
    assert result.exit_code == 1
    assert doc == {
        "format": "mou-graph/extraction",
        "version": doc["version"],
        "documents": [],
        "errors": [{"source": str(tmp_path / "nope"), "line": None, "reason": "no such file or folder"}],
    }


def test_a_build_in_which_every_input_failed_leaves_the_existing_graph_alone(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    result, folder = run_build(tmp_path, tmp_path / "good.txt")
    assert result.exit_code == 0, result.output
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    result, _ = run_build(tmp_path, tmp_path / "artciles")  # a typo
    assert result.exit_code == 1
    assert "no such file" in error_naming(result.output, str(tmp_path / "artciles"))
    assert {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()} == before


# ---------------------------------------------------------------------------
# Extraction JSON given to build (what `extract --format json` wrote, then edited or damaged)


def extraction_file(tmp_path: Path, edit: Callable[[dict], None]) -> Path:
    (tmp_path / "src.txt").write_text(GOOD, encoding="utf-8")
    result, doc = run_extract(tmp_path, tmp_path / "src.txt")
    assert result.exit_code == 0 and doc is not None
    edit(doc)
    path = tmp_path / "extraction.json"
    path.write_text(json.dumps(doc), encoding="utf-8")  # ASCII: a lone surrogate stays an escape
    return path


def test_a_damaged_extraction_json_is_named_and_the_rest_built(tmp_path: Path) -> None:
    def damage(doc: dict) -> None:
        doc["documents"][0]["entities"][0]["kind"] = "Company"

    path = extraction_file(tmp_path, damage)
    (tmp_path / "other.txt").write_text(LEGACY, encoding="utf-8")
    result, folder = run_build(tmp_path, path, tmp_path / "other.txt")
    assert result.exit_code == 1, result.output
    assert "Company" in error_naming(result.output, str(path))
    assert_complete_graph(folder, LEGACY_NAMES)


def test_a_lone_surrogate_in_an_extraction_json_does_not_sink_the_build(tmp_path: Path) -> None:
    def poison(doc: dict) -> None:
        doc["documents"][0]["entities"][0]["name"] += "\ud800"

    path = extraction_file(tmp_path, poison)
    result, folder = run_build(tmp_path, path)
    assert result.exit_code in (0, 1), result.output
    assert_complete_graph(folder, GOOD_NAMES - {"포항시"})


# ---------------------------------------------------------------------------
# A 50 MB article


@pytest.fixture(scope="module")
def huge(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("huge")
    line = (GOOD + "\n").encode()
    with (folder / "huge.txt").open("wb") as fh:
        fh.write(line * (50_000_000 // len(line)))
    (folder / "huge.jsonl").write_text(
        jsonl({"id": "huge-line", "text": GOOD * (50_000_000 // len(line))}, {"id": "small", "text": LEGACY})
    )
    (folder / "good.txt").write_text(LEGACY, encoding="utf-8")
    return folder


@pytest.mark.parametrize("command", ["extract", "build"])
def test_a_50_mb_article_is_reported_quickly_and_the_rest_processed(huge: Path, tmp_path: Path, command: str) -> None:
    assert (huge / "huge.txt").stat().st_size > 49_000_000
    started = time.monotonic()
    inputs = (huge / "huge.txt", huge / "huge.jsonl", huge / "good.txt")
    if command == "extract":
        result, doc = run_extract(tmp_path, *inputs)
        assert doc is not None and [d["id"] for d in doc["documents"]] == ["small", "good"]
    else:
        result, folder = run_build(tmp_path, *inputs)
        assert_complete_graph(folder, LEGACY_NAMES)
    elapsed = time.monotonic() - started
    assert result.exit_code == 1, result.output
    for where in (str(huge / "huge.txt"), f"{huge / 'huge.jsonl'}:1"):
        message = error_naming(result.output, where)
        assert "article too long" in message and "limit 2000000" in message
    assert elapsed < 60, elapsed  # read once and refused: no extraction of 20 million characters


# ---------------------------------------------------------------------------
# An article the extractor fails on, and an interrupted run


def test_an_article_the_extractor_fails_on_is_named_and_the_rest_extracted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mou_graph.extract import pipeline

    real = pipeline.extract_article

    def fragile(article, *args, **kwargs):  # a bug the input triggers
        if "구미시" in article.text:
            raise IndexError("string index out of range")
        return real(article, *args, **kwargs)

    monkeypatch.setattr(pipeline, "extract_article", fragile)
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(LEGACY, encoding="utf-8")
    result, doc = run_extract(tmp_path, tmp_path / "a.txt", tmp_path / "b.txt")
    assert result.exit_code == 1
    message = error_naming(result.output, str(tmp_path / "b.txt"))
    assert "extraction failed" in message and "IndexError" in message
    assert doc is not None and [d["id"] for d in doc["documents"]] == ["a"]


@pytest.mark.parametrize("command", ["extract", "build"])
def test_an_interrupted_run_leaves_the_old_output_whole_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    from mou_graph.extract import pipeline

    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(LEGACY, encoding="utf-8")
    if command == "extract":
        result, old = run_extract(tmp_path, tmp_path / "a.txt")
    else:
        result, folder = run_build(tmp_path, tmp_path / "a.txt")
    assert result.exit_code == 0, result.output
    output = tmp_path / "out.json" if command == "extract" else tmp_path / "graph"
    before = {p: p.read_bytes() for p in [output, *output.rglob("*")] if p.is_file()}

    real = pipeline.extract_article

    def interrupted(article, *args, **kwargs):  # Ctrl-C on the second article
        if article.id == "b":
            raise KeyboardInterrupt
        return real(article, *args, **kwargs)

    monkeypatch.setattr(pipeline, "extract_article", interrupted)
    if command == "extract":
        result, _ = run_extract(tmp_path, tmp_path / "a.txt", tmp_path / "b.txt")
    else:
        result, _ = run_build(tmp_path, tmp_path / "a.txt", tmp_path / "b.txt")
    assert result.exit_code != 0
    assert {p: p.read_bytes() for p in [output, *output.rglob("*")] if p.is_file()} == before
    assert leftovers(tmp_path) == []


def test_an_interrupt_while_writing_the_views_leaves_every_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mou_graph.views import html as html_view

    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(LEGACY, encoding="utf-8")
    result, folder = run_build(tmp_path, tmp_path / "a.txt")
    assert result.exit_code == 0, result.output
    old_html = (folder / "graph.html").read_bytes()

    def interrupted(*args: object, **kwargs: object) -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr(html_view, "render_html", interrupted)
    result, _ = run_build(tmp_path, tmp_path / "a.txt", tmp_path / "b.txt")
    assert result.exit_code != 0
    assert (folder / "graph.html").read_bytes() == old_html  # the old page, whole
    load_graph(folder)  # graph.json and meta.json: each whole and readable
    assert leftovers(tmp_path) == []


def test_two_workers_report_the_same_errors_in_input_order(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(GOOD, encoding="utf-8")
    (src / "b.txt").write_bytes(PNG)
    (src / "c.jsonl").write_text(jsonl({"id": "c1", "text": LEGACY}, "{broken", {"id": "c3"}))
    one, doc1 = run_extract(tmp_path, src)
    two, doc2 = run_extract(tmp_path, src, extra=("--workers", "2"))
    assert one.exit_code == two.exit_code == 1
    assert error_lines(one.output) == error_lines(two.output)
    assert doc1 == doc2 and [d["id"] for d in doc2["documents"]] == ["a", "c1"]  # type: ignore[index]


# ---------------------------------------------------------------------------
# Output that cannot be written: exit 2, one line naming the place, nothing left behind


def a_file(tmp_path: Path) -> Path:
    blocker = tmp_path / "notes.txt"
    blocker.write_text("a file, not a folder")
    return blocker


# A place even root cannot write to: under a regular file, or in /proc.
UNWRITABLE: dict[str, Callable[[Path], Path]] = {
    "under a file": lambda tmp: a_file(tmp) / "out",
    "in /proc": lambda tmp: Path("/proc/self/mou-graph-test-out"),
}


@pytest.mark.parametrize("place", list(UNWRITABLE))
def test_extract_json_to_an_unwritable_place(tmp_path: Path, place: str) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    target = UNWRITABLE[place](tmp_path) / "out.json"
    result = runner.invoke(app, ["extract", str(tmp_path / "a.txt"), "-f", "json", "-o", str(target)])
    assert result.exit_code == 2, result.output
    [line] = error_lines(result.output)
    assert "cannot write" in line and str(target.parent) in line
    assert not target.exists() and leftovers(tmp_path) == []


def test_extract_text_summary_to_an_unwritable_place(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    target = a_file(tmp_path) / "summary.txt"
    result = runner.invoke(app, ["extract", str(tmp_path / "a.txt"), "-o", str(target)])
    assert result.exit_code == 2, result.output
    assert "cannot write" in result.output and str(target.parent) in result.output


@pytest.mark.parametrize("place", list(UNWRITABLE))
def test_build_into_an_unwritable_place(tmp_path: Path, place: str) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    target = UNWRITABLE[place](tmp_path) / "graph"
    result = runner.invoke(app, ["build", str(tmp_path / "a.txt"), "--out", str(target), "-q"])
    assert result.exit_code == 2, result.output
    [line] = error_lines(result.output)
    assert "cannot write" in line and str(target) in line
    assert not target.exists() and leftovers(tmp_path) == []


def test_build_where_a_view_file_is_a_folder(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    folder = tmp_path / "graph"
    (folder / "graph.html").mkdir(parents=True)  # something in the way of one of the files
    result = runner.invoke(app, ["build", str(tmp_path / "a.txt"), "--out", str(folder), "-q"])
    assert result.exit_code == 2, result.output
    [line] = error_lines(result.output)
    assert str(folder / "graph.html") in line and "folder" in line
    assert (folder / "graph.html").is_dir() and leftovers(tmp_path) == []


# ---------------------------------------------------------------------------
# Graph folders that are missing or from another version


def old_graph_folder(tmp_path: Path) -> Path:
    """A graph folder as an older mou-graph wrote it (format version 0)."""
    folder = tmp_path / "old"
    folder.mkdir()
    (folder / "meta.json").write_text(json.dumps({"format": "mou-graph", "version": 0}))
    (folder / "graph.json").write_text(
        json.dumps({"directed": True, "multigraph": True, "graph": {}, "nodes": [], "edges": []})
    )
    return folder


GRAPH_COMMANDS: dict[str, Callable[[Path, Path], list[str]]] = {
    "build --into": lambda folder, article: ["build", str(article), "--into", str(folder), "-q"],
    "stats": lambda folder, article: ["stats", str(folder)],
    "query": lambda folder, article: ["query", "positions", "--graph", str(folder)],
    "load --dry-run": lambda folder, article: ["load", str(folder), "--dry-run"],
}


@pytest.mark.parametrize("command", list(GRAPH_COMMANDS))
def test_a_graph_folder_from_an_older_version_is_refused_with_a_rebuild_hint(tmp_path: Path, command: str) -> None:
    folder = old_graph_folder(tmp_path)
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    result = runner.invoke(app, GRAPH_COMMANDS[command](folder, tmp_path / "a.txt"))
    assert result.exit_code == 2, result.output
    [line] = error_lines(result.output)
    assert "meta.json" in line and "version 0" in line and "rebuild" in line
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before  # nothing written, no cache made


@pytest.mark.parametrize("command", list(GRAPH_COMMANDS))
def test_a_missing_graph_folder_is_one_line_naming_it(tmp_path: Path, command: str) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    folder = tmp_path / "no-such-graph"
    result = runner.invoke(app, GRAPH_COMMANDS[command](folder, tmp_path / "a.txt"))
    assert result.exit_code == 2, result.output
    [line] = error_lines(result.output)
    assert str(folder) in line and "no graph here" in line
    assert not folder.exists()


def test_a_graph_folder_with_broken_meta_json(tmp_path: Path) -> None:
    folder = old_graph_folder(tmp_path)
    (folder / "meta.json").write_text('{"format": "mou-graph", "vers')  # cut off
    result = runner.invoke(app, ["stats", str(folder)])
    assert result.exit_code == 2
    [line] = error_lines(result.output)
    assert "meta.json" in line and "not valid JSON" in line


def test_the_unwritable_places_fail_for_root_too(tmp_path: Path) -> None:
    """The unwritable places above fail for root too (these tests run as root in CI)."""
    blocker = a_file(tmp_path)
    with pytest.raises(OSError):
        (blocker / "x").mkdir()
    with pytest.raises(OSError):
        os.mkdir("/proc/self/mou-graph-test-out")
