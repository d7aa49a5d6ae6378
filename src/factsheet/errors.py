"""Where things are, and the errors that say so.

Errors hold data and render late: ``str(error)`` is ``path:line: message``,
the form an editor can jump to.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Location:
    """A 1-based line in a file; ``line`` is 0 when the whole file is meant."""

    path: Path
    line: int = 0

    def __str__(self) -> str:
        shown = _display_path(self.path)
        return f"{shown}:{self.line}" if self.line else shown


def _display_path(path: Path) -> str:
    """Show paths relative to the working directory when they are under it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


class FactsheetError(Exception):
    """Base of every error the harness reports to a user (never a traceback)."""

    def __init__(self, message: str, location: Location | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.location = location

    def __str__(self) -> str:
        return f"{self.location}: {self.message}" if self.location else self.message


class SheetError(FactsheetError):
    """A fact sheet is malformed or disagrees with the corpus it describes."""


class ValueSyntaxError(FactsheetError):
    """A claim value such as 'more than 20,000' could not be parsed."""


class UnitError(FactsheetError):
    """A unit is unknown or has the wrong dimension."""


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """Return " — did you mean 'x'?" for the closest choice, or ''."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" — did you mean '{close[0]}'?" if close else ""
