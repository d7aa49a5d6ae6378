"""The checks behind the shipped pytest rules, as plain functions a user's own rules
can call. Each returns a list of failure messages (empty means the rule holds).
"""

from __future__ import annotations

from pathlib import Path

from .check.compare import Claim, Conflict
from .check.results import FactResult, Validation
from .corpus.articles import Article
from .errors import FactsheetError
from .report.values import display_unit, display_value
from .sheets.records import Acceptance
from .text.normalise import fold


def sheet_problems(validation: Validation, path: Path) -> list[str]:
    """Errors that stopped ``path`` from loading, each as ``file:line: message``."""
    return [str(error) for failure in validation.failures if failure.path == path
            for error in failure.errors]


def pinned_quote_problems(validation: Validation, path: Path) -> list[str]:
    """Pinned spans that do not hold their quote (the article changed under the sheet)."""
    problems = []
    for sheet in validation.sheets:
        if sheet.path != path:
            continue
        for fact in sheet.facts:
            for claim in fact.claims:
                try:
                    text = validation.articles[claim.article].text
                except FactsheetError as error:
                    problems.append(f"{claim.location}: {error}")
                    continue
                if fold(text[claim.start : claim.end]) != fold(claim.quote):
                    problems.append(f"{claim.location}: the quote is no longer at "
                                    f"{claim.start}-{claim.end} of {claim.article}")
    return problems


def conflict_message(conflict: Conflict, unit: str) -> str:
    """A conflict as a failure message: both sources quoted with their normalised values,
    rounded for reading (the report JSON has them exact)."""
    unit = display_unit(unit)
    lines = [f"{conflict.fact}: {conflict.status} {conflict.severity} ({unit})"]
    lines += [f"  {_claim_line(claim, unit)}" for claim in conflict.claims]
    if conflict.reference is not None:
        ref = conflict.reference
        lines.append(f"  reference: {ref.written} = {display_value(ref.value)} {unit} ({ref.source})")
    return "\n".join(lines)


def _claim_line(claim: Claim, unit: str) -> str:
    who = f" {claim.frame.describe()}" if claim.frame else ""
    when = f"; when: {claim.period.describe()}" if claim.period else ""
    return (f'{claim.article}: "{fold(claim.quote)}" -> {fold(claim.written)} = '
            f"{display_value(claim.value)} {unit} [{claim.origin}{who}{when}]")


def new_conflict_problems(result: FactResult) -> list[str]:
    """Each new conflict of a fact, with a ready-to-paste acceptance as the fix."""
    unit = result.fact.unit_text
    return [
        f"{conflict_message(conflict, unit)}\n"
        f"  if both stand, accept it under {result.fact.id} in {result.fact.location.path.name}:\n"
        f"    accepted:\n      - between: [{', '.join(sorted(conflict.sources))}]\n"
        f"        reason: ...\n"
        for conflict in result.new_conflicts
    ]


def stale_problems(result: FactResult) -> list[str]:
    return [_stale_line(result.fact.id, acceptance) for acceptance in result.stale]


def _stale_line(fact_id: str, acceptance: Acceptance) -> str:
    return (f"{acceptance.location}: {fact_id} accepts a conflict between "
            f"{' and '.join(sorted(acceptance.between))} that no longer exists; "
            "remove the acceptance or fix the claims")


def manifest_problems(validation: Validation) -> list[str]:
    """Rows of the corpus manifest that are wrong, each as ``file:line: message``."""
    return [str(error) for error in validation.manifest_errors]


def reference_problems(validation: Validation, article: Article) -> list[str]:
    """New disagreements between this article's claims and the facts' reference values."""
    return [
        conflict_message(conflict, unit)
        for conflict, unit in validation.new_reference_conflicts.get(article.canonical_id, ())
    ]
