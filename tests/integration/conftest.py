"""Helpers for running real pytest sessions over small projects."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


class Project:
    """A throwaway factsheet project inside a pytester directory."""

    def __init__(self, pytester: pytest.Pytester) -> None:
        self.pytester = pytester
        self.path = pytester.path
        (self.path / "corpus").mkdir()
        (self.path / "facts").mkdir()
        shutil.copytree(ROOT / "checks", self.path / "checks")

    def article(self, name: str, text: str) -> Path:
        path = self.path / "corpus" / f"{name}.txt"
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path

    def sheet(self, name: str, text: str) -> Path:
        path = self.path / "facts" / f"{name}.yaml"
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path

    def run(self, *args: str) -> pytest.RunResult:
        return self.pytester.runpytest_subprocess("checks", "-p", "no:cacheprovider", *args)


@pytest.fixture
def project(pytester: pytest.Pytester) -> Project:
    return Project(pytester)


HOWITZER_SHEET = """\
facts:
  - id: dprk.howitzers
    title: Howitzers in North Korea's inventory
    unit: howitzer
    tolerance: 5%
    recognise:
      nouns: [howitzers]
    claims:
      - article: a
        quote: "more than 20,000 howitzers"
        value: more than 20,000
      - article: b
        quote: "it has over 21,600 howitzers"
        value: over 21,600
"""
