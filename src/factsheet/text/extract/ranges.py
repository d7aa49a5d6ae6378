"""Two numbers read as one value: a range ('20,000-60,000', 'from 10 to 20', 'between
1,500 and 2,000', '20 to 60 million', '0.7% to 1%') or a ratio ('one in five')."""

from __future__ import annotations

import re

from ...numbers import SCALE_WORDS, SHORT_SCALE_WORDS, parse_number
from ...quantities import ClaimValue
from .patterns import CURRENCIES, DA, NUMBER_AT, PERCENT_SUFFIX, R_GLUED, words
from .records import Reading, scale_of

_R_CURRENCY_AT = re.compile(rf"(?:{words(map(re.escape, CURRENCIES))})(?:\s(?=\d))?")
_R_RATIO = re.compile(r"\s+(?:in|out\s+of)\s+", re.I)
_R_RANGE = re.compile(rf"\s*[{DA}]\s*(?=[\d$€£])|\s+to\s+|\s+and\s+", re.I)
_SCALE_AT_END = re.compile(rf"(?:{SCALE_WORDS}|{SHORT_SCALE_WORDS})(?=\.?$)", re.I)


def ratio_after(reading: Reading) -> tuple[ClaimValue, int] | None:
    """'one in five', '3 out of 4': a share, not a count of either number; and where it ends."""
    text, end, number = reading.text, reading.end, reading.number
    sep = _R_RATIO.match(text, end)
    second = NUMBER_AT.match(text, sep.end()) if sep else None
    if second is None or (second.group().isdigit() and len(second.group()) == 4):
        return None  # '5 in 2022'
    whole = parse_number(second.group())
    if not number < whole <= 1_000_000:
        return None
    return ClaimValue.exact(number / whole), second.end()
_YEAR = re.compile(r"(?:19|20)\d\d")


def range_after(reading: Reading, opener: str | None, changed: bool) -> tuple[float, float, int] | None:
    """'20,000-60,000', 'from 10 to 20', 'between 1,500 and 2,000', '20 to 60 million',
    '0.7% to 1%': low, high and where it ends. ``opener`` is 'between' or 'from' when
    written before; ``changed`` when a verb of change is ('rose 10 to 20' is no range)."""
    text, end, low, phrase = reading.text, reading.end, reading.number, reading.phrase
    percent = text.startswith("%", end)
    sep = _R_RANGE.match(text, end + percent)
    if sep is None:
        return None
    word = sep.group().strip().lower()
    if (word == "and") != (opener == "between") or (word not in ("to", "and") and not reading.is_digits):
        return None
    if word == "to" and changed:
        return None
    at = sep.end()
    if (sign := _R_CURRENCY_AT.match(text, at)) is not None:  # 'between EUR 14 billion and EUR 16 billion'
        if phrase.isdigit() and len(phrase) == 4:
            return None  # '$20m in 2022 to US$57 million': a year, then an amount
        at = sign.end()
    second = NUMBER_AT.match(text, at)
    if second is None or (word not in ("to", "and") and not second.group()[0].isdigit()):
        return None
    if percent and not text.startswith("%", second.end()):
        return None
    if second.group()[-1].isdigit() and (glued := R_GLUED.match(text, second.end())) \
            and not PERCENT_SUFFIX.match(glued.group()):
        return None  # '5-3D': not a range; '3-4pc' is
    if _YEAR.fullmatch(phrase) and not second.group().isdigit():
        return None  # 'grew 3.1% in 2023 to 40.2 trillion won': a year, then an amount
    high = parse_number(second.group())
    if phrase.isdigit() and len(phrase) == 4 and second.group().isdigit() and len(second.group()) == 2:
        high += low - low % 100  # '2001-02': the century of the first year
    scale = _SCALE_AT_END.search(second.group())
    if scale and not _SCALE_AT_END.search(phrase) and low * scale_of(scale.group()) <= high:
        low *= scale_of(scale.group())  # '20 to 60 million': the scale applies to both
    return (low, high, second.end()) if low <= high else None
