"""Building blocks of the extractor's regular expressions, and the word lists several readers share.

Pattern names say where they run: an ``L_`` pattern on the window before a number,
reversed (``left_window``) so that the words nearest the number match first, and anchored
at its start; an ``R_`` pattern with ``.match(text, pos)`` right after what was read.
``L_`` patterns are written forwards and turned around by ``left_context`` and ``backwards``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...numbers import NUMBER
from ..nouns import HYPHENS

# How far left of a number its qualifier, currency, month or name is looked for.
_WINDOW = 48
HY = re.escape(HYPHENS)  # for character classes: '-' must not form a range
DA = re.escape(HYPHENS + "–—")
MONTHS = frozenset({
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
    "Sept", "Oct", "Nov", "Dec",
})
# Signs and codes before a number, by registry unit; None where a sign names several
# currencies ('¥' is yen or yuan, 'Rs' rupees of several countries).
CURRENCIES: dict[str, str | None] = {
    "$": "US_dollar", "US$": "US_dollar", "USD": "US_dollar", "€": "EUR", "£": "GBP", "¥": None,
    "₽": "RUB", "₴": "UAH", "₩": "KRW", "EUR": "EUR", "GBP": "GBP", "RUB": "RUB", "CNY": "CNY",
    "JPY": "JPY", "KRW": "KRW", "UAH": "UAH", "INR": "INR", "NOK": "NOK", "SEK": "SEK", "DKK": "DKK",
    "CHF": "CHF", "PLN": "PLN", "CZK": "CZK", "CAD": "CAD", "AUD": "AUD", "NZD": "NZD", "HKD": "HKD",
    "SGD": "SGD", "ILS": "ILS", "AED": "AED", "SAR": "SAR", "BRL": "BRL", "ZAR": "ZAR", "MXN": "MXN",
    "KZT": "KZT", "KES": "KES", "NGN": "NGN", "₦": "NGN", "KSh": "KES", "Sh": None, "₹": "INR",
    "Rs": None, "Rs.": None, "A$": "AUD", "AU$": "AUD", "C$": "CAD",
    "CA$": "CAD", "NZ$": "NZD", "HK$": "HKD", "S$": "SGD",
}
NUMBER_AT = re.compile(NUMBER, re.IGNORECASE)
R_GLUED = re.compile(r"[A-Za-z]+")  # letters written straight after digits: 122mm, 5G, 3pc
PERCENT_SUFFIX = re.compile(r"(?:pc|pct|percent)$", re.I)


def left_window(text: str, start: int) -> str:
    """The ``_WINDOW`` characters before ``start``, reversed: what the ``L_`` patterns match."""
    return text[max(0, start - _WINDOW) : start][::-1]


def words(alternatives: Iterable[str]) -> str:
    """Alternation of ``alternatives``, longest first."""
    return "|".join(sorted(alternatives, key=len, reverse=True))


def cased(alternatives: Iterable[str]) -> str:
    """Alternation of each word as written, Capitalised and in CAPITALS."""
    return words({form for word in alternatives for form in (word, word.capitalize(), word.upper())})


def backwards(phrases: Iterable[str]) -> str:
    """Alternation of ``phrases`` spelled backwards, for matching the reversed left window."""
    return "|".join(r"\s+".join(re.escape(w[::-1]) for w in p.split()[::-1])
                    for p in sorted(phrases, key=len, reverse=True))


# Read backwards, what stands before a text stands after it, and the start is the end.
_FLIPPED = {"(?<!": "(?!", "(?<=": "(?=", "(?!": "(?<!", "(?=": "(?<=", "^": "$"}


def left_context(*parts: str) -> str:
    """The pattern, for the reversed left window, of ``parts`` written forwards and ending
    where the number starts.

    Each part is one atom that reads the same both ways, with its quantifier: a class
    (``[A-Za-z]+``), an escape (``\\s*``), ``^``, a group of ``backwards`` phrases, or a
    lookaround around such an atom (a lookbehind before the text becomes a lookahead).
    """
    flipped = []
    for part in reversed(parts):
        for written, read in _FLIPPED.items():
            if part.startswith(written):
                part = read + part[len(written) :]
                break
        flipped.append(part)
    return "".join(flipped)


def word_before(alternatives: Iterable[str]) -> re.Pattern[str]:
    """Matches the reversed left window when its last word is one of ``alternatives``."""
    return re.compile(left_context(r"(?<!\w)", f"(?:{backwards(alternatives)})", r"\s+"), re.I)
