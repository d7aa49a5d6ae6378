"""Quantity mentions in article text."""

from __future__ import annotations

from .mentions import AMOUNT_KINDS, Kind, Mention, extract_mentions

__all__ = ["AMOUNT_KINDS", "Kind", "Mention", "extract_mentions"]
