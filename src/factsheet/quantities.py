"""Claim values: an interval with an optional point estimate, and the small
language curators and articles write them in ('more than 20,000',
'20,000–60,000 rounds per month', 'almost 1%', 'millions').
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from typing import Literal

from .characters import plain_text
from .currencies import CURRENCY_CODES
from .errors import ValueSyntaxError
from .numbers import NUMBER, NumberError, format_number, parse_number

Qualifier = Literal["more_than", "at_least", "less_than", "up_to", "almost", "about", "range", "vague"]

# Words before a number and the qualifier they mean, longest phrases first.
QUALIFIER_WORDS: dict[str, Qualifier] = {
    "slightly more than": "more_than", "slightly over": "more_than", "well over": "more_than",
    "more than": "more_than", "over": "more_than", "above": "more_than", "north of": "more_than",
    "in excess of": "more_than", "upwards of": "more_than", "greater than": "more_than",
    "not less than": "at_least", "no less than": "at_least", "no fewer than": "at_least",
    "not fewer than": "at_least", "at least": "at_least", "a minimum of": "at_least",
    "fewer than": "less_than", "less than": "less_than", "under": "less_than",
    "below": "less_than", "south of": "less_than",
    "up to": "up_to", "as high as": "up_to", "as many as": "up_to", "as much as": "up_to",
    "at most": "up_to", "no more than": "up_to", "not more than": "up_to",
    "a maximum of": "up_to",
    "almost": "almost", "nearly": "almost", "close to": "almost", "just under": "almost",
    "approaching": "almost",
    "roughly": "about", "about": "about", "around": "about", "approximately": "about",
    "some": "about", "an estimated": "about", "estimated": "about", "circa": "about",
    "an average of": "about", "on average": "about", "approx.": "about", "c.": "about",
}
# The canonical word each qualifier is written back with.
QUALIFIER_TEXT: dict[Qualifier, str] = {
    "more_than": "more than", "at_least": "at least", "less_than": "less than",
    "up_to": "up to", "almost": "almost", "about": "about",
}
# Vague plurals: a lower bound, and an upper one when the next magnitude is implied.
VAGUE: dict[str, tuple[float, float | None]] = {
    "dozens": (24, None), "hundreds": (200, None), "thousands": (2_000, None),
    "tens of thousands": (20_000, 100_000), "hundreds of thousands": (200_000, 1_000_000),
    "millions": (2_000_000, None), "tens of millions": (20_000_000, 100_000_000),
    "hundreds of millions": (200_000_000, 1_000_000_000), "billions": (2e9, None),
}

_qualifier_alt = "|".join(re.escape(w) for w in sorted(QUALIFIER_WORDS, key=len, reverse=True))
_vague_alt = "|".join(re.escape(w) for w in sorted(VAGUE, key=len, reverse=True))
CURRENCY_SYMBOLS = {"$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "£": "GBP", "₩": "KRW", "₽": "RUB",
                    "₴": "UAH", **{code.lower(): code for code in CURRENCY_CODES}}
_CURRENCY = "|".join(re.escape(sign) for sign in sorted(CURRENCY_SYMBOLS, key=len, reverse=True))
_RANGE_SEP = r"\s*(?:-|–|—|to|and)\s*"
_VALUE = re.compile(
    rf"""^\s*
    (?P<qualifier>(?:{_qualifier_alt})\s+)?
    (?:
        (?P<between>between|from)?\s*
        (?P<currency>{_CURRENCY})?\s*
        (?P<sign>[-−]|minus\s+)?(?P<low>{NUMBER})\s*(?P<lowpct>%)?
        (?:{_RANGE_SEP}(?P<sign2>[-−]|minus\s+)?(?P<high>{NUMBER}))?
      | ["“]?(?P<vague>{_vague_alt})["”]?
    )
    (?P<plus>\+)?
    \s*(?P<unit>.*?)\s*$""",
    re.IGNORECASE | re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class ClaimValue:
    """What a source says about a number: bounds and, when it gives one, a point estimate.

    ``None`` bounds are open ('more than 20,000' has no ``high``).
    """

    nominal: float | None
    low: float | None
    high: float | None
    qualifier: Qualifier | None = None

    def __post_init__(self) -> None:
        for name in ("nominal", "low", "high"):
            number = getattr(self, name)
            if number is not None and not math.isfinite(number):
                raise ValueError(f"{name} must be finite, got {number!r}")
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError(f"low {self.low} is above high {self.high}")

    @classmethod
    def exact(cls, number: float) -> ClaimValue:
        return cls(number, number, number, None)

    @classmethod
    def qualified(cls, qualifier: Qualifier, number: float) -> ClaimValue:
        """'more than 20,000' and friends: the number is both a bound and the estimate."""
        if qualifier in ("more_than", "at_least"):
            return cls(number, number, None, qualifier)
        if qualifier in ("less_than", "up_to", "almost"):
            return cls(number, None, number, qualifier)
        if qualifier == "about":
            return cls(number, None, None, qualifier)
        raise ValueError(f"'{qualifier}' does not qualify a single number")

    @classmethod
    def between(cls, low: float, high: float) -> ClaimValue:
        return cls(None, min(low, high), max(low, high), "range")

    def scaled(self, factor: float) -> ClaimValue:
        """The same claim in another unit (``factor`` > 0 keeps bounds in order)."""
        def times(number: float | None) -> float | None:
            return None if number is None else number * factor
        return replace(self, nominal=times(self.nominal), low=times(self.low), high=times(self.high))

    @property
    def is_bounded(self) -> bool:
        return self.low is not None or self.high is not None


@dataclass(frozen=True, slots=True)
class ParsedValue:
    """A claim value as written, and the unit words that followed the number."""

    value: ClaimValue
    unit_text: str


def parse_value(text: str) -> ParsedValue:
    """Parse 'more than 20,000', '20,000–60,000 shells per day', 'almost 1%', 'millions'.

    Raises ValueSyntaxError naming the text and the forms that are understood.
    """
    match = _VALUE.match(plain_text(text).replace("\u00a0", " "))
    if match is None or not text.strip():
        raise ValueSyntaxError(
            f"cannot read value '{text}'; write it like '20,000', 'more than 20,000',"
            " '20,000-60,000 shells per day' or 'almost 1%'"
        )
    unit_text = match["unit"]
    if match["lowpct"]:
        unit_text = f"percent {unit_text}".strip()
    if match["currency"]:
        unit_text = f"{CURRENCY_SYMBOLS[match['currency'].lower()]} {unit_text}".strip()
    qualifier_word = (match["qualifier"] or "").strip().lower()
    qualifier = QUALIFIER_WORDS.get(qualifier_word)
    if match["vague"]:
        low, high = VAGUE[match["vague"].lower()]
        if qualifier is not None:
            raise ValueSyntaxError(f"'{text}' qualifies a vague amount; drop '{qualifier_word}'")
        return ParsedValue(ClaimValue(None, low, high, "vague"), unit_text)
    try:
        low = _signed(parse_number(match["low"]), match["sign"])
        high = _signed(parse_number(match["high"]), match["sign2"]) if match["high"] else None
    except NumberError as error:
        raise ValueSyntaxError(f"cannot read value '{text}': {error}") from None
    if high is not None:
        if qualifier is not None:
            raise ValueSyntaxError(f"'{text}' qualifies a range; write the range alone")
        return ParsedValue(ClaimValue.between(low, high), unit_text)
    if match["between"]:
        raise ValueSyntaxError(f"'{text}' starts a range but gives one number")
    if match["plus"]:
        qualifier = qualifier or "more_than"
    if qualifier is None:
        return ParsedValue(ClaimValue.exact(low), unit_text)
    return ParsedValue(ClaimValue.qualified(qualifier, low), unit_text)


def _signed(number: float, sign: str | None) -> float:
    return -number if sign else number


def format_value(value: ClaimValue) -> str:
    """Write a value in the language ``parse_value`` reads (round-trips exactly).

    The sheet syntax's inverse of ``parse_value``, so it lives beside it; the forms
    rounded for reading are in ``factsheet.report.values``.
    """
    if value.qualifier == "vague":
        for words, bounds in VAGUE.items():
            if bounds == (value.low, value.high):
                return words
        return f"{_number(value.low)}–{_number(value.high)}" if value.high is not None else (
            f"at least {_number(value.low)}"
        )
    if value.qualifier == "range":
        return f"{_number(value.low)}–{_number(value.high)}"
    if value.qualifier is None:
        return _number(value.nominal)
    return f"{QUALIFIER_TEXT[value.qualifier]} {_number(value.nominal)}"


def _number(number: float | None) -> str:
    if number is None:
        raise ValueError("a bound the qualifier needs is missing")
    if number < 0:
        return f"minus {format_number(-number)}"
    return format_number(number)
