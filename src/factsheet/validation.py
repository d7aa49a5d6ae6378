"""One validation run: corpus and sheets in, claims and conflicts out.

The I/O shell around the pure core (``compare``); the pytest plugin, the CLI
and the reports all read the same ``Validation``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path

from .cache import ExtractionCache
from .compare import Claim, Conflict, find_conflicts, pinned_claim, stale_acceptances
from .corpus import Article, Corpus, LoadWarning, mark_duplicates, read_corpus
from .errors import Location
from .extract import Mention
from .facts import Acceptance, Fact, FactSheet, SheetLoadError, load_fact_sheets
from .match import match_article
from .textnorm import fold


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


@dataclass(frozen=True)
class Validation:
    corpus_dir: Path
    facts_dir: Path
    corpus: Corpus
    sheets: tuple[FactSheet, ...]
    failures: tuple[SheetLoadError, ...]
    results: tuple[FactResult, ...]
    mentions: Mapping[str, tuple[Mention, ...]] = field(default_factory=dict)

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


def validate(
    corpus_dir: Path,
    facts_dir: Path,
    cache: ExtractionCache | None = None,
    jobs: int = 1,
    progress: bool = False,
) -> Validation:
    """Load the corpus and every sheet, match mentions to facts, compare each fact's claims.

    With a ``cache``, articles already analysed (same bytes, same extractor) are
    not extracted again; the others are extracted in ``jobs`` processes.
    """
    corpus = read_corpus(corpus_dir)
    cache = cache if cache is not None else ExtractionCache(None)
    analyses = cache.analyse_all(corpus.articles, jobs, progress)
    keys = {article_id: analysis.keys for article_id, analysis in analyses.items()}
    warnings = tuple(LoadWarning(Location(cache.path or corpus_dir), w) for w in cache.warnings)
    corpus = replace(corpus, articles=mark_duplicates(list(corpus.articles), keys),
                     warnings=corpus.warnings + warnings)
    articles = corpus.by_id()
    sheets, failures = load_fact_sheets(facts_dir, articles)
    facts = [fact for sheet in sheets for fact in sheet.facts]
    mentions = {article_id: analysis.mentions for article_id, analysis in analyses.items()}
    auto = auto_claims(corpus.articles, mentions, facts)
    results = tuple(check_fact(fact, articles, auto.get(fact.id, ())) for fact in facts)
    return Validation(corpus_dir, facts_dir, corpus, tuple(sheets), tuple(failures), results,
                      mentions)


def auto_claims(
    articles: Iterable[Article], mentions: Mapping[str, Sequence[Mention]], facts: Sequence[Fact]
) -> dict[str, list[Claim]]:
    """Claims found by matching, by fact id.

    Pinned spans are left to their fact; duplicate articles are left to their
    original (they are not a source of their own); a sentence repeated in one
    article (a caption printed twice) is one claim.
    """
    pinned: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for fact in facts:
        for claim in fact.claims:
            pinned[claim.article].append((claim.start, claim.end))
    found: dict[str, list[Claim]] = defaultdict(list)
    unit_texts = {fact.id: fact.unit_text for fact in facts}
    for article in articles:
        if article.duplicate_of:
            continue
        seen: set[tuple[str, str]] = set()
        for match in match_article(article, mentions[article.id], facts, pinned[article.id],
                                   unit_texts):
            key = (match.fact, fold(match.quote))
            if key not in seen:
                seen.add(key)
                found[match.fact].append(match)
    return found


def check_fact(fact: Fact, articles: dict[str, Article], auto: Iterable[Claim] = ()) -> FactResult:
    """All claims of one fact, pinned then automatic, and the conflicts among them."""
    def source(article_id: str) -> str:
        article = articles.get(article_id)
        return article.canonical_id if article else article_id

    fact = replace(fact, accepted=tuple(
        replace(a, between=frozenset(source(s) for s in a.between)) for a in fact.accepted
    ))
    pinned = [pinned_claim(fact, p, source(p.article)) for p in fact.claims]
    claims = (*pinned, *auto)
    conflicts = tuple(find_conflicts(fact, claims))
    return FactResult(fact, claims, conflicts, tuple(stale_acceptances(fact, claims)))
