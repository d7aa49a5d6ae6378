"""The records extraction builds: ``Mention``, and the helpers that make one."""

from __future__ import annotations

from dataclasses import dataclass

from ...quantities import ClaimValue, Qualifier
from ..nouns import Kind
from ..numbers import SCALES, NumberError

# Kinds that state an amount of something, as opposed to when, how big a bore, or a name.
AMOUNT_KINDS: frozenset[Kind] = frozenset({"count", "rate", "money", "percent"})


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


def make(text: str, start: int, end: int, value: ClaimValue, unit: str | None, noun: str | None,
         kind: Kind) -> Mention:
    return Mention(start, end, text[start:end], value, unit, noun, kind)


def value_of(number: float, qualifier: Qualifier | None) -> ClaimValue:
    return ClaimValue.exact(number) if qualifier is None else ClaimValue.qualified(qualifier, number)


def scale_of(word: str) -> float:
    try:
        return SCALES[word.lower()]
    except KeyError:
        raise NumberError(f"'{word}' is not a scale word") from None
