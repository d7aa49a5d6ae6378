"""Which time expression of its sentence a figure is about.

The expression in the figure's own clause nearest to it ('10,000 a day in the summer, 20,000
in the fall'); else one put first in the sentence, which scopes all of it ('In
October–December 2023, Russia spent 30,000 a day, while Ukraine spent 10,000'). When a
figure was said ('told reporters on Monday', 'said on April 26') is not when it is about.
A figure with no such expression has none: its article's date stands for it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from ..frames.patterns import CLAUSE_BREAK
from ..sentences import sentence_end, sentence_start
from .phrases import anchor_pattern, expression_pattern, find_expressions, may_hold_time
from .resolve import Calendar, Period, resolve


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A time expression as written: ``text == article_text[start:end]``."""

    start: int
    end: int
    text: str


# Where the time of one clause stops applying: the clause breaks frames know, and ', and' or
# ', or' before a new clause ('In 2022 it fired 11 million, and in 2023 10 million').
_BREAK = re.compile(rf"{CLAUSE_BREAK.pattern}|,\s+(?:and|or)\b"
                    r"|\band\s+(?=(?:in|since|by|during|from|last|this)\b)"
                    # a figure set against another: ', following a 3.1% rise in 2023', ', up from 14,500'
                    r"|,\s+(?:following|after|compared|up\s+from|down\s+from|from|against|versus)\b"
                    # a total it adds to: '24 over the previous 24 hours, taking the total to 9,411'
                    r"|,\s+(?:taking|bringing|raising|pushing|lifting|putting)\s+(?:(?:the|its|their|this)\s+)?"
                    r"(?:[\w-]+\s+)?(?:total|tally|toll|number|count|figure)\b"
                    # a second verb of one subject: 'began trials in May and will make 350,000 from 2027'
                    r"|\band\s+(?=(?:will|would|has|have|had|is|are|was|were|could|can|should|may|plans?)\b)",
                    re.I)
# A figure that starts an item of a list: what comes before its comma is the item before.
_LIST_ITEM = re.compile(r"(?:[,;]\s*(?:and\s+|or\s+)?|\s+and\s+)"
                        r"(?:(?:about|around|some|up\s+to|nearly|almost|over|"
                        r"more\s+than|roughly|another)\s+)?[$€£]?$", re.I)
_DIGIT = re.compile(r"\d")
_CLAUSE_OPENS = re.compile(r"(?:,\s*(?:and|but|while)|;|\band\s+then|\bwhile)\s+$", re.I)
_LINE_LABEL = re.compile(r"[ \t]*:")
_LABEL_GAP = re.compile(r"[ \t]*(?:[-–—]|:)[ \t]*(?:(?:to|at)\s+)?")
# When a figure was said, not what it is about ('said on Monday'; not 'said that this year').
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|reported|announced|stated|claimed|wrote|added|noted|warned|"
                          r"published|released|speaking|interview)\b(?:\s+(?!that\b)[\w’'.-]+){0,3}\s*$",
                          re.I)
_SAYING = r"(?:said|says|told|announced|reported|stated|claimed)"
# A time put first may be when what follows was said: 'On Monday, the ministry said that ...'.
_SAID_AFTER_FRONT = re.compile(rf",?\s+(?:[\w’'.-]+\s+){{0,3}}?{_SAYING}\b", re.I)
_VERB_AFTER = re.compile(r"\s+(?:was|were|is|are|rose|fell|grew|dropped|reached|stood|totall?ed|amounted|"
                         r"came\s+to|hit)\b", re.I)
_SAID_AFTER = re.compile(rf"\s+(?:(?:the\s+)?[\w’'.-]+\s+){{0,2}}?(?:{_SAYING}|wrote(?!\s+(?:off|down)\b))"
                         r"\b(?!\s+(?:that|it|they)\b)", re.I)
# A dateline is when the story was filed, not what a figure is about: 'BRUSSELS, Nov 14 (Reuters)',
# 'By A. Writer | June 17, 2025', a line 'date 2024-09-21'.
_DATELINE = re.compile(r"(?:^|\n)[ \t]*(?:[A-Z][A-Z./ -]{1,40},|date|By\s[^\n]{1,60}?(?:\||\bon)|"
                       r"[^\n]{0,60}\|)[ \t]*$")
# ... or a place and a date on a line of their own, or before the agency: 'Moscow/Seoul, June 17'.
_PLACE = re.compile(r"(?:^|\n)[ \t]*[A-Z](?:(?!\d)[\w./ -]){1,40},[ \t]*$")  # (a place has no digits)
_AFTER_DATELINE = re.compile(r"[ \t]*(?:\(|/|\n|[—–-]\s)")
# 'since' opening a clause a time expression ends: 'since the war started in February 2022'.
_SINCE_CLAUSE = re.compile(r"\bsince\s+(?:[^\s,.;:]+\s+){1,8}$", re.I)
# An aside in brackets or between dashes: 'launched 1,700 drones – also known as ... – throughout December'.
_ASIDE = re.compile(r"\([^()]{0,120}\)|\s[–—]\s[^–—()]{1,120}?\s[–—]\s")
# A clause about the future: 'this year' is then the whole year, 'by October' the coming one.
_FUTURE = re.compile(r"\b(?:will|['’]ll|shall|plans?|planned|planning|expects?|expected|aims?|intends?|"
                     r"targets?|targeting|aiming|forecasts?|could|would|projected|going\s+to|to\s+be|scheduled|upcoming|"
                     # (not a cause: 'deaths due to the war')
                     r"due\s+to\s+(?:start|begin|arrive|open|close|take|come|run|end|finish|reach|receive|"
                     r"deliver|launch|resume|expire|hold|meet|visit|sign|enter|get|go|make|produce|present|publish|"
                     r"release|announce|decide|vote|pay|submit|rise|fall|increase|return|leave|be)\b|"
                     r"approach|(?-i:may|might)\s+(?!have\b)|set\s+to|awaits?|awaiting)\b", re.I)
# A clause in the past: a stretch still running at the article's date ('this year') ends there.
_PAST = re.compile(r"\b(?:has|have|had|was|were|did)\b|\b[a-z]{2,}(?<!e)ed\b", re.I)
# ... but money set aside for a year is for all of it ('has allocated 1.69 trillion this year').
_ALLOCATED = re.compile(r"\b(?:allocat|earmark|budget|appropriat)", re.I)
# 'from the previous quarter', 'from the same period last year': what a change is counted from.
_FROM_BASE = re.compile(r"from\s+(?:the\s+)?(?:previous|prior|preceding|same|year[\s-](?:earlier|ago))\b",
                        re.I)
_COMPARED = re.compile(r"\b(?:compared|relative|comparison)\s+$", re.I)
# What a figure is compared with: 'fell 10% compared to July and reached $21.7 billion'.
_BASE = re.compile(r"\b(?:compared\s+(?:to|with)|versus|vs\.?|than)\s+$", re.I)
# ... whose own figure it may date: 'than in the same period last year, when it was 52.8 million',
# 'compared with 2023’s sales of €7.2 billion'.
_OF_BASE = re.compile(r"(?:,?\s*when\b|['’ʼ]s\s)", re.I)
# The span a record is counted over: 'their lowest point in two and a half years'.
_RECORD = re.compile(r"\b(?:lowest|highest|largest|biggest|smallest|fewest|most|least|fastest|slowest|"
                     r"weakest|strongest|best|worst|deadliest|record)\b[^,.;:\d]{0,25}$", re.I)
_SPAN = re.compile(r"(?:since\b|(?:in|for)\s+(?:(?:over|more\s+than|nearly|almost|about)\s+)?"
                   r"\w+(?:\s+and\s+a\s+half)?"
                   r"\s+(?:years?|months?|weeks?|decades?)$)", re.I)
_WEAK = re.compile(r"(?:at\s+)?current", re.I)
# What sets a time apart from a figure: a comma, or another figure between them.
_APART = re.compile(r",|\d")
# A time put first, perhaps after a few words of lead-in: 'Also in May,', 'In particular, in 2025,'.
_FRONT = re.compile(r"[\s\"“'‘(]*(?:[\w’'-]+,?\s+){0,3}$", re.I)
_SENTENCE_REACH = 600  # characters of a sentence searched on each side of a figure
_SCENE_REACH = 120  # characters at the start of a sentence where a time that sets a scene stands
# Expressions that count from a stretch named before them, and how many sentences back (in
# their paragraph) it is looked for when their own sentence names none.
_NEEDS_BEFORE = re.compile(r"\bsame\b|\b(?:previous|preceding|prior|following)\s+(?:year|month|quarter)"
                           r"|year[\s-](?:before|earlier|ago)|prior[\s-]year|\bperiod$|\b(?:full|whole|entire)[\s-]year"
                           r"|^(?:for|in|during|throughout|over)\s+the\s+(?:year|quarter)$"
                           r"|^(?:for|in|during)\s+the\s+(?:first|second|third|fourth|final|last)(?:\s+half)?$|\bthen$|\b(?:that|this)\s+(?:[\w-]+\s+)?(?:date|time|day|point|period)$",
                           re.I)
_SENTENCES_BACK = 2
_SAME_DAY = re.compile(r"\b(?:day|date|then|time|point|earlier)\b", re.I)


class ArticleTimes:
    """The time expressions of one article, found sentence by sentence when first asked for."""

    def __init__(self, text: str, events: tuple[str, ...] = (), starts: Sequence[int] | None = None) -> None:
        """``starts``: where each sentence starts (``Sentences.of(text, paragraphs=True)``),
        when the caller has them; else each figure's sentence is found around it."""
        self.text = text
        self.events = events
        self.starts = starts
        self._found: dict[tuple[int, int], list[TimeExpression]] = {}
        self._scenes: dict[int, TimeExpression | None] = {}  # (the figures of a sentence share one)

    def _sentence(self, position: int) -> tuple[int, int]:
        """The sentence (a blank line ends one too) holding ``position``, at most
        ``_SENTENCE_REACH`` characters each way."""
        if self.starts is not None:
            at = bisect_right(self.starts, position)
            start = self.starts[at - 1] if at else 0
            end = self.starts[at] if at < len(self.starts) else len(self.text)
            return max(start, position - _SENTENCE_REACH), min(end, position + _SENTENCE_REACH)
        # (one character on: a sentence's end is seen only with the capital after it)
        start = sentence_start(self.text, min(len(self.text), position + 1), _SENTENCE_REACH, paragraphs=True)
        start = min(start, position)
        end = sentence_end(self.text, position, _SENTENCE_REACH, paragraphs=True)
        return start, end

    def in_sentence(self, start: int, end: int) -> list[TimeExpression]:
        """The time expressions of the sentence span ``[start, end)``."""
        if (start, end) not in self._found:
            found: list[TimeExpression] = []
            # most sentences have none: a look at their words first, then at the anchor pattern
            if may_hold_time(self.text, start, end, self.events) \
                    and anchor_pattern(self.events).search(self.text, start, end):
                found = [TimeExpression(m.start(), m.end(), m.group())
                         for m in find_expressions(self.text, start, end, self.events)]
            self._found[start, end] = found
        return self._found[start, end]

    def scope(self, start: int, end: int) -> TimeExpression | None:
        """The time expression the figure ``text[start:end]`` is about, if its sentence has one.

        Of the times that may date it (``_may_date``), in this order: one that labels it
        ('in May - 509'); the nearest in its own phrase, not cut from it by a clause's end
        (``_broken``), nor past a comma or another figure unless it opens the sentence; one
        put first; else, with no time in the sentence, the scene the sentence before sets.
        A figure in brackets is read where its brackets stand ('in 2023 ... (5.9%)'), and
        an aside in brackets does not cut a figure from its time ('35 trillion won ($30
        billion) in 2020')."""
        first, last = self._sentence(start)
        start, end = self._outside_brackets(start, end, first, last)
        candidates = [t for t in self.in_sentence(first, last) if self._may_date(t, start, end, first)]
        # ('On Monday, the army said it took 14 km² over the past week': the week; with no
        # other time, the day it was said is when the figure held)
        said_on = [t for t in candidates if self._said_first(t, first)]
        if said_on and len(said_on) < len(candidates):
            candidates = [t for t in candidates if t not in said_on]
        own = [t for t in candidates if not self._broken(t, start, end, first)]
        # 'current' before a noun ('the current budget', 'at current prices') dates a figure only
        # when nothing else in its phrase does
        if any(not _WEAK.fullmatch(t.text) for t in own):
            own = [t for t in own if not _WEAK.fullmatch(t.text)]
        # a time that labels the figure ('in May - 509, in June - to 422', 'October: 305'), unless
        # the figure's phrase goes on to its own ('over two years — to 5.6% in 2026')
        labelled = [t for t in candidates if t.end <= start and _LABEL_GAP.fullmatch(self.text, t.end, start)]
        # ... and a time labelling a line after the figure's ('2026: up to €2.69 billion\n2027: ...')
        # is the next item's
        own = [t for t in own if not (t.start >= end and self._labels_a_line(t))]
        if labelled and not any(t.start >= end and "," not in self._gap(t, start, end) for t in own):
            return labelled[-1]
        if own:
            # the nearest in the figure's own phrase, before one past a comma ('in the autumn,
            # with 610 km² taken in October') unless that one opens the sentence ('In July, ...')
            # ... or past another figure ('accelerated to 4.5% from 1.6% in February')
            return min(own, key=lambda t: (not self._fronted(t, first)
                                           and _APART.search(self._gap(t, start, end)) is not None,
                                           _distance(t, start, end)))
        fronted = [t for t in candidates if t.end <= start and self._fronted(t, first)]
        if fronted:
            return fronted[0]
        return None if candidates else self._scene(first)

    def _labels_a_line(self, expression: TimeExpression) -> bool:
        """Whether the expression opens its line as the label of what follows ('2027: ...')."""
        line = self.text.rfind("\n", 0, expression.start) + 1
        # (a colon: a dash after a time that opens a line may be a hard-wrapped sentence's)
        return line > 0 and not self.text[line : expression.start].strip() \
            and _LINE_LABEL.match(self.text, expression.end) is not None

    def _may_date(self, expression: TimeExpression, start: int, end: int, first: int) -> bool:
        """Whether the expression may be the time of the figure ``text[start:end]``: it is not
        when a figure was said, nor the span of a record, nor (in the middle of a sentence)
        what a figure before it is compared with, unless the figure is that one's own ('...,
        when it was 52.8 million'). (A pinned quote can hold its time: 'In 2014, Moscow
        forgave 90% of the debt'.)"""
        before, after = expression.end <= start, expression.start >= end
        if not (before or after or start <= expression.start < expression.end <= end):
            return False
        if self._said(expression) or self._record(expression):
            return False
        return not (before and self._base(expression) and not self._fronted(expression, first)
                    and not _OF_BASE.match(self.text, expression.end, start))

    def _scene(self, first: int) -> TimeExpression | None:
        """The time the sentence before sets for the sentences after it, in its paragraph ('In
        September, Russia struck every day. 1,107 drones were shot down.'), or that a line
        introducing a list names ('In 2024, plants made:' and a figure on each line)."""
        if first not in self._scenes:
            self._scenes[first] = self._read_scene(first)
        return self._scenes[first]

    def _read_scene(self, first: int) -> TimeExpression | None:
        before = self._sentence_before(first)
        if before is None:
            return None
        before_start, last = before
        if self.text[last - 1] == ":":  # a list's introducing line
            times = [t for t in self.in_sentence(before_start, last) if not self._said(t)]
            return times[-1] if times else None
        if "\n" in self.text[last:first]:
            return None  # (a new paragraph sets its own scene)
        # only a time in its first few words sets a scene: those are all that is read
        head = min(last, before_start + _SCENE_REACH)
        if not may_hold_time(self.text, before_start, head, self.events):
            return None
        found = [TimeExpression(m.start(), m.end(), m.group())
                 for m in find_expressions(self.text, before_start, head, self.events)]
        # (past a dateline: ' date 2024-10-07 In September, losses reached a high.')
        opening = next((t for t in found if not self._said(t)), None)
        if opening is None or not _FRONT.fullmatch(self.text, before_start, opening.start):
            return None
        return opening

    def _broken(self, expression: TimeExpression, start: int, end: int, first: int) -> bool:
        """Whether a clause ends between the expression and the figure (asides in brackets
        aside), or the figure starts an item of a list whose item before ends with the time
        ('12,000 last summer, 21,000 in the autumn'; a date before it in the sentence, 'date
        2024-12-24 ... In 2025, about 2 million', is no item)."""
        between = self._gap(expression, start, end)
        if _BREAK.search(between) is not None:
            return True
        if expression.end > start or _LIST_ITEM.search(between) is None \
                or _CLAUSE_OPENS.search(self.text, max(first, expression.start - 12), expression.start):
            return False  # (not '..., then to 370,000, and by the end of October, about 400,000')
        item_start = max(first, expression.start - 60)
        for other in self.in_sentence(*self._sentence(expression.start)):
            if item_start < other.end <= expression.start:
                item_start = other.end  # (digits of a time are no figure of the item before)
        return _DIGIT.search(self.text, item_start, expression.start) is not None

    def _fronted(self, expression: TimeExpression, first: int) -> bool:
        """Whether the expression stands in the first few words of its sentence."""
        return _FRONT.fullmatch(self.text, first, expression.start) is not None

    def _base(self, expression: TimeExpression) -> bool:
        """Whether the expression is what a figure is compared with ('compared to July'), which
        dates no figure after it."""
        return _BASE.search(self.text, max(0, expression.start - 20), expression.start) is not None

    def _record(self, expression: TimeExpression) -> bool:
        """Whether the expression is the span of a record ('their lowest point in two years',
        'the highest since 2017'), not when a figure held."""
        return _SPAN.match(expression.text) is not None and _RECORD.search(
            self.text, max(0, expression.start - 40), expression.start) is not None

    def _gap(self, expression: TimeExpression, start: int, end: int) -> str:
        """The text between the expression and the figure, asides in brackets and what a
        figure is compared with blanked ('in the first ten months increased by 54% compared to
        the same period in 2022, to 12,000')."""
        gap_start, gap_end = _between(expression, start, end)
        gap = _ASIDE.sub(_blank, self.text[gap_start:gap_end])
        for other in self.in_sentence(*self._sentence(expression.start)):
            if gap_start <= other.start and other.end <= gap_end and (base := _BASE.search(
                    self.text, max(gap_start, other.start - 20), other.start)) is not None:
                blank_from, blank_to = base.start() - gap_start, other.end - gap_start
                gap = gap[:blank_from] + " " * (blank_to - blank_from) + gap[blank_to:]
        return gap

    def _outside_brackets(self, start: int, end: int, first: int, last: int) -> tuple[int, int]:
        opening = self.text.rfind("(", max(first, start - 60), start)
        if opening >= 0 and ")" not in self.text[opening:start]:
            closing = self.text.find(")", end, min(last, end + 60))
            if closing >= 0:
                return opening, closing + 1
        return start, end

    def _said(self, expression: TimeExpression) -> bool:
        """Whether the expression says when a figure was said or filed, not what it is about.
        (Only its own sentence tells: 'the ministry said on Friday. In the past year, ...')"""
        first, last = self._sentence(expression.start)
        before = self.text[max(first, expression.start - 50) : expression.start]
        line = self.text[max(0, expression.start - 80) : expression.start]
        if _DATELINE.search(line):
            return True
        if _PLACE.search(line) and _AFTER_DATELINE.match(self.text, expression.end):
            return True
        if _SAID_BEFORE.search(before) and not _VERB_AFTER.match(self.text, expression.end):
            return True  # (not 'the ministry says budget revenue in January was 35% lower')
        return bool(_SAID_AFTER.match(self.text, expression.end, min(last, expression.end + 50)))

    def _said_first(self, expression: TimeExpression, first: int) -> bool:
        """Whether the expression is a time put first that says when what follows was said
        ('On Monday, the navy said ...', 'Earlier, in early May, the ministry reported that')."""
        return self._fronted(expression, first) and bool(
            _SAID_AFTER_FRONT.match(self.text, expression.end, expression.end + 50))

    def period(self, start: int, end: int, calendar: Calendar) -> Period | None:
        """The period of the figure ``text[start:end]``: what its time expression means, or
        the article's date (approximately) when it has none; None when neither is known."""
        expression = self.scope(start, end)
        if expression is not None:
            found = self.resolve(expression, calendar, min(start, expression.start), max(end, expression.end))
            if found is not None:
                return found
        return dated_by_article(calendar)

    def resolve(self, expression: TimeExpression, calendar: Calendar, start: int | None = None,
                end: int | None = None) -> Period | None:
        """What ``expression`` means in its sentence: a clause about the future ('will reach
        ... this year') and a year named before it ('In 2024 ..., from $2.77 billion the year
        before') change what it means. ``start``/``end``: the figure and expression, whose
        clause is read for the future (the expression's own when not given)."""
        first, last = self._sentence(expression.start)
        start = expression.start if start is None else start
        end = expression.end if end is None else end
        clause = self._clause_around(start, end, first, last)
        past = bool(_PAST.search(clause)) and not _ALLOCATED.search(clause)
        context = replace(calendar, future=bool(_FUTURE.search(clause)), past=past,
                          context=self._period_before(expression, calendar, first, last))
        phrase = (self._since_clause(expression, first, calendar) or self._compared_to(expression)
                  or expression.text)
        return resolve(phrase, context)

    def _compared_to(self, expression: TimeExpression) -> str | None:
        """'compared to the end of 2023' is the end of 2023, not a deadline, and 'from the
        previous quarter' that quarter, not a stretch since it: the expression without its
        'to' or 'from'."""
        if _FROM_BASE.match(expression.text):
            return expression.text[5:]  # 'grew 7.2% from the prior quarter': the prior quarter
        if not re.match(r"to\s", expression.text, re.I) or not _COMPARED.search(
                self.text, max(0, expression.start - 20), expression.start):
            return None
        return expression.text[3:]

    def _since_clause(self, expression: TimeExpression, first: int, calendar: Calendar) -> str | None:
        """'since Russia invaded Ukraine in 2014' is since 2014: the expression with 'since'
        for the 'in' that dates the clause 'since' opens; since the event, when the clause
        names one of the calendar's that the expression holds ('since Putin ordered the
        invasion in February 2022')."""
        clause = _SINCE_CLAUSE.search(self.text, max(first, expression.start - 80), expression.start)
        if clause is None or _DIGIT.search(clause.group()):
            return None  # (not 'since 2017 and up 140% on a year ago')
        found = expression_pattern(self.events).fullmatch(expression.text)
        if found is None or found["a"] is None or found["b"] is not None:
            return None
        if (found["op"] or "").lower() not in ("in", "on", ""):
            return None
        since = f"since {found['a']}"
        for event in calendar.events:
            named = next((name for name in event.names
                          if re.search(rf"\b{re.escape(name)}\b", clause.group(), re.I)), None)
            stretch = resolve(since, calendar) if named is not None else None
            if stretch is not None and stretch.start is not None and stretch.start <= event.date \
                    and (stretch.end is None or event.date <= stretch.end):
                return f"since the {named}"
        return since

    def _clause_around(self, start: int, end: int, first: int, last: int) -> str:
        """``text[start:end]`` and its clause on each side, at most 80 characters each way."""
        left = self.text[max(first, start - 80) : start]
        right = self.text[end : min(last, end + 80)]
        cut_left = max((m.end() for m in _BREAK.finditer(left)), default=0)
        cut_right = next((m.start() for m in _BREAK.finditer(right)), len(right))
        return left[cut_left:] + self.text[start:end] + right[:cut_right]

    def _period_before(self, expression: TimeExpression, calendar: Calendar, first: int,
                       last: int) -> tuple[date, date] | None:
        """The stretch the nearest time expression before this one in its sentence means,
        when both its ends are known ('in 2020', 'in the first quarter'); for one that counts
        from it ('the same period last year', 'since then'), in the sentences before too."""
        found = self._stretch_in([t for t in self.in_sentence(first, last) if t.end <= expression.start],
                                 expression, calendar)
        if found is not None or not _NEEDS_BEFORE.search(expression.text):
            return found
        # 'Sales rose 62% in the third quarter. ... compared to the same period last year'
        for _ in range(_SENTENCES_BACK):
            before = self._sentence_before(first)
            if before is None:
                break
            first, last = before
            found = self._stretch_in(self.in_sentence(first, last), expression, calendar)
            if found is not None:
                return found
        return None

    def _sentence_before(self, first: int) -> tuple[int, int] | None:
        """The sentence before the one starting at ``first``: its start, and its end after the
        mark that ends it (white space left out); None at the start of the text."""
        if first == 0:
            return None
        last = first
        while last > 0 and self.text[last - 1].isspace():
            last -= 1
        return self._sentence(max(0, last - 1))[0], last

    @staticmethod
    def _stretch_in(before: list[TimeExpression], expression: TimeExpression,
                    calendar: Calendar) -> tuple[date, date] | None:
        days = _SAME_DAY.search(expression.text) is not None
        stretch = None  # (each read against the one before it: 'In 2023 ... in the first six months')
        for earlier in before:
            if _NEEDS_BEFORE.search(earlier.text):
                continue  # (it counts from a stretch itself: 'from the same period last year')
            period = resolve(earlier.text, replace(calendar, context=stretch))
            if period is not None and period.start and period.end and (days or period.start != period.end):
                # (a day is when something was said or done: 'reported on Thursday'; the
                # stretch it counts from is one, unless it is 'the same day' or 'since then')
                stretch = (period.start, period.end)
        return stretch


def dated_by_article(calendar: Calendar) -> Period | None:
    """The period of a figure whose text names none: its article's date, if known."""
    if calendar.published is None:
        return None
    return Period(calendar.published, calendar.published, "", True, "article")


def _blank(found: re.Match[str]) -> str:
    return " " * len(found.group())


def _between(expression: TimeExpression, start: int, end: int) -> tuple[int, int]:
    if expression.end <= start:
        return expression.end, start
    return (end, expression.start) if expression.start >= end else (start, start)


def _distance(expression: TimeExpression, start: int, end: int) -> int:
    if expression.end <= start:
        return start - expression.end
    return expression.start - end if expression.start >= end else 0
