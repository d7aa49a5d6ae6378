"""A number line per fact: each source's estimate and stated range on one axis.

Pure geometry: claims in, positions out; ``_chart.html`` draws the SVG. The axis
is logarithmic when the values span more than ten times. Open-ended bounds run
past the end of the axis into a gutter and end in an arrow; every row names its
status in words beside its colour. A fact with more sources than a chart has
rows is drawn as a histogram: the axis cut into equal stretches, one row per
stretch that holds estimates, counting them.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..check.compare import Claim, reading_order
from ..quantities import ClaimValue
from ..sheets.records import Reference, Tolerance
from .status import CHART_ROWS, CONSISTENT, RANK, REFERENCE, VERDICT, VERDICTS
from .values import compact_number, compact_value, display_count, display_span, format_tick

WIDTH = 800
PLOT_LEFT = 150.0  # source labels sit left of the plot
PLOT_RIGHT = 560.0  # value and status text sit right of it
STATUS_OFFSET = 100  # the status column, right of the value column
GUTTER = 18.0  # how far an open-ended bound's arrow runs past the axis
ROW = 28
TOP = 22  # room for the reference label
AXIS_GAP = 34
LOG_SPAN = 10.0
MIN_TICK_GAP = 34.0  # pixels between tick labels
MAX_ROWS = 40  # beyond this many rows, sources are grouped into value ranges



@dataclass(frozen=True, slots=True)
class Row:
    """One source on the chart: an estimate at ``x``, a stated range from ``low_x`` to ``high_x``."""

    label: str  # short, drawn left of the plot
    title: str  # long, for the tooltip and the accessible description
    y: float
    x: float | None  # None: the source gives no point estimate
    low_x: float | None  # None: no bar (an exact value or an estimate without bounds)
    high_x: float | None
    open_low: bool  # the bar runs off the left end: an arrow points left
    open_high: bool
    value: str  # short value text: '> 20k', '20k–60k'
    status: str  # a name of ``status.CHART_ROWS``: 'conflict', 'accepted', 'ok' or 'reference'
    also: tuple[str, ...]  # duplicate articles folded into this row
    count: int = 1  # sources in this row: more than one in a value range of a grouped chart
    status_note: str | None = None  # a grouped row's status in words: '3 conflicting'

    @property
    def status_text(self) -> str:
        return self.status_note or CHART_ROWS[self.status].label


@dataclass(frozen=True, slots=True)
class Band:
    """The reference value at ``x`` and its tolerance, ``low_x`` to ``high_x``."""

    x: float
    low_x: float
    high_x: float
    label: str


@dataclass(frozen=True, slots=True)
class Chart:
    width: int
    height: int
    log: bool
    top: float
    axis_y: float
    plot_left: float
    plot_right: float
    text_x: float
    status_x: float
    ticks: tuple[tuple[float, str], ...]
    rows: tuple[Row, ...]
    reference: Band | None
    description: str
    grouped: int = 0  # sources grouped into value ranges; 0 when each source has its own row


@dataclass(frozen=True, slots=True)
class Scale:
    """Maps values in ``[low, high]`` to x pixels in ``[left, right]``, linearly or logarithmically."""

    low: float
    high: float
    log: bool
    step: float = 0.0  # between ticks of a linear axis
    left: float = PLOT_LEFT
    right: float = PLOT_RIGHT

    def __call__(self, value: float) -> float:
        if self.log:
            value = min(max(value, self.low), self.high)
            where = math.log10(value / self.low) / math.log10(self.high / self.low)
        else:
            where = (value - self.low) / (self.high - self.low)
        return round(self.left + where * (self.right - self.left), 2)

    def ticks(self) -> list[float]:
        """Round values along the axis: steps of 1, 2 or 5 × 10ⁿ, or decades on a log axis."""
        if self.log:
            decades = math.log10(self.high / self.low)
            factors = (1, 2, 5) if decades <= 2 else (1,)
            stride = math.ceil(decades / 6)  # at most about six decades labelled
            powers = range(math.floor(math.log10(self.low)), math.ceil(math.log10(self.high)) + 1)
            inside = {
                _clean(factor * 10.0**power) for power in powers if power % stride == 0 for factor in factors
            } | {self.low, self.high}
            low, high = self.low * (1 - 1e-9), self.high * (1 + 1e-9)
            return self._spaced(sorted(t for t in inside if low <= t <= high))
        step = self.step or _nice_step((self.high - self.low) / 4)
        first, last = math.ceil(self.low / step - 1e-9), math.floor(self.high / step + 1e-9)
        return self._spaced([_clean(k * step) for k in range(first, last + 1)])

    def _spaced(self, ticks: list[float]) -> list[float]:
        """Drop ticks whose labels would touch their left neighbour's; the last one always stays."""
        kept: list[float] = []
        for tick in ticks:
            if kept and self(tick) - self(kept[-1]) < MIN_TICK_GAP:
                if tick != ticks[-1]:
                    continue
                if len(kept) > 1:
                    kept.pop()
            kept.append(tick)
        return kept


def build_chart(
    claims: Sequence[Claim],
    statuses: Mapping[tuple[str, ClaimValue], str],
    reference: Reference | None,
    tolerance: Tolerance,
    duplicates: Mapping[str, str],
    names: Mapping[str, str] | None = None,
    max_rows: int = MAX_ROWS,
) -> Chart | None:
    """The chart of one fact, or None with fewer than two rows (sources and reference) to compare.

    ``statuses`` gives the rules' verdict per (source, value); ``duplicates`` maps a
    duplicate article to its original; ``names`` gives short labels for article ids.
    With more than ``max_rows`` rows (at least 3), sources are grouped into value ranges.
    """
    names = names or {}
    folded = fold_duplicates(claims, duplicates)
    if len(folded) + (reference is not None) < 2:
        return None
    values = [v for claim, _ in folded for v in _numbers(claim.value)]
    band_values: tuple[float, float, float] | None = None
    if reference is not None:
        values += _numbers(reference.value)
        if reference.value.nominal is not None:
            centre = reference.value.nominal
            slack = tolerance.widen(centre)
            band_values = (centre, centre - slack, centre + slack)
            values += [centre - slack, centre + slack]
    if not values:
        return None
    scale = choose_scale(values)
    grouped = len(folded) + (reference is not None) > max_rows
    if grouped:
        rows = _range_rows(scale, folded, statuses, max(1, max_rows - (reference is not None)))
    else:
        rows = [_source_row(scale, index, claim, also, statuses, names)
                for index, (claim, also) in enumerate(folded)]
    if reference is not None:
        rows.append(_row(scale, len(rows), reference.value, REFERENCE.label,
                         f"reference: {reference.written}", REFERENCE.name, ()))
    band = None
    if band_values is not None and reference is not None:
        centre, low, high = band_values
        band = Band(scale(centre), scale(low), scale(high), reference.written)
    axis_y = TOP + len(rows) * ROW + 6
    description = "; ".join(
        f"{row.title} ({row.status_text})" for row in rows
    ) + (" — logarithmic axis" if scale.log else "")
    if grouped:
        description = f"{display_count(len(folded))} sources grouped into value ranges: {description}"
    return Chart(
        width=WIDTH,
        height=int(axis_y + AXIS_GAP),
        log=scale.log,
        top=TOP - 8,
        axis_y=axis_y,
        plot_left=scale.left,
        plot_right=scale.right,
        text_x=scale.right + GUTTER + 12,
        status_x=scale.right + GUTTER + 12 + STATUS_OFFSET,
        ticks=tuple((scale(t), format_tick(t)) for t in scale.ticks()),
        rows=tuple(rows),
        reference=band,
        description=description,
        grouped=len(folded) if grouped else 0,
    )


def _source_row(
    scale: Scale,
    index: int,
    claim: Claim,
    also: tuple[str, ...],
    statuses: Mapping[tuple[str, ClaimValue], str],
    names: Mapping[str, str],
) -> Row:
    label = names.get(claim.article, claim.article)
    if also:
        label += f" +{names.get(also[0], also[0])}" if len(also) == 1 else f" +{len(also)} dup"
    status = statuses.get((claim.source, claim.value), CONSISTENT.name)
    title = f"{claim.article}{' (also ' + ', '.join(also) + ')' if also else ''}: {claim.written}"
    return _row(scale, index, claim.value, label, title, status, also)


def _row(scale: Scale, index: int, value: ClaimValue, label: str, title: str, status: str,
         also: tuple[str, ...]) -> Row:
    has_bar = value.is_bounded and value.low != value.high
    return Row(
        label=label,
        title=title,
        y=TOP + index * ROW + ROW / 2,
        x=scale(value.nominal) if value.nominal is not None else None,
        low_x=(scale(value.low) if value.low is not None else scale.left - GUTTER) if has_bar else None,
        high_x=(scale(value.high) if value.high is not None else scale.right + GUTTER) if has_bar else None,
        open_low=has_bar and value.low is None,
        open_high=has_bar and value.high is None,
        value=compact_value(value),
        status=status,
        also=also,
    )


def _range_rows(
    scale: Scale,
    folded: Sequence[tuple[Claim, tuple[str, ...]]],
    statuses: Mapping[tuple[str, ClaimValue], str],
    bins: int,
) -> list[Row]:
    """A histogram of the estimates: the axis cut into ``bins`` equal stretches (equal on the
    page, so a log axis has log-wide stretches), one row per stretch that holds any.

    A row spans the lowest to the highest estimate in it, with a point at their median,
    and takes the colour of its most severe status; its tooltip counts each status.
    """
    members: dict[int, list[tuple[float, str]]] = defaultdict(list)
    for claim, _ in folded:
        estimate = representative(claim.value, scale.log)
        if estimate is None:
            continue
        where = (scale(estimate) - scale.left) / (scale.right - scale.left)
        members[min(bins - 1, max(0, math.floor(where * bins)))].append(
            (estimate, statuses.get((claim.source, claim.value), CONSISTENT.name)))
    rows: list[Row] = []
    for index in sorted(members):
        group = sorted(members[index])
        low, high = group[0][0], group[-1][0]
        counts = Counter(status for _, status in group)
        status = min(counts, key=lambda s: RANK.get(s, len(RANK)))
        words = ", ".join(f"{display_count(counts[v.name])} {v.counted}" for v in VERDICTS if counts[v.name])
        span = display_span(low, high, format_tick, " to ")
        y = TOP + len(rows) * ROW + ROW / 2
        rows.append(Row(
            label=f"{display_count(len(group))} source{'s' if len(group) != 1 else ''}",
            title=f"{display_count(len(group))} source{'s' if len(group) != 1 else ''}, "
                  f"estimate{'s' if low != high else ''} {span}: {words}",
            y=y,
            x=scale(statistics.median_low([e for e, _ in group])),
            low_x=scale(low) if low != high else None,
            high_x=scale(high) if low != high else None,
            open_low=False,
            open_high=False,
            value=display_span(low, high, compact_number),
            status=status,
            also=(),
            count=len(group),
            status_note=_most_severe(status, counts[status]),
        ))
    return rows


def _most_severe(status: str, count: int) -> str | None:
    """A grouped row's status in words, '3 conflicting'; None when its sources are consistent."""
    words = VERDICT[status].most_severe
    return f"{display_count(count)} {words}" if words else None


def representative(value: ClaimValue, log: bool = False) -> float | None:
    """Where a claim sits on the axis: its estimate, else the middle of its range
    (geometric on a log axis), else its one bound."""
    if value.nominal is not None:
        return value.nominal
    if value.low is not None and value.high is not None:
        if log and value.low > 0:
            return math.sqrt(value.low * value.high)
        return (value.low + value.high) / 2
    return value.low if value.low is not None else value.high


def _numbers(value: ClaimValue) -> list[float]:
    return [v for v in (value.nominal, value.low, value.high) if v is not None]


def fold_duplicates(
    claims: Sequence[Claim], duplicates: Mapping[str, str]
) -> list[tuple[Claim, tuple[str, ...]]]:
    """One row per (source, value): a duplicate restating its original is noted on the original's row."""
    rows: dict[tuple[str, ClaimValue], tuple[Claim, list[str]]] = {}
    for claim in sorted(claims, key=lambda c: (c.article in duplicates, reading_order(c))):
        key = (claim.source, claim.value)
        if key in rows:
            original, also = rows[key]
            if claim.article != original.article and claim.article not in also:
                also.append(claim.article)
            continue
        rows[key] = (claim, [])
    return [(claim, tuple(also)) for claim, also in rows.values()]


def choose_scale(values: Sequence[float]) -> Scale:
    """A log axis from 1-2-5 values when all are positive and span more than 10×, else a linear one."""
    low, high = min(values), max(values)
    if low > 0 and high / low > LOG_SPAN:
        return Scale(_nice_floor(low / 1.15), _nice_ceil(high * 1.15), True)
    span = high - low
    pad = span * 0.05 if span else (abs(low) * 0.1 or 1.0)
    step = _nice_step((span + 2 * pad) / 4)
    axis_low = math.floor((low - pad) / step) * step
    axis_high = math.ceil((high + pad) / step) * step
    if axis_low < 0 <= low:
        axis_low = 0.0  # an axis of counts does not go below zero
    return Scale(_clean(axis_low), _clean(axis_high), False, step)


def _nice_step(rough: float) -> float:
    """1, 2 or 5 times a power of ten, at least ``rough``."""
    power = 10.0 ** math.floor(math.log10(rough))
    return _clean(next(f * power for f in (1, 2, 5, 10) if f * power >= rough * (1 - 1e-9)))


def _nice_floor(value: float) -> float:
    """The largest 1, 2 or 5 × 10ⁿ not above ``value`` (> 0)."""
    power = 10.0 ** math.floor(math.log10(value))
    return _clean(max(f * power for f in (1, 2, 5) if f * power <= value * (1 + 1e-9)))


def _nice_ceil(value: float) -> float:
    """The smallest 1, 2 or 5 × 10ⁿ not below ``value`` (> 0)."""
    power = 10.0 ** math.floor(math.log10(value))
    return _clean(min(f * power for f in (1, 2, 5, 10) if f * power >= value * (1 - 1e-9)))


def _clean(value: float) -> float:
    """Drop float noise: 0.30000000000000004 -> 0.3."""
    return float(f"{value:.12g}")


def short_names(ids: Sequence[str]) -> dict[str, str]:
    """Short, unique labels for article ids: '000' for '000_331c2a0c2e350d37' when no other id
    starts with '000_'; else the id, cut to 15 characters and '…' when that stays unique."""
    heads = Counter(i.split("_", 1)[0] for i in ids)
    prefixes = Counter(i[:15] for i in ids)
    names: dict[str, str] = {}
    for article_id in ids:
        head = article_id.split("_", 1)[0]
        if head != article_id and heads[head] == 1 and len(head) >= 2:
            names[article_id] = head
        elif len(article_id) > 16 and prefixes[article_id[:15]] == 1:
            names[article_id] = article_id[:15] + "…"
        else:
            names[article_id] = article_id
    return names
