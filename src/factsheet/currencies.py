"""The currencies news text names, by ISO 4217 code.

Each is a unit of its own dimension in the registry (``units.py``), so that no amount in
euros is ever taken for dollars by pint: it becomes dollars only at a dated rate.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Every code the extractor reads into a unit; the registry (units.py) defines each as
# '<code> = [currency_<code>]'.
CURRENCY_CODES = frozenset({
    "EUR", "GBP", "RUB", "UAH", "KRW", "KPW", "JPY", "CNY", "INR", "CHF", "SEK", "NOK", "DKK", "PLN",
    "CZK", "CAD", "AUD", "NZD", "HKD", "SGD", "ILS", "AED", "SAR", "BRL", "ZAR", "MXN", "KZT", "KES",
    "NGN", "TRY", "TWD",
})
_CODE = re.compile(r"\b(" + "|".join(sorted(CURRENCY_CODES)) + r")\b")


@lru_cache(maxsize=1024)
def currency_in(unit_text: str) -> str | None:
    """The currency other than the dollar a unit text is in: 'EUR / shell' -> 'EUR'."""
    found = _CODE.search(unit_text)
    return found.group(1) if found else None


def in_dollars(unit_text: str) -> str:
    """The unit text with its currency made US dollars: 'EUR / shell' -> 'US_dollar / shell'."""
    return _CODE.sub("US_dollar", unit_text)
