from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factsheet.text.normalise import closest_passage, find_quote, fold, normalise


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        pytest.param("“millions”", '"millions"', id="smart-double-quotes"),
        pytest.param("Shoigu’s", "Shoigu's", id="smart-apostrophe"),
        pytest.param("20,000–60,000", "20,000-60,000", id="en-dash"),
        pytest.param("a — b", "a - b", id="em-dash"),
        pytest.param("−5", "-5", id="minus-sign"),
        pytest.param("20\u00a0000", "20 000", id="no-break-space"),
        pytest.param("  fires\n5,000\r\n\tshells  ", "fires 5,000 shells", id="whitespace-runs"),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_normalise_collapses_whitespace_and_keeps_offsets() -> None:
    text = "it fires “5,000\n\n  shells”"
    normalised = normalise(text)
    assert normalised.text == 'it fires "5,000 shells"'
    assert normalised.original_length == len(text)
    space = normalised.text.index(" shells")
    assert normalised.offsets[space] == text.index("\n")
    assert normalised.offsets[space + 1] == text.index("shells")


@pytest.mark.parametrize(
    ("text", "quote", "found"),
    [
        pytest.param("He said it fires 5,000 shells a day.", "it fires 5,000 shells", "it fires 5,000 shells",
                     id="plain"),
        pytest.param("it fires “5,000\nshells a day”, he said", 'fires "5,000 shells a day"',
                     "fires “5,000\nshells a day”", id="smart-quotes-and-line-break"),
        pytest.param("go through 20,000–60,000 shells", "20,000-60,000 shells", "20,000–60,000 shells",
                     id="dash-styles"),
        pytest.param("IT HAS OVER 21,600 HOWITZERS", "it has over 21,600 howitzers",
                     "IT HAS OVER 21,600 HOWITZERS", id="case-insensitive"),
        pytest.param("İstanbul says it FIRES 5,000 shells", "fires 5,000 shells", "FIRES 5,000 shells",
                     id="lowercase-longer-than-original"),
        pytest.param("the text", "  the\n text  ", "the text", id="quote-whitespace-folded"),
    ],
)
def test_find_quote(text: str, quote: str, found: str) -> None:
    span = find_quote(normalise(text), quote)
    assert span is not None
    assert text[span[0] : span[1]] == found


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        pytest.param("it fires 5,000 shells", "it fires 5,500 shells", id="other-number"),
        pytest.param("it fires 5,000 shells", "", id="empty-quote"),
        pytest.param("it fires 5,000 shells", " \n ", id="blank-quote"),
    ],
)
def test_find_quote_misses(text: str, quote: str) -> None:
    assert find_quote(normalise(text), quote) is None


def test_span_of_an_empty_range_is_a_point() -> None:
    normalised = normalise("a  b")
    assert normalised.span_in_original(1, 1) == (1, 1)
    assert normalised.span_in_original(3, 3) == (4, 4)


@pytest.mark.parametrize(
    ("text", "quote", "closest"),
    [
        pytest.param("The army said it fires 5,000\nshells a day, officials said.",
                     "it fires 5,500 shells a day", "it fires 5,000 shells a day", id="one-digit-off"),
        pytest.param("North Korea has over 21,600 howitzers in total.", "it has over 21,600 howitzer",
                     "has over 21,600 howitzers in", id="same-length-window"),
        pytest.param("Kim met Shoigu in Pyongyang.", "zebras graze quietly near Nairobi", None,
                     id="nothing-alike"),
        pytest.param("", "anything", None, id="empty-article"),
    ],
)
def test_closest_passage(text: str, quote: str, closest: str | None) -> None:
    assert closest_passage(normalise(text), quote) == closest


_TEXT = st.text(
    alphabet=st.sampled_from(list("abAİ 5,.\n\t\r“”‘’–—-\u00a0\u2009")), max_size=60
)


@given(_TEXT)
def test_normalised_characters_come_from_their_offsets(text: str) -> None:
    normalised = normalise(text)
    assert len(normalised.offsets) == len(normalised.text)
    assert list(normalised.offsets) == sorted(set(normalised.offsets))
    for char, offset in zip(normalised.text, normalised.offsets, strict=True):
        original = text[offset]
        assert char == (" " if fold(f"x{original}x") == "x x" else fold(original))


_SWAP_ASCII_CASE = str.maketrans("abAB", "ABab")


@given(_TEXT, st.data())
def test_a_piece_of_the_text_is_found_in_it(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(min_value=0, max_value=len(text)))
    end = data.draw(st.integers(min_value=start, max_value=len(text)))
    quote = text[start:end]
    if data.draw(st.booleans()):
        quote = quote.translate(_SWAP_ASCII_CASE)
    span = find_quote(normalise(text), quote)
    if not fold(quote):
        assert span is None
        return
    assert span is not None
    assert 0 <= span[0] < span[1] <= len(text)
    assert fold(text[span[0] : span[1]]).lower() == fold(quote).lower()
