"""What a validation run found: each fact's claims and conflicts, and the run as a whole.

The records the pytest plugin, the CLI and the reports all read; ``check_fact``
builds one fact's result from its claims (the pure core, ``check.compare``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path

from ..corpus.articles import Article, Corpus, LoadWarning
from ..corpus.manifest import ManifestError
from ..sheets.loader import SheetLoadError
from ..sheets.rates import RateTable
from ..sheets.records import Acceptance, Fact, FactSheet
from ..text.extract.mentions import Mention
from ..text.periods import Event
from .compare import Claim, Conflict, find_conflicts, pinned_claim, stale_acceptances
from .match import unconverted_why, with_periods


@dataclass(frozen=True)
class FactResult:
    """Everything the run found about one fact."""

    fact: Fact
    claims: tuple[Claim, ...]
    conflicts: tuple[Conflict, ...]
    stale: tuple[Acceptance, ...]

    @cached_property
    def new_conflicts(self) -> tuple[Conflict, ...]:
        return tuple(c for c in self.conflicts if c.status == "new")


@dataclass(frozen=True, repr=False)
class Validation:
    corpus_dir: Path
    facts_dir: Path
    corpus: Corpus
    sheets: tuple[FactSheet, ...]
    failures: tuple[SheetLoadError, ...]
    results: tuple[FactResult, ...]
    mentions: Mapping[str, tuple[Mention, ...]] = field(default_factory=dict)
    # Articles with an amount (count, rate, money, percent) among their mentions;
    # None: find them in ``mentions``.
    notable: frozenset[str] | None = None
    # Mentions that look like a fact's but whose frame does not say enough: for a person.
    unsure: tuple[Claim, ...] = ()
    manifest_errors: tuple[ManifestError, ...] = ()  # rows of corpus/manifest.csv that are wrong
    events: tuple[Event, ...] = ()  # the dates the sheets name in words

    def __repr__(self) -> str:
        # pytest prints a failing rule's arguments: the dataclass repr would spell out
        # every article and claim (and take half a second at 10,000 articles).
        return (f"<Validation of {self.corpus_dir} against {self.facts_dir}: "
                f"{len(self.corpus.articles):,} articles, {len(self.results):,} facts, "
                f"{len(self.conflicts):,} conflicts>")

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

    @cached_property
    def articles_on_reference_facts(self) -> tuple[Article, ...]:
        """The articles with a claim on a fact that has a reference value, in corpus order:
        the only ones a disagreement with a reference can be found in (a near-copy goes
        with its original, whose claims stand for both)."""
        sources = {claim.source for result in self.results if result.fact.reference is not None
                   for claim in result.claims}
        return tuple(a for a in self.corpus.articles if a.canonical_id in sources)

    @cached_property
    def new_reference_conflicts(self) -> dict[str, list[tuple[Conflict, str]]]:
        """New conflicts with a reference value, by source, with the fact's unit.

        Indexed once, so a rule run per article does not rescan every conflict.
        """
        found: dict[str, list[tuple[Conflict, str]]] = defaultdict(list)
        for result in self.results:
            for conflict in result.new_conflicts:
                if conflict.reference is not None:
                    for source in {claim.source for claim in conflict.claims}:
                        found[source].append((conflict, result.fact.unit_text))
        return found

    @cached_property
    def _results_by_id(self) -> dict[str, FactResult]:
        return {result.fact.id: result for result in self.results}

    def result(self, fact_id: str) -> FactResult:
        """The result of one fact; KeyError for an id no sheet defines."""
        return self._results_by_id[fact_id]


def check_fact(fact: Fact, articles: dict[str, Article], auto: Iterable[Claim] = (),
               events: tuple[Event, ...] = (), rates: RateTable | None = None) -> FactResult:
    """All claims of one fact, pinned then automatic, and the conflicts among them; a pinned
    claim has the period its text gives it, and is converted from another currency at the
    rate for that period, as an automatic one is (``match.with_periods``)."""
    def source(article_id: str) -> str:
        article = articles.get(article_id)
        return article.canonical_id if article else article_id

    fact = replace(fact, accepted=tuple(
        replace(a, between=frozenset(source(s) for s in a.between)) for a in fact.accepted
    ))
    pinned = [pinned_claim(fact, p, source(p.article)) for p in fact.claims]
    by_article: dict[str, list[Claim]] = {}
    for claim in pinned:
        by_article.setdefault(claim.article, []).append(claim)
    dated = {(claim.article, claim.start, claim.end): claim
             for article_id, claims in by_article.items() if article_id in articles
             for claim in with_periods(articles[article_id], claims, events, rates)}
    pinned = [dated.get((claim.article, claim.start, claim.end), claim) for claim in pinned]
    # A figure in another currency with no rate for its time cannot be compared: shown, with why.
    pinned = [replace(claim, why=unconverted_why(claim)) if claim.unconverted else claim for claim in pinned]
    claims = (*pinned, *auto)
    conflicts = tuple(find_conflicts(fact, [claim for claim in claims if not claim.unconverted]))
    return FactResult(fact, claims, conflicts, tuple(stale_acceptances(fact, claims)))
