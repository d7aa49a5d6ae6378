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
from collections.abc import Iterable
from dataclasses import dataclass, replace
from itertools import islice

from ...quantities import QUALIFIER_WORDS, VAGUE, ClaimValue, Qualifier
from ..nouns import (
    HYPHENS,
    STOP_WORDS,
    Kind,
    Noun,
    NounUnit,
    find_noun,
    find_noun_after_of,
    find_priced_item,
    looks_plural,
    unit_of,
)
from ..numbers import (
    DIGITS,
    NUMBER,
    SCALE_WORDS,
    SCALES,
    SHORT_SCALE_WORDS,
    SMALL_WORDS,
    NumberError,
    parse_number,
)

__all__ = ["AMOUNT_KINDS", "Kind", "Mention", "extract_mentions"]

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


_MONTHS = frozenset({
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
    "Sept", "Oct", "Nov", "Dec",
})
_CURRENCIES: dict[str, str | None] = {
    "$": "US_dollar", "US$": "US_dollar", "USD": "US_dollar", "€": None, "£": None, "¥": None,
    "₽": None, "₴": None, "₩": None, "EUR": None, "GBP": None, "RUB": None, "CNY": None,
    "JPY": None, "KRW": None, "UAH": None, "INR": None, "NOK": None, "SEK": None, "DKK": None,
    "CHF": None, "PLN": None, "CZK": None, "CAD": None, "AUD": None, "NZD": None, "HKD": None,
    "SGD": None, "ILS": None, "AED": None, "SAR": None, "BRL": None, "ZAR": None, "MXN": None,
    "KZT": None, "KES": None, "NGN": None, "₦": None, "KSh": None, "Sh": None, "₹": None,
    "Rs": None, "Rs.": None, "A$": None, "AU$": None, "C$": None,
    "CA$": None, "NZ$": None, "HK$": None, "S$": None,
}
_CALENDAR_YEARS = frozenset({"fiscal year", "financial year", "budget year", "tax year", "school year",
                             "academic year", "model year", "calendar year"})
# Words that make the plain number after them a reference, even in lower case.
_REFERENCES = frozenset({"clause", "clauses", "amendment", "article", "section", "paragraph", "page",
                         "line", "chapter", "schedule", "annex", "rule", "route", "flight", "platform",
                         "gate", "item", "resolution", "part", "volume", "episode", "season"})
_NAME_PREFIXES = frozenset({"mid", "pre", "post"})  # 'mid-2022' is a date, not a name
_SEVERAL = {"several": 2, "a few": 2, "few": 2, "many": 2}
_TIME_WORDS = {"daily": "day", "weekly": "week", "monthly": "month", "yearly": "year",
               "annually": "year", "annum": "year", "h": "hour", "hr": "hour", "d": "day", "yr": "year",
               "quarter": "quarter_year", "quarterly": "quarter_year"}
_HY = re.escape(HYPHENS)  # for character classes: '-' must not form a range
_DA = re.escape(HYPHENS + "–—")
_ORDINAL = ("st", "nd", "rd", "th")


def _words(words: Iterable[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


def _cased(words: Iterable[str]) -> str:
    return _words({form for word in words for form in (word, word.capitalize(), word.upper())})


def _backwards(phrases: Iterable[str]) -> str:
    """Alternation of ``phrases`` spelled backwards, for matching the reversed left window."""
    return "|".join(r"\s+".join(re.escape(w[::-1]) for w in p.split()[::-1])
                    for p in sorted(phrases, key=len, reverse=True))


def _word_before(words: Iterable[str]) -> re.Pattern[str]:
    """Matches the reversed left window when its last word is one of ``words``."""
    return re.compile(rf"\s+(?:{_backwards(words)})(?!\w)", re.I)


_ANCHOR = re.compile(
    rf"(?<!\w)(?P<vague>{_words(map(re.escape, VAGUE))})(?!\w)"
    rf"|(?<!\w)(?P<several>(?:{_words(_SEVERAL)})\s+(?P<scale>hundred|{SCALE_WORDS}))(?!\w)"
    rf"|(?<![\w.])(?<!\d,)(?P<fold>(?:{DIGITS}|{_words(SMALL_WORDS)})[{_HY}]?fold)(?!\w)"
    rf"|(?:(?<![\w.:/])(?<!\d,)|(?<=USD|EUR|GBP|RUB)|(?<=Sh|Rs))(?P<num>{NUMBER})",
    re.IGNORECASE,
)
# Where an anchor can start. Case-sensitive literals keep sre's fast path (IGNORECASE
# alternations are 3-4 times slower), so the full anchor only runs at these positions.
_STARTS = re.compile(
    r"\.?\d"
    rf"|(?<!\w)(?:{_cased([*SMALL_WORDS, 'half', 'tens', 'dozens', 'hundreds', 'thousands'])}"
    rf"|{_cased(['millions', 'billions', 'several', 'few', 'many'])})(?:[{_HY}]?fold)?(?!\w)"
    rf"|(?<!\w)(?:{_cased(['a', 'an'])})\s+"
    rf"(?:{_cased(['half', 'quarter', 'dozen', 'hundred', 'few', 'couple', *SCALES])})(?!\w)"
)
_NUMBER_AT = re.compile(NUMBER, re.IGNORECASE)

# Left-context patterns run on the reversed window before a number, anchored at its start.
_R_CURRENCY_AT = re.compile(rf"(?:{_words(map(re.escape, _CURRENCIES))})(?:\s(?=\d))?")
_L_CURRENCY = re.compile(rf"\s?(?P<cur>{_backwards(_CURRENCIES)})(?![A-Za-z])")
_L_QUALIFIER = re.compile(rf"\s+(?P<q>{_backwards(QUALIFIER_WORDS)})(?![\w.])", re.I)
# 'rose from 10 to 20', 'fell $2 to $85': a change, not a range.
_CHANGE_VERBS = (
    "rose", "risen", "rise", "rises", "rising", "fell", "fallen", "fall", "falls", "falling",
    "increased", "increase", "increases", "increasing", "decreased", "decrease", "decreases",
    "grew", "grown", "grow", "grows", "growing", "climbed", "climb", "climbs", "jumped", "jump",
    "jumps", "dropped", "drop", "drops", "declined", "decline", "declines", "surged", "soared",
    "plunged", "slipped", "slid", "edged", "raised", "raise", "cut", "cuts", "reduced", "lowered",
    "boosted", "expanded", "shrank", "doubled", "tripled", "went", "gone", "up", "down", "changed",
)
_L_CHANGE = _word_before(_CHANGE_VERBS)
_L_CODE = re.compile(rf"[{_HY}]\d+[{_HY}][A-Za-z]")  # the 44228 of CVE-2021-44228
# A scale word, then number words that do not make a bigger number: 'million two years'.
_SMALLER_THAN_A_HUNDRED = _words(word for word, value in SMALL_WORDS.items() if value < 100)
_R_SCALE_THEN_WORDS = re.compile(
    rf"(?:{SCALE_WORDS})\b(?P<words>(?:\s+(?:{_SMALLER_THAN_A_HUNDRED})\b)+)$", re.I)
_L_AFTER_NUMBER = re.compile(rf"[{_DA}]\d")  # the 48 of '52-48': the second half of a score
_L_NUMERO = re.compile(r"\s*(?:\.o[Nn]|\.so[Nn]|#)(?![A-Za-z])")  # No. 10, #5
_FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
              "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8,
              "tenth": 10, "tenths": 10}
_L_NO = re.compile(r"\s+(?:on|yna|yreve)(?!\w)", re.I)  # 'no one', 'any one', 'every one'
# Verbs whose particle is 'over': 'handed over 20 tanks' gives 20, not more than 20.
_HANDING = ("hand", "hands", "handed", "handing", "turn", "turns", "turned", "turning", "sign",
            "signs", "signed", "signing")
_L_HANDED_OVER = _word_before(_HANDING)
# Not 'build up to 300 drones a week': there it is a qualifier.
_RAMPING = ("ramp", "ramps", "ramped", "ramping", "scale", "scales", "scaled", "scaling", "step",
            "steps", "stepped", "stepping")
_L_RAMPED_UP = _word_before(_RAMPING)
# Before 'over N years', these make 'over' the preposition of a period: an amount just
# written ('£1bn over five years'), a sentence start, or a verb of spreading.
_L_OVER_A_PERIOD = re.compile(
    rf"\s*(?:$|[.!?:;\n]|(?:{_backwards(SCALES)}|\d)(?![A-Za-z])"
    rf"|(?:{_backwards(('spread', 'spreads', 'paid', 'repaid', 'phased', 'staggered', 'delivered'))})(?!\w))",
    re.I)
# 'made up 30 to 40 percent': 'up' of a verb that is no change.
_L_MADE_UP = re.compile(rf"\s+pu\s+(?:{_backwards(('make', 'makes', 'made', 'making'))})(?!\w)", re.I)
_L_OPENER = re.compile(r"\s+(?P<b>neewteb|morf)(?!\w)", re.I)
_L_MONTH = re.compile(rf"\s+\.?(?:{_backwards(_MONTHS)})(?![A-Za-z])")  # 'Dec. 30', 'May 30'
_L_NAME = re.compile(rf"[{_HY}](?P<w>[A-Za-z]+)(?![A-Za-z])|\s+(?P<cap>[A-Za-z]+)(?![A-Za-z])")
_WINDOW = 48

# Right-context patterns run with .match(text, pos).
_R_CLOCK = re.compile(r"(?:[:/]\d+)+|\s?(?:[ap]\.m\.|[ap]m\b|GMT\b|UTC\b)", re.I)
_R_SPACED = re.compile(rf"(?:[ \u00a0\u202f\u2009]\d{{3}})+(?![\w{_HY}]|[.,]\d)")
_R_AFTER_MONTH = re.compile(rf"(?P<ord>st|nd|rd|th)?(?:\s*[{_DA}]\s*(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?)?"
                            r"(?![\w,.]\d)(?:,?\s+(?P<year>\d{4})(?![\w,.]\d))?")
_R_BEFORE_MONTH = re.compile(rf"(?:st|nd|rd|th)?(?:\s*[{_DA}]\s*(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?)?"
                             rf"\s+(?:of\s+)?(?:{_words(_MONTHS)})\b\.?"
                             r"(?:,?\s+(?P<year>\d{4})\b)?")
_R_GLUED = re.compile(r"[A-Za-z]+")
_R_JOINS = re.compile(rf"[\s{_HY}]+")
_NUMERIC_DATE = re.compile(
    r"(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})(?![\w]|[./-]\d)"
    r"|(?P<iso>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?![\w]|[./-]\d)"
)
_R_SUSPENDED = re.compile(rf"[{_HY}]\s+(?:and|or|to)\s+(?:{DIGITS}|{_words(SMALL_WORDS)})[{_HY}]?"
                          r"(?P<w>[A-Za-z]+)\b", re.I)
_R_PLUS = re.compile(rf"\+(?:\s*(?P<scale>{SCALE_WORDS})\b)?|[{_HY}](?P<word>odd|plus)\b", re.I)
# '3,000 or more', '$3,000 per shell or more', '20 or so': a qualifier written after.
_TRAILING: dict[str, Qualifier] = {
    "more": "at_least", "above": "at_least", "higher": "at_least", "greater": "at_least",
    "over": "at_least", "up": "at_least", "upwards": "at_least", "less": "up_to", "fewer": "up_to",
    "under": "up_to", "below": "up_to", "so": "about", "thereabouts": "about",
}
_R_TRAILING = re.compile(
    r"\s+(?:or\s+(?P<or>more|above|higher|greater|over|less|fewer|under|below|so|thereabouts)"
    r"|and\s+(?P<and>above|over|up|upwards))(?![\w\-‐])(?!\s+than\b)(?!\s*[\d$€£])",
    re.I,
)
_R_EACH = re.compile(r"(?:\s+(?:US\s+)?(?:dollars?|euros?))?\s+(?:each|apiece|a\s+piece)\b", re.I)
_R_SENTENCE_BREAK = re.compile(r"[.!?;][\"”’)]?\s")
_R_OF = re.compile(r"\s+of\s", re.I)
_R_RATIO = re.compile(r"\s+(?:in|out\s+of)\s+", re.I)
_R_RANGE = re.compile(rf"\s*[{_DA}]\s*(?=[\d$€£])|\s+to\s+|\s+and\s+", re.I)
_R_PERCENT_SIGN = re.compile(rf"\s?%|[{_HY}]?percent\b|(?:pc|pct)\b", re.I)  # 90%, 38pc
_PERCENT_SUFFIX = re.compile(r"(?:pc|pct|percent)$", re.I)
_R_PERCENT_WORD = re.compile(r"\s+(?:percent|per\s*cent|pct|(?-i:pc)|percentage\s+points?)\b", re.I)
_R_CALIBER = re.compile(rf"(?P<glued>[{_HY}]?(?:mm|millimet(?:er|re)s?)(?![A-Za-z]))"
                        r"|\s+(?:mm|millimet(?:er|re)s?)(?![A-Za-z])", re.I)
_R_OF_A_SCALE = re.compile(rf"\s+of\s+an?\s+(?P<scale>{SCALE_WORDS})\b", re.I)
_R_HYPHEN_WORD = re.compile(rf"[{_HY}](?P<w>[A-Za-z]+)(?:[{_HY}]old\b)?")
_R_RATE = re.compile(
    r"\s*/\s*(?P<slash>h|hr|hour|d|day|month|year|yr)\b"
    r"|(?:\s+of\s+(?-i:[a-z]{3,}))?"  # '3.4 million barrels of crude a day'
    r"(?:\s+(?:being\s+)?(?:[a-z]{2,}ed|shot|spent|sold|lost|made))?"
    r"(?:\s+each)?"  # '15 rounds each per day'
    r"(?:\s+(?:per|a|an|each|every)\s+(?P<time>day|week|month|quarter|year|hour|minute|annum)s?\b"
    r"(?!\s+(?:ago|later|earlier|before|after|old))"
    r"|\s+(?P<adverb>daily|weekly|monthly|quarterly|yearly|annually)\b"
    r"|\s+per\s+(?P<per>[A-Za-z]+(?:\s+[A-Za-z]+)?))",
    re.I,
)
_SCALE_AT_END = re.compile(rf"(?:{SCALE_WORDS}|{SHORT_SCALE_WORDS})(?=\.?$)", re.I)
_PERCENT = NounUnit("percent", "percent")


def extract_mentions(text: str) -> list[Mention]:
    """Every quantity mention in ``text``, sorted by start and non-overlapping; never raises."""
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
        if mention is not None and mention.start >= last_end:
            mentions.append(_priced_each(text, mention, mentions))
            last_end = pos = mention.end  # shorter than the match when cut ('three eight-hour')
    return mentions


def _priced_each(text: str, mention: Mention, before: list[Mention]) -> Mention:
    """'48 launchers at $5 million each': a price per the item counted earlier in the sentence."""
    if mention.kind != "money" or mention.unit is None or "/" in mention.unit \
            or not _R_EACH.match(text, mention.end):
        return mention
    for counted in reversed(before[-4:]):
        if _R_SENTENCE_BREAK.search(text, counted.end, mention.start):
            break
        if counted.kind == "count" and counted.unit is not None:
            return replace(mention, unit=f"{mention.unit} / {counted.unit}")
    return mention


def _mention_at(text: str, match: re.Match[str]) -> Mention | None:
    if match["vague"] is not None:
        low, high = VAGUE.get(" ".join(match["vague"].lower().split()), (None, None))
        if low is None:
            return None  # 'thouſands': case-folded non-ASCII, not one of our words
        noun = find_noun_after_of(text, match.end())  # 'thousands of troops', never 'thousands fled'
        return _counted(text, match.start(), match.end(), ClaimValue(None, low, high, "vague"), noun)
    if match["several"] is not None:  # 'several thousand', 'a few hundred'
        scale = 100.0 if match["scale"].lower() == "hundred" else _scale(match["scale"])
        value = ClaimValue(None, 2 * scale, 10 * scale, "vague")
        noun = find_noun_after_of(text, match.end()) or find_noun(text, match.end())
        return _counted(text, match.start(), match.end(), value, noun)
    if match["fold"] is not None:  # 'tenfold', '3-fold'
        start, qualifier = _qualifier_before(text, match.start())
        number = parse_number(match["fold"][:-4].rstrip(HYPHENS))
        return _make(text, start, match.end(), _value(number, qualifier), None, None, "other")
    return _number_at(text, match.start("num"), match.end("num"))


def _counted(text: str, start: int, end: int, value: ClaimValue, noun: Noun | None) -> Mention:
    """A vague amount: a count of its noun ('millions of shells'), else other."""
    if noun is None:
        return _make(text, start, end, value, None, None, "other")
    return _with_rate(text, start, end, noun.end, value, noun.unit or NounUnit(None, "count"), noun.text)


def _number_at(text: str, start: int, end: int) -> Mention | None:
    phrase = text[start:end]
    is_digits = phrase[0].isdigit() or phrase[0] == "."
    left = text[max(0, start - _WINDOW) : start][::-1]
    name = _L_NAME.match(left)
    if name and name["w"] and name["w"][::-1].lower() not in _NAME_PREFIXES:
        return None  # Hwasong-17, T-62, Covid-19: a name, not a quantity
    if _L_CODE.match(left):
        return None  # CVE-2021-44228: the rest of a code
    if phrase.isdigit() and name and name["cap"] and _mixed_case(name["cap"][::-1]):
        return None  # PzH 2000, MiG 29: a designation written with a space
    if is_digits and (numeric := _numeric_date(text, start)) is not None:
        return numeric  # 14.03.2024, 3/14/2024, 2024-03-14
    if _R_CLOCK.match(text, end) or _L_NUMERO.match(left):
        return None  # 10:30, 24/7, 3 p.m., No. 10: a clock or a code
    if phrase.isdigit() and (date := _date_at(text, start, end, left)) is not None:
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
    if is_digits and (glued := _R_GLUED.match(text, end)) and not _PERCENT_SUFFIX.match(glued.group()):
        return _glued_suffix(text, start, end, number, glued.group(), phrase)
    return _quantity(text, start, end, number, phrase, left, name)


def _quantity(text: str, start: int, end: int, number: float, phrase: str, left: str,
              name: re.Match[str] | None) -> Mention | None:
    """The number phrase ``text[start:end]`` worth ``number``, with what is written
    around it: currency, qualifier, range, percent, caliber, unit, counted noun."""
    is_digits = phrase[0].isdigit() or phrase[0] == "."
    span_start, currency = start, None
    if cur := _L_CURRENCY.match(left):
        currency = cur["cur"][::-1]
        span_start -= cur.end()
        left = left[cur.end() :]
    span_start, qualifier = _qualifier_before(text, span_start)
    value = _value(number, qualifier)

    span_end = end
    opener = _L_OPENER.match(left) if qualifier is None else None
    before = left[opener.end() :] if opener else left
    changed = _L_CHANGE.match(before) if not _L_MADE_UP.match(before) else None
    ratio = _ratio_after(text, end, number)
    rng = None if ratio else _range_after(text, end, number, phrase, is_digits,
                                          opener["b"].lower()[::-1] if opener else None, bool(changed))
    if ratio is not None:
        value, span_end = ratio
        if qualifier is not None and value.nominal is not None:
            value = _value(value.nominal, qualifier)  # 'roughly one in five'
    elif rng is not None:
        low, high, span_end = rng
        value = ClaimValue.between(low, high)
        if opener:
            span_start = span_start - opener.end()
    elif (plus := _R_PLUS.match(text, span_end)) is not None:
        span_end = plus.end()
        number *= _scale(plus["scale"]) if plus["scale"] else 1
        value = _value(number, "about" if (plus["word"] or "").lower() == "odd" else qualifier or "more_than")
    noun_from = span_end
    if (trailing := _R_TRAILING.match(text, span_end)) is not None:  # '20 or so tanks'
        noun_from = trailing.end()
        value = _trailing_qualified(value, trailing) if value.qualifier is None else value

    if (pct := _R_PERCENT_SIGN.match(text, span_end)) is not None:
        return _with_rate(text, span_start, pct.end(), pct.end(), value, _PERCENT, None)
    if (pct := _R_PERCENT_WORD.match(text, span_end)) is not None:
        return _with_rate(text, span_start, span_end, pct.end(), value, _PERCENT, None)
    if currency is not None:
        money = NounUnit(_CURRENCIES[currency], "money")
        return _with_rate(text, span_start, span_end, span_end, value, money, None)
    if ratio is not None:
        noun = find_noun(text, span_end)
        return _make(text, span_start, span_end, value, None, noun.text if noun else None, "other")
    if (cal := _R_CALIBER.match(text, span_end)) is not None:
        stop = cal.end() if cal["glued"] else span_end
        return _make(text, span_start, stop, value, "millimeter", None, "caliber")
    if (hyphen := _R_HYPHEN_WORD.match(text, span_end)) is not None:
        return _hyphenated(text, span_start, span_end, hyphen, number, value, qualifier, phrase, name)
    if (suspended := _suspended_unit(text, span_end)) is not None:  # 'five- and 10-year'
        return _make(text, span_start, span_end + 1, value, suspended.name, None, suspended.kind)

    if _L_AFTER_NUMBER.match(left) is not None:
        return _make(text, span_start, span_end, value, None, None, "other")
    # 'a couple of Gepard guns': the noun after 'of'
    noun = find_noun_after_of(text, noun_from) if phrase.endswith("ouple") else find_noun(text, noun_from)
    plain = phrase.isdigit()
    if plain and noun is not None and 1800 <= number <= 2100 \
            and " ".join(text[span_end : noun.end].split()).lower() in _CALENDAR_YEARS:
        return _make(text, span_start, span_end, value, None, None, "date")  # the 2024 fiscal year
    if plain and (noun is None or noun.unit is None):
        bounds = (value.low, value.high) if value.qualifier == "range" else (number,)
        if all(v is not None and 1800 <= v <= 2100 for v in bounds):
            return _make(text, span_start, span_end, value, None, None, "date")  # in 2014, 2014-15
        if rng is None and qualifier is None and _named_by(name):
            return None  # Project 633, Boeing 737, Article 5, iPhone 15: a name
    if phrase.lower() == "one" and (noun is None or _L_NO.match(left) or _R_OF.match(text, span_end)
                                     or (noun.unit is None and looks_plural(noun.text))):
        return None  # 'one of the', 'no one denies': a pronoun, not a count
    if noun is None:
        return _with_rate(text, span_start, span_end, noun_from, value, None, None)
    if noun.text.lower() == "times":
        return _make(text, span_start, span_end, value, None, None, "other")
    if noun.unit is not None and noun.unit.kind == "duration" and value.qualifier == "more_than" \
            and _over_a_period(text, span_start, start):
        span_start, value = start, _value(number, None)  # '£5bn over five years': a period
    return _with_rate(text, span_start, span_end, noun.end, value,
                      noun.unit or NounUnit(None, "count"), noun.text)


def _hyphenated(text: str, start: int, end: int, hyphen: re.Match[str], number: float, value: ClaimValue,
                qualifier: Qualifier | None, phrase: str, name: re.Match[str] | None) -> Mention | None:
    """A number with a word hyphened to it: 'two-thirds', 'three-day', '1,000-strong';
    ``qualifier`` is the one written before the number."""
    if (parts := _FRACTIONS.get(hyphen["w"].lower())) is not None:  # 'two-thirds'
        if (of := _R_OF_A_SCALE.match(text, hyphen.end())) is None:
            return _make(text, start, hyphen.end(), _value(number / parts, qualifier), None, None, "other")
        # 'three-quarters of a million pounds': an amount, counted like any other
        value = _value(number / parts * _scale(of["scale"]), qualifier)
        return _counted(text, start, of.end(), value, find_noun(text, of.end()))
    unit = unit_of(hyphen["w"])
    if unit is None and phrase.isdigit() and qualifier is None and _named_by(name):
        return None  # 'UPDATE 2-North Korea', 'Flight 17-B': a heading or a code
    if unit is None:  # '1,000-strong', 'a 30-point plan'
        return _make(text, start, end, value, None, None, "other")
    return _make(text, start, hyphen.end(), value, unit.name, hyphen["w"], unit.kind)


def _over_a_period(text: str, span_start: int, start: int) -> bool:
    """Whether the qualifier before ``start`` is the preposition 'over' of a period
    ('£1bn over five years', 'Over ten years, ...'), not 'more than' ('lasted over two years')."""
    if text[span_start:start].rstrip().lower() != "over":
        return False
    return _L_OVER_A_PERIOD.match(text[max(0, span_start - _WINDOW) : span_start][::-1]) is not None


def _mixed_case(word: str) -> bool:
    """'PzH', 'MiG', 'iPhone': a capital after the first letter, and a small one."""
    return any(c.islower() for c in word) and any(c.isupper() for c in word[1:])


def _named_by(name: re.Match[str] | None) -> bool:
    """Whether the word before a plain number makes it a name: 'Article 5', 'UPDATE 2',
    'clause 12', 'page 7'."""
    cap = name["cap"][::-1] if name and name["cap"] else ""
    if cap.lower() in _REFERENCES:
        return True
    return bool(cap) and not cap.islower() and cap.lower() not in STOP_WORDS and cap not in _MONTHS


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
            if _NUMBER_AT.fullmatch(text, start, cut):
                try:
                    return parse_number(text[start:cut]), cut
                except NumberError:
                    continue
        raise


def _numeric_date(text: str, start: int) -> Mention | None:
    """'14.03.2024', '3/14/2024', '2024-03-14': a date whose value is its year."""
    found = _NUMERIC_DATE.match(text, start)
    if found is None:
        return None
    if found["iso"]:
        year, month, day = int(found["iso"]), int(found["m"]), int(found["d"])
    else:
        year, first, second = int(found["y"]), int(found["a"]), int(found["b"])
        month, day = (second, first) if second <= 12 else (first, second)  # dd.mm, else mm/dd
    if not (1800 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= 31):
        return None
    return _make(text, start, found.end(), ClaimValue.exact(float(year)), None, None, "date")


def _suspended_unit(text: str, end: int) -> NounUnit | None:
    """The unit a suspended hyphen borrows: 'five- and 10-year', '122- or 152-mm'."""
    found = _R_SUSPENDED.match(text, end)
    if found is None:
        return None
    if _R_CALIBER.fullmatch(found["w"]):
        return NounUnit("millimeter", "caliber")
    unit = unit_of(found["w"])
    return unit if unit is not None and unit.kind in ("duration", "length") else None


def _qualifier_before(text: str, start: int) -> tuple[int, Qualifier | None]:
    left = text[max(0, start - _WINDOW) : start][::-1]
    found = _L_QUALIFIER.match(left)
    # IGNORECASE also matches a few non-ASCII letters ('ſome'); the table has only ASCII.
    words = " ".join(found["q"][::-1].lower().split()) if found else ""
    qualifier = QUALIFIER_WORDS.get(words)
    if found is None or qualifier is None:
        return start, None
    if words == "over" and _L_HANDED_OVER.match(left, found.end()):
        return start, None  # 'handed over 20 tanks': a verb's particle
    if words == "up to" and _L_RAMPED_UP.match(left, found.end()):
        return start, None  # 'ramp up to 24 aircraft a year'
    return start - found.end(), qualifier


def _scale(word: str) -> float:
    try:
        return SCALES[word.lower()]
    except KeyError:
        raise NumberError(f"'{word}' is not a scale word") from None


def _value(number: float, qualifier: Qualifier | None) -> ClaimValue:
    return ClaimValue.exact(number) if qualifier is None else ClaimValue.qualified(qualifier, number)


def _ratio_after(text: str, end: int, number: float) -> tuple[ClaimValue, int] | None:
    """'one in five', '3 out of 4': a share, not a count of either number."""
    sep = _R_RATIO.match(text, end)
    second = _NUMBER_AT.match(text, sep.end()) if sep else None
    if second is None or (second.group().isdigit() and len(second.group()) == 4):
        return None  # '5 in 2022'
    whole = parse_number(second.group())
    if not number < whole <= 1_000_000:
        return None
    return ClaimValue.exact(number / whole), second.end()


def _range_after(text: str, end: int, low: float, phrase: str, is_digits: bool,
                 opener: str | None, changed: bool) -> tuple[float, float, int] | None:
    """'20,000-60,000', 'from 10 to 20', 'between 1,500 and 2,000', '20 to 60 million',
    '0.7% to 1%'."""
    percent = text.startswith("%", end)
    sep = _R_RANGE.match(text, end + percent)
    if sep is None:
        return None
    word = sep.group().strip().lower()
    if (word == "and") != (opener == "between") or (word not in ("to", "and") and not is_digits):
        return None
    if word == "to" and changed:
        return None
    at = sep.end()
    if (sign := _R_CURRENCY_AT.match(text, at)) is not None:  # 'between EUR 14 billion and EUR 16 billion'
        if phrase.isdigit() and len(phrase) == 4:
            return None  # '$20m in 2022 to US$57 million': a year, then an amount
        at = sign.end()
    second = _NUMBER_AT.match(text, at)
    if second is None or (word not in ("to", "and") and not second.group()[0].isdigit()):
        return None
    if percent and not text.startswith("%", second.end()):
        return None
    if second.group()[-1].isdigit() and (glued := _R_GLUED.match(text, second.end())) \
            and not _PERCENT_SUFFIX.match(glued.group()):
        return None  # '5-3D': not a range; '3-4pc' is
    high = parse_number(second.group())
    if phrase.isdigit() and len(phrase) == 4 and second.group().isdigit() and len(second.group()) == 2:
        high += low - low % 100  # '2001-02': the century of the first year
    scale = _SCALE_AT_END.search(second.group())
    if scale and not _SCALE_AT_END.search(phrase) and low * _scale(scale.group()) <= high:
        low *= _scale(scale.group())  # '20 to 60 million': the scale applies to both
    return (low, high, second.end()) if low <= high else None


def _date_at(text: str, start: int, end: int, left: str) -> Mention | None:
    """'July 25-27', 'July 27th, 1953', 'April 25, 2022', 'May 2023', '25 July 2022'."""
    number = int(text[start:end]) if end - start <= 4 else 0
    if (month := _L_MONTH.match(left)) is not None:
        begin = start - month.end()
        if 1800 <= number <= 2100:
            return _make(text, begin, end, ClaimValue.exact(float(number)), None, None, "date")
        after = _R_AFTER_MONTH.match(text, end)
        if 1 <= number <= 31 and after is not None:
            if after["year"]:
                value = ClaimValue.exact(float(after["year"]))
            elif after["day2"] and int(after["day2"]) > number:
                value = ClaimValue.between(float(number), float(after["day2"]))
            else:
                value = ClaimValue.exact(float(number))
            stop = after.end() if after["year"] or after["day2"] else after.end("ord")
            return _make(text, begin, max(stop, end), value, None, None, "date")
    if 1 <= number <= 31 and (before := _R_BEFORE_MONTH.match(text, end)) is not None:
        if before["year"] or not before["day2"] or int(before["day2"]) <= number:
            value = ClaimValue.exact(float(before["year"] or number))
        else:
            value = ClaimValue.between(float(number), float(before["day2"]))  # '3-9 June'
        return _make(text, start, before.end(), value, None, None, "date")
    return None


def _glued_suffix(text: str, start: int, end: int, number: float, suffix: str,
                  phrase: str) -> Mention | None:
    """Letters straight after digits: 122mm, 70th, 1950s, 10km; anything else is a code (5G)."""
    lower, stop = suffix.lower(), end + len(suffix)
    if lower == "x":  # '10x', 'well over 10x': a multiplier
        begin, qualifier = _qualifier_before(text, start)
        return _make(text, begin, stop, _value(number, qualifier), None, None, "other")
    if lower in _ORDINAL:
        return _make(text, start, stop, ClaimValue.exact(number), None, None, "other")
    if lower == "s" and phrase.isdigit() and len(phrase) in (2, 4) and phrase.endswith("0"):
        low = number if len(phrase) == 4 else 1900 + number
        return _make(text, start, stop, ClaimValue.between(low, low + 9), None, None, "date")
    if _R_CALIBER.fullmatch(suffix):
        return _make(text, start, stop, ClaimValue.exact(number), "millimeter", None, "caliber")
    unit = unit_of(suffix)
    if unit is None or unit.kind not in ("length", "duration", "other"):
        return None
    return _make(text, start, stop, ClaimValue.exact(number), unit.name, suffix, unit.kind)


def _with_rate(text: str, start: int, end: int, after: int, value: ClaimValue,
               unit: NounUnit | None, noun: str | None) -> Mention:
    """The mention, made a rate or a price when 'per day', 'daily', 'per shell' follows."""
    kind: Kind = unit.kind if unit else "other"
    name = unit.name if unit else None
    rate = _R_RATE.match(text, after)
    if rate is not None:
        time = rate["slash"] or rate["time"] or rate["adverb"]
        per = NounUnit(_TIME_WORDS.get(time.lower(), time.lower()), "duration") if time else _per(rate["per"])
        if per is not None:
            name = f"{name} / {per.name}" if name and per.name else None
            if kind in ("count", "other") and per.kind == "duration":
                kind = "rate"
            elif kind == "duration" and per.kind == "duration":
                name = unit.name if unit else None  # 'twenty-four hours a day': how long, each day
            elif kind not in ("money", "percent"):
                kind = "other"  # shells per howitzer, km/h: a ratio or a speed
    elif kind == "money" and name is not None and (item := find_priced_item(text, start, after)) is not None:
        name = f"{name} / {item.unit.name}" if item.unit else name  # 'Each shell costs $3,000'
    if value.qualifier is None:
        tail = after if rate is None else rate.end() if not rate["per"] else \
            rate.start("per") + len(rate["per"].split()[0])  # 'per shell or more' reads 'shell or'
        if (trailing := _R_TRAILING.match(text, tail)) is not None:
            value = _trailing_qualified(value, trailing)  # '$3,000 per shell or more'
    return _make(text, start, end, value, name, noun, kind)


def _trailing_qualified(value: ClaimValue, trailing: re.Match[str]) -> ClaimValue:
    if value.nominal is None:
        return value
    return ClaimValue.qualified(_TRAILING[(trailing["or"] or trailing["and"]).lower()], value.nominal)


def _per(words: str | None) -> NounUnit | None:
    if not words:
        return None
    return unit_of("_".join(words.split())) or unit_of(words.split()[0])


def _make(text: str, start: int, end: int, value: ClaimValue, unit: str | None, noun: str | None,
          kind: Kind) -> Mention:
    return Mention(start, end, text[start:end], value, unit, noun, kind)
