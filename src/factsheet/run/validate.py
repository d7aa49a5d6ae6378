"""One validation run: corpus and sheets in, claims and conflicts out.

The I/O shell around the pure core (``compare``); the pytest plugin, the CLI
and the reports all read the same ``Validation``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from pathlib import Path

from ..check.compare import Claim, Conflict, find_conflicts, pinned_claim, stale_acceptances
from ..check.match import match_article
from ..corpus.articles import Article, ArticlesOnDemand, Corpus, LoadWarning, corpus_paths, read_article
from ..corpus.duplicates import DuplicateIndex
from ..errors import Location
from ..sheets.loader import SheetLoadError, load_fact_sheets
from ..sheets.records import Acceptance, Fact, FactSheet
from ..text.extract.mentions import AMOUNT_KINDS, Mention, extract_mentions
from ..text.normalise import fold
from .extraction_cache import Analysis, ExtractionCache


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


# Articles read, analysed and matched at a time: their texts and mentions are let go
# after each batch, so memory does not grow with the size of the corpus text.
BATCH = 512


def validate(
    corpus_dir: Path,
    facts_dir: Path,
    cache: ExtractionCache | None = None,
    jobs: int = 1,
    progress: bool = False,
) -> Validation:
    """Load every sheet and the corpus, match mentions to facts, compare each fact's claims.

    The corpus is read in batches, in order: each article is analysed (from the
    ``cache`` when its bytes and the extractor are unchanged, else extracted, in
    ``jobs`` processes), checked against the articles before it for a near-copy,
    matched, and kept without its text. While one batch is matched, the next one
    is being extracted.
    """
    paths, corpus_warnings = corpus_paths(corpus_dir)
    sheets, failures = load_fact_sheets(facts_dir, ArticlesOnDemand(paths))
    facts = [fact for sheet in sheets for fact in sheet.facts]
    cache = cache if cache is not None else ExtractionCache(None)
    scan = _Scan(facts)
    with cache.analyser(jobs, len(paths) if progress else None) as start:
        pending: tuple[list[Article], Callable[[], dict[str, Analysis]]] | None = None
        for first in range(0, len(paths), BATCH):
            batch: list[Article] = []
            for path in paths[first : first + BATCH]:
                article, problems = read_article(path)
                corpus_warnings.extend(problems)
                if article is not None:
                    batch.append(article)
            started = batch, start(batch)
            if pending is not None:
                scan.add_batch(*pending)
            pending = started
        if pending is not None:
            scan.add_batch(*pending)
    corpus_warnings.extend(LoadWarning(Location(cache.path or corpus_dir), w) for w in cache.warnings)
    corpus = Corpus(tuple(scan.articles), tuple(corpus_warnings))
    articles = corpus.by_id()
    results = tuple(check_fact(fact, articles, scan.claims.get(fact.id, ())) for fact in facts)
    return Validation(corpus_dir, facts_dir, corpus, tuple(sheets), tuple(failures), results,
                      MentionsOnDemand(articles), frozenset(scan.notable))


class _Scan:
    """What the validation keeps of each article as the corpus streams by.

    Pinned spans are left to their fact; duplicate articles are left to their
    original (they are not a source of their own); a sentence repeated in one
    article (a caption printed twice) is one claim.
    """

    def __init__(self, facts: Sequence[Fact]) -> None:
        self.facts = facts
        self.pinned: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for fact in facts:
            for claim in fact.claims:
                self.pinned[claim.article].append((claim.start, claim.end))
        self.unit_texts = {fact.id: fact.unit_text for fact in facts}
        self.duplicates = DuplicateIndex()
        self.articles: list[Article] = []
        self.claims: dict[str, list[Claim]] = defaultdict(list)
        self.notable: set[str] = set()

    def add_batch(self, batch: list[Article],
                  analyses: Callable[[], dict[str, Analysis]]) -> None:
        found = analyses()
        for article in batch:
            self.add(article, found[article.id])

    def add(self, article: Article, analysis: Analysis) -> None:
        original = self.duplicates.add(article.id, analysis.keys)
        if original is not None:
            article = replace(article, duplicate_of=original)
        else:
            seen: set[tuple[str, str]] = set()
            for match in match_article(article, analysis.mentions, self.facts,
                                       self.pinned.get(article.id, ()), self.unit_texts):
                key = (match.fact, fold(match.quote))
                if key not in seen:
                    seen.add(key)
                    self.claims[match.fact].append(match)
        if any(mention.kind in AMOUNT_KINDS for mention in analysis.mentions):
            self.notable.add(article.id)
        self.articles.append(article.released())


class MentionsOnDemand(Mapping[str, tuple[Mention, ...]]):
    """The extractor's mentions of each article, extracted again when asked for.

    A validation does not hold every mention of a large corpus; the report asks for
    the few articles it shows. Extraction is deterministic, so these are the
    mentions the run matched.
    """

    def __init__(self, articles: Mapping[str, Article]) -> None:
        self._articles = articles

    def __getitem__(self, article_id: str) -> tuple[Mention, ...]:
        return _mentions(self._articles[article_id])

    def __iter__(self) -> Iterator[str]:
        return iter(self._articles)

    def __len__(self) -> int:
        return len(self._articles)


@lru_cache(maxsize=256)
def _mentions(article: Article) -> tuple[Mention, ...]:
    return tuple(extract_mentions(article.text))


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
