"""Which time expression of its sentence a figure is about.

The expression in the figure's own clause nearest to it ('10,000 a day in the summer, 20,000
in the fall'); else one put first in the sentence, which scopes all of it ('In
October–December 2023, Russia spent 30,000 a day, while Ukraine spent 10,000'). When a
figure was said ('told reporters on Monday', 'said on April 26') is not when it is about.
A figure with no such expression has none: its article's date stands for it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property

from ..frames.patterns import CLAUSE_BREAK
from ..sentences import Sentences
from .phrases import expression_pattern
from .resolve import Calendar, Period, resolve


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A time expression as written: ``text == article_text[start:end]``."""

    start: int
    end: int
    text: str


# Where the time of one clause stops applying: the clause breaks frames know, and ', and' or
# ', or' before a new clause ('In 2022 it fired 11 million, and in 2023 10 million').
_BREAK = re.compile(rf"{CLAUSE_BREAK.pattern}|,\s+(?:and|or)\b"
                    r"|\band\s+(?=(?:in|since|by|during|from|last|this)\b)", re.I)
# When a figure was said, not what it is about.
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|reported|announced|stated|claimed|wrote|added|noted|warned|"
                          r"published|released|speaking|interview)\b(?:\s+[\w’'.-]+){0,3}\s*$", re.I)
_SAID_AFTER = re.compile(r"\s*,?\s*(?:(?:the\s+)?[\w’'.-]+\s+){0,3}?(?:said|says|told|announced|reported|"
                         r"stated|claimed|wrote)\b(?!\s+(?:that|it|they)\b)", re.I)
_FRONT = re.compile(r"[\s\"“'‘(]*(?:(?:but|and|so|yet|meanwhile|however),?\s+)?$", re.I)
_SENTENCE_REACH = 600  # characters of a sentence searched on each side of a figure


class ArticleTimes:
    """The time expressions of one article, found sentence by sentence when first asked for."""

    def __init__(self, text: str, events: tuple[str, ...] = ()) -> None:
        self.text = text
        self.events = events
        self._found: dict[int, list[TimeExpression]] = {}

    @cached_property
    def _starts(self) -> tuple[int, ...]:
        return Sentences.of(self.text, paragraphs=True).starts

    def _sentence(self, position: int) -> tuple[int, int]:
        index = bisect_right(self._starts, position) - 1
        start = self._starts[index]
        end = self._starts[index + 1] if index + 1 < len(self._starts) else len(self.text)
        return max(start, position - _SENTENCE_REACH), min(end, position + _SENTENCE_REACH)

    def in_sentence(self, start: int, end: int) -> list[TimeExpression]:
        """The time expressions of the sentence span ``[start, end)``."""
        if start not in self._found:
            pattern = expression_pattern(self.events)
            self._found[start] = [TimeExpression(m.start(), m.end(), m.group())
                                  for m in pattern.finditer(self.text, start, end)]
        return self._found[start]

    def scope(self, start: int, end: int) -> TimeExpression | None:
        """The time expression the figure ``text[start:end]`` is about, if its sentence has one."""
        first, last = self._sentence(start)
        candidates = [t for t in self.in_sentence(first, last)
                      if (t.end <= start or t.start >= end) and not self._said(t)]
        own = [t for t in candidates if not _BREAK.search(self.text, *_between(t, start, end))]
        if own:
            return min(own, key=lambda t: _distance(t, start, end))
        fronted = [t for t in candidates if t.end <= start and _FRONT.fullmatch(self.text, first, t.start)]
        return fronted[0] if fronted else None

    def _said(self, expression: TimeExpression) -> bool:
        before = self.text[max(0, expression.start - 50) : expression.start]
        return bool(_SAID_BEFORE.search(before)) or bool(
            _SAID_AFTER.match(self.text, expression.end, expression.end + 50))

    def period(self, start: int, end: int, calendar: Calendar) -> Period | None:
        """The period of the figure ``text[start:end]``: what its time expression means, or
        the article's date (approximately) when it has none; None when neither is known."""
        expression = self.scope(start, end)
        if expression is not None:
            found = resolve(expression.text, calendar)
            if found is not None:
                return found
        return dated_by_article(calendar)


def dated_by_article(calendar: Calendar) -> Period | None:
    """The period of a figure whose text names none: its article's date, if known."""
    if calendar.published is None:
        return None
    return Period(calendar.published, calendar.published, "", True, "article")


def _between(expression: TimeExpression, start: int, end: int) -> tuple[int, int]:
    return (expression.end, start) if expression.end <= start else (end, expression.start)


def _distance(expression: TimeExpression, start: int, end: int) -> int:
    return start - expression.end if expression.end <= start else expression.start - end
