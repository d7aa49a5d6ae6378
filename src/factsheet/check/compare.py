"""Claims -> conflicts. Pure: records in, records out.

Two claims from independent sources conflict when
- their intervals cannot both hold, beyond the fact's tolerance (contradiction), or
- the intervals overlap but the point estimates differ by more than the tolerance,
  or one point estimate lies outside the other's stated bounds (divergence).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from math import inf
from typing import Literal

from ..quantities import ClaimValue
from ..sheets.rates import ExchangeRate
from ..sheets.records import REFERENCE, Acceptance, Fact, PinnedClaim, Reference, Tolerance
from ..text.frames import Frame
from ..text.periods import Period

Severity = Literal["contradiction", "divergence"]
Origin = Literal["pinned", "auto"]


@dataclass(frozen=True, slots=True)
class Claim:
    """What one article says about one fact, in the fact's unit."""

    fact: str
    article: str
    source: str  # the article's original when it is a duplicate: the independent source
    value: ClaimValue
    written: str
    written_unit: str
    quote: str
    start: int
    end: int
    origin: Origin
    frame: Frame | None = None  # who does what, for an automatic claim
    why: str | None = None  # how its frame fits the fact
    period: Period | None = None  # when: as its text says, or its article's date; None: unknown
    currency: str | None = None  # written in another currency than the fact's: 'EUR'
    rate: ExchangeRate | None = None  # ... and made the fact's at this rate (None: not yet, or no rate)

    @property
    def unconverted(self) -> bool:
        """In another currency, with no rate for its period: its value is not in the fact's unit."""
        return self.currency is not None and self.rate is None


def claim_unit(claim: Claim, fact_unit: str) -> str:
    """The unit a claim's value is in: the fact's, or, for a figure in another currency with
    no rate for its time, that currency in place of the dollar ('EUR / shell')."""
    if claim.currency is None or claim.rate is not None:
        return fact_unit
    return fact_unit.replace("US_dollar", claim.currency).replace("USD", claim.currency)


def value_position(value: ClaimValue) -> float:
    """Where a value sorts among others: its estimate, else its lower bound, else its upper one."""
    for number in (value.nominal, value.low, value.high):
        if number is not None:
            return number
    return 0.0


def reading_order(claim: Claim) -> tuple[str, int]:
    """Where a claim sorts among others: by article id, then by where it starts in the text."""
    return claim.article, claim.start


@dataclass(frozen=True, slots=True)
class Conflict:
    """Disagreeing claims about one fact (or a claim against the fact's reference)."""

    fact: str
    severity: Severity
    claims: tuple[Claim, ...]
    reference: Reference | None = None
    acceptance: Acceptance | None = None
    # The sources on each side (the reference counts as a side of its own).
    sides: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())

    @property
    def sources(self) -> frozenset[str]:
        names = {claim.source for claim in self.claims}
        return frozenset(names | {REFERENCE} if self.reference else names)

    @property
    def status(self) -> Literal["new", "accepted"]:
        return "accepted" if self.acceptance else "new"


def pinned_claim(fact: Fact, pinned: PinnedClaim, source: str) -> Claim:
    return Claim(fact.id, pinned.article, source, pinned.value, pinned.written,
                 pinned.written_unit, pinned.quote, pinned.start, pinned.end, "pinned",
                 currency=pinned.currency)


def judge(a: ClaimValue, b: ClaimValue, tolerance: Tolerance) -> Severity | None:
    """The verdict on two values in the same unit; symmetric in ``a`` and ``b``."""
    if _disjoint(a, b, tolerance) or _disjoint(b, a, tolerance):
        return "contradiction"
    if a.nominal is not None and b.nominal is not None and not tolerance.allows(a.nominal, b.nominal):
        return "divergence"
    if _outside(a.nominal, b, tolerance) or _outside(b.nominal, a, tolerance):
        return "divergence"
    return None


def _disjoint(a: ClaimValue, b: ClaimValue, tolerance: Tolerance) -> bool:
    """True when all of ``a`` lies below all of ``b``, further apart than tolerated."""
    return a.high is not None and b.low is not None and a.high < b.low and not tolerance.allows(a.high, b.low)


def _outside(nominal: float | None, other: ClaimValue, tolerance: Tolerance) -> bool:
    if nominal is None:
        return False
    below = other.low is not None and nominal < other.low and not tolerance.allows(nominal, other.low)
    above = other.high is not None and nominal > other.high and not tolerance.allows(nominal, other.high)
    return below or above


def find_conflicts(fact: Fact, claims: Sequence[Claim]) -> list[Conflict]:
    """Groups of independent claims that disagree, and claims that disagree with the
    reference; acceptances from the sheet are attached.

    Claims stating the same value are one position, however many articles state
    it. Positions are sorted by value and cut into runs that agree with their
    first position; each cut is a conflict between the neighbouring runs and
    lists their claims. O(k log k) for k claims, and a few groups per fact, not
    every disagreeing pair. For a fact that changes over time this is done within
    each group of claims whose periods overlap (``time_groups``): figures of
    different times never conflict.
    """
    found: dict[tuple[frozenset[Claim], Severity], Conflict] = {}
    for group in time_groups(fact, claims):
        positions = _positions(group)
        for a, b, severity in _sweep(positions, fact.tolerance) if positions else []:
            if severity and _independent(a, b):
                conflict = Conflict(fact.id, severity, _ordered((*a, *b)), sides=(_sources(a), _sources(b)))
                found.setdefault((frozenset(conflict.claims), severity), conflict)
    if fact.reference is not None:
        reference_span = reference_period(fact)
        for position in _positions(claims):
            same_time = [c for c in position if comparable(claim_period(fact, c), reference_span)]
            severity = judge(position[0].value, fact.reference.value, fact.tolerance) if same_time else None
            if severity:
                conflict = Conflict(fact.id, severity, _ordered(same_time), reference=fact.reference,
                                    sides=(_sources(same_time), frozenset({REFERENCE})))
                found.setdefault((frozenset(conflict.claims), severity), conflict)
    return [_with_acceptance(conflict, fact.accepted) for conflict in found.values()]


def claim_period(fact: Fact, claim: Claim) -> Period | None:
    """The stretch a claim of ``fact`` is compared over: None (all time) for a fact that does
    not change or a claim of unknown date; its period as written; or, dated only by its
    article, the fact's window before that date."""
    period = claim.period
    if fact.over_time is None or period is None:
        return None
    if period.basis == "article" and period.end is not None:
        return fact.over_time.around(period.end)
    return period


def reference_period(fact: Fact) -> Period | None:
    """The stretch a reference value is compared over: the window before its ``as_of``."""
    if fact.over_time is None or fact.reference is None or fact.reference.as_of is None:
        return None
    return fact.over_time.around(fact.reference.as_of)


def comparable(a: Period | None, b: Period | None) -> bool:
    """Whether figures of these two stretches may be compared (unknown is any time)."""
    return a is None or b is None or a.overlaps(b)


def time_groups(fact: Fact, claims: Sequence[Claim]) -> list[Sequence[Claim]]:
    """The claims in groups compared together: all of them for a fact that does not change;
    else each largest set of claims whose periods all overlap (intervals that overlap
    pairwise share a day, so a sweep over their ends finds every such set)."""
    spans = [claim_period(fact, claim) for claim in claims]
    if all(span is None for span in spans):
        return [claims]
    ends: list[tuple[float, int, int]] = []
    for index, span in enumerate(spans):
        low = span.start.toordinal() if span is not None and span.start is not None else -inf
        high = span.end.toordinal() if span is not None and span.end is not None else inf
        ends.extend(((low, 0, index), (high, 1, index)))  # a start before an end on one day
    groups: list[Sequence[Claim]] = []
    active: set[int] = set()
    grown = False
    for _, is_end, index in sorted(ends):
        if not is_end:
            active.add(index)
            grown = True
            continue
        if grown:
            groups.append([claims[i] for i in sorted(active)])
            grown = False
        active.discard(index)
    return groups


Position = tuple[Claim, ...]  # claims of distinct sources stating one value


def _positions(claims: Sequence[Claim]) -> list[Position]:
    """Claims grouped by value; a source restating a value (a duplicate article) counts once."""
    by_value: dict[ClaimValue, dict[str, Claim]] = {}
    for claim in claims:
        by_value.setdefault(claim.value, {}).setdefault(claim.source, claim)
    return [tuple(group.values()) for group in by_value.values()]


def _sources(claims: Iterable[Claim]) -> frozenset[str]:
    return frozenset(claim.source for claim in claims)


def _independent(a: Position, b: Position) -> bool:
    """True when some source on one side is not the only source on the other."""
    sources = {claim.source for claim in a} | {claim.source for claim in b}
    return len(sources) > 1


def _ordered(claims: Iterable[Claim]) -> tuple[Claim, ...]:
    return tuple(sorted(claims, key=reading_order))


def _sweep(
    positions: list[Position], tolerance: Tolerance
) -> list[tuple[Position, Position, Severity | None]]:
    """Sort positions by value and cut them into runs that agree with the run's first
    position; each cut is a conflict between the two neighbouring runs."""
    ordered = sorted(positions, key=lambda p: (value_position(p[0].value), p[0].article))
    runs: list[list[Position]] = [[ordered[0]]]
    cuts: list[Severity] = []
    for position in ordered[1:]:
        severity = judge(runs[-1][0][0].value, position[0].value, tolerance)
        if severity is None:
            runs[-1].append(position)
        else:
            runs.append([position])
            cuts.append(severity)
    merged = [tuple(claim for position in run for claim in position) for run in runs]
    return [(merged[i], merged[i + 1], cuts[i]) for i in range(len(cuts))]


def _with_acceptance(conflict: Conflict, accepted: Iterable[Acceptance]) -> Conflict:
    """An acceptance between two sources covers a conflict that sets one against the other."""
    for acceptance in accepted:
        if covers(acceptance, conflict):
            return replace(conflict, acceptance=acceptance)
    return conflict


def covers(acceptance: Acceptance, conflict: Conflict) -> bool:
    """True when the two accepted sources stand on different sides of the conflict."""
    first, second = sorted(acceptance.between)
    left, right = conflict.sides
    return (first in left and second in right) or (first in right and second in left)


def stale_acceptances(fact: Fact, claims: Sequence[Claim]) -> list[Acceptance]:
    """Acceptances whose two sources no longer disagree (like a strict xfail that passes).

    Judged on the two sources' own claims, not on how the sweep grouped them, and, for a
    fact that changes over time, only on claims whose periods overlap.
    """
    by_source: dict[str, list[tuple[ClaimValue, Period | None]]] = {}
    for claim in claims:
        by_source.setdefault(claim.source, []).append((claim.value, claim_period(fact, claim)))
    stale = []
    for acceptance in fact.accepted:
        first, second = sorted(acceptance.between)
        if REFERENCE in acceptance.between:
            other = second if first == REFERENCE else first
            against = [(fact.reference.value, reference_period(fact))] if fact.reference else []
            values = by_source.get(other, [])
        else:
            values, against = by_source.get(first, []), by_source.get(second, [])
        if not any(judge(a, b, fact.tolerance) for a, when_a in values for b, when_b in against
                   if comparable(when_a, when_b)):
            stale.append(acceptance)
    return stale
