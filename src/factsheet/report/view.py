"""The HTML page's model: the JSON's data plus what only people need.

Charts, article texts cut into marked pieces, values rounded for reading,
stable anchors. Pure: a ``Validation`` and ``report_data`` in, plain data out;
the template does the drawing. Long lists are cut to ``Limits``, the most
important part first, and what is left out is counted.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from ..check.compare import Claim, Conflict, reading_order, value_position
from ..check.results import FactResult, Validation
from ..quantities import ClaimValue
from .articles import anchor, article_views, text_anchor
from .chart import build_chart, short_names
from .data import ordered_conflicts
from .limits import LIMITS, Limits
from .values import display_span, display_unit, display_value

Status = str  # 'conflict' (in a new conflict), 'accepted' (in accepted ones only) or 'ok'
VERDICT_TEXT = {"conflict": "new conflict", "accepted": "accepted conflict", "ok": "consistent"}
_VERDICT_ORDER = {"conflict": 0, "accepted": 1, "ok": 2}
ANCHOR_SOURCES = 4  # a conflict with more sources is named by a digest of them, not a list


def claim_statuses(result: FactResult) -> dict[tuple[str, ClaimValue], Status]:
    """The rules' verdict per (source, value): a duplicate restating its original shares it."""
    statuses: dict[tuple[str, ClaimValue], Status] = {}
    for conflict in sorted(result.conflicts, key=lambda c: c.status == "new"):
        for claim in conflict.claims:
            statuses[(claim.source, claim.value)] = "conflict" if conflict.status == "new" else "accepted"
    return statuses


def build_page(validation: Validation, data: Mapping[str, Any], limits: Limits = LIMITS) -> dict[str, Any]:
    """Everything the template shows, in the order it shows it."""
    names = short_names([a.id for a in validation.corpus.articles])
    duplicates = {a.id: a.duplicate_of for a in validation.corpus.articles if a.duplicate_of}
    facts_data = {f["id"]: f for f in data["facts"]}
    stale: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for acceptance in data["stale"]:
        stale[acceptance["fact"]].append(acceptance)
    conflicts, hidden, quoted = _conflict_views(validation, data, facts_data, limits)
    facts = []
    offset = 0
    for result in validation.results:
        fact = result.fact
        statuses = claim_statuses(result)
        claims_data = data["claims"][offset : offset + len(result.claims)]
        offset += len(result.claims)
        shown, more, left = _claim_rows(result.claims, claims_data, statuses, limits)
        fact_data = facts_data[fact.id]
        facts.append({
            **fact_data,
            "anchor": f"fact-{anchor(fact.id)}",
            "display_unit": display_unit(fact_data["unit"]),
            "description": fact.description,
            "reference_display": fact.reference and display_value(fact.reference.value),
            "claims": shown,
            "claims_more": more,
            "claims_left": left,
            "claims_total": len(result.claims),
            "conflicts_new": sum(1 for c in result.conflicts if c.status == "new"),
            "conflicts_accepted": sum(1 for c in result.conflicts if c.status == "accepted"),
            "stale": stale.get(fact.id, []),
            "chart": build_chart(result.claims, statuses, fact.reference, fact.tolerance, duplicates,
                                 names, limits.chart_rows),
            "false_matches": [
                {"article": m.article, "quote": m.quote, "reason": m.reason,
                 "text_anchor": text_anchor(m.article, m.start)}
                for m in fact.false_matches
            ],
        })
    articles, articles_left_out = article_views(validation, data, names, quoted, limits)
    return {
        "facts": facts,
        "conflicts": conflicts,
        "conflicts_hidden": hidden,
        "articles": articles,
        "articles_left_out": articles_left_out,
        "articles_by_id": {a["id"]: a for a in articles},
        "article_data": {a["id"]: a for a in data["articles"]},
        "matrix": _matrix(data["conflicts"]),
        "limits": limits,
    }


def _claim_rows(
    claims: Sequence[Claim],
    claims_data: Sequence[Mapping[str, Any]],
    statuses: Mapping[tuple[str, ClaimValue], Status],
    limits: Limits,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], int]:
    """A fact's claim rows: those shown open, those collapsed, and how many are left out.

    All in the sheet's order when they fit in ``limits.claims_shown``; else claims in new
    conflicts first, then in accepted ones, then the rest, each in the sheet's order.
    """
    verdicts = [statuses.get((claim.source, claim.value), "ok") for claim in claims]
    order = list(range(len(claims)))
    if len(claims) > limits.claims_shown:
        order.sort(key=lambda i: _VERDICT_ORDER[verdicts[i]])
    rows = []
    for i in order[: limits.claims_max]:
        assert (claims_data[i]["article"], claims_data[i]["start"]) == (claims[i].article, claims[i].start)
        rows.append(_claim_view(claims_data[i], claims[i].value, verdicts[i]))
    return rows[: limits.claims_shown], rows[limits.claims_shown :], len(claims) - len(rows)


def _claim_view(claim: Mapping[str, Any], value: ClaimValue, verdict: Status) -> dict[str, Any]:
    return {
        **claim,
        "display": display_value(value),
        "display_unit": display_unit(claim["unit"]),
        "converted": bool(claim["written_unit"]) and claim["written_unit"] != claim["unit"],
        "verdict": verdict,
        "verdict_text": VERDICT_TEXT[verdict],
        "text_anchor": text_anchor(claim["article"], claim["start"]),
    }


def _conflict_views(
    validation: Validation,
    data: Mapping[str, Any],
    facts: Mapping[str, Mapping[str, Any]],
    limits: Limits,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], dict[str, int]]:
    """The conflict cards, what is left out per fact, and the articles the cards quote
    (each with the number of the first card that does).

    Cards keep the report's order; when there are too many, new conflicts and
    contradictions are chosen first, at most ``limits.conflicts_per_fact`` per fact.
    """
    conflicts: Sequence[Mapping[str, Any]] = data["conflicts"]
    records = ordered_conflicts(validation.conflicts)
    names = _conflict_anchors(conflicts)
    chosen = _choose_conflicts(conflicts, limits)
    views: list[dict[str, Any]] = []
    quoted: dict[str, int] = {}
    for index in chosen:
        conflict, record = conflicts[index], records[index]
        verdict = "conflict" if conflict["status"] == "new" else "accepted"
        if len(record.claims) <= 2 * limits.claims_per_side:
            claims = [_claim_view(c, _value_of(c), verdict) for c in conflict["claims"]]
            sides = None
        else:
            claims, sides = [], _side_views(conflict, record, verdict, limits)
        for claim in (*claims, *(c for side in sides or () for c in side["claims"])):
            quoted.setdefault(claim["article"], len(views))
        views.append({
            **conflict,
            "anchor": names[index],
            "fact_anchor": f"fact-{anchor(conflict['fact'])}",
            "title": facts[conflict["fact"]]["title"],
            "sheet": facts[conflict["fact"]]["sheet"],
            "display_unit": display_unit(conflict["unit"]),
            "claims": claims,
            "sides": sides,
            "reference_display": conflict["reference"] and display_value(_value_of(conflict["reference"])),
            "accept_between": _acceptance_pair(record),
        })
    return views, _hidden_conflicts(conflicts, chosen, facts), quoted


def _side_views(
    conflict: Mapping[str, Any], record: Conflict, verdict: Status, limits: Limits
) -> list[dict[str, Any]]:
    """A large conflict's claims by side: how many, their values, and a few of them listed."""
    sides = conflict_sides(record)
    position = {id(claim): i for i, claim in enumerate(record.claims)}  # the JSON's claims are in this order
    return [
        {
            "label": _side_label(number, len(sides), record.reference is not None),
            "count": len(side),
            "span": _span(side),
            "claims": [_claim_view(conflict["claims"][position[id(c)]], c.value, verdict)
                       for c in pick_claims(side, take, lower=number == 0)],
            "more": len(side) - take,
        }
        for number, (side, take) in enumerate(zip(sides, _shares(sides, limits), strict=True))
    ]


def _choose_conflicts(conflicts: Sequence[Mapping[str, Any]], limits: Limits) -> list[int]:
    """Indices of the conflicts that get a card, in the report's order."""
    def priority(index: int) -> tuple[bool, bool, int]:
        conflict = conflicts[index]
        return conflict["status"] != "new", conflict["severity"] != "contradiction", index

    per_fact: Counter[str] = Counter()
    chosen: list[int] = []
    for index in sorted(range(len(conflicts)), key=priority):
        if len(chosen) == limits.conflicts_max:
            break
        fact = conflicts[index]["fact"]
        if per_fact[fact] < limits.conflicts_per_fact:
            per_fact[fact] += 1
            chosen.append(index)
    return sorted(chosen)


def _hidden_conflicts(
    conflicts: Sequence[Mapping[str, Any]], chosen: Sequence[int], facts: Mapping[str, Mapping[str, Any]]
) -> list[dict[str, Any]]:
    """Per fact, in the sheets' order, how many new and accepted conflicts have no card."""
    shown = set(chosen)
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for index, conflict in enumerate(conflicts):
        if index not in shown:
            counts[conflict["fact"]][conflict["status"]] += 1
    return [
        {"fact": fact, "title": facts[fact]["title"], "anchor": f"fact-{anchor(fact)}",
         "new": counts[fact]["new"], "accepted": counts[fact]["accepted"]}
        for fact in facts if fact in counts
    ]


def _conflict_anchors(conflicts: Sequence[Mapping[str, Any]]) -> list[str]:
    """A unique id per conflict: its fact and sources, or a digest of many sources."""
    names = []
    used: Counter[str] = Counter()
    for conflict in conflicts:
        sources = conflict["sources"]
        if len(sources) <= ANCHOR_SOURCES:
            tail = "--".join(anchor(s) for s in sources)
        else:
            digest = hashlib.sha256("\n".join(sources).encode("utf-8")).hexdigest()[:12]
            tail = f"{len(sources)}-sources-{digest}"
        name = f"conflict-{anchor(conflict['fact'])}--{tail}"
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


def _acceptance_pair(conflict: Conflict) -> list[str]:
    """The two sources an acceptance of this conflict names, one from each side, sorted.

    An acceptance names exactly two sources and covers every conflict in which they
    stand on different sides.
    """
    sources = sorted(conflict.sources)
    left, right = conflict.sides
    if len(sources) <= 2 or not left or not right:
        return sources
    first = min(left - right or left)
    return sorted({first, min(right - {first}, default=first)})


def _value_of(data: Mapping[str, Any]) -> ClaimValue:
    return ClaimValue(data["value"], data["low"], data["high"], data.get("qualifier"))


def _matrix(conflicts: Sequence[Mapping[str, Any]]) -> dict[str, dict[str, int]]:
    """Conflicts counted by status (rows) and severity (columns), with totals."""
    counts: dict[str, dict[str, int]] = {
        status: {"contradiction": 0, "divergence": 0, "total": 0} for status in ("new", "accepted", "total")
    }
    for conflict in conflicts:
        for status in (conflict["status"], "total"):
            counts[status][conflict["severity"]] += 1
            counts[status]["total"] += 1
    return counts
