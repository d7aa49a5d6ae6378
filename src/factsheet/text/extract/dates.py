"""Dates: 'July 25-27', 'July 27th, 1953', '25 July 2022', '14.03.2024', '2024-03-14'.

A date covers month, day and year, or the whole of a numeric date; its value is the
year when one is written, else the day (or days).
"""

from __future__ import annotations

import re

from ...quantities import ClaimValue
from .patterns import DA, MONTHS, backwards, left_context, words
from .records import DATE, Mention, Reading, make

CALENDAR_YEARS = frozenset({"fiscal year", "financial year", "budget year", "tax year", "school year",
                            "academic year", "model year", "calendar year"})
_L_MONTH = re.compile(left_context(  # 'Dec. 30', 'May 30'
    "(?<![A-Za-z])", f"(?:{backwards(MONTHS)})", r"\.?", r"\s+"))
_R_AFTER_MONTH = re.compile(rf"(?P<ord>st|nd|rd|th)?(?:\s*[{DA}]\s*(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?)?"
                            r"(?![\w,.]\d)(?:,?\s+(?P<year>\d{4})(?![\w,.]\d))?")
_R_BEFORE_MONTH = re.compile(rf"(?:st|nd|rd|th)?(?:\s*[{DA}]\s*(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?)?"
                             rf"\s+(?:of\s+)?(?:{words(MONTHS)})\b\.?"
                             r"(?:,?\s+(?P<year>\d{4})\b)?")
_NUMERIC_DATE = re.compile(
    # not followed by more of a number ('1.2.2024.5'); a time may follow ('14.06.2024/23/00')
    r"(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})(?![\w]|(?P=sep)\d)"
    r"|(?P<iso>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?![\w]|[./-]\d)"
)


def numeric_date(text: str, start: int) -> Mention | None:
    """'14.03.2024', '3/14/2024', '2024-03-14': a date whose value is its year."""
    found = _NUMERIC_DATE.match(text, start)
    if found is None:
        return None
    if found["iso"]:
        year, month, day = int(found["iso"]), int(found["m"]), int(found["d"])
    else:
        year, first, second = int(found["y"]), int(found["a"]), int(found["b"])
        month, day = (second, first) if second <= 12 else (first, second)  # dd.mm, else mm/dd
    if not (1800 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= 31):
        return None
    return make(text, start, found.end(), ClaimValue.exact(float(year)), DATE)


def date_at(text: str, start: int, end: int, left: str) -> Mention | None:
    """'July 25-27', 'July 27th, 1953', 'April 25, 2022', 'May 2023', '25 July 2022'."""
    number = int(text[start:end]) if end - start <= 4 else 0
    if (month := _L_MONTH.match(left)) is not None:
        begin = start - month.end()
        if 1800 <= number <= 2100:
            return make(text, begin, end, ClaimValue.exact(float(number)), DATE)
        after = _R_AFTER_MONTH.match(text, end)
        if 1 <= number <= 31 and after is not None:
            if after["year"]:
                value = ClaimValue.exact(float(after["year"]))
            elif after["day2"] and int(after["day2"]) > number:
                value = ClaimValue.between(float(number), float(after["day2"]))
            else:
                value = ClaimValue.exact(float(number))
            stop = after.end() if after["year"] or after["day2"] else after.end("ord")
            return make(text, begin, max(stop, end), value, DATE)
    if 1 <= number <= 31 and (before := _R_BEFORE_MONTH.match(text, end)) is not None:
        if before["year"] or not before["day2"] or int(before["day2"]) <= number:
            value = ClaimValue.exact(float(before["year"] or number))
        else:
            value = ClaimValue.between(float(number), float(before["day2"]))  # '3-9 June'
        return make(text, start, before.end(), value, DATE)
    return None


def decade(reading: Reading, stop: int) -> Mention | None:
    """'1950s', '90s' (``stop`` after the s): the ten years from the one written; None for any
    other number."""
    phrase, number = reading.phrase, reading.number
    if not (phrase.isdigit() and len(phrase) in (2, 4) and phrase.endswith("0")):
        return None
    low = number if len(phrase) == 4 else 1900 + number
    return make(reading.text, reading.start, stop, ClaimValue.between(low, low + 9), DATE)
