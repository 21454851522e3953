"""The extraction document: the JSON contract `extract --format json` writes and the scorer and
`build` read (written and read one document at a time)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from ..model import FORMAT_VERSION, Extraction, InputError

DOCUMENT_FORMAT = "mou-graph/extraction"


def extraction_document(extractions: Iterable[Extraction], errors: Iterable[InputError] = ()) -> dict[str, Any]:
    return {
        "format": DOCUMENT_FORMAT,
        "version": FORMAT_VERSION,
        "documents": [x.to_json() for x in extractions],
        "errors": [e.to_json() for e in errors],
    }


def _element(value: Any) -> str:
    """One list element two levels deep, exactly as `json.dumps(..., indent=1)` of the whole
    document lays it out (JSON strings never hold a raw newline, so every newline is layout)."""
    return json.dumps(value, ensure_ascii=False, indent=1).replace("\n", "\n  ")


def write_extraction_document(
    items: Iterable[Extraction | InputError], write: Callable[[str], Any]
) -> tuple[int, list[InputError]]:
    """Write the extraction document (docs/FORMAT.md) as `items` arrive, one document at a
    time, so a corpus of any size is never held in memory; the text is byte for byte
    `to_json_text` of the same items. Returns the number of documents and the errors (which
    the format puts after the documents; there are few of them)."""
    write(f'{{\n "format": {json.dumps(DOCUMENT_FORMAT)},\n "version": {json.dumps(FORMAT_VERSION)},\n "documents": [')
    count = 0
    errors: list[InputError] = []
    for item in items:
        if isinstance(item, InputError):
            errors.append(item)
            continue
        write(("\n  " if count == 0 else ",\n  ") + _element(item.to_json()))
        count += 1
    write("\n ]" if count else "]")
    write(',\n "errors": [')
    for i, e in enumerate(errors):
        write(("\n  " if i == 0 else ",\n  ") + _element(e.to_json()))
    write("\n ]" if errors else "]")
    write("\n}\n")
    return count, errors


def to_json_text(extractions: Iterable[Extraction], errors: Iterable[InputError] = ()) -> str:
    parts: list[str] = []
    write_extraction_document([*extractions, *errors], parts.append)
    return "".join(parts)


class _Scanner:
    """Reads one JSON value at a time from a text file, keeping only a window of it in memory."""

    def __init__(self, fh: TextIO, chunk: int = 1 << 20) -> None:
        self.fh, self.chunk = fh, chunk
        self.buf, self.pos, self.eof = "", 0, False
        self.decoder = json.JSONDecoder()

    def _more(self, size: int) -> bool:
        if self.eof:
            return False
        data = self.fh.read(size)
        if not data:
            self.eof = True
            return False
        self.buf = self.buf[self.pos :] + data
        self.pos = 0
        return True

    def peek(self) -> str:
        while True:
            while self.pos < len(self.buf) and self.buf[self.pos] in " \t\r\n":
                self.pos += 1
            if self.pos < len(self.buf) or not self._more(self.chunk):
                return self.buf[self.pos : self.pos + 1]

    def expect(self, chars: str) -> str:
        ch = self.peek()
        if not ch or ch not in chars:
            raise ValueError(f"expected one of {chars!r} at character {self.pos}, found {ch or 'the end'!r}")
        self.pos += 1
        return ch

    def value(self) -> Any:
        self.peek()
        size = self.chunk
        while True:
            try:
                value, end = self.decoder.raw_decode(self.buf, self.pos)
            except RecursionError:
                raise ValueError(f"JSON nested too deeply at character {self.pos}") from None
            except json.JSONDecodeError:
                if self._more(size):  # the value runs past the window: read on, in growing steps
                    size *= 2
                    continue
                raise
            if end == len(self.buf) and self._more(self.chunk):
                continue  # a number may go on in the next chunk
            self.pos = end
            return value


def is_extraction_file(path: Path) -> bool:
    """Whether `path` begins as `extract --format json` writes (its `format` first), read
    from its first bytes only."""
    try:
        with Path(path).open(encoding="utf-8") as fh:
            scan = _Scanner(fh, 4096)
            scan.expect("{")
            return scan.value() == "format" and scan.expect(":") == ":" and scan.value() == DOCUMENT_FORMAT
    except (ValueError, OSError, UnicodeDecodeError):
        return False


def extraction_shards(folder: Path) -> list[Path] | None:
    """The extraction files of a folder of shards (`extract --ray` writes one), in name order,
    which is input order; None when `folder` is anything else: a folder holding articles, a
    subfolder, or no extraction file at all. Hidden files (a shard being written) are skipped."""
    from ..ingest.read import SUFFIXES  # here, not at the top: the CLI imports this module at start

    shards: list[Path] = []
    try:
        entries = sorted(Path(folder).iterdir())
    except OSError:
        return None
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            return None
        if entry.suffix.lower() in SUFFIXES:  # an article file; of them, only extraction JSON
            if entry.suffix.lower() != ".json" or not is_extraction_file(entry):
                return None
            shards.append(entry)
    return shards or None


def iter_document_dicts(path: Path, *, chunk: int = 1 << 20) -> Iterator[Any]:
    """The documents of a file written by `extract --format json`, as parsed JSON, one at a
    time (memory stays flat however large the file is). `ValueError` when it is not such a
    file or breaks off."""
    with Path(path).open(encoding="utf-8") as fh:
        scan = _Scanner(fh, chunk)
        scan.expect("{")
        if scan.peek() == "}":
            return
        while True:
            key = scan.value()
            scan.expect(":")
            if key == "documents":
                scan.expect("[")
                if scan.peek() == "]":
                    scan.expect("]")
                else:
                    while True:
                        yield scan.value()
                        if scan.expect(",]") == "]":
                            break
            else:
                value = scan.value()
                if key == "format" and value != DOCUMENT_FORMAT:
                    raise ValueError(f"{path}: not an extraction document (format {value!r})")
            if scan.expect(",}") == "}":
                return


def iter_extraction_documents(path: Path, *, chunk: int = 1 << 20) -> Iterator[Extraction]:
    """The extractions in a file written by `extract --format json`, one at a time (memory
    stays flat however large the file is). `ValueError` when it is not such a file."""
    return (Extraction.from_json(doc) for doc in iter_document_dicts(path, chunk=chunk))
