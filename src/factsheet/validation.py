"""One validation run: corpus and sheets in, claims and conflicts out.

The I/O shell around the pure core (``compare``); the pytest plugin, the CLI
and the reports all read the same ``Validation``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path

from .compare import Claim, Conflict, find_conflicts, pinned_claim, stale_acceptances
from .corpus import Article, Corpus, LoadWarning, load_corpus
from .facts import Acceptance, Fact, FactSheet, SheetLoadError, load_fact_sheets


@dataclass(frozen=True)
class FactResult:
    """Everything the run found about one fact."""

    fact: Fact
    claims: tuple[Claim, ...]
    conflicts: tuple[Conflict, ...]
    stale: tuple[Acceptance, ...]

    @property
    def new_conflicts(self) -> tuple[Conflict, ...]:
        return tuple(c for c in self.conflicts if c.status == "new")


@dataclass(frozen=True)
class Validation:
    corpus_dir: Path
    facts_dir: Path
    corpus: Corpus
    sheets: tuple[FactSheet, ...]
    failures: tuple[SheetLoadError, ...]
    results: tuple[FactResult, ...]

    @cached_property
    def articles(self) -> dict[str, Article]:
        return self.corpus.by_id()

    @property
    def warnings(self) -> tuple[LoadWarning, ...]:
        return self.corpus.warnings

    @property
    def conflicts(self) -> tuple[Conflict, ...]:
        return tuple(c for result in self.results for c in result.conflicts)

    @property
    def claims(self) -> tuple[Claim, ...]:
        return tuple(c for result in self.results for c in result.claims)

    def result(self, fact_id: str) -> FactResult:
        for result in self.results:
            if result.fact.id == fact_id:
                return result
        raise KeyError(fact_id)


def validate(corpus_dir: Path, facts_dir: Path) -> Validation:
    """Load the corpus and every sheet, and compare each fact's claims."""
    corpus = load_corpus(corpus_dir)
    articles = corpus.by_id()
    sheets, failures = load_fact_sheets(facts_dir, articles)
    results = tuple(
        check_fact(fact, articles) for sheet in sheets for fact in sheet.facts
    )
    return Validation(corpus_dir, facts_dir, corpus, tuple(sheets), tuple(failures), results)


def check_fact(fact: Fact, articles: dict[str, Article]) -> FactResult:
    """Claims of one fact (pinned ones for now) and the conflicts among them."""
    def source(article_id: str) -> str:
        article = articles.get(article_id)
        return article.canonical_id if article else article_id

    fact = replace(fact, accepted=tuple(
        replace(a, between=frozenset(source(s) for s in a.between)) for a in fact.accepted
    ))
    claims = tuple(pinned_claim(fact, pinned, source(pinned.article)) for pinned in fact.claims)
    conflicts = tuple(find_conflicts(fact, claims))
    return FactResult(fact, claims, conflicts, tuple(stale_acceptances(fact, conflicts)))
