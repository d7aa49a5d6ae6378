"""A progress line with rate and ETA for long extractions.

Shown only on an interactive terminal outside CI: piped output and CI logs stay clean.
"""

from __future__ import annotations

import os
import sys
import time
from typing import TextIO


class Progress:
    """``update()`` after each item; ``close()`` ends the line."""

    def __init__(self, total: int, label: str, stream: TextIO | None = None,
                 interval: float = 0.1) -> None:
        self.total = total
        self.label = label
        self.stream = stream if stream is not None else sys.stderr
        self.interval = interval
        self.done = 0
        self.started = time.monotonic()
        self._shown = 0.0
        self.enabled = total > 0 and _interactive(self.stream)

    def update(self, count: int = 1) -> None:
        self.done += count
        now = time.monotonic()
        if self.enabled and (now - self._shown >= self.interval or self.done >= self.total):
            self._shown = now
            self.stream.write("\r" + self.line(now - self.started))
            self.stream.flush()

    def line(self, elapsed: float) -> str:
        rate = self.done / elapsed if elapsed > 0 else 0.0
        left = (self.total - self.done) / rate if rate > 0 else 0.0
        width = 24
        filled = int(width * self.done / self.total) if self.total else width
        return (f"{self.label} [{'#' * filled}{'.' * (width - filled)}] {self.done:,}/{self.total:,}"
                f"  {rate:,.0f}/s  ETA {_clock(left)}")

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()


def _interactive(stream: TextIO) -> bool:
    if os.environ.get("CI") or os.environ.get("FACTSHEET_NO_PROGRESS"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def _clock(seconds: float) -> str:
    minutes, seconds = divmod(int(seconds + 0.5), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02}:{seconds:02}"
