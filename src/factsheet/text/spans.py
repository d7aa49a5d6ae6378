"""Spans of text as ``(start, end)`` offsets, end exclusive, and whether they overlap."""

from __future__ import annotations

from collections.abc import Iterable


def overlaps(start: int, end: int, other_start: int, other_end: int) -> bool:
    """Whether ``[start, end)`` and ``[other_start, other_end)`` overlap: each starts before
    the other ends (so spans that only touch do not, and an empty span inside another does)."""
    return start < other_end and other_start < end


def overlaps_any(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    """Whether ``[start, end)`` overlaps any of ``spans``."""
    return any(overlaps(start, end, other_start, other_end) for other_start, other_end in spans)
