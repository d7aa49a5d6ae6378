"""The extraction pool's workers: they end with the process that started them."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

_ORPHANS = """
import os, sys, time
from factsheet.run.analysis import Extractor

extractor = Extractor(2)
wait = extractor.start(["Russia fires 20,000 shells a day."] * 200)
wait()
pool = extractor._started()
print(" ".join(str(pid) for pid in pool._processes), flush=True)
time.sleep(60)
"""


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc")
def test_workers_end_when_their_parent_is_killed() -> None:
    """Issue 14: after 'kill -9' of pytest its extraction workers stayed alive, orphaned."""
    parent = subprocess.Popen([sys.executable, "-c", _ORPHANS], stdout=subprocess.PIPE, text=True)
    assert parent.stdout is not None
    workers = [int(pid) for pid in parent.stdout.readline().split()]
    assert len(workers) == 2
    assert all(_alive(pid) for pid in workers)
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(pid) for pid in workers)


def test_no_more_workers_than_cpus() -> None:
    from factsheet.run.analysis import Extractor

    cpus = max(2, os.cpu_count() or 1)
    assert Extractor(100).jobs == cpus
    assert Extractor(2).jobs == 2
    assert Extractor(0).jobs == 1
