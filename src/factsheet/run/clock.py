"""The run time stamped on reports."""

from __future__ import annotations

import os
from datetime import UTC, datetime

from ..errors import FactsheetError


def run_time() -> datetime:
    """Now, or ``$SOURCE_DATE_EPOCH`` for reproducible reports (the usual convention)."""
    pinned = os.environ.get("SOURCE_DATE_EPOCH")
    if pinned and pinned.isdigit():
        try:
            return datetime.fromtimestamp(int(pinned), tz=UTC)
        except (OverflowError, OSError, ValueError):
            raise FactsheetError(f"SOURCE_DATE_EPOCH={pinned[:20]} is no time a report can carry; "
                                 "set it to seconds since 1970 (like 1700000000) or unset it") from None
    return datetime.now(UTC)
