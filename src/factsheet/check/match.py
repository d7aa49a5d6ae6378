"""Mentions x facts -> automatic claims. Pure: records in, records out.

A mention is a claim about a fact when
- its unit (or the one it carries from the figure or label before it) has the fact's
  dimension (a howitzer count is never a shell rate),
- one of the fact's nouns names what it counts (in its noun phrase, right after it, just
  before it, or carried),
- one of the fact's context words, when it has some, is in its sentence, and
- its frame fits one of the fact's frames (``check.fit``); of several facts, the one it
  fits best, and none when two fit equally well (those are unsure, for a person).
Pinned claims and false-match marks in the sheet always win over matching.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property, lru_cache

from ..corpus.articles import Article
from ..currencies import currency_in, in_dollars
from ..errors import FactsheetError
from ..sheets.rates import RateTable
from ..sheets.records import Fact
from ..text.extract.mentions import Mention
from ..text.frames import ArticleFrames, Frame
from ..text.frames.lexicon import ACTOR_RE
from ..text.frames.patterns import KIND_OF_PART, RESTATED
from ..text.periods import ArticleTimes, Calendar, Event, Period
from ..text.sentences import Sentences
from ..text.spans import overlaps_any
from ..units import convert, parse_unit, same_dimension
from .compare import Claim
from .fit import fit

# How far after a number its counted noun may stand ("583 pieces of russian artillery").
NOUN_WINDOW = 60
# How far before a number a noun may name what it counts ("a GDP of $23.7 billion").
NOUN_BEFORE = 40
# How far before a number a noun may stand when a relative clause holds the number: 'the
# North's economy, which South Korea's central bank said was worth $24.5 billion'.
NOUN_BEFORE_RELATIVE = 120
_RELATIVE = re.compile(r",?\s+(?:which|that)\b")
_ASIDE = re.compile(r"\([^()]{1,80}\)")
_ASIDE_MAX = 80
_SET_APART = re.compile(r"[,;:(]\s+(?!\d)")
# Sentences before the mention searched for context words (0: its own sentence only).
CONTEXT_SENTENCES_BEFORE = 0
_TIME_KINDS = frozenset({"date", "duration", "caliber"})  # no figure a context word could be about
_DASH_ASIDE = re.compile(r"\s*[—–]\s*[^—–.;:!?]{1,80}?\s*[—–]")
_AFTER_ASIDE = 60
# A counted noun joined to another: '6,900 tanks and armoured vehicles' counts both together,
# not tanks ('4,000 tanks and 2,000 guns', 'tanks and the South 2,400' are two counts).
_COMBINED = re.compile(r"\s+(?:and|&|or|plus)\s+(?:other\s+)?(?:[a-z][\w-]*\s+){0,2}?"
                       r"(?:[a-z][\w-]*[^s\W]s|artillery|ammunition|equipment|weaponry|hardware|materiel)\b"
                       r"(?!\s+(?:is|are|was|were|has|have|had)\b)")
# One model of what is counted: '550 PT-76 tanks', '300 Type 59 tanks' is no count of all tanks.
_MODEL = re.compile(r"\b(?:[A-Z]{1,4}-?\d{1,4}[A-Za-z]?|Type\s+\d{2,3}[A-Z]?|M-?\d{4})\b")
# A part of what is counted, placed by where it is: '6,000 artillery systems within range of
# Seoul', '700 guns along the border' is no count of the whole.
_SUBSET = re.compile(r"\s+(?:(?:that\s+are\s+|which\s+are\s+)?(?:deployed|stationed|positioned|placed|"
                     r"dug\s+in|hidden|massed|aimed|pointed)\s+)?(?:within\s+(?:striking\s+|firing\s+)?range\s+of|"
                     r"in\s+(?:striking\s+|firing\s+)?range\s+of|along\s+the|near\s+the|close\s+to\s+the|"
                     r"aimed\s+at|pointed\s+at|on\s+the\s+(?:border|front))\b", re.I)
# A difference, not an amount: 'increased the number of its launchers by 100 pieces', 'the
# economy contracted 3.5 percent', 'grew by 3.7%'.
_CHANGE_BEFORE = re.compile(r"\b(?:increased|decreased|rose|risen|fell|fallen|grew|grown|dropped|declined|"
                            r"increasing|decreasing|rising|falling|growing|dropping|declining|shrinking|"
                            r"shrank|"
                            r"shrunk|contracted|expanded|cut|raised|reduced|climbed|jumped|up|"
                            r"(?<!shot\s)(?<!shoot\s)(?<!shoots\s)(?<!shooting\s)(?<!brought\s)down)\b"
                            r"(?:\s+[\w’'-]+){0,5}?\s+(?:by\s+)?$", re.I)
_POINTS = re.compile(r"\s*(?:percentage|per\s+cent(?:age)?)[\s-]+points?\b|\s*pp\b|\s*p\.p\.", re.I)
# One kind of a thing, which a fact of all of them does not count unless its nouns name it:
# 'interceptor drones', 'FPV drones', 'naval drones' (not a range: 'long-range drones' are what
# most news means by attack drones).
_ONE_KIND = re.compile(r"\b(?:interceptor|reconnaissance|surveillance|naval|maritime|sea|"
                       r"fib(?:er|re)[\s-]optic|FPV|first[\s-]person[\s-]view|decoy|training|practice)\b",
                       re.I)
# A sentence that opens by referring to what the one before named: 'The rate was over 90%'.
_REFERS_BACK = re.compile(r"\W*(?:(?:the|this|that|its|their|such\s+a)\s+(?:[a-z]+\s+)?(?:rate|figure|number|"
                          r"share|ratio|proportion|percentage|total|tally|level|count|estimate)s?\b"
                          r"|(?:it|this|that)\s+(?:is|was|has|had|stood|stands|reached|rose|fell)\b)", re.I)
# A figure per person is no total: "North Korea's per capita GDP was $854".
_PER_CAPITA = re.compile(r"\bper[\s-]+(?:capita|head|person|inhabitant|resident)\b", re.I)
_NOT_A_NOUN = re.compile(r"\s+(?:and|&|or|plus)\s+(?:the|its|their|his|her|is|are|was|were|has|have|had|"
                         r"says|said|also|then|its)\b", re.I)
# Calibers and dates sit inside noun phrases ("20,000 122mm howitzers"); they do not end them.
_MODIFIER_KINDS = frozenset({"caliber", "date"})


@lru_cache(maxsize=4096)
def _word_pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """One regex for a list of words or phrases: whole words, plural optional (a plural also
    names its singular: 'drones' is in 'the drone interception rate'), any spacing."""
    alternatives = []
    for word in words:
        if len(word) > 3 and word[-1] == "s" and word[-2].isalpha() and word[-2] not in "su'’":
            word = word[:-1]
        parts = [re.escape(part) for part in word.split()]
        if not parts:
            continue
        body = r"\s+".join(parts)
        edge_start = r"\b" if word[0].isalnum() else ""
        edge_end = r"(?:e?s)?\b" if word[-1].isalnum() else ""
        alternatives.append(f"{edge_start}{body}{edge_end}")
    if not alternatives:
        return None
    return re.compile("|".join(alternatives), re.IGNORECASE)


def _factor_for(unit_text: str, fact: Fact, fact_unit_text: str) -> tuple[float, str | None] | None:
    """Factor from a mention's unit to a fact's, and the currency other than the dollar it
    is written in (its amount becomes dollars at the rate for its period, once that is
    known: ``with_periods``); a figure written without a period counts per the fact's
    ``period`` ('a GDP of $24 billion' is per year)."""
    currency = currency_in(unit_text)
    if currency is not None:
        unit_text = in_dollars(unit_text)
    factor = _factor(unit_text, fact_unit_text)
    if factor is None and fact.recognise.period and "/" not in unit_text:
        factor = _factor(f"{unit_text} / {fact.recognise.period}", fact_unit_text)
    return None if factor is None else (factor, currency)


@lru_cache(maxsize=4096)
def _factor(unit_text: str, fact_unit_text: str) -> float | None:
    """Factor from a mention's unit to a fact's, or None when they differ in kind.

    Cached on the unit texts: a corpus has few distinct units, and pint is slow.
    """
    try:
        unit, fact_unit = parse_unit(unit_text), parse_unit(fact_unit_text)
    except FactsheetError:
        return None
    if not same_dimension(unit, fact_unit):
        return None
    return convert(1.0, unit, fact_unit)


@lru_cache(maxsize=4096)
def _names_unit(nouns: tuple[str, ...], unit_text: str) -> bool:
    try:
        unit = parse_unit(unit_text)
    except FactsheetError:
        return False
    for noun in nouns:
        try:
            if parse_unit(noun) == unit:
                return True
        except FactsheetError:
            continue
    return False


def match_article(
    article: Article,
    mentions: Sequence[Mention],
    facts: Sequence[Fact],
    pinned_spans: Sequence[tuple[int, int]],
    unit_texts: Mapping[str, str] | None = None,
    unsure: list[Claim] | None = None,
    events: tuple[Event, ...] = (),
    rates: RateTable | None = None,
) -> list[Claim]:
    """Automatic claims of one article, at most one fact per mention.

    ``pinned_spans`` are the spans pinned in this article by any fact: a pinned
    mention belongs to its fact alone. Mentions that look like a fact's but whose
    frame does not say enough (whose figure, which action), or that fit two facts
    equally well, are appended to ``unsure`` when it is given: for a person to decide.
    Each claim has the period its text gives it, read against the article's date and the
    project's ``events``; a figure in another currency is converted at the rate ``rates``
    give for that period, and is left to a person (``unsure``) when they give none.
    """
    undated = match_undated(article, mentions, facts, pinned_spans, unit_texts, unsure is not None)
    return dated_claims(undated, undated.read_periods(events), rates, unsure)


@dataclass(frozen=True, slots=True)
class Undated:
    """An article's claims before their periods are read: the sure ones, then the doubtful
    ones (when they are kept), and the sentences the frames read them in."""

    claims: list[Claim]
    doubtful: list[Claim]
    text: str
    published: date | None
    sentence_starts: list[int] | None

    @property
    def spans(self) -> list[tuple[int, int]]:
        """Where each claim's figure stands, sure and doubtful ones in that order."""
        return [(claim.start, claim.end) for claim in (*self.claims, *self.doubtful)]

    def read_periods(self, events: tuple[Event, ...] = ()) -> list[Period | None]:
        """Each claim's period, in the order of ``spans``."""
        return read_periods(self.text, self.published, events, self.sentence_starts, self.spans)


def match_undated(article: Article, mentions: Sequence[Mention], facts: Sequence[Fact],
                  pinned_spans: Sequence[tuple[int, int]], unit_texts: Mapping[str, str] | None = None,
                  keep_doubtful: bool = False) -> Undated:
    """``match_article`` up to the claims' periods: those are read apart (``read_periods``),
    so that a run may read them in its worker processes."""
    # Facts' unit names by id: formatting a pint unit per mention and fact is slow.
    units = unit_texts if unit_texts is not None else {f.id: f.unit_text for f in facts}
    matcher = _Matcher(article, mentions, facts, units)
    claims: list[Claim] = []
    doubtful: list[Claim] = []
    for index, mention in enumerate(mentions):
        if overlaps_any(mention.start, mention.end, pinned_spans):
            continue
        found = matcher.candidates(index)
        if found:
            totals = any(_reported_in_increments(fact) for fact, _ in found)
            frame = matcher.frames.with_stretch(index) if totals else matcher.frames.frame(index)
            chosen, unsure_of = _choose(found, frame)
            if chosen is not None:
                claims.append(chosen)
            doubtful.extend(unsure_of)
    published = article.meta.date if article.meta is not None else None
    starts = matcher.sentence_starts
    return Undated(claims, doubtful if keep_doubtful else [], article.text, published,
                   list(starts) if starts is not None else None)


# (benchmarks/period_cost.py's peer sets it False: then no claim has a period)
READ_PERIODS = True


def read_periods(text: str, published: date | None, events: tuple[Event, ...],
                 sentence_starts: Sequence[int] | None,
                 spans: Sequence[tuple[int, int]]) -> list[Period | None]:
    """The period of each figure ``text[start:end]``: the time its sentence gives it, read
    against the article's date, or that date when it gives none (``text.periods``). One
    reading of the article's times serves all its figures."""
    if not spans or not READ_PERIODS:
        return [None] * len(spans)
    calendar = Calendar(published, events)
    times = ArticleTimes(text, calendar.event_names, sentence_starts)
    return [times.period(start, end, calendar) for start, end in spans]


def dated_claims(undated: Undated, periods: Sequence[Period | None], rates: RateTable | None = None,
                 unsure: list[Claim] | None = None) -> list[Claim]:
    """The sure claims with their ``periods`` (and the doubtful ones appended to ``unsure``);
    a figure in another currency is made the fact's at the rate for its period, and is
    left to a person (``unsure``) when ``rates`` give none."""
    dated = _dated((*undated.claims, *undated.doubtful), periods, rates)
    sure = dated[: len(undated.claims)]
    if unsure is not None:
        unsure.extend(dated[len(undated.claims) :])
        unsure.extend(replace(claim, why=unconverted_why(claim)) for claim in sure if claim.unconverted)
    return [claim for claim in sure if not claim.unconverted]


def with_periods(article: Article, claims: Sequence[Claim], events: tuple[Event, ...] = (),
                 rates: RateTable | None = None, sentence_starts: Sequence[int] | None = None) -> list[Claim]:
    """The claims, each with its period: the time its sentence gives the figure, read against
    the article's date, or that date when it gives none (``text.periods``). A figure in
    another currency is made the fact's at the rate for its period; without one in
    ``rates`` it stays as written (``Claim.unconverted``)."""
    if not claims:
        return []
    published = article.meta.date if article.meta is not None else None
    periods = read_periods(article.text, published, events, sentence_starts,
                           [(claim.start, claim.end) for claim in claims])
    return _dated(claims, periods, rates)


def _dated(claims: Sequence[Claim], periods: Sequence[Period | None], rates: RateTable | None) -> list[Claim]:
    """Each claim with its period, and in the fact's currency at the rate for that period."""
    dated = [replace(claim, period=period) for claim, period in zip(claims, periods, strict=True)]
    return [_in_fact_currency(claim, rates) if claim.currency else claim for claim in dated]


def _in_fact_currency(claim: Claim, rates: RateTable | None) -> Claim:
    rate = rates.rate(claim.currency, claim.period) if rates is not None and claim.currency else None
    if rate is None:
        return claim
    return replace(claim, value=claim.value.scaled(rate.usd_per_unit), rate=rate)


def unconverted_why(claim: Claim) -> str:
    """Why a figure in another currency is left to a person: no rate for its time."""
    when = claim.period.describe() if claim.period is not None else "an unknown time"
    return (f"written in {claim.currency}, and the rate table has no {claim.currency} rate within a year "
            f"of {when}; add one to facts/rates.csv")


@dataclass(frozen=True, slots=True)
class _Reading:
    """A mention as matching reads it: what it counts (its own unit, or one carried from
    the figure before) and how far after it its counted noun may stand."""

    mention: Mention
    unit: str
    carried_noun: str | None
    noun_limit: int
    noun_from: int  # a noun just before the figure names it too: 'a GDP of $23.7 billion'
    relative_from: int  # ... or one a relative clause holding the figure is about


class _Matcher:
    """One article's matching: what is looked up once per article, not per mention."""

    def __init__(self, article: Article, mentions: Sequence[Mention], facts: Sequence[Fact],
                 units: Mapping[str, str]) -> None:
        self.article, self.mentions, self.facts, self.units = article, mentions, facts, units
        # A counted noun is looked for up to the next quantity, never beyond it.
        self.starts = [m.start for m in mentions if m.kind not in _MODIFIER_KINDS]
        self.starts_all = [m.start for m in mentions]
        self.false_spans = {
            fact.id: [(m.start, m.end) for m in fact.false_matches if m.article == article.id]
            for fact in facts if fact.false_matches
        }
        # The facts a unit can measure, with the factor to each fact's unit: looked up
        # once per distinct unit of the article, not once per mention and fact.
        self.by_unit: dict[str, list[tuple[Fact, float, str | None]]] = {}
        self.by_year: dict[str, list[tuple[Fact, float, str | None]]] = {}  # (see _yearly)

    @cached_property
    def sentences(self) -> Sentences:
        return Sentences.of(self.article.text)

    @cached_property
    def frames(self) -> ArticleFrames:
        return ArticleFrames(self.article.text, self.mentions)

    @property
    def sentence_starts(self) -> list[int] | None:
        """The sentences (and paragraphs) the frames were read in, if they were."""
        return self.__dict__["frames"].sentence_starts if "frames" in self.__dict__ else None

    def candidates(self, index: int) -> list[tuple[Fact, Claim]]:
        """The facts ``mentions[index]`` is a claim of by unit, noun and context, each with
        its claim; their frames decide among them."""
        reading = self._reading(index)
        if reading is None:
            return []
        mention = reading.mention
        measurable = self.by_unit.get(reading.unit)
        if measurable is None:
            measurable = self.by_unit[reading.unit] = [
                (fact, *factor) for fact in self.facts
                if (factor := _factor_for(reading.unit, fact, self.units[fact.id])) is not None
            ]
        if "/" not in reading.unit and mention.kind in ("count", "other") \
                and (yearly := self._yearly(reading.unit, measurable)) and self.frames.over_a_year(index):
            measurable = [*measurable, *yearly]  # that year's figure of a fact per year, too
        if not measurable or _is_change(self.article.text, mention) or self._per_capita(mention):
            return []  # a difference or a figure per person is no amount of any fact: read once
        return [
            found for fact, factor, currency in measurable
            if not overlaps_any(mention.start, mention.end, self.false_spans.get(fact.id, ()))
            and (found := self._match(reading, fact, factor, currency)) is not None
        ]

    def _yearly(self, unit: str, measurable: list[tuple[Fact, float, str | None]]
                ) -> list[tuple[Fact, float, str | None]]:
        """The facts counted per year that a total of ``unit`` over one whole year would be a
        figure of (looked up once per unit of the article)."""
        found = self.by_year.get(unit)
        if found is None:
            already, yearly = {fact.id for fact, *_ in measurable}, f"{unit} / year"
            found = self.by_year[unit] = [
                (fact, *factor) for fact in self.facts
                if fact.id not in already and _per_year(self.units[fact.id])
                and (factor := _factor_for(yearly, fact, self.units[fact.id])) is not None]
        return found

    def _reading(self, index: int) -> _Reading | None:
        mention = self.mentions[index]
        unit, carried_noun = mention.unit, None
        if unit is None:
            if (carried := self.frames.carried(index)) is None:
                return None
            unit, carried_noun = carried  # '... and this number has decreased to 12,000'
        elif mention.kind == "count" and (period := self.frames.period_later(index)) is not None:
            unit = f"{unit} / {period}"  # 'firing 10,000 shells on the battlefield daily'
        following = bisect_right(self.starts, mention.start)
        limit = min(mention.end + NOUN_WINDOW,
                    self.starts[following] if following < len(self.starts) else len(self.article.text))
        # No other figure between (a date is none: 'GDP in 2018 was $30 billion').
        before = [at for at in range(index - 1, max(-1, index - 4), -1) if self.mentions[at].kind != "date"]
        anchor = mention.start  # where the words before the figure are counted from
        if before and mention.kind == "money" and self.mentions[before[0]].kind == "money" \
                and RESTATED.fullmatch(self.article.text, self.mentions[before[0]].end, mention.start):
            # 'GDP ... 35.8 trillion won (about $30 billion)': the words before the first
            anchor = self.mentions[before.pop(0)].start
        while before and _is_change(self.article.text, self.mentions[before[0]]):
            # 'GDP rose 0.4 percent last year to 35.3 trillion won': the noun before the change
            anchor = self.mentions[before.pop(0)].start
        previous_end = self.mentions[before[0]].end if before else 0
        # An aside in parentheses takes no room: 'GDP (based on purchasing power parity) is pegged at'
        aside = sum(len(found.group()) for found in _ASIDE.finditer(
            self.article.text, max(previous_end, anchor - NOUN_BEFORE - _ASIDE_MAX), anchor))
        return _Reading(mention, unit, carried_noun, limit,
                        max(previous_end, anchor - NOUN_BEFORE - aside),
                        max(previous_end, anchor - NOUN_BEFORE_RELATIVE))

    def _in_context(self, context: re.Pattern[str], mention: Mention) -> bool:
        """Whether a context word is in the figure's sentence, or in the one before when the
        figure's opens by referring to it ('The drone interception rate fell. The rate was over
        90% in January')."""
        own = self.sentences.holding(mention.start, mention.end, before=CONTEXT_SENTENCES_BEFORE)
        if context.search(own):
            return self._context_in_clause(context, mention)
        if _REFERS_BACK.match(own) is None:
            return False
        wider = self.sentences.holding(mention.start, mention.end, before=CONTEXT_SENTENCES_BEFORE + 1)
        return context.search(wider) is not None

    def _context_in_clause(self, context: re.Pattern[str], mention: Mention) -> bool:
        """Whether a context word in the figure's sentence is in its own clause, or the
        sentence holds no other figure the word could be about ('Moscow has 1,750 active
        tanks, and 4,000 more in storage': the storage is the 4,000's)."""
        index = bisect_left(self.starts_all, mention.start)
        start, end, sentence_start, sentence_end = self.frames.clause_of(index)
        text = self.article.text
        if context.search(text, start, end):
            return True
        if (aside := _DASH_ASIDE.match(text, end)) is not None \
                and context.search(text, aside.end(), min(sentence_end, aside.end() + _AFTER_ASIDE)):
            return True  # '90 percent of the debt — some of it Soviet-era — will be written off'
        in_sentence = self.mentions[bisect_left(self.starts_all, sentence_start)
                                    : bisect_left(self.starts_all, sentence_end)]
        return not any(other is not mention and other.kind not in _TIME_KINDS for other in in_sentence)

    def _per_capita(self, mention: Mention) -> bool:
        """Whether 'per capita' (or per head, per person) stands right by the figure in its sentence."""
        text = self.article.text
        start, end = max(0, mention.start - 50), min(len(text), mention.end + 30)
        return any(not self.sentences.ends_between(min(found.end(), mention.start),
                                                   max(found.start(), mention.end))
                   for found in _PER_CAPITA.finditer(text, start, end))

    def _named_before(self, nouns: re.Pattern[str], reading: _Reading) -> bool:
        """A noun among the words just before the figure, in its sentence, with no other
        figure between: 'a GDP of $23.7 billion', 'tanks: 4,100'."""
        start, text = reading.mention.start, self.article.text
        for found in nouns.finditer(text, reading.relative_from, start):
            if (found.end() >= reading.noun_from or _RELATIVE.match(text, found.end())) \
                    and not self.sentences.ends_between(found.end(), start):
                return True
        return False

    def _match(self, reading: _Reading, fact: Fact, factor: float,
               currency: str | None) -> tuple[Fact, Claim] | None:
        mention, text = reading.mention, self.article.text
        end = mention.end
        nouns = _word_pattern(fact.recognise.nouns)
        if nouns is not None:
            found = None if reading.carried_noun else nouns.search(text, end, max(end, reading.noun_limit))
            if found is not None and (self.sentences.ends_between(end, found.start())
                                      or _SET_APART.search(text, end, found.start())):
                # '... to US$1.59 billion. While ... a GDP': another sentence's noun; 'billions of
                # dollars, potentially a third of its economy': an aside's
                found = None
            named = (
                found is not None
                or bool(mention.noun and nouns.search(mention.noun))
                or bool(reading.carried_noun and nouns.search(reading.carried_noun))
                # A noun that is itself a unit ('%', 'USD', 'howitzers') is named by the unit.
                or _names_unit(fact.recognise.nouns, mention.unit or "")
                # a noun carried from the figure before that counts the fact's own thing
                or bool(reading.carried_noun
                        and _names_unit(fact.recognise.nouns, reading.unit.partition(" / ")[0]))
                or self._named_before(nouns, reading)
            )
            if not named:
                return None
            if _PART_OF_BEFORE.search(text, max(0, mention.start - 20), mention.start) \
                    and (_holding(fact) or _running_total(fact)):
                return None  # '5,845 tanks, of which 3,215 are in combat readiness': a part
            if found is not None:
                end = found.end()  # quote the number with what it counts
                part = _SUBSET.match(text, end) or _MODEL.search(text, mention.end, found.start()) \
                    or KIND_OF_PART.search(text, mention.end, found.start()) \
                    or _named_model(text[mention.end : found.start()])
                if part and (_holding(fact) or _running_total(fact)):
                    # '6,000 artillery systems within range of Seoul', '550 PT-76 tanks', '228 towed
                    # artillery pieces destroyed': a part
                    return None
            kind = _ONE_KIND.search(text, mention.end, found.start()) if found is not None else None
            if kind is not None and not any(kind.group().lower() in n.lower() for n in fact.recognise.nouns):
                return None  # '1,000 interceptor drones' of a fact of all drones: one kind's
            counted_end = end if found is not None else mention.noun_end(text)
            if counted_end is not None and _COMBINED.match(text, counted_end) \
                    and not _NOT_A_NOUN.match(text, counted_end) and mention.value.qualifier != "vague":
                # '6,900 tanks and armoured vehicles' counts both; an order of magnitude
                # ('millions of shells and missiles') still holds for the larger part.
                return None
        context = _word_pattern(fact.recognise.context)
        if context is not None and not self._in_context(context, mention):
            return None
        return fact, Claim(
            fact=fact.id, article=self.article.id, source=self.article.canonical_id,
            value=mention.value.scaled(factor), written=mention.text, written_unit=reading.unit,
            quote=text[mention.start : end], start=mention.start, end=end, origin="auto",
            currency=currency,
        )


# A part of a figure just given: '5,845 tanks, of which 3,215 are in combat readiness'.
_PART_OF_BEFORE = re.compile(r"\bof\s+(?:which|whom|these|those|them)\s+(?:only\s+|about\s+|some\s+)?$", re.I)
_PROPER = re.compile(r"\b[A-Z][a-z]{3,}\b")
_NOT_A_MODEL = re.compile(r"(?:ian|ese|ish|ean|ern|ic|al|ed)$|^(?:Soviet|Western|Eastern|Old|New|Main|Heavy|"
                          r"Light|Modern|Towed|Artillery|Battle|Combat|Armoured|Armored|Multiple|Rocket|Tank|Tanks)$")


def _named_model(between: str) -> bool:
    """Whether a proper name stands between a figure and what it counts: '800 Pegasus
    125mm guns', '31 Abrams tanks' count one model."""
    unnamed = ACTOR_RE.sub(" ", between)  # not 'North Korean' nor 'Russian'
    return any(not _NOT_A_MODEL.search(found.group()) for found in _PROPER.finditer(unnamed))


def _is_change(text: str, mention: Mention) -> bool:
    """Whether a figure says by how much something changed: a percentage after a verb of
    change ('contracted 3.5 percent'), any figure after 'by' ('by 100 pieces'), or
    percentage points."""
    if _POINTS.match(text, mention.end):
        return True  # 'one percentage point lower': a difference of two shares
    before = _CHANGE_BEFORE.search(text, max(0, mention.start - 60), mention.start)
    if before is None:
        return False
    return mention.kind == "percent" or before.group().rstrip().lower().endswith("by")


def _per_year(unit_text: str) -> bool:
    """Whether a fact's unit is an amount per year (drones a year, GDP)."""
    return unit_text.replace(" ", "").endswith("/year")


def _holding(fact: Fact) -> bool:
    """A fact of what an actor has (an inventory, a stockpile)."""
    return any("have" in spec.actions for spec in fact.recognise.frames)


def _running_total(fact: Fact) -> bool:
    """A count of things done (supplied, destroyed), not a rate, a share ('85% of the drones
    shot down in May') or a holding at a time."""
    actions = {action for spec in fact.recognise.frames for action in spec.actions}
    return bool(actions) and "have" not in actions and fact.recognise.period is None \
        and "/" not in fact.unit_text and not fact.unit.dimensionless

def _reported_in_increments(fact: Fact) -> bool:
    """A running total that news also gives by the day and the month (losses, things
    destroyed), so that a figure counted over a stretch of time is one increment, not the
    total. A supply's figure over a stretch ('1.6 million shells over six months') is
    how news states the total so far."""
    actions = {action for spec in fact.recognise.frames for action in spec.actions}
    return _running_total(fact) and "supply" not in actions


def _choose(found: list[tuple[Fact, Claim]], frame: Frame) -> tuple[Claim | None, list[Claim]]:
    """The one fact whose frames the mention fits best, and the unsure ones: facts the
    frame may fit but does not say enough for, or two facts that fit equally well."""
    fits = [(fit(fact.recognise, frame, _reported_in_increments(fact)), replace(claim, frame=frame))
            for fact, claim in found]
    fitting = [(verdict, claim) for verdict, claim in fits if verdict.verdict == "fits"]
    if not fitting:
        return None, [replace(claim, why=verdict.why) for verdict, claim in fits
                      if verdict.verdict == "unsure"]
    best = max(verdict.score for verdict, _ in fitting)
    top = [(verdict, claim) for verdict, claim in fitting if verdict.score == best]
    if len(top) > 1:
        tied = " and ".join(claim.fact for _, claim in top)
        return None, [replace(claim, why=f"fits {tied} equally well") for _, claim in top]
    verdict, claim = top[0]
    return replace(claim, why=verdict.why), []
