"""Writing reports atomically: a reader never sees a half-written file."""

from __future__ import annotations

import glob
import os
import shutil
import tempfile
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from ..check.results import Validation
from .data import json_chunks, report_data
from .html import render_html

JSON_NAME = "conflicts.json"
HTML_NAME = "conflicts.html"


def write_reports(validation: Validation, directory: Path, run_time: datetime | None = None) -> Path:
    """Write conflicts.json and conflicts.html into ``directory``; returns the HTML path."""
    directory.mkdir(parents=True, exist_ok=True)
    write_atomically(directory / JSON_NAME, json_chunks(report_data(validation)))
    html_path = directory / HTML_NAME
    write_atomically(html_path, render_html(validation, run_time=run_time))
    return html_path


def write_atomically(path: Path, text: str | Iterable[str]) -> None:
    """Write ``text`` (or its pieces) to a temporary file beside ``path``, then rename it
    over ``path``."""
    with replacing(path) as temporary, open(temporary, "w", encoding="utf-8", newline="\n") as stream:
        if isinstance(text, str):
            stream.write(text)
        else:
            stream.writelines(text)


def copy_atomically(source: Path, target: Path) -> None:
    with replacing(target) as temporary:
        shutil.copyfile(source, temporary)


@contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """A temporary file beside ``path`` to fill; renamed over ``path`` when the block
    ends, removed when it fails."""
    _remove_leftovers(path)
    handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        # mkstemp makes the file private (0600); a report is for everyone who may read the directory.
        os.chmod(temporary, _default_mode())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


# A temporary file older than this was left by a run that was killed while writing (one
# still writing is seconds old: two runs at once lose nothing).
LEFTOVER_SECONDS = 15 * 60


def _remove_leftovers(path: Path) -> None:
    """Remove temporary files a killed run left beside ``path``."""
    cutoff = time.time() - LEFTOVER_SECONDS
    for leftover in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        try:
            if leftover.is_file() and leftover.stat().st_mtime < cutoff:
                leftover.unlink()
        except OSError:
            continue  # (another run removed it, or it is not ours to remove)


def _default_mode() -> int:
    """0666 less the process umask: the mode ``open()`` would have given a new file."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
