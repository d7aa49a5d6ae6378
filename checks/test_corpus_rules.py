"""The corpus rules: every sheet loads, every fact is consistent across sources,
every article agrees with reference values.

Each test runs once per sheet, per fact or per article (the factsheet plugin
parametrizes ``fact_sheet_path``, ``fact``, ``article`` and
``article_on_reference_facts``). Add your own rules
beside these: see test_arms_revenue.py for one that relates two facts.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factsheet import Validation
from factsheet.corpus.articles import Article
from factsheet.rules import (
    manifest_problems,
    new_conflict_problems,
    pinned_quote_problems,
    reference_problems,
    sheet_problems,
    stale_problems,
)
from factsheet.sheets.records import Fact


def _fail_with(problems: list[str]) -> None:
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def test_sheet_loads(fact_sheet_path: Path, factsheet: Validation) -> None:
    """Syntax, fields, units, values, and every pinned quote found in its article."""
    _fail_with(sheet_problems(factsheet, fact_sheet_path))


def test_corpus_manifest_is_valid(factsheet: Validation) -> None:
    """corpus/manifest.csv: dates, links and file names the harness can trust."""
    _fail_with(manifest_problems(factsheet))


def test_pinned_quotes_hold(fact_sheet_path: Path, factsheet: Validation) -> None:
    _fail_with(pinned_quote_problems(factsheet, fact_sheet_path))


def test_no_new_conflicts(fact: Fact, factsheet: Validation) -> None:
    _fail_with(new_conflict_problems(factsheet.result(fact.id)))


def test_no_stale_acceptances(fact: Fact, factsheet: Validation) -> None:
    _fail_with(stale_problems(factsheet.result(fact.id)))


def test_article_agrees_with_references(article_on_reference_facts: Article,
                                        factsheet: Validation) -> None:
    """Runs for the articles with a claim on a fact that has a reference value."""
    _fail_with(reference_problems(factsheet, article_on_reference_facts))
