"""Numbers that belong to a name or a code, not a quantity: 'Hwasong-17', 'PzH 2000',
'Article 5', 'CVE-2021-44228', 'No. 10'."""

from __future__ import annotations

import re

from ..nouns import MARK_AFTER_DIGIT, STOP_WORDS
from .patterns import HY, MONTHS, backwards, left_context

# Words that make the plain number after them a reference, even in lower case.
_REFERENCES = frozenset({"clause", "clauses", "amendment", "article", "section", "paragraph", "page",
                         "line", "chapter", "schedule", "annex", "rule", "route", "flight", "platform",
                         "gate", "item", "resolution", "part", "volume", "episode", "season"})
_NAME_PREFIXES = frozenset({"mid", "pre", "post"})  # 'mid-2022' is a date, not a name
_L_CODE = re.compile(left_context("[A-Za-z]", f"[{HY}]", r"\d+", f"[{HY}]"))  # the 44228 of CVE-2021-44228
L_NUMERO = re.compile(left_context(  # No. 10, #5
    "(?<![A-Za-z])", f"(?:{backwards(('No.', 'no.', 'Nos.', 'nos.', '#'))})", r"\s*"))
# 'Hwasong-17' (the word in group w), 'Article 5' (in group cap)
L_NAME = re.compile(left_context("(?<![A-Za-z])", "(?P<w>[A-Za-z]+)", f"[{HY}]")
                    + "|" + left_context("(?<![A-Za-z])", "(?P<cap>[A-Za-z]+)", r"\s+"))


def in_a_name(phrase: str, left: str, name: re.Match[str] | None) -> bool:
    """Whether the number ``phrase`` is part of a name or a code, by the reversed window
    ``left`` before it and ``name``, what ``L_NAME`` found there."""
    if name and name["w"] and name["w"][::-1].lower() not in _NAME_PREFIXES:
        return True  # Hwasong-17, T-62, Covid-19: a name, not a quantity
    if _L_CODE.match(left):
        return True  # CVE-2021-44228: the rest of a code
    cap = name["cap"] if name else None
    return bool(cap and phrase.isdigit() and _mixed_case(cap[::-1]))  # PzH 2000: a designation


def _mixed_case(word: str) -> bool:
    """'PzH', 'MiG', 'iPhone': a capital after the first letter, and a small one."""
    return any(c.islower() for c in word) and any(c.isupper() for c in word[1:])


def named_by(name: re.Match[str] | None) -> bool:
    """Whether the word before a plain number makes it a name: 'Article 5', 'UPDATE 2',
    'clause 12', 'page 7'."""
    cap = name["cap"][::-1] if name and name["cap"] else ""
    if cap.lower() in _REFERENCES:
        return True
    return bool(cap) and not cap.islower() and cap.lower() not in STOP_WORDS and cap not in MONTHS


# A model's mark after its name, mid-line: 'Leopard 2 tanks', '14 Challenger 2s', 'Leopard 2A6'
# (not 'Germany sent 14 and Poland 2 more', nor a table's 'Poland 2' at a line's start).
MORE_WORDS = "more|others?|additional|extra"  # ('Rome 2 more' counts)
_R_MARK = re.compile(rf"{MARK_AFTER_DIGIT}(?!\s+(?:{MORE_WORDS}|of)\b)")
_L_NAME_MID_LINE = re.compile(r"[^\s,;:.(][ \t]+[A-Z][a-z]{2,}[ \t]+$")


def model_mark(text: str, start: int, end: int, name: re.Match[str] | None) -> bool:
    """Whether the digit at ``text[start:end]`` is the mark of a model named right before
    it ('Leopard 2'), however registered the noun after it is."""
    return end - start == 1 and text[start].isdigit() and named_by(name) \
        and _R_MARK.match(text, end) is not None \
        and _L_NAME_MID_LINE.search(text, max(0, start - 40), start) is not None

