"""What interval of the calendar a time expression means, given the article's date.

Absolute expressions ('in 2022', 'October–December 2023', 'the summer of 2023') need no
date; relative ones ('last year', 'since January', 'in the past 24 hours', 'by the end of
the year') are read against the date the article was published, and are left unresolved
without one. Month arithmetic is dateutil's ``relativedelta``; the words ('since', 'early',
'the first months of the war') are read by the rules here. Conventions (a season is the northern
meteorological one, 'early 2023' is January to April, ...) are in the README.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from dateutil.relativedelta import relativedelta

from .phrases import COUNT_WORDS, MONTH_NUMBERS, ORDINALS, SEASONS, YEAR, atom_patterns, expression_pattern

Basis = Literal["text", "article"]


@dataclass(frozen=True, slots=True)
class Period:
    """The stretch of the calendar a figure is about, both ends included; an end is None
    when open or unknown ('until 2023' has no start). ``basis`` says whether the text
    names it or the article's date stands for it."""

    start: date | None
    end: date | None
    text: str = ""
    fuzzy: bool = False
    basis: Basis = "text"

    def overlaps(self, other: Period) -> bool:
        """Whether the two can be about the same time (an open end reaches any date)."""
        return not ((self.end is not None and other.start is not None and self.end < other.start)
                    or (other.end is not None and self.start is not None and other.end < self.start))


@dataclass(frozen=True, slots=True)
class Event:
    """A date the project's articles name by words: the war ('since the start of the war')."""

    names: tuple[str, ...]
    date: date


@dataclass(frozen=True, slots=True)
class Calendar:
    """What relative expressions are read against: the article's date and the project's events."""

    published: date | None = None
    events: tuple[Event, ...] = ()

    @property
    def event_names(self) -> tuple[str, ...]:
        return tuple(name for event in self.events for name in event.names)

    def event_date(self, text: str) -> date | None:
        lowered = " ".join(text.lower().split())
        for event in self.events:
            if any(name.lower() in lowered for name in event.names):
                return event.date
        return None


class _Unresolved(Exception):
    """An expression that needs the article's date, which is not known."""


_Span = tuple[date, date, bool]  # start, end, fuzzy
_DAY_RE = re.compile(r"(?<![\d,.])([12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b")
_YEAR_RE = re.compile(YEAR)
_MONTH_RE = re.compile(r"\b(" + "|".join(sorted((m.capitalize() for m in MONTH_NUMBERS), key=len,
                                                  reverse=True)) + r")\b")
_COUNT_RE = re.compile(r"\b(\d{1,3}|a\s+few|a\s+couple\s+of|couple\s+of|"
                       + "|".join(w for w in COUNT_WORDS if " " not in w) + r")\s+(?:days?|weeks?|months?|"
                       r"years?|hours?)\b", re.I)
_UNIT_RE = re.compile(r"\b(day|week|month|year|hour)s?\b", re.I)


def resolve(phrase: str, calendar: Calendar) -> Period | None:
    """The period ``phrase`` (one whole time expression) means, or None when it needs a date
    the calendar does not have, or is no time expression."""
    found = expression_pattern(calendar.event_names).fullmatch(phrase.strip())
    if found is None:
        return None
    try:
        return _period(found, calendar, phrase.strip())
    except (_Unresolved, ValueError, OverflowError):
        return None


def _period(found: re.Match[str], calendar: Calendar, text: str) -> Period:
    op = " ".join((found["op"] or "").lower().split())
    first = _atom(found["a"], calendar)
    published = calendar.published
    if found["b"] is not None:
        second = _second(found["b"], found["a"], first, calendar)
        start, end = first[0], second[1]
        if end < start and not _YEAR_RE.search(found["a"]):
            start = start - relativedelta(years=1)  # 'from December to March 2024'
        return Period(start, end, text, first[2] or second[2])
    start, end, fuzzy = first
    if op in ("since", "from"):
        return Period(start, published if published and published >= start else None, text, fuzzy)
    if op == "after":
        return Period(end + timedelta(days=1), published, text, fuzzy)
    if op.startswith("by"):
        begin = published if published is not None and published <= end else None
        return Period(begin, end, text, fuzzy)
    if op in ("until", "till", "up until", "through"):
        return Period(None, end, text, fuzzy)
    if op in ("before", "prior to"):
        return Period(None, start - timedelta(days=1), text, fuzzy)
    return Period(start, end, text, fuzzy)


def _second(phrase: str, first_phrase: str, first: _Span, calendar: Calendar) -> _Span:
    """The atom that ends a stretch; a bare day ('August 6 and 14') is in the first's month,
    and a month without a year takes the first's year."""
    if _MONTH_RE.search(phrase) is None and not _YEAR_RE.search(phrase) and (day := _DAY_RE.match(phrase)):
        end = first[0].replace(day=int(day.group(1)))
        return end, end, False
    span = _atom(phrase, calendar, year_of=first[0].year if _YEAR_RE.search(first_phrase) else None)
    return span


def _atom(phrase: str, calendar: Calendar, year_of: int | None = None) -> _Span:
    for name, pattern in atom_patterns(calendar.event_names):
        if pattern.fullmatch(phrase):
            return _READERS[name](" ".join(phrase.split()), calendar, year_of)
    raise ValueError(phrase)


def _need(calendar: Calendar) -> date:
    if calendar.published is None:
        raise _Unresolved
    return calendar.published


def _year_in(phrase: str, calendar: Calendar, year_of: int | None = None) -> int | None:
    """The year a phrase names: written, or 'last/this/next year' against the article's date."""
    if (year := _YEAR_RE.search(phrase)) is not None:
        return int(year.group())
    lowered = phrase.lower()
    for words, shift in (("last year", -1), ("previous year", -1), ("this year", 0), ("current year", 0),
                         ("the year", 0), ("next year", 1), ("coming year", 1), ("following year", 1)):
        if words in lowered:
            return _need(calendar).year + shift
    return year_of


def _month_span(year: int, month: int) -> tuple[date, date]:
    first = date(year, month, 1)
    return first, first + relativedelta(months=1, days=-1)


def _latest(month: int, day: int, calendar: Calendar) -> int:
    """The year of the most recent ``month``/``day`` on or before the article's date."""
    published = _need(calendar)
    return published.year if (month, day) <= (published.month, published.day) else published.year - 1


def _month_of(phrase: str) -> list[int]:
    return [MONTH_NUMBERS[m.group().lower()] for m in _MONTH_RE.finditer(phrase)]


def _read_iso(phrase: str, calendar: Calendar, year_of: int | None) -> _Span:
    day = date.fromisoformat(phrase)
    return day, day, False


def _read_day(phrase: str, calendar: Calendar, year_of: int | None) -> _Span:
    """'July 25', 'July 25-27, 2023', '25 July', '6-14 August this year'."""
    month = _month_of(phrase)[0]
    without_year = _YEAR_RE.sub(" ", phrase)
    days = [int(d.group(1)) for d in _DAY_RE.finditer(without_year)]
    year = _year_in(phrase, calendar, year_of) or _latest(month, days[0], calendar)
    return date(year, month, days[0]), date(year, month, days[-1]), False


def _read_month(phrase: str, calendar: Calendar, year_of: int | None) -> _Span:
    """'May 2023', 'March', 'October–December 2023', 'January-May this year'."""
    months = _month_of(phrase)
    year = _year_in(phrase, calendar, year_of) or _latest(months[-1], 1, calendar)
    first_year = year - 1 if months[0] > months[-1] else year
    return _month_span(first_year, months[0])[0], _month_span(year, months[-1])[1], False


def _read_year(phrase: str, calendar: Calendar, year_of: int | None) -> _Span:
    years = [int(y.group()) for y in _YEAR_RE.finditer(phrase)]
    if len(years) == 1 and (short := re.search(r"[-–—/]\s*(\d\d)$", phrase)):
        years.append(years[0] // 100 * 100 + int(short.group(1)))  # '2023-24'
    return date(years[0], 1, 1), date(years[-1], 12, 31), False


def _read_season(phrase: str, calendar: Calendar, year_of: int | None) -> _Span:
    """'the summer of 2023', 'last winter', 'winter 2023-24', 'in the fall' (the most recent)."""
    lowered = phrase.lower()
    name = next(season for season in SEASONS if season in lowered)
    month = SEASONS[name]
    years = [int(y.group()) for y in _YEAR_RE.finditer(phrase)]
    if re.search(r"[-–—/]\s*\d\d", phrase) and years and name == "winter":
        start = date(years[0], 12, 1)  # 'winter 2023-24'
    elif years or "year" in lowered:
        year = _year_in(phrase, calendar)
        assert year is not None
        start = date(year - 1, 12, 1) if name == "winter" else date(year, month, 1)
    else:
        published = _need(calendar)
        start = date(published.year, month, 1)
        if "next" in lowered or "coming" in lowered:
            start = start if start > published else start + relativedelta(years=1)
        elif "last" in lowered or "past" in lowered or "previous" in lowered:
            while start + relativedelta(months=3) > published:  # ended before the article
                start -= relativedelta(years=1)
        elif "this" not in lowered:
            while start > published:  # the most recent one begun
                start -= relativedelta(years=1)
    return start, start + relativedelta(months=3, days=-1), False


def _read_quarter(phrase: str, calendar: Calendar, year_of: int | None) -> _Span:
    lowered = phrase.lower()
    if (q := re.search(r"q([1-4])", lowered)) is not None:
        quarter = int(q.group(1))
    else:
        word = lowered.split("quarter")[0].split()[-1]
        quarter = {"1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "final": 4}.get(word) or ORDINALS.get(word, 4)
    year = _year_in(phrase, calendar)
    if year is None:
        published = _need(calendar)
        if "last" in lowered.split("quarter")[0]:  # 'the last quarter': the one before this one
            start = date(published.year, (published.month - 1) // 3 * 3 + 1, 1) - relativedelta(months=3)
            return start, start + relativedelta(months=3, days=-1), False
        year = published.year
    start = date(year, 3 * quarter - 2, 1)
    return start, start + relativedelta(months=3, days=-1), False


def _read_half(phrase: str, calendar: Calendar, year_of: int | None) -> _Span:
    lowered = phrase.lower()
    year = _year_in(phrase, calendar) or _need(calendar).year
    second = "second" in lowered or "latter" in lowered or "h2" in lowered
    if second:
        return date(year, 7, 1), date(year, 12, 31), False
    return date(year, 1, 1), date(year, 6, 30), False


# Where 'early', 'mid', 'late', 'the end of', ... fall in a year (in months) or a month (in days).
_PARTS = {"early": (0, 4, 0, 10), "beginning": (0, 2, 0, 10), "start": (0, 2, 0, 10),
          "mid": (4, 8, 10, 20), "middle": (4, 8, 10, 20), "late": (8, 12, 20, 31),
          "end": (10, 12, 20, 31), "close": (10, 12, 20, 31), "turn": (11, 13, 24, 38)}


def _read_part(phrase: str, calendar: Calendar, year_of: int | None) -> _Span:
    """'early 2023', 'mid-March', 'late last year', 'the end of 2023', 'the beginning of the year'."""
    lowered = phrase.lower()
    word = next(w for w in _PARTS if re.search(rf"\b{w}\b", lowered))
    from_month, to_month, from_day, to_day = _PARTS[word]
    if (months := _month_of(phrase)):
        first, last = _month_span(_year_in(phrase, calendar, year_of) or _latest(months[0], 1, calendar),
                                  months[0])
        stop = first + timedelta(days=to_day - 1)
        stop = min(last, stop) if to_day <= 31 else stop
        return first + timedelta(days=from_day), stop, True
    if "month" in lowered:
        published = _need(calendar)
        shift = -1 if "last month" in lowered else 1 if "next month" in lowered else 0
        first = date(published.year, published.month, 1) + relativedelta(months=shift)
        last = first + relativedelta(months=1, days=-1)
        return first + timedelta(days=from_day), min(last, first + timedelta(days=to_day - 1)), True
    named = _year_in(phrase, calendar)
    if named is None:
        raise ValueError(phrase)
    first = date(named, 1, 1)
    return first + relativedelta(months=from_month), first + relativedelta(months=to_month, days=-1), True


def _read_relative(phrase: str, calendar: Calendar, year_of: int | None) -> _Span:
    """'last year' (the calendar year before), 'the past year' (the twelve months before),
    'this month', 'last week', 'next year', 'last January'."""
    published = _need(calendar)
    lowered = phrase.lower()
    rolling = lowered.startswith("the past")
    shift = 0 if ("this" in lowered or "current" in lowered) else 1 if (
        "next" in lowered or "coming" in lowered or "following" in lowered) else -1
    if (months := _month_of(phrase)):
        year = published.year + (shift if shift > 0 else 0)
        if shift < 0:
            year = published.year if months[0] < published.month else published.year - 1
        return (*_month_span(year, months[0]), False)
    unit = _UNIT_RE.search(lowered)
    assert unit is not None
    name = unit.group(1)
    if rolling:
        return published - _delta(name, 1), published, False
    if name == "year":
        return date(published.year + shift, 1, 1), (
            published if shift == 0 else date(published.year + shift, 12, 31)), False
    if name == "month":
        first = date(published.year, published.month, 1) + relativedelta(months=shift)
        return first, published if shift == 0 else first + relativedelta(months=1, days=-1), False
    if shift == 0:
        return published - timedelta(days=published.weekday()), published, False
    if shift < 0:
        return published - timedelta(days=7), published - timedelta(days=1), False
    return published + timedelta(days=1), published + timedelta(days=7), False


def _count(phrase: str) -> int:
    found = _COUNT_RE.search(phrase)
    if found is None:
        return 1
    word = " ".join(found.group(1).lower().split())
    return int(word) if word.isdigit() else COUNT_WORDS[word]


def _unit_of(phrase: str) -> str:
    lowered = phrase.lower()
    if re.search(r"\b(?:24|48|72)\s+hours\b", lowered):
        return "day"
    found = _UNIT_RE.search(lowered)
    assert found is not None
    return found.group(1)


def _shift(unit: str, count: int) -> relativedelta:
    if unit == "day" and count >= 24 and count % 24 == 0:
        count //= 24  # 'the past 24 hours' is a day
    return _delta(unit, count)


def _delta(unit: str, count: int) -> relativedelta:
    if unit == "year":
        return relativedelta(years=count)
    if unit == "month":
        return relativedelta(months=count)
    if unit == "week":
        return relativedelta(weeks=count)
    return relativedelta(days=count)


def _read_ago(phrase: str, calendar: Calendar, year_of: int | None) -> _Span:
    """'two weeks ago': that day (fuzzy but for days)."""
    published = _need(calendar)
    unit = _unit_of(phrase)
    day = published - _shift(unit, _count(phrase))
    return day, day, unit != "day"


def _read_past(phrase: str, calendar: Calendar, year_of: int | None) -> _Span:
    """'the past 24 hours', 'the last three months', 'the first six months of 2023'."""
    lowered = phrase.lower()
    unit = _unit_of(phrase)
    hours = re.search(r"\b(24|48|72)\s+hours\b", lowered)
    count = int(hours.group(1)) // 24 if hours else _count(phrase)
    if lowered.startswith("the first") or re.search(r"\bof\b", lowered):
        year = _year_in(phrase, calendar)
        if year is None:
            raise ValueError(phrase)
        if lowered.startswith("the first"):
            first = date(year, 1, 1)
            return first, first + _shift(unit, count) - timedelta(days=1), False
        last = date(year, 12, 31)
        return last - _shift(unit, count) + timedelta(days=1), last, False
    published = _need(calendar)
    return published - _shift(unit, count), published, "few" in lowered or "several" in lowered


def _read_now(phrase: str, calendar: Calendar, year_of: int | None) -> _Span:
    published = _need(calendar)
    lowered = phrase.lower()
    if lowered == "yesterday":
        day = published - timedelta(days=1)
        return day, day, False
    if lowered in ("recently", "lately"):
        return published - relativedelta(months=1), published, True
    if lowered == "so far this year":
        return date(published.year, 1, 1), published, False
    return published, published, lowered not in ("today", "tonight")


def _event(phrase: str, calendar: Calendar) -> date:
    found = calendar.event_date(phrase)
    if found is None:
        raise ValueError(phrase)
    return found


def _read_event_part(phrase: str, calendar: Calendar, year_of: int | None) -> _Span:
    """'the first months of the war' (three, when not counted), 'the 11th month of the war'."""
    start = _event(phrase, calendar)
    lowered = phrase.lower()
    unit = _unit_of(phrase.split(" of ")[0])
    ordinal = re.match(r"(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\s|(?:the\s+)?(\w+)\s+(?:day|week|month|year)\b",
                       lowered)
    number = None
    if ordinal is not None:
        number = int(ordinal.group(1)) if ordinal.group(1) else ORDINALS.get(ordinal.group(2) or "")
    if number is not None and number > 0 and re.search(r"\b(?:day|week|month|year)\s+of\b", lowered):
        begin = start + _shift(unit, number - 1)  # 'the 11th month of the war'
        return begin, begin + _shift(unit, 1) - timedelta(days=1), False
    counted = _COUNT_RE.search(lowered)
    count = _count(lowered) if counted else {"day": 7, "week": 3, "month": 3, "year": 1}[unit]
    if not counted and unit == "day":
        unit = "day"
    return start, start + _shift(unit, count) - timedelta(days=1), not counted or unit != "year"


def _read_event_start(phrase: str, calendar: Calendar, year_of: int | None) -> _Span:
    day = _event(phrase, calendar)
    if "eve" in phrase.lower().split():
        day -= timedelta(days=1)
    return day, day, False


def _read_event(phrase: str, calendar: Calendar, year_of: int | None) -> _Span:
    """'the war': from its start to the article's date (or its start alone without one)."""
    day = _event(phrase, calendar)
    return day, calendar.published or day, False


_READERS = {
    "iso": _read_iso, "part": _read_part, "month_day": _read_day, "day_month": _read_day,
    "month_range": _read_month, "month_year": _read_month, "season": _read_season,
    "quarter": _read_quarter, "half": _read_half, "year_range": _read_year, "year": _read_year,
    "relative": _read_relative, "ago": _read_ago, "past": _read_past, "now": _read_now,
    "event_part": _read_event_part, "event_start": _read_event_start, "event": _read_event,
}
