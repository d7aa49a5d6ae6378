"""Helpers for unit tests: a tiny corpus and fact-sheet directory in tmp_path."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from factsheet.corpus.articles import Article, load_corpus
from factsheet.corpus.manifest import MANIFEST_NAME

ROOT = Path(__file__).resolve().parents[2]

# A fact sheet's first lines; tests add what they need below (indented by 8).
HOWITZERS = """\
        facts:
          - id: dprk.howitzers
            title: Howitzers
            unit: howitzer
            tolerance: 5%
            recognise: {nouns: [howitzers]}
"""


class Workspace:
    """A corpus/ and facts/ pair under a temporary working directory.

    The working directory is the workspace, so locations read 'facts/x.yaml:3'.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.corpus = path / "corpus"
        self.facts = path / "facts"
        self.corpus.mkdir()
        self.facts.mkdir()

    def article(self, name: str, text: str) -> Path:
        path = self.corpus / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        return path

    def sheet(self, name: str, text: str) -> Path:
        path = self.facts / f"{name}.yaml"
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path

    def dates(self, **published: str) -> Path:
        """A corpus manifest dating each article: ``dates(a="2024-04-10")``."""
        path = self.corpus / MANIFEST_NAME
        rows = "".join(f"{name}.txt,{day}\n" for name, day in published.items())
        path.write_text(f"file,date\n{rows}", encoding="utf-8")
        return path

    def articles(self) -> dict[str, Article]:
        return load_corpus(self.corpus).by_id()


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Workspace:
    monkeypatch.chdir(tmp_path)
    return Workspace(tmp_path)
