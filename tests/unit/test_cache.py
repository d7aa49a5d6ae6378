"""The extraction cache: hits, misses, versions, and corrupt or locked files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from factsheet.corpus.articles import Article, read_corpus
from factsheet.run import extraction_cache as cache_module
from factsheet.run.analysis import analyse
from factsheet.run.extraction_cache import FILE_NAME, ExtractionCache, extractor_files
from factsheet.run.sources import PACKAGE_DIR, digest_files, module_files

TEXTS = {
    "a": "North Korea has more than 20,000 howitzers. Russia fires 12.5 thousand rounds a day.\n",
    "b": "It has over 21,600 howitzers, and 5,000 multiple rocket launch systems.\n",
}


def _articles(tmp_path: Path, texts: dict[str, str] = TEXTS) -> tuple[Article, ...]:
    corpus = tmp_path / "corpus"
    corpus.mkdir(exist_ok=True)
    for name, text in texts.items():
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    return read_corpus(corpus).articles


def _run(directory: Path, articles: tuple[Article, ...], **options: float) -> ExtractionCache:
    cache = ExtractionCache.open(directory, **options)
    results = cache.analyse_all(articles)
    assert results == {a.id: analyse(a) for a in articles}, "the cache never changes a result"
    cache.close()
    return cache


def test_second_run_hits_and_gives_the_same_mentions(tmp_path: Path) -> None:
    articles = _articles(tmp_path)
    cold = _run(tmp_path / "cache", articles)
    warm = _run(tmp_path / "cache", articles)
    assert (cold.hits, cold.misses) == (0, 2)
    assert (warm.hits, warm.misses) == (2, 0)
    assert warm.warnings == []


def test_an_edited_article_is_extracted_again(tmp_path: Path) -> None:
    _run(tmp_path / "cache", _articles(tmp_path))
    edited = _articles(tmp_path, {**TEXTS, "b": "It has over 22,000 howitzers.\n"})
    again = _run(tmp_path / "cache", edited)
    assert (again.hits, again.misses) == (1, 1)


def test_a_new_extractor_version_never_serves_old_mentions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = _articles(tmp_path)
    _run(tmp_path / "cache", articles)
    monkeypatch.setattr(cache_module, "extractor_version", lambda: "another-version")
    assert _run(tmp_path / "cache", articles).misses == 2


def test_a_corrupt_file_is_set_aside_rebuilt_and_reported(tmp_path: Path) -> None:
    directory = tmp_path / "cache"
    directory.mkdir()
    (directory / FILE_NAME).write_bytes(b"this is not a database" * 100)
    articles = _articles(tmp_path)
    first = _run(directory, articles)
    assert len(first.warnings) == 1
    assert "was corrupt" in first.warnings[0]
    assert "moved to extraction.sqlite3.corrupt and rebuilt" in first.warnings[0]
    assert (directory / (FILE_NAME + ".corrupt")).exists()
    assert _run(directory, articles).hits == 2  # the rebuilt cache works


def test_damaged_entries_are_extracted_again(tmp_path: Path) -> None:
    articles = _articles(tmp_path)
    _run(tmp_path / "cache", articles)
    db = sqlite3.connect(tmp_path / "cache" / FILE_NAME)
    db.execute("UPDATE analyses SET blob = replace(blob, 'howitzer', 'tank')")
    db.commit()
    db.close()
    again = _run(tmp_path / "cache", articles)
    assert again.misses == 2
    assert again.warnings == [f"extraction cache {tmp_path / 'cache' / FILE_NAME}: 2 damaged "
                              "entries were ignored and extracted again"]


def test_a_locked_cache_is_bypassed_and_reported(tmp_path: Path) -> None:
    directory = tmp_path / "cache"
    articles = _articles(tmp_path)
    _run(directory, articles[:1])
    holder = sqlite3.connect(directory / FILE_NAME, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        locked = _run(directory, articles, timeout=0.05)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert any("locked" in warning for warning in locked.warnings)


def test_no_directory_means_no_cache(tmp_path: Path) -> None:
    articles = _articles(tmp_path)
    assert _run(None, articles).misses == 2  # type: ignore[arg-type]
    assert not (tmp_path / FILE_NAME).exists()


def test_editing_a_sheet_rematches_without_extracting(tmp_path: Path) -> None:
    from factsheet.run.validate import validate

    _articles(tmp_path)
    facts = tmp_path / "facts"
    facts.mkdir()
    sheet = """\
facts:
  - id: dprk.howitzers
    title: Howitzers
    unit: howitzer
    tolerance: {tolerance}
    recognise:
      nouns: [howitzers]
"""
    (facts / "s.yaml").write_text(sheet.format(tolerance="5%"))
    cache = ExtractionCache.open(tmp_path / "cache")
    first = validate(tmp_path / "corpus", facts, cache)
    assert [c.severity for c in first.conflicts] == ["divergence"]
    (facts / "s.yaml").write_text(sheet.format(tolerance="10%"))
    second = validate(tmp_path / "corpus", facts, cache)
    assert second.conflicts == ()
    assert (cache.hits, cache.misses) == (2, 2)
    cache.close()


def test_the_extractor_version_covers_what_the_analysis_imports_and_nothing_else() -> None:
    files = {str(path.relative_to(PACKAGE_DIR)) for path in extractor_files()}
    assert {"run/analysis.py", "text/extract/mentions.py"} <= files  # the analysis and its import
    assert {"numbers.py", "text/nouns.py", "quantities.py", "units.py"} <= files  # indirect
    assert {"units.txt", "corpus/duplicates.py", "text/normalise.py"} <= files
    assert not {name for name in files if name.startswith("report/")}
    assert not {"run/extraction_cache.py", "run/kept_run.py", "run/validate.py", "cli.py"} & files


def _package(root: Path, modules: dict[str, str]) -> Path:
    package = root / "pkg"
    for name, text in {"__init__.py": "from .report import render\n", **modules}.items():
        (package / name).parent.mkdir(parents=True, exist_ok=True)
        (package / name).write_text(text, encoding="utf-8")
    return package


def test_a_module_imported_directly_or_not_is_in_the_key_and_an_unrelated_one_is_not(
    tmp_path: Path,
) -> None:
    package = _package(tmp_path, {
        "analysis.py": "import os\nfrom .text import extract\nfrom . import cache as _\n",
        "cache.py": "",
        "text/__init__.py": "",
        "text/extract.py": "from ..units import parse\n\ndef f():\n    from pkg.text.dates import d\n",
        "text/dates.py": "",
        "units.py": "",
        "units.txt": "shell = [shell]\n",
        "report/__init__.py": "from .html import render\n",
        "report/html.py": "",
    })
    files = module_files("pkg.analysis", package)
    assert [str(path.relative_to(package)) for path in files] == [
        "analysis.py", "cache.py", "text/__init__.py", "text/dates.py", "text/extract.py", "units.py",
        "units.txt"]

    def key() -> str:
        return digest_files(module_files("pkg.analysis", package), package)

    before = key()
    (package / "report" / "html.py").write_text("x = 1\n", encoding="utf-8")
    assert key() == before
    (package / "text" / "dates.py").write_text("d = 1\n", encoding="utf-8")  # imported indirectly
    assert key() != before
