"""The progress line: rate and ETA on a terminal, silence in pipes and CI."""

from __future__ import annotations

import io

import pytest

from factsheet.run.progress import Progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_line_shows_count_rate_and_eta() -> None:
    bar = Progress(1_000, "extracting", stream=io.StringIO())
    bar.done = 250
    assert bar.line(elapsed=5.0) == (
        "extracting [######..................] 250/1,000  50/s  ETA 0:00:15")


def test_terminal_outside_ci_gets_the_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.delenv("FACTSHEET_NO_PROGRESS", raising=False)
    stream = Terminal()
    bar = Progress(3, "extracting", stream=stream, interval=0)
    for _ in range(3):
        bar.update()
    bar.close()
    assert stream.getvalue().startswith("\rextracting [")
    assert " 3/3 " in stream.getvalue()
    assert stream.getvalue().endswith("\n")


@pytest.mark.parametrize(
    ("stream", "ci"),
    [pytest.param(io.StringIO(), None, id="pipe"), pytest.param(Terminal(), "true", id="ci")],
)
def test_pipes_and_ci_stay_quiet(
    monkeypatch: pytest.MonkeyPatch, stream: io.StringIO, ci: str | None
) -> None:
    if ci is None:
        monkeypatch.delenv("CI", raising=False)
    else:
        monkeypatch.setenv("CI", ci)
    bar = Progress(3, "extracting", stream=stream, interval=0)
    bar.update(3)
    bar.close()
    assert stream.getvalue() == ""
