"""One validation run: corpus and sheets in, a ``Validation`` (``check.results``) out.

The I/O shell around the pure core (``check``): it streams the corpus in batches
through the extraction cache, matches, and checks each fact.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from ..check import match
from ..check.compare import Claim
from ..check.match import Undated
from ..check.results import Validation, check_fact
from ..corpus.articles import Article, ArticlesOnDemand, Corpus, LoadWarning, corpus_paths, read_article
from ..corpus.duplicates import DuplicateIndex
from ..corpus.manifest import load_manifest
from ..errors import Location, UnitError
from ..sheets.loader import SheetLoadError, load_fact_sheets
from ..sheets.rates import RATES_FILE, RateError, RateTable, load_rates
from ..sheets.records import Fact
from ..text.extract.mentions import AMOUNT_KINDS, Mention, extract_mentions
from ..text.normalise import fold
from ..text.periods import Event, Period
from ..units import PROJECT_UNITS_FILE, on_registry_change, read_project_units, use_project_units
from .analysis import Analysis, Extractor, PeriodJob
from .extraction_cache import ExtractionCache

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
    definitions: list[SheetLoadError] = []  # the project's own units and rates, when bad
    try:
        use_project_units(*read_project_units(facts_dir))
    except UnitError as error:
        use_project_units(None)  # the package's units: a sheet that needs the project's fails too
        definitions.append(SheetLoadError(facts_dir / PROJECT_UNITS_FILE, [error]))
    paths, corpus_warnings = corpus_paths(corpus_dir)
    manifest = load_manifest(corpus_dir, paths)
    corpus_warnings.extend(LoadWarning(where, message) for where, message in manifest.warnings)
    sheets, failures = load_fact_sheets(facts_dir, ArticlesOnDemand(paths, manifest.entries))
    facts = [fact for sheet in sheets for fact in sheet.facts]
    events = tuple(event for sheet in sheets for event in sheet.events)
    try:
        rates = load_rates(facts_dir)
    except RateError as error:
        rates = load_rates(None)  # the package's rates
        definitions.append(SheetLoadError(facts_dir / RATES_FILE, [error]))
    failures = [*definitions, *failures]
    cache = cache if cache is not None else ExtractionCache(None)
    extractor = Extractor(jobs)
    scan = _Scan(facts, extractor.start_periods, events, rates)
    with cache.analyser(jobs, len(paths) if progress else None, extractor) as start:
        pending: tuple[list[Article], Callable[[], dict[str, Analysis]]] | None = None
        for first in range(0, len(paths), BATCH):
            batch: list[Article] = []
            for path in paths[first : first + BATCH]:
                article, problems = read_article(path, manifest.entries.get(path.stem))
                corpus_warnings.extend(problems)
                if article is not None:
                    batch.append(article)
            started = batch, start(batch)
            if pending is not None:
                scan.add_batch(*pending)
            pending = started
        if pending is not None:
            scan.add_batch(*pending)
        scan.finish()
    corpus_warnings.extend(LoadWarning(Location(cache.path or corpus_dir), w) for w in cache.warnings)
    corpus = Corpus(tuple(scan.articles), tuple(corpus_warnings))
    articles = corpus.by_id()
    results = tuple(check_fact(fact, articles, scan.claims.get(fact.id, ()), events, rates) for fact in facts)
    return Validation(corpus_dir, facts_dir, corpus, tuple(sheets), tuple(failures), results,
                      MentionsOnDemand(articles), frozenset(scan.notable), tuple(scan.unsure),
                      manifest.errors, events)


_Waiting = Callable[[], list[list[Period | None]]]  # waits for the periods of a batch's claims
_PeriodsReader = Callable[[list[PeriodJob]], _Waiting]


class _Scan:
    """What the validation keeps of each article as the corpus streams by.

    Pinned spans are left to their fact; duplicate articles are left to their
    original (they are not a source of their own); a sentence repeated in one
    article (a caption printed twice) is one claim.
    """

    def __init__(self, facts: Sequence[Fact], read_periods: _PeriodsReader, events: tuple[Event, ...] = (),
                 rates: RateTable | None = None) -> None:
        """``read_periods`` starts reading the periods of a batch's claims (in a process pool,
        ``Extractor.start_periods``) and gives the function that waits for them."""
        self.facts = facts
        self.events = events
        self.rates = rates
        self.read_periods = read_periods
        # the batch matched last, whose periods are being read: its claims join when they are
        self._dating: tuple[list[Undated], _Waiting] | None = None
        self.pinned: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for fact in facts:
            for claim in fact.claims:
                self.pinned[claim.article].append((claim.start, claim.end))
        self.unit_texts = {fact.id: fact.unit_text for fact in facts}
        self.duplicates = DuplicateIndex()
        self.articles: list[Article] = []
        self.claims: dict[str, list[Claim]] = defaultdict(list)
        self.unsure: list[Claim] = []
        self.notable: set[str] = set()

    def add_batch(self, batch: list[Article],
                  analyses: Callable[[], dict[str, Analysis]]) -> None:
        """Match a batch and start reading its claims' periods; the claims of the batch
        before join now (their periods were read meanwhile)."""
        found = analyses()
        matched = [undated for article in batch
                   if (undated := self.add(article, found[article.id])) is not None]
        jobs = [(undated.text, undated.published, self.events, undated.sentence_starts, undated.spans)
                for undated in matched]
        dating = matched, self.read_periods(jobs)
        self.finish()
        self._dating = dating

    def finish(self) -> None:
        """The claims of the last batch matched, with their periods."""
        if self._dating is None:
            return
        matched, periods = self._dating
        self._dating = None
        for undated, read in zip(matched, periods(), strict=True):
            seen: set[tuple[str, str]] = set()
            for claim in match.dated_claims(undated, read, self.rates, self.unsure):
                key = (claim.fact, fold(claim.quote))
                if key not in seen:
                    seen.add(key)
                    self.claims[claim.fact].append(claim)

    def add(self, article: Article, analysis: Analysis) -> Undated | None:
        """Keep the article; match it unless it is a near-copy of one before. Its claims,
        still without periods, are returned."""
        original = self.duplicates.add(article.id, analysis.keys)
        undated = None
        if original is not None:
            article = replace(article, duplicate_of=original)
        else:
            pinned = self.pinned.get(article.id, ())
            undated = match.match_undated(article, analysis.mentions, self.facts, pinned, self.unit_texts,
                                          keep_doubtful=True)
        if any(mention.kind in AMOUNT_KINDS for mention in analysis.mentions):
            self.notable.add(article.id)
        self.articles.append(article.released())
        return undated


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


on_registry_change(_mentions.cache_clear)  # mentions read with other units are not these
