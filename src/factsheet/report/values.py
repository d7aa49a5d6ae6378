"""Numbers, values and units as the reports write them: the one family of formatters.

The exact form is the sheet's: ``quantities.format_value``, the inverse of
``parse_value``, which ``sheet_value`` writes into conflicts.json. Every other form
here rounds for reading and does not round-trip: ``display_*`` for failure
messages and the HTML page, ``compact_*`` and ``format_tick`` for the charts'
few characters, ``format_px`` for SVG coordinates.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from ..quantities import QUALIFIER_TEXT, ClaimValue, Qualifier, format_value

# A chart's short value writes a qualifier as a symbol ('almost' stays a word).
_SYMBOLS: dict[Qualifier, str] = {"more_than": ">", "at_least": "≥", "less_than": "<", "up_to": "≤",
                                  "about": "≈"}
_SIZES = ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k"))


def display_count(number: int) -> str:
    """A count for reading, in thousands: 21,734."""
    return f"{number:,}"


def display_number(number: float) -> str:
    """A number for reading: three significant digits, but never fewer than the integer part.

    657.0841889 -> '657', 21600 -> '21,600', 0.012345 -> '0.0123', 1234567.3 -> '1,234,567'.
    """
    if number == 0 or not math.isfinite(number):
        return f"{number:g}"
    decimals = _decimals(number, 3)
    return _trimmed(f"{round(number, decimals):,.{decimals}f}")


def display_span(low: float, high: float, number: Callable[[float], str] = display_number,
                 joiner: str = "–") -> str:
    """Two numbers from lowest to highest, or one when they are equal: '19,800–20,200', '657'."""
    return number(low) if low == high else f"{number(low)}{joiner}{number(high)}"


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


def display_qualifier(qualifier: str | None) -> str:
    """A qualifier's name for reading: 'more_than' -> 'more than', none -> 'exact'."""
    return (qualifier or "exact").replace("_", " ")


def compact_number(value: float, digits: int = 3) -> str:
    """``value`` to ``digits`` significant digits with a k/M/B/T suffix: 21.6k, 657, 1M, 0.025."""
    if value == 0:
        return "0"
    rounded = float(f"{value:.{digits}g}")
    for size, suffix in _SIZES:
        if abs(rounded) >= size:
            return _plain(rounded / size, digits) + suffix
    return _plain(rounded, digits)


def compact_value(value: ClaimValue) -> str:
    """A claim value in a few characters for a chart: '> 20k', '20k–60k', '≈ 657', '≥ 2M'."""
    if value.nominal is None or value.qualifier in ("range", "vague"):
        low = compact_number(value.low) if value.low is not None else "…"
        high = compact_number(value.high) if value.high is not None else "…"
        return f"≥ {low}" if value.high is None else f"{low}–{high}"
    number = compact_number(value.nominal)
    if value.qualifier == "almost":
        return f"almost {number}"
    symbol = _SYMBOLS.get(value.qualifier) if value.qualifier else None
    return f"{symbol} {number}" if symbol else number


def format_tick(value: float) -> str:
    """An axis label, as short as exact: 500, 20k, 20.5k, 1M, 1.5M, 2B, 0.25."""
    for digits in range(1, 7):
        text = compact_number(value, digits)
        if math.isclose(_parse_compact(text), value, rel_tol=1e-9, abs_tol=1e-12):
            return text
    return compact_number(value, 7)


def format_px(number: float) -> str:
    """An SVG coordinate with at most two decimals and no float noise: 206.2, 150."""
    return _trimmed(f"{number:.2f}")


def sheet_value(value: ClaimValue) -> str:
    """The value in the sheet's value language, full precision; repr-like when it has no such form."""
    try:
        return format_value(value)
    except ValueError:  # e.g. 1e20 has no plain-number spelling
        bounds = ", ".join(f"{name}={number!r}" for name, number in
                           (("value", value.nominal), ("low", value.low), ("high", value.high)))
        return f"{value.qualifier or 'exact'} ({bounds})"


def _decimals(number: float, digits: int) -> int:
    """How many decimals show ``digits`` significant digits of ``number`` (not 0), at least none."""
    return max(0, digits - 1 - math.floor(math.log10(abs(number))))


def _trimmed(text: str) -> str:
    """A fixed-point number without trailing zeros or a minus zero: '2.50' -> '2.5', '-0.00' -> '0'."""
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _plain(number: float, digits: int) -> str:
    """``number`` with ``digits`` significant digits, never in scientific notation."""
    return _trimmed(f"{number:.{_decimals(number, digits)}f}")


def _parse_compact(text: str) -> float:
    sizes = {suffix: size for size, suffix in _SIZES}
    if text[-1] in sizes:
        return float(text[:-1]) * sizes[text[-1]]
    return float(text)
