"""The HTML page's model: the JSON's data plus what only people need.

Charts, article texts cut into marked pieces, values rounded for reading,
stable anchors. Pure: a ``Validation`` and ``report_data`` in, plain data out;
the template does the drawing.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from ..compare import Claim
from ..quantities import QUALIFIER_TEXT, ClaimValue, Qualifier
from ..validation import FactResult, Validation
from .chart import build_chart, short_names
from .text import Piece, Span, mention_title, mentions_of, segment, unmatched_mentions

Status = str  # 'conflict' (in a new conflict), 'accepted' (in accepted ones only) or 'ok'
VERDICT_TEXT = {"conflict": "new conflict", "accepted": "accepted conflict", "ok": "consistent"}
_UNSAFE_ID = re.compile(r"[^A-Za-z0-9._-]")


def anchor(name: str) -> str:
    """An id fragment for ``name``: kept as is when it is made of [A-Za-z0-9._-], else escaped."""
    return _UNSAFE_ID.sub(lambda m: f"~{ord(m.group()):x}~", name)


def display_number(number: float) -> str:
    """A number for reading: three significant digits, but never fewer than the integer part.

    657.0841889 -> '657', 21600 -> '21,600', 0.012345 -> '0.0123', 1234567.3 -> '1,234,567'.
    """
    if number == 0 or not math.isfinite(number):
        return f"{number:g}"
    decimals = max(0, 2 - math.floor(math.log10(abs(number))))
    text = f"{round(number, decimals):,.{decimals}f}"
    if decimals:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def display_value(value: ClaimValue) -> str:
    """A claim value in words, numbers rounded for reading: 'about 657', 'more than 20,000'."""
    def number(n: float | None) -> str:
        return "…" if n is None else display_number(n)

    if value.qualifier in ("range", "vague") or value.nominal is None:
        if value.high is None:
            return f"at least {number(value.low)}"
        if value.low is None:
            return f"at most {number(value.high)}"
        return f"{number(value.low)}–{number(value.high)}"
    qualifier: Qualifier | None = value.qualifier
    words = QUALIFIER_TEXT.get(qualifier) if qualifier else None
    return f"{words} {number(value.nominal)}" if words else number(value.nominal)


def display_unit(unit: str) -> str:
    """Unit text for reading: 'US_dollar / shell' -> 'USD / shell', 'artillery_piece' -> 'artillery piece'."""
    return unit.replace("US_dollar", "USD").replace("_", " ")


def claim_statuses(result: FactResult) -> dict[tuple[str, ClaimValue], Status]:
    """The rules' verdict per (source, value): a duplicate restating its original shares it."""
    statuses: dict[tuple[str, ClaimValue], Status] = {}
    for conflict in sorted(result.conflicts, key=lambda c: c.status == "new"):
        for claim in conflict.claims:
            statuses[(claim.source, claim.value)] = "conflict" if conflict.status == "new" else "accepted"
    return statuses


def build_page(validation: Validation, data: Mapping[str, Any]) -> dict[str, Any]:
    """Everything the template shows, in the order it shows it."""
    article_ids = [a.id for a in validation.corpus.articles]
    names = short_names(article_ids)
    duplicates = {a.id: a.duplicate_of for a in validation.corpus.articles if a.duplicate_of}
    facts_data = {f["id"]: f for f in data["facts"]}
    claims_data = iter(data["claims"])
    facts = []
    for result in validation.results:
        fact = result.fact
        statuses = claim_statuses(result)
        claims = []
        for claim in result.claims:
            claim_data = next(claims_data)
            assert (claim_data["article"], claim_data["start"]) == (claim.article, claim.start)
            verdict = statuses.get((claim.source, claim.value), "ok")
            claims.append(_claim_view(claim_data, claim.value, verdict))
        fact_data = facts_data[fact.id]
        facts.append({
            **fact_data,
            "anchor": f"fact-{anchor(fact.id)}",
            "display_unit": display_unit(fact_data["unit"]),
            "description": fact.description,
            "reference_display": fact.reference and display_value(fact.reference.value),
            "claims": claims,
            "conflicts_new": sum(1 for c in result.conflicts if c.status == "new"),
            "conflicts_accepted": sum(1 for c in result.conflicts if c.status == "accepted"),
            "stale": [s for s in data["stale"] if s["fact"] == fact.id],
            "chart": build_chart(result.claims, statuses, fact.reference, fact.tolerance, duplicates,
                                 names),
            "false_matches": [
                {"article": m.article, "quote": m.quote, "reason": m.reason,
                 "text_anchor": _text_anchor(m.article, m.start)}
                for m in fact.false_matches
            ],
        })
    articles = _article_views(validation, data, names)
    return {
        "facts": facts,
        "conflicts": _conflict_views(data["conflicts"], facts_data),
        "articles": articles,
        "articles_by_id": {a["id"]: a for a in articles},
        "matrix": _matrix(data["conflicts"]),
    }


def _claim_view(claim: Mapping[str, Any], value: ClaimValue, verdict: Status) -> dict[str, Any]:
    return {
        **claim,
        "display": display_value(value),
        "display_unit": display_unit(claim["unit"]),
        "converted": bool(claim["written_unit"]) and claim["written_unit"] != claim["unit"],
        "verdict": verdict,
        "verdict_text": VERDICT_TEXT[verdict],
        "text_anchor": _text_anchor(claim["article"], claim["start"]),
    }


def _text_anchor(article_id: str, start: int) -> str:
    return f"text-{anchor(article_id)}-{start}"


def _conflict_views(
    conflicts: Sequence[Mapping[str, Any]],
    facts: Mapping[str, Mapping[str, Any]],
) -> list[dict[str, Any]]:
    views = []
    used: Counter[str] = Counter()
    for conflict in conflicts:
        verdict = "conflict" if conflict["status"] == "new" else "accepted"
        name = f"conflict-{anchor(conflict['fact'])}--{'--'.join(anchor(s) for s in conflict['sources'])}"
        used[name] += 1
        views.append({
            **conflict,
            "anchor": name if used[name] == 1 else f"{name}--{used[name]}",
            "fact_anchor": f"fact-{anchor(conflict['fact'])}",
            "title": facts[conflict["fact"]]["title"],
            "sheet": facts[conflict["fact"]]["sheet"],
            "display_unit": display_unit(conflict["unit"]),
            "claims": [_claim_view(c, _value_of(c), verdict) for c in conflict["claims"]],
            "reference_display": conflict["reference"] and display_value(_value_of(conflict["reference"])),
        })
    return views


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


def _article_views(
    validation: Validation, data: Mapping[str, Any], names: Mapping[str, str]
) -> list[dict[str, Any]]:
    """Each article's text cut into pieces: claims link to their fact, other mentions are marked."""
    titles = {f["id"]: f["title"] for f in data["facts"]}
    claims_by_article: dict[str, list[Claim]] = {}
    for claim in validation.claims:
        claims_by_article.setdefault(claim.article, []).append(claim)
    false_by_article: dict[str, list[Span]] = {}
    for result in validation.results:
        for match in result.fact.false_matches:
            false_by_article.setdefault(match.article, []).append(Span(
                match.start, match.end, "false_match",
                f"not {result.fact.id}: {match.reason}", f"#fact-{anchor(result.fact.id)}",
                _text_anchor(match.article, match.start)))
    all_mentions = mentions_of(validation)
    views = []
    for article_data, article in zip(data["articles"], validation.corpus.articles, strict=True):
        claim_spans = [
            Span(c.start, c.end, "claim", f"{titles[c.fact]} ({c.fact}): {c.written}",
                 f"#fact-{anchor(c.fact)}", _text_anchor(c.article, c.start), c.written)
            for c in claims_by_article.get(article.id, [])
        ]
        false_spans = false_by_article.get(article.id, [])
        taken = [(s.start, s.end) for s in (*claim_spans, *false_spans)]
        unmatched = unmatched_mentions(all_mentions.get(article.id, ()), taken)
        mention_spans = [Span(m.start, m.end, "mention", mention_title(m)) for m in unmatched]
        pieces: list[Piece] = segment(article.text, [*claim_spans, *false_spans, *mention_spans])
        views.append({
            **article_data,
            "anchor": f"article-{anchor(article.id)}",
            "short": names[article.id],
            "pieces": pieces,
            "claims": len(claim_spans),
            "facts": sorted({c.fact for c in claims_by_article.get(article.id, [])}),
            "unmatched": len(unmatched),
            "false_matches": len(false_spans),
            "characters": len(article.text),
        })
    return views
