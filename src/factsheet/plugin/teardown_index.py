"""Linear failure summaries: a workaround for pytest-dev/pytest#13360.

pytest prints the captured teardown output of every failed test by scanning all of
the session's reports once per failure, which is quadratic: with 6,000 items and 250
failures that scan alone takes about 3 s, longer than running the rules. The terminal
reporter's ``_get_teardown_reports(node_id)`` is shadowed, on that one reporter
instance, by a lookup in an index of the same reports, in the same order, rebuilt
whenever a report was added since it was built. If a pytest release renames the
method, the shadow is never called and pytest's own method runs as before.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

METHOD = "_get_teardown_reports"


class TeardownIndex:
    """What ``TerminalReporter._get_teardown_reports`` returns, found by node id."""

    def __init__(self, reporter: Any) -> None:
        self._reporter = reporter
        self._indexed: list[Any] | None = None
        self._size = -1
        self._by_id: dict[Any, list[Any]] = {}

    def __call__(self, node_id: Any) -> list[Any]:
        reports: list[Any] = self._reporter.stats.get("", [])
        if reports is not self._indexed or len(reports) != self._size:
            self._by_id = defaultdict(list)
            for report in reports:
                if report.when == "teardown":
                    # (pytest before 9.2 looks reports up by the node id string: they have no .id)
                    self._by_id[getattr(report, "id", report.nodeid)].append(report)
            self._indexed, self._size = reports, len(reports)
        # getreports() leaves out reports that --pdb has already shown.
        return [report for report in self._by_id.get(node_id, ())
                if not hasattr(report, "_pdbshown")]


def install(reporter: Any) -> bool:
    """Shadow the quadratic method on ``reporter``; False when this pytest has none."""
    if not callable(getattr(type(reporter), METHOD, None)) or not hasattr(reporter, "stats"):
        return False
    setattr(reporter, METHOD, TeardownIndex(reporter))
    return True
