"""The read stage: files and folders in, Articles (or errors naming file, line and reason) out.

`read_inputs` streams one article at a time, so a large JSON Lines file is never held in
memory, and yields an `InputError` in place of anything it cannot read, then goes on.

Text is decoded (UTF-8 with or without a BOM, CP949 and EUC-KR without any marker, other
encodings as charset-normalizer finds them) and otherwise left exactly as it was, apart from
`\\r\\n` and `\\r` becoming `\\n`, so offsets index the text as read. HTML pages are reduced to
their main text by trafilatura.
"""

from __future__ import annotations

import codecs
import io
import json
import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from ..model import Article, InputError, replace_surrogates
from .decode import (
    _UTF16_BOMS,
    NOT_TEXT,
    SNIFF_BYTES,
    UNDECODABLE,
    ReadError,
    _binary_kind,
    _decodes,
    _head,
    _newlines,
    decode,
    detect_encoding,
)

SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".json", ".parquet")
EXPECTED = ".txt, .html, .jsonl, .json or .parquet"
MAX_CHARS = 2_000_000
# trafilatura takes ~1.5 s a megabyte; a page this many times larger than `max_chars` is refused.
HTML_PAGE_FACTOR = 5

EMPTY = "empty article"
NO_TEXT_FIELD = 'no "text" field'

_HANGUL = re.compile("[\uac00-\ud7a3]")
TOO_DEEP = "JSON nested too deeply to read"


# ---------------------------------------------------------------------------
# Language, dates


def detect_language(text: str) -> str:
    """Returns "ko" when Hangul syllables are a meaningful share (30 %) of the letters, else "en"."""
    sample = text[:20_000]
    hangul = len(_HANGUL.findall(sample))
    if not hangul:
        return "en"
    letters = sum(1 for ch in sample if ch.isalpha())
    return "ko" if hangul >= 0.3 * letters else "en"


def _language(value: Any, text: str) -> str:
    """The language the input gives ("ko-KR" → "ko", "Korean" → "ko"), or the one detected."""
    if isinstance(value, str) and value.strip():
        tag = re.split(r"[-_\s]", value.strip().lower(), maxsplit=1)[0]
        return {"korean": "ko", "kor": "ko", "한국어": "ko", "english": "en", "eng": "en"}.get(tag, tag)
    return detect_language(text)


_DATES = (
    re.compile(r"(?<!\d)(\d{4})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})(?!\d)"),  # 2024-02-22, 2024.02.22, 2024. 2. 22
    re.compile(r"(?<!\d)(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일"),  # 2024년 2월 22일
    re.compile(r"(?<!\d)(\d{4})(\d{2})(\d{2})(?:\d{4}|\d{6})?(?!\d)"),  # 20240222, 20240222163900
)


def normalise_date(value: Any) -> str | None:
    """`YYYY-MM-DD` for a date as news data writes it, else None (never raises).

    The date is the one written, in the writer's time zone: 2024-02-22T23:39:00-05:00 is 2024-02-22.
    """
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    for pattern in _DATES:
        m = pattern.search(value)
        if m:
            try:
                day = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                continue
            if 1900 <= day.year <= 2100:
                return day.isoformat()
    try:  # "Thu, 22 Feb 2024 16:39:00 +0900" (RSS)
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


# ---------------------------------------------------------------------------
# One article from a mapping (a JSON object, or what was read from a file)


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return "a string"


def _meta(value: Any) -> str | None:
    """A metadata string (title, url, outlet), lone surrogates replaced as in the text."""
    if not isinstance(value, str):
        return None
    return replace_surrogates(value).strip() or None


def _article(data: Any, default_id: str, source: str, max_chars: int) -> Article:
    if not isinstance(data, dict):
        raise ReadError(f"{NO_TEXT_FIELD} ({_json_type(data)}, not an object)")
    if "text" not in data:
        raise ReadError(NO_TEXT_FIELD)
    text = data["text"]
    if not isinstance(text, str):
        raise ReadError(f'{NO_TEXT_FIELD} ("text" is {_json_type(text)}, not a string)')
    text = _newlines(replace_surrogates(text))
    if not text.strip():
        raise ReadError(EMPTY)
    if len(text) > max_chars:
        raise ReadError(f"article too long ({len(text)} characters; limit {max_chars})")
    raw_id = data.get("id")
    if raw_id is None or raw_id == "":
        article_id = default_id
    elif isinstance(raw_id, str) or (isinstance(raw_id, int) and not isinstance(raw_id, bool)):
        article_id = str(raw_id)
    else:
        raise ReadError(f'"id" is {_json_type(raw_id)}: expected a string or a number')
    return Article(
        id=article_id,
        text=text,
        url=_meta(data.get("url")),
        title=_meta(data.get("title")),
        published=normalise_date(data.get("published")),
        outlet=_meta(data.get("outlet")),
        language=_language(data.get("language"), text),
        source=source,
    )


# ---------------------------------------------------------------------------
# Files. Each reader yields (item, line, where): the JSONL line (else None), and where the
# item is for a later duplicate's "first seen at".

Item = tuple[Article | InputError, int | None, str]


@dataclass
class InputFile:
    """One file to read: where it is, and the id of its article (the prefix of its articles'
    ids for .jsonl, .parquet and JSON lists), unique among the files read together."""

    path: Path
    id_base: str = ""
    shown: str = ""  # its articles' `source`: the path relative to the folder named (`assign_ids`)

    @property
    def source(self) -> str:
        """Where its articles say they were read: relative to what the user named, so an
        extraction or a graph that is shared never carries the user's local folders; errors
        keep the path as given, which is what the user can open."""
        return self.shown or str(self.path)


def _html(page: str, base: str, source: str, max_chars: int) -> Article:
    import trafilatura

    limit = HTML_PAGE_FACTOR * max_chars
    if len(page) > limit:
        raise ReadError(f"HTML page too large ({len(page)} characters; limit {limit})")
    try:
        text = trafilatura.extract(page, include_comments=False)
        meta = trafilatura.extract_metadata(page)
    except Exception as exc:  # trafilatura on a malformed page: report it, go on
        raise ReadError(f"no article text found in this HTML page ({type(exc).__name__}: {exc})") from exc
    if not text or not text.strip():
        raise ReadError("no article text found in this HTML page")
    data: dict[str, Any] = {"text": text}
    if meta is not None:
        data |= {"title": meta.title, "url": meta.url, "published": meta.date, "outlet": meta.sitename}
    return _article(data, base, source, max_chars)


def _json(path: Path, raw: str, base: str, source: str, max_chars: int) -> Iterator[Item]:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        hint = " (one object a line? Name the file .jsonl)" if exc.msg == "Extra data" else ""
        yield InputError(str(path), f"not valid JSON: {exc}{hint}"), None, ""
        return
    except RecursionError:
        yield InputError(str(path), TOO_DEEP), None, ""
        return
    if not isinstance(data, list):
        yield _article(data, base, source, max_chars), None, str(path)
        return
    if not data:
        yield InputError(str(path), "no articles in this JSON list"), None, ""
    for n, item in enumerate(data, start=1):
        try:
            yield _article(item, f"{base}:{n}", source, max_chars), None, f"{path} item {n}"
        except ReadError as exc:
            yield InputError(str(path), f"item {n}: {exc}"), None, ""


def _decode_line(raw: bytes, encoding: str | None) -> str | None:
    """One JSON line: UTF-8 when it is valid UTF-8, else the file's encoding, else whatever
    this line alone is (a line pasted in from elsewhere)."""
    for candidate in ("utf-8", encoding):
        if candidate and (text := _decodes(raw, candidate, True)) is not None:
            return text
    if b"\x00" in raw:
        return None
    other = detect_encoding(raw)
    return _decodes(raw, other, True) if other else None


def _parquet(path: Path, data: bytes | None, base: str, source: str, max_chars: int) -> Iterator[Item]:
    """One article a row, read a row group at a time (a large file is never held whole)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    where = str(path)
    try:
        table = pq.ParquetFile(pa.BufferReader(data) if data is not None else path)
        batches = table.iter_batches(batch_size=256)
        number = 0
        for batch in batches:
            for row in batch.to_pylist():
                number += 1
                row = {k: v.isoformat() if isinstance(v, date) else v for k, v in row.items()}
                try:
                    yield (
                        _article(row, f"{base}:{number}", f"{source}:{number}", max_chars),
                        number,
                        f"{where}:{number}",
                    )
                except ReadError as exc:
                    yield InputError(where, str(exc), number), number, ""
    except (pa.ArrowException, OSError) as exc:
        yield InputError(where, f"not a readable Parquet file: {exc}"), None, ""
        return
    if number == 0:
        yield InputError(where, EMPTY), None, ""


def _jsonl(path: Path, data: bytes | None, base: str, source: str, max_chars: int) -> Iterator[Item]:
    where = str(path)
    with path.open("rb") if data is None else io.BytesIO(data) as fh:
        head = fh.read(SNIFF_BYTES)
        if kind := _binary_kind(head[:16]):
            yield InputError(where, kind), None, ""
            return
        if any(head.startswith(bom) for bom, _ in _UTF16_BOMS):
            yield InputError(where, "UTF-16 JSON Lines: save the file as UTF-8"), None, ""
            return
        if b"\x00" in head:
            yield InputError(where, NOT_TEXT), None, ""
            return
        bom = len(codecs.BOM_UTF8) if head.startswith(codecs.BOM_UTF8) else 0
        sample = _head(head[bom:])
        encoding = detect_encoding(sample, final=len(head) < SNIFF_BYTES or sample.endswith(b"\n"))
        fh.seek(bom)
        seen_any = False
        for number, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            seen_any = True
            line = _decode_line(raw, encoding)
            if line is None:
                yield InputError(where, NOT_TEXT if b"\x00" in raw else UNDECODABLE, number), number, ""
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                yield InputError(where, f"not valid JSON: {exc.msg} (column {exc.colno})", number), number, ""
                continue
            except RecursionError:
                yield InputError(where, TOO_DEEP, number), number, ""
                continue
            try:
                yield _article(data, f"{base}:{number}", f"{source}:{number}", max_chars), number, f"{where}:{number}"
            except ReadError as exc:
                yield InputError(where, str(exc), number), number, ""
        if not seen_any:
            yield InputError(where, EMPTY), None, ""


def _read_file(file: InputFile, max_chars: int, data: bytes | None = None) -> Iterator[Item]:
    path, where = file.path, str(file.path)
    suffix = path.suffix.lower()
    try:
        if suffix == ".jsonl":
            yield from _jsonl(path, data, file.id_base, file.source, max_chars)
            return
        if suffix == ".parquet":
            yield from _parquet(path, data, file.id_base, file.source, max_chars)
            return
        raw = decode(path.read_bytes() if data is None else data)
        if not raw.strip():
            raise ReadError(EMPTY)
        if suffix in (".html", ".htm"):
            yield _html(raw, file.id_base, file.source, max_chars), None, where
        elif suffix == ".json":
            yield from _json(path, raw, file.id_base, file.source, max_chars)
        else:
            yield _article({"text": raw}, file.id_base, file.source, max_chars), None, where
    except ReadError as exc:
        yield InputError(where, str(exc)), None, ""
    except IsADirectoryError:
        yield InputError(where, "a folder, not a file"), None, ""
    except OSError as exc:
        yield InputError(where, f"cannot read: {exc.strerror or exc}"), None, ""


# ---------------------------------------------------------------------------
# Paths


def _folder_files(folder: Path, errors: list[InputError]) -> list[InputFile]:
    """Every article file under `folder`, recursively, hidden files and folders skipped,
    sorted by relative path."""
    found: list[tuple[tuple[str, ...], Path]] = []

    def unreadable(exc: OSError) -> None:
        errors.append(InputError(str(exc.filename or folder), f"cannot read this folder: {exc.strerror or exc}"))

    for root, dirs, names in os.walk(folder, onerror=unreadable):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            if name.startswith(".") or not name.lower().endswith(SUFFIXES):
                continue
            path = Path(root, name)
            if path.is_file():
                found.append((path.relative_to(folder).parts, path))
    found.sort()
    return [InputFile(path) for _, path in found]


def assign_ids(files: list[InputFile], roots: list[Path]) -> None:
    """Each file's id (the prefix of its articles' ids for .jsonl and JSON lists): its stem,
    unless another file in the batch has the same stem; then its path without the extension,
    relative to the folder given (to the folder the given paths share, when there are several),
    or with the extension if that is shared too (a.txt and a.html). A file given twice counts
    once: its second reading is reported as a duplicate. And the path its articles show
    (`InputFile.source`), relative to that same folder."""
    try:
        top = os.path.commonpath([os.path.abspath(r) for r in roots]) if roots else ""
    except ValueError:  # paths on different drives
        top = ""
    unique: dict[str, Path] = {}
    for f in files:
        unique.setdefault(os.path.abspath(f.path), f.path)
    by_stem: dict[str, list[str]] = {}
    for absolute, path in unique.items():
        by_stem.setdefault(path.stem, []).append(absolute)
    ids: dict[str, str] = {}
    for stem, group in by_stem.items():
        if len(group) == 1:
            ids[group[0]] = stem
            continue
        rel = {a: Path(os.path.relpath(a, top) if top else a).as_posix() for a in group}
        without = Counter(r.rsplit(".", 1)[0] for r in rel.values())
        for a, r in rel.items():
            ids[a] = r.rsplit(".", 1)[0] if without[r.rsplit(".", 1)[0]] == 1 else r
    for f in files:
        f.id_base = ids[os.path.abspath(f.path)]
        f.shown = _shown(os.path.abspath(f.path), top)


def _shown(absolute: str, top: str) -> str:
    """A file's path as its articles show it: relative to `top` (the folder named, or the one
    the named paths share); its name alone when there is no such folder."""
    rel = os.path.relpath(absolute, top) if top else ""
    if not rel or os.path.isabs(rel) or ".." in Path(rel).parts:
        return Path(absolute).name
    return Path(rel).as_posix()


def plan_inputs(paths: Iterable[str | Path] | str | Path) -> list[InputError | InputFile]:
    """The files under `paths` to read, in order (a folder recursively, sorted), each with its
    id; an `InputError` in place of each path that cannot be read. Nothing is read yet."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    plan: list[InputError | InputFile] = []
    roots: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            roots.append(path)
            errors: list[InputError] = []
            files = _folder_files(path, errors)
            plan.extend(errors)
            if files:
                plan.extend(files)
            elif not errors:
                plan.append(InputError(str(path), f"no {EXPECTED} articles in this folder"))
        elif path.exists():
            if not path.is_file():  # a FIFO, socket or device: reading it could wait forever
                plan.append(InputError(str(path), "not a regular file (a pipe, socket or device)"))
            elif path.suffix.lower() in SUFFIXES:
                plan.append(InputFile(path))
                roots.append(path.parent)
            else:
                plan.append(
                    InputError(
                        str(path), f"unsupported file type {path.suffix.lower() or '(none)'}: expected {EXPECTED}"
                    )
                )
        else:
            plan.append(InputError(str(path), "no such file or folder"))
    assign_ids([f for f in plan if isinstance(f, InputFile)], roots)
    return plan


def read_file(
    file: InputFile,
    data: bytes | None = None,
    *,
    max_chars: int = MAX_CHARS,
    seen: dict[str, str] | None = None,
) -> Iterator[Article | InputError]:
    """The articles of one planned file, read from `data` when given (its bytes, fetched by
    someone else: a Ray reader) or else from its path; an id already in `seen` (id → where it
    was first seen, filled in as it goes) is reported as a duplicate."""
    seen = {} if seen is None else seen
    for item, line, where in _read_file(file, max_chars, data):
        if isinstance(item, Article):
            if item.id in seen:
                yield InputError(str(file.path), f"duplicate id '{item.id}' (first seen at {seen[item.id]})", line)
                continue
            seen[item.id] = where
            item.path = str(file.path) if line is None else f"{file.path}:{line}"
        yield item


def read_inputs(
    paths: Iterable[str | Path] | str | Path, *, max_chars: int = MAX_CHARS
) -> Iterator[Article | InputError]:
    """Every article under `paths`, in order (a folder recursively, sorted), one at a time,
    with an `InputError` in place of each thing that cannot be read.

    Files: .txt (one article), .html/.htm (the main text), .jsonl (one article a line), .json
    (an article object or a list of them), .parquet (one article a row, its columns the JSON
    Lines fields; `line` in an error is the row's number). An article longer than `max_chars`
    characters is reported instead of read.
    """
    seen: dict[str, str] = {}
    for step in plan_inputs(paths):
        if isinstance(step, InputError):
            yield step
        else:
            yield from read_file(step, max_chars=max_chars, seen=seen)
