"""``reports/conflicts.html``: one self-contained page rendered with Jinja2 (autoescaped)."""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache

import jinja2

from ..numbers import NUMBER_RE, NumberError, parse_number
from ..quantities import format_value
from ..validation import FactResult, Validation
from .chart import build_chart
from .data import report_data


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("factsheet.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render_html(validation: Validation, run_time: datetime | None = None) -> str:
    """The report page; the same validation and ``run_time`` give the same bytes."""
    data = report_data(validation)
    articles = {a["id"]: a for a in data["articles"]}
    facts = []
    duplicates = {a.id: a.duplicate_of for a in validation.corpus.articles if a.duplicate_of}
    for result in validation.results:
        fact = result.fact
        statuses = _claim_statuses(result)
        facts.append({
            "id": fact.id,
            "title": fact.title,
            "unit": next(f["unit"] for f in data["facts"] if f["id"] == fact.id),
            "tolerance": fact.tolerance.text,
            "description": fact.description,
            "reference": fact.reference and {
                "written": fact.reference.written,
                "normalised": format_value(fact.reference.value),
                "source": fact.reference.source,
            },
            "claims": [c for c in data["claims"] if c["fact"] == fact.id],
            "conflicts": [c for c in data["conflicts"] if c["fact"] == fact.id],
            "stale": [s for s in data["stale"] if s["fact"] == fact.id],
            "chart": build_chart(result.claims, statuses, fact.reference, fact.tolerance, duplicates),
            "verdicts": [statuses.get((c.article, c.start), "ok") for c in result.claims],
            "false_matches": [
                {"article": m.article, "quote": m.quote, "reason": m.reason}
                for m in fact.false_matches
            ],
        })
    template = _environment().get_template("report.html")
    return template.render(
        data=data,
        summary=data["summary"],
        articles=articles,
        facts=facts,
        run_time=run_time.isoformat(timespec="seconds") if run_time else None,
        highlight=highlight_numbers,
    )


def _claim_statuses(result: FactResult) -> dict[tuple[str, int], str]:
    """The rules' verdict on each claim: in a new conflict, in accepted ones only, or fine."""
    statuses: dict[tuple[str, int], str] = {}
    for conflict in sorted(result.conflicts, key=lambda c: c.status == "new"):
        for claim in conflict.claims:
            statuses[(claim.article, claim.start)] = (
                "conflict" if conflict.status == "new" else "accepted")
    return statuses


def highlight_numbers(quote: str, written: str | None = None) -> list[tuple[str, bool]]:
    """Split a quote into (text, is_number) pieces so the template can mark numbers.

    With ``written`` (the value as the sheet writes it), only the numbers of that
    value are marked: not the calibers or dates around them.
    """
    wanted = _numbers(written) if written else None
    pieces: list[tuple[str, bool]] = []
    position = 0
    for match in NUMBER_RE.finditer(quote):
        value = _number(match.group())
        if value is None or (wanted is not None and value not in wanted):
            continue
        pieces.append((quote[position : match.start()], False))
        pieces.append((match.group(), True))
        position = match.end()
    pieces.append((quote[position:], False))
    return [piece for piece in pieces if piece[0]]


def _numbers(text: str) -> set[float]:
    return {n for m in NUMBER_RE.finditer(text) if (n := _number(m.group())) is not None}


def _number(text: str) -> float | None:
    # Lone words like "a" or "one" in a quote are rarely the figure being claimed.
    if not any(ch.isdigit() for ch in text) and len(text.split()) < 2 and len(text) < 4:
        return None
    try:
        return parse_number(text)
    except NumberError:
        return None
