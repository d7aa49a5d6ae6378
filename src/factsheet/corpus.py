"""Files -> Article records. The only module that reads the corpus directory.

Text is kept exactly as stored (offsets refer to it); bad files become
warnings naming the file, never exceptions.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path

from .duplicates import find_duplicates, find_duplicates_by_keys
from .errors import FactsheetError, Location
from .textnorm import Normalised, normalise

# Larger files are not articles (a dump, a log, a mis-saved archive); reading them
# would cost memory for nothing.
MAX_ARTICLE_BYTES = 16 * 1024 * 1024
_BYLINE = re.compile(r"^\W*(by|photo|source|image)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Article:
    """One article: its id is the file stem, ``text`` the decoded file as stored."""

    id: str
    path: Path
    text: str
    digest: str
    duplicate_of: str | None = None

    @cached_property
    def normalised(self) -> Normalised:
        return normalise(self.text)

    @cached_property
    def title(self) -> str | None:
        return guess_title(self.text)

    @property
    def canonical_id(self) -> str:
        """The id that stands for this story as a source (its original if a duplicate)."""
        return self.duplicate_of or self.id


@dataclass(frozen=True, slots=True)
class LoadWarning:
    """Something wrong with an input that did not stop the run."""

    location: Location
    message: str

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


@dataclass(frozen=True, slots=True)
class Corpus:
    articles: tuple[Article, ...]
    warnings: tuple[LoadWarning, ...] = field(default=())

    def by_id(self) -> dict[str, Article]:
        return {article.id: article for article in self.articles}


def load_corpus(directory: Path) -> Corpus:
    """Read every article file in ``directory`` (not recursive) and mark duplicates.

    A missing directory is one warning; unreadable files are skipped with a warning.
    """
    corpus = read_corpus(directory)
    return replace(corpus, articles=mark_duplicates(list(corpus.articles)))


def read_corpus(directory: Path) -> Corpus:
    """``load_corpus`` without duplicate marking (for callers that mark with cached keys)."""
    if not directory.is_dir():
        return Corpus((), (LoadWarning(Location(directory), "corpus directory not found; "
                                       "pass --corpus DIR or create it"),))
    articles: list[Article] = []
    warnings: list[LoadWarning] = []
    for path in sorted(_article_paths(directory)):
        article, problems = read_article(path)
        warnings.extend(problems)
        if article is not None:
            articles.append(article)
    return Corpus(tuple(articles), tuple(warnings))


def _article_paths(directory: Path) -> Iterable[Path]:
    return (p for p in directory.iterdir() if p.is_file() and not p.name.startswith("."))


def article_files(paths: Iterable[Path]) -> list[Path]:
    """Files named on a command line; a directory means every article in it.

    Raises FactsheetError for a path that does not exist.
    """
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(_article_paths(path)))
        elif path.is_file():
            files.append(path)
        else:
            raise FactsheetError(f"'{path}' is neither an article file nor a directory")
    return files


def read_article(path: Path) -> tuple[Article | None, list[LoadWarning]]:
    """Decode one file as UTF-8; bad bytes are replaced and reported with their offset."""
    where = Location(path)
    size = path.stat().st_size
    if size > MAX_ARTICLE_BYTES:
        return None, [LoadWarning(where, f"skipped: {size:,} bytes is more than the "
                                  f"{MAX_ARTICLE_BYTES:,}-byte limit for one article")]
    data = path.read_bytes()
    if not data.strip():
        return None, [LoadWarning(where, "skipped: the file is empty")]
    if b"\x00" in data[:8192]:
        return None, [LoadWarning(where, "skipped: binary file (NUL bytes); articles are "
                                  "plain UTF-8 text")]
    problems: list[LoadWarning] = []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        text = data.decode("utf-8", errors="replace")
        problems.append(LoadWarning(where, f"not valid UTF-8 at byte {error.start}; bad bytes "
                                    "were replaced with U+FFFD (re-save the file as UTF-8)"))
    if text.startswith("\ufeff"):
        text = text[1:]
        problems.append(LoadWarning(where, "a UTF-8 byte-order mark was ignored; offsets "
                                    "count from the character after it"))
    digest = hashlib.sha256(data).hexdigest()
    return Article(path.stem, path, text, digest), problems


def mark_duplicates(
    articles: list[Article], keys: Mapping[str, tuple[int, ...]] | None = None
) -> tuple[Article, ...]:
    """Return the articles with ``duplicate_of`` set for near-copies of an earlier one.

    ``keys`` are precomputed sentence keys by article id (from the cache).
    """
    if keys is None:
        originals = find_duplicates([(a.id, a.text) for a in articles])
    else:
        originals = find_duplicates_by_keys((a.id, keys[a.id]) for a in articles)
    return tuple(replace(a, duplicate_of=originals.get(a.id)) for a in articles)


def guess_title(text: str) -> str | None:
    """The headline: the first short line that is not a byline and not a sentence."""
    for line in text.splitlines():
        line = line.strip().strip("*_# ")
        if not line or _BYLINE.match(line):
            continue
        if len(line) <= 160 and not line.endswith((".", "!", "?")):
            return line
        return None
    return None
