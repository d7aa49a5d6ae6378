"""A number line per fact: each source's estimate and stated range on one axis.

Pure geometry: claims in, positions out; the template draws the SVG. A log
scale is used when the values span more than ten times.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from ..compare import Claim
from ..facts import Reference, Tolerance

WIDTH = 640
LEFT = 150  # room for the source labels
RIGHT = 20
ROW = 26
TOP = 10
AXIS_GAP = 30
LOG_SPAN = 10.0


@dataclass(frozen=True, slots=True)
class Row:
    """One source on the chart. ``x`` is its estimate; a bar runs from ``low_x`` to ``high_x``."""

    label: str
    y: float
    x: float | None
    low_x: float
    high_x: float
    open_low: bool
    open_high: bool
    has_range: bool
    status: str  # "conflict", "accepted" or "ok": drawn as colour *and* named in the label
    also: tuple[str, ...]  # duplicates folded into this row


@dataclass(frozen=True, slots=True)
class Band:
    x: float
    low_x: float
    high_x: float
    label: str


@dataclass(frozen=True, slots=True)
class Chart:
    width: int
    height: int
    log: bool
    axis_y: float
    plot_left: float
    plot_right: float
    ticks: tuple[tuple[float, str], ...]
    rows: tuple[Row, ...]
    reference: Band | None


@dataclass(frozen=True, slots=True)
class Scale:
    """Maps values to x pixels, linearly or logarithmically."""

    low: float
    high: float
    log: bool
    left: float = LEFT
    right: float = WIDTH - RIGHT

    def __call__(self, value: float) -> float:
        if self.log:
            value = max(value, self.low)
            where = (math.log10(value) - math.log10(self.low)) / (
                math.log10(self.high) - math.log10(self.low))
        else:
            where = (value - self.low) / (self.high - self.low)
        return round(self.left + where * (self.right - self.left), 2)


def build_chart(
    claims: Sequence[Claim],
    statuses: dict[tuple[str, int], str],
    reference: Reference | None,
    tolerance: Tolerance,
    duplicates: dict[str, str],
) -> Chart | None:
    """The chart of one fact, or None with fewer than two sources to compare."""
    rows = _fold_duplicates(claims, duplicates)
    if len(rows) + (reference is not None) < 2:
        return None
    values = [v for claim, _ in rows for v in (claim.value.nominal, claim.value.low, claim.value.high)
              if v is not None]
    # Room for the arrow of an open-ended bound to point somewhere.
    values += [c.value.low * 2 for c, _ in rows if c.value.high is None and c.value.low]
    values += [c.value.high / 2 for c, _ in rows if c.value.low is None and c.value.high]
    if reference is not None:
        ref = reference.value
        centre = ref.nominal if ref.nominal is not None else (ref.low or ref.high or 0.0)
        values += [centre - tolerance.widen(centre), centre + tolerance.widen(centre)]
        values += [v for v in (ref.low, ref.high) if v is not None]
    scale = _scale(values)
    chart_rows = []
    for index, (claim, also) in enumerate(rows):
        value = claim.value
        low = scale(value.low) if value.low is not None else scale.left
        high = scale(value.high) if value.high is not None else scale.right
        chart_rows.append(Row(
            label=claim.source,
            y=TOP + index * ROW + ROW / 2,
            x=scale(value.nominal) if value.nominal is not None else None,
            low_x=low,
            high_x=high,
            open_low=value.low is None and value.high is not None,
            open_high=value.high is None and value.low is not None,
            has_range=value.low is not None or value.high is not None,
            status=statuses.get((claim.article, claim.start), "ok"),
            also=also,
        ))
    band = None
    if reference is not None and reference.value.nominal is not None:
        centre = reference.value.nominal
        slack = tolerance.widen(centre)
        band = Band(scale(centre), scale(centre - slack), scale(centre + slack), reference.written)
    axis_y = TOP + len(chart_rows) * ROW + 6
    return Chart(
        width=WIDTH,
        height=int(axis_y + AXIS_GAP),
        log=scale.log,
        axis_y=axis_y,
        plot_left=scale.left,
        plot_right=scale.right,
        ticks=tuple((scale(t), format_tick(t)) for t in _ticks(scale)),
        rows=tuple(chart_rows),
        reference=band,
    )


def _fold_duplicates(
    claims: Sequence[Claim], duplicates: dict[str, str]
) -> list[tuple[Claim, tuple[str, ...]]]:
    """One row per (source, value): a duplicate's restatement is noted on its original's row."""
    rows: dict[tuple[str, object], tuple[Claim, list[str]]] = {}
    for claim in sorted(claims, key=lambda c: (c.article in duplicates, c.article, c.start)):
        key = (claim.source, claim.value)
        if key in rows:
            if claim.article != rows[key][0].article:
                rows[key][1].append(claim.article)
            continue
        rows[key] = (claim, [])
    return [(claim, tuple(also)) for claim, also in rows.values()]


def _scale(values: Sequence[float]) -> Scale:
    low, high = min(values), max(values)
    if low > 0 and high / low > LOG_SPAN:
        return Scale(10 ** math.floor(math.log10(low)), 10 ** math.ceil(math.log10(high)), True)
    if low == high:
        low, high = (low * 0.9, low * 1.1) if low else (-1.0, 1.0)
    step = _nice_step((high - low) / 4)
    low = math.floor(low / step) * step
    high = math.ceil(high / step) * step
    if low < 0 <= min(values):
        low = 0.0
    return Scale(low, high, False)


def _nice_step(rough: float) -> float:
    """1, 2 or 5 times a power of ten, at least ``rough``."""
    power = 10.0 ** math.floor(math.log10(rough))
    for factor in (1, 2, 5, 10):
        if factor * power >= rough:
            return factor * power
    return 10 * power  # pragma: no cover - the loop always returns


def _ticks(scale: Scale) -> list[float]:
    if scale.log:
        first, last = round(math.log10(scale.low)), round(math.log10(scale.high))
        return [10.0 ** k for k in range(first, last + 1)]
    step = _nice_step((scale.high - scale.low) / 4)
    count = round((scale.high - scale.low) / step)
    return [scale.low + i * step for i in range(count + 1)]


def format_tick(value: float) -> str:
    """Short axis labels: 500, 20k, 1.5M, 2B, 0.25."""
    for size, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= size:
            return f"{value / size:.3g}{suffix}"
    return f"{value:.3g}"
