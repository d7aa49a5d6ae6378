"""The corpus manifest: what a newsroom knows of each article file that its text does not
say reliably — when it was published, by whom, where, under what title.

``corpus/manifest.csv`` beside the articles, one row per file, opened and kept in any
spreadsheet:

    file,date,outlet,url,title,note
    000_331c2a0c2e350d37.txt,2023-11-10,Meduza,https://...,"North Korea's shells",date from the text

Only ``file`` is required. Validation is strict (a bad date, an unknown column, a row for a
file that is not there, a file named twice are errors at their line); a file without a
row, or a row without a date, is a warning. The manifest is read, never written, and never
moves or renames an article.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from ..errors import FactsheetError, Location, did_you_mean

MANIFEST_NAME = "manifest.csv"
COLUMNS = ("file", "date", "outlet", "url", "title", "note")
_MAX_MISSING_SHOWN = 5


class ManifestError(FactsheetError, ValueError):
    """A row or the header of the corpus manifest is wrong."""


@dataclass(frozen=True, slots=True)
class ArticleMeta:
    """One article's row: all but ``location`` may be missing."""

    location: Location
    date: date | None = None
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Manifest:
    entries: dict[str, ArticleMeta] = field(default_factory=dict)  # by article id (file stem)
    errors: tuple[ManifestError, ...] = ()
    warnings: tuple[tuple[Location, str], ...] = ()
    path: Path | None = None  # None: the corpus has no manifest


def load_manifest(directory: Path, article_files: Iterable[Path]) -> Manifest:
    """Read ``directory/manifest.csv`` against the corpus's article files."""
    path = directory / MANIFEST_NAME
    files = {p.name: p.stem for p in article_files}
    if not path.is_file():
        return Manifest()
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        return Manifest(errors=(ManifestError(f"cannot be read as UTF-8 text ({error}); save it as UTF-8 CSV",
                                              Location(path, 1)),), path=path)
    return read_manifest(text, path, files)


def read_manifest(text: str, path: Path, files: dict[str, str]) -> Manifest:
    """The manifest in ``text`` (CSV); ``files`` maps each article's file name to its id."""
    reader = csv.reader(io.StringIO(text, newline=""))
    errors: list[ManifestError] = []
    header = next(reader, None)
    if header is None:
        return Manifest(path=path)
    columns = [name.strip().lower() for name in header]
    for name in columns:
        if name not in COLUMNS:
            errors.append(ManifestError(f"unknown column '{name}'{did_you_mean(name, COLUMNS)}; the columns "
                                        f"are {', '.join(COLUMNS)} (only 'file' is required)",
                                        Location(path, 1)))
    if "file" not in columns:
        errors.append(ManifestError("the first row must name the columns, among them 'file'",
                                    Location(path, 1)))
        return Manifest(errors=tuple(errors), path=path)
    by_stem = {stem: name for name, stem in files.items()}
    entries: dict[str, ArticleMeta] = {}
    named: set[str] = set()  # files a row names, right or wrong: not reported again as missing
    warnings: list[tuple[Location, str]] = []
    for row in reader:
        where = Location(path, reader.line_num)
        if not any(cell.strip() for cell in row):
            continue
        named.add(row[columns.index("file")].strip() if len(row) > columns.index("file") else "")
        if len(row) > len(columns):
            errors.append(ManifestError(f"{len(row)} cells but {len(columns)} columns; quote a cell that "
                                        "holds a comma", where))
            continue
        cells = {name: cell.strip() for name, cell in zip(columns, row, strict=False) if cell.strip()}
        try:
            article_id, meta = _entry(cells, where, files, by_stem)
        except ManifestError as error:
            errors.append(error)
            continue
        if article_id in entries:
            errors.append(ManifestError(f"'{cells['file']}' has a row already, on line "
                                        f"{entries[article_id].location.line}; keep one", where))
            continue
        if meta.date is None:
            warnings.append((where, f"'{cells['file']}' has no date: its claims are compared as if timeless"))
        entries[article_id] = meta
    missing = sorted(name for name, stem in files.items()
                     if stem not in entries and name not in named and stem not in named)
    if missing:
        shown = ", ".join(missing[:_MAX_MISSING_SHOWN]) + (", …" if len(missing) > _MAX_MISSING_SHOWN else "")
        warnings.append((Location(path), f"{len(missing)} article file(s) have no row ({shown}): they have "
                         "no date, outlet or link; add a row for each"))
    return Manifest(entries, tuple(errors), tuple(warnings), path)


def _entry(cells: dict[str, str], where: Location, files: dict[str, str],
           by_stem: dict[str, str]) -> tuple[str, ArticleMeta]:
    name = cells.get("file")
    if name is None:
        raise ManifestError("the 'file' cell is empty; name the article's file, like 001_story.txt", where)
    article_id = files.get(name) or (name if name in by_stem else None)
    if article_id is None:
        raise ManifestError(f"no article file '{name}' in the corpus{did_you_mean(name, files)}; fix the "
                            "name or remove the row", where)
    published = None
    if "date" in cells:
        try:
            published = date.fromisoformat(cells["date"])
        except ValueError:
            raise ManifestError(f"date '{cells['date']}' must be written YYYY-MM-DD, like 2023-07-26",
                                where) from None
    url = cells.get("url")
    if url is not None and (urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).netloc):
        raise ManifestError(f"url '{url}' must be a web address starting with https:// or http://", where)
    return article_id, ArticleMeta(where, published, cells.get("outlet"), url, cells.get("title"),
                                   cells.get("note"))


class ManifestsBeside:
    """The manifest of each directory that article files are read from, loaded once (for
    commands given files rather than a corpus: ``factsheet extract``)."""

    def __init__(self) -> None:
        self._loaded: dict[Path, Manifest] = {}

    def _of(self, directory: Path) -> Manifest:
        if directory not in self._loaded:
            files = [p for p in directory.iterdir() if p.is_file() and p.name != MANIFEST_NAME] \
                if (directory / MANIFEST_NAME).is_file() else []
            self._loaded[directory] = load_manifest(directory, files)
        return self._loaded[directory]

    def meta(self, path: Path) -> ArticleMeta | None:
        return self._of(path.parent).entries.get(path.stem)

    def problems(self, paths: Iterable[Path]) -> list[str]:
        """The errors of the manifests beside ``paths``, each as ``file:line: message``."""
        return [str(error) for directory in sorted({p.parent for p in paths})
                for error in self._of(directory).errors]
