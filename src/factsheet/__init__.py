"""factsheet: a fact-consistency test harness for news corpora."""

from __future__ import annotations

from .check.compare import Claim, Conflict, find_conflicts, judge
from .check.results import FactResult, Validation
from .corpus.articles import Article, Corpus, LoadWarning, load_corpus
from .errors import FactsheetError, Location, SheetError, UnitError, ValueSyntaxError
from .quantities import ClaimValue, format_value, parse_value
from .report.values import display_value
from .run.validate import validate
from .sheets.loader import SheetLoadError, load_fact_sheet, load_fact_sheets
from .sheets.records import Fact, FactSheet, Tolerance
from .text.extract.mentions import Mention, extract_mentions
from .units import convert, parse_unit, registry

__all__ = [
    "Article",
    "Claim",
    "ClaimValue",
    "Conflict",
    "Corpus",
    "Fact",
    "FactResult",
    "FactSheet",
    "FactsheetError",
    "LoadWarning",
    "Location",
    "Mention",
    "SheetError",
    "SheetLoadError",
    "Tolerance",
    "UnitError",
    "Validation",
    "ValueSyntaxError",
    "convert",
    "display_value",
    "extract_mentions",
    "find_conflicts",
    "format_value",
    "judge",
    "load_corpus",
    "load_fact_sheet",
    "load_fact_sheets",
    "parse_unit",
    "parse_value",
    "registry",
    "validate",
]
