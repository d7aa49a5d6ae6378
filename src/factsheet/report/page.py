"""The HTML page's records: what the templates read, by attribute, and nothing else.

``view.build_page`` makes one ``Page`` from a ``Validation``; every value in it is
ready to print (rounded, in words, with its anchor), so the templates only lay
the records out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .chart import Chart
from .limits import Limits
from .status import Status, Verdict
from .summary import Summary
from .text import Piece
from .timeline import Timeline


@dataclass(frozen=True, slots=True)
class ClaimRow:
    """A claim as a row of a fact's table or a conflict card."""

    article: str
    text_anchor: str  # the id of the claim's place in its article's text
    quote: str
    written: str  # the value as the article writes it
    value: str  # rounded for reading, in the fact's unit: 'more than 20,000'
    unit: str  # the fact's unit for reading: 'USD / shell'
    converted_from: str | None  # the unit the article wrote, when it is not the fact's
    qualifier: str  # 'more than', 'exact'
    origin: str  # 'pinned' or 'auto'
    verdict: Verdict
    frame: str | None = None  # who does what, for an automatic claim: 'Russia · fire · stated'
    why: str | None = None  # how the frame fits the fact, or why it is unsure
    when: str | None = None  # the time it is about: "2023-06-01 to 2023-08-31 ('last summer')"
    rate: str | None = None  # the exchange rate it was converted at: '1 EUR = 1.0817 USD (2023; ...)'


@dataclass(frozen=True, slots=True)
class ReferenceRow:
    """A fact's reference value, as written and rounded for reading."""

    written: str
    value: str
    source: str


@dataclass(frozen=True, slots=True)
class ConflictSide:
    """One side of a large conflict: how many claims, their span of values, a few of them."""

    label: str  # 'Lower side'
    count: int
    span: str  # '19,800–20,200'
    claims: tuple[ClaimRow, ...]
    more: int  # claims on this side not listed


@dataclass(frozen=True, slots=True)
class ConflictCard:
    """A conflict: its claims listed, or for a large one, its sides."""

    anchor: str
    fact: str
    fact_anchor: str
    title: str  # the fact's
    sheet: str  # where the fact is written: 'facts/dprk.yaml:12'
    unit: str  # the fact's unit for reading
    status: Status  # new or accepted
    severity: Status  # contradiction or divergence
    reason: str | None  # an accepted conflict's reason
    claims: tuple[ClaimRow, ...]  # empty when the card lists ``sides``
    sides: tuple[ConflictSide, ...] | None
    reference: ReferenceRow | None
    sources: tuple[str, ...]
    accept_between: tuple[str, ...]  # the two sources an acceptance names


@dataclass(frozen=True, slots=True)
class HiddenConflicts:
    """How many of a fact's conflicts have no card."""

    fact: str
    title: str
    anchor: str
    new: int
    accepted: int


@dataclass(frozen=True, slots=True)
class StaleAcceptance:
    """An acceptance whose two sources no longer disagree."""

    fact: str
    between: tuple[str, ...]
    reason: str
    sheet: str  # where it is written: 'facts/dprk.yaml:20'


@dataclass(frozen=True, slots=True)
class FalseMatch:
    """A quote a sheet marks as not about its fact."""

    article: str
    quote: str
    reason: str
    text_anchor: str


@dataclass(frozen=True, slots=True)
class FactSection:
    """A fact: its numbers, chart and claim rows, open and collapsed."""

    id: str
    anchor: str
    title: str
    description: str | None
    unit: str  # for reading
    tolerance: str  # as the sheet writes it: '5%'
    sheet: str
    reference: ReferenceRow | None
    chart: Chart | None
    claims: tuple[ClaimRow, ...]  # shown open
    claims_more: tuple[ClaimRow, ...]  # collapsed under "More claims"
    claims_left: int  # not in the page
    claims_total: int
    conflicts_new: int
    conflicts_accepted: int
    stale: tuple[StaleAcceptance, ...]
    false_matches: tuple[FalseMatch, ...]
    unsure: tuple[ClaimRow, ...] = ()  # mentions matching left to a person
    unsure_left: int = 0  # more of them, not in the page
    timeline: Timeline | None = None  # for a fact that changes over time
    changes_over_time: str | None = None  # how far apart figures are still compared: '6 months'


@dataclass(frozen=True, slots=True)
class ArticleEntry:
    """An article as the page names it, shown or not."""

    id: str
    duplicate_of: str | None
    title: str | None
    date: str | None = None  # from the corpus manifest: '2023-07-27'
    outlet: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class ArticleView:
    """An article the page shows: its text cut into marked pieces, and what is in it."""

    id: str
    duplicate_of: str | None
    title: str | None
    file: str
    anchor: str
    short: str  # the label charts give it: '000'
    pieces: tuple[Piece, ...]
    claims: int
    facts: tuple[str, ...]  # the facts it has claims on
    unmatched: int  # quantities no fact claims
    false_matches: int
    characters: int
    date: str | None = None  # from the corpus manifest
    outlet: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class ArticlesLeftOut:
    """How many articles a large corpus's page leaves out, and of which kind."""

    shown: int
    total: int
    ranked: int  # worth showing, but past a limit
    quiet: int  # with neither claims nor notable quantities


@dataclass(frozen=True, slots=True)
class MatrixRow:
    """Conflicts of one status (or of all) counted by severity, then in all."""

    label: str
    counts: tuple[int, ...]
    alarming: bool  # its non-zero counts are drawn as bad: conflicts to review


@dataclass(frozen=True, slots=True)
class Matrix:
    """Conflicts counted by status (rows) and severity (columns), with totals."""

    columns: tuple[str, ...]
    rows: tuple[MatrixRow, ...]


@dataclass(frozen=True, slots=True)
class FilterOption:
    value: str
    label: str
    count: int


@dataclass(frozen=True, slots=True)
class Filter:
    """A group of checkboxes that filter the conflict cards by one attribute."""

    name: str  # the attribute: 'status' matches data-status
    legend: str
    options: tuple[FilterOption, ...]


@dataclass(frozen=True, slots=True)
class Page:
    """Everything the page shows, in the order it shows it."""

    summary: Summary
    matrix: Matrix
    filters: tuple[Filter, ...]
    sheet_errors: tuple[str, ...]
    stale: tuple[StaleAcceptance, ...]
    warnings: tuple[str, ...]
    conflicts: tuple[ConflictCard, ...]
    conflicts_total: int
    conflicts_hidden: tuple[HiddenConflicts, ...]
    facts: tuple[FactSection, ...]
    articles: tuple[ArticleView, ...]
    articles_left_out: ArticlesLeftOut | None
    articles_by_id: Mapping[str, ArticleView]
    known_articles: Mapping[str, ArticleEntry]  # every article, shown or not
    limits: Limits
