"""The regular expressions of time expressions in English news text.

One expression is an optional operator ('since', 'from', 'by the end of', 'until', 'in')
and one or two *atoms*: a point or stretch of the calendar ('2023', 'July 25-27', 'the
summer of 2023', 'Q3 2023', 'early 2024', 'last year', 'two weeks ago', 'the past 24
hours', 'the first months of the war'). ``expression_pattern`` builds the whole; the atom
patterns are kept apart so that ``resolve`` can tell which one matched.

Months are matched capitalised only ('may' and 'march' are verbs); a bare season needs a
determiner, a year or a preposition before it ('shells fall' is no autumn).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

_FLAGS = re.IGNORECASE

MONTH_NUMBERS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_MONTH_NAMES = sorted(MONTH_NUMBERS, key=len, reverse=True)
MONTH = "(?-i:" + "|".join(name.capitalize() for name in _MONTH_NAMES) + r")\b\.?"
YEAR = r"(?<![\d,.$€£/])(?:19|20)\d\d(?![\d]|[,.]\d|\s*(?:mm|km|kg|tons?|tonnes?)\b)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b(?![.,]\d)"  # (not the 1 of 'January 1.18 trillion')
DASH = r"\s*[-–—/]\s*"
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_SEASON = r"(?:spring|summer|autumn|fall|winter)"
COUNT_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18,
    "twenty-four": 24, "few": 3, "a few": 3, "several": 3, "couple of": 2, "a couple of": 2,
}
_COUNT = r"(?:(?:\d{1,3}|a\s+few|a\s+couple\s+of|couple\s+of|" + "|".join(
    sorted((w for w in COUNT_WORDS if " " not in w), key=len, reverse=True)) + r")(?:\s+and\s+a\s+half)?)"
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "final": -1, "last": -1,
}
_ORDINAL = r"(?:\d{1,2}(?:st|nd|rd|th)|" + "|".join(sorted(ORDINALS, key=len, reverse=True)) + ")"
UNIT = r"(?:days?|weeks?|months?|years?|24\s+hours|48\s+hours|72\s+hours|hours?)"
_YEAR_WORD = r"(?:last|this|next|the\s+previous|the\s+current|the\s+coming|the\s+following)\s+year"
_OF_YEAR = rf"(?:(?:\s+of)?\s+{YEAR}|(?:\s+of)?\s+{_YEAR_WORD}|\s+of\s+the\s+year)"
_YEAR_SPEC = rf"(?:,?\s+(?:of\s+)?(?:{YEAR}|{_YEAR_WORD}))"

# Two months in a row: 'in January and February' is one stretch ('in August and December' two).
_MONTH_PAIR = "(?-i:" + "|".join(
    rf"(?:{'|'.join(n.capitalize() for n in _MONTH_NAMES if MONTH_NUMBERS[n] == month)})\b\.?\s+and\s+"
    rf"(?:{'|'.join(n.capitalize() for n in _MONTH_NAMES if MONTH_NUMBERS[n] == month % 12 + 1)})\b\.?"
    for month in range(1, 13)) + ")"

def _year_pair() -> str:
    """Two years in a row, 'YYYY and YYYY+1', as a tree of their digits (a regular expression
    cannot add one): '2019 and 2020' is a pair, '1998 and 2009' two years."""
    centuries = []
    for century in (19, 20):
        decades = []
        for decade in range(10):
            pairs = [rf"{last}\s+and\s+{century}{decade}{last + 1}" for last in range(9)]
            after = f"{century}{decade + 1}0" if decade < 9 else f"{century + 1}00"
            decades.append(rf"{decade}(?:{'|'.join(pairs)}|9\s+and\s+{after})")
        centuries.append(rf"{century}(?:{'|'.join(decades)})")
    return rf"(?<![\d,.$€£/])(?:{'|'.join(centuries)})(?!\d)"


_YEAR_PAIR = _year_pair()

# The weekday a date may be named with: 'Saturday, October 21', 'Tuesday 4 June'.
_WEEKDAY_BEFORE = r"(?:(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:the\s+)?)?"

# A quarter or half left out after one named: '9.6% in the third and 4.7% in the fourth'.
_LEFT_OUT = (r"the\s+(?:first|second|third|fourth|final|last)"
             r"(?=\s*(?:$|[,.;)]|(?:and|or|when|while|compared|from|it|they|was|were|is|are|rose|fell|grew)\b))")


def _after(*words: str) -> str:
    """A look behind for any of ``words`` and a space: what an atom must follow."""
    return "(?:" + "|".join(rf"(?<=\b{word}\s)" for word in words) + ")"


# More days of one month, listed: 'on April 21 and 26', 'on May 1, 3, 4 and 9' (the last one
# followed by no noun: 'on April 21 and 26 drones' is no list).
_MORE_DAYS = (rf"(?:(?:,\s*|\s+and\s+){_DAY})*,?\s+and\s+{_DAY}"
              r"(?=[,.;:)—–]|\s*$|\s+(?:and|in|of|this|last|at|when|while|the|to|as|after|before|during|"
              r"(?:19|20)\d\d)\b)")

# Each atom, by name; ``resolve`` matches them in this order, so a longer form comes first.
ATOMS: dict[str, str] = {
    "iso": rf"{YEAR}-(?:0[1-9]|1[0-2])-(?:[0-2]\d|3[01])\b",
    "same_period": (r"the\s+(?:same|respective|corresponding)\s+"
                    r"(?:period|time|months?|quarter|week|date|stretch)\s+"
                    rf"(?:(?:(?:of|in)\s+)?(?:the\s+)?(?:previous|prior|preceding)\s+year"
                    rf"|(?:of|in|last)\s+(?:(?:{MONTH}\s+)?{YEAR}|last\s+year|year)"
                    r"|a\s+year\s+(?:earlier|ago|before))"
                    r"|the\s+(?:prior|previous)[\s-]year\s+(?:period|quarter|month)"
                    r"|(?:the\s+)?year[\s-](?:earlier|ago)\s+(?:period|quarter|month)"),
    "year_end": r"(?:the\s+)?year[\s-]?end|the\s+year['’ʼ]s\s+end",
    "months_to": (rf"(?:the\s+)?(?:{_COUNT}\s+(?:days|weeks|months|years)|the\s+(?:week|month|year))\s+"
                  rf"(?:to|through|until|ending(?:\s+in)?|ended|leading\s+up\s+to)\s+(?:the\s+end\s+of\s+)?"
                  rf"(?:{MONTH}(?:\s+{_DAY})?(?:,?\s+{YEAR})?|{YEAR})"),
    "part": (rf"(?:(?:early|mid|late)[\s-]+|(?:the\s+)?(?:beginning|start|middle|end|turn|close)\s+of\s+)"
             rf"(?:(?:the\s+)?(?:{MONTH}(?:,?\s+{YEAR})?|{YEAR}|{_YEAR_WORD}|(?:last|this|next)\s+month|"
             r"the\s+year|the\s+month))"),
    "month_day": rf"{_WEEKDAY_BEFORE}{MONTH}\s+{_DAY}(?:{DASH}{_DAY}|{_MORE_DAYS})?{_YEAR_SPEC}?",
    "day_month": rf"{_WEEKDAY_BEFORE}(?<![\d,./]){_DAY}(?:{DASH}{_DAY})?\s+(?:of\s+)?{MONTH}{_YEAR_SPEC}?",
    "month_range": rf"{MONTH}{DASH}{MONTH}{_YEAR_SPEC}?|{MONTH}\s+and\s+{MONTH}{_YEAR_SPEC}|{_MONTH_PAIR}",
    "month_year": rf"{MONTH}{_YEAR_SPEC}?",
    # ('the fall of Kabul', 'the winter of discontent': after 'of' a season needs a year)
    # The last few of a season: 'the past two winters' (before 'season': 'the past two' is none).
    "seasons_back": (rf"(?:the\s+)?(?:past|last|previous|preceding)\s+(?:{_COUNT})\s+"
                     r"(?:springs|summers|autumns|falls|winters)\b"),
    "season": (rf"(?:the\s+(?:(?:up)?coming|past|previous|next|last)\s+|"
               rf"(?:the|last|this|next|past|previous|coming|upcoming)\s+){_SEASON}"
               rf"(?!\s+of\s+(?!{YEAR}|(?:last|this|next)\s))"
               rf"(?:\s+(?:of\s+)?{YEAR}"
               rf"(?:{DASH}(?:\d\d|{YEAR}))?|\s+of\s+(?:last|this|next)\s+year)?"
               rf"|{_SEASON}\s+(?:of\s+)?{YEAR}(?:{DASH}(?:\d\d|{YEAR}))?"),
    "decade": r"(?:the\s+)?(?:(?:19|20)\d0|['’]?[0-9]0)s\b",
    "quarter": (rf"(?:the\s+)?(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]quarter{_OF_YEAR}?"
                rf"|Q[1-4](?:\s+(?:of\s+)?{YEAR})?"),
    "half": (rf"(?:the\s+)?(?:first|second|latter|1st|2nd)\s+half{_OF_YEAR}|(?:H[12]|[12]H)\s+{YEAR}"
             # ... or of a month: 'in the first half of July'
             rf"|(?:the\s+)?(?:first|second|latter|1st|2nd)\s+half\s+of\s+{MONTH}(?:,?\s+{YEAR})?"),
    # A half with no year: of the year named before, or the one begun ('in the second half').
    "half_bare": r"the\s+(?:first|second|latter)\s+half\b(?!\s+of\b|[\s-]+(?:time|century|decade))",
    # Two quarters in a row: 'in the second and third quarters (of 2023)'.
    "quarter_pair": (r"the\s+(?:first|second|third)\s+and\s+(?:second|third|fourth)\s+quarters"
                     rf"{_OF_YEAR}?"),
    # The first months of a year, as markets write them: '5M 2024', '9M23'.
    "months_of": rf"(?-i:(?:1[0-2]|[1-9])M)\s?(?:{YEAR}|\d\d\b)",
    # A year split over two calendar years: 'the 2022/23 season', '2023/2024 July-June'.
    "split_year": (rf"(?:the\s+)?(?:(?:entire|whole|full|current|previous|prior)\s+)?"
                   r"(?:(?:fiscal|financial|marketing|crop|budget)\s+(?:year\s+)?|(?-i:FY)\s?)?"
                   # (with a dash only when a season or marketing year follows: '2022-2023 agricultural year')
                   rf"{YEAR}(?:/(?:(?:19|20)\d\d|\d\d)\b|[-–](?:(?:19|20)\d\d|\d\d)(?=\s+(?:marketing|crop|agricultural|"
                   r"harvest|grain|farming)\s+(?:season|year)\b))"
                   rf"(?:\s+(?:{MONTH}\s*[-–—]\s*{MONTH}\s+)?(?:(?:marketing|crop|agricultural|harvest|grain|farming|financial|fiscal|tax|"
                   r"school|academic|budget)\s+)?(?:season|year|campaign)\b)?"),
    "year_range": rf"{YEAR}\s*[-–—]\s*(?:{YEAR}|\d\d\b|present|now|today|date)",
    # Two years in a row: 'in 2023 and 2024', 'in both 2022 and 2023' ('in 2019 and 2023' is two).
    "year_pair": rf"(?:both\s+)?{_YEAR_PAIR}",
    # A fiscal year is the US federal one, October to September ('FY25', 'fiscal 2024').
    "fiscal": (r"(?:the\s+)?(?:(?:upcoming|next|coming|current|this|last|previous|prior|past)\s+)?"
               r"fiscal\s+year"
               rf"(?:\s+(?:{YEAR}|['’]?\d\d\b))?|(?:the\s+)?fiscal\s+{YEAR}|(?-i:FY)[\s-]?(?:{YEAR}|\d\d)\b"),
    "year": rf"(?:the\s+)?(?:(?:financial|calendar)\s+)?(?:year\s+)?{YEAR}",
    # A year or its first months, of the year named before or the article's: 'for the whole
    # year', 'during the first six months'.
    "whole_year": (r"the\s+(?:whole|entire|full)\s+year\b"
                   r"|(?:the\s+)?full[\s-]year\b(?!\s+(?:of\s+)?(?:19|20)\d\d)"),
    "the_year": r"the\s+year\b(?!\s+(?:before|after|earlier|later|ago|to|ending|through|of)\b)",
    "the_quarter": r"the\s+quarter\b(?!\s+(?:before|after|earlier|later|ago|to|ending|through)\b)",
    "ellipsis": _LEFT_OUT,
    "first_months": rf"the\s+first\s+(?:{_COUNT}\s+)?(?:months|weeks)(?!\s+(?:of|in|since|after)\b)",
    "relative": (r"(?:last|this|next|the\s+previous|the\s+past|the\s+current|the\s+coming|the\s+following)\s+"
                 rf"(?:year|month|week|weekend|{MONTH}(?:\s+{_DAY})?)\b"
                 r"|the\s+(?:previous|preceding|prior|following)\s+quarter\b"),
    "year_before": (r"(?:the\s+)?(?:previous|preceding|prior|following)\s+year"
                    r"(?=\W*(?:$|[,.;)]|\s+(?:when|and|to|from|in|of)\b))"
                    r"|the\s+year\s+(?:before|after|earlier)|a\s+year\s+(?:earlier|before|later)"),
    "ago": (r"(?:(?:more\s+than|over|nearly|almost|about|some|around)\s+)?"
            rf"(?:{_COUNT}(?:\s*(?:-|–|to|or)\s*{_COUNT})?\s+)?(?:{UNIT}|decades?)\s+(?:ago|earlier)\b"),
    "ahead": (rf"(?:the\s+)?(?:next|coming|following)\s+(?:{_COUNT}(?:\s*(?:-|–|to|or)\s*{_COUNT})?\s+)?"
              r"(?:days|weeks|months|years|decades)"
              rf"|the\s+(?:next|coming)\s+(?:{_COUNT}\s+)?(?:day|week|month|year)"),
    "recent": r"recent\s+(?:days|weeks|months|years)",
    # A war's length so far, when the calendar may not know the war: 'after six months of fighting'.
    "war_span": (r"(?:(?:more\s+than|over|nearly|almost|about|some)\s+)?"
                 rf"{_COUNT}\s+(?:days|weeks|months|years)\s+of\s+(?:the\s+)?(?:full[\s-]scale\s+)?"
                 r"(?:war|fighting|conflict|hostilities|clashes)\b"),
    "span_back": (r"(?:(?:more\s+than|over|nearly|almost|about|some)\s+)?"
                  rf"{_COUNT}\s+(?:years|decades?|months)(?!\s+(?:ago|earlier|later|before|after|of|old|time)\b|['’ʼ]s?\s)"),
    "weekday": (r"(?:(?:early|late|last)\s+)?(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                r"(?:\s+(?:night|morning|evening|afternoon))?"),
    # ('on the last day' of a visit is no stretch before the article)
    "past": (r"(?<!\bon\s)(?<!\bat\s)(?<!\bon\sthe\s)(?<!\bat\sthe\s)"
             rf"(?:the\s+)?(?:past|last|previous|preceding)\s+(?:{_COUNT}\s+)?(?:{UNIT}|decades?)"
             rf"|(?:the\s+(?:first|last)\s+(?:{_COUNT}\s+)?|{_COUNT}\s+){UNIT}(?:{_OF_YEAR}|\s+of\s+{MONTH}"
             rf"(?:\s+{YEAR})?)"
             rf"|the\s+(?:first|last)\s+(?:two|three|2|3)\s+quarters{_OF_YEAR}"),
    # A time named before, by a word that points back: 'since then', 'up to that date', 'during
    # this time' (only after an operator: 'then' and 'this time' are mostly no time).
    "anaphor": (r"(?:then|(?:that|this)\s+(?:(?:24|48)-hour\s+)?(?:date|time|day|point|period)"
                r"|the\s+same\s+(?:(?:24|48)-hour\s+)?(?:date|day|period)"
                r"|the\s+(?:said|reporting|review|aforementioned|above)\s+period"
                r"|the\s+\w+-(?:day|week|month|year)\s+period)\b"),
    # A time to come, vaguely: 'very soon', 'in the near future', 'in a matter of weeks'.
    "soon": (r"(?<!\bas\s)(?:very\s+)?soon(?!\s+(?:after|as|afterwards)\b)|the\s+near\s+future"
             r"|a\s+matter\s+of\s+(?:days|weeks|months)|shortly(?!\s+(?:after|before)\b)"),
    "now": (r"yesterday|today|tonight|now|currently|current|at\s+present|at\s+the\s+moment|presently|"
            r"so\s+far\s+this\s+year|so\s+far|to\s+date|thus\s+far|recently|lately|these\s+days|nowadays|"
            r"previously|some\s+time\s+ago|a\s+while\s+ago|overnight|last\s+night|(?:over\s+)?the\s+past\s+night|(?:over\s+)?the\s+weekend|"
            r"this\s+(?:morning|afternoon|evening)"),
}
# Whose event it is: 'Russia's invasion', 'Vladimir Putin's full-scale invasion', 'the Russian
# invasion'; how large: 'full-scale', 'large-scale'.
_OWNER = r"(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+['’ʼ]s\s+"
_DEMONYM = r"(?:(?-i:[A-Z][a-z]+(?:an|ese|ish))\s+)?"
_SCALE = r"(?:(?:full|large)[\s-]scale\s+)?"
# Atoms that name an event of the project's calendar ('the war'), built from its names.
EVENT_ATOMS: dict[str, str] = {
    "event_part": (rf"(?:the\s+)?(?:(?:very\s+)?(?:first|early|opening|initial)\s+(?:(?:{_COUNT})\s+)?"
                   rf"(?:{UNIT}|phases?|stages?)|"
                   rf"(?:{_ORDINAL})\s+(?:day|week|month|year))\s+of\s+(?:the\s+|{_OWNER})?"
                   rf"{_DEMONYM}{_SCALE}(?:EVENT)"),
    "event_start": (r"(?:the\s+)?(?:start|beginning|outset|onset|outbreak|launch|eve)\s+of\s+"
                    rf"(?:the\s+|its\s+|their\s+|{_OWNER})?{_DEMONYM}{_SCALE}(?:EVENT)"
                    r"|(?:[A-Z][a-z]+\s+)?(?:launched|began|started|unleashed)\s+(?:its\s+|the\s+|a\s+|their\s+)?"
                    rf"{_DEMONYM}{_SCALE}(?:EVENT)"),
    "event_into": (rf"(?:(?:almost|nearly|about|more\s+than|over)\s+)?{_COUNT}\s+{UNIT}\s+into\s+"
                   rf"(?:the\s+|{_OWNER})?{_DEMONYM}{_SCALE}(?:EVENT)"),
    # ... and one named alone right after 'since', 'pre-' or 'post-': 'since war', 'pre-war'
    "event_bare": r"(?:EVENT)",
    "event": (rf"(?:the\s+|its\s+|their\s+|{_OWNER})(?:(?:{MONTH}\s+)?{YEAR}\s+)?"
              rf"{_DEMONYM}{_SCALE}(?:EVENT)"
              rf"(?:\s+(?:began|started|broke\s+out)(?:\s+in\s+(?:{MONTH}\s+)?{YEAR})?)?"),
}
_OPERATOR = (r"(?:(?:since|from)(?:\s+(?:at\s+least|as\s+early\s+as|as\s+late\s+as))?|"
             r"(?:by|to|through|until)\s+(?:the\s+)?(?:end|close)\s+of|by|no\s+later\s+than|until|till|up\s+(?:un)?til|"
             r"up\s+to|through|"
             r"(?:on\s+)?the\s+night\s+(?:of|into|to)|overnight\s+(?:into|on|to)|"
             r"before|prior\s+to|after|as\s+of|(?:so|thus)\s+far\s+(?:in|during|into)|in|during|on|at|throughout|over|for|within|of|into|"
             r"(?:starting|beginning)(?:\s+(?:in|on|from))?|earlier(?:\s+in)?|later(?:\s+in)?)"
             r"(?:\s+(?:around|about|roughly|approximately))?")
_SEPARATOR = r"\s*(?:[-–—]|\bto\b|\bthrough\b|\buntil\b|\btill\b)\s*(?:the\s+end\s+of\s+)?"
_BETWEEN = r"\s*(?:[-–—]|\band\b|\bto\b)\s*(?:the\s+end\s+of\s+)?"
# A day that ends a stretch is no amount: 'in 2025 to 13.5 trillion roubles'.
_NOT_AN_AMOUNT = (r"(?!\s*(?:[.,]\d|%|percent|per\b|million|billion|trillion|thousand|hundred|"
                  r"[a-z]*(?:shells|rounds|tanks|troops|people|soldiers|units)))")
# Atoms that are a time only after 'in': '(the first time) in three years'.
_AFTER_OPERATOR = _after("since", "until", "by", "to", "during", "over", "at", "in", "throughout", "from",
                         "for")
# Atoms that are a time only after certain words: '(the first time) in three years', 'since
# then', 'for the year', 'during the year' ('in the year' is mostly 'in the year since').
_ONLY_AFTER = {"span_back": _after("in"), "anaphor": _AFTER_OPERATOR,
               "the_year": _after("for", "during", "throughout", "over"),
               "the_quarter": _after("for", "in", "during"), "ellipsis": _after("for", "in", "during"),
               "half_bare": _after("for", "in", "during", "over")}
# An event named alone is a time only after a word of time: 'since the war', not 'in the war
# against Ukraine' or 'Russia's war in Ukraine'.
_AFTER_TIME_WORD = _after("since", "before", "during", "after", "until", "throughout", "in")
# Operators a bare season or month may follow: 'in summer', 'since March'.
_BARE_SEASON = _after("in", "since", "during", "by", "until", "through", "over", "from") + _SEASON

# The words an expression may start with (or it starts with a capital, a digit or an
# apostrophe): the whole pattern, slow to try, is tried only where one of them starts.
_FIRST_WORDS = frozenset("""
    between since from by to through until till up before prior after as so thus in during on at no
    throughout over for within of into starting beginning earlier later the overnight pre post year
    a an one two three four five six seven eight nine ten eleven twelve eighteen twenty few several
    couple early mid late start middle end turn close last this next past previous coming spring
    summer autumn fall winter first second third fourth fifth sixth seventh eighth ninth tenth
    eleventh twelfth final latter entire whole full current preceding following fiscal financial
    marketing crop budget upcoming calendar more nearly almost about some around roughly
    approximately day days week weeks month months years hours recent then that these yesterday
    today tonight now currently presently recently lately nowadays previously very opening initial
    its their outset onset outbreak launch eve launched began started unleashed respective
    corresponding same q1 q2 q3 q4 h1 h2 fy yearend soon very near matter shortly""".split())
_WORD = re.compile(r"(?<![\w-])(?:['’]\w*|\w+)")
_TOKEN = re.compile(r"[^\W_]+")  # the words of may_hold_time: letters and digits
_MARK_REACH = 90  # characters from an expression's start to its first mark, at most
# ... a mark of digits is a year or a decade ('2023', '1990s', '90s'), 'FY25', 'Q3', 'H1', '9M23'
# (any other number is no time: most sentences with a figure have one)
_MARK = re.compile(r"(?:19|20)\d\d(?:s)?|\d0s|fy\d*|[qh][1-4]|(?:1[0-2]|[1-9])m\d\d")


def find_expressions(text: str, start: int, end: int, events: tuple[str, ...] = ()) -> list[re.Match[str]]:
    """What ``expression_pattern(events).finditer(text, start, end)`` finds, tried only at the
    words an expression can start with."""
    pattern = expression_pattern(events)
    first = _first_words(events)
    # Every expression holds a word may_hold_time looks at (its 'marks'): none starts after the
    # last mark, nor more than _MARK_REACH characters before the next one.
    looked_at = _looked_at(events)
    marks = [token.start() for token in _TOKEN.finditer(text, start, end)
             if (low := token.group().lower()) in looked_at
             or (low[:1] in _LOOKED_AT_FIRST and _MARK.fullmatch(low))]
    found: list[re.Match[str]] = []
    after = start
    for word in _WORD.finditer(text, start, end):
        if word.start() < after:
            continue
        head = word.group()
        if not (head[0].isupper() or head[0].isdigit() or head[0] in "'’" or head.lower() in first):
            continue
        mark = bisect_left(marks, word.start())
        if mark == len(marks) or marks[mark] - word.start() > _MARK_REACH:
            continue
        match = pattern.match(text, word.start(), end)
        if match is not None:
            found.append(match)
            after = match.end()
    return found


@lru_cache(maxsize=64)
def _first_words(events: tuple[str, ...]) -> frozenset[str]:
    return _FIRST_WORDS | {re.split(r"[\W_]+", name.lower())[0] for name in events}


@lru_cache(maxsize=64)
def expression_pattern(events: tuple[str, ...] = ()) -> re.Pattern[str]:
    """One time expression: ``op`` (or none), atom ``a`` and, for a stretch, atom ``b`` (or
    only the day that ends it: 'from August 6 to 14'); 'between' ``ba`` and ``bb``; ``far``
    ('in October so far') and ``beyond`` ('in 2024 and beyond') after it."""
    atom = _atom_alternatives(events)
    second = rf"(?:{atom}|(?:the\s+)?{_DAY}(?:,?\s+{YEAR})?{_NOT_AN_AMOUNT}|present|now|today|date)"
    return re.compile(
        rf"(?<![\w-])(?:between\s+(?P<ba>{atom}){_BETWEEN}(?P<bb>{second})"
        rf"|(?:(?P<op>{_OPERATOR})\s+|(?P<pre>pre|post)-)?(?P<a>{atom})(?:{_SEPARATOR}(?P<b>{second}))?(?P<far>\s+(?:so|thus)\s+far)?"
        r"(?P<beyond>\s+(?:and|or)\s+(?:beyond|later|after))?)(?![\w-])",
        _FLAGS)


@lru_cache(maxsize=64)
def anchor_pattern(events: tuple[str, ...] = ()) -> re.Pattern[str]:
    """A word every time expression holds (a year, a month, 'ago', 'last', 'quarter', an
    event's name, ...): a sentence without one has none, and the whole pattern, slow to
    try at every character, is not run on it."""
    # Words of time that are common in other senses ('the first', 'previous', 'half', 'years')
    # anchor only with what makes them time: 'the first six months', 'previous year'.
    units = r"(?:days?|weeks?|weekend|months?|years?|decades?|hours|quarters?|half|season|spring|summer|" \
            r"autumn|fall|winter)"
    words = (rf"{_COUNT}\s+(?:days|weeks|months|years|decades|hours|{UNIT}\s+ago)|"
             rf"(?:last|past|previous|preceding|prior|next|coming|following|this|current|first|second|third|"
             rf"fourth|final|latter|recent|whole|entire|full)[\s-]+(?:[\w-]+\s+)?{units}|ago|current|currently|yesterday|"
             r"today|tonight|now|present|moment|recently|lately|so\s+far|to\s+date|thus\s+far|previously|"
             r"(?:since|until|by|to)\s+then|(?:that|this|same)\s+(?:(?:24|48)-hour\s+)?(?:date|time|day|point|period)|"
             r"(?:said|reporting|review|aforementioned|above)\s+period|"
             r"while\s+ago|overnight|weekend|(?:for|in|during|throughout|over)\s+the\s+(?:year|quarter)|soon|shortly|near\s+future|"
             rf"(?:for|in|during)\s+{_LEFT_OUT}|"
             r"matter\s+of\s+(?:days|weeks|months)|year-?end|year['’ʼ]s\s+end|year\s+(?:before|earlier|ago|later|after)|"
             r"(?:end|beginning|start|middle|close|turn)\s+of\s+the\s+(?:year|month)|springs?|summers?|autumns?|"
             r"falls?|winters?|this\s+(?:morning|afternoon|evening)|Q[1-4]|H[12]|(?-i:(?:1[0-2]|[1-9])M)\s?\d\d|fiscal|FY[\s-]?\d\d|nowadays|these\s+days|(?:last|past)\s+night|decades?|"
             r"(?:days?|weeks?|months?|years?)\s+(?:earlier|later|before|after)|"
             r"\w+-(?:day|week|month|year)\s+period|year-(?:earlier|ago)")
    names = f"|{_event_names(events)}" if events else ""
    return re.compile(rf"(?:19|20)\d\d|\d0s\b|{MONTH}|(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                      rf"Sunday)|\b(?:{words}{names})\b", _FLAGS)


# Every match of ``anchor_pattern`` holds a year or decade in digits, one of these words, or a
# word of time (``_UNITS``) beside what makes it one: a look at a sentence's words, far cheaper
# than trying that pattern at every character, passes over most sentences without a time.
_STRONG = frozenset({
    *MONTH_NUMBERS, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "ago",
    "current", "currently", "yesterday", "today", "tonight", "now", "present", "moment", "recently",
    "lately", "previously", "overnight", "weekend", "spring", "summer", "autumn", "fall", "winter", "soon",
    "springs", "summers", "autumns", "falls", "winters",
    "shortly",
    "fiscal", "nowadays", "decade", "decades", "yearend", "q1", "q2", "q3", "q4", "h1", "h2", "fy",
})
_UNITS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours",
                    "quarter", "quarters", "half", "season"})
_BEFORE_UNIT = frozenset({"last", "past", "previous", "preceding", "prior", "next", "coming", "following",
                          "this", "current", "first", "second", "third", "fourth", "final", "latter",
                          "recent", "these", "whole", "entire", "full"})
_COUNTS = frozenset({*(w for w in COUNT_WORDS if " " not in w), "few", "of", "half"})
_AFTER_UNIT = frozenset({"ago", "earlier", "later", "before", "after", "end", "s", "period"})
_PARTS = frozenset({"end", "beginning", "start", "middle", "close", "turn"})
_PAIRS = {"date": ("to", "that", "this", "same", "hour"), "far": ("so", "thus"), "night": ("last", "past"),
          "future": ("near",), "morning": ("this",), "afternoon": ("this",), "evening": ("this",),
          "then": ("since", "until", "by", "to"), "time": ("that", "this", "same", "hour"),
          "day": ("that", "this", "same", "hour"), "point": ("that", "this", "same", "hour"),
          "period": ("that", "this", "same", "hour", "said", "reporting", "review", "aforementioned",
                     "above")}
_MONTHS_OF = re.compile(r"(?:1[0-2]|[1-9])m\d\d")  # '9m23' (a word of may_hold_time, lower case)
_BEFORE_THE_UNIT = frozenset({"for", "in", "during", "throughout", "over"})  # 'over the year'
_ELLIPSIS = frozenset({"first", "second", "third", "fourth", "final", "last"})
_DIGITS = re.compile(r"(?:19|20)\d\d|\d0s")


@lru_cache(maxsize=64)
def _strong(events: tuple[str, ...]) -> frozenset[str]:
    # (an event's name matches whole: its longest word is in every match, 'war' of 'the war')
    return _STRONG | {max(re.findall(r"[^\W\d_]+", name.lower()) or [""], key=len) for name in events}


@lru_cache(maxsize=64)
def _looked_at(events: tuple[str, ...]) -> frozenset[str]:
    """The words ``may_hold_time`` checks further (besides those starting with a digit, 'q',
    'h' or 'f')."""
    return _strong(events) | frozenset(_PAIRS) | _ELLIPSIS | _UNITS


_LOOKED_AT_FIRST = frozenset("0123456789qhf")


def may_hold_time(text: str, start: int, end: int, events: tuple[str, ...] = ()) -> bool:
    """False only when ``text[start:end]`` holds no match of ``anchor_pattern``."""
    if _DIGITS.search(text, start, end):
        return True
    words = text[start:end].lower().translate(_WORD_CHARACTERS).split()
    strong = _strong(events)
    looked_at = _looked_at(events)
    for at, word in enumerate(words):
        if word not in looked_at and word[:1] not in _LOOKED_AT_FIRST:
            continue  # (most words: none of the checks below can hold)
        if word in strong or (word[:2] == "fy" and (word[2:].isdigit() or word == "fy")) \
                or (word[:1].isdigit() and _MONTHS_OF.fullmatch(word)) \
                or (word[:1] in ("q", "h") and word[1:].isdigit()):
            return True
        before = words[at - 1] if at else ""
        if word in _PAIRS and before in _PAIRS[word]:
            return True
        if word in _ELLIPSIS and before == "the" and at > 1 and words[at - 2] in ("for", "in", "during"):
            return True
        if word in _UNITS:
            after = words[at + 1] if at + 1 < len(words) else ""
            if (before in _BEFORE_UNIT or after in _AFTER_UNIT
                    or (before == "the" and at > 1 and words[at - 2] in _BEFORE_THE_UNIT)
                    or (at > 1 and words[at - 2] in _BEFORE_UNIT)
                    or (word.endswith("s") and (before in _COUNTS or before.isdigit()))
                    or (at > 2 and words[at - 3] in _PARTS and before == "the")):
                return True
    return False


class _WordCharacters(dict[int, str]):
    """``str.translate`` table: every character but a letter or a digit becomes a space."""

    def __missing__(self, code: int) -> str:
        self[code] = chr(code) if chr(code).isalnum() else " "
        return self[code]


_WORD_CHARACTERS = _WordCharacters()


@lru_cache(maxsize=64)
def atom_patterns(events: tuple[str, ...] = ()) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each atom's name and its pattern, in the order ``resolve`` tries them."""
    names = _event_names(events)
    found = [(name, re.compile(pattern.replace("EVENT", names), _FLAGS))
             for name, pattern in EVENT_ATOMS.items()] if events else []
    found += [(name, re.compile(pattern, _FLAGS)) for name, pattern in ATOMS.items()]
    found.append(("season", re.compile(_SEASON, _FLAGS)))
    return tuple(found)


def _atom_alternatives(events: tuple[str, ...]) -> str:
    names = _event_names(events)
    before = {"event": _AFTER_TIME_WORD, "event_bare": r"(?:(?<=\bsince\s)|(?<=\bpre-)|(?<=\bpost-))"}
    parts = [before.get(name, "") + pattern.replace("EVENT", names)
             for name, pattern in EVENT_ATOMS.items()] if events else []
    parts += [_ONLY_AFTER.get(name, "") + pattern for name, pattern in ATOMS.items()]
    parts.append(_BARE_SEASON)
    return "(?:" + "|".join(f"(?:{part})" for part in parts) + ")"


def _event_names(events: tuple[str, ...]) -> str:
    return "|".join(r"\s+".join(re.escape(word) for word in name.split())
                    for name in sorted(events, key=len, reverse=True))
