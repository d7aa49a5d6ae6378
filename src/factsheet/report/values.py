"""Values and units as people read them: numbers rounded to what a reader can use.

The exact forms (``format_value``, the report JSON) round-trip; these do not, and
are for failure messages and the HTML page only.
"""

from __future__ import annotations

import math

from ..quantities import QUALIFIER_TEXT, ClaimValue, Qualifier


def display_number(number: float) -> str:
    """A number for reading: three significant digits, but never fewer than the integer part.

    657.0841889 -> '657', 21600 -> '21,600', 0.012345 -> '0.0123', 1234567.3 -> '1,234,567'.
    """
    if number == 0 or not math.isfinite(number):
        return f"{number:g}"
    decimals = max(0, 2 - math.floor(math.log10(abs(number))))
    text = f"{round(number, decimals):,.{decimals}f}"
    if decimals:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def display_value(value: ClaimValue) -> str:
    """A claim value in words, numbers rounded for reading: 'about 657', 'more than 20,000'."""
    def number(n: float | None) -> str:
        return "…" if n is None else display_number(n)

    if value.qualifier in ("range", "vague") or value.nominal is None:
        if value.high is None:
            return f"at least {number(value.low)}"
        if value.low is None:
            return f"at most {number(value.high)}"
        return f"{number(value.low)}–{number(value.high)}"
    qualifier: Qualifier | None = value.qualifier
    words = QUALIFIER_TEXT.get(qualifier) if qualifier else None
    return f"{words} {number(value.nominal)}" if words else number(value.nominal)


def display_unit(unit: str) -> str:
    """Unit text for reading: 'US_dollar / shell' -> 'USD / shell', 'artillery_piece' -> 'artillery piece'."""
    return unit.replace("US_dollar", "USD").replace("_", " ")
