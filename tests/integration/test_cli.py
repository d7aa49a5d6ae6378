"""The CLI through ``main([...])``: exit codes, stderr for problems, stdout for data."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from factsheet.cli import main

from .conftest import HOWITZER_SHEET, ROOT


def _project(tmp_path: Path, sheet: str) -> Path:
    (tmp_path / "corpus").mkdir()
    (tmp_path / "facts").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text("Pyongyang has more than 20,000 howitzers.\n")
    (tmp_path / "corpus" / "b.txt").write_text("it has over 21,600 howitzers\n")
    (tmp_path / "facts" / "arsenal.yaml").write_text(sheet)
    return tmp_path


def _args(root: Path, *extra: str) -> list[str]:
    return ["validate", "--corpus", str(root / "corpus"), "--facts", str(root / "facts"),
            "--report-dir", str(root / "reports"), *extra]


def test_validate_shipped_corpus_exits_0_and_writes_reports(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(ROOT / "corpus", tmp_path / "corpus")
    shutil.copytree(ROOT / "facts", tmp_path / "facts")
    assert main(_args(tmp_path)) == 0
    out = capsys.readouterr().out
    assert out.startswith("factsheet: 5 articles (1 duplicate), 14 facts, ")
    assert (tmp_path / "reports" / "conflicts.html").is_file()


def test_validate_new_conflict_exits_1_with_quotes_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _project(tmp_path, HOWITZER_SHEET)
    assert main(_args(root)) == 1
    err = capsys.readouterr().err
    assert "dprk.howitzers: new divergence (howitzer)" in err
    assert '"it has over 21,600 howitzers"' in err


def test_validate_json_goes_to_stdout_and_parses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _project(tmp_path, HOWITZER_SHEET)
    main(_args(root, "--json"))
    report = json.loads(capsys.readouterr().out)
    assert {"articles", "facts", "claims", "conflicts"} <= report.keys()
    assert report["facts"] == [{
        "id": "dprk.howitzers", "unit": "howitzer", "title": "Howitzers in North Korea's inventory",
        "tolerance": "5%", "sheet": report["facts"][0]["sheet"], "reference": None,
    }]


def test_validate_missing_facts_directory_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", "--facts", str(tmp_path / "nope")]) == 2
    assert "fact sheet directory" in capsys.readouterr().err


def test_validate_bad_sheet_exits_1_naming_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _project(tmp_path, HOWITZER_SHEET.replace("tolerance: 5%", "tolerance: lots"))
    assert main(_args(root)) == 1
    err = capsys.readouterr().err
    assert "arsenal.yaml:5: tolerance 'lots' must look like '5%' or '100 howitzer'" in err
