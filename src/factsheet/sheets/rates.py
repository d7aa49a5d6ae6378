"""Exchange rates by period: what one unit of a currency was worth in US dollars then.

The package ships a small table (``rates.csv``: yearly averages, each row with its source);
a project adds rows, or overrides the package's for the same currency and period, in
``facts/rates.csv`` with the same columns:

    currency,period,units_per_usd,usd_per_unit,source
    KRW,2023,1306.7637,,Federal Reserve G.5A annual release of 2024-02-01
    EUR,2024-03,,1.0872,ECB reference rate, monthly average

``period`` is a year, a month, a day or two days joined by '/' (both included). Give the
rate either way round, as the source prints it. Validation is strict: a bad row is an
error at its line. A figure's rate is that of the shortest period holding the middle of
the figure's own period; outside the table, that of the nearest period less than a year
away (said so); further than that, none: the figure is not converted.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, replace
from datetime import date, timedelta
from importlib import resources
from pathlib import Path

from dateutil.relativedelta import relativedelta

from ..currencies import CURRENCY_CODES
from ..errors import FactsheetError, Location, did_you_mean
from ..text.periods import Period

RATES_FILE = "rates.csv"  # in the package, and in a project's facts directory
COLUMNS = ("currency", "period", "units_per_usd", "usd_per_unit", "source")
NEAREST_DAYS = 366  # how far outside the table a rate is still taken


class RateError(FactsheetError, ValueError):
    """A row or the header of a rate table is wrong."""


@dataclass(frozen=True, slots=True)
class ExchangeRate:
    """One row: a unit of ``currency`` was worth ``usd_per_unit`` US dollars from ``start``
    to ``end`` (an average over that stretch, as its source says)."""

    currency: str
    start: date
    end: date
    usd_per_unit: float
    source: str
    location: Location
    text: str = ""  # the period as written: '2023'
    nearest: bool = False  # taken for a figure outside its period: the nearest in the table

    def describe(self) -> str:
        """'1 EUR = 1.0817 USD (2023; Federal Reserve G.5A)'."""
        near = ", the nearest in the table" if self.nearest else ""
        return f"1 {self.currency} = {self.usd_per_unit:.6g} USD ({self.text}{near}; {self.source})"

    def distance(self, day: date) -> int:
        """Days from ``day`` to this rate's period (0 inside it)."""
        return max((self.start - day).days, (day - self.end).days, 0)


@dataclass(frozen=True, slots=True)
class RateTable:
    rates: tuple[ExchangeRate, ...] = ()

    def rate(self, currency: str, period: Period | None) -> ExchangeRate | None:
        """The rate for a figure in ``currency`` about ``period``; None when the table has
        none within a year of it, or the figure's time is unknown."""
        day = _middle(period)
        if day is None:
            return None
        rows = [(at, r) for at, r in enumerate(self.rates) if r.currency == currency]
        if not rows:
            return None
        # Shortest holding period first; a project's row before the package's (it comes later).
        _, best = min(rows, key=lambda row: (row[1].distance(day), (row[1].end - row[1].start).days, -row[0]))
        if best.distance(day) > NEAREST_DAYS:
            return None
        return best if best.distance(day) == 0 else replace(best, nearest=True)

    def currencies(self) -> frozenset[str]:
        return frozenset(r.currency for r in self.rates)


def _middle(period: Period | None) -> date | None:
    if period is None:
        return None
    if period.start is not None and period.end is not None:
        return period.start + (period.end - period.start) / 2
    return period.start or period.end


def load_rates(facts_dir: Path | None) -> RateTable:
    """The package's table and the project's (``facts_dir/rates.csv``), the project's last.
    Raises RateError naming the file and line of the first bad row."""
    with resources.as_file(resources.files(__package__) / RATES_FILE) as path:
        texts = [(path.read_text(encoding="utf-8"), path)]
    if facts_dir is not None and (project := facts_dir / RATES_FILE).is_file():
        try:
            texts.append((project.read_bytes().decode("utf-8-sig"), project))
        except (OSError, UnicodeDecodeError) as error:
            raise RateError(f"cannot be read as UTF-8 text ({error}); save it as UTF-8 CSV",
                            Location(project, 1)) from None
    return RateTable(tuple(rate for text, path in texts for rate in read_rates(text, path)))


def read_rates(text: str, path: Path) -> list[ExchangeRate]:
    """The rows of one rate table (CSV text)."""
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, None)
    if header is None:
        return []
    columns = [name.strip().lower() for name in header]
    for name in columns:
        if name not in COLUMNS:
            raise RateError(f"unknown column '{name}'{did_you_mean(name, COLUMNS)}; the columns are "
                            f"{', '.join(COLUMNS)}", Location(path, 1))
    for name in ("currency", "period"):
        if name not in columns:
            raise RateError(f"the first row must name the columns, among them '{name}'", Location(path, 1))
    rates: list[ExchangeRate] = []
    seen: dict[tuple[str, date, date], int] = {}
    for row in reader:
        where = Location(path, reader.line_num)
        if not any(cell.strip() for cell in row) or row[0].lstrip().startswith("#"):
            continue
        if len(row) > len(columns):
            raise RateError(f"{len(row)} cells but {len(columns)} columns; quote a cell that holds a comma",
                            where)
        rate = _row({n: c.strip() for n, c in zip(columns, row, strict=False) if c.strip()}, where)
        key = (rate.currency, rate.start, rate.end)
        if key in seen:
            raise RateError(f"{rate.currency} {rate.text} has a rate already, on line {seen[key]}; keep one",
                            where)
        seen[key] = where.line
        rates.append(rate)
    return rates


def _row(cells: dict[str, str], where: Location) -> ExchangeRate:
    currency = cells.get("currency", "").upper()
    if currency not in CURRENCY_CODES:
        known = ", ".join(sorted(CURRENCY_CODES))
        raise RateError(f"currency '{cells.get('currency', '')}' is not one the harness reads; write an "
                        f"ISO code: {known}", where)
    text = cells.get("period", "")
    start, end = _period(text, where)
    given = [name for name in ("units_per_usd", "usd_per_unit") if name in cells]
    if len(given) != 1:
        raise RateError("give the rate in exactly one of 'units_per_usd' and 'usd_per_unit'", where)
    try:
        number = float(cells[given[0]].replace(",", ""))
    except ValueError:
        number = 0.0
    if not number > 0 or number == float("inf"):
        raise RateError(f"rate '{cells[given[0]]}' must be a positive number, like 1306.76", where)
    usd = number if given[0] == "usd_per_unit" else 1 / number
    source = cells.get("source")
    if not source:
        raise RateError("say where the rate comes from in 'source'", where)
    return ExchangeRate(currency, start, end, usd, source, where, text)


def _period(text: str, where: Location) -> tuple[date, date]:
    """'2023' -> the year; '2023-06' -> the month; '2023-06-15' -> the day; 'a/b' -> a to b."""
    if "/" in text:
        first, _, last = text.partition("/")
        try:
            start, end = _period(first.strip(), where)[0], _period(last.strip(), where)[1]
        except RateError:
            raise RateError(f"period '{text}' must be a year, a month or a day (2023, 2023-06, 2023-06-15) "
                            "or two of them joined by '/'", where) from None
        if end < start:
            raise RateError(f"period '{text}' ends before it starts", where)
        return start, end
    try:
        if len(text) == 4 and text.isdigit():
            return date(int(text), 1, 1), date(int(text), 12, 31)
        if len(text) == 7:
            first_day = date.fromisoformat(text + "-01")
            return first_day, first_day + relativedelta(months=1) - timedelta(days=1)
        day = date.fromisoformat(text)
        return day, day
    except ValueError:
        raise RateError(f"period '{text}' must be a year, a month or a day (2023, 2023-06, 2023-06-15) "
                        "or two of them joined by '/'", where) from None
