"""The README documents every option users can pass (a new option without docs fails)."""

from __future__ import annotations

import pytest

from factsheet import plugin

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


class _Recorder:
    def __init__(self) -> None:
        self.options: list[str] = []

    def getgroup(self, name: str, description: str = "") -> _Recorder:
        return self

    def addoption(self, *names: str, **settings: object) -> None:
        self.options.extend(names)


def _pytest_options() -> list[str]:
    recorder = _Recorder()
    plugin.pytest_addoption(recorder)  # type: ignore[arg-type]
    return recorder.options


@pytest.mark.parametrize("option", _pytest_options())
def test_every_pytest_option_is_in_the_readme(option: str) -> None:
    assert f"`{option}" in README or f" {option} " in README
