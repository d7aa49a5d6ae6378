"""Claims -> conflicts. Pure: records in, records out.

Two claims from independent sources conflict when
- their intervals cannot both hold, beyond the fact's tolerance (contradiction), or
- the intervals overlap but the point estimates differ by more than the tolerance,
  or one point estimate lies outside the other's stated bounds (divergence).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Literal

from .facts import REFERENCE, Acceptance, Fact, PinnedClaim, Reference, Tolerance
from .quantities import ClaimValue

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


@dataclass(frozen=True, slots=True)
class Conflict:
    """Disagreeing claims about one fact (or a claim against the fact's reference)."""

    fact: str
    severity: Severity
    claims: tuple[Claim, ...]
    reference: Reference | None = None
    acceptance: Acceptance | None = None

    @property
    def sources(self) -> frozenset[str]:
        names = {claim.source for claim in self.claims}
        return frozenset(names | {REFERENCE} if self.reference else names)

    @property
    def status(self) -> Literal["new", "accepted"]:
        return "accepted" if self.acceptance else "new"


def pinned_claim(fact: Fact, pinned: PinnedClaim, source: str) -> Claim:
    return Claim(fact.id, pinned.article, source, pinned.value, pinned.written,
                 pinned.written_unit, pinned.quote, pinned.start, pinned.end, "pinned")


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
    """Every pair of independent claims that disagree, and every claim that disagrees
    with the reference; acceptances from the sheet are attached."""
    found: list[Conflict] = []
    seen: set[frozenset[tuple[str, ClaimValue]]] = set()
    for a, b in combinations(claims, 2):
        # A duplicate article restating its original is one source, not a second conflict.
        key = frozenset({(a.source, a.value), (b.source, b.value)})
        if a.source == b.source or key in seen:
            continue
        seen.add(key)
        severity = judge(a.value, b.value, fact.tolerance)
        if severity:
            first, second = sorted((a, b), key=lambda c: (c.article, c.start))
            found.append(Conflict(fact.id, severity, (first, second)))
    if fact.reference is not None:
        for claim in claims:
            severity = judge(claim.value, fact.reference.value, fact.tolerance)
            if severity:
                found.append(Conflict(fact.id, severity, (claim,), reference=fact.reference))
    return [_with_acceptance(conflict, fact.accepted) for conflict in found]


def _with_acceptance(conflict: Conflict, accepted: Iterable[Acceptance]) -> Conflict:
    for acceptance in accepted:
        if acceptance.between == conflict.sources:
            return Conflict(conflict.fact, conflict.severity, conflict.claims,
                            conflict.reference, acceptance)
    return conflict


def stale_acceptances(fact: Fact, conflicts: Sequence[Conflict]) -> list[Acceptance]:
    """Acceptances that no longer match any conflict (like a strict xfail that passes)."""
    used = {conflict.acceptance for conflict in conflicts if conflict.acceptance}
    return [acceptance for acceptance in fact.accepted if acceptance not in used]
