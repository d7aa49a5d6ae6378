"""The last run kept: reused while nothing changed, never a stale or damaged result."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from factsheet.check.results import Validation
from factsheet.report import render_json
from factsheet.report.html import render_html
from factsheet.run import kept_run as runcache
from factsheet.run.kept_run import RunCache
from factsheet.run.pickling import dumps, loads

from .conftest import Workspace

SHEET = """\
    facts:
      - id: dprk.howitzers
        title: Howitzers
        unit: howitzer
        tolerance: 5%
        recognise:
          nouns: [howitzers]
        reference:
          value: 20,000
          source: a trusted estimate
    """


@pytest.fixture
def project(workspace: Workspace) -> Workspace:
    workspace.article("a", "Pyongyang has more than 20,000 howitzers, analysts say.\n")
    workspace.article("b", "A defector puts the number at 14,000 howitzers.\n")
    workspace.sheet("arsenal", SHEET)
    return workspace


def _runs(workspace: Workspace) -> RunCache:
    return RunCache(workspace.path / "cache", Path("corpus"), Path("facts"))


def _no_full_run(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("validated in full")

    monkeypatch.setattr(runcache, "validate", refuse)


def test_an_unchanged_project_reuses_the_last_validation(
        project: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    first = _runs(project).validate()
    _no_full_run(monkeypatch)
    again = _runs(project).validate()
    assert render_json(again) == render_json(first)
    assert again.results[0].fact.unit == first.results[0].fact.unit  # pint units survive
    assert [a.id for a in again.articles_on_reference_facts] == ["a", "b"]


def test_a_kept_validation_equals_the_fresh_one_field_for_field(project: Workspace) -> None:
    """Slotted dataclasses are pickled as tuples of their fields: nothing may be lost."""
    fresh = _runs(project).validate()
    body = dumps(fresh)
    assert body is not None
    assert b"_set_fields" in body
    kept = loads(body)
    assert isinstance(kept, Validation)
    assert kept is not fresh
    assert kept.results == fresh.results  # facts, claims, conflicts, stale acceptances
    assert kept.sheets == fresh.sheets
    assert list(kept.corpus.articles) == list(fresh.corpus.articles)
    assert kept.results[0].claims[0].value == fresh.results[0].claims[0].value


@pytest.mark.parametrize("change", ["edit article", "add article", "remove article", "edit sheet",
                                    "add rates"])
def test_any_change_of_the_inputs_validates_again(project: Workspace, change: str) -> None:
    _runs(project).validate()
    if change == "add rates":
        (project.facts / "rates.csv").write_text("currency,period,usd_per_unit,source\nEUR,2023,1.2,ours\n",
                                                 encoding="utf-8")
        assert _runs(project).load() is None  # the rates a kept run converted at are its input too
    elif change == "edit article":
        project.article("b", "A defector puts the number at 19,900 howitzers.\n")
    elif change == "add article":
        project.article("c", "Another count: 30,000 howitzers.\n")
    elif change == "remove article":
        (project.corpus / "b.txt").unlink()
    else:
        project.sheet("arsenal", SHEET.replace("20,000", "14,000"))
    fresh = runcache.validate(Path("corpus"), Path("facts"))
    assert render_json(_runs(project).validate()) == render_json(fresh)


def test_a_file_changed_too_soon_to_tell_by_its_times_is_compared_by_content(
        project: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    runs = _runs(project)
    runs.validate()
    stored = runs.look()
    path = project.article("b", "A defector puts the number at 19,000 howitzers.\n")
    os.utime(path, ns=(stored.entries["corpus/b.txt"][2],) * 2)
    # As if size, inode and both times had not moved: only the bytes tell.
    monkeypatch.setattr(RunCache, "look", lambda self: stored)
    assert _runs(project).load() is None


def test_a_damaged_or_foreign_file_is_never_read_as_a_result(project: Workspace) -> None:
    runs = _runs(project)
    expected = render_json(runs.validate())
    data = bytearray(runs.path.read_bytes())
    data[-10] ^= 0xFF
    runs.path.write_bytes(bytes(data))
    assert _runs(project).load() is None
    assert render_json(_runs(project).validate()) == expected
    runs.path.write_bytes(b"not a kept run\n")
    assert render_json(_runs(project).validate()) == expected


def test_other_factsheet_code_validates_again(
        project: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    _runs(project).validate()
    monkeypatch.setattr(runcache, "code_fingerprint", lambda: "another version")
    assert _runs(project).load() is None


def test_kept_reports_are_the_reports_of_this_run(project: Workspace) -> None:
    first, second = (datetime(2026, 1, day, 12, tzinfo=UTC) for day in (1, 2))
    runs = _runs(project)
    validation = runs.validate()
    runs.write_reports(validation, project.path / "reports", first)
    runs = _runs(project)
    validation = runs.validate()
    assert runs._kept_reports() is not None
    html_path = runs.write_reports(validation, project.path / "reports", second)
    assert html_path.read_text(encoding="utf-8") == render_html(validation, run_time=second)
    assert (html_path.parent / "conflicts.json").read_text(encoding="utf-8") == render_json(validation)
