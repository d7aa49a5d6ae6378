"""A run's counts: the summary of conflicts.json and of the page, and the line the
plugin and the CLI print after a run."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields
from pathlib import Path

from ..check.results import Validation


@dataclass(frozen=True, slots=True)
class Summary:
    """What a run counted; the fields in conflicts.json's order."""

    articles: int
    duplicates: int
    facts: int
    claims: int
    claims_pinned: int
    claims_auto: int
    claims_unsure: int
    conflicts_new: int
    conflicts_accepted: int
    contradictions: int
    divergences: int
    stale_acceptances: int
    sheet_errors: int
    warnings: int
    manifest_errors: int = 0

    def as_dict(self) -> dict[str, int]:
        return {field.name: getattr(self, field.name) for field in fields(self)}


def summarise(validation: Validation) -> Summary:
    """The counts of a run."""
    claims = validation.claims
    conflicts = validation.conflicts
    return Summary(
        articles=len(validation.corpus.articles),
        duplicates=sum(1 for a in validation.corpus.articles if a.duplicate_of),
        facts=len(validation.results),
        claims=len(claims),
        claims_pinned=sum(1 for c in claims if c.origin == "pinned"),
        claims_auto=sum(1 for c in claims if c.origin == "auto"),
        claims_unsure=len(validation.unsure),
        conflicts_new=sum(1 for c in conflicts if c.status == "new"),
        conflicts_accepted=sum(1 for c in conflicts if c.status == "accepted"),
        contradictions=sum(1 for c in conflicts if c.severity == "contradiction"),
        divergences=sum(1 for c in conflicts if c.severity == "divergence"),
        stale_acceptances=sum(len(r.stale) for r in validation.results),
        sheet_errors=sum(len(f.errors) for f in validation.failures),
        warnings=len(validation.warnings),
        manifest_errors=len(validation.manifest_errors),
    )


def summary_line(validation: Validation, report_path: Path) -> str:
    """'factsheet: 5 articles (1 duplicate), 12 facts, ... — report: reports/conflicts.html'."""
    counts = summarise(validation)
    duplicates, stale, errors, warnings = (counts.duplicates, counts.stale_acceptances, counts.sheet_errors,
                                           counts.warnings)
    parts = [
        f"{counts.articles} articles ({duplicates} duplicate{'s' * (duplicates != 1)})",
        f"{counts.facts} facts",
        f"{counts.claims} claims",
        f"{counts.conflicts_new + counts.conflicts_accepted} conflicts ({counts.conflicts_new} new, "
        f"{counts.conflicts_accepted} accepted)",
        f"{stale} stale acceptance{'s' * (stale != 1)}",
    ]
    if counts.claims_unsure:
        parts.append(f"{counts.claims_unsure} unsure")
    if errors:
        parts.append(f"{errors} sheet error{'s' * (errors != 1)}")
    if counts.manifest_errors:
        parts.append(f"{counts.manifest_errors} manifest error{'s' * (counts.manifest_errors != 1)}")
    if warnings:
        parts.append(f"{warnings} warning{'s' * (warnings != 1)}")
    return f"factsheet: {', '.join(parts)} — report: {_relative(report_path)}"


def _relative(path: Path) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)
