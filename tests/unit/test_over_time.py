"""Dated articles and facts that change over time: the corpus manifest, comparison only
within overlapping periods, and the timeline the report draws."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factsheet.check.compare import Claim, comparable, find_conflicts, stale_acceptances, time_groups
from factsheet.corpus.articles import corpus_paths
from factsheet.corpus.manifest import MANIFEST_NAME, load_manifest
from factsheet.errors import Location, UnitError
from factsheet.quantities import ClaimValue, parse_value
from factsheet.report.timeline import build_timeline
from factsheet.run.validate import validate
from factsheet.sheets.records import Acceptance, Fact, OverTime, Recogniser, Reference, Tolerance
from factsheet.text.periods import Period
from factsheet.units import parse_unit, registry

from .conftest import Workspace

HERE = Location(Path("facts/test.yaml"), 1)
HALF_YEAR = OverTime(timedelta(days=183), "6 months")


def _claim(article: str, written: str, period: Period | None) -> Claim:
    return Claim("f", article, article, parse_value(written).value, written, "", written, 0, 1, "pinned",
                 period=period)


def _fact(over_time: OverTime | None = HALF_YEAR, accepted: tuple[Acceptance, ...] = (),
          reference: Reference | None = None) -> Fact:
    return Fact("f", "shells a day", parse_unit("shell / day"), Tolerance(relative=0.1, text="10%"),
                Recogniser(("shells",)), (), (), accepted, reference, HERE, over_time=over_time)


def _text(start: str, end: str) -> Period:
    return Period(date.fromisoformat(start), date.fromisoformat(end), "in ...")


def _dated(day: str) -> Period:
    published = date.fromisoformat(day)
    return Period(published, published, "", True, "article")


# Manifest ---------------------------------------------------------------------------------

def _manifest(workspace: Workspace, text: str) -> tuple[list[str], list[str], dict[str, date | None]]:
    (workspace.corpus / MANIFEST_NAME).write_text(text, encoding="utf-8")
    paths, _ = corpus_paths(workspace.corpus)
    manifest = load_manifest(workspace.corpus, paths)
    warnings = [f"{where}: {message}" for where, message in manifest.warnings]
    dates = {key: meta.date for key, meta in manifest.entries.items()}
    return [str(e) for e in manifest.errors], warnings, dates


def test_a_manifest_dates_its_articles_and_is_no_article(workspace: Workspace) -> None:
    workspace.article("a", "Russia fires 10,000 shells a day.")
    workspace.article("b", "Russia fires 30,000 shells a day.")
    errors, warnings, dates = _manifest(workspace, "file,date,outlet,url,title,note\n"
                                                   "a.txt,2023-07-26,Wire,https://example.org/a,A,from text\n"
                                                   "b,2024-02-01,,,,\n")
    assert errors == []
    assert warnings == []
    assert dates == {"a": date(2023, 7, 26), "b": date(2024, 2, 1)}
    assert [p.name for p in corpus_paths(workspace.corpus)[0]] == ["a.txt", "b.txt"]


@pytest.mark.parametrize(
    ("rows", "error"),
    [
        pytest.param("file,date\na.txt,26/07/2023\n",
                     "corpus/manifest.csv:2: date '26/07/2023' must be written YYYY-MM-DD, like 2023-07-26",
                     id="bad-date"),
        pytest.param("file,date\nz.txt,2023-07-26\n",
                     "corpus/manifest.csv:2: no article file 'z.txt' in the corpus — did you mean 'a.txt'?; "
                     "fix the name or remove the row", id="unknown-file"),
        pytest.param("file,date\na.txt,2023-07-26\na.txt,2023-07-27\n",
                     "corpus/manifest.csv:3: 'a.txt' has a row already, on line 2; keep one", id="twice"),
        pytest.param("file,published\na.txt,2023-07-26\n",
                     "corpus/manifest.csv:1: unknown column 'published'; the columns are file, date, outlet, "
                     "url, title, note (only 'file' is required)", id="unknown-column"),
        pytest.param("file,url\na.txt,example.org\n",
                     "corpus/manifest.csv:2: url 'example.org' must be a web address starting with https:// "
                     "or http://", id="bad-url"),
        pytest.param('file,title\na.txt,"Guns, shells",extra\n',
                     "corpus/manifest.csv:2: 3 cells but 2 columns; quote a cell that holds a comma",
                     id="extra-cell"),
    ],
)
def test_a_bad_manifest_row_is_an_error_at_its_line(workspace: Workspace, rows: str, error: str) -> None:
    workspace.article("a", "Russia fires 10,000 shells a day.")
    errors, warnings, _ = _manifest(workspace, rows)
    assert errors == [error]
    if "z.txt" not in rows:  # its row is wrong, not missing
        assert not any("no row (a.txt)" in warning for warning in warnings)


def test_a_missing_row_or_date_is_a_warning(workspace: Workspace) -> None:
    workspace.article("a", "Russia fires 10,000 shells a day.")
    workspace.article("b", "Russia fires 30,000 shells a day.")
    errors, warnings, _ = _manifest(workspace, "file,date\na.txt,\n")
    assert errors == []
    assert warnings == [
        "corpus/manifest.csv:2: 'a.txt' has no date: its claims are compared as if timeless",
        "corpus/manifest.csv: 1 article file(s) have no row (b.txt): they have no date, outlet or link; "
        "add a row for each",
    ]


# Comparison over time ---------------------------------------------------------------------

def test_claims_of_periods_that_do_not_overlap_never_conflict() -> None:
    claims = [_claim("a", "12,000", _text("2023-06-01", "2023-08-31")),
              _claim("b", "65,000", _text("2024-01-01", "2024-04-30"))]
    assert find_conflicts(_fact(), claims) == []
    assert len(find_conflicts(_fact(over_time=None), claims)) == 1


def test_claims_of_overlapping_periods_conflict() -> None:
    claims = [_claim("a", "12,000", _text("2023-06-01", "2023-08-31")),
              _claim("b", "65,000", _text("2023-08-01", "2023-12-31"))]
    [conflict] = find_conflicts(_fact(), claims)
    assert {c.article for c in conflict.claims} == {"a", "b"}


def test_figures_dated_by_their_articles_compare_within_the_window() -> None:
    near = [_claim("a", "12,000", _dated("2023-07-27")), _claim("b", "65,000", _dated("2023-09-14"))]
    far = [_claim("a", "12,000", _dated("2022-01-10")), _claim("b", "65,000", _dated("2023-09-14"))]
    assert len(find_conflicts(_fact(), near)) == 1
    assert find_conflicts(_fact(), far) == []


def test_a_claim_of_unknown_time_compares_with_every_other() -> None:
    claims = [_claim("a", "12,000", None), _claim("b", "65,000", _text("2020-01-01", "2020-12-31")),
              _claim("c", "12,100", _text("2024-01-01", "2024-12-31"))]
    conflicts = find_conflicts(_fact(), claims)
    assert {frozenset(c.article for c in conflict.claims) for conflict in conflicts} == {frozenset("ab")}


def test_a_reference_is_compared_within_the_window_before_its_as_of() -> None:
    reference = Reference("10,000", ClaimValue.exact(10_000), "MoD", HERE, as_of=date(2023, 6, 30))
    recent = [_claim("a", "30,000", _dated("2023-05-01"))]
    old = [_claim("a", "30,000", _dated("2021-05-01"))]
    assert len(find_conflicts(_fact(reference=reference), recent)) == 1
    assert find_conflicts(_fact(reference=reference), old) == []


def test_an_acceptance_of_figures_that_no_longer_overlap_is_stale() -> None:
    accepted = (Acceptance(frozenset({"a", "b"}), "known", HERE),)
    claims = [_claim("a", "12,000", _text("2023-06-01", "2023-08-31")),
              _claim("b", "65,000", _text("2024-01-01", "2024-04-30"))]
    assert stale_acceptances(_fact(accepted=accepted), claims) == list(accepted)
    assert stale_acceptances(_fact(over_time=None, accepted=accepted), claims) == []


DAYS = st.integers(0, 3000)
SPANS = st.builds(lambda start, length, open_start, open_end: Period(
    None if open_start else date(2015, 1, 1) + timedelta(days=start),
    None if open_end else date(2015, 1, 1) + timedelta(days=start + length)),
    DAYS, st.integers(0, 400), st.booleans(), st.booleans())


@given(st.lists(st.tuples(SPANS, st.integers(1, 100)), min_size=2, max_size=8))
def test_every_pair_of_overlapping_claims_shares_a_group(items: list[tuple[Period, int]]) -> None:
    claims = [_claim(f"s{i}", f"{value * 1000:,}", period) for i, (period, value) in enumerate(items)]
    groups = [set(map(id, group)) for group in time_groups(_fact(), claims)]
    for i, a in enumerate(claims):
        for b in claims[i + 1:]:
            together = any(id(a) in group and id(b) in group for group in groups)
            assert together == comparable(a.period, b.period)


@given(st.lists(st.tuples(SPANS, st.integers(1, 100)), min_size=2, max_size=6))
def test_comparison_over_time_is_symmetric(items: list[tuple[Period, int]]) -> None:
    claims = [_claim(f"s{i}", f"{value * 1000:,}", period) for i, (period, value) in enumerate(items)]
    forward = {frozenset(c.article for c in k.claims) for k in find_conflicts(_fact(), claims)}
    backward = {frozenset(c.article for c in k.claims) for k in find_conflicts(_fact(), claims[::-1])}
    pairs = {frozenset((a.article, b.article)) for a in claims for b in claims if a is not b}
    def conflicting(found: set[frozenset[str]]) -> set[frozenset[str]]:
        return {p for p in pairs if any(p <= k for k in found)}

    assert conflicting(forward) == conflicting(backward)


# Through a whole run ----------------------------------------------------------------------

def test_three_periods_of_one_source_are_a_timeline_not_a_conflict(workspace: Workspace) -> None:
    workspace.article("a", "Russian guns fired about 12,000 shells a day last summer, 21,000 a day in the "
                           "autumn, and since January up to 65,000 shells a day.\n")
    workspace.article("b", "Russian forces fire up to 60,000 shells a day, officials said.\n")
    workspace.dates(a="2024-04-10", b="2024-09-20")
    workspace.sheet("ammo", """\
        facts:
          - id: russia.rate
            title: Shells Russia fires a day
            unit: shell / day
            tolerance: 10%
            changes_over_time: 6 months
            recognise: {nouns: [shells], actor: Russia, action: fire}
        """)
    validation = validate(workspace.corpus, workspace.facts)
    [result] = validation.results
    periods = {c.written: str(c.period.start) if c.period else None for c in result.claims}
    assert periods == {"about 12,000": "2023-06-01", "21,000": "2023-09-01", "up to 65,000": "2024-01-01",
                       "up to 60,000": "2024-09-20"}
    # b's figure stands for the six months before 2024-09-20: it meets a's 65,000 since January
    # (they agree), not a's figures of last summer and autumn, far higher or lower
    assert result.conflicts == ()


def test_the_timeline_marks_the_latest_figure() -> None:
    claims = [_claim("a", "12,000", _text("2023-06-01", "2023-08-31")),
              _claim("b", "20,000-60,000", _text("2023-09-01", "2023-11-30")),
              _claim("c", "65,000", _text("2024-01-01", "2024-04-10")), _claim("d", "9,000", None)]
    timeline = build_timeline(claims, {}, {"a": "a", "b": "b", "c": "c"})
    assert timeline is not None
    assert timeline.undated == 1
    assert [m.latest for m in timeline.marks] == [False, False, True]
    first, ranged, last = timeline.marks
    assert first.x0 < first.x1 < ranged.x0 < ranged.x1 < last.x0 < last.x1
    assert ranged.y_low > ranged.y_high  # a stated range is a box up
    assert last.y is not None
    assert first.y is not None
    assert last.y < first.y  # more is higher


# A project's own units ---------------------------------------------------------------------

def test_a_project_defines_its_own_units_without_editing_the_package(workspace: Workspace) -> None:
    before = registry()
    workspace.article("a", "The navy fired 120 interceptors in April 2024.\n")
    workspace.article("b", "Destroyers have launched about 200 interceptors in April 2024, officials said.\n")
    units = workspace.facts / "units.txt"
    units.write_text("# our own count\ninterceptor = [interceptor]\n", encoding="utf-8")
    workspace.sheet("navy", """\
        facts:
          - id: navy.interceptors_fired
            title: Interceptors the navy fired
            unit: interceptor
            tolerance: 10%
            recognise: {nouns: [interceptors]}
        """)
    validation = validate(workspace.corpus, workspace.facts)
    assert validation.failures == ()
    [result] = validation.results
    assert sorted(c.written for c in result.claims) == ["120", "about 200"]
    assert len(result.conflicts) == 1
    units.unlink()
    assert "unknown unit 'interceptor'" in str(validate(workspace.corpus, workspace.facts).failures[0])
    assert registry() is before  # units made before (a session's own run) still meet these


def test_a_bad_project_unit_is_an_error_at_its_line(workspace: Workspace) -> None:
    (workspace.facts / "units.txt").write_text("interceptor = [interceptor]\nshell = [shell]\n",
                                               encoding="utf-8")
    [failure] = validate(workspace.corpus, workspace.facts).failures  # a failure to report, no crash
    assert failure.path == workspace.facts / "units.txt"
    [error] = failure.errors
    assert isinstance(error, UnitError)
    assert str(error).startswith("facts/units.txt:2: cannot define 'shell = [shell]'")
    assert validate(Path("corpus"), Path("nowhere")).failures == ()  # the package's units again


def test_a_project_units_file_that_is_not_text_is_an_error_at_it(workspace: Workspace) -> None:
    (workspace.facts / "units.txt").write_bytes(b"interceptor = [interceptor]\n\xff\xfe\n")
    [failure] = validate(workspace.corpus, workspace.facts).failures
    assert str(failure).startswith("facts/units.txt:1: cannot be read as UTF-8 text")
