"""The records extraction builds: ``Mention``, what it returns, and ``Reading``, a number
phrase found in the text that the readers pass around; the helpers that make them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...numbers import SCALES, NumberError
from ...quantities import ClaimValue, Qualifier
from ..nouns import Kind, NounUnit

# Kinds that state an amount of something, as opposed to when, how big a bore, or a name.
AMOUNT_KINDS: frozenset[Kind] = frozenset({"count", "rate", "money", "percent"})
# The units of mentions that name no registry unit, or always the same one.
COUNT = NounUnit(None, "count")
DATE = NounUnit(None, "date")
CALIBER = NounUnit("millimeter", "caliber")
PERCENT = NounUnit("percent", "percent")


@dataclass(frozen=True, slots=True)
class Mention:
    """One quantity as written: ``text == article_text[start:end]`` (str offsets)."""

    start: int
    end: int
    text: str
    value: ClaimValue
    unit: str | None
    noun: str | None
    kind: Kind

    def noun_end(self, article_text: str) -> int | None:
        """Where the counted noun after the figure ends in ``article_text``, if it names one
        ('launch' of '20 rocket launch systems' is part of it, no action)."""
        if not self.noun or (at := article_text.find(self.noun, self.end, self.end + NOUN_REACH)) < 0:
            return None
        return at + len(self.noun)


NOUN_REACH = 80  # how far after a figure its counted noun is looked for


@dataclass(frozen=True, slots=True)
class Reading:
    """A number phrase in ``text``: ``phrase == text[start:end]``, worth ``number``.

    ``left`` is the window before it, reversed (what the ``L_`` patterns match), and
    ``name`` a word there that may make the number part of a name ('Article 5').
    """

    text: str
    start: int
    end: int
    number: float
    phrase: str
    left: str
    name: re.Match[str] | None

    @property
    def is_digits(self) -> bool:
        return self.phrase[0].isdigit() or self.phrase[0] == "."


def make(text: str, start: int, end: int, value: ClaimValue, unit: NounUnit | None = None,
         noun: str | None = None) -> Mention:
    """The mention ``text[start:end]`` worth ``value``: of kind 'other' when ``unit`` is None."""
    if unit is None:
        return Mention(start, end, text[start:end], value, None, noun, "other")
    return Mention(start, end, text[start:end], value, unit.name, noun, unit.kind)


def value_of(number: float, qualifier: Qualifier | None) -> ClaimValue:
    return ClaimValue.exact(number) if qualifier is None else ClaimValue.qualified(qualifier, number)


def scale_of(word: str) -> float:
    try:
        return SCALES[word.lower()]
    except KeyError:
        raise NumberError(f"'{word}' is not a scale word") from None
