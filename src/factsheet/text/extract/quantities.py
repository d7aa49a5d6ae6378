"""A number read with what is written around it: currency, qualifier before and after,
range or ratio, '+', percent, caliber, a word hyphened to it, unit or counted noun."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from ...numbers import DIGITS, SCALE_WORDS, SMALL_WORDS
from ...quantities import ClaimValue, Qualifier
from ..nouns import Noun, NounUnit, find_noun, find_noun_after_of, looks_plural, unit_of
from .dates import CALENDAR_YEARS, decade
from .names import MORE_WORDS, model_mark, named_by
from .patterns import CURRENCIES, DA, HY, backwards, left_context, word_before, words
from .qualifiers import L_CHANGE, L_CHANGE_OF, L_MADE_UP, L_OPENER, over_a_period, qualifier_before
from .ranges import range_after, ratio_after
from .rates import R_TRAILING, rated_before, trailing_qualified, with_rate
from .records import CALIBER, COUNT, DATE, PERCENT, Mention, Reading, make, scale_of, value_of

_L_CURRENCY = re.compile(left_context("(?<![A-Za-z])", f"(?P<cur>{backwards(CURRENCIES)})", r"\s?"))
_L_AFTER_NUMBER = re.compile(left_context(r"\d", f"[{DA}]"))  # the 48 of '52-48': the second half of a score
_FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
              "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8,
              "tenth": 10, "tenths": 10}
_R_MORE = re.compile(rf"\s+(?:{MORE_WORDS})\b", re.I)
_L_NO = word_before(("no", "any", "every"))  # 'no one', 'any one', 'every one'
_ORDINAL = ("st", "nd", "rd", "th")
# ... in a list too: '122-, 130-, 152- and 170-millimeter'.
_R_SUSPENDED = re.compile(rf"[{HY}](?:,\s*(?:{DIGITS}|{words(SMALL_WORDS)})[{HY}])*,?\s+(?:and|or|to)\s+"
                          rf"(?:{DIGITS}|{words(SMALL_WORDS)})[{HY}]?"
                          r"(?P<w>[A-Za-z]+)\b", re.I)
_R_PLUS = re.compile(rf"\+(?:\s*(?P<scale>{SCALE_WORDS})\b)?|[{HY}](?P<word>odd|plus)\b", re.I)
_R_OF = re.compile(r"\s+of\s", re.I)
_R_PERCENT_SIGN = re.compile(rf"\s?%|[{HY}]?percent\b|(?:pc|pct)\b", re.I)  # 90%, 38pc
_R_PERCENT_WORD = re.compile(r"\s+(?:percent|per\s*cent|pct|(?-i:pc)|percentage\s+points?)\b", re.I)
_R_CALIBER = re.compile(rf"(?P<glued>[{HY}]?(?:mm|millimet(?:er|re)s?)(?![A-Za-z]))"
                        r"|\s+(?:mm|millimet(?:er|re)s?)(?![A-Za-z])", re.I)
# '15-centimetre shells', '6-inch shells': calibres in other units, read in millimetres.
_R_CALIBER_CM = re.compile(rf"[{HY}](?:(?P<cm>cm|centimet(?:er|re)s?)|(?P<inch>inch))(?![A-Za-z])", re.I)
_R_OF_A_SCALE = re.compile(rf"\s+of\s+an?\s+(?P<scale>{SCALE_WORDS})\b", re.I)
_R_HYPHEN_WORD = re.compile(rf"[{HY}](?P<w>[A-Za-z]+)(?:[{HY}]old\b)?")


@dataclass(frozen=True, slots=True)
class _Phrase:
    """A number with what is read around it: ``text[start:end]``, from its qualifier or
    currency to the end of a second number or '+', worth ``value``."""

    start: int
    end: int
    number: float  # the number read, times the scale written after a '+'
    value: ClaimValue
    qualifier: Qualifier | None  # written before the number
    currency: str | None
    second: Literal["range", "ratio"] | None  # a second number read into ``value``
    noun_from: int  # where a counted noun may start: after 'or so'


def read_quantity(reading: Reading) -> Mention | None:
    """The number with what is written around it: currency, qualifier, range, percent,
    caliber, unit, counted noun; None when it is no quantity."""
    phrase = _read_around(reading)
    text, start, end, value = reading.text, phrase.start, phrase.end, phrase.value
    if (pct := _R_PERCENT_SIGN.match(text, end)) is not None:
        return with_rate(text, make(text, start, pct.end(), value, PERCENT), pct.end())
    if (pct := _R_PERCENT_WORD.match(text, end)) is not None:
        return with_rate(text, make(text, start, end, value, PERCENT), pct.end())
    if phrase.currency is not None:
        money = NounUnit(CURRENCIES[phrase.currency], "money")
        return with_rate(text, make(text, start, end, value, money), end)
    if phrase.second == "ratio":
        noun = find_noun(text, end)
        return make(text, start, end, value, None, noun.text if noun else None)
    if (cal := _R_CALIBER.match(text, end)) is not None:
        return make(text, start, cal.end() if cal["glued"] else end, value, CALIBER)
    if (cal := _R_CALIBER_CM.match(text, end)) is not None and phrase.second is None:
        factor = 10 if cal["cm"] else 25.4
        return make(text, start, cal.end(), value_of(phrase.number * factor, phrase.qualifier), CALIBER)
    if (hyphen := _R_HYPHEN_WORD.match(text, end)) is not None:
        return _hyphenated(reading, phrase, hyphen)
    if (suspended := _suspended_unit(text, end)) is not None:  # 'five- and 10-year'
        return make(text, start, end + 1, value, suspended)
    return _with_noun(reading, phrase)


def _read_around(reading: Reading) -> _Phrase:
    """Currency and qualifier before the number; a ratio, a range or a '+' after it; then
    a qualifier written after ('20 or so')."""
    text, left, number = reading.text, reading.left, reading.number
    start, end, currency = reading.start, reading.end, None
    second: Literal["range", "ratio"] | None = None
    if cur := _L_CURRENCY.match(left):
        currency = cur["cur"][::-1]
        start -= cur.end()
        left = left[cur.end() :]
    start, qualifier = qualifier_before(text, start)
    value = value_of(number, qualifier)
    opener = L_OPENER.match(left) if qualifier is None else None
    before = left[opener.end() :] if opener else left
    opened = opener["b"].lower()[::-1] if opener else None
    changed = L_CHANGE.match(before) or (L_CHANGE_OF.match(before) if opened == "from" else None) \
        if not L_MADE_UP.match(before) else None
    ratio = ratio_after(reading)
    rng = None if ratio else range_after(reading, opened, bool(changed))
    if ratio is not None:
        value, end = ratio
        second = "ratio"
        if qualifier is not None and value.nominal is not None:
            value = value_of(value.nominal, qualifier)  # 'roughly one in five'
    elif rng is not None:
        low, high, end = rng
        second = "range"
        value = ClaimValue.between(low, high)
        if opener:
            start = start - opener.end()
    elif (plus := _R_PLUS.match(text, end)) is not None:
        end = plus.end()
        number *= scale_of(plus["scale"]) if plus["scale"] else 1
        odd = (plus["word"] or "").lower() == "odd"
        value = value_of(number, "about" if odd else qualifier or "more_than")
    noun_from = end
    if (trailing := R_TRAILING.match(text, end)) is not None:  # '20 or so tanks'
        noun_from = trailing.end()
        value = trailing_qualified(value, trailing) if value.qualifier is None else value
    return _Phrase(start, end, number, value, qualifier, currency, second, noun_from)


def _with_noun(reading: Reading, phrase: _Phrase) -> Mention | None:
    """The number and the noun it counts; a year, a name or a pronoun ('one of') when the
    noun or the words before say so."""
    text, start, end, value, number = reading.text, phrase.start, phrase.end, phrase.value, phrase.number
    if _L_AFTER_NUMBER.match(reading.left) is not None:
        return make(text, start, end, value)
    # 'a couple of Gepard guns': the noun after 'of'
    written = reading.phrase
    noun = find_noun_after_of(text, phrase.noun_from) if written.endswith("ouple") \
        else find_noun(text, phrase.noun_from)
    plain = written.isdigit()
    if plain and phrase.qualifier is None and model_mark(text, start, end, reading.name):
        return None  # 'Leopard 2 tanks': a model, not two tanks
    if plain and noun is not None and 1800 <= number <= 2100 \
            and " ".join(text[end : noun.end].split()).lower() in CALENDAR_YEARS:
        return make(text, start, end, value, DATE)  # the 2024 fiscal year
    if plain and (noun is None or noun.unit is None):
        bounds = (value.low, value.high) if value.qualifier == "range" else (number,)
        if all(v is not None and 1800 <= v <= 2100 for v in bounds):
            return make(text, start, end, value, DATE)  # in 2014, 2014-15
        if phrase.second != "range" and phrase.qualifier is None and named_by(reading.name) \
                and not _R_MORE.match(text, end):
            return None  # Project 633, Boeing 737, Article 5, iPhone 15: a name ('Rome 2 more' counts)
    if written.lower() == "one" and (noun is None or _L_NO.match(reading.left) or _R_OF.match(text, end)
                                      or (noun.unit is None and looks_plural(noun.text))):
        return None  # 'one of the', 'no one denies': a pronoun, not a count
    if noun is None:
        return rated_before(text, start, with_rate(text, make(text, start, end, value), phrase.noun_from))
    if noun.text.lower() == "times":
        return make(text, start, end, value)
    if noun.unit is not None and noun.unit.kind == "duration" and value.qualifier == "more_than" \
            and over_a_period(text, start, reading.start):
        start, value = reading.start, value_of(number, None)  # '£5bn over five years': a period
    mention = make(text, start, end, value, noun.unit or COUNT, noun.text)
    return rated_before(text, start, with_rate(text, mention, noun.end))


def _hyphenated(reading: Reading, phrase: _Phrase, hyphen: re.Match[str]) -> Mention | None:
    """A number with a word hyphened to it: 'two-thirds', 'three-day', '1,000-strong'."""
    text, start, number, qualifier = reading.text, phrase.start, phrase.number, phrase.qualifier
    if (parts := _FRACTIONS.get(hyphen["w"].lower())) is not None:  # 'two-thirds'
        if (of := _R_OF_A_SCALE.match(text, hyphen.end())) is None:
            return make(text, start, hyphen.end(), value_of(number / parts, qualifier))
        # 'three-quarters of a million pounds': an amount, counted like any other
        value = value_of(number / parts * scale_of(of["scale"]), qualifier)
        return counted(text, start, of.end(), value, find_noun(text, of.end()))
    unit = unit_of(hyphen["w"])
    if unit is None and reading.phrase.isdigit() and qualifier is None and named_by(reading.name):
        return None  # 'UPDATE 2-North Korea', 'Flight 17-B': a heading or a code
    if unit is None:  # '1,000-strong', 'a 30-point plan'
        return make(text, start, phrase.end, phrase.value)
    return make(text, start, hyphen.end(), phrase.value, unit, hyphen["w"])


def _suspended_unit(text: str, end: int) -> NounUnit | None:
    """The unit a suspended hyphen borrows: 'five- and 10-year', '122- or 152-mm'."""
    found = _R_SUSPENDED.match(text, end)
    if found is None:
        return None
    if _R_CALIBER.fullmatch(found["w"]):
        return CALIBER
    unit = unit_of(found["w"])
    return unit if unit is not None and unit.kind in ("duration", "length") else None


def glued_suffix(reading: Reading, suffix: str) -> Mention | None:
    """Letters straight after digits: 122mm, 70th, 1950s, 10km; anything else is a code (5G)."""
    text, start, number = reading.text, reading.start, reading.number
    lower, stop = suffix.lower(), reading.end + len(suffix)
    if lower == "x":  # '10x', 'well over 10x': a multiplier
        begin, qualifier = qualifier_before(text, start)
        return make(text, begin, stop, value_of(number, qualifier))
    if lower in _ORDINAL:
        return make(text, start, stop, ClaimValue.exact(number))
    if lower == "s" and (years := decade(reading, stop)) is not None:
        return years
    if _R_CALIBER.fullmatch(suffix):
        return make(text, start, stop, ClaimValue.exact(number), CALIBER)
    unit = unit_of(suffix)
    if unit is None or unit.kind not in ("length", "duration", "other"):
        return None
    return make(text, start, stop, ClaimValue.exact(number), unit, suffix)


def counted(text: str, start: int, end: int, value: ClaimValue, noun: Noun | None) -> Mention:
    """A vague amount: a count of its noun ('millions of shells'), else other."""
    if noun is None:
        return make(text, start, end, value)
    return with_rate(text, make(text, start, end, value, noun.unit or COUNT, noun.text), noun.end)
