"""Files -> Article records. The only module that reads the corpus directory.

Text is kept exactly as stored (offsets refer to it); bad files become
warnings naming the file, never exceptions.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path

from ..errors import FileError, Location
from ..text.normalise import Normalised, normalise
from .duplicates import find_duplicates
from .manifest import MANIFEST_NAME, ArticleMeta

# Larger files are not articles (a dump, a log, a mis-saved archive); reading them
# would cost memory for nothing.
MAX_ARTICLE_BYTES = 16 * 1024 * 1024
_BYLINE = re.compile(r"^\W*(by|photo|source|image)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Article:
    """One article: its id is the file stem, ``text`` the decoded file as stored.

    A validation keeps its articles ``released()``: without their text, which is
    read again from the file when asked for (only the few articles a report shows
    or a sheet pins are), so a large corpus is never held in memory at once.
    """

    id: str
    path: Path
    _text: str | None = field(compare=False, repr=False)
    digest: str
    duplicate_of: str | None = None
    title: str | None = field(default=None, compare=False)
    length: int = field(default=0, compare=False)  # characters
    meta: ArticleMeta | None = field(default=None, compare=False)  # its row of the corpus manifest

    def __post_init__(self) -> None:
        if self._text is not None:
            object.__setattr__(self, "title", guess_title(self._text))
            object.__setattr__(self, "length", len(self._text))

    @property
    def text(self) -> str:
        """The text as stored; a released article reads its file again (FactsheetError if
        the file changed since it was read)."""
        if self._text is not None:
            return self._text
        return _read_again(self)

    def released(self) -> Article:
        """The same article without its text in memory."""
        return self if self._text is None else replace(self, _text=None)

    @cached_property
    def normalised(self) -> Normalised:
        return normalise(self.text)

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
    """``load_corpus`` without duplicate marking, every text held in memory."""
    paths, warnings = corpus_paths(directory)
    articles: list[Article] = []
    for path in paths:
        article, problems = read_article(path)
        warnings.extend(problems)
        if article is not None:
            articles.append(article)
    return Corpus(tuple(articles), tuple(warnings))


def corpus_paths(directory: Path) -> tuple[list[Path], list[LoadWarning]]:
    """The article files of ``directory`` in corpus order; a missing directory is a warning,
    and so is each entry that is no article: a subdirectory, a FIFO, a device, a link to
    nothing or to itself, or a second file of an article id ('story.txt' and 'story.md'
    would both be article 'story')."""
    if not directory.is_dir():
        return [], [LoadWarning(Location(directory), "corpus directory not found; "
                                "pass --corpus DIR or create it")]
    paths: list[Path] = []
    warnings: list[LoadWarning] = []
    first: dict[str, Path] = {}
    for path in sorted(directory.iterdir(), key=lambda path: path.name):
        if path.name.startswith(".") or path.name == MANIFEST_NAME:
            continue
        if not _utf8(path.name):
            shown = path.name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
            warnings.append(LoadWarning(Location(directory), f"skipped: the file name '{shown}' is not "
                                        "valid UTF-8, which the report cannot hold; rename the file"))
            continue
        if not path.is_file():
            what = "a directory (articles are read from the corpus directory itself)" if path.is_dir() \
                else "not a regular file (a FIFO, a device, or a link to nothing or to itself)"
            warnings.append(LoadWarning(Location(path), f"skipped: {what}"))
        elif path.stem in first:
            warnings.append(LoadWarning(Location(path), f"skipped: its article id '{path.stem}' is "
                                        f"{first[path.stem].name}'s already; rename one of the two"))
        else:
            first[path.stem] = path
            paths.append(path)
    return paths, warnings


def _utf8(name: str) -> bool:
    """Whether a file name is text (a name of bytes that are not UTF-8 decodes to surrogates)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _article_paths(directory: Path) -> Iterable[Path]:
    return (p for p in directory.iterdir()
            if p.is_file() and not p.name.startswith(".") and p.name != MANIFEST_NAME)


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
            raise FileError(f"'{path}' is neither an article file nor a directory")
    return files


def read_article(path: Path, meta: ArticleMeta | None = None) -> tuple[Article | None, list[LoadWarning]]:
    """Decode one file as UTF-8; bad bytes are replaced and reported with their offset.
    ``meta`` is its row of the corpus manifest."""
    where = Location(path)
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            return None, [LoadWarning(where, f"skipped: {size:,} bytes is more than the "
                                      f"{MAX_ARTICLE_BYTES:,}-byte limit for one article")]
        data = path.read_bytes()
    except OSError as error:  # (permission denied, gone since it was listed, a directory)
        return None, [LoadWarning(where, f"skipped: cannot be read ({error.strerror or error}); "
                                  "check its permissions")]
    if not data.strip():
        return None, [LoadWarning(where, "skipped: the file is empty")]
    if b"\x00" in data[:8192]:
        return None, [LoadWarning(where, "skipped: binary file (NUL bytes); articles are "
                                  "plain UTF-8 text")]
    text, problems = _decode(data)
    digest = hashlib.sha256(data).hexdigest()
    return Article(path.stem, path, text, digest, meta=meta), [LoadWarning(where, p) for p in problems]


def _decode(data: bytes) -> tuple[str, list[str]]:
    problems = []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        text = data.decode("utf-8", errors="replace")
        problems.append(f"not valid UTF-8 at byte {error.start}; bad bytes were replaced with "
                        "U+FFFD (re-save the file as UTF-8)")
    if text.startswith("\ufeff"):
        text = text[1:]
        problems.append("a UTF-8 byte-order mark was ignored; offsets count from the character "
                        "after it")
    return text, problems


def _read_again(article: Article) -> str:
    try:
        data = article.path.read_bytes()
    except OSError as error:
        raise FileError(f"cannot be read again ({error.strerror}); run again",
                        Location(article.path)) from None
    if hashlib.sha256(data).hexdigest() != article.digest:
        raise FileError("the file changed while factsheet was running; run again",
                        Location(article.path))
    return _decode(data)[0]


class ArticlesOnDemand(Mapping[str, Article]):
    """The articles of a corpus directory by id, each read when first asked for.

    For looking up the few articles that fact sheets pin before the corpus is
    read as a whole; a file that is not a readable article is not in it.
    """

    def __init__(self, paths: Iterable[Path], manifest: Mapping[str, ArticleMeta] | None = None) -> None:
        self._paths = {path.stem: path for path in paths}
        self._manifest = manifest or {}
        self._read: dict[str, Article | None] = {}

    def _get(self, article_id: str) -> Article | None:
        if article_id not in self._read:
            path = self._paths.get(article_id)
            self._read[article_id] = read_article(path, self._manifest.get(article_id))[0] \
                if path is not None else None
        return self._read[article_id]

    def __getitem__(self, article_id: str) -> Article:
        article = self._get(article_id)
        if article is None:
            raise KeyError(article_id)
        return article

    def __contains__(self, article_id: object) -> bool:
        return isinstance(article_id, str) and self._get(article_id) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self._paths)

    def __len__(self) -> int:
        return len(self._paths)


def mark_duplicates(articles: list[Article]) -> tuple[Article, ...]:
    """Return the articles with ``duplicate_of`` set for near-copies of an earlier one."""
    originals = find_duplicates([(a.id, a.text) for a in articles])
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
