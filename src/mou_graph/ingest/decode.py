"""Decoding a file's bytes: UTF-8 with or without a BOM, UTF-16 with a BOM, CP949 and EUC-KR
without any marker, other encodings as charset-normalizer finds them; binary data (images,
archives, office documents) is refused by name. `\\r\\n` and `\\r` become `\\n`."""

from __future__ import annotations

import codecs
import unicodedata
from collections import Counter

from charset_normalizer import from_bytes

# How much of a file decides its encoding (the rest must then decode with it).
SNIFF_BYTES = 65_536

NOT_TEXT = "not text (binary data, e.g. an image)"
UNDECODABLE = "not text (binary data, e.g. an image, or an encoding other than UTF-8, CP949 and EUC-KR)"

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


class ReadError(Exception):
    """Why one article cannot be read (the reason of an `InputError`)."""


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
