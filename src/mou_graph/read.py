"""The read stage: files and folders in, Articles (or errors naming file, line and reason) out.

Streams one article at a time, so a large JSON Lines file is never held in memory. Text is
decoded (UTF-8, or CP949/EUC-KR detected by charset-normalizer) and never otherwise altered,
so offsets index the text as read; HTML is reduced to its main text by trafilatura.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from charset_normalizer import from_bytes

from .model import Article, InputError

SUFFIXES = {".txt", ".html", ".htm", ".jsonl", ".json"}
MAX_CHARS = 2_000_000
_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive",
}


class ReadError(Exception):
    pass


def detect_language(text: str) -> str:
    hangul = len(re.findall(r"[가-힣]", text[:5000]))
    latin = len(re.findall(r"[A-Za-z]", text[:5000]))
    return "ko" if hangul >= max(20, latin * 0.2) or (hangul and not latin) else "en"


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM) first; otherwise what charset-normalizer finds (CP949, EUC-KR)."""
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise ReadError(f"not text ({what})")
    if b"\x00" in data[:65536]:
        raise ReadError("not text (binary data)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        best = from_bytes(data[:65536] if len(data) > 65536 else data).best()
        if best is None or best.encoding is None:
            raise ReadError("not text (undecodable bytes: neither UTF-8 nor a Korean encoding)") from None
        try:
            text = data.decode(best.encoding)
        except (UnicodeDecodeError, LookupError):
            try:
                text = data.decode("cp949")
            except UnicodeDecodeError:
                raise ReadError("not text (undecodable bytes: neither UTF-8 nor a Korean encoding)") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def normalise_date(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    m = re.search(r"((?:19|20)\d\d)[-./]?(\d{1,2})[-./]?(\d{1,2})", value)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
    except ValueError:
        return None


def _article(data: dict, default_id: str, source: str) -> Article:
    text = data.get("text")
    if not isinstance(text, str):
        raise ReadError('no "text" field' if text is None else '"text" is not a string')
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ReadError("empty article")
    if len(text) > MAX_CHARS:
        raise ReadError(f"article too long ({len(text)} characters; limit {MAX_CHARS})")
    raw_id = data.get("id")
    return Article(
        id=str(raw_id) if raw_id not in (None, "") else default_id,
        text=text,
        url=data.get("url") if isinstance(data.get("url"), str) else None,
        title=data.get("title") if isinstance(data.get("title"), str) else None,
        published=normalise_date(data.get("published")),
        outlet=data.get("outlet") if isinstance(data.get("outlet"), str) else None,
        language=data.get("language") or detect_language(text),
        source=source,
    )


def _html(path: Path, raw: str) -> Article:
    import trafilatura

    text = trafilatura.extract(raw, include_comments=False, include_tables=False, favor_recall=True)
    if not text or not text.strip():
        raise ReadError("no article text found in this HTML page")
    meta = trafilatura.extract_metadata(raw)
    data = {
        "text": text,
        "title": getattr(meta, "title", None),
        "url": getattr(meta, "url", None),
        "published": getattr(meta, "date", None),
        "outlet": getattr(meta, "sitename", None),
    }
    return _article(data, path.stem, str(path))


def _jsonl(path: Path) -> Iterator[Article | InputError]:
    with path.open("rb") as fh:
        head = fh.read(65536)
        fh.seek(0)
        try:
            head.decode("utf-8-sig")
            encoding = "utf-8-sig"
        except UnicodeDecodeError:
            best = from_bytes(head).best()
            encoding = best.encoding if best and best.encoding else "cp949"
        for number, raw in enumerate(fh, start=1):
            source = f"{path}:{number}"
            try:
                line = raw.decode(encoding if number == 1 else encoding.replace("-sig", ""))
            except UnicodeDecodeError:
                yield InputError(str(path), "not text (undecodable bytes)", number)
                continue
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except ValueError as exc:
                yield InputError(str(path), f"not valid JSON: {exc}", number)
                continue
            if not isinstance(data, dict):
                yield InputError(str(path), 'not a JSON object with a "text" field', number)
                continue
            try:
                yield _article(data, f"{path.stem}:{number}", source)
            except ReadError as exc:
                yield InputError(str(path), str(exc), number)


def _file(path: Path) -> Iterator[Article | InputError]:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        yield InputError(
            str(path), f"unsupported file type {suffix or '(none)'}: expected .txt, .html, .jsonl or .json"
        )
        return
    if suffix == ".jsonl":
        yield from _jsonl(path)
        return
    try:
        raw = decode(path.read_bytes())
        if not raw.strip():
            raise ReadError("empty article")
        if suffix in (".html", ".htm"):
            yield _html(path, raw)
        elif suffix == ".json":
            data = json.loads(raw)
            items = data if isinstance(data, list) else [data]
            for n, item in enumerate(items, start=1):
                if not isinstance(item, dict):
                    yield InputError(str(path), f'item {n}: not a JSON object with a "text" field')
                    continue
                try:
                    yield _article(item, path.stem if len(items) == 1 else f"{path.stem}:{n}", str(path))
                except ReadError as exc:
                    yield InputError(str(path), f"item {n}: {exc}" if len(items) > 1 else str(exc))
        else:
            yield _article({"text": raw}, path.stem, str(path))
    except ReadError as exc:
        yield InputError(str(path), str(exc))
    except ValueError as exc:
        yield InputError(str(path), f"not valid JSON: {exc}")
    except OSError as exc:
        yield InputError(str(path), f"cannot read: {exc.strerror or exc}")


def read_inputs(paths: Iterable[str | Path]) -> Iterator[Article | InputError]:
    """Every article under the given paths, in order; errors in place of what cannot be read."""
    seen: dict[str, str] = {}
    for given in paths:
        path = Path(given)
        if not path.exists():
            yield InputError(str(path), "no such file or folder")
            continue
        if path.is_dir():
            files = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not files:
                yield InputError(str(path), "no .txt, .html, .jsonl or .json articles in this folder")
                continue
        else:
            files = [path]
        for f in files:
            for item in _file(f):
                if isinstance(item, Article):
                    if item.id in seen:
                        yield InputError(
                            item.source or str(f), f"duplicate id '{item.id}' (first seen at {seen[item.id]})"
                        )
                        continue
                    seen[item.id] = item.source or str(f)
                yield item
