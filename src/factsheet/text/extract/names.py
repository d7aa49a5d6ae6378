"""Numbers that belong to a name or a code, not a quantity: 'Hwasong-17', 'PzH 2000',
'Article 5', 'CVE-2021-44228', 'No. 10'."""

from __future__ import annotations

import re

from ..nouns import STOP_WORDS
from .patterns import HY, MONTHS, backwards, left_context

# Words that make the plain number after them a reference, even in lower case.
_REFERENCES = frozenset({"clause", "clauses", "amendment", "article", "section", "paragraph", "page",
                         "line", "chapter", "schedule", "annex", "rule", "route", "flight", "platform",
                         "gate", "item", "resolution", "part", "volume", "episode", "season"})
NAME_PREFIXES = frozenset({"mid", "pre", "post"})  # 'mid-2022' is a date, not a name
L_CODE = re.compile(left_context("[A-Za-z]", f"[{HY}]", r"\d+", f"[{HY}]"))  # the 44228 of CVE-2021-44228
L_NUMERO = re.compile(left_context(  # No. 10, #5
    "(?<![A-Za-z])", f"(?:{backwards(('No.', 'no.', 'Nos.', 'nos.', '#'))})", r"\s*"))
# 'Hwasong-17' (the word in group w), 'Article 5' (in group cap)
L_NAME = re.compile(left_context("(?<![A-Za-z])", "(?P<w>[A-Za-z]+)", f"[{HY}]")
                    + "|" + left_context("(?<![A-Za-z])", "(?P<cap>[A-Za-z]+)", r"\s+"))


def mixed_case(word: str) -> bool:
    """'PzH', 'MiG', 'iPhone': a capital after the first letter, and a small one."""
    return any(c.islower() for c in word) and any(c.isupper() for c in word[1:])


def named_by(name: re.Match[str] | None) -> bool:
    """Whether the word before a plain number makes it a name: 'Article 5', 'UPDATE 2',
    'clause 12', 'page 7'."""
    cap = name["cap"][::-1] if name and name["cap"] else ""
    if cap.lower() in _REFERENCES:
        return True
    return bool(cap) and not cap.islower() and cap.lower() not in STOP_WORDS and cap not in MONTHS
