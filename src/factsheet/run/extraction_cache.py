"""Analyses (``run.analysis``) cached in SQLite, keyed by article content hash and
extractor version.

An unchanged article is never extracted twice; editing a fact sheet re-matches
from the cache. The extractor version is a digest of the extractor's own source
(every module the analysis imports), so changing the extractor can never serve
stale mentions. A corrupt or locked cache is detected, set aside or bypassed, and
reported: it costs time, never a wrong result.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import get_args

from ..corpus.articles import Article
from ..quantities import ClaimValue, Qualifier
from ..text.extract.mentions import Kind, Mention
from ..units import project_units_digest
from .analysis import Analysis, Extractor
from .progress import Progress
from .sources import PACKAGE_DIR, digest_files, module_files

KINDS = frozenset(get_args(Kind))
QUALIFIERS = frozenset(get_args(Qualifier))

CACHE_ENV = "FACTSHEET_CACHE_DIR"
FILE_NAME = "extraction.sqlite3"
SCHEMA = 1


def extractor_files() -> tuple[Path, ...]:
    """What extraction depends on: the analysis module, every module of the package it
    imports directly or indirectly, and the data files beside them (``units.txt``)."""
    return module_files(Analysis.__module__)


def extractor_version() -> str:
    """A digest of the cache schema, of ``extractor_files()`` and of the project's own units
    (``facts/units.txt``): a change to any of them is a new extractor version, whose cache
    entries are apart from the old ones."""
    return _code_version() + project_units_digest()


@lru_cache(maxsize=1)
def _code_version() -> str:
    return digest_files(extractor_files(), PACKAGE_DIR, str(SCHEMA))[:16]


def _checksum(body: str) -> str:
    return hashlib.blake2b(body.encode(), digest_size=8).hexdigest()


def _encode(analysis: Analysis) -> str:
    """JSON prefixed with its checksum, so a damaged entry is caught, not served."""
    body = _body(analysis)
    return f"{_checksum(body)}:{body}"


def _body(analysis: Analysis) -> str:
    return json.dumps([
        [[m.start, m.end, m.text, m.value.nominal, m.value.low, m.value.high, m.value.qualifier,
          m.unit, m.noun, m.kind] for m in analysis.mentions],
        list(analysis.keys),
    ], separators=(",", ":"))


def _decode(blob: str, text: str) -> Analysis:
    """Rebuild an analysis, checking every span against the text (ValueError if off)."""
    checksum, _, body = blob.partition(":")
    if checksum != _checksum(body):
        raise ValueError("the cached entry fails its checksum")
    rows, keys = json.loads(body)
    mentions = []
    for start, end, written, nominal, low, high, qualifier, unit, noun, kind in rows:
        if text[start:end] != written:
            raise ValueError("a cached span does not match the article")
        if kind not in KINDS or (qualifier is not None and qualifier not in QUALIFIERS):
            raise ValueError("a cached mention has an unknown kind or qualifier")
        mentions.append(Mention(start, end, written, ClaimValue(nominal, low, high, qualifier),
                                unit, noun, kind))
    return Analysis(tuple(mentions), tuple(int(k) for k in keys))


@dataclass
class ExtractionCache:
    """``analyse`` with a persistent memory. ``path`` None means no cache at all."""

    path: Path | None
    timeout: float = 10.0  # seconds to wait for another process's lock
    warnings: list[str] = field(default_factory=list)
    hits: int = 0
    misses: int = 0
    _db: sqlite3.Connection | None = None

    @classmethod
    def open(cls, directory: Path | None, timeout: float = 10.0) -> ExtractionCache:
        cache = cls(directory / FILE_NAME if directory is not None else None, timeout)
        cache._connect()
        return cache

    def _connect(self) -> None:
        if self.path is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = self._open_checked()
        except sqlite3.DatabaseError as error:
            if _locked(error):
                self._bypass(f"extraction cache {self.path} is locked by another process; "
                             "extracting without it this run")
                return
            self._set_aside(error)
        except OSError as error:
            self._bypass(f"extraction cache {self.path} cannot be used ({error}); "
                         "extracting without it this run")

    def _open_checked(self) -> sqlite3.Connection:
        assert self.path is not None
        db = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("CREATE TABLE IF NOT EXISTS analyses (digest TEXT NOT NULL, "
                       "version TEXT NOT NULL, blob TEXT NOT NULL, PRIMARY KEY (digest, version))")
            result = db.execute("PRAGMA quick_check").fetchone()
            if not result or result[0] != "ok":
                raise sqlite3.DatabaseError(f"integrity check failed: {result}")
        except BaseException:
            db.close()
            raise
        return db

    def _set_aside(self, error: Exception) -> None:
        """A corrupt file is renamed (kept for inspection) and a new cache is built."""
        assert self.path is not None
        aside = self.path.with_name(self.path.name + ".corrupt")
        try:
            os.replace(self.path, aside)
            for suffix in ("-wal", "-shm"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
            self._db = self._open_checked()
            self.warnings.append(f"extraction cache {self.path} was corrupt ({error}); moved to "
                                 f"{aside.name} and rebuilt")
        except (OSError, sqlite3.DatabaseError) as second:
            self._bypass(f"extraction cache {self.path} is corrupt ({error}) and could not be "
                         f"rebuilt ({second}); extracting without it this run")

    def _bypass(self, message: str) -> None:
        self._db = None
        self.warnings.append(message)

    def analyse_all(
        self, articles: Sequence[Article], jobs: int = 1, progress: bool = False
    ) -> dict[str, Analysis]:
        """The analysis of every article: from the cache where possible, computed otherwise
        (in ``jobs`` processes when there is enough to do). ``progress`` shows a progress
        line on an interactive terminal."""
        with self.analyser(jobs, len(articles) if progress else None) as start:
            return start(articles)()

    @contextmanager
    def analyser(
        self, jobs: int = 1, progress_total: int | None = None, extractor: Extractor | None = None
    ) -> Iterator[Callable[[Sequence[Article]], Callable[[], dict[str, Analysis]]]]:
        """``analyse_all`` for a corpus taken batch by batch: one process pool (when
        ``jobs`` > 1) and one progress line (over ``progress_total`` articles) for all.
        It gives ``start(batch)``, which looks the batch up and sends what is missing to
        the pool, and returns the function that waits for the batch's analyses: the
        caller can read and start the next batch in the meantime. ``extractor``: the
        caller's, to share its pool (it is closed at the end all the same)."""
        extractor = extractor if extractor is not None else Extractor(jobs)
        bar = Progress(progress_total, "analysing") if progress_total is not None else None

        def start(articles: Sequence[Article]) -> Callable[[], dict[str, Analysis]]:
            found = self._load(articles)
            missing = [article for article in articles if article.id not in found]
            computing = extractor.start([article.text for article in missing])

            def finish() -> dict[str, Analysis]:
                fresh: list[tuple[str, Analysis]] = []
                for article, analysis in zip(missing, computing(), strict=True):
                    found[article.id] = analysis
                    fresh.append((article.digest, analysis))
                self.hits += len(articles) - len(fresh)
                self.misses += len(fresh)
                self._store(fresh)
                if bar is not None:
                    bar.update(len(articles))
                return found

            return finish

        try:
            yield start
        finally:
            extractor.close()
            if bar is not None:
                bar.close()

    def _load(self, articles: Sequence[Article]) -> dict[str, Analysis]:
        if self._db is None or not articles:
            return {}
        version = extractor_version()
        by_digest: dict[str, list[Article]] = {}
        for article in articles:
            by_digest.setdefault(article.digest, []).append(article)
        found: dict[str, Analysis] = {}
        bad = 0
        try:
            digests = list(by_digest)
            for i in range(0, len(digests), 500):
                chunk = digests[i : i + 500]
                marks = ",".join("?" * len(chunk))
                rows = self._db.execute(
                    f"SELECT digest, blob FROM analyses WHERE version = ? AND digest IN ({marks})",
                    [version, *chunk],
                )
                for digest, blob in rows:
                    for article in by_digest[digest]:
                        try:
                            found[article.id] = _decode(blob, article.text)
                        except (ValueError, TypeError, KeyError):
                            bad += 1
        except sqlite3.DatabaseError as error:
            self._failed(error)
            return {}
        if bad:
            self.warnings.append(f"extraction cache {self.path}: {bad} damaged entries were "
                                 "ignored and extracted again")
        return found

    def _store(self, fresh: Iterable[tuple[str, Analysis]]) -> None:
        if self._db is None:
            return
        version = extractor_version()
        rows = [(digest, version, _encode(analysis)) for digest, analysis in fresh]
        if not rows:
            return
        try:
            self._db.execute("BEGIN")
            self._db.executemany("INSERT OR REPLACE INTO analyses VALUES (?, ?, ?)", rows)
            self._db.execute("COMMIT")
        except sqlite3.DatabaseError as error:
            try:
                self._db.execute("ROLLBACK")
            except sqlite3.DatabaseError:
                pass
            self._failed(error)

    def _failed(self, error: sqlite3.DatabaseError) -> None:
        what = "locked" if _locked(error) else f"failing ({error})"
        self._bypass(f"extraction cache {self.path} is {what}; extracting without it this run")

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


def _locked(error: sqlite3.DatabaseError) -> bool:
    return "locked" in str(error) or "busy" in str(error)


def default_cache_dir(root: Path) -> Path:
    """``$FACTSHEET_CACHE_DIR``, else ``.factsheet_cache`` in the project root."""
    configured = os.environ.get(CACHE_ENV)
    return Path(configured) if configured else root / ".factsheet_cache"
