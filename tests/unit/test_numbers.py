from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factsheet.numbers import NUMBER_RE, SCALES, SMALL_WORDS, NumberError, format_number, parse_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("21,600", 21_600, id="thousands-separator"),
        pytest.param("1,234,567", 1_234_567, id="two-separators"),
        pytest.param("1,234.75", 1_234.75, id="separator-and-decimal"),
        pytest.param("12.5", 12.5, id="decimal"),
        pytest.param(".5", 0.5, id="leading-point"),
        pytest.param("12.5 thousand", 12_500, id="decimal-scale-word"),
        pytest.param("two-thousand-300", 2_300, id="words-then-digits"),
        pytest.param("two thousand three hundred", 2_300, id="words-only"),
        pytest.param("twenty-one", 21, id="hyphenated-tens"),
        pytest.param("one hundred and five", 105, id="hundred-and"),
        pytest.param("three hundred thousand", 300_000, id="hundred-times-scale"),
        pytest.param("fifty-five thousand", 55_000, id="tens-units-scale"),
        pytest.param("half a million", 500_000, id="half-a-million"),
        pytest.param("one and a half million", 1_500_000, id="one-and-a-half"),
        pytest.param("a quarter of a million", 250_000, id="quarter-of-a"),
        pytest.param("a million", 1_000_000, id="a-million"),
        pytest.param("a dozen", 12, id="a-dozen"),
        pytest.param("a hundred", 100, id="a-hundred"),
        pytest.param("three dozen", 36, id="three-dozen"),
        pytest.param("5bn", 5e9, id="short-scale-glued"),
        pytest.param("3.5 m", 3.5e6, id="short-scale-spaced"),
        pytest.param("16 million", 16e6, id="digits-scale-word"),
        pytest.param("520 thous.", 520_000, id="thous-abbreviation"),
        pytest.param("15 bln", 15e9, id="bln"),
        pytest.param("3 trn", 3e12, id="trn"),
        pytest.param("zero", 0, id="zero"),
        pytest.param("nine and a half million", 9_500_000, id="n-and-a-half-scale"),
        pytest.param("two and a half", 2.5, id="n-and-a-half"),
        pytest.param("a couple of hundred", 200, id="a-couple-of-hundred"),
        pytest.param("a couple thousand", 2_000, id="a-couple-thousand"),
        pytest.param("4,860 crore", 4.86e10, id="crore"),
        pytest.param("1.84 lakh crore", 1.84e12, id="lakh-crore-multiply"),
        pytest.param("two thousand million", 2e9, id="thousand-million-multiply"),
        pytest.param("two point five million", 2.5e6, id="spoken-decimal"),
        pytest.param("three point one four", 3.14, id="spoken-decimal-digits"),
        pytest.param("a hundred and fifty", 150, id="a-hundred-and"),
        pytest.param("a thousand and one", 1001, id="a-thousand-and"),
    ],
)
def test_parse_number(text: str, expected: float) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param("", "no number in ''", id="empty"),
        pytest.param("five six", "'five six' is not one number", id="two-units"),
        pytest.param("twenty apples", "'apples' is not part of a number in 'twenty apples'", id="noun"),
        pytest.param("half a", "'half a' has no scale after its fraction", id="fraction-without-scale"),
        pytest.param("a banana", "'banana' is not part of a number in 'a banana'", id="a-noun"),
        pytest.param("k", "'k' is not part of a number in 'k'", id="short-scale-alone"),
        pytest.param("9" * 400, f"'{'9' * 80}…' (400 characters) is too large to be a number",
                     id="overflow-to-inf"),
    ],
)
def test_parse_number_rejects(text: str, message: str) -> None:
    with pytest.raises(NumberError) as caught:
        parse_number(text)
    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param("over 21,600 howitzers", ["21,600"], id="digits"),
        pytest.param("20,000-60,000 shells", ["20,000", "60,000"], id="range-is-two-numbers"),
        pytest.param("one hundred and five guns", ["one hundred and five"], id="words-with-and"),
        pytest.param("slightly more than half a million shells", ["half a million"], id="fraction"),
        pytest.param("$5bn in aid", ["5bn"], id="short-scale"),
        pytest.param("two-thousand-300 shells", ["two-thousand-300"], id="words-then-digits"),
        pytest.param("two-thousand-300.", ["two-thousand-300"], id="words-then-digits-at-full-stop"),
        pytest.param("1 million 105mm rounds", ["1 million", "105"], id="caliber-not-glued-to-scale"),
        pytest.param("two thousand 300", ["two thousand", "300"], id="digits-after-words-need-hyphen"),
        pytest.param("6 thous. drones", ["6 thous."], id="thous-keeps-its-stop"),
        pytest.param("7 mln. shells", ["7 mln."], id="mln-stop-inside-sentence"),
        pytest.param("USD 2 bln. Then", ["2 bln"], id="bln-stop-ends-sentence"),
        pytest.param("they often say someone has done it", [], id="no-number-inside-words"),
        pytest.param("North Korea million", [], id="no-article-inside-word"),
        pytest.param("it has tenfold more", [], id="tenfold-is-not-ten"),
    ],
)
def test_number_re_finds(text: str, found: list[str]) -> None:
    assert [m.group() for m in NUMBER_RE.finditer(text)] == found


@pytest.mark.parametrize(
    ("value", "text"),
    [
        pytest.param(20_000.0, "20,000", id="integer"),
        pytest.param(12.5, "12.5", id="decimal"),
        pytest.param(1_234.75, "1,234.75", id="separator-and-decimal"),
        pytest.param(-1_234.5, "-1,234.5", id="negative"),
        pytest.param(0.0, "0", id="zero"),
        pytest.param(0.0001, "0.0001", id="small-decimal"),
        pytest.param(20_000, "20,000", id="int-argument"),
    ],
)
def test_format_number(value: float, text: str) -> None:
    assert format_number(value) == text


@pytest.mark.parametrize(
    "value",
    [pytest.param(1e-7, id="tiny"), pytest.param(math.inf, id="inf"), pytest.param(math.nan, id="nan")],
)
def test_format_number_refuses_what_it_cannot_write_plainly(value: float) -> None:
    with pytest.raises(ValueError, match="cannot be written as a plain number"):
        format_number(value)


@given(st.integers(min_value=0, max_value=10**15))
def test_separators_do_not_change_an_integer(number: int) -> None:
    assert parse_number(f"{number:,}") == parse_number(str(number)) == number


@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=999))
def test_separators_do_not_change_a_decimal(whole: int, thousandths: int) -> None:
    plain = f"{whole}.{thousandths:03d}"
    assert parse_number(f"{whole:,}.{thousandths:03d}") == parse_number(plain) == float(plain)


@given(
    st.floats(min_value=0, max_value=1e14, allow_nan=False).filter(lambda x: x == 0 or x >= 1e-4)
)
def test_format_number_reads_back_exactly(value: float) -> None:
    assert parse_number(format_number(value)) == value


_WORDS = sorted({*SMALL_WORDS, *SCALES, "a", "an", "half", "quarter", "of", "and", "couple"})
_PIECES = st.one_of(
    st.sampled_from(_WORDS),
    st.from_regex(r"\d{1,4}(,\d{3}){0,2}(\.\d{1,3})?", fullmatch=True),
    st.sampled_from([" ", "-", " and ", ",", ".", "  ", "\n"]),
)
_NUMBERISH = st.one_of(
    st.text(max_size=40),
    st.lists(_PIECES, max_size=10).map("".join),
    st.lists(_PIECES, max_size=10).map(" ".join),
)


@given(_NUMBERISH)
def test_parse_number_raises_only_number_error(text: str) -> None:
    for match in NUMBER_RE.finditer(text):
        try:
            value = parse_number(match.group())
        except NumberError:
            continue
        assert math.isfinite(value)
        assert value >= 0


_SPELLED = {word: value for word, value in SMALL_WORDS.items() if 0 < value < 100 and word != "dozen"}


@given(st.sampled_from(sorted(_SPELLED)), st.sampled_from(["", " thousand", " million", " billion"]),
       st.booleans())
def test_and_a_half_adds_half_of_the_scale(word: str, scale: str, digits: bool) -> None:
    """'nine and a half million' and '9 and a half million' are both 9.5 million."""
    whole = _SPELLED[word]
    written = f"{whole if digits else word} and a half{scale}"
    factor = SCALES[scale.strip()] if scale else 1
    assert NUMBER_RE.fullmatch(written)
    assert parse_number(written) == (whole + 0.5) * factor
