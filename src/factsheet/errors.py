"""Where things are, and the errors that say so.

Errors hold data and render late: ``str(error)`` is ``path:line: message``,
the form an editor can jump to. Each error is also of the builtin category it
belongs to (as pint's are): a malformed value or unit is a ``ValueError``, an
unknown name a ``LookupError``, a file that cannot be read an ``OSError``; so
code that knows nothing of factsheet still catches them for what they are.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar


@dataclass(frozen=True, slots=True)
class Location:
    """A 1-based line in a file; ``line`` is 0 when the whole file is meant."""

    path: Path
    line: int = 0

    def __str__(self) -> str:
        shown = _display_path(self.path)
        return f"{shown}:{self.line}" if self.line else shown


def _display_path(path: Path) -> str:
    """Show paths relative to the working directory when they are under it (the file itself
    is not resolved: a link to nothing, or to itself, is shown by its own name)."""
    try:
        return str((path.parent.resolve() / path.name).relative_to(Path.cwd().resolve()))
    except (ValueError, OSError, RuntimeError):
        return str(path)


# A quoted value this long is shown by its start and its length: a 5 MB scalar of a sheet
# was echoed whole in its error line.
_LONG_QUOTE = re.compile(r"'([^'\n]{200,})'")


def _shortened(message: str) -> str:
    return _LONG_QUOTE.sub(lambda found: f"'{found[1][:80]}…' ({len(found[1]):,} characters)", message)


class FactsheetError(Exception):
    """Base of every error the harness reports to a user (never a traceback).

    ``message`` says what is wrong and ``location`` where; an error that holds data
    formats its message from it. Errors cross processes (the extraction pool) and
    runs (the kept run) pickled: they are rebuilt from ``_fields``, the arguments
    of their constructor, in order.
    """

    _fields: ClassVar[tuple[str, ...]] = ("message", "location")

    def __init__(self, message: str, location: Location | None = None) -> None:
        message = _shortened(message)
        super().__init__(message)
        self._message = message
        self.location = location

    @property
    def message(self) -> str:
        """What is wrong, without where."""
        return self._message

    def __str__(self) -> str:
        return f"{self.location}: {self.message}" if self.location else self.message

    def __reduce__(self) -> tuple[type[FactsheetError], tuple[Any, ...]]:
        return type(self), tuple(getattr(self, name) for name in self._fields)


class SheetError(FactsheetError, ValueError):
    """A fact sheet is malformed or disagrees with the corpus it describes."""


class ValueSyntaxError(FactsheetError, ValueError):
    """A claim value such as 'more than 20,000' could not be parsed."""


class UnitError(FactsheetError, ValueError):
    """A unit cannot be read, is unknown, or has the wrong dimension."""


class UnknownUnitError(UnitError, LookupError):
    """A unit name the registry does not know; ``suggestion`` is the closest it does."""

    _fields = ("name", "suggestion", "location")

    def __init__(self, name: str, suggestion: str | None = None, location: Location | None = None) -> None:
        self.name = name
        self.suggestion = suggestion
        super().__init__(self.message, location)

    @property
    def message(self) -> str:
        return f"unknown unit '{self.name}'{_did_you_mean(self.suggestion)}"


class DimensionError(UnitError):
    """A quantity in ``from_unit`` cannot be converted to ``to_unit``: they measure
    different things (``from_dimensions`` and ``to_dimensions``, as pint writes them)."""

    _fields = ("from_unit", "to_unit", "from_dimensions", "to_dimensions", "location")

    def __init__(self, from_unit: str, to_unit: str, from_dimensions: str, to_dimensions: str,
                 location: Location | None = None) -> None:
        self.from_unit = from_unit
        self.to_unit = to_unit
        self.from_dimensions = from_dimensions
        self.to_dimensions = to_dimensions
        super().__init__(self.message, location)

    @property
    def message(self) -> str:
        return (f"'{self.from_unit}' cannot be converted to '{self.to_unit}'"
                f" (dimensions {self.from_dimensions} and {self.to_dimensions})")


class UnknownArticleError(FactsheetError, LookupError):
    """Articles asked for by id that the corpus ``corpus`` does not hold."""

    _fields = ("corpus", "article_ids", "location")

    def __init__(self, corpus: Path, article_ids: tuple[str, ...],
                 location: Location | None = None) -> None:
        self.corpus = corpus
        self.article_ids = article_ids
        super().__init__(self.message, location)

    @property
    def message(self) -> str:
        return f"not in the corpus {self.corpus}: {', '.join(self.article_ids)}"


class FileError(FactsheetError, OSError):
    """A file or directory is missing, cannot be read, or changed during the run."""


def closest(word: str, choices: Iterable[str]) -> str | None:
    """The choice closest to ``word`` (difflib's ratio of at least 0.6), or None."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return close[0] if close else None


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """Return " — did you mean 'x'?" for the closest choice, or ''."""
    return _did_you_mean(closest(word, choices))


def _did_you_mean(choice: str | None) -> str:
    return f" — did you mean '{choice}'?" if choice else ""
