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
        "changes_over_time": None,
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


def test_extract_json_lines_follow_the_contract(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", str(ROOT / "corpus"), "--json"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    texts = {p.stem: p.read_text(encoding="utf-8") for p in (ROOT / "corpus").iterdir()}
    assert lines, "the corpus has mentions"
    for mention in lines:
        assert set(mention) >= {"article", "start", "end", "text", "value", "low", "high",
                                "unit", "qualifier", "kind"}
        assert texts[mention["article"]][mention["start"] : mention["end"]] == mention["text"]
        assert mention["kind"] in {"count", "rate", "money", "percent", "length", "duration",
                                   "date", "caliber", "other"}
    over = next(m for m in lines if m["text"] == "over 21,600")
    assert over | {"noun": None} == {
        "article": "002_9051c67e496da0ec", "start": over["start"], "end": over["start"] + 11,
        "text": "over 21,600", "value": 21600.0, "low": 21600.0, "high": None,
        "unit": "howitzer", "qualifier": "more_than", "kind": "count", "noun": None,
        "actor": "North Korea", "action": "have", "modality": "stated",
        # the article's date from corpus/manifest.csv: its sentence names no time
        "period_start": "2023-07-27", "period_end": "2023-07-27", "period_text": None,
    }


def test_extract_table_for_people_and_bad_paths(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "x.txt"
    article.write_text("Russia fires 12.5 thousand rounds a day.\n")
    (tmp_path / "empty.txt").write_bytes(b"")
    assert main(["extract", str(tmp_path)]) == 0
    out, err = capsys.readouterr()
    assert "12,500 shell / day" in out
    assert "empty.txt: skipped: the file is empty" in err
    assert main(["extract", str(tmp_path / "missing.txt")]) == 2
    assert "is neither an article file nor a directory" in capsys.readouterr().err


def test_suggest_prints_claims_and_stub_facts_and_edits_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _project(tmp_path, HOWITZER_SHEET.replace("      - article: b\n", "      - article: a\n"
                                                       "        quote: x\n", 0))
    (root / "corpus" / "c.txt").write_text(
        "Pyongyang fields about 14,000 howitzers and 3,500 tanks.\n")
    before = {p: p.read_bytes() for p in (root / "facts").iterdir()}
    assert main(["suggest", "--corpus", str(root / "corpus"), "--facts", str(root / "facts")]) == 0
    out = capsys.readouterr().out
    assert "      - article: c\n        quote: \"about 14,000 howitzers\"\n" in out
    assert "  - id: new.tank\n" in out
    assert '        value: "3,500"' in out
    assert {p: p.read_bytes() for p in (root / "facts").iterdir()} == before


def test_suggest_prints_unsure_mentions_commented_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _project(tmp_path, HOWITZER_SHEET.replace("      nouns: [howitzers]\n",
                                                     "      nouns: [howitzers]\n      actor: North Korea\n"))
    (root / "corpus" / "c.txt").write_text("Analysts disagree. The army fields 9,000 howitzers.\n")
    assert main(["suggest", "--corpus", str(root / "corpus"), "--facts", str(root / "facts")]) == 0
    out = capsys.readouterr().out
    assert ("      # unsure: ? · have · stated; the text does not say whose figure it is\n"
            "      # - article: c\n"
            '      #   quote: "9,000 howitzers"\n'
            '      #   value: "9,000"\n') in out


def test_bad_articles_are_warnings_and_the_run_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _project(tmp_path, HOWITZER_SHEET)
    corpus = root / "corpus"
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (corpus / "latin1.txt").write_bytes("North Korea has 3,000 tanks \xe9.".encode("latin-1"))
    with (corpus / "enormous.txt").open("wb") as sparse:  # 100 MB that takes no disk
        sparse.truncate(100 * 1024 * 1024)
    assert main(["extract", str(corpus), "--json"]) == 0
    out, err = capsys.readouterr()
    assert "enormous.txt: skipped: 104,857,600 bytes is more than the 16,777,216-byte limit" in err
    assert "empty.txt: skipped: the file is empty" in err
    assert "binary.txt: skipped: binary file (NUL bytes)" in err
    assert "latin1.txt: not valid UTF-8 at byte 28" in err
    assert '"text": "3,000"' in out
    assert main(_args(root)) == 1  # the howitzer conflict still fails; the bad files do not
    assert "4 warnings" in capsys.readouterr().out


def test_validate_json_piped_to_head_still_exits_1_on_findings(tmp_path: Path) -> None:
    """Issue 14: 'factsheet validate --json | head' exited 0 despite a new conflict."""
    import subprocess
    import sys

    root = _project(tmp_path, HOWITZER_SHEET)
    for number in range(300):  # more report than a pipe holds, so that writing it breaks
        (root / "corpus" / f"c{number}.txt").write_text(
            f"Report {number}: the North has some {20_000 + number} howitzers and 4,000 tanks.\n")
    command = [sys.executable, "-c", "from factsheet.cli import main; raise SystemExit(main())",
               *_args(root, "--json", "--no-cache")]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        assert process.stdout is not None
        process.stdout.read(10)
        process.stdout.close()  # the reader goes away, as 'head -c 10' does
        _, err = process.communicate()
    assert process.returncode == 1
    assert b"Traceback" not in err


def test_suggest_exits_1_when_a_sheet_fails_to_load(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _project(tmp_path, HOWITZER_SHEET.replace("tolerance: 5%", "tolerance: lots"))
    assert main(["suggest", "--corpus", str(root / "corpus"), "--facts", str(root / "facts"),
                 "--no-cache"]) == 1
    assert "arsenal.yaml:5:" in capsys.readouterr().err


def test_extract_shows_a_figure_too_large_to_write_plainly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 14: 'factsheet extract' in text mode raised on a figure of 300 digits."""
    article = tmp_path / "big.txt"
    article.write_text(f"It has {'9' * 301} tanks.\n", encoding="utf-8")
    assert main(["extract", str(article), "--facts", str(tmp_path)]) == 0
    assert "1e+301 tank" in capsys.readouterr().out
