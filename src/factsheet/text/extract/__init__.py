"""Quantity mentions in article text.

``mentions`` drives one pass over the text (anchor -> number -> quantity) and reads
each number with ``quantities`` (what is written around it), ``qualifiers`` (the words
before it), ``ranges`` (a second number), ``rates`` (what follows its noun), ``dates``
and ``names`` (numbers that are no quantity); ``patterns`` holds the shared regex
building blocks and word lists, ``records`` the ``Mention`` record.
"""

from __future__ import annotations

from .mentions import AMOUNT_KINDS, Kind, Mention, extract_mentions

__all__ = ["AMOUNT_KINDS", "Kind", "Mention", "extract_mentions"]
