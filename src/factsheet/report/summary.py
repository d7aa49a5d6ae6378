"""The one-line summary the plugin and the CLI print after a run."""

from __future__ import annotations

import os
from pathlib import Path

from ..check.results import Validation


def summary_line(validation: Validation, report_path: Path) -> str:
    """'factsheet: 5 articles (1 duplicate), 12 facts, ... — report: reports/conflicts.html'."""
    conflicts = validation.conflicts
    new = sum(1 for c in conflicts if c.status == "new")
    stale = sum(len(r.stale) for r in validation.results)
    duplicates = sum(1 for a in validation.corpus.articles if a.duplicate_of)
    errors = sum(len(f.errors) for f in validation.failures)
    parts = [
        f"{len(validation.corpus.articles)} articles ({duplicates} duplicate{'s' * (duplicates != 1)})",
        f"{len(validation.results)} facts",
        f"{len(validation.claims)} claims",
        f"{len(conflicts)} conflicts ({new} new, {len(conflicts) - new} accepted)",
        f"{stale} stale acceptance{'s' * (stale != 1)}",
    ]
    if errors:
        parts.append(f"{errors} sheet error{'s' * (errors != 1)}")
    if validation.warnings:
        parts.append(f"{len(validation.warnings)} warning{'s' * (len(validation.warnings) != 1)}")
    return f"factsheet: {', '.join(parts)} — report: {_relative(report_path)}"


def _relative(path: Path) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)
