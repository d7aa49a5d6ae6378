from __future__ import annotations

import math
from pathlib import Path

import pytest

from factsheet.check.compare import Claim
from factsheet.errors import Location
from factsheet.quantities import ClaimValue, parse_value
from factsheet.report.chart import (
    GUTTER,
    PLOT_LEFT,
    PLOT_RIGHT,
    Scale,
    build_chart,
    choose_scale,
    representative,
    short_names,
)
from factsheet.report.values import compact_number, compact_value, format_tick
from factsheet.sheets.records import Reference, Tolerance

FIVE = Tolerance(relative=0.05, text="5%")
WIDTH = PLOT_RIGHT - PLOT_LEFT


def claim(article: str, written: str, source: str | None = None, start: int = 0) -> Claim:
    value = parse_value(written).value
    return Claim("f", article, source or article, value, written, "", written, start, start + 1, "pinned")


def reference(written: str) -> Reference:
    return Reference(written, parse_value(written).value, "a census", Location(Path("facts/f.yaml"), 9))


def test_howitzers_20000_vs_21600_on_a_linear_axis() -> None:
    a, b = claim("000", "more than 20,000"), claim("002", "over 21,600")
    chart = build_chart([a, b], {("000", a.value): "accepted"}, None, FIVE, {})
    assert chart is not None
    assert not chart.log
    # 20,000-21,600 padded by 5% and rounded out to steps of 500: 19,500-22,000.
    x_20000 = PLOT_LEFT + (20_000 - 19_500) / 2_500 * WIDTH
    x_21600 = PLOT_LEFT + (21_600 - 19_500) / 2_500 * WIDTH
    first, second = chart.rows
    assert (first.x, first.low_x) == (pytest.approx(x_20000), pytest.approx(x_20000))
    assert (second.x, second.low_x) == (pytest.approx(x_21600), pytest.approx(x_21600))
    # "more than": no upper bound, so the bar runs into the gutter and ends in an arrow.
    assert first.high_x == second.high_x == PLOT_RIGHT + GUTTER
    assert (first.open_low, first.open_high) == (False, True)
    assert [label for _, label in chart.ticks] == ["19.5k", "20k", "20.5k", "21k", "21.5k", "22k"]
    assert chart.ticks[0][0] == PLOT_LEFT
    assert chart.ticks[-1][0] == PLOT_RIGHT
    assert [(r.value, r.status_text) for r in chart.rows] == [
        ("> 20k", "accepted"), ("> 21.6k", "consistent")]


def test_shells_5000_vs_a_range_of_20000_to_60000_on_a_log_axis() -> None:
    floor, estimate = claim("000", "not less than 5,000"), claim("004", "20,000-60,000")
    chart = build_chart([floor, estimate], {}, None, Tolerance(relative=0.1, text="10%"), {})
    assert chart is not None
    assert chart.log  # 60,000 / 5,000 is more than ten times
    # Axis 2,000-100,000: the 1-2-5 values just outside 5,000 / 1.15 and 60,000 × 1.15.
    def x(value: float) -> float:
        return PLOT_LEFT + math.log10(value / 2_000) / math.log10(100_000 / 2_000) * WIDTH

    low, high = chart.rows
    assert low.x == pytest.approx(x(5_000), abs=0.01)
    assert low.low_x == pytest.approx(x(5_000), abs=0.01)
    assert (low.high_x, low.open_high) == (PLOT_RIGHT + GUTTER, True)
    assert high.x is None  # a range without a point estimate
    assert high.low_x == pytest.approx(x(20_000), abs=0.01)
    assert high.high_x == pytest.approx(x(60_000), abs=0.01)
    assert (high.open_low, high.open_high) == (False, False)
    assert [label for _, label in chart.ticks] == ["2k", "5k", "10k", "20k", "50k", "100k"]
    assert [r.value for r in chart.rows] == ["≥ 5k", "20k–60k"]


def test_an_upper_bound_points_left_past_the_axis() -> None:
    chart = build_chart([claim("a", "up to 16 million"), claim("b", "more than half a million")], {}, None,
                        FIVE, {})
    assert chart is not None
    up_to = chart.rows[0]
    assert (up_to.open_low, up_to.open_high, up_to.low_x) == (True, False, PLOT_LEFT - GUTTER)
    assert up_to.x == up_to.high_x < PLOT_RIGHT  # 16M, on an axis that runs to 20M
    assert [label for _, label in chart.ticks][-1] == "20M"


def test_reference_value_and_tolerance_band() -> None:
    chart = build_chart([claim("a", "20,000")], {}, reference("21,000"), FIVE, {})
    assert chart is not None
    assert [r.label for r in chart.rows] == ["a", "reference"]
    assert chart.rows[1].status_text == "reference"
    band = chart.reference
    assert band is not None
    scale = choose_scale([20_000, 21_000, 19_950, 22_050])
    assert (band.x, band.low_x, band.high_x) == (scale(21_000), scale(19_950), scale(22_050))
    assert band.label == "21,000"


def test_duplicates_fold_into_their_original() -> None:
    original = claim("000", "more than 20,000")
    duplicate = claim("001", "more than 20,000", source="000")
    other = claim("002", "over 21,600")
    chart = build_chart([duplicate, original, other], {}, None, FIVE, {"001": "000"},
                        {"000": "000", "001": "001", "002": "002"})
    assert chart is not None
    assert [(r.label, r.also) for r in chart.rows] == [("000 +001", ("001",)), ("002", ())]
    assert "also 001" in chart.rows[0].title


def test_one_source_without_reference_has_no_chart() -> None:
    assert build_chart([claim("a", "5")], {}, None, FIVE, {}) is None


def test_status_is_written_beside_its_colour() -> None:
    a, b = claim("a", "3,000"), claim("b", "5,000")
    chart = build_chart([a, b], {("a", a.value): "conflict", ("b", b.value): "conflict"}, None, FIVE, {})
    assert chart is not None
    assert [(r.status, r.status_text) for r in chart.rows] == [("conflict", "new conflict")] * 2
    assert "a: 3,000 (new conflict)" in chart.description


@pytest.mark.parametrize(
    ("values", "log", "labels"),
    [
        ([3, 3], False, ["2.6", "2.8", "3", "3.2", "3.4"]),
        ([250_000, 2_000_000], False, ["0", "500k", "1M", "1.5M", "2M", "2.5M"]),
        ([500_000, 16_000_000], True, ["200k", "500k", "1M", "2M", "5M", "10M", "20M"]),
        ([1, 1e9], True, ["0.5", "100", "10k", "1M", "100M", "2B"]),
        ([-5, 5], False, ["-10", "-5", "0", "5", "10"]),
        ([0, 0], False, ["0", "0.5", "1"]),
    ],
    ids=["equal", "8x-stays-linear", "32x-is-log", "nine-decades", "negative", "zero"],
)
def test_axis_choice_and_tick_labels(values: list[float], log: bool, labels: list[str]) -> None:
    scale = choose_scale(values)
    assert scale.log is log
    assert [format_tick(t) for t in scale.ticks()] == labels
    assert all(scale.left <= scale(v) <= scale.right for v in values)


def test_log_scale_positions() -> None:
    scale = Scale(1_000, 100_000, True)
    middle = (PLOT_LEFT + PLOT_RIGHT) / 2
    assert [scale(v) for v in (1_000, 10_000, 100_000)] == [PLOT_LEFT, middle, PLOT_RIGHT]


@pytest.mark.parametrize(
    ("value", "tick", "short"),
    [
        (20_000, "20k", "20k"),
        (1_000_000, "1M", "1M"),
        (1_500_000, "1.5M", "1.5M"),
        (20_250, "20.25k", "20.2k"),
        (657.0841889117044, "657.0842", "657"),
        (999_999, "999.999k", "1M"),
        (2e9, "2B", "2B"),
        (0.25, "0.25", "0.25"),
        (0.000123, "0.000123", "0.000123"),
        (0, "0", "0"),
        (-20_000, "-20k", "-20k"),
    ],
)
def test_number_labels(value: float, tick: str, short: str) -> None:
    assert format_tick(value) == tick
    assert compact_number(value) == short


@pytest.mark.parametrize(
    ("written", "short"),
    [
        ("more than 20,000", "> 20k"),
        ("not less than 5,000", "≥ 5k"),
        ("up to 2,500", "≤ 2.5k"),
        ("almost 1%", "almost 1"),
        ("roughly 657", "≈ 657"),
        ("20,000-60,000", "20k–60k"),
        ("millions", "≥ 2M"),
        ("21,600", "21.6k"),
    ],
)
def test_short_values(written: str, short: str) -> None:
    assert compact_value(parse_value(written).value) == short


def test_short_value_of_an_open_range() -> None:
    assert compact_value(ClaimValue(None, None, 5.0, "range")) == "…–5"


def test_short_names_are_unique() -> None:
    ids = ["000_331c2a0c2e350d37", "001_a4c58db8828a508f", "x_1", "x_2", "a-very-long-article-name-1",
           "a-very-long-article-name-2", "short"]
    assert short_names(ids) == {
        "000_331c2a0c2e350d37": "000",
        "001_a4c58db8828a508f": "001",
        "x_1": "x_1",
        "x_2": "x_2",
        "a-very-long-article-name-1": "a-very-long-article-name-1",
        "a-very-long-article-name-2": "a-very-long-article-name-2",
        "short": "short",
    }


def test_many_sources_are_grouped_into_value_ranges() -> None:
    claims = [claim(f"a{i:02}", f"{20_000 + 20 * i:,}") for i in range(60)]
    outliers = [claim("out1", "30,000"), claim("out2", "more than 31,000"), claim("r", "20,000-20,400")]
    statuses = {("a00", claims[0].value): "accepted", ("out1", outliers[0].value): "conflict",
                ("out2", outliers[1].value): "conflict"}
    chart = build_chart(claims + outliers, statuses, reference("20,500"), FIVE, {}, max_rows=10)
    assert chart is not None
    assert chart.grouped == 63
    # 20,000-21,180 and the range's middle (20,200) share one stretch of the axis; each outlier has its own.
    assert [(r.label, r.value, r.count, r.status_text) for r in chart.rows] == [
        ("61 sources", "20k–21.2k", 61, "1 accepted"),
        ("1 source", "30k", 1, "1 conflicting"),
        ("1 source", "31k", 1, "1 conflicting"),
        ("reference", "20.5k", 1, "reference"),
    ]
    grouped = chart.rows[0]
    assert (grouped.status, grouped.open_low, grouped.open_high) == ("accepted", False, False)
    assert grouped.low_x is not None
    assert grouped.high_x is not None
    assert grouped.x is not None
    assert grouped.low_x < grouped.x < grouped.high_x  # the median, inside the span of estimates
    assert chart.rows[1].low_x is None  # one estimate: a point, no bar
    assert [r.y for r in chart.rows] == [36.0, 64.0, 92.0, 120.0]
    assert chart.description.startswith(
        "63 sources grouped into value ranges: 61 sources, estimates 20k to 21.18k: "
        "1 in accepted conflicts, 60 consistent (1 accepted); 1 source, estimate 30k: 1 in new conflicts")


def test_forty_sources_have_a_row_each_and_forty_one_are_grouped() -> None:
    sources = [claim(f"s{i:02}", f"{1_000 + 10 * i}") for i in range(40)]
    fits = build_chart(sources, {}, None, FIVE, {})
    assert fits is not None
    assert (fits.grouped, len(fits.rows)) == (0, 40)
    assert {r.count for r in fits.rows} == {1}
    grouped = build_chart([*sources, claim("x", "5,000")], {}, None, FIVE, {})
    assert grouped is not None
    assert grouped.grouped == 41
    assert len(grouped.rows) <= 40
    assert sum(r.count for r in grouped.rows) == 41


@pytest.mark.parametrize(
    ("written", "log", "where"),
    [("21,600", False, 21_600), ("20,000-60,000", False, 40_000), ("1,000-100,000", True, 10_000),
     ("millions", True, 2_000_000), ("up to 2,500", False, 2_500)],
)
def test_where_a_claim_sits_in_a_grouped_chart(written: str, log: bool, where: float) -> None:
    assert representative(parse_value(written).value, log) == pytest.approx(where)
