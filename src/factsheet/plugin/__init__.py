"""The pytest plugin: options, fixtures that parametrize rules per sheet, fact and
article, and the report written at the end of every session that ran a rule.

Import-light: it is loaded by every pytest session where factsheet is installed,
so the harness itself is imported only when a session uses it.
"""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

import pytest

from .state import FactsheetState

if TYPE_CHECKING:
    from ..check.results import Validation

_STATE = pytest.StashKey[FactsheetState]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("factsheet", "fact-consistency checks of a news corpus")
    group.addoption("--corpus", metavar="DIR", help="articles to validate (default: corpus/)")
    group.addoption("--facts", metavar="DIR", help="fact sheets (default: facts/)")
    group.addoption("--report-dir", metavar="DIR", dest="report_dir",
                    help="where conflicts.json and conflicts.html go (default: reports/)")
    group.addoption("--extraction-cache", metavar="DIR", dest="extraction_cache",
                    help="SQLite cache of extraction results (default: $FACTSHEET_CACHE_DIR "
                         "or .factsheet_cache/)")
    group.addoption("--extraction-jobs", metavar="N", dest="extraction_jobs", type=int,
                    help="processes that extract articles missing from the cache "
                         "(default: one per CPU; 1 extracts in the pytest process)")
    group.addoption("--no-extraction-cache", action="store_true", dest="no_extraction_cache",
                    help="extract every article afresh and keep nothing")
    parser.addini("factsheet_rules", type="paths", default=["checks"],
                  help="where the rules live: a pytest-xdist session validates the corpus up "
                       "front only when it collects one of these (default: checks)")


def pytest_configure(config: pytest.Config) -> None:
    config.stash[_STATE] = FactsheetState(config)


def _state(config: pytest.Config) -> FactsheetState:
    return config.stash[_STATE]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Rules asking for ``fact_sheet_path``, ``fact``, ``article`` or
    ``article_on_reference_facts`` run once per each."""
    names = {"fact_sheet_path", "fact", "article", "article_on_reference_facts"} & set(
        metafunc.fixturenames)
    state = _state(metafunc.config)
    if not names or not state.active:
        return  # another project's tests may have an argument of the same name
    validation = state.validation
    if "fact_sheet_path" in names:
        from ..sheets.loader import project_files

        paths = project_files(state.facts_dir)
        metafunc.parametrize("fact_sheet_path", paths, ids=[p.name for p in paths])
    if "fact" in names:
        facts = [result.fact for result in validation.results]
        metafunc.parametrize("fact", facts, ids=[f.id for f in facts])
    if "article" in names:
        articles = list(validation.corpus.articles)
        metafunc.parametrize("article", articles, ids=[a.id for a in articles])
    if "article_on_reference_facts" in names:
        # Only these articles can disagree with a reference: an item for every other
        # article could not fail, and would cost pytest about a millisecond each.
        chosen = validation.articles_on_reference_facts
        params = [pytest.param(a, id=a.id) for a in chosen] or [pytest.param(None, id="none", marks=(
            pytest.mark.skip(reason="no article has a claim on a fact with a reference value")))]
        metafunc.parametrize("article_on_reference_facts", params)


@pytest.fixture(scope="session")
def factsheet(request: pytest.FixtureRequest) -> Validation:
    """The validation of this session's corpus against its fact sheets (computed once)."""
    return _state(request.config).validation


@pytest.hookimpl(tryfirst=True)
def pytest_sessionstart(session: pytest.Session) -> None:
    state = _state(session.config)
    if not state.active:
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        from .teardown_index import install

        install(reporter)
    if state.xdist_controller and state.collects_rules(session.config):
        state.validation  # noqa: B018 - fills the cache before xdist starts its workers


def pytest_sessionfinish(session: pytest.Session) -> None:
    state = _state(session.config)
    if not state.active or not state.validated:
        return  # a session that ran no rule ('pytest tests/unit') writes no report
    # What is alive now (items, reports) lives until exit: out of the cyclic
    # collector's reach, pytest's full collections and the interpreter's at exit
    # need not walk it (7 s at 100,000 articles, 0.2 s frozen). Not unfrozen: that
    # brings the cost back. A process that runs many sessions keeps their cycles.
    gc.freeze()
    if state.worker:
        return
    from ..errors import FactsheetError
    from ..run.clock import run_time

    try:
        state.report_path = state.runs.write_reports(state.validation, state.report_dir, run_time())
    except (OSError, FactsheetError) as error:
        state.report_error = f"could not write the report to {state.report_dir}: {error}"
    except Exception as error:  # a bug of ours must not take the session's results with it
        state.report_error = (f"could not write the report to {state.report_dir}: "
                              f"{type(error).__name__}: {error} (please report this bug)")
    if state.report_error and session.exitstatus == pytest.ExitCode.OK:
        # no green run with yesterday's report left in place
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    state = _state(terminalreporter.config)
    if state.report_error:
        terminalreporter.write_line(f"factsheet: {state.report_error}", red=True)
        return
    if state.report_path is None:
        return
    from ..report.summary import summary_line

    terminalreporter.write_line(summary_line(state.validation, state.report_path))
