"""Article text on a terminal and in a spreadsheet, made harmless.

Names, titles and error lines come from untrusted articles. On a terminal an ESC or C1 byte
in them would be obeyed (a new window title, a cleared screen, a forged line), so every
control character but newline and tab is shown as its escape (\\x1b) instead. In a CSV file a
cell that begins with =, +, -, @ (or a tab or carriage return) is a formula to Excel and
LibreOffice, so such text cells get a leading apostrophe, the usual neutraliser
(OWASP, "CSV injection")."""

from __future__ import annotations

import re

from rich.markup import escape
from rich.text import Text

_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def printable(text: str) -> str:
    """`text` with every control character but newline and tab written as its escape."""
    return _CONTROLS.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def safe_text(text: str) -> Text:
    """A rich Text of untrusted text: no markup read, no control character passed on."""
    return Text(printable(text))


def safe_markup(text: str) -> str:
    """Untrusted text to put inside rich markup."""
    return escape(printable(text))


def spreadsheet_cell(value: object) -> object:
    """A CSV cell that no spreadsheet reads as a formula; numbers and empty cells unchanged."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value
