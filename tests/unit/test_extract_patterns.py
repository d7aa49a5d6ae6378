from __future__ import annotations

import re

import pytest

from factsheet.text.extract.names import L_NAME, L_NUMERO, in_a_name
from factsheet.text.extract.patterns import backwards, left_context, left_window, word_before
from factsheet.text.extract.qualifiers import L_MADE_UP, L_OPENER


def test_backwards_spells_each_phrase_backwards_longest_first() -> None:
    assert backwards(["no", "every one"]) == r"eno\s+yreve|on"


@pytest.mark.parametrize(
    ("parts", "pattern"),
    [
        pytest.param(("[A-Za-z]", "-", r"\d+", "-"), r"-\d+-[A-Za-z]", id="order-reversed"),
        pytest.param(("(?<!\\w)", "(?:on)", r"\s+"), r"\s+(?:on)(?!\w)", id="lookbehind-becomes-lookahead"),
        pytest.param(("(?<=x)", "a"), "a(?=x)", id="positive-lookbehind"),
        pytest.param(("^", r"\s*"), r"\s*$", id="start-becomes-end"),
    ],
)
def test_left_context_reads_parts_written_forwards(parts: tuple[str, ...], pattern: str) -> None:
    assert left_context(*parts) == pattern


def _before(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The match of a left-context pattern on the window before the end of ``text``."""
    return pattern.match(left_window(text, len(text)))


@pytest.mark.parametrize(
    ("pattern", "text", "found"),
    [
        pytest.param(L_NUMERO, "Downing Street No. ", True, id="numero"),
        pytest.param(L_NUMERO, "the nos. ", True, id="numero-plural"),
        pytest.param(L_NUMERO, "item #", True, id="hash"),
        pytest.param(L_NUMERO, "casino. ", False, id="numero-inside-a-word"),
        pytest.param(L_NUMERO, "NO. ", False, id="numero-in-capitals"),
        pytest.param(L_OPENER, "rose from ", True, id="from"),
        pytest.param(L_OPENER, "Between ", True, id="between"),
        pytest.param(L_OPENER, "therefrom ", False, id="from-inside-a-word"),
        pytest.param(L_MADE_UP, "they made up ", True, id="made-up"),
        pytest.param(L_MADE_UP, "they went up ", False, id="went-up"),
        pytest.param(word_before(["every", "no"]), "for every ", True, id="word-before"),
        pytest.param(word_before(["every", "no"]), "for everyone ", False, id="word-before-whole-word"),
    ],
)
def test_left_context_patterns_match_the_words_before_a_number(
    pattern: re.Pattern[str], text: str, found: bool
) -> None:
    assert (_before(pattern, text) is not None) is found


def test_a_name_pattern_captures_the_word_before_the_number_backwards() -> None:
    hyphened = _before(L_NAME, "the Hwasong-")
    spaced = _before(L_NAME, "under Article ")
    assert hyphened is not None
    assert hyphened["w"][::-1] == "Hwasong"
    assert spaced is not None
    assert spaced["cap"][::-1] == "Article"


@pytest.mark.parametrize(
    ("before", "phrase", "named"),
    [
        pytest.param("the Hwasong-", "17", True, id="hyphened-name"),
        pytest.param("in mid-", "2022", False, id="mid-year"),
        pytest.param("CVE-2021-", "44228", True, id="code"),
        pytest.param("in 2021-", "22", False, id="a-range-is-no-code"),
        pytest.param("the PzH ", "2000", True, id="mixed-case-designation"),
        pytest.param("the Army ", "2000", False, id="capitalised-word"),
    ],
)
def test_a_number_in_a_name(before: str, phrase: str, named: bool) -> None:
    left = left_window(before, len(before))
    assert in_a_name(phrase, left, L_NAME.match(left)) is named
