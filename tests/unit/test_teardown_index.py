"""The teardown-report index returns exactly what pytest's own quadratic scan returns."""

from __future__ import annotations

from typing import Any

from _pytest.reports import TestReport
from _pytest.terminal import TerminalReporter
from hypothesis import given
from hypothesis import strategies as st

from factsheet.plugin.teardown_index import METHOD, TeardownIndex, install

WHENS = st.sampled_from(["setup", "call", "teardown"])
NODE_IDS = st.sampled_from(["t.py::a", "t.py::b", "t.py::c[1]", "t.py::c[2]"])


def _report(node_id: str, when: Any, pdb_shown: bool = False) -> TestReport:
    report = TestReport(node_id, ("t.py", 0, node_id), {}, "passed", None, when)
    if pdb_shown:
        report._pdbshown = True  # type: ignore[attr-defined]
    return report


def _id(node_id: str) -> Any:
    """What pytest looks reports up by: their structured node id from pytest 9.2, the node id
    string before."""
    report = _report(node_id, "call")
    return getattr(report, "id", report.nodeid)


def _reporter(reports: list[TestReport]) -> TerminalReporter:
    reporter = object.__new__(TerminalReporter)  # only the stats are needed
    reporter.stats = {"": reports, "failed": []}
    return reporter


@given(st.lists(st.tuples(NODE_IDS, WHENS, st.booleans())), NODE_IDS)
def test_index_returns_what_pytest_returns(specs: list[tuple[str, Any, bool]], node_id: str) -> None:
    reporter = _reporter([_report(*spec) for spec in specs])
    expected = TerminalReporter._get_teardown_reports(reporter, _id(node_id))
    assert TeardownIndex(reporter)(_id(node_id)) == expected


def test_reports_added_after_a_lookup_are_found() -> None:
    reports = [_report("t.py::a", "teardown")]
    index = TeardownIndex(_reporter(reports))
    assert index(_id("t.py::b")) == []
    reports.append(_report("t.py::b", "teardown"))
    assert index(_id("t.py::b")) == [reports[1]]


def test_install_shadows_the_method_on_that_reporter_only() -> None:
    reporter, other = _reporter([_report("t.py::a", "teardown")]), _reporter([])
    assert install(reporter)
    assert isinstance(getattr(reporter, METHOD), TeardownIndex)
    assert METHOD not in vars(other)
    assert getattr(reporter, METHOD)(_id("t.py::a")) == reporter.stats[""]


def test_install_leaves_a_reporter_without_the_method_alone() -> None:
    class Reporter:
        def __init__(self) -> None:
            self.stats: dict[str, list[Any]] = {}

    reporter = Reporter()
    assert not install(reporter)
    assert METHOD not in vars(reporter)


class _OldReport:
    """A report of pytest before 9.2: no structured ``id``, looked up by its node id string."""

    def __init__(self, nodeid: str, when: str) -> None:
        self.nodeid, self.when = nodeid, when


def test_reports_of_a_pytest_before_9_2_are_found_by_node_id() -> None:
    reports = [_OldReport("t.py::a", "teardown"), _OldReport("t.py::b", "call"),
               _OldReport("t.py::a", "call"), _OldReport("t.py::b", "teardown")]
    index = TeardownIndex(_reporter(reports))  # type: ignore[arg-type]
    assert index("t.py::a") == [reports[0]]
    assert index("t.py::b") == [reports[3]]
