"""What is written after an amount and its noun: a rate ('per day', 'daily', 'a week'), a
price per item ('per shell', 'a shell', 'at $5 million each', 'Each shell costs $3,000'),
and a qualifier written after ('3,000 or more', '20 or so')."""

from __future__ import annotations

import re
from dataclasses import replace

from ...quantities import ClaimValue, Qualifier
from ..nouns import R_EACH, NounUnit, find_priced_item, unit_of
from ..sentences import clause_ends_between
from .records import Mention

_TIME_WORDS = {"daily": "day", "weekly": "week", "monthly": "month", "yearly": "year",
               "annually": "year", "annum": "year", "h": "hour", "hr": "hour", "d": "day", "yr": "year",
               "quarter": "quarter_year", "quarterly": "quarter_year"}
# '3,000 or more', '$3,000 per shell or more', '20 or so': a qualifier written after.
_TRAILING: dict[str, Qualifier] = {
    "more": "at_least", "above": "at_least", "higher": "at_least", "greater": "at_least",
    "over": "at_least", "up": "at_least", "upwards": "at_least", "less": "up_to", "fewer": "up_to",
    "under": "up_to", "below": "up_to", "so": "about", "thereabouts": "about",
}
R_TRAILING = re.compile(
    r"\s+(?:or\s+(?P<or>more|above|higher|greater|over|less|fewer|under|below|so|thereabouts)"
    r"|and\s+(?P<and>above|over|up|upwards))(?![\w\-‐])(?!\s+than\b)(?!\s*[\d$€£])",
    re.I,
)
_R_RATE = re.compile(
    r"\s*/\s*(?P<slash>h|hr|hour|d|day|month|year|yr)\b"
    r"|(?:\s+of\s+(?-i:[a-z]{3,}))?"  # '3.4 million barrels of crude a day'
    r"(?:\s+(?:being\s+)?(?:[a-z]{2,}ed|shot|spent|sold|lost|made))?"
    r"(?:\s+each)?"  # '15 rounds each per day'
    r"(?:\s+(?:per|a|an|each|every)\s+(?P<time>day|week|month|quarter|year|hour|minute|annum)s?\b"
    r"(?!\s+(?:ago|later|earlier|before|after|old))"
    r"|\s+(?P<adverb>daily|weekly|monthly|quarterly|yearly|annually)\b"
    r"|(?:\s+|[-‐])per(?:\s+|[-‐])(?P<per>[A-Za-z]+(?:\s+[A-Za-z]+)?))",  # '$20,000-per-drone'
    re.I,
)


# 'producing a daily 300-350 drones', 'an annual 2 million': the rate written before.
_L_HOW_OFTEN = re.compile(r"\b(?:an?|the|their|its)\s+"
                          r"(?P<adverb>daily|weekly|monthly|quarterly|yearly|annual)\s+$", re.I)


def rated_before(text: str, start: int, mention: Mention) -> Mention:
    """A count made a rate by 'a daily', 'an annual' right before its number at ``start``."""
    if mention.kind != "count" and not (mention.kind == "other" and mention.unit is None):
        return mention
    found = _L_HOW_OFTEN.search(text, max(0, start - 20), start)
    if found is None:
        return mention
    per = _TIME_WORDS.get(found["adverb"].lower(), "year")  # ('annual')
    unit = f"{mention.unit} / {per}" if mention.unit else None
    return Mention(mention.start, mention.end, mention.text, mention.value, unit, mention.noun, "rate")


def priced_each(text: str, mention: Mention, before: list[Mention]) -> Mention:
    """'48 launchers at $5 million each': a price per the item counted earlier in the sentence."""
    if mention.kind != "money" or mention.unit is None or "/" in mention.unit \
            or not R_EACH.match(text, mention.end):
        return mention
    for counted in reversed(before[-4:]):
        if clause_ends_between(text, counted.end, mention.start):
            break
        if counted.kind == "count" and counted.unit is not None:
            return replace(mention, unit=f"{mention.unit} / {counted.unit}")
    return mention


def with_rate(text: str, mention: Mention, after: int) -> Mention:
    """``mention`` made a rate or a price when 'per day', 'daily', 'per shell' follows ``after``,
    and qualified when 'or more' does; ``mention`` itself when nothing does."""
    kind, name, value = mention.kind, mention.unit, mention.value
    rate = _R_RATE.match(text, after)
    per = None
    if rate is not None:
        time = rate["slash"] or rate["time"] or rate["adverb"]
        per = NounUnit(_TIME_WORDS.get(time.lower(), time.lower()), "duration") if time else _per(rate["per"])
        if per is not None:
            name = f"{name} / {per.name}" if name and per.name else None
            if kind in ("count", "other") and per.kind == "duration":
                kind = "rate"
            elif kind == "duration" and per.kind == "duration":
                name = mention.unit  # 'twenty-four hours a day': how long, each day
            elif kind not in ("money", "percent"):
                kind = "other"  # shells per howitzer, km/h: a ratio or a speed
    if per is None and kind == "money" and name is not None \
            and (item := find_priced_item(text, mention.start, after)) is not None:
        # ('$35,000 per unit': per the item named before)
        name = f"{name} / {item.unit.name}" if item.unit else name  # 'Each shell costs $3,000'
    if value.qualifier is None:
        tail = after if rate is None else rate.end() if not rate["per"] else \
            rate.start("per") + len(rate["per"].split()[0])  # 'per shell or more' reads 'shell or'
        if (trailing := R_TRAILING.match(text, tail)) is not None:
            value = trailing_qualified(value, trailing)  # '$3,000 per shell or more'
    if name == mention.unit and kind == mention.kind and value is mention.value:
        return mention
    return Mention(mention.start, mention.end, mention.text, value, name, mention.noun, kind)


def trailing_qualified(value: ClaimValue, trailing: re.Match[str]) -> ClaimValue:
    if value.nominal is None:
        return value
    return ClaimValue.qualified(_TRAILING[(trailing["or"] or trailing["and"]).lower()], value.nominal)


def _per(words: str | None) -> NounUnit | None:
    if not words:
        return None
    return unit_of("_".join(words.split())) or unit_of(words.split()[0])
