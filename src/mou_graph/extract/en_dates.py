"""English dates: of a signing sentence (on August 31, 2021; on March 12; on the 23rd; on
Tuesday) against the dateline or the publication date."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .. import model
from ..ingest.clean import valid_date
from .en_lexicon import ANY_DATE, DATELINE, MONTHS, ON_DATE, ON_DATE_DM, ON_THE_DAY, WEEKDAY, WEEKDAYS


def english_date(sent: str, reference: str | None, published: str | None, fallback: bool = True) -> str | None:
    """On August 31, 2021; on March 12 (the year of the dateline or publication); on the
    23rd (their month); Tuesday, the last one on or before the dateline (or publication);
    else, with fallback, the dateline itself."""
    anchor = reference or published
    year = (anchor or "")[:4]
    m = _signing(ON_DATE, sent) or _signing(ON_DATE_DM, sent) or _signing(ANY_DATE, sent)
    if m and (m.group("y") or year):
        found = _month_day(m.group("y") or year, m.group("m"), m.group("d"))
        if found and anchor and not m.group("y") and found > anchor[:10] and not _COMING.search(sent, 0, m.start()):
            found = _month_day(str(int(year) - 1), m.group("m"), m.group("d"))  # on Oct. 12, written in March
        return found
    if anchor and (d := _signing(ON_THE_DAY, sent)):
        try:
            ref = date.fromisoformat(anchor[:10])
            day = int(d.group(1))
            if day > ref.day:  # the 30th, written on the 2nd: last month
                ref = ref.replace(day=1) - timedelta(days=1)
            return ref.replace(day=day).isoformat()
        except ValueError:
            return None
    day = WEEKDAY.search(sent)
    if day and anchor:
        try:
            ref = date.fromisoformat(anchor[:10])
        except ValueError:
            return reference
        back = (ref.weekday() - WEEKDAYS.index(day.group(1).lower())) % 7
        return (ref - timedelta(days=back)).isoformat()
    if published and re.search(r"\b(?:today|this morning|this afternoon)\b", sent):
        return published[:10]  # … gathered today to sign: the day the page was published
    return reference if fallback else None


def partial_date(sent: str) -> str | None:
    """The signing day when nothing gives its year (no year written, no dateline, no
    publication date): on March 4 → `--03-04`, on the 23rd → `---23` (XML Schema's gMonthDay
    and gDay), so an undated report can still be compared by its day."""
    m = _signing(ON_DATE, sent) or _signing(ON_DATE_DM, sent)
    if m and not m.group("y"):
        month = MONTHS.get(m.group("m")[:3].lower())
        return model.partial_date(int(m.group("d")), month) if month else None
    if d := _signing(ON_THE_DAY, sent):
        return model.partial_date(int(d.group(1)))
    return None


# "announced on the 23rd that …" dates the announcement; "from Oct. 29 to Oct. 30" a period
_ANNOUNCED = re.compile(r"\b(?:announced|said|revealed|reported|stated|told)\s+(?:[Oo]n\s+)?$")
# "According to Mokpo University on the 18th, …": the day the source spoke, in the same clause
_ACCORDING = re.compile(r"\b[Aa]ccording to\b[^,.;]*$")
# "will sign the agreement on …": a day to come, in the anchor's year whatever its month
_COMING = re.compile(r"\b(?:will|to be|is to|are to|plans? to|scheduled)\b")
# "Since the administration started on July 1, 2021, KSEA signed …": a clause's own day, not the signing's
_SINCE = re.compile(r"\b(?:[Ss]ince|[Aa]fter|[Bb]efore|[Uu]ntil|[Ww]hen)\b[^,;]*$")
_FROM = re.compile(r"\b(?:from|between)\s+$")
_TO = re.compile(r"\b(?:to|until|till|through|and)\s+$")


def _signing(pattern: re.Pattern[str], sent: str) -> re.Match[str] | None:
    """The first date the pattern finds that is not an announcement's or a period's."""
    period = False
    for m in pattern.finditer(sent):
        if (
            _ANNOUNCED.search(sent, 0, m.start())
            or _ACCORDING.search(sent, 0, m.start())
            or _SINCE.search(sent, 0, m.start())
        ):
            continue
        if _FROM.search(sent, 0, m.start()) or (period and _TO.search(sent, 0, m.start())):
            period = True
            continue
        return m
    return None


def dateline(text: str, published: str | None) -> str | None:
    """The date of the dateline (SEOUL, March 12 (Yonhap)), in the publication's year."""
    m = DATELINE.search(text)
    return _month_day((published or "")[:4], m.group(1), m.group(2)) if m else None


def _month_day(year: str, month: str, day: str) -> str | None:
    """2026, Mar (or March), 12 → 2026-03-12; None without a year or a month."""
    number = MONTHS.get(month[:3].lower())
    return valid_date(year, str(number), day) if year and number else None
