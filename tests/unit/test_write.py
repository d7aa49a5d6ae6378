"""Reports are written atomically, and what a killed run left behind is cleared."""

from __future__ import annotations

import os
import time
from pathlib import Path

from factsheet.report.write import LEFTOVER_SECONDS, write_atomically


def test_a_report_replaces_the_old_one_whole(tmp_path: Path) -> None:
    target = tmp_path / "conflicts.json"
    target.write_text("old", encoding="utf-8")
    write_atomically(target, ["{", "}"])
    assert target.read_text(encoding="utf-8") == "{}"
    assert [p.name for p in tmp_path.iterdir()] == ["conflicts.json"]


def test_a_temporary_file_a_killed_run_left_is_removed_and_a_fresh_one_is_not(tmp_path: Path) -> None:
    """Issue 14: a kill while a report was written left its temporary file for ever."""
    target = tmp_path / "conflicts.json"
    stale, fresh = tmp_path / ".conflicts.json.abc123.tmp", tmp_path / ".conflicts.json.def456.tmp"
    other = tmp_path / ".conflicts.html.abc123.tmp"
    for path in (stale, fresh, other):
        path.write_text("partial", encoding="utf-8")
    old = time.time() - LEFTOVER_SECONDS - 60
    for path in (stale, other):
        os.utime(path, (old, old))
    write_atomically(target, "{}")
    assert not stale.exists()
    assert fresh.exists()  # another run may be writing it now
    assert other.exists()  # another report's: cleared when that one is written
