from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factsheet.errors import DimensionError, UnitError, UnknownUnitError
from factsheet.units import convert, format_unit, parse_unit, registry, same_dimension, use_project_units


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        pytest.param("shell / day", "shell / day", id="canonical"),
        pytest.param("shells per day", "shell / day", id="plural-per"),
        pytest.param("shells a day", "shell / day", id="a-day"),
        pytest.param("shells daily", "shell / day", id="daily"),
        pytest.param("rounds per month", "shell / month", id="round-is-shell"),
        pytest.param("artillery rounds per month", "shell / month", id="multiword-alias"),
        pytest.param("howitzers", "howitzer", id="plural-count"),
        pytest.param("artillery pieces", "artillery_piece", id="multiword-plural"),
        pytest.param("multiple rocket launch systems", "multiple_rocket_launcher", id="four-words"),
        pytest.param("MLRS", "multiple_rocket_launcher", id="acronym"),
        pytest.param("people", "person", id="people"),
        pytest.param("USD per shell", "US_dollar / shell", id="price"),
        pytest.param("dollars", "US_dollar", id="dollars"),
        pytest.param("%", "percent", id="percent-sign"),
        pytest.param("", "dimensionless", id="empty-is-dimensionless"),
    ],
)
def test_parse_unit(text: str, unit: str) -> None:
    assert format_unit(parse_unit(text)) == unit


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param("shels", "unknown unit 'shels' — did you mean 'shell'?", id="did-you-mean"),
        pytest.param("howitzzers / day", "unknown unit 'howitzzers' — did you mean 'howitzer'?",
                     id="did-you-mean-in-rate"),
        pytest.param("xqzvw", "unknown unit 'xqzvw'", id="no-suggestion"),
        pytest.param("3 shell", "cannot read unit '3 shell'; write it like 'shell / day'", id="number"),
        pytest.param("shell /", "cannot read unit 'shell /'; write it like 'shell / day'",
                     id="trailing-operator"),
        pytest.param("(shell", "cannot read unit '(shell'; write it like 'shell / day'", id="open-paren"),
        pytest.param("shell / 0", "cannot read unit 'shell / 0'; write it like 'shell / day'",
                     id="division-by-zero"),
    ],
)
def test_parse_unit_rejects(text: str, message: str) -> None:
    with pytest.raises(UnitError) as caught:
        parse_unit(text)
    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("magnitude", "source", "target", "expected"),
    [
        pytest.param(20_000, "rounds per month", "shell / day", 657.0841889, id="month-to-day"),
        pytest.param(5_000, "shells per day", "shell / year", 1_826_250, id="day-to-year"),
        pytest.param(12, "shell / month", "shell / year", 144, id="twelve-months-a-year"),
        pytest.param(28e9, "USD per year", "USD / day", 76_659_822.0397, id="money-rate"),
        pytest.param(1, "percent", "", 0.01, id="percent-to-fraction"),
        pytest.param(250_000, "rounds", "shell", 250_000, id="alias"),
    ],
)
def test_convert(magnitude: float, source: str, target: str, expected: float) -> None:
    assert convert(magnitude, parse_unit(source), parse_unit(target)) == pytest.approx(expected, rel=1e-9)


def test_convert_refuses_other_dimensions() -> None:
    with pytest.raises(DimensionError) as caught:
        convert(5, parse_unit("shell / day"), parse_unit("howitzer"))
    assert str(caught.value) == ("'shell / day' cannot be converted to 'howitzer' "
                                 "(dimensions [shell] / [time] and [howitzer])")
    error = caught.value
    assert (error.from_unit, error.to_unit) == ("shell / day", "howitzer")
    assert (error.from_dimensions, error.to_dimensions) == ("[shell] / [time]", "[howitzer]")
    assert isinstance(error, UnitError)
    assert isinstance(error, ValueError)


@pytest.mark.parametrize(
    ("text", "name", "suggestion"),
    [
        pytest.param("shels", "shels", "shell", id="did-you-mean"),
        pytest.param("howitzzers / day", "howitzzers", "howitzer", id="in-a-rate"),
        pytest.param("xqzvw", "xqzvw", None, id="no-suggestion"),
    ],
)
def test_an_unknown_unit_is_a_lookup_error_naming_it(text: str, name: str, suggestion: str | None) -> None:
    with pytest.raises(UnknownUnitError) as caught:
        parse_unit(text)
    assert (caught.value.name, caught.value.suggestion) == (name, suggestion)
    assert isinstance(caught.value, LookupError)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param("howitzer", "tank", id="howitzer-tank"),
        pytest.param("howitzer", "artillery piece", id="howitzer-gun"),
        pytest.param("shell", "missile", id="shell-missile"),
        pytest.param("shell / day", "shell", id="rate-count"),
        pytest.param("USD", "shell", id="money-count"),
        pytest.param("person", "visit", id="person-visit"),
    ],
)
def test_counted_things_are_separate_dimensions(a: str, b: str) -> None:
    assert not same_dimension(parse_unit(a), parse_unit(b))


def test_rates_share_a_dimension_whatever_the_period() -> None:
    assert same_dimension(parse_unit("rounds per month"), parse_unit("shell / day"))


def test_registry_is_built_once() -> None:
    assert registry() is registry()


RATE_UNITS = ["shell / day", "shell / week", "shell / month", "shell / year"]
PRICE_UNITS = ["USD / shell", "US_dollar / artillery_round", "USD / projectile"]


@given(
    st.sampled_from([RATE_UNITS, PRICE_UNITS]).flatmap(
        lambda family: st.tuples(st.sampled_from(family), st.sampled_from(family))
    ),
    st.floats(min_value=1e-6, max_value=1e12, allow_nan=False),
)
def test_conversion_round_trips(pair: tuple[str, str], magnitude: float) -> None:
    a, b = (parse_unit(text) for text in pair)
    back = convert(convert(magnitude, a, b), b, a)
    assert math.isclose(back, magnitude, rel_tol=1e-9)


@given(st.floats(min_value=1e-3, max_value=1e9, allow_nan=False))
def test_month_day_year_agree(per_month: float) -> None:
    month, day, year = (parse_unit(text) for text in ("shell / month", "shell / day", "shell / year"))
    via_day = convert(convert(per_month, month, day), day, year)
    assert math.isclose(via_day, convert(per_month, month, year), rel_tol=1e-9)
    assert math.isclose(convert(per_month, month, year), per_month * 12, rel_tol=1e-9)


@pytest.mark.parametrize("text", ["howitzer * 10 ** 10 ** 10", "howitzer * 10 ** 999", "kg * 2^1000",
                                  "shell / " + "day * " * 60 + "day"])
def test_a_unit_too_costly_to_work_out_is_an_error_not_a_hang(text: str) -> None:
    with pytest.raises(UnitError, match="no unit"):
        parse_unit(text)


def test_a_project_definition_with_a_huge_power_is_an_error_at_its_line() -> None:
    with pytest.raises(UnitError) as raised:
        use_project_units("interceptor = [interceptor]\nboom = howitzer * 10 ** 10 ** 10\n",
                          "facts/units.txt")
    assert str(raised.value).startswith("facts/units.txt:2: ")
    use_project_units(None)
