"""What a pytest session knows of factsheet: where its inputs are, how many processes
extract, and the validation computed once from them.

Import-light, as the hooks are: the harness is imported when a session first asks
for the validation.
"""

from __future__ import annotations

import gc
import os
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from ..check.results import Validation
    from ..run.kept_run import RunCache


class FactsheetState:
    """Where this session's inputs are, and the validation computed once from them."""

    def __init__(self, config: pytest.Config) -> None:
        self.explicit = any(config.getoption(name) for name in ("corpus", "facts", "report_dir"))
        self.corpus_dir = _directory(config, "corpus", "corpus")
        self.facts_dir = _directory(config, "facts", "facts")
        self.report_dir = _directory(config, "report_dir", "reports")
        self.cache_dir: Path | None = None
        if not config.getoption("no_extraction_cache"):
            from ..run.extraction_cache import default_cache_dir

            given = config.getoption("extraction_cache")
            self.cache_dir = (config.invocation_params.dir / str(given) if given
                              else default_cache_dir(config.rootpath))
        self._validation: Validation | None = None
        # Articles missing from the cache are extracted in a process pool (one process
        # per CPU unless told otherwise). Under pytest-xdist the controller extracts,
        # before the workers start; they then read every article from the cache.
        self.worker = hasattr(config, "workerinput")
        processes = getattr(config.option, "numprocesses", None)
        xdist_workers = processes if isinstance(processes, int) and not self.worker else 0
        self.xdist_controller = xdist_workers > 0
        given_jobs = config.getoption("extraction_jobs")
        if self.worker:
            self.jobs = 1
        elif given_jobs is not None:
            self.jobs = max(1, given_jobs)
        else:
            self.jobs = xdist_workers if self.xdist_controller else os.cpu_count() or 1
        self.report_path: Path | None = None
        self.report_error: str | None = None

    @property
    def active(self) -> bool:
        """Only sessions of a factsheet project (or given our options) write reports."""
        return self.explicit or self.facts_dir.is_dir()

    @property
    def validated(self) -> bool:
        """Whether this session asked for the validation: a rule did, or the options name a
        corpus, sheets or a report directory."""
        return self._validation is not None or self.explicit

    def collects_rules(self, config: pytest.Config) -> bool:
        """Whether the session's paths hold one of the rule paths (``factsheet_rules``) or
        lie inside one: what an xdist controller, which collects nothing, goes by."""
        rules = [(config.rootpath / path).resolve() for path in config.getini("factsheet_rules")]
        given = [(config.invocation_params.dir / arg.split("::")[0]).resolve() for arg in config.args]
        return self.explicit or any(rule == path or path in rule.parents or rule in path.parents
                                    for rule in rules for path in given)

    @property
    def validation(self) -> Validation:
        if self._validation is None:
            self._validation = self.runs.validate(self.jobs)
            # It lives as long as the session: out of the cyclic collector's reach, the
            # full collections triggered while the items run need not walk it (what is
            # alive at the end is frozen again in pytest_sessionfinish).
            gc.freeze()
        return self._validation

    @cached_property
    def runs(self) -> RunCache:
        from ..run.kept_run import RunCache

        return RunCache(self.cache_dir, self.corpus_dir, self.facts_dir)


def _directory(config: pytest.Config, option: str, default: str) -> Path:
    """A directory given on the command line is relative to where pytest was started;
    the defaults are relative to the project root."""
    given = config.getoption(option)
    if given:
        return config.invocation_params.dir / str(given)
    return config.rootpath / default
