"""Days of signings and reports: ISO dates as the graph keeps them, and the days a report
gives without their year (`partial_date`: `--03-04`, 4 March; `---04`, the 4th of a month;
XML Schema's gMonthDay and gDay), which are compared with dates but place nothing."""

from __future__ import annotations

import datetime as dt
import re

PARTIAL = re.compile(r"--(?P<m>\d\d)?-(?P<d>\d\d)")


def iso_day(value: object) -> dt.date | None:
    """An ISO date (its first ten characters), or None."""
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def partial(value: object) -> str | None:
    """A day without its year as the graph keeps it, or None."""
    return str(value) if value and PARTIAL.fullmatch(str(value)) else None


def on_day(written: str, date: dt.date) -> bool:
    """Whether a day written without its year (`--03-04`, `---04`) may be this date."""
    m = PARTIAL.fullmatch(written)
    return bool(m) and int(m["d"]) == date.day and (m["m"] is None or int(m["m"]) == date.month)


def partials_agree(p: str, q: str) -> bool:
    """Whether two days written without their year may be one day (`---04` and `--03-04`)."""
    x, y = PARTIAL.fullmatch(p), PARTIAL.fullmatch(q)
    return bool(x and y) and x["d"] == y["d"] and (x["m"] is None or y["m"] is None or x["m"] == y["m"])


def spoken(written: str) -> str:
    """`--03-04` → 4 March, `---04` → day 4 of a month."""
    m = PARTIAL.fullmatch(written)
    if not m:
        return written
    number = int(m["d"])
    return f"{number} {dt.date(2000, int(m['m']), 1):%B}" if m["m"] else f"day {number} of a month"
