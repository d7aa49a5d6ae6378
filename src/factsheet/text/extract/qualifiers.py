"""What the words just before a number say about it: a qualifier ('more than', 'up to',
'over'), a range opener ('between', 'from'), a verb of change ('rose 10 to 20'), or
a preposition that is no qualifier ('handed over 20 tanks', '£1bn over five years')."""

from __future__ import annotations

import re

from ...numbers import SCALES
from ...quantities import QUALIFIER_WORDS, Qualifier
from .patterns import backwards, left_context, left_window, word_before

_L_QUALIFIER = re.compile(left_context(r"(?<![\w.])", f"(?P<q>{backwards(QUALIFIER_WORDS)})", r"\s+"), re.I)
# 'rose from 10 to 20', 'fell $2 to $85': a change, not a range.
_CHANGE_VERBS = (
    "rose", "risen", "rise", "rises", "rising", "fell", "fallen", "fall", "falls", "falling",
    "increased", "increase", "increases", "increasing", "decreased", "decrease", "decreases",
    "grew", "grown", "grow", "grows", "growing", "climbed", "climb", "climbs", "jumped", "jump",
    "jumps", "dropped", "drop", "drops", "declined", "decline", "declines", "surged", "soared",
    "plunged", "slipped", "slid", "edged", "raised", "raise", "cut", "cuts", "reduced", "lowered",
    "boosted", "expanded", "shrank", "doubled", "tripled", "went", "gone", "up", "down", "changed",
)
L_CHANGE = word_before(_CHANGE_VERBS)
# ... or a verb of change and its object before 'from': 'increase its output from 2,000 to 5,000'.
# (the words between are read backwards, each with the space before it)
L_CHANGE_OF = re.compile(left_context(r"(?<!\w)", f"(?:{backwards(_CHANGE_VERBS)})",
                                      r"(?:[A-Za-z'’]+\s+){1,3}", r"\s+"), re.I)
# Verbs whose particle is 'over': 'handed over 20 tanks' gives 20, not more than 20.
_HANDING = ("hand", "hands", "handed", "handing", "turn", "turns", "turned", "turning", "sign",
            "signs", "signed", "signing")
_L_HANDED_OVER = word_before(_HANDING)
# Not 'build up to 300 drones a week': there it is a qualifier.
_RAMPING = ("ramp", "ramps", "ramped", "ramping", "scale", "scales", "scaled", "scaling", "step",
            "steps", "stepped", "stepping")
_L_RAMPED_UP = word_before(_RAMPING)
# Before 'over N years', these make 'over' the preposition of a period: an amount just
# written ('£1bn over five years'), a sentence start, or a verb of spreading.
_SPREADING = ("spread", "spreads", "paid", "repaid", "phased", "staggered", "delivered")
_BEFORE_A_PERIOD = "|".join((
    left_context("^"),  # the start of the window
    left_context(r"[.!?:;\n]"),
    left_context("(?<![A-Za-z])", rf"(?:{backwards(SCALES)}|\d)"),
    left_context(r"(?<!\w)", f"(?:{backwards(_SPREADING)})"),
))
_L_OVER_A_PERIOD = re.compile(left_context(f"(?:{_BEFORE_A_PERIOD})", r"\s*"), re.I)
# 'made up 30 to 40 percent': 'up' of a verb that is no change.
L_MADE_UP = word_before(f"{verb} up" for verb in ("make", "makes", "made", "making"))
# 'between 1,500 and 2,000', 'from 10 to 20': a range (the word in group b)
L_OPENER = re.compile(left_context(r"(?<!\w)", f"(?P<b>{backwards(('between', 'from'))})", r"\s+"), re.I)


def qualifier_before(text: str, start: int) -> tuple[int, Qualifier | None]:
    left = left_window(text, start)
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


def over_a_period(text: str, span_start: int, start: int) -> bool:
    """Whether the qualifier before ``start`` is the preposition 'over' of a period
    ('£1bn over five years', 'Over ten years, ...'), not 'more than' ('lasted over two years')."""
    if text[span_start:start].rstrip().lower() != "over":
        return False
    return _L_OVER_A_PERIOD.match(left_window(text, span_start)) is not None
