"""A timeline per fact that changes over time: time across, value up, one mark per claim.

Pure geometry: claims in, positions out; ``_timeline.html`` draws the SVG. A claim
spans its period across (a day is a dot, a stretch a bar) and its stated range up
(a range is a box, a point a line); an open end runs to the plot's edge. The claim
whose period ends last is marked as the latest figure. The value axis is
logarithmic when the values span more than ten times. Claims whose period is not
known are left out, and counted.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from ..check.compare import Claim
from ..quantities import ClaimValue
from .status import CONSISTENT
from .values import compact_number

WIDTH = 800
LEFT, RIGHT, TOP, BOTTOM = 70.0, 740.0, 24.0, 250.0  # room right of the plot for the last label
HEIGHT = 290
LOG_SPAN = 10.0
MAX_MARKS = 400  # a fact with more claims shows the latest ones


@dataclass(frozen=True, slots=True)
class Mark:
    """One claim: across from ``x0`` to ``x1``, up from ``y_low`` to ``y_high`` (top-down
    pixels, so ``y_high`` <= ``y_low``), its estimate at ``y`` when it gives one."""

    x0: float
    x1: float
    y: float | None
    y_low: float
    y_high: float
    label: str  # tooltip: 'article: value (period)'
    name: str  # drawn beside it: the article's short name, '004'
    status: str  # the claim's verdict name: 'conflict', 'accepted', 'ok'
    latest: bool


@dataclass(frozen=True, slots=True)
class Timeline:
    width: int
    height: int
    left: float
    right: float
    top: float
    bottom: float
    marks: tuple[Mark, ...]
    x_ticks: tuple[tuple[float, str], ...]
    y_ticks: tuple[tuple[float, str], ...]
    log: bool
    undated: int  # claims left out: their period is not known
    left_out: int  # claims left out: more than the timeline draws
    description: str


def build_timeline(claims: Sequence[Claim], statuses: Mapping[tuple[str, ClaimValue], str],
                   names: Mapping[str, str]) -> Timeline | None:
    """The timeline of a fact's claims (``statuses``: the verdict name per source and value;
    ``names``: each article's short name), or None when fewer than two have a known period
    and a value."""
    dated = [(i, c) for i, c in enumerate(claims) if c.period is not None and _has_value(c)
             and (c.period.start or c.period.end)]
    undated = len(claims) - len(dated)
    dated.sort(key=lambda item: _end(item[1]))
    left_out = max(0, len(dated) - MAX_MARKS)
    dated = dated[left_out:]
    if len(dated) < 2:
        return None
    first = min(_start(c) for _, c in dated)
    last = max(_end(c) for _, c in dated)
    margin = timedelta(days=max(1, (last - first).days // 20))  # no mark sits on the axis
    first, last = first - margin, last + margin
    values = [v for _, c in dated for v in (c.value.low, c.value.high, c.value.nominal)
              if v is not None and v > 0]
    low, high = (min(values), max(values)) if values else (1.0, 10.0)
    log = low > 0 and high / low > LOG_SPAN
    scale = _ValueScale(low, high, log)
    span = (last - first).days

    def x_of(day: date) -> float:
        return LEFT + (RIGHT - LEFT) * (day - first).days / span

    latest_end = _end(dated[-1][1])
    marks = []
    for _, claim in dated:
        period = claim.period
        assert period is not None
        y = scale.y(claim.value.nominal) if claim.value.nominal is not None else None
        y_low = scale.y(claim.value.low) if claim.value.low is not None else BOTTOM
        y_high = scale.y(claim.value.high) if claim.value.high is not None else TOP
        marks.append(Mark(
            x0=x_of(period.start) if period.start else LEFT,
            x1=x_of(period.end) if period.end else RIGHT,
            y=y, y_low=y_low, y_high=y_high,
            label=f"{claim.article}: {claim.written} ({period.describe()})",
            name=names.get(claim.article, claim.article),
            status=statuses.get((claim.source, claim.value), CONSISTENT.name),
            latest=_end(claim) == latest_end,
        ))
    return Timeline(
        WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM, tuple(marks), _date_ticks(first, last, x_of),
        scale.ticks(), log, undated, left_out,
        f"{len(marks)} claims from {first} to {last}; the latest ends {latest_end}",
    )


def _has_value(claim: Claim) -> bool:
    return any(v is not None for v in (claim.value.nominal, claim.value.low, claim.value.high))


def _start(claim: Claim) -> date:
    assert claim.period is not None
    return claim.period.start or claim.period.end or date.min


def _end(claim: Claim) -> date:
    assert claim.period is not None
    return claim.period.end or claim.period.start or date.max


class _ValueScale:
    def __init__(self, low: float, high: float, log: bool) -> None:
        self.log = log
        if log:
            self.low, self.high = math.log10(low), math.log10(high)
        else:
            self.low, self.high = min(0.0, low), high
        if self.high <= self.low:
            self.high = self.low + 1

    def y(self, value: float) -> float:
        position = math.log10(value) if self.log and value > 0 else (self.low if self.log else value)
        share = (position - self.low) / (self.high - self.low)
        return BOTTOM - (BOTTOM - TOP) * min(1.0, max(0.0, share))

    def ticks(self) -> tuple[tuple[float, str], ...]:
        if self.log:  # 1, 2 and 5 of each power of ten in the range, fewer when it is wide
            steps = (1, 2, 5) if self.high - self.low <= 2 else (1,)
            values = [step * 10.0 ** p for p in range(math.floor(self.low), math.ceil(self.high) + 1)
                      for step in steps]
            return tuple((self.y(v), compact_number(v)) for v in values
                         if self.low <= math.log10(v) <= self.high)
        step = _nice_step((self.high - self.low) / 4)
        count = int(self.low // step)
        found = []
        while count * step <= self.high:
            if count * step >= self.low:
                found.append((self.y(count * step), compact_number(count * step)))
            count += 1
        return tuple(found)


def _nice_step(rough: float) -> float:
    power = 10.0 ** math.floor(math.log10(rough)) if rough > 0 else 1.0
    return next(step * power for step in (1, 2, 5, 10) if step * power >= rough)


def _date_ticks(first: date, last: date, position: Callable[[date], float]) -> tuple[tuple[float, str], ...]:
    """Years across a long stretch, months across a short one."""
    if (last - first).days > 3 * 365:
        return tuple((position(date(year, 1, 1)), str(year)) for year in range(first.year + 1, last.year + 1))
    ticks = []
    month = date(first.year, first.month, 1)
    step = 1 if (last - first).days <= 400 else 3
    while month <= last:
        if month >= first:
            ticks.append((position(month), month.strftime("%b %Y")))
        month = date(month.year + (month.month + step - 1) // 12, (month.month + step - 1) % 12 + 1, 1)
    return tuple(ticks)
