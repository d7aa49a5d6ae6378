"""The shipped rules in real pytest sessions: pass, fail with both quotes, stale, options."""

from __future__ import annotations

import json
import os
import shutil

import pytest

from .conftest import HOWITZER_SHEET, ROOT, Project


def _howitzers(project: Project) -> None:
    project.article("a", "Pyongyang has more than 20,000 howitzers, analysts say.\n")
    project.article("b", "DPRK is a huge artillery arsenal, it has over 21,600 howitzers.\n")


def test_new_conflict_fails_with_both_quotes(project: Project) -> None:
    _howitzers(project)
    project.sheet("arsenal", HOWITZER_SHEET)
    result = project.run()
    result.assert_outcomes(passed=4, failed=1, skipped=2)
    result.stdout.fnmatch_lines([
        "*test_no_new_conflicts[[]dprk.howitzers[]]*",
        "dprk.howitzers: new divergence (howitzer)",
        '  a: "more than 20,000 howitzers" -> more than 20,000 = more than 20,000 howitzer [pinned]',
        '  b: "it has over 21,600 howitzers" -> over 21,600 = more than 21,600 howitzer [pinned]',
        "*accepted:",
        "      - between: [[]a, b[]]",
    ])
    result.stdout.fnmatch_lines(["factsheet: 2 articles (0 duplicates), 1 facts, 2 claims, "
                                 "1 conflicts (1 new, 0 accepted), 0 stale acceptances "
                                 "— report: reports/conflicts.html"])


def test_converted_values_are_rounded_for_reading_in_the_failure(project: Project) -> None:
    project.article("a", "Russia fires up to 20,000 rounds per month along the front.\n")
    project.article("b", "Ukraine uses about 5,000 shells per day, officials say.\n")
    project.sheet("shells", """\
        facts:
          - id: ukraine.shells_per_day
            title: Shells fired per day
            unit: shell / day
            tolerance: 10%
            recognise:
              nouns: [shells, rounds]
            claims:
              - article: a
                quote: "up to 20,000 rounds per month"
                value: up to 20,000
                unit: shell / month
              - article: b
                quote: "about 5,000 shells per day"
                value: about 5,000
        """)
    result = project.run()
    result.stdout.fnmatch_lines([
        "ukraine.shells_per_day: new *(shell / day)",
        '  a: "up to 20,000 rounds per month" -> up to 20,000 = up to 657 shell / day [[]pinned[]]',
    ])
    # The report keeps the exact value.
    report = json.loads((project.path / "reports" / "conflicts.json").read_text())
    [claim] = [c for c in report["conflicts"][0]["claims"] if c["article"] == "a"]
    assert claim["normalised"].startswith("up to 657.08")


def test_accepted_conflict_passes_and_is_still_reported(project: Project) -> None:
    _howitzers(project)
    project.sheet("arsenal", HOWITZER_SHEET + """\
    accepted:
      - between: [a, b]
        reason: a rounds down
""")
    project.run().assert_outcomes(passed=5, skipped=2)
    report = json.loads((project.path / "reports" / "conflicts.json").read_text())
    [conflict] = report["conflicts"]
    assert conflict["status"] == "accepted"
    assert conflict["reason"] == "a rounds down"
    assert conflict["severity"] == "divergence"
    assert [c["article"] for c in conflict["claims"]] == ["a", "b"]


def test_stale_acceptance_fails(project: Project) -> None:
    project.article("a", "Pyongyang has more than 20,000 howitzers, analysts say.\n")
    project.article("b", "Another count: more than 20,000 howitzers in the North.\n")
    project.sheet("arsenal", """\
        facts:
          - id: dprk.howitzers
            title: Howitzers
            unit: howitzer
            tolerance: 5%
            recognise:
              nouns: [howitzers]
            claims:
              - {article: a, quote: "more than 20,000 howitzers", value: "more than 20,000"}
              - {article: b, quote: "more than 20,000 howitzers", value: "more than 20,000"}
            accepted:
              - between: [a, b]
                reason: they used to disagree
        """)
    result = project.run()
    result.assert_outcomes(passed=4, failed=1, skipped=2)
    result.stdout.fnmatch_lines([
        "facts/arsenal.yaml:12: dprk.howitzers accepts a conflict between a and b that no "
        "longer exists; remove the acceptance or fix the claims",
    ])


def test_bad_sheet_fails_its_own_test_with_file_and_line(project: Project) -> None:
    _howitzers(project)
    project.sheet("arsenal", HOWITZER_SHEET.replace("unit: howitzer", "unit: howitzr"))
    result = project.run()
    # No fact loaded, so the per-fact rules have nothing to run on: skipped, not passed.
    result.assert_outcomes(passed=2, failed=1, skipped=4)
    result.stdout.fnmatch_lines([
        "facts/arsenal.yaml:4: unknown unit 'howitzr' — did you mean 'howitzer'?",
    ])


@pytest.mark.parametrize(("name", "text", "error"), [
    ("units.txt", "interceptor = [interceptor]\nshell = [shell]\n",
     "facts/units.txt:2: cannot define 'shell = [[]shell[]]'*"),
    ("rates.csv", "currency,period,units_per_usd,source\nEUR,2023,-3,x\n",
     "facts/rates.csv:2: rate '-3' must be a positive number, like 1306.76"),
])
def test_a_bad_project_definition_fails_its_own_test_with_file_and_line(
        project: Project, name: str, text: str, error: str) -> None:
    _howitzers(project)
    project.sheet("arsenal", HOWITZER_SHEET)
    (project.path / "facts" / name).write_text(text, encoding="utf-8")
    result = project.run()
    result.stdout.fnmatch_lines([error])
    result.stdout.fnmatch_lines([f"FAILED checks/test_corpus_rules.py::test_sheet_loads[[]{name}[]]*"])
    result.stdout.no_fnmatch_line("*Traceback*")
    result.stdout.no_fnmatch_line("*could not write the report*")
    assert (project.path / "reports" / "conflicts.json").is_file()  # the rest still checked, reported


def test_shipped_corpus_passes_with_its_conflicts_reported(project: Project) -> None:
    shutil.rmtree(project.path / "corpus")
    shutil.rmtree(project.path / "facts")
    shutil.copytree(ROOT / "corpus", project.path / "corpus")
    shutil.copytree(ROOT / "facts", project.path / "facts")
    result = project.run()
    assert result.ret == 0
    report = json.loads((project.path / "reports" / "conflicts.json").read_text())
    pairs = {
        (c["fact"], c["severity"], tuple(cl["value"] for cl in c["claims"]))
        for c in report["conflicts"]
    }
    # The design card's two examples, accepted in the sheets but still reported.
    assert ("dprk.howitzers", "divergence", (20000.0, 21600.0)) in pairs
    assert ("russia.shells_fired_per_day", "divergence", (5000.0, None)) in pairs
    assert all(c["status"] == "accepted" and c["reason"] for c in report["conflicts"])
    duplicates = {a["id"]: a["duplicate_of"] for a in report["articles"] if a["duplicate_of"]}
    assert duplicates == {"001_a4c58db8828a508f": "000_331c2a0c2e350d37"}
    html = (project.path / "reports" / "conflicts.html").read_text()
    assert "it has over <mark>21,600</mark> howitzers" in html


def test_a_new_article_that_disagrees_fails_without_any_pinning(project: Project) -> None:
    for name in ("corpus", "facts"):
        shutil.rmtree(project.path / name)
        shutil.copytree(ROOT / name, project.path / name)
    project.article("005_new_outlet", """\
        Seoul's defence ministry says North Korea now fields about
        14,000 howitzers, far fewer than older estimates.
        """)
    result = project.run()
    assert result.ret == 1
    result.stdout.fnmatch_lines([
        "*FAILED checks/test_corpus_rules.py::test_no_new_conflicts[[]dprk.howitzers[]]*",
    ])
    result.stdout.fnmatch_lines([
        '  005_new_outlet: "about 14,000 howitzers" -> about 14,000 = about 14,000 howitzer'
        ' [[]auto North Korea · have · estimated[]]',
    ])
    # 14,000 < 20,000 < 21,600: one new cut below 000, and 000 vs 002 still accepted.
    assert "4 conflicts (1 new, 3 accepted)" in result.stdout.str()


def test_options_point_the_rules_at_another_corpus(project: Project) -> None:
    other = project.path / "elsewhere"
    (other / "articles").mkdir(parents=True)
    (other / "sheets").mkdir()
    (other / "articles" / "a.txt").write_text("Pyongyang has more than 20,000 howitzers.\n")
    (other / "articles" / "b.txt").write_text("it has over 21,600 howitzers\n")
    (other / "sheets" / "s.yaml").write_text(HOWITZER_SHEET)
    result = project.run("--corpus", "elsewhere/articles", "--facts", "elsewhere/sheets",
                         "--report-dir", "elsewhere/out")
    result.assert_outcomes(passed=4, failed=1, skipped=2)
    assert (other / "out" / "conflicts.json").is_file()
    assert (other / "out" / "conflicts.html").is_file()
    assert not (project.path / "reports").exists()
    leftovers = [p.name for p in (other / "out").iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


def test_another_projects_article_argument_is_left_alone(pytester: pytest.Pytester) -> None:
    """Regression: the plugin parametrized 'article' in every pytest session, breaking
    projects without fact sheets that use an argument of that name."""
    pytester.makepyfile(test_other="""
        import pytest

        @pytest.mark.parametrize("article", ["x", "y"])
        def test_mine(article):
            assert article in "xy"
    """)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=2)
    assert not (pytester.path / "reports").exists()


def test_articles_are_checked_against_a_reference_when_they_claim_its_fact(
        project: Project) -> None:
    project.article("a", "Pyongyang has about 20,000 howitzers, analysts say.\n")
    project.article("b", "A defector puts the number at 14,000 howitzers.\n")
    project.article("c", "The parade was held on a cold morning.\n")
    project.sheet("arsenal", """\
        facts:
          - id: dprk.howitzers
            title: Howitzers
            unit: howitzer
            tolerance: 5%
            recognise:
              nouns: [howitzers]
            reference:
              value: 20,000
              source: an estimate the desk trusts
        """)
    result = project.run("-v")
    result.stdout.fnmatch_lines_random([
        "*test_article_agrees_with_references[[]a[]] PASSED*",
        "*test_article_agrees_with_references[[]b[]] FAILED*",
    ])
    # c says nothing about a fact with a reference: no item that could not fail.
    assert "test_article_agrees_with_references[c]" not in result.stdout.str()
    result.stdout.fnmatch_lines(['  b: "14,000 howitzers" -> 14,000 = 14,000 howitzer'
                                 ' [[]auto ? · ? · stated[]]'])


def test_reference_rule_says_why_it_has_nothing_to_check(project: Project) -> None:
    _howitzers(project)
    project.sheet("arsenal", HOWITZER_SHEET)
    result = project.run("-rs")
    result.stdout.fnmatch_lines([
        "SKIPPED [[]1[]] checks/test_corpus_rules.py*: "
        "no article has a claim on a fact with a reference value",
    ])


def test_failure_summary_is_unchanged_by_the_teardown_index(project: Project) -> None:
    """With the plugin active, failures still show their teardown output, exactly as
    pytest prints it without the plugin."""
    _howitzers(project)
    project.sheet("arsenal", HOWITZER_SHEET)
    project.pytester.makepyfile(test_teardown="""
        import pytest

        @pytest.fixture
        def noisy(request):
            yield
            print("teardown of", request.node.name)

        @pytest.mark.parametrize("number", range(6))
        def test_some_fail(noisy, number):
            assert number % 3, "multiple of three"
    """)

    def summary(*args: str) -> list[str]:
        result = project.pytester.runpytest_subprocess("test_teardown.py", "-p", "no:cacheprovider",
                                                       *args)
        result.assert_outcomes(passed=4, failed=2)
        lines = result.stdout.lines
        start = lines.index(next(line for line in lines if "FAILURES" in line))
        end = lines.index(next(line for line in lines if "short test summary" in line))
        return [line for line in lines[start:end] if not line.startswith("factsheet:")]

    with_plugin = summary()
    assert sum("Captured stdout teardown" in line for line in with_plugin) == 2
    assert "teardown of test_some_fail[3]" in with_plugin
    assert with_plugin == summary("-p", "no:factsheet")


def test_a_session_that_runs_no_rule_writes_no_report(project: Project) -> None:
    """Issue 14: 'pytest tests/unit' in a factsheet project validated the whole corpus and
    rewrote the reports."""
    _howitzers(project)
    project.sheet("arsenal", HOWITZER_SHEET)
    project.pytester.makepyfile(test_unit="""
        def test_plain():
            assert 1 + 1 == 2
    """)
    for args in (["test_unit.py"], ["test_unit.py", "-n", "2"]):
        result = project.pytester.runpytest_subprocess(*args, "-p", "no:cacheprovider")
        result.assert_outcomes(passed=1)
        assert not (project.path / "reports").exists()
        assert "factsheet:" not in result.stdout.str()


def test_a_session_that_runs_the_rules_under_xdist_writes_the_report(project: Project) -> None:
    _howitzers(project)
    project.sheet("arsenal", HOWITZER_SHEET)
    result = project.run("-n", "2")
    result.assert_outcomes(passed=4, failed=1, skipped=2)
    assert (project.path / "reports" / "conflicts.json").exists()


def test_special_files_in_facts_and_corpus_never_hang_a_run(project: Project) -> None:
    """Issue 14: a FIFO in facts/ (or a link there to /dev/zero) hung every run, because the
    kept-run check read every entry of the directory."""
    _howitzers(project)
    project.sheet("arsenal", HOWITZER_SHEET)
    for directory in ("facts", "corpus"):
        os.mkfifo(project.path / directory / "pipe.yaml")
        (project.path / directory / "zero.txt").symlink_to("/dev/zero")
    result = project.pytester.runpytest_subprocess("checks", "-p", "no:cacheprovider", timeout=120)
    result.assert_outcomes(passed=4, failed=1, skipped=2)


def test_a_report_that_cannot_be_written_fails_the_session(project: Project) -> None:
    """Issue 14: pytest exited 0 when the report could not be written, leaving yesterday's."""
    project.article("a", "Pyongyang has more than 20,000 howitzers, analysts say.\n")
    project.sheet("arsenal", HOWITZER_SHEET.partition("    claims:")[0])  # (b's pin left out)
    (project.path / "not_a_directory").write_text("a file", encoding="utf-8")
    result = project.run("--report-dir", "not_a_directory")
    assert result.parseoutcomes().get("failed", 0) == 0  # every rule passed ...
    assert result.ret == pytest.ExitCode.TESTS_FAILED  # ... and the session still fails
    result.stdout.fnmatch_lines(["factsheet: could not write the report to *not_a_directory*"])
