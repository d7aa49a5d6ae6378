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
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
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

    def describe(self) -> str:
        """'2023-06-01 to 2023-08-31 ('last summer')', 'until 2020-12-31 ('until 2020')', or
        'about 2023-07-27 (the article's date)'."""
        if self.basis == "article":
            return f"about {self.end} (the article's date)"
        if self.start == self.end:
            span = str(self.start)
        elif self.start is None:
            span = f"until {self.end}"
        elif self.end is None:
            span = f"from {self.start}"
        else:
            span = f"{self.start} to {self.end}"
        return f"{'about ' if self.fuzzy else ''}{span} ('{self.text}')"

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
    # Read from the figure's clause: a future ('will reach 2 million this year') makes 'this
    # year' the whole year and a month without a year the coming one; the stretch named before
    # it is what 'the same period of 2023' and (when a calendar year) 'the year before' count from.
    future: bool = False
    # ... and a clause in the past ('has destroyed 931 this month') makes a stretch still
    # running at the article's date end there.
    past: bool = False
    context: tuple[date, date] | None = None

    @property
    def context_year(self) -> int | None:
        """The calendar year the stretch named before is, if it is one: 'In 2024 ...'."""
        if self.context is None:
            return None
        first, last = self.context
        whole = first.year == last.year and (first.month, first.day, last.month, last.day) == (1, 1, 12, 31)
        return first.year if whole else None

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
_SHORTEST_PART = 27  # days: a stretch shorter than a month is no part of a year 'the previous year' repeats
_OPEN, _OPEN_END = date.min, date.max  # an atom's open ends; a Period has None for them
_DAY_RE = re.compile(r"(?<![\d,.])([12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b")
_YEAR_RE = re.compile(YEAR)
_MONTH_RE = re.compile(r"\b(" + "|".join(sorted((m.capitalize() for m in MONTH_NUMBERS), key=len,
                                                  reverse=True)) + r")\b")
_COUNT_RE = re.compile(r"\b(\d{1,3}|a\s+few|a\s+couple\s+of|couple\s+of|"
                       + "|".join(w for w in COUNT_WORDS if " " not in w) + r")(?:\s+and\s+a\s+half)?"
                       r"\s+(?:days?|weeks?|months?|years?|hours?)\b", re.I)
_NEXT_TO = re.compile(r"previous|preceding|prior|following")  # the one before or after the one named
_UNIT_RE = re.compile(r"\b(day|week|month|year|hour)s?\b", re.I)


@lru_cache(maxsize=8192)
def resolve(phrase: str, calendar: Calendar) -> Period | None:
    """The period ``phrase`` (one whole time expression) means, or None when it needs a date
    the calendar does not have, or is no time expression."""
    found = expression_pattern(calendar.event_names).fullmatch(phrase.strip())
    if found is None:
        return None
    if found["beyond"] is not None:
        calendar = replace(calendar, future=True)  # ('in May and beyond' is the coming May)
    try:
        period = _period(found, calendar, phrase.strip())
    except (_Unresolved, ValueError, OverflowError):
        return None
    if found["beyond"] is not None:  # 'in 2024 and beyond': from then on
        period = replace(period, end=_OPEN_END)
    if period.start == _OPEN or period.end == _OPEN_END:
        period = replace(period, start=None if period.start == _OPEN else period.start,
                         end=None if period.end == _OPEN_END else period.end)
    return period


def _period(found: re.Match[str], calendar: Calendar, text: str) -> Period:
    if found["ba"] is not None:
        return _stretch(found["ba"], found["bb"], calendar, text)
    op = " ".join((found["op"] or "").lower().split())
    op = {"pre": "before", "post": "after"}.get((found["pre"] or "").lower(), op)
    op = re.sub(r"\s+(?:around|about|roughly|approximately)$", "", op)  # 'by around December'
    if op.startswith(("starting", "beginning")):
        op = "since"
    if re.match(r"(?:on\s+)?(?:the\s+)?night|overnight", op):  # 'overnight into 9 December'
        start, end, _ = _atom(found["a"], calendar)
        return Period(start - timedelta(days=1) if start == end else start, end, text, False)
    if op.startswith(("so far", "thus far")) or found["far"]:
        op = "as of"  # 'so far in the 2022/23 season', 'in October so far'
    if op.startswith("since"):
        calendar = replace(calendar, future=False)  # 'since August' is the August before
    if found["b"] is not None:
        return _stretch(found["a"], found["b"], calendar, text)
    deadline = op.startswith(("by", "to the", "through the", "until the", "no later than"))
    if deadline:
        calendar = replace(calendar, future=True)
    start, end, fuzzy = _atom(found["a"], calendar)
    published = calendar.published
    if op == "from" and calendar.context is not None and (
            _YEAR_AGO if calendar.context_year is not None else _LAST_YEAR).fullmatch(found["a"]):
        # the stretch named, a year before: 'it grew 3% in 2020, from a year ago', 'third-quarter
        # sales rose 30% from last year'
        return Period(*_shifted(calendar.context, -1), text, fuzzy)
    if op == "from" and _RANGE.search(found["a"]):  # 'from 2022-2025' is that stretch
        return Period(start, end, text, fuzzy)
    if op.startswith(("since", "from")) and not (op == "from" and _PAST_BASE.match(found["a"])):
        return Period(start, published if published and published >= start else None, text, fuzzy)
    if op == "after" and (published is None or end < published):
        return Period(end + timedelta(days=1), published, text, fuzzy)
    if op in ("in", "for", "during") and re.fullmatch(r"the\s+(?:next|coming)\s+year", found["a"], re.I):
        year = _need(calendar).year + 1  # 'the budget for the next year': the calendar year
        return Period(date(year, 1, 1), date(year, 12, 31), text, fuzzy)
    if op == "into":  # 'into 2025', 'into the third quarter': some time in it
        return Period(start, end, text, True)
    if op == "as of" and published is not None and start <= published:  # 'as of November 2024'
        return Period(start, min(end, published), text, fuzzy)
    if deadline:
        begin = published if published is not None and published <= end else None
        return Period(begin, end, text, fuzzy)
    if op in ("until", "till", "up until", "up til", "up to", "through"):
        return Period(None, end, text, fuzzy)
    if op in ("before", "prior to") and re.match(r"the\s+end\s+of\b", found["a"], re.I):
        return Period(None, end, text, fuzzy)  # 'before the end of 2023': by then
    if op in ("before", "prior to"):
        return Period(None, start - timedelta(days=1), text, fuzzy)
    if op == "earlier" and published is not None:  # 'earlier this year'
        return Period(start, min(end, published), text, True)
    if op == "later" and published is not None:  # 'later this month'
        return Period(max(start, published), end, text, True)
    return Period(start, end, text, fuzzy)


_RANGE = re.compile(r"\d\s*[-–—]\s*\d|[a-z]\s*[-–—]\s*[A-Z]")
_YEAR_AGO = re.compile(r"a\s+year\s+(?:ago|earlier)", re.I)
_LAST_YEAR = re.compile(r"last\s+year|a\s+year\s+(?:ago|earlier)|the\s+(?:previous|prior)\s+year", re.I)
# 'down 2.6% from last year', 'from a year ago', 'from the same period last year': a base to
# compare with, not a start.
_PAST_BASE = re.compile(r"(?:last|the\s+previous|the\s+year|a\s+year|year[\s-]ago|the\s+same\b|"
                        r"\w+\s+(?:days?|weeks?|months?|years?)\s+ago)", re.I)


def _stretch(first_phrase: str, second_phrase: str, calendar: Calendar, text: str) -> Period:
    """'from X to Y', 'between X and Y', 'X–Y': from the start of one to the end of the other."""
    first = _atom(first_phrase, calendar)
    second = _second(second_phrase, first_phrase, first, calendar)
    if not _YEAR_RE.search(first_phrase) and _YEAR_RE.search(second_phrase):
        first = _atom(first_phrase, calendar, year_of=second[1].year)  # 'between June and August 2021'
        if first[0] > second[1]:
            first = _atom(first_phrase, calendar, year_of=second[1].year - 1)  # 'from December to March 2024'
    end = second[1]
    if end < first[0] and not _YEAR_RE.search(second_phrase) and _MONTH_RE.search(second_phrase):
        end += relativedelta(years=1)  # 'from July to June': the June after
    if end < first[0]:
        raise ValueError(text)  # no stretch ends before it starts
    return Period(first[0], end, text, first[2] or second[2])


def _second(phrase: str, first_phrase: str, first: _Span, calendar: Calendar) -> _Span:
    """The atom that ends a stretch; a bare day ('August 6 to 14') is in the first's month,
    a month without a year takes the first's year, and 'present' is the article's date."""
    if phrase.lower() in ("present", "now", "today", "date"):
        published = _need(calendar)
        return published, published, False
    day = _DAY_RE.match(re.sub(r"^the\s+", "", phrase, flags=re.I))  # ('from December 8th to the 14th')
    phrase = re.sub(r"^the\s+(?=\d)", "", phrase, flags=re.I)
    if day is not None and _MONTH_RE.search(phrase) is None:
        if _MONTH_RE.search(first_phrase) is None:
            raise ValueError(phrase)  # 'in 2018 and 3' is no stretch
        end = first[0].replace(day=int(day.group(1)))
        if (year := _YEAR_RE.search(phrase, day.end())) is not None:  # 'between April 1 and 13, 2025'
            end = end.replace(year=int(year.group()))
        return end, end, False
    return _atom(phrase, calendar, year_of=first[0].year if _YEAR_RE.search(first_phrase) else None)


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
    """The year of ``month``/``day`` written without one: the most recent on or before the
    article's date, or the first after it when the clause speaks of the future ('talks will
    open on June 19') and it comes within half a year."""
    published = _need(calendar)
    past = published.year if (month, day) <= (published.month, published.day) else published.year - 1
    if calendar.future:  # the first on or after the article's date, if within half a year
        coming = published.year if (month, day) >= (published.month, published.day) else published.year + 1
        if (date(coming, month, min(day, 28)) - published).days <= 183:
            return coming
    return past


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
    year = _year_in(phrase, calendar, year_of) or _latest(months[-1], 28 if calendar.future else 1, calendar)
    first_year = year - 1 if months[0] > months[-1] else year
    return _month_span(first_year, months[0])[0], _month_span(year, months[-1])[1], False


def _so_far(end: date, calendar: Calendar) -> date:
    """Where a stretch still running at the article's date ends: there, unless the clause
    speaks of the future ('this spring' of an article of April 25 is known to the 25th)."""
    published = calendar.published
    if published is None or calendar.future or not (end - timedelta(days=400) < published < end):
        return end
    return published


def _read_year(phrase: str, calendar: Calendar, year_of: int | None) -> _Span:
    """'2022', 'fiscal year 2023', '2022-23', '2006-present'."""
    years = [int(y.group()) for y in _YEAR_RE.finditer(phrase)]
    if re.search(r"(?:present|now|today|date)$", phrase, re.I):
        return date(years[0], 1, 1), _need(calendar), False
    if len(years) == 1 and (short := re.search(r"[-–—/]\s*(\d\d)$", phrase)):
        years.append(years[0] // 100 * 100 + int(short.group(1)))  # '2023-24'
    return date(years[0], 1, 1), date(years[-1], 12, 31), False


def _shifted(stretch: tuple[date, date], years: int) -> tuple[date, date]:
    """The stretch ``years`` years later (earlier, for a negative number)."""
    step = relativedelta(years=years)
    return stretch[0] + step, stretch[1] + step


def _quarter_start(day: date, months: int = 3) -> date:
    """The first day of the quarter (or month, or other stretch of ``months``) holding ``day``."""
    return date(day.year, (day.month - 1) // months * months + 1, 1)


def _read_year_pair(phrase: str, calendar: Calendar, year_of: int | None) -> _Span:
    years = [int(y.group()) for y in _YEAR_RE.finditer(phrase)]
    if years[1] != years[0] + 1:
        raise ValueError(phrase)  # (the pattern matches only years in a row: this is a guard)
    return date(years[0], 1, 1), date(years[1], 12, 31), False


def _read_split_year(phrase: str, calendar: Calendar, year_of: int | None) -> _Span:
    """'the 2022/23 season' (July to June, about), '2023/24 July-June', 'fiscal 2023/24' (April
    to March, as the UK, India and Japan count it)."""
    first = int(_YEAR_RE.findall(phrase)[0]) if _YEAR_RE.search(phrase) else int(phrase.split("/")[0][-4:])
    if len(months := _month_of(phrase)) == 2:
        start = date(first, months[0], 1)
        return start, start + relativedelta(months=(months[1] - months[0]) % 12 + 1, days=-1), False
    if re.search(r"fiscal|financial|budget|tax|FY", phrase, re.I):
        return date(first, 4, 1), date(first + 1, 3, 31), False
    return date(first, 7, 1), date(first + 1, 6, 30), True


def _read_fiscal(phrase: str, calendar: Calendar, year_of: int | None) -> _Span:
    """'fiscal year 2025', 'FY24', 'fiscal 2024' (the US federal one: October 2024 to September
    2025 is fiscal 2025), 'the upcoming fiscal year', 'this fiscal year'."""
    lowered = phrase.lower()
    if (named := _YEAR_RE.search(phrase)) is not None:
        year = int(named.group())
    elif (short := re.search(r"(\d\d)\b", phrase)) is not None:
        year = 2000 + int(short.group(1))
    else:
        published = _need(calendar)
        year = published.year + (1 if published.month >= 10 else 0)
        year += 1 if re.search(r"upcoming|next|coming", lowered) else -1 if re.search(
            r"last|previous|prior|past", lowered) else 0
    return date(year - 1, 10, 1), date(year, 9, 30), False


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
        if name == "winter" and published.month <= 2:
            start = date(published.year - 1, 12, 1)  # ('this winter', said in February: the one under way)
        if "next" in lowered or "coming" in lowered:
            start = start if start > published else start + relativedelta(years=1)
        elif "last" in lowered or "past" in lowered or "previous" in lowered:
            while start + relativedelta(months=3) > published:  # ended before the article
                start -= relativedelta(years=1)
        elif "this" not in lowered:
            while start > published:  # the most recent one begun
                start -= relativedelta(years=1)
        elif calendar.past and start <= published:  # 'has fallen this spring' (not a winter to come)
            return start, _so_far(start + relativedelta(months=3, days=-1), calendar), False
    return start, start + relativedelta(months=3, days=-1), False


_QUARTER_WORDS = {"1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "final": 4, "last": 4}


def _read_quarter(phrase: str, calendar: Calendar, year_of: int | None) -> _Span:
    lowered = phrase.lower()
    if (q := re.search(r"q([1-4])", lowered)) is not None:
        quarter = int(q.group(1))
    else:
        word = re.split(r"[\s-]+", lowered.split("quarter")[0].strip(" -"))[-1]  # 'second-quarter'
        quarter = _QUARTER_WORDS.get(word) or ORDINALS.get(word, 4)
    year = _year_in(phrase, calendar)
    if year is None:
        published = _need(calendar)
        if "last" in lowered.split("quarter")[0]:  # 'the last quarter': the one before this one
            start = _quarter_start(published) - relativedelta(months=3)
            return start, start + relativedelta(months=3, days=-1), False
        year = published.year
        if date(year, 3 * quarter - 2, 1) > published and not calendar.future:
            year -= 1  # 'Lockheed's sales in Q4' in January: the fourth quarter just ended
    start = date(year, 3 * quarter - 2, 1)
    return start, start + relativedelta(months=3, days=-1), False


def _read_half(phrase: str, calendar: Calendar, year_of: int | None) -> _Span:
    lowered = phrase.lower()
    second = re.search(r"second|latter|2nd|h2|2h", lowered) is not None
    if months := _month_of(phrase):  # 'the first half of July': its first fifteen days
        first, last = _month_span(_year_in(phrase, calendar) or _latest(months[0], 1, calendar), months[0])
        return (first.replace(day=16), last, False) if second else (first, first.replace(day=15), False)
    year = _year_in(phrase, calendar, year_of)
    if year is None and calendar.context is not None and calendar.context[0].year == calendar.context[1].year:
        year = calendar.context[0].year  # 'Revenue in 2021 was flat. In the second half, ...'
    if year is None:
        published = _need(calendar)
        year = published.year - (1 if second and published.month < 7 and not calendar.future else 0)
    if second:
        return date(year, 7, 1), date(year, 12, 31), False
    return date(year, 1, 1), date(year, 6, 30), False


def _read_quarter_pair(phrase: str, calendar: Calendar, year_of: int | None) -> _Span:
    """'the second and third quarters (of 2023)': from the first's start to the second's end."""
    words = phrase.lower().split()
    first_q, last_q = ORDINALS[words[1]], ORDINALS[words[3]]
    year = _year_in(phrase, calendar, year_of)
    if year is None:
        published = _need(calendar)
        year = published.year - (1 if date(published.year, 3 * first_q - 2, 1) > published else 0)
    return date(year, 3 * first_q - 2, 1), date(year, 3 * last_q, 1) + relativedelta(months=1, days=-1), False


def _read_months_of(phrase: str, calendar: Calendar, year_of: int | None) -> _Span:
    """'5M 2024': the first five months of 2024."""
    count, year = re.match(r"(\d+)M\s?(\d+)", phrase).groups()  # type: ignore[union-attr]
    first = date(int(year) if len(year) == 4 else 2000 + int(year), 1, 1)
    return first, first + relativedelta(months=int(count), days=-1), False


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
        first, last = _month_span(year, months[0])
        if (day := _DAY_RE.search(_MONTH_RE.sub(" ", phrase))) is not None:  # 'last Oct. 7'
            first = last = first.replace(day=int(day.group(1)))
        return first, last, False
    if "weekend" in lowered:
        return _weekend(published, shift)
    unit = re.search(r"\b(day|week|month|year|hour|quarter)s?\b", lowered)
    assert unit is not None
    name = unit.group(1)
    if rolling:
        return published - _delta(name, 1), published, False
    if name == "week" and calendar.context is not None and _NEXT_TO.search(lowered) \
            and (calendar.context[1] - calendar.context[0]).days == 6:
        # 'the previous week' after a week named ('in the week to April 15')
        step = timedelta(days=7 * shift)
        return calendar.context[0] + step, calendar.context[1] + step, False
    if name in ("month", "quarter") and _NEXT_TO.search(lowered):
        # 'the previous month', 'the previous quarter': before the one named before, or the article's
        length = 1 if name == "month" else 3
        first = calendar.context[0] if calendar.context is not None else _quarter_start(published, length)
        first += relativedelta(months=length * shift)
        return first, first + relativedelta(months=length, days=-1), False
    if name == "year" and calendar.context is not None and _NEXT_TO.search(lowered):
        # 'the previous year' counts from the stretch named before: the year before a year,
        # the same quarter a year before a quarter ('Q2 sales rose 20% from the previous year');
        # before a few days ('exceeded in mid-December'), the whole year before theirs
        first, last = calendar.context
        if (last - first).days < _SHORTEST_PART:
            return date(first.year + shift, 1, 1), date(first.year + shift, 12, 31), False
        return *_shifted(calendar.context, shift), False
    # 'this year' is the calendar year, but only to the article's date in a clause in the past
    # ('has destroyed 2,000 this year'); a month or week in progress is known to that date
    so_far = shift == 0 and not calendar.future and (calendar.past or name != "year")
    if name == "year":
        return date(published.year + shift, 1, 1), (
            published if so_far else date(published.year + shift, 12, 31)), False
    if name == "month":
        first = date(published.year, published.month, 1) + relativedelta(months=shift)
        return first, published if so_far else first + relativedelta(months=1, days=-1), False
    monday = published - timedelta(days=published.weekday())
    if shift == 0:
        return monday, published if so_far else monday + timedelta(days=6), False
    if shift < 0:
        return published - timedelta(days=7), published - timedelta(days=1), False
    return monday + timedelta(days=7), monday + timedelta(days=13), False


def _amount(phrase: str, unit: str) -> relativedelta:
    """How long 'two and a half years', 'six months', 'a few weeks' is."""
    count = _count(phrase)
    if re.search(r"and\s+a\s+half", phrase, re.I):
        if unit == "year":
            return relativedelta(months=12 * count + 6)
        if unit == "month":
            return relativedelta(months=count, days=15)
        return _shift(unit, count) + relativedelta(days=(7 if unit == "week" else 1) // 2)
    return _shift(unit, count)


def _weekend(published: date, shift: int = -1) -> _Span:
    """The most recent Saturday and Sunday up to the article's date (shift 1: the next ones)."""
    saturday = published - timedelta(days=(published.weekday() - 5) % 7)
    if shift > 0:
        saturday += timedelta(days=7)
    return saturday, saturday + timedelta(days=1), False


def _count(phrase: str) -> int:
    found = _COUNT_RE.search(phrase)
    if found is None:
        return 3 if re.match(r"(?:days|weeks|months|years)\b", phrase.strip(), re.I) else 1  # 'weeks ago'

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
    """'two weeks ago': that day (fuzzy but for days); 'six to eight months ago' the days between."""
    published = _need(calendar)
    if phrase.lower().endswith("earlier") and calendar.context is not None:
        published = calendar.context[1]  # 'on February 5 ... 18,657 a week earlier': before that day
    if re.search(r"decades?\b", phrase, re.I):  # 'a decade ago', 'two decades ago': about then
        day = published - _decades(phrase)
        return day, day, True
    unit = _unit_of(phrase)
    head = _UNIT_RE.split(phrase, maxsplit=1)[0]
    counts = [_count(f"{m.group()} {unit}s") for m in _COUNT_WORD.finditer(head)]
    if len(counts) == 2 and not re.search(r"\b(?:few|several|couple)\b", head, re.I):
        return published - _shift(unit, max(counts)), published - _shift(unit, min(counts)), True
    day = published - _amount(phrase, unit)
    return day, day, unit != "day"


_COUNT_WORD = re.compile(r"\b(?:\d{1,3}|" + "|".join(w for w in COUNT_WORDS if " " not in w) + r")\b", re.I)


def _read_past(phrase: str, calendar: Calendar, year_of: int | None) -> _Span:
    """'the past 24 hours', 'the last three months', 'the first six months of 2023'."""
    lowered = phrase.lower()
    if "quarters" in lowered:  # 'the first three quarters of 2023': its first nine months
        lowered = phrase = lowered.replace("three quarters", "nine months").replace(
            "two quarters", "six months").replace("3 quarters", "9 months").replace("2 quarters", "6 months")
    unit = "year" if "decade" in lowered else _unit_of(phrase)
    hours = re.search(r"\b(24|48|72)\s+hours\b", lowered)
    count = int(hours.group(1)) // 24 if hours else _count(phrase)
    if re.search(r"\bof\b", lowered) and (months := _month_of(phrase)):  # 'the first nine days of January'
        first, last = _month_span(_year_in(phrase, calendar) or _latest(months[0], 1, calendar), months[0])
        if lowered.startswith("the last"):
            return max(first, last - _shift(unit, count) + timedelta(days=1)), last, False
        return first, min(last, first + _shift(unit, count) - timedelta(days=1)), False
    if re.search(r"\bof\b", lowered):  # 'the first six months of 2023', '9 months of the current year'
        year = _year_in(phrase, calendar)
        if year is None:
            raise ValueError(phrase)
        if not lowered.startswith("the last"):
            first = date(year, 1, 1)
            return first, first + _shift(unit, count) - timedelta(days=1), False
        last = date(year, 12, 31)
        return last - _shift(unit, count) + timedelta(days=1), last, False
    published = _need(calendar)
    if "decade" in lowered:  # 'over the past decade', 'the last two decades'
        return published - _decades(lowered), published, False
    length = _shift(unit, count) if hours else _amount(phrase, unit)
    return published - length, published, "few" in lowered or "several" in lowered or "half" in lowered


def _read_now(phrase: str, calendar: Calendar, year_of: int | None) -> _Span:
    published = _need(calendar)
    lowered = " ".join(phrase.lower().split())
    if lowered == "yesterday":
        day = published - timedelta(days=1)
        return day, day, False
    if lowered == "so far this year":
        return date(published.year, 1, 1), published, False
    if lowered in ("overnight", "last night", "the past night", "over the past night"):
        return published - timedelta(days=1), published, False
    if lowered.endswith("weekend"):
        return _weekend(published)
    if lowered in ("recently", "lately", "so far", "to date", "thus far", "previously", "some time ago",
                   "a while ago"):
        return _OPEN, published, True  # until now, from no known start
    return published, published, lowered not in ("today", "tonight")


def _decades(phrase: str) -> relativedelta:
    """How long 'a decade', 'the last two decades' is."""
    return _delta("year", 10 * _count(re.sub("decade", "year", phrase, flags=re.I)))


def _read_decade(phrase: str, calendar: Calendar, year_of: int | None) -> _Span:
    """'the 1990s', 'the '90s'."""
    digits = re.search(r"\d+", phrase)
    assert digits is not None
    first = int(digits.group())
    first = first if first >= 100 else (1900 + first if first >= 30 else 2000 + first)
    return date(first, 1, 1), date(first + 9, 12, 31), False


def _read_year_before(phrase: str, calendar: Calendar, year_of: int | None) -> _Span:
    """'the year before', 'the previous year', 'a year earlier': the year before the one the
    sentence names, or before the article's; 'the following year' the one after."""
    step = 1 if re.search(r"following|next|after|later", phrase, re.I) else -1
    counted = calendar.context_year is not None or re.match(r"an?\s", phrase, re.I)
    if calendar.context is not None and counted:
        # a year named, or 'exports rose 87% in the first quarter from a year earlier': that
        # stretch, a year before
        return *_shifted(calendar.context, step), False
    year = _need(calendar).year + step
    return date(year, 1, 1), date(year, 12, 31), False


def _read_ahead(phrase: str, calendar: Calendar, year_of: int | None) -> _Span:
    """'the next six months', 'the coming years' (open), 'within the next year'."""
    published = _need(calendar)
    lowered = phrase.lower()
    unit = "decade" if "decade" in lowered else _unit_of(phrase)
    if (_COUNT_RE.search(lowered) is None or re.search(r"\b(?:few|several)\b", lowered)) and re.search(
            r"(?:days|weeks|months|years|decades)\b", lowered):
        return published, _OPEN_END, True  # 'in the coming years', 'over the next few years'
    count = _count(lowered)
    ahead = _delta("year", 10 * count) if unit == "decade" else _shift(unit, count)
    return published, published + ahead, False


def _read_recent(phrase: str, calendar: Calendar, year_of: int | None) -> _Span:
    """'recent weeks': about three of them before the article."""
    published = _need(calendar)
    return published - _delta(_unit_of(phrase), 3), published, True


def _read_seasons_back(phrase: str, calendar: Calendar, year_of: int | None) -> _Span:
    """'the past two winters': from the first of them to the end of the last one ended."""
    lowered = phrase.lower()
    name = next(season for season in SEASONS if season in lowered)
    last_start, _, _ = _read_season(f"last {name}", calendar, year_of)
    first_start = last_start - relativedelta(years=_count(re.sub(r"\w+s$", "years", lowered)) - 1)
    return first_start, last_start + relativedelta(months=3, days=-1), False


def _read_span_back(phrase: str, calendar: Calendar, year_of: int | None) -> _Span:
    """'(the first time) in three years', 'in more than two decades': the stretch before the article."""
    published = _need(calendar)
    lowered = phrase.lower()
    count = _count(lowered.replace("decades", "years"))
    years = 10 * count if "decade" in lowered else count
    fuzzy = bool(re.match(r"(?:more\s+than|over|nearly|almost|about|some)\b", lowered))
    if "month" in lowered:
        return published - _delta("month", count), published, fuzzy
    return published - _delta("year", years), published, fuzzy


def _read_war_span(phrase: str, calendar: Calendar, year_of: int | None) -> _Span:
    """'six months of war', 'after nearly two years of fighting': the stretch of that length
    before the article (a war's start, about)."""
    published = _need(calendar)
    lowered = phrase.lower()
    unit = re.search(r"\b(day|week|month|year)s\b", lowered)
    assert unit is not None
    return published - _amount(lowered.split(" of ")[0], unit.group(1)), published, True


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _read_year_end(phrase: str, calendar: Calendar, year_of: int | None) -> _Span:
    """'year-end': the last two months of the article's year."""
    year = year_of or _need(calendar).year
    return date(year, 11, 1), date(year, 12, 31), True


def _read_event_into(phrase: str, calendar: Calendar, year_of: int | None) -> _Span:
    """'almost a year into the war': that long after it began."""
    day = _event(phrase, calendar) + _amount(phrase.split(" into ")[0], _unit_of(phrase.split(" into ")[0]))
    return day, day, True


def _read_months_to(phrase: str, calendar: Calendar, year_of: int | None) -> _Span:
    """'the 12 months to August': the stretch that ends with August."""
    head = re.split(r"\s+(?:to|through|until|ending)\b", phrase, maxsplit=1)[0]
    months = _month_of(phrase)
    named = _year_in(phrase, calendar, year_of)
    tail = re.split(r"\s+(?:to|through|until|ending)\b", phrase, maxsplit=1)[-1]
    day = _DAY_RE.search(_YEAR_RE.sub(" ", tail))
    if months and day is not None:  # 'the four weeks to May 12': the stretch that ends that day
        end = date(named or _latest(months[0], int(day.group(1)), calendar), months[0], int(day.group(1)))
    elif months:
        _, end = _month_span(named or _latest(months[0], 1, calendar), months[0])
    elif named is not None:
        end = date(named, 12, 31)
    else:
        raise ValueError(phrase)
    unit = _unit_of(head)
    return end - _amount(head, unit) + timedelta(days=1), end, False


def _read_same_period(phrase: str, calendar: Calendar, year_of: int | None) -> _Span:
    """'the same period in 2021', 'the same month a year earlier': the stretch the sentence
    named before, in that other year (the whole year when it named none)."""
    named = _YEAR_RE.search(phrase)
    context = calendar.context
    if named is not None:
        year = int(named.group())
    elif context is not None:
        year = context[0].year - 1  # 'a year earlier', 'last year' of the stretch named
    else:
        year = _need(calendar).year - 1
    if context is None and "quarter" in phrase.lower() and named is None:
        # 'the year-ago quarter' with none named: the last quarter reported, a year before
        first, last, _ = _read_the_quarter("the quarter", calendar, year_of)
        return *_shifted((first, last), -1), True
    if context is None:
        return date(year, 1, 1), date(year, 12, 31), True
    return *_shifted(context, year - context[0].year), False


def _read_whole_year(phrase: str, calendar: Calendar, year_of: int | None) -> _Span:
    """'the whole year': the year named before, or the article's."""
    year = _year_named_before(calendar)
    return date(year, 1, 1), date(year, 12, 31), False


def _year_named_before(calendar: Calendar) -> int:
    """The calendar year the stretch named before lies in, or the article's."""
    if calendar.context is not None and calendar.context[0].year == calendar.context[1].year:
        return calendar.context[0].year
    return _need(calendar).year


def _read_the_quarter(phrase: str, calendar: Calendar, year_of: int | None) -> _Span:
    """'for the quarter': the one named before, or the last begun before the article's date."""
    if calendar.context is not None and 80 <= (calendar.context[1] - calendar.context[0]).days <= 95:
        return calendar.context[0], calendar.context[1], False
    start = _quarter_start(_need(calendar))
    if not calendar.future:
        start -= relativedelta(months=3)  # (results are reported after the quarter ends)
    return start, start + relativedelta(months=3, days=-1), True


def _read_ellipsis(phrase: str, calendar: Calendar, year_of: int | None) -> _Span:
    """'in the third': that quarter (or half) of the year of the quarter (half) named before."""
    if calendar.context is None:
        raise _Unresolved
    first, last = calendar.context
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    word = phrase.lower().split()[-1]
    number = {"final": -1, "last": -1}.get(word) or ORDINALS[word]
    if months == 3 and first.month % 3 == 1 and first.day == 1 and number <= 4:
        start = date(first.year, 3 * (4 if number < 0 else number) - 2, 1)
        return start, start + relativedelta(months=3, days=-1), False
    if months == 6 and first.month in (1, 7) and first.day == 1 and number <= 2:
        start = date(first.year, 1 if number == 1 else 7, 1)
        return start, start + relativedelta(months=6, days=-1), False
    raise _Unresolved


def _read_first_months(phrase: str, calendar: Calendar, year_of: int | None) -> _Span:
    """'the first six months': of the year named before, or the article's."""
    first = date(_year_named_before(calendar), 1, 1)
    return first, first + _amount(phrase, _unit_of(phrase)) - timedelta(days=1), False


def _read_soon(phrase: str, calendar: Calendar, year_of: int | None) -> _Span:
    """'soon', 'in the near future': from the article's date on, how far not known."""
    return _need(calendar), _OPEN_END, True


def _read_anaphor(phrase: str, calendar: Calendar, year_of: int | None) -> _Span:
    """'then', 'that date', 'this period': the stretch named before."""
    if re.search(r"\d\d-hour", phrase):  # 'in the same 24-hour period': that of a daily report
        published = _need(calendar)
        return published - _shift("day", int(phrase.split("-hour")[0][-2:])), published, False
    if calendar.context is None:
        raise _Unresolved
    return calendar.context[0], calendar.context[1], False


def _read_weekday(phrase: str, calendar: Calendar, year_of: int | None) -> _Span:
    """'on Tuesday', 'late Wednesday': the most recent such day on or before the article's date."""
    published = _need(calendar)
    lowered = phrase.lower()
    weekday = next(i for i, name in enumerate(_WEEKDAYS) if name in lowered)
    back = (published.weekday() - weekday) % 7
    if lowered.startswith("last") and back == 0:
        back = 7
    day = published - timedelta(days=back)
    return day, day, False


def _event(phrase: str, calendar: Calendar) -> date:
    found = calendar.event_date(phrase)
    if found is None:
        raise ValueError(phrase)
    return found


def _read_event_part(phrase: str, calendar: Calendar, year_of: int | None) -> _Span:
    """'the first months of the war' (three, when not counted), 'the 11th month of the war'."""
    start = _event(phrase, calendar)
    lowered = phrase.lower()
    head = phrase.split(" of ")[0]
    if _UNIT_RE.search(head) is None:  # 'the early phases of the war'
        return start, start + relativedelta(months=3, days=-1), True
    unit = _unit_of(head)
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
    "seasons_back": _read_seasons_back,
    "quarter": _read_quarter, "half": _read_half, "year_range": _read_year, "year": _read_year,
    "relative": _read_relative, "ago": _read_ago, "past": _read_past, "now": _read_now,
    "same_period": _read_same_period, "fiscal": _read_fiscal, "split_year": _read_split_year,
    "year_pair": _read_year_pair, "the_year": _read_whole_year, "soon": _read_soon,
    "the_quarter": _read_the_quarter, "ellipsis": _read_ellipsis, "war_span": _read_war_span,
    "half_bare": _read_half, "quarter_pair": _read_quarter_pair, "months_of": _read_months_of,
    "event_part": _read_event_part, "event_start": _read_event_start, "event": _read_event,
    "event_bare": _read_event, "whole_year": _read_whole_year, "first_months": _read_first_months,
    "decade": _read_decade, "year_before": _read_year_before, "ahead": _read_ahead, "recent": _read_recent,
    "span_back": _read_span_back, "weekday": _read_weekday, "year_end": _read_year_end,
    "event_into": _read_event_into, "months_to": _read_months_to, "anaphor": _read_anaphor,
}
