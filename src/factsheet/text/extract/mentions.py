"""Quantity mentions in article text: 'more than 20,000 ... howitzers', '20,000-60,000
artillery shells per day', 'USD 1,000 per shell', 'almost 1%', 'July 25-27'.

One pass: a cheap case-sensitive regex finds where a number phrase can start, the
full anchor (numbers.NUMBER, vague amounts, multipliers) is matched only there, and
for each hit a short window to the left gives qualifier, currency, 'between' and
month while one to the right gives range, percent, caliber, counted noun and rate.
Nothing is tokenised outside these windows, so the cost is linear in the text.

A price takes its item from 'per shell' or 'a shell' after it, 'each'/'apiece' after a
count earlier in the sentence, or a singular subject ('Each shell costs $3,000');
nouns.find_priced_item reads the sentence, within a bounded window.

Span convention: a mention covers the qualifier words, 'between'/'from' opening a
range, a currency sign or code, the number phrase with its scale words, and what is
written without a space after it (%, mm, -day, th, the s of 1950s); the counted noun
and unit words after a space are not part of it. Dates cover month, day and year, or
the whole of a numeric date (14.03.2024, 3/14/2024, 2024-03-14).
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import islice

from ...characters import plain
from ...numbers import DIGITS, NUMBER, SCALE_WORDS, SCALES, SMALL_WORDS, NumberError, parse_number
from ...quantities import VAGUE, ClaimValue
from ..normalise import Normalised
from ..nouns import HYPHENS, Kind, find_noun, find_noun_after_of
from .dates import date_at, numeric_date
from .names import L_NAME, L_NUMERO, in_a_name
from .patterns import HY, MONTHS, NUMBER_AT, PERCENT_SUFFIX, R_GLUED, cased, left_window, words
from .qualifiers import qualifier_before
from .quantities import counted, glued_suffix, read_quantity
from .rates import priced_each
from .records import AMOUNT_KINDS, Mention, Reading, make, scale_of, value_of

__all__ = ["AMOUNT_KINDS", "Kind", "Mention", "extract_mentions"]

_SEVERAL = {"several": 2, "a few": 2, "few": 2, "many": 2}
_ANCHOR = re.compile(
    rf"(?<!\w)(?P<vague>{words(map(re.escape, VAGUE))})(?!\w)"
    rf"|(?<!\w)(?P<several>(?:{words(_SEVERAL)})\s+(?P<scale>hundred|{SCALE_WORDS}))(?!\w)"
    rf"|(?<![\w.])(?<!\d,)(?P<fold>(?:{DIGITS}|{words(SMALL_WORDS)})[{HY}]?fold)(?!\w)"
    rf"|(?:(?<![\w.:/])(?<!\d,)|(?<=USD|EUR|GBP|RUB)|(?<=Sh|Rs))(?P<num>{NUMBER})",
    re.IGNORECASE,
)
# Where an anchor can start. Case-sensitive literals keep sre's fast path (IGNORECASE
# alternations are 3-4 times slower), so the full anchor only runs at these positions.
_STARTS = re.compile(
    r"\.?\d"
    rf"|(?<!\w)(?:{cased([*SMALL_WORDS, 'half', 'tens', 'dozens', 'hundreds', 'thousands'])}"
    rf"|{cased(['millions', 'billions', 'several', 'few', 'many'])})(?:[{HY}]?fold)?(?!\w)"
    rf"|(?<!\w)(?:{cased(['a', 'an'])})\s+"
    rf"(?:{cased(['half', 'quarter', 'dozen', 'hundred', 'few', 'couple', *SCALES])})(?!\w)"
)
# A scale word, then number words that do not make a bigger number: 'million two years'.
_SMALLER_THAN_A_HUNDRED = words(word for word, value in SMALL_WORDS.items() if value < 100)
_R_SCALE_THEN_WORDS = re.compile(
    rf"(?:{SCALE_WORDS})\b(?P<words>(?:\s+(?:{_SMALLER_THAN_A_HUNDRED})\b)+)$", re.I)
_R_CLOCK = re.compile(r"(?:[:/]\d+)+|\s?(?:[ap]\.m\.|[ap]m\b|GMT\b|UTC\b)", re.I)
_R_SPACED = re.compile(rf"(?:[ \u00a0\u202f\u2009]\d{{3}})+(?![\w{HY}]|[.,]\d)")
_R_JOINS = re.compile(rf"[\s{HY}]+")


def extract_mentions(text: str) -> list[Mention]:
    """Every quantity mention in ``text``, sorted by start and non-overlapping; never raises.

    Read in the text as ``characters.plain`` writes it ("21\u200b,600" is 21,600), each span
    and quote of the original."""
    if (plain_text := plain(text)) is None:
        return _mentions(text)
    reading = Normalised(*plain_text, len(text))
    return [_in_original(mention, reading, text) for mention in _mentions(reading.text)]


def _in_original(mention: Mention, reading: Normalised, text: str) -> Mention:
    start, end = reading.span_in_original(mention.start, mention.end)
    return replace(mention, start=start, end=end, text=text[start:end])


def _mentions(text: str) -> list[Mention]:
    mentions: list[Mention] = []
    last_end = pos = 0
    while (start := _STARTS.search(text, pos)) is not None:
        match = _ANCHOR.match(text, start.start())
        if match is None:
            pos = start.end()
            continue
        pos = match.end()
        try:
            mention = _mention_at(text, match)
        except (NumberError, ValueError, ArithmeticError):
            mention = None  # a phrase that only looked like a number ('9' * 400 overflows)
        if mention is not None and mention.start >= last_end \
                and not _named_in_a_list(text, mention, last_end):
            mentions.append(priced_each(text, mention, mentions))
            last_end = pos = mention.end  # shorter than the match when cut ('three eight-hour')
    return mentions


# A list of model numbers after a name: 'Shahed 131, 136 and Mohajer drones', 'Boeing 737, 747
# and 777 jets' (the first is a name already; not 'March 2022, 400 tanks').
_NAMED_LIST = re.compile(r"(?<![\w-])(?P<name>[A-Z][A-Za-z-]+)\s+\d{1,4}(?:\s*,\s*\d{1,4})*"
                         r"(?:\s*,\s*|\s*,?\s+(?:and|or|&)\s+|\s*/\s*)$")


_A_YEAR = re.compile(r"\s+(?:19|20)\d\d(?!\d)")


def _named_in_a_list(text: str, mention: Mention, last_end: int) -> bool:
    """Whether ``mention`` (plain digits) goes on a list of numbers a name opened, none of which
    was read as an amount."""
    if not mention.text.isdigit():
        return False
    found = _NAMED_LIST.search(text, max(last_end, mention.start - 60), mention.start)
    return found is not None and found["name"] not in MONTHS \
        and not _A_YEAR.match(text, found.end("name"))


def _mention_at(text: str, match: re.Match[str]) -> Mention | None:
    if match["vague"] is not None:
        low, high = VAGUE.get(" ".join(match["vague"].lower().split()), (None, None))
        if low is None:
            return None  # 'thouſands': case-folded non-ASCII, not one of our words
        noun = find_noun_after_of(text, match.end())  # 'thousands of troops', never 'thousands fled'
        return counted(text, match.start(), match.end(), ClaimValue(None, low, high, "vague"), noun)
    if match["several"] is not None:  # 'several thousand', 'a few hundred'
        scale = 100.0 if match["scale"].lower() == "hundred" else scale_of(match["scale"])
        value = ClaimValue(None, 2 * scale, 10 * scale, "vague")
        noun = find_noun_after_of(text, match.end()) or find_noun(text, match.end())
        return counted(text, match.start(), match.end(), value, noun)
    if match["fold"] is not None:  # 'tenfold', '3-fold'
        start, qualifier = qualifier_before(text, match.start())
        number = parse_number(match["fold"][:-4].rstrip(HYPHENS))
        return make(text, start, match.end(), value_of(number, qualifier))
    return _number_at(text, match.start("num"), match.end("num"))


_L_DATE_PART = re.compile(r"(?<!\d)\d{4}-(?:\d\d-)?$")


def _number_at(text: str, start: int, end: int) -> Mention | None:
    phrase = text[start:end]
    is_digits = phrase[0].isdigit() or phrase[0] == "."
    left = left_window(text, start)
    name = L_NAME.match(left)
    if in_a_name(phrase, left, name):
        return None
    if is_digits and (numeric := numeric_date(text, start)) is not None:
        return numeric  # 14.03.2024, 3/14/2024, 2024-03-14
    if is_digits and _L_DATE_PART.search(text, max(0, start - 8), start):
        return None  # the month and day of 'Date:2025-04-13', whose year a name swallowed
    if _R_CLOCK.match(text, end) or L_NUMERO.match(left):
        return None  # 10:30, 24/7, 3 p.m., No. 10: a clock or a code
    if phrase.isdigit() and (date := date_at(text, start, end, left)) is not None:
        return date
    if (spaced := _R_SPACED.match(text, end)) and phrase.isdigit() and len(phrase) <= 3:
        end = spaced.end()  # '20 000': thousands separated by spaces
        number = float(re.sub(r"\D", "", text[start:end]))
        phrase = text[start:end]
    else:
        if " " in phrase and (tail := _R_SCALE_THEN_WORDS.search(text, start, end)) is not None:
            end = tail.start("words")  # '$3.7 million two years earlier': the two counts years
        number, end = _parse_prefix(text, start, end)
        phrase = text[start:end]
    reading = Reading(text, start, end, number, phrase, left, name)
    if is_digits and (glued := R_GLUED.match(text, end)) and not PERCENT_SUFFIX.match(glued.group()):
        return glued_suffix(reading, glued.group())
    return read_quantity(reading)


def _parse_prefix(text: str, start: int, end: int) -> tuple[float, int]:
    """The number phrase at ``start``, cut back to its longest prefix that is one number:
    'three eight-hour shifts' is 'three' and then 'eight-hour'."""
    try:
        return parse_number(text[start:end]), end
    except NumberError:
        # A number phrase has a handful of words; a longer run ('one one one ...') is
        # skipped whole, or re-matching its tail after each cut would be quadratic.
        cuts = [m.start() for m in islice(_R_JOINS.finditer(text, start, end), 9)]
        for cut in reversed(cuts if len(cuts) <= 8 else []):
            if NUMBER_AT.fullmatch(text, start, cut):
                try:
                    return parse_number(text[start:cut]), cut
                except NumberError:
                    continue
        raise

