from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factsheet.numbers import parse_number
from factsheet.quantities import ClaimValue, parse_value
from factsheet.report.values import display_number, display_unit, display_value


@pytest.mark.parametrize(
    ("number", "text"),
    [(657.0841889117044, "657"), (21_600, "21,600"), (0.012345, "0.0123"), (1_234_567.3, "1,234,567"),
     (12.345, "12.3"), (1.0, "1"), (0, "0"), (-0.0004, "-0.0004"), (28e9, "28,000,000,000")],
)
def test_display_number(number: float, text: str) -> None:
    assert display_number(number) == text


@given(st.floats(min_value=1e-6, max_value=1e15))
def test_display_number_reads_back_within_half_a_percent(number: float) -> None:
    shown = parse_number(display_number(number))
    assert math.isclose(shown, number, rel_tol=0.005)
    if number >= 100:
        assert shown == round(number)  # the integer part is never rounded away


@given(st.floats(min_value=1e-6, max_value=1e15), st.floats(min_value=1e-6, max_value=1e15))
def test_display_number_keeps_order(a: float, b: float) -> None:
    """Rounding may make two numbers look equal, never swap them."""
    low, high = sorted((a, b))
    assert parse_number(display_number(low)) <= parse_number(display_number(high))


@pytest.mark.parametrize(
    ("written", "text"),
    [("roughly 657.0841889", "about 657"), ("more than 20,000", "more than 20,000"),
     ("20,000-60,000", "20,000–60,000"), ("millions", "at least 2,000,000"), ("almost 1%", "almost 1")],
)
def test_display_value(written: str, text: str) -> None:
    assert display_value(parse_value(written).value) == text


def test_display_value_of_open_bounds() -> None:
    assert display_value(ClaimValue(None, 5.0, None, "vague")) == "at least 5"
    assert display_value(ClaimValue(None, None, 5.0, "vague")) == "at most 5"


def test_display_unit() -> None:
    assert display_unit("US_dollar / shell") == "USD / shell"
    assert display_unit("multiple_rocket_launcher") == "multiple rocket launcher"
