"""The HTML page's model: a ``Validation`` made into the records of ``page``.

Charts, article texts cut into marked pieces, values rounded for reading,
stable anchors. Pure: a ``Validation`` in, a ``Page`` out; the template does the
drawing. Long lists are cut to ``Limits``, the most important part first, and
what is left out is counted.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from ..check.compare import Claim, Conflict, claim_unit, reading_order, value_position
from ..check.results import FactResult, Validation
from ..quantities import ClaimValue
from ..sheets.records import Acceptance, Fact, Reference
from ..units import format_unit
from .articles import anchor, article_entries, article_views, text_anchor
from .chart import build_chart, short_names
from .data import ordered_conflicts
from .limits import LIMITS, Limits
from .page import (
    ClaimRow,
    ConflictCard,
    ConflictSide,
    FactSection,
    FalseMatch,
    Filter,
    FilterOption,
    HiddenConflicts,
    Matrix,
    MatrixRow,
    Page,
    ReferenceRow,
    StaleAcceptance,
)
from .status import (
    CONFLICT_STATUSES,
    CONSISTENT,
    RANK,
    SEVERITIES,
    SEVERITY,
    STATUS,
    VERDICT,
    VERDICT_OF,
    Status,
)
from .summary import summarise
from .timeline import build_timeline
from .values import display_qualifier, display_span, display_unit, display_value

VerdictName = str  # 'conflict' (in a new conflict), 'accepted' (in accepted ones only) or 'ok'
ANCHOR_SOURCES = 4  # a conflict with more sources is named by a digest of them, not a list


def claim_statuses(result: FactResult) -> dict[tuple[str, ClaimValue], VerdictName]:
    """The rules' verdict per (source, value): a duplicate restating its original shares it."""
    statuses: dict[tuple[str, ClaimValue], VerdictName] = {}
    for conflict in sorted(result.conflicts, key=lambda c: c.status == "new"):
        for claim in conflict.claims:
            statuses[(claim.source, claim.value)] = VERDICT_OF[conflict.status]
    return statuses


def build_page(validation: Validation, limits: Limits = LIMITS) -> Page:
    """Everything the template shows, in the order it shows it."""
    names = short_names([a.id for a in validation.corpus.articles])
    duplicates = {a.id: a.duplicate_of for a in validation.corpus.articles if a.duplicate_of}
    facts = {result.fact.id: result.fact for result in validation.results}
    stale = {result.fact.id: tuple(_stale(result.fact.id, a) for a in result.stale)
             for result in validation.results}
    unsure: dict[str, list[Claim]] = defaultdict(list)
    for claim in validation.unsure:
        unsure[claim.fact].append(claim)
    conflicts = ordered_conflicts(validation.conflicts)
    cards, hidden, quoted = _conflict_cards(conflicts, facts, limits)
    sections = []
    for result in validation.results:
        fact = result.fact
        unit = format_unit(fact.unit)
        statuses = claim_statuses(result)
        shown, more, left = _claim_rows(result.claims, unit, statuses, limits)
        sections.append(FactSection(
            id=fact.id,
            anchor=f"fact-{anchor(fact.id)}",
            title=fact.title,
            description=fact.description,
            unit=display_unit(unit),
            tolerance=fact.tolerance.text,
            sheet=str(fact.location),
            reference=_reference_row(fact.reference),
            chart=build_chart(result.claims, statuses, fact.reference, fact.tolerance, duplicates,
                              names, limits.chart_rows),
            timeline=build_timeline(result.claims, statuses, names) if fact.over_time else None,
            changes_over_time=fact.over_time.text if fact.over_time else None,
            claims=shown,
            claims_more=more,
            claims_left=left,
            claims_total=len(result.claims),
            conflicts_new=sum(1 for c in result.conflicts if c.status == "new"),
            conflicts_accepted=sum(1 for c in result.conflicts if c.status == "accepted"),
            stale=stale[fact.id],
            false_matches=tuple(FalseMatch(m.article, m.quote, m.reason, text_anchor(m.article, m.start))
                                for m in fact.false_matches),
            unsure=tuple(_claim_row(c, unit, "unsure") for c in unsure[fact.id][: limits.claims_shown]),
            unsure_left=max(0, len(unsure[fact.id]) - limits.claims_shown),
        ))
    articles, articles_left_out = article_views(validation, names, quoted, limits)
    return Page(
        summary=summarise(validation),
        matrix=_matrix(conflicts),
        filters=_filters(conflicts),
        sheet_errors=tuple(str(error) for f in validation.failures for error in f.errors),
        stale=tuple(s for fact_stale in stale.values() for s in fact_stale),
        warnings=tuple(str(w) for w in validation.warnings),
        conflicts=cards,
        conflicts_total=len(conflicts),
        conflicts_hidden=hidden,
        facts=tuple(sections),
        articles=articles,
        articles_left_out=articles_left_out,
        articles_by_id={a.id: a for a in articles},
        known_articles=article_entries(validation),
        limits=limits,
    )


def _claim_rows(
    claims: Sequence[Claim],
    unit: str,
    statuses: Mapping[tuple[str, ClaimValue], VerdictName],
    limits: Limits,
) -> tuple[tuple[ClaimRow, ...], tuple[ClaimRow, ...], int]:
    """A fact's claim rows: those shown open, those collapsed, and how many are left out.

    All in the sheet's order when they fit in ``limits.claims_shown``; else claims in new
    conflicts first, then in accepted ones, then the rest, each in the sheet's order.
    """
    verdicts = [statuses.get((claim.source, claim.value), CONSISTENT.name) for claim in claims]
    order = list(range(len(claims)))
    if len(claims) > limits.claims_shown:
        order.sort(key=lambda i: RANK[verdicts[i]])
    rows = tuple(_claim_row(claims[i], unit, verdicts[i]) for i in order[: limits.claims_max])
    return rows[: limits.claims_shown], rows[limits.claims_shown :], len(claims) - len(rows)


def _claim_row(claim: Claim, unit: str, verdict: VerdictName) -> ClaimRow:
    """``unit`` is the fact's, as conflicts.json writes it."""
    unit = claim_unit(claim, unit)
    converted = bool(claim.written_unit) and claim.written_unit != unit
    return ClaimRow(
        article=claim.article,
        text_anchor=text_anchor(claim.article, claim.start),
        quote=claim.quote,
        written=claim.written,
        value=display_value(claim.value),
        unit=display_unit(unit),
        converted_from=display_unit(claim.written_unit) if converted else None,
        qualifier=display_qualifier(claim.value.qualifier),
        origin=claim.origin,
        verdict=VERDICT[verdict],
        frame=claim.frame.describe() if claim.frame else None,
        why=claim.why,
        when=claim.period.describe() if claim.period else None,
        rate=claim.rate.describe() if claim.rate else None,
    )


def _reference_row(reference: Reference | None) -> ReferenceRow | None:
    if reference is None:
        return None
    return ReferenceRow(reference.written, display_value(reference.value), reference.source)


def _stale(fact_id: str, acceptance: Acceptance) -> StaleAcceptance:
    return StaleAcceptance(fact_id, tuple(sorted(acceptance.between)), acceptance.reason,
                           str(acceptance.location))


def _conflict_cards(
    conflicts: Sequence[Conflict], facts: Mapping[str, Fact], limits: Limits
) -> tuple[tuple[ConflictCard, ...], tuple[HiddenConflicts, ...], dict[str, int]]:
    """The conflict cards, what is left out per fact, and the articles the cards quote
    (each with the number of the first card that does).

    Cards keep the report's order; when there are too many, new conflicts and
    contradictions are chosen first, at most ``limits.conflicts_per_fact`` per fact.
    """
    names = _conflict_anchors(conflicts)
    chosen = _choose_conflicts(conflicts, limits)
    cards: list[ConflictCard] = []
    quoted: dict[str, int] = {}
    for index in chosen:
        conflict = conflicts[index]
        fact = facts[conflict.fact]
        unit = format_unit(fact.unit)
        verdict = VERDICT_OF[conflict.status]
        if len(conflict.claims) <= 2 * limits.claims_per_side:
            claims = tuple(_claim_row(c, unit, verdict) for c in conflict.claims)
            sides = None
        else:
            claims, sides = (), _conflict_sides(conflict, unit, verdict, limits)
        for claim in (*claims, *(c for side in sides or () for c in side.claims)):
            quoted.setdefault(claim.article, len(cards))
        cards.append(ConflictCard(
            anchor=names[index],
            fact=conflict.fact,
            fact_anchor=f"fact-{anchor(conflict.fact)}",
            title=fact.title,
            sheet=str(fact.location),
            unit=display_unit(unit),
            status=STATUS[conflict.status],
            severity=SEVERITY[conflict.severity],
            reason=conflict.acceptance.reason if conflict.acceptance else None,
            claims=claims,
            sides=sides,
            reference=_reference_row(conflict.reference),
            sources=tuple(sorted(conflict.sources)),
            accept_between=_acceptance_pair(conflict),
        ))
    return tuple(cards), _hidden_conflicts(conflicts, chosen, facts), quoted


def _conflict_sides(
    conflict: Conflict, unit: str, verdict: VerdictName, limits: Limits
) -> tuple[ConflictSide, ...]:
    """A large conflict's claims by side: how many, their values, and a few of them listed."""
    sides = conflict_sides(conflict)
    return tuple(
        ConflictSide(
            label=_side_label(number, len(sides), conflict.reference is not None),
            count=len(side),
            span=_span(side),
            claims=tuple(_claim_row(c, unit, verdict) for c in pick_claims(side, take, lower=number == 0)),
            more=len(side) - take,
        )
        for number, (side, take) in enumerate(zip(sides, _shares(sides, limits), strict=True))
    )


def _choose_conflicts(conflicts: Sequence[Conflict], limits: Limits) -> list[int]:
    """Indices of the conflicts that get a card, in the report's order."""
    def priority(index: int) -> tuple[bool, bool, int]:
        conflict = conflicts[index]
        return conflict.status != "new", conflict.severity != "contradiction", index

    per_fact: Counter[str] = Counter()
    chosen: list[int] = []
    for index in sorted(range(len(conflicts)), key=priority):
        if len(chosen) == limits.conflicts_max:
            break
        fact = conflicts[index].fact
        if per_fact[fact] < limits.conflicts_per_fact:
            per_fact[fact] += 1
            chosen.append(index)
    return sorted(chosen)


def _hidden_conflicts(
    conflicts: Sequence[Conflict], chosen: Sequence[int], facts: Mapping[str, Fact]
) -> tuple[HiddenConflicts, ...]:
    """Per fact, in the sheets' order, how many new and accepted conflicts have no card."""
    shown = set(chosen)
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for index, conflict in enumerate(conflicts):
        if index not in shown:
            counts[conflict.fact][conflict.status] += 1
    return tuple(
        HiddenConflicts(fact, facts[fact].title, f"fact-{anchor(fact)}", counts[fact]["new"],
                        counts[fact]["accepted"])
        for fact in facts if fact in counts
    )


def _conflict_anchors(conflicts: Sequence[Conflict]) -> list[str]:
    """A unique id per conflict: its fact and sources, or a digest of many sources."""
    names = []
    used: Counter[str] = Counter()
    for conflict in conflicts:
        sources = sorted(conflict.sources)
        if len(sources) <= ANCHOR_SOURCES:
            tail = "--".join(anchor(s) for s in sources)
        else:
            digest = hashlib.sha256("\n".join(sources).encode("utf-8")).hexdigest()[:12]
            tail = f"{len(sources)}-sources-{digest}"
        name = f"conflict-{anchor(conflict.fact)}--{tail}"
        used[name] += 1
        names.append(name if used[name] == 1 else f"{name}--{used[name]}")
    return names


def conflict_sides(conflict: Conflict) -> list[list[Claim]]:
    """A conflict's claims by side, lower values first, as comparison recorded the sides'
    sources; one list when the other side is the reference (or the sides are unknown).

    A source on both sides (it states two values) has its claims placed by value.
    """
    left, right = conflict.sides
    if conflict.reference is not None or not left or not right:
        return [list(conflict.claims)]
    only_right = right - left
    boundary = min((value_position(c.value) for c in conflict.claims if c.source in only_right),
                   default=math.inf)
    sides: tuple[list[Claim], list[Claim]] = ([], [])
    for claim in conflict.claims:
        on_left = claim.source not in right or (
            claim.source in left and value_position(claim.value) < boundary)
        sides[0 if on_left else 1].append(claim)
    lower, higher = sides
    if not lower or not higher:
        return [lower or higher]
    if min(value_position(c.value) for c in higher) < min(value_position(c.value) for c in lower):
        lower, higher = higher, lower
    return [lower, higher]


def pick_claims(side: Sequence[Claim], count: int, lower: bool) -> list[Claim]:
    """``count`` claims of one side to list, in value order: every value before any repeats,
    the values nearest the other side first; pinned claims first within a value."""
    by_value: dict[ClaimValue, list[Claim]] = {}
    for claim in sorted(side, key=lambda c: (c.origin != "pinned", reading_order(c))):
        by_value.setdefault(claim.value, []).append(claim)
    values = sorted(by_value, key=value_position, reverse=lower)
    picked: list[Claim] = []
    depth = 0
    while len(picked) < min(count, len(side)):
        picked += [by_value[v][depth] for v in values if depth < len(by_value[v])][: count - len(picked)]
        depth += 1
    return sorted(picked, key=lambda c: (value_position(c.value), reading_order(c)))


def _shares(sides: Sequence[Sequence[Claim]], limits: Limits) -> list[int]:
    """How many claims each side lists: ``claims_per_side`` each, and a short side's rest to the other."""
    budget = 2 * limits.claims_per_side
    if len(sides) == 1:
        return [min(len(sides[0]), budget)]
    lower, higher = len(sides[0]), len(sides[1])
    first = min(lower, max(limits.claims_per_side, budget - higher))
    return [first, min(higher, budget - first)]


def _side_label(number: int, sides: int, reference: bool) -> str:
    if reference:
        return "Against the reference"
    if sides == 1:
        return "Claims"
    return "Lower side" if number == 0 else "Higher side"


def _span(claims: Sequence[Claim]) -> str:
    """The values of some claims, from the lowest number any states to the highest: '19,800–20,200'."""
    numbers = [n for c in claims for n in (c.value.nominal, c.value.low, c.value.high) if n is not None]
    return display_span(min(numbers), max(numbers)) if numbers else ""


def _acceptance_pair(conflict: Conflict) -> tuple[str, ...]:
    """The two sources an acceptance of this conflict names, one from each side, sorted.

    An acceptance names exactly two sources and covers every conflict in which they
    stand on different sides.
    """
    sources = sorted(conflict.sources)
    left, right = conflict.sides
    if len(sources) <= 2 or not left or not right:
        return tuple(sources)
    first = min(left - right or left)
    return tuple(sorted({first, min(right - {first}, default=first)}))


def _matrix(conflicts: Sequence[Conflict]) -> Matrix:
    """Conflicts counted by status (rows) and severity (columns), with totals."""
    counts: Counter[tuple[str, str]] = Counter((c.status, c.severity) for c in conflicts)

    def row(label: str, statuses: Sequence[Status], alarming: bool) -> MatrixRow:
        by_severity = [sum(counts[status.name, s.name] for status in statuses) for s in SEVERITIES]
        return MatrixRow(label, (*by_severity, sum(by_severity)), alarming)

    rows = [row(status.label, [status], status.alarming) for status in CONFLICT_STATUSES]
    rows.append(row("all", CONFLICT_STATUSES, False))
    return Matrix((*(s.label.capitalize() for s in SEVERITIES), "All"), tuple(rows))


def _filters(conflicts: Sequence[Conflict]) -> tuple[Filter, ...]:
    """The checkboxes that filter the cards by status and by severity, each with its count."""
    statuses: Counter[str] = Counter(c.status for c in conflicts)
    severities: Counter[str] = Counter(c.severity for c in conflicts)
    return (
        Filter("status", "Status",
               tuple(FilterOption(s.name, s.label, statuses[s.name]) for s in CONFLICT_STATUSES)),
        Filter("severity", "Severity",
               tuple(FilterOption(s.name, s.label, severities[s.name]) for s in SEVERITIES)),
    )
