"""The run time stamped on reports."""

from __future__ import annotations

import os
from datetime import UTC, datetime


def run_time() -> datetime:
    """Now, or ``$SOURCE_DATE_EPOCH`` for reproducible reports (the usual convention)."""
    pinned = os.environ.get("SOURCE_DATE_EPOCH")
    if pinned and pinned.isdigit():
        return datetime.fromtimestamp(int(pinned), tz=UTC)
    return datetime.now(UTC)
