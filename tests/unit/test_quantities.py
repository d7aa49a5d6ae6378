from __future__ import annotations

import math
import re
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factsheet.errors import ValueSyntaxError
from factsheet.quantities import ClaimValue, format_value, parse_value

from .strategies import CLAIM_VALUES

CV = ClaimValue


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("20,000", CV(20_000, 20_000, 20_000), id="exact"),
        pytest.param("more than 20,000", CV(20_000, 20_000, None, "more_than"), id="more-than"),
        pytest.param("over 21,600", CV(21_600, 21_600, None, "more_than"), id="over"),
        pytest.param("20,000+", CV(20_000, 20_000, None, "more_than"), id="plus-sign"),
        pytest.param("not less than 5,000", CV(5_000, 5_000, None, "at_least"), id="not-less-than"),
        pytest.param("at least 5,000", CV(5_000, 5_000, None, "at_least"), id="at-least"),
        pytest.param("fewer than 300", CV(300, None, 300, "less_than"), id="fewer-than"),
        pytest.param("up to 60,000", CV(60_000, None, 60_000, "up_to"), id="up-to"),
        pytest.param("as high as 16 million", CV(16e6, None, 16e6, "up_to"), id="as-high-as"),
        pytest.param("almost 1%", CV(1, None, 1, "almost"), id="almost-percent"),
        pytest.param("roughly 20,000", CV(20_000, None, None, "about"), id="roughly"),
        pytest.param("an estimated 3,000", CV(3_000, None, None, "about"), id="an-estimated"),
        pytest.param("20,000-60,000", CV(None, 20_000, 60_000, "range"), id="range-hyphen"),
        pytest.param("20,000–60,000", CV(None, 20_000, 60_000, "range"), id="range-en-dash"),
        pytest.param("between 5 and 10", CV(None, 5, 10, "range"), id="between-and"),
        pytest.param("from 10 to 5", CV(None, 5, 10, "range"), id="from-to-reversed"),
        pytest.param("millions", CV(None, 2_000_000, None, "vague"), id="millions"),
        pytest.param('"millions"', CV(None, 2_000_000, None, "vague"), id="quoted-millions"),
        pytest.param("tens of thousands", CV(None, 20_000, 100_000, "vague"), id="tens-of-thousands"),
        pytest.param("half a million", CV(500_000, 500_000, 500_000), id="half-a-million"),
        pytest.param("slightly more than half a million", CV(500_000, 500_000, None, "more_than"),
                     id="qualified-fraction"),
        pytest.param("minus 3.5", CV(-3.5, -3.5, -3.5), id="negative"),
        pytest.param("20\u00a0000", CV(20, 20, 20), id="nbsp-is-not-a-separator"),
    ],
)
def test_parse_value(text: str, expected: ClaimValue) -> None:
    assert parse_value(text).value == expected


@pytest.mark.parametrize(
    ("text", "unit_text"),
    [
        pytest.param("20,000", "", id="no-unit"),
        pytest.param("roughly 20,000 rounds per month", "rounds per month", id="rate"),
        pytest.param("over 21,600 howitzers", "howitzers", id="count"),
        pytest.param("almost 1%", "percent", id="percent"),
        pytest.param("USD 1,000 per shell", "USD per shell", id="currency-code"),
        pytest.param("$1,000", "USD", id="dollar-sign"),
        pytest.param("about 28 billion USD per year", "USD per year", id="unit-after-scale"),
    ],
)
def test_parse_value_keeps_unit_words(text: str, unit_text: str) -> None:
    assert parse_value(text).unit_text == unit_text


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param("", "cannot read value ''; write it like '20,000', 'more than 20,000', "
                     "'20,000-60,000 shells per day' or 'almost 1%'", id="empty"),
        pytest.param("lots", "cannot read value 'lots'; write it like '20,000', 'more than 20,000', "
                     "'20,000-60,000 shells per day' or 'almost 1%'", id="no-number"),
        pytest.param("between 5", "'between 5' starts a range but gives one number", id="half-range"),
        pytest.param("more than millions", "'more than millions' qualifies a vague amount; drop 'more than'",
                     id="qualified-vague"),
        pytest.param("more than 5-10", "'more than 5-10' qualifies a range; write the range alone",
                     id="qualified-range"),
        pytest.param("five six shells", "cannot read value 'five six shells': 'five six' is not one number",
                     id="bad-number"),
        pytest.param("1" + "0" * 400, f"cannot read value '1{'0' * 79}…' (401 characters): '1{'0' * 79}…' "
                     "(401 characters) is too large to be a number", id="overflow-is-a-syntax-error"),
    ],
)
def test_parse_value_rejects(text: str, message: str) -> None:
    with pytest.raises(ValueSyntaxError) as caught:
        parse_value(text)
    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("value", "text"),
    [
        pytest.param(CV.exact(20_000), "20,000", id="exact"),
        pytest.param(CV.qualified("more_than", 20_000), "more than 20,000", id="more-than"),
        pytest.param(CV.qualified("at_least", 5_000), "at least 5,000", id="at-least"),
        pytest.param(CV.qualified("almost", 1), "almost 1", id="almost"),
        pytest.param(CV.qualified("about", 657.5), "about 657.5", id="about-decimal"),
        pytest.param(CV.between(20_000, 60_000), "20,000–60,000", id="range"),
        pytest.param(CV.between(-5, -2.5), "minus 5–minus 2.5", id="negative-range"),
        pytest.param(CV(None, 2_000_000, None, "vague"), "millions", id="vague-word"),
        pytest.param(CV(None, 7, 9, "vague"), "7–9", id="vague-unnamed-bounds"),
        pytest.param(CV(None, 7, None, "vague"), "at least 7", id="vague-unnamed-floor"),
    ],
)
def test_format_value(value: ClaimValue, text: str) -> None:
    assert format_value(value) == text


@pytest.mark.parametrize(
    ("make", "message"),
    [
        pytest.param(lambda: CV(math.inf, None, None), "nominal must be finite, got inf", id="inf"),
        pytest.param(lambda: CV(None, math.nan, None), "low must be finite, got nan", id="nan"),
        pytest.param(lambda: CV(None, 10, 5), "low 10 is above high 5", id="inverted"),
        pytest.param(lambda: CV.qualified("range", 5), "'range' does not qualify a single number",
                     id="range-qualifier"),
    ],
)
def test_claim_value_validates(make: Callable[[], ClaimValue], message: str) -> None:
    with pytest.raises(ValueError, match=f"^{re.escape(message)}$"):
        make()


def test_between_orders_its_bounds() -> None:
    assert CV.between(60_000, 20_000) == CV(None, 20_000, 60_000, "range")


def test_scaled_multiplies_every_number_and_keeps_open_bounds() -> None:
    value = CV.qualified("more_than", 20_000).scaled(0.5)
    assert value == CV(10_000, 10_000, None, "more_than")


@pytest.mark.parametrize(
    ("value", "bounded"),
    [
        pytest.param(CV.qualified("about", 5), False, id="about"),
        pytest.param(CV.qualified("up_to", 5), True, id="up-to"),
        pytest.param(CV.exact(5), True, id="exact"),
    ],
)
def test_is_bounded(value: ClaimValue, bounded: bool) -> None:
    assert value.is_bounded is bounded


@given(CLAIM_VALUES)
def test_format_then_parse_gives_the_value_back(value: ClaimValue) -> None:
    parsed = parse_value(format_value(value))
    assert parsed.value == value
    assert parsed.unit_text == ""


@given(CLAIM_VALUES, st.sampled_from(["shells per day", "howitzers", "USD / shell"]))
def test_unit_words_after_a_formatted_value_are_kept(value: ClaimValue, unit: str) -> None:
    parsed = parse_value(f"{format_value(value)} {unit}")
    assert parsed.value == value
    assert parsed.unit_text == unit


# Text a sheet's value field may hold: number-ish pieces, words of the value language, and
# anything at all (format characters, other scripts' digits, huge runs of digits).
_VALUE_PIECES = st.sampled_from(["20,000", "1.5", "9" * 400, "more than", "up to", "between", "and", "-",
                                 "–", "%", "million", "millions", "per day", "shells", "USD", "$", "€",
                                 "\u200b", "\u00ad", "٢١٬٦٠٠", "２１，６００", "e19", "NaN", "inf", "{", "'"])
_VALUES = st.one_of(st.lists(_VALUE_PIECES, min_size=1, max_size=6).map(" ".join), st.text(max_size=40))


@given(_VALUES)
def test_any_value_text_parses_or_says_why(text: str) -> None:
    """Fuzz: a sheet's value is read or refused with a ValueSyntaxError, never anything else,
    and what is read is finite."""
    try:
        parsed = parse_value(text)
    except ValueSyntaxError:
        return  # (refused with the forms it reads: test_parse_value_rejects)
    bounds = [parsed.value.low, parsed.value.high, parsed.value.nominal]
    assert all(math.isfinite(bound) for bound in bounds if bound is not None)
