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
import json
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from charset_normalizer import from_bytes

from ..model import Article, InputError

SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".json")
EXPECTED = ".txt, .html, .jsonl or .json"
MAX_CHARS = 2_000_000
# trafilatura takes ~1.5 s a megabyte; a page this many times larger than `max_chars` is refused.
HTML_PAGE_FACTOR = 5
# How much of a file decides its encoding (the rest must then decode with it).
SNIFF_BYTES = 65_536

NOT_TEXT = "not text (binary data, e.g. an image)"
UNDECODABLE = "not text (binary data, e.g. an image, or an encoding other than UTF-8, CP949 and EUC-KR)"
EMPTY = "empty article"
NO_TEXT_FIELD = 'no "text" field'

_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive, e.g. .docx, .hwpx or .xlsx"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an OLE document, e.g. .hwp, .doc or .xls"),
    (b"\x1f\x8b", "a gzip archive"),
)
_UTF16_BOMS = ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_TEXT_CONTROLS = frozenset("\t\n\r\x0b\x0c")
_HANGUL = re.compile("[\uac00-\ud7a3]")
_SURROGATE = re.compile("[\ud800-\udfff]")


class ReadError(Exception):
    """Why one article cannot be read (the reason of an `InputError`)."""


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
# Decoding


def _binary_kind(data: bytes) -> str | None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return f"not text (binary data: {what})"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "not text (binary data: a WebP image)"
    return None


def _decodes(data: bytes, encoding: str, final: bool) -> str | None:
    """`data` decoded strictly, or None; a character cut off at the end is fine unless `final`."""
    try:
        return codecs.getincrementaldecoder(encoding)("strict").decode(data, final=final)
    except (UnicodeDecodeError, LookupError):
        return None


def _looks_like_text(text: str) -> bool:
    """No more than 1 % control, unassigned, private-use characters or U+FFFD."""
    bad = sum(
        1
        for ch in text
        if ch == "\ufffd" or (unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs") and ch not in _TEXT_CONTROLS)
    )
    return bad * 100 <= len(text)


def _is_korean(text: str) -> bool:
    """Text as CP949 decodes Korean: Hangul (a third of what is not ASCII, at least: Hanja and
    symbols are the rest), and nearly all of it in KS X 1001 (the EUC-KR set, both bytes 0xA1
    or above). Other bytes read as CP949 land in its extension syllables (Shift-JIS kana,
    Windows-1252 quotes) or mostly in Hanja (Big5). GB2312 Chinese can pass for Korean."""
    counts = Counter(ch for ch in text if ch >= "\x80")
    total = sum(counts.values())
    if sum(n for ch, n in counts.items() if "\uac00" <= ch <= "\ud7a3") < 0.3 * total:
        return False
    common = 0
    for ch, n in counts.items():
        try:
            encoded = ch.encode("cp949")
        except UnicodeEncodeError:
            continue
        if len(encoded) == 2 and encoded[0] >= 0xA1 and encoded[1] >= 0xA1:
            common += n
    return common >= 0.9 * total


def _head(data: bytes) -> bytes:
    """The first ~64 KB, cut after a line break when there is one."""
    if len(data) <= SNIFF_BYTES:
        return data
    head = data[:SNIFF_BYTES]
    cut = head.rfind(b"\n")
    return head[: cut + 1] if cut > 0 else head


def detect_encoding(sample: bytes, final: bool = True) -> str | None:
    """The encoding of ASCII-compatible bytes (no BOM): strict UTF-8 first, then CP949 when it
    reads as Korean (charset-normalizer takes short Korean texts for Big5 or Arabic code pages),
    then charset-normalizer's guesses that decode cleanly and look like text. `final=False`
    when `sample` is the start of something longer."""
    text = _decodes(sample, "utf-8", final)
    if text is not None:
        return "utf-8" if _looks_like_text(text) else None
    text = _decodes(sample, "cp949", final)
    if text is not None and _is_korean(text) and _looks_like_text(text):
        return "cp949"  # a superset of EUC-KR: EUC-KR bytes decode to the same text
    for match in from_bytes(sample):
        if match.encoding in ("cp949", "euc_kr") or match.encoding.startswith(("utf_16", "utf_32")):
            continue  # not Korean by the test above (short Shift-JIS can look it); no NUL bytes: not UTF-16
        text = _decodes(sample, match.encoding, final)
        if text is not None and _looks_like_text(text):
            return match.encoding
    return None


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def decode(data: bytes) -> str:
    """The text of a whole file; `ReadError` when it is binary or cannot be decoded."""
    if kind := _binary_kind(data[:16]):
        raise ReadError(kind)
    for bom, encoding in _UTF16_BOMS:
        if data.startswith(bom):
            text = _decodes(data[len(bom) :], encoding, True)
            if text is None or not _looks_like_text(text[:SNIFF_BYTES]):
                raise ReadError(UNDECODABLE)
            return _newlines(text)
    if b"\x00" in data:
        raise ReadError(NOT_TEXT)
    body = data[len(codecs.BOM_UTF8) :] if data.startswith(codecs.BOM_UTF8) else data
    head = _head(body)
    encoding = detect_encoding(head, final=len(head) == len(body) or head.endswith(b"\n"))
    text = _decodes(body, encoding, True) if encoding else None
    if text is None and len(head) < len(body):  # the start was not representative: look at all of it
        encoding = detect_encoding(body)
        text = _decodes(body, encoding, True) if encoding else None
    if text is None:
        raise ReadError(UNDECODABLE)
    return _newlines(text)


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
    return value.strip() or None if isinstance(value, str) else None


def _article(data: Any, default_id: str, source: str, max_chars: int) -> Article:
    if not isinstance(data, dict):
        raise ReadError(f"{NO_TEXT_FIELD} ({_json_type(data)}, not an object)")
    if "text" not in data:
        raise ReadError(NO_TEXT_FIELD)
    text = data["text"]
    if not isinstance(text, str):
        raise ReadError(f'{NO_TEXT_FIELD} ("text" is {_json_type(text)}, not a string)')
    if _SURROGATE.search(text):  # a lone "\ud800" escape in JSON: not Unicode, and not writable as UTF-8
        text = _SURROGATE.sub("\ufffd", text)
    text = _newlines(text)
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
class _File:
    path: Path
    id_base: str = ""  # the id of its article, or the prefix of its articles' ids


def _html(path: Path, page: str, base: str, max_chars: int) -> Article:
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
    return _article(data, base, str(path), max_chars)


def _json(path: Path, raw: str, base: str, max_chars: int) -> Iterator[Item]:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        hint = " (one object a line? Name the file .jsonl)" if exc.msg == "Extra data" else ""
        yield InputError(str(path), f"not valid JSON: {exc}{hint}"), None, ""
        return
    if not isinstance(data, list):
        yield _article(data, base, str(path), max_chars), None, str(path)
        return
    if not data:
        yield InputError(str(path), "no articles in this JSON list"), None, ""
    for n, item in enumerate(data, start=1):
        try:
            yield _article(item, f"{base}:{n}", str(path), max_chars), None, f"{path} item {n}"
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


def _jsonl(path: Path, base: str, max_chars: int) -> Iterator[Item]:
    where = str(path)
    with path.open("rb") as fh:
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
            try:
                yield _article(data, f"{base}:{number}", f"{where}:{number}", max_chars), number, f"{where}:{number}"
            except ReadError as exc:
                yield InputError(where, str(exc), number), number, ""
        if not seen_any:
            yield InputError(where, EMPTY), None, ""


def _read_file(file: _File, max_chars: int) -> Iterator[Item]:
    path, where = file.path, str(file.path)
    suffix = path.suffix.lower()
    try:
        if suffix == ".jsonl":
            yield from _jsonl(path, file.id_base, max_chars)
            return
        raw = decode(path.read_bytes())
        if not raw.strip():
            raise ReadError(EMPTY)
        if suffix in (".html", ".htm"):
            yield _html(path, raw, file.id_base, max_chars), None, where
        elif suffix == ".json":
            yield from _json(path, raw, file.id_base, max_chars)
        else:
            yield _article({"text": raw}, file.id_base, where, max_chars), None, where
    except ReadError as exc:
        yield InputError(where, str(exc)), None, ""
    except IsADirectoryError:
        yield InputError(where, "a folder, not a file"), None, ""
    except OSError as exc:
        yield InputError(where, f"cannot read: {exc.strerror or exc}"), None, ""


# ---------------------------------------------------------------------------
# Paths


def _folder_files(folder: Path, errors: list[InputError]) -> list[_File]:
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
    return [_File(path) for _, path in found]


def _assign_ids(files: list[_File], roots: list[Path]) -> None:
    """Each file's id (the prefix of its articles' ids for .jsonl and JSON lists): its stem,
    unless another file in the batch has the same stem; then its path without the extension,
    relative to the folder given (to the folder the given paths share, when there are several),
    or with the extension if that is shared too (a.txt and a.html). A file given twice counts
    once: its second reading is reported as a duplicate."""
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


def read_inputs(
    paths: Iterable[str | Path] | str | Path, *, max_chars: int = MAX_CHARS
) -> Iterator[Article | InputError]:
    """Every article under `paths`, in order (a folder recursively, sorted), one at a time,
    with an `InputError` in place of each thing that cannot be read.

    Files: .txt (one article), .html/.htm (the main text), .jsonl (one article a line), .json
    (an article object or a list of them). An article longer than `max_chars` characters is
    reported instead of read.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    plan: list[InputError | _File] = []
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
            if path.suffix.lower() in SUFFIXES:
                plan.append(_File(path))
                roots.append(path.parent)
            else:
                plan.append(
                    InputError(
                        str(path), f"unsupported file type {path.suffix.lower() or '(none)'}: expected {EXPECTED}"
                    )
                )
        else:
            plan.append(InputError(str(path), "no such file or folder"))
    _assign_ids([f for f in plan if isinstance(f, _File)], roots)

    seen: dict[str, str] = {}
    for step in plan:
        if isinstance(step, InputError):
            yield step
            continue
        for item, line, where in _read_file(step, max_chars):
            if isinstance(item, Article):
                if item.id in seen:
                    yield InputError(str(step.path), f"duplicate id '{item.id}' (first seen at {seen[item.id]})", line)
                    continue
                seen[item.id] = where
            yield item
