"""The analysis of one article: what is derived from its text alone, whatever the
sheets say (its quantity mentions and the sentence keys that find near-copies),
computed one text at a time or, for many, in a process pool.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from ..check import match
from ..corpus.articles import Article
from ..corpus.duplicates import sentence_keys
from ..text.extract.mentions import Mention, extract_mentions
from ..units import project_units, use_project_units

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor
    from datetime import date

    from ..text.periods import Event, Period


@dataclass(frozen=True, slots=True)
class Analysis:
    """What is derived from an article's text alone, whatever the sheets say."""

    mentions: tuple[Mention, ...]
    keys: tuple[int, ...]  # sentence keys for duplicate detection


def analyse(article: Article) -> Analysis:
    return analyse_text(article.text)


def analyse_text(text: str) -> Analysis:
    return Analysis(tuple(extract_mentions(text)), sentence_keys(text))


# Below this many articles to extract a process pool costs more than it saves.
_POOL_MINIMUM = 64

# What ``check.match.read_periods`` takes: an article's text, date, the project's events,
# its sentence starts and the spans of its claims.
PeriodJob = tuple[str, "date | None", "tuple[Event, ...]", "list[int] | None", "list[tuple[int, int]]"]


_Item = TypeVar("_Item")
_Result = TypeVar("_Result")


def _read_periods(job: PeriodJob) -> list[Period | None]:
    return match.read_periods(*job)


_PARENT_CHECK_SECONDS = 0.5


def _start_worker(units: str | None, source: str, parent: int) -> None:
    """A pool worker's start: the project's units, and a watch that ends the worker when the
    process that started it is gone (a 'kill -9' of pytest left its workers running,
    orphaned, holding pytest's output open)."""
    use_project_units(units, source)
    threading.Thread(target=_end_with, args=(parent,), name="factsheet-parent-watch", daemon=True).start()


def _end_with(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(_PARENT_CHECK_SECONDS)
    os._exit(0)


class Extractor:
    """Extracts batches of texts, in a process pool kept across batches when ``jobs`` > 1."""

    def __init__(self, jobs: int) -> None:
        # (no more processes than CPUs, two at least: '--extraction-jobs 100' on two cores
        # started a hundred, each with its own copy of the registry)
        self.jobs = max(1, min(jobs, max(2, os.cpu_count() or 1)))
        self._pool: ProcessPoolExecutor | None = None

    def start(self, texts: list[str]) -> Callable[[], list[Analysis]]:
        """Start extracting ``texts``; the function returned waits for their analyses."""
        return self._map(analyse_text, texts)

    def start_periods(self, jobs: list[PeriodJob]) -> Callable[[], list[list[Period | None]]]:
        """Start reading the periods of the claims of ``jobs`` (one per article, as
        ``check.match.read_periods`` takes them) in the same pool: a run matches one batch
        while the workers read the periods of the one before."""
        return self._map(_read_periods, jobs, pooled=match.READ_PERIODS)

    def _map(self, work: Callable[[_Item], _Result], items: list[_Item],
             pooled: bool = True) -> Callable[[], list[_Result]]:
        """Start ``work`` on each item, in the pool when there is enough to do; the function
        returned waits for the results, in order."""
        if not pooled or self.jobs <= 1 or len(items) < _POOL_MINIMUM:
            return lambda: [work(item) for item in items]
        chunksize = max(1, min(64, len(items) // (4 * self.jobs)))
        results = self._started().map(work, items, chunksize=chunksize)  # submits them all
        return lambda: list(results)

    def _started(self) -> ProcessPoolExecutor:
        if self._pool is None:
            from concurrent.futures import ProcessPoolExecutor

            # each worker defines the project's units as this process has them, and ends
            # when this process does, however it ends
            self._pool = ProcessPoolExecutor(max_workers=self.jobs, initializer=_start_worker,
                                             initargs=(*project_units(), os.getpid()))
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None
