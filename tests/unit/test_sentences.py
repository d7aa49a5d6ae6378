from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factsheet.text.sentences import Sentences, clause_ends_between, sentence_start


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        pytest.param("It fired. Then it stopped.", ["It fired. ", "Then it stopped."], id="full-stop"),
        pytest.param("Why? 20,000 rounds.", ["Why? ", "20,000 rounds."], id="digit-after"),
        pytest.param('He said "no." She left.', ['He said "no." ', "She left."], id="closing-quote"),
        pytest.param("He said (it is so.) 'Yes.'", ["He said (it is so.) ", "'Yes.'"], id="bracket-quote"),
        pytest.param("At 5 p.m. on Monday.", ["At 5 p.m. on Monday."], id="lower-case-after"),
        pytest.param("A headline\n\nThe body.", ["A headline\n\nThe body."], id="no-end-at-a-blank-line"),
        pytest.param("It fired; it stopped.", ["It fired; it stopped."], id="semicolon-ends-no-sentence"),
        pytest.param("It hit 28 on Sept. 30 and Gen. Smith left. Aug. 4 was quiet.",
                     ["It hit 28 on Sept. 30 and Gen. Smith left. ", "Aug. 4 was quiet."],
                     id="abbreviations"),
        pytest.param("It grew.\n- Output rose.\n• 12 plants - 3 idle.",
                     ["It grew.\n", "- Output rose.\n", "• 12 plants - 3 idle."], id="bullets"),
    ],
)
def test_a_sentence_ends_before_a_capital_or_a_digit(text: str, sentences: list[str]) -> None:
    assert Sentences.of(text).split() == sentences


def test_the_sentences_holding_a_span_and_those_before() -> None:
    sentences = Sentences.of("One. Two three. Four.")
    assert sentences.holding(5, 8) == "Two three. "
    assert sentences.holding(5, 18) == "Two three. Four."
    assert sentences.holding(16, 20, before=1) == "Two three. Four."


def test_a_sentence_start_is_looked_for_within_the_lookback() -> None:
    text = "Old news. Each shell costs $3,000"
    assert sentence_start(text, text.index("$"), 240) == text.index("Each")
    assert sentence_start(text, text.index("$"), 10) == text.index("$") - 10


def test_a_blank_line_starts_a_sentence_only_when_paragraphs_count() -> None:
    text = "One shell, one life\n\nProduction costs $3,000"
    assert sentence_start(text, text.index("$"), 240) == 0
    assert sentence_start(text, text.index("$"), 240, paragraphs=True) == text.index("Production")


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        pytest.param("48 launchers. At $5 million each", True, id="sentence"),
        pytest.param("48 launchers; rockets at $5 million each", True, id="semicolon"),
        pytest.param("48 launchers at $5 million each", False, id="none"),
    ],
)
def test_a_clause_ends_at_a_sentence_end_or_a_semicolon(text: str, ends: bool) -> None:
    assert clause_ends_between(text, 0, len(text)) is ends


@given(st.text(max_size=300), st.integers(min_value=0, max_value=299))
def test_sentence_context_always_holds_the_span(text: str, start: int) -> None:
    if not text:
        return
    start = min(start, len(text) - 1)
    end = min(len(text), start + 5)
    context = Sentences.of(text).holding(start, end)
    assert text[start:end] in context


@given(st.text(max_size=300))
def test_the_sentences_make_up_the_text(text: str) -> None:
    assert "".join(Sentences.of(text).split()) == text
