"""Invisible characters and other scripts' digits and separators inside numbers: read once,
in ``text.characters``, so that no number is split or loses a digit."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factsheet import extract_mentions
from factsheet.characters import plain, plain_text
from factsheet.quantities import parse_value
from factsheet.text.normalise import find_quote, fold, normalise

# Format characters a pasted page carries inside words and numbers.
FORMAT_CHARACTERS = ["\u00ad", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2060", "\u2066",
                     "\u2069", "\ufeff", "\u061c"]


@pytest.mark.parametrize(
    ("written", "value"),
    [
        pytest.param("21\u200b,600", 21_600, id="zero-width-space-before-comma"),
        pytest.param("21,\u200b600", 21_600, id="zero-width-space-after-comma"),
        pytest.param("21\u00ad600", 21_600, id="soft-hyphen"),
        pytest.param("21\u2060600", 21_600, id="word-joiner"),
        pytest.param("\u200e21,600", 21_600, id="direction-mark-before"),
        pytest.param("21\u066c600", 21_600, id="arabic-thousands-separator"),
        pytest.param("٢١٬٦٠٠", 21_600, id="arabic-indic-digits"),
        pytest.param("۲۱٬۶۰۰", 21_600, id="extended-arabic-indic-digits"),
        pytest.param("２１，６００", 21_600, id="full-width-digits-and-comma"),
        pytest.param("21，600", 21_600, id="full-width-comma"),
        pytest.param("2\u066b5 million", 2_500_000, id="arabic-decimal-separator"),
        pytest.param("१२,५००", 12_500, id="devanagari-digits"),
    ],
)
def test_a_number_with_odd_characters_is_read_whole(written: str, value: float) -> None:
    text = f"North Korea has {written} howitzers, the report said."
    [mention] = [m for m in extract_mentions(text) if m.kind != "other"]
    assert mention.value.low == mention.value.high == value
    assert mention.text == text[mention.start:mention.end]  # a span of the original
    assert plain_text(mention.text).replace(" million", "") == plain_text(written).replace(" million", "")


def test_a_full_width_comma_between_clauses_joins_no_numbers() -> None:
    # Chinese and Japanese write their clause comma full width: only between digits is it
    # a separator.
    text = "It fired 500 shells，then 600 shells."
    assert [m.value.low for m in extract_mentions(text) if m.kind != "other"] == [500, 600]


def test_plain_keeps_each_characters_offset_in_the_original() -> None:
    text = "fired\u200b 21\u00ad600 shells"
    reading = plain(text)
    assert reading is not None
    read, offsets = reading
    assert read == "fired 21600 shells"
    for at, char in enumerate(read):
        assert text[offsets[at]] == char


def test_plain_leaves_ordinary_text_alone() -> None:
    assert plain("It fires 20,000–60,000 shells a day, “they” said.") is None
    assert plain_text("Kyiv’s 5,000") == "Kyiv’s 5,000"


def test_a_sheet_value_with_an_invisible_character_reads_the_same() -> None:
    assert parse_value("over 21\u200b,600").value == parse_value("over 21,600").value
    assert parse_value("٢١٬٦٠٠").value == parse_value("21,600").value


def test_a_quote_is_found_across_invisible_characters() -> None:
    text = "Pyongyang has over 21\u200b,600 howit\u00adzers."
    span = find_quote(normalise(text), "over 21,600 howitzers")
    assert span is not None
    assert text[span[0]:span[1]] == "over 21\u200b,600 howit\u00adzers"
    assert fold("a \u200b b") == "a b"  # still one space between words


NUMBERS = st.integers(min_value=1_000, max_value=999_999_999)


@given(number=NUMBERS, at=st.integers(min_value=0), char=st.sampled_from(FORMAT_CHARACTERS))
def test_a_format_character_anywhere_in_a_number_changes_nothing(number: int, at: int, char: str) -> None:
    written = f"{number:,}"
    at %= len(written) + 1
    text = f"Russia fires {written[:at]}{char}{written[at:]} shells a day."
    [mention] = extract_mentions(text)
    assert mention.value.low == mention.value.high == number
    assert mention.text == text[mention.start:mention.end]
    assert mention.text.replace(char, "") == written


@given(number=NUMBERS, chars=st.lists(st.sampled_from(FORMAT_CHARACTERS), max_size=3))
def test_a_sheet_value_reads_the_same_with_format_characters(number: int, chars: list[str]) -> None:
    written = f"{number:,}"
    parts = written.split(",")
    spliced = "".join(part + (chars[i] if i < len(chars) else "") for i, part in enumerate(parts))
    assert parse_value(f"about {spliced}").value == parse_value(f"about {written}").value
