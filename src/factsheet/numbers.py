"""Numbers as news text writes them: '21,600', '12.5 thousand', 'two-thousand-300',
'half a million', 'a dozen'.

``NUMBER`` is a regular expression for one number phrase; ``parse_number`` turns
the matched text into a float. The extractor and the claim-value language both
use them, so a curator writes a value exactly as the article does.
"""

from __future__ import annotations

import math
import re

from .errors import FactsheetError

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "k": 1e3, "thous": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "bln": 1e9, "b": 1e9,
    "tn": 1e12, "trn": 1e12, "trln": 1e12,
    # Indian English: '2.5 lakh people', 'Rs 4,860 crore', '₹1.84 lakh crore' (1.84e12).
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}
# Abbreviated scales only count when glued to digits or right after them ("$5bn", "5 bn",
# "6 thous." in translated text, "USD 15 bln" in wire copy from Russia and China).
_SHORT_SCALES = {"k", "thous", "m", "mn", "mln", "bn", "bln", "b", "tn", "trn", "trln"}
SMALL_WORDS = {**UNITS, **TENS, "dozen": 12, "hundred": 100}

_word = "|".join(sorted({*UNITS, *TENS, "hundred", "dozen"}, key=len, reverse=True))
# Scale words as regex alternations: spelled out, and abbreviated (shared with the extractor).
SCALE_WORDS = "thousand|million|billion|trillion|lakhs?|crores?"
SHORT_SCALE_WORDS = "thous|trln|bln|mln|trn|bn|mn|tn|k|m|b"
_digit_word = "|".join(word for word, value in UNITS.items() if value <= 9)
# A decimal comma only before a scale word: '5,2 million' (European), never '5,200'.
_DECIMAL_COMMA = r"\d{1,3},\d{1,2}(?=\s?(?:thousand|million|billion|trillion|mln|bn|mn|tn|trln)\b)"
DIGITS = rf"(?:{_DECIMAL_COMMA}|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
_words_then = rf"(?:(?:{_word})[\s\-]+)+"
# 'and' joins a smaller number to a scale ('one thousand and five'), never the same scale
# again: 'between twenty thousand and fifty thousand' is a range.
_JOIN = (r"(?:[\s\-]+|(?<=hundred)\s+and\s+"
         rf"|(?<=thousand)\s+and\s+(?!{_words_then}(?:thousand|million|billion|trillion)\b)"
         rf"|(?<=million)\s+and\s+(?!{_words_then}(?:million|billion|trillion)\b))")
# One number phrase. Word parts may be joined by spaces, hyphens or 'and'.
NUMBER = (
    # \b before words: 'often' holds no 'ten', 'someone' no 'one'.
    # 'a hundred and fifty', 'a thousand and one'
    rf"(?:\ban?\s+(?:hundred|thousand)\s+and\s+(?:{_word})(?:[\s\-]+(?:{_word}))?\b"
    rf"|\ban?\s+hundred\s+(?:{SCALE_WORDS})\b"  # 'a hundred thousand'
    rf"|\b(?:(?:one\s+and\s+)?a\s+half|half\s+(?:a|an)|a\s+quarter(?:\s+of)?(?:\s+a)?|a|an)\s+(?:{SCALE_WORDS}|dozen|hundred)\b"
    # 'a couple of hundred', 'a couple thousand'; 'a couple' alone only before 'of' (not the pair who fled).
    rf"|\ba\s+couple(?:\s+(?:of\s+)?(?:{SCALE_WORDS}|dozen|hundred)\b|(?=\s+of\b))"
    rf"|(?:{DIGITS}|\b(?:{_word})\b)"
    # Digits only continue a phrase after a word and a hyphen ("two-thousand-300"):
    # "20,000-60,000" is a range, "2 million 155mm shells" two numbers, and "and" only
    # joins after hundred or a scale ("one hundred and five").
    rf"(?:{_JOIN}(?:{_word}|{SCALE_WORDS})\b(?:-{DIGITS}(?!\d|[.,]\d|-?[A-Za-z]))?)*"
    # Spoken decimals: 'two point five million', '26-point-6 billion' (as broadcasters write it)
    rf"(?:[\s\-]+point(?:(?:[\s\-]+(?:{_digit_word})\b)+|-\d+\b)(?:\s+(?:{SCALE_WORDS})\b)*)?"
    # 'nine and a half million', 'two and a half years'
    rf"(?:\s+and\s+a\s+half\b(?:\s+(?:{SCALE_WORDS}|dozen)\b)?)?"
    # 'thous.' is only ever an abbreviation, so its full stop belongs to it; 'mln.' only
    # when the sentence goes on ('7 mln. shells'), else the stop ends the sentence.
    rf"(?:\s*(?:{SHORT_SCALE_WORDS})\b(?:(?<=thous)\.|(?<=[mbr]ln)\.(?=[ \t]+(?-i:[a-z])))?)?)"
)
NUMBER_RE = re.compile(NUMBER, re.IGNORECASE)

_TOKEN = re.compile(rf"{DIGITS}|[a-z]+", re.IGNORECASE)


class NumberError(FactsheetError, ValueError):
    """Text that looks like a number phrase but does not add up to one."""


def parse_number(text: str) -> float:
    """Value of one number phrase; raises NumberError when it is not one."""
    tokens = [t.lower() for t in _TOKEN.findall(text) if t.lower() != "and"]
    if not tokens:
        raise NumberError(f"no number in '{text}'")
    if "point" in tokens[1:]:
        return _spoken_decimal(tokens, text)
    if tokens[0] in ("a", "an") and len(tokens) > 2 and tokens[1] in ("hundred", "thousand"):
        tokens = ["one", *tokens[1:]]  # 'a hundred [and] fifty'
    fraction = _with_fraction(tokens, text)
    return fraction if fraction is not None else _add_up(tokens, text)


def _with_fraction(tokens: list[str], text: str) -> float | None:
    """'nine [and] a half million', 'a couple of hundred', 'half a million', 'a dozen';
    None for a phrase with no fraction or article."""
    if "half" in tokens[2:] and tokens[tokens.index("half") - 1] == "a":
        at = tokens.index("half") - 1  # 'nine [and] a half million': (9 + 0.5) million
        whole = parse_number(" ".join(tokens[:at]))
        scale = _scale_product(tokens[at + 2 :], text) if at + 2 < len(tokens) else 1.0
        return _finite((whole + 0.5) * scale, text)
    if tokens[:2] == ["a", "couple"]:
        rest = [t for t in tokens[2:] if t != "of"]
        return _finite(2.0 * (_scale_product(rest, text) if rest else 1.0), text)
    if tokens[0] in ("a", "an", "half", "quarter", "one") and len(tokens) > 1:
        fraction = _leading_fraction(tokens)
        if fraction is not None:
            value, rest = fraction
            return _finite(value * _scale_product(rest, text), text)
    return None


def _add_up(tokens: list[str], text: str) -> float:
    """Digits and number words, added up group by group: 'two-thousand-300' -> 2300."""
    total = 0.0
    current: float | None = None
    last_was_digits = last_was_scale = False
    for token in tokens:
        if token[0].isdigit() or token[0] == ".":
            number = float(token.replace(",", "." if re.fullmatch(r"\d+,\d{1,2}", token) else ""))
            # "two-thousand-300": after a scale word, digits start a new group.
            current = number if current is None else _join_small(current, number, text)
            last_was_digits = True
            continue
        if token in SMALL_WORDS and token not in ("hundred", "dozen"):
            if last_was_digits:  # 'in 2000 five tanks': two numbers, not 2,005
                raise NumberError(f"'{text}' is not one number")
            value = float(SMALL_WORDS[token])
            current = value if current is None else _join_small(current, value, text)
        elif token == "hundred":
            current = (current if current is not None else 1.0) * 100
        elif token == "dozen":
            current = (current if current is not None else 1.0) * 12
        elif token in SCALES and last_was_scale and current is None:
            total *= SCALES[token]  # 'lakh crore', 'thousand million': scales multiply
        elif token in SCALES and (token not in _SHORT_SCALES or last_was_digits):
            scale = SCALES[token]
            total += (current if current is not None else 1.0) * scale
            current = None
        else:
            raise NumberError(f"'{token}' is not part of a number in '{text}'")
        last_was_digits = False
        last_was_scale = token in SCALES
    return _finite(total + (current or 0.0), text)


def _spoken_decimal(tokens: list[str], text: str) -> float:
    """'two point five million': the whole part, digit words after 'point', then scales."""
    at = tokens.index("point")
    digits: list[str] = []
    for token in tokens[at + 1 :]:
        if token.isdigit() and not digits:  # '26-point-6'
            digits.append(token)
            break
        if token not in UNITS or UNITS[token] > 9:
            break
        digits.append(str(UNITS[token]))
    rest = tokens[at + 1 + len(digits) :]
    if not digits:
        raise NumberError(f"'{text}' has no digit after 'point'")
    whole = parse_number(" ".join(tokens[:at]))
    if not whole.is_integer():
        raise NumberError(f"'{text}' has two decimal parts")
    number = float(f"{int(whole)}.{''.join(digits)}")
    return _finite(number * (_scale_product(rest, text) if rest else 1.0), text)


def _finite(number: float, text: str) -> float:
    # float('9' * 400) is inf, which no claim value can hold.
    if not math.isfinite(number):
        raise NumberError(f"'{text}' is too large to be a number")
    return number


def _join_small(current: float, value: float, text: str) -> float:
    """'twenty one' -> 21; 'three hundred 20' -> 320; 'hundred fifty seven' -> 157;
    'five six' is not a number."""
    if current % 100 == 0 and current >= 100 and value < 100:
        return current + value
    if current % 100 >= 20 and current % 10 == 0 and value < 10:
        return current + value  # 'one hundred and fifty-seven'
    raise NumberError(f"'{text}' is not one number")


def _leading_fraction(tokens: list[str]) -> tuple[float, list[str]] | None:
    if tokens[:2] == ["half", "a"] or tokens[:2] == ["half", "an"]:
        return 0.5, tokens[2:]
    if tokens[:4] == ["one", "and", "a", "half"]:  # 'and' was dropped; keep for clarity
        return 1.5, tokens[4:]
    if tokens[:3] == ["one", "a", "half"]:
        return 1.5, tokens[3:]
    if tokens[:2] in (["a", "half"], ["an", "half"]):
        return 0.5, tokens[2:]
    if tokens[:2] == ["a", "quarter"]:
        rest = [t for t in tokens[2:] if t not in ("of", "a")]
        return 0.25, rest
    if tokens[0] in ("a", "an"):
        return 1.0, tokens[1:]
    return None


def _scale_product(tokens: list[str], text: str) -> float:
    product = 1.0
    for token in tokens:
        if token in SCALES:
            product *= SCALES[token]
        elif token == "hundred":
            product *= 100
        elif token == "dozen":
            product *= 12
        else:
            raise NumberError(f"'{token}' is not part of a number in '{text}'")
    if not tokens:
        raise NumberError(f"'{text}' has no scale after its fraction")
    return product


def format_number(value: float) -> str:
    """'20,000', '12.5', '1,234.75' — the form ``parse_number`` reads back exactly."""
    value = float(value)  # int has no is_integer() before Python 3.12
    if value.is_integer() and abs(value) < 1e15:
        return f"{int(value):,}"
    text = repr(value)
    if "e" in text or "inf" in text or "nan" in text:
        raise ValueError(f"{value!r} cannot be written as a plain number")
    whole, _, fraction = text.partition(".")
    sign = "-" if whole.startswith("-") else ""
    return f"{sign}{int(whole.lstrip('-')):,}.{fraction}"
