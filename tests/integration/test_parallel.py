"""pytest -n (pytest-xdist) gives the verdicts and the report of a serial run."""

from __future__ import annotations

import shutil

import pytest

from .conftest import ROOT, Project

pytest.importorskip("xdist", reason="pytest-xdist is not installed")


def _outcomes(result: pytest.RunResult) -> dict[str, str]:
    lines = [line for line in result.stdout.lines if "::" in line]
    verdicts = {}
    for line in lines:
        for word in ("PASSED", "FAILED", "SKIPPED"):
            if word in line:
                test = next(part for part in line.split() if "::" in part)
                verdicts[test] = word
    return verdicts


def _with_shipped_corpus(project: Project) -> None:
    for name in ("corpus", "facts"):
        shutil.rmtree(project.path / name)
        shutil.copytree(ROOT / name, project.path / name)


def _reports_with_one_and_two_workers(project: Project) -> dict[str, bytes]:
    """conflicts.json of a run extracting in this process ('1') and in a pool of two ('2')."""
    reports = {}
    for jobs in ("1", "2"):
        project.run("--extraction-jobs", jobs, "--extraction-cache", f"cache-{jobs}")
        reports[jobs] = (project.path / "reports" / "conflicts.json").read_bytes()
    return reports


def test_parallel_run_matches_serial_run(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    _with_shipped_corpus(project)
    project.article("005_new_outlet", "North Korea fields about 14,000 howitzers, Seoul says.\n")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # the same run time in both reports

    serial = project.run("-rA", "--extraction-cache", "serial-cache")
    serial_json = (project.path / "reports" / "conflicts.json").read_bytes()
    serial_html = (project.path / "reports" / "conflicts.html").read_bytes()
    shutil.rmtree(project.path / "reports")

    parallel = project.run("-rA", "-n", "2", "--extraction-cache", "parallel-cache")
    assert serial.ret == parallel.ret == 1
    assert _outcomes(serial) == _outcomes(parallel)
    assert _outcomes(serial)  # the comparison saw the tests
    assert (project.path / "reports" / "conflicts.json").read_bytes() == serial_json
    assert (project.path / "reports" / "conflicts.html").read_bytes() == serial_html
    # Written once, by the controller: no stray temporary files from workers.
    assert sorted(p.name for p in (project.path / "reports").iterdir()) == [
        "conflicts.html", "conflicts.json"]


def test_extraction_in_a_process_pool_matches_extraction_in_process(project: Project) -> None:
    """Enough new articles to start the pool (and more than one batch of the stream)."""
    _with_shipped_corpus(project)
    for number in range(600):
        project.article(f"9{number:03}_wire", f"Wire {number}: Pyongyang has {20_000 + 7 * number:,} "
                        f"howitzers, officials in Seoul said on day {number} of the count.\n")
    reports = _reports_with_one_and_two_workers(project)
    assert reports["1"] == reports["2"]
    assert b'"article": "9599_wire"' in reports["1"]


def test_periods_read_in_the_process_pool_are_those_read_in_process(project: Project) -> None:
    """The claims of dated articles get their periods in the extraction workers when there are
    enough articles for the pool: the same periods, in the same order, as in one process."""
    _with_shipped_corpus(project)
    dated = []
    for number in range(300):
        name = f"8{number:03}_wire"
        month = ("January", "March", "June", "October")[number % 4]
        project.article(name, f"Wire {number}: In {month} 2023, Pyongyang had {20_000 + 7 * number:,} "
                        f"howitzers, officials in Seoul said. Last summer it sold {1_000 + number:,} shells "
                        "to Russia.\n")
        dated.append(f"{name}.txt,2024-0{1 + number % 9}-15,Wire,,,inferred from the text\n")
    manifest = project.path / "corpus" / "manifest.csv"
    rows = manifest.read_text(encoding="utf-8").rstrip("\n") + "\n" + "".join(dated)
    manifest.write_text(rows, encoding="utf-8")
    reports = _reports_with_one_and_two_workers(project)
    assert reports["1"] == reports["2"]
    assert b'"period_text": "In October 2023"' in reports["1"]
