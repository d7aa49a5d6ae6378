"""A number read with what is written around it: currency, qualifier before and after,
range or ratio, '+', percent, caliber, a word hyphened to it, unit or counted noun."""

from __future__ import annotations

import re

from ...quantities import ClaimValue, Qualifier
from ..nouns import Noun, NounUnit, find_noun, find_noun_after_of, looks_plural, unit_of
from ..numbers import DIGITS, SCALE_WORDS, SMALL_WORDS
from .dates import CALENDAR_YEARS, decade
from .names import named_by
from .patterns import CURRENCIES, DA, HY, backwards, words
from .qualifiers import L_CHANGE, L_MADE_UP, L_OPENER, over_a_period, qualifier_before
from .ranges import range_after, ratio_after
from .rates import R_TRAILING, trailing_qualified, with_rate
from .records import Mention, make, scale_of, value_of

_L_CURRENCY = re.compile(rf"\s?(?P<cur>{backwards(CURRENCIES)})(?![A-Za-z])")
_L_AFTER_NUMBER = re.compile(rf"[{DA}]\d")  # the 48 of '52-48': the second half of a score
_FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
              "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8,
              "tenth": 10, "tenths": 10}
_L_NO = re.compile(r"\s+(?:on|yna|yreve)(?!\w)", re.I)  # 'no one', 'any one', 'every one'
_ORDINAL = ("st", "nd", "rd", "th")
_R_SUSPENDED = re.compile(rf"[{HY}]\s+(?:and|or|to)\s+(?:{DIGITS}|{words(SMALL_WORDS)})[{HY}]?"
                          r"(?P<w>[A-Za-z]+)\b", re.I)
_R_PLUS = re.compile(rf"\+(?:\s*(?P<scale>{SCALE_WORDS})\b)?|[{HY}](?P<word>odd|plus)\b", re.I)
_R_OF = re.compile(r"\s+of\s", re.I)
_R_PERCENT_SIGN = re.compile(rf"\s?%|[{HY}]?percent\b|(?:pc|pct)\b", re.I)  # 90%, 38pc
_R_PERCENT_WORD = re.compile(r"\s+(?:percent|per\s*cent|pct|(?-i:pc)|percentage\s+points?)\b", re.I)
_R_CALIBER = re.compile(rf"(?P<glued>[{HY}]?(?:mm|millimet(?:er|re)s?)(?![A-Za-z]))"
                        r"|\s+(?:mm|millimet(?:er|re)s?)(?![A-Za-z])", re.I)
_R_OF_A_SCALE = re.compile(rf"\s+of\s+an?\s+(?P<scale>{SCALE_WORDS})\b", re.I)
_R_HYPHEN_WORD = re.compile(rf"[{HY}](?P<w>[A-Za-z]+)(?:[{HY}]old\b)?")
_PERCENT = NounUnit("percent", "percent")


def read_quantity(text: str, start: int, end: int, number: float, phrase: str, left: str,
              name: re.Match[str] | None) -> Mention | None:
    """The number phrase ``text[start:end]`` worth ``number``, with what is written
    around it: currency, qualifier, range, percent, caliber, unit, counted noun."""
    is_digits = phrase[0].isdigit() or phrase[0] == "."
    span_start, currency = start, None
    if cur := _L_CURRENCY.match(left):
        currency = cur["cur"][::-1]
        span_start -= cur.end()
        left = left[cur.end() :]
    span_start, qualifier = qualifier_before(text, span_start)
    value = value_of(number, qualifier)

    span_end = end
    opener = L_OPENER.match(left) if qualifier is None else None
    before = left[opener.end() :] if opener else left
    changed = L_CHANGE.match(before) if not L_MADE_UP.match(before) else None
    ratio = ratio_after(text, end, number)
    rng = None if ratio else range_after(text, end, number, phrase, is_digits,
                                          opener["b"].lower()[::-1] if opener else None, bool(changed))
    if ratio is not None:
        value, span_end = ratio
        if qualifier is not None and value.nominal is not None:
            value = value_of(value.nominal, qualifier)  # 'roughly one in five'
    elif rng is not None:
        low, high, span_end = rng
        value = ClaimValue.between(low, high)
        if opener:
            span_start = span_start - opener.end()
    elif (plus := _R_PLUS.match(text, span_end)) is not None:
        span_end = plus.end()
        number *= scale_of(plus["scale"]) if plus["scale"] else 1
        odd = (plus["word"] or "").lower() == "odd"
        value = value_of(number, "about" if odd else qualifier or "more_than")
    noun_from = span_end
    if (trailing := R_TRAILING.match(text, span_end)) is not None:  # '20 or so tanks'
        noun_from = trailing.end()
        value = trailing_qualified(value, trailing) if value.qualifier is None else value

    if (pct := _R_PERCENT_SIGN.match(text, span_end)) is not None:
        return with_rate(text, span_start, pct.end(), pct.end(), value, _PERCENT, None)
    if (pct := _R_PERCENT_WORD.match(text, span_end)) is not None:
        return with_rate(text, span_start, span_end, pct.end(), value, _PERCENT, None)
    if currency is not None:
        money = NounUnit(CURRENCIES[currency], "money")
        return with_rate(text, span_start, span_end, span_end, value, money, None)
    if ratio is not None:
        noun = find_noun(text, span_end)
        return make(text, span_start, span_end, value, None, noun.text if noun else None, "other")
    if (cal := _R_CALIBER.match(text, span_end)) is not None:
        stop = cal.end() if cal["glued"] else span_end
        return make(text, span_start, stop, value, "millimeter", None, "caliber")
    if (hyphen := _R_HYPHEN_WORD.match(text, span_end)) is not None:
        return _hyphenated(text, span_start, span_end, hyphen, number, value, qualifier, phrase, name)
    if (suspended := _suspended_unit(text, span_end)) is not None:  # 'five- and 10-year'
        return make(text, span_start, span_end + 1, value, suspended.name, None, suspended.kind)

    if _L_AFTER_NUMBER.match(left) is not None:
        return make(text, span_start, span_end, value, None, None, "other")
    # 'a couple of Gepard guns': the noun after 'of'
    noun = find_noun_after_of(text, noun_from) if phrase.endswith("ouple") else find_noun(text, noun_from)
    plain = phrase.isdigit()
    if plain and noun is not None and 1800 <= number <= 2100 \
            and " ".join(text[span_end : noun.end].split()).lower() in CALENDAR_YEARS:
        return make(text, span_start, span_end, value, None, None, "date")  # the 2024 fiscal year
    if plain and (noun is None or noun.unit is None):
        bounds = (value.low, value.high) if value.qualifier == "range" else (number,)
        if all(v is not None and 1800 <= v <= 2100 for v in bounds):
            return make(text, span_start, span_end, value, None, None, "date")  # in 2014, 2014-15
        if rng is None and qualifier is None and named_by(name):
            return None  # Project 633, Boeing 737, Article 5, iPhone 15: a name
    if phrase.lower() == "one" and (noun is None or _L_NO.match(left) or _R_OF.match(text, span_end)
                                     or (noun.unit is None and looks_plural(noun.text))):
        return None  # 'one of the', 'no one denies': a pronoun, not a count
    if noun is None:
        return with_rate(text, span_start, span_end, noun_from, value, None, None)
    if noun.text.lower() == "times":
        return make(text, span_start, span_end, value, None, None, "other")
    if noun.unit is not None and noun.unit.kind == "duration" and value.qualifier == "more_than" \
            and over_a_period(text, span_start, start):
        span_start, value = start, value_of(number, None)  # '£5bn over five years': a period
    return with_rate(text, span_start, span_end, noun.end, value,
                      noun.unit or NounUnit(None, "count"), noun.text)


def _hyphenated(text: str, start: int, end: int, hyphen: re.Match[str], number: float, value: ClaimValue,
                qualifier: Qualifier | None, phrase: str, name: re.Match[str] | None) -> Mention | None:
    """A number with a word hyphened to it: 'two-thirds', 'three-day', '1,000-strong';
    ``qualifier`` is the one written before the number."""
    if (parts := _FRACTIONS.get(hyphen["w"].lower())) is not None:  # 'two-thirds'
        if (of := _R_OF_A_SCALE.match(text, hyphen.end())) is None:
            return make(text, start, hyphen.end(), value_of(number / parts, qualifier), None, None, "other")
        # 'three-quarters of a million pounds': an amount, counted like any other
        value = value_of(number / parts * scale_of(of["scale"]), qualifier)
        return counted(text, start, of.end(), value, find_noun(text, of.end()))
    unit = unit_of(hyphen["w"])
    if unit is None and phrase.isdigit() and qualifier is None and named_by(name):
        return None  # 'UPDATE 2-North Korea', 'Flight 17-B': a heading or a code
    if unit is None:  # '1,000-strong', 'a 30-point plan'
        return make(text, start, end, value, None, None, "other")
    return make(text, start, hyphen.end(), value, unit.name, hyphen["w"], unit.kind)


def _suspended_unit(text: str, end: int) -> NounUnit | None:
    """The unit a suspended hyphen borrows: 'five- and 10-year', '122- or 152-mm'."""
    found = _R_SUSPENDED.match(text, end)
    if found is None:
        return None
    if _R_CALIBER.fullmatch(found["w"]):
        return NounUnit("millimeter", "caliber")
    unit = unit_of(found["w"])
    return unit if unit is not None and unit.kind in ("duration", "length") else None


def glued_suffix(text: str, start: int, end: int, number: float, suffix: str,
                  phrase: str) -> Mention | None:
    """Letters straight after digits: 122mm, 70th, 1950s, 10km; anything else is a code (5G)."""
    lower, stop = suffix.lower(), end + len(suffix)
    if lower == "x":  # '10x', 'well over 10x': a multiplier
        begin, qualifier = qualifier_before(text, start)
        return make(text, begin, stop, value_of(number, qualifier), None, None, "other")
    if lower in _ORDINAL:
        return make(text, start, stop, ClaimValue.exact(number), None, None, "other")
    if lower == "s" and (years := decade(text, start, stop, number, phrase)) is not None:
        return years
    if _R_CALIBER.fullmatch(suffix):
        return make(text, start, stop, ClaimValue.exact(number), "millimeter", None, "caliber")
    unit = unit_of(suffix)
    if unit is None or unit.kind not in ("length", "duration", "other"):
        return None
    return make(text, start, stop, ClaimValue.exact(number), unit.name, suffix, unit.kind)


def counted(text: str, start: int, end: int, value: ClaimValue, noun: Noun | None) -> Mention:
    """A vague amount: a count of its noun ('millions of shells'), else other."""
    if noun is None:
        return make(text, start, end, value, None, None, "other")
    return with_rate(text, start, end, noun.end, value, noun.unit or NounUnit(None, "count"), noun.text)

