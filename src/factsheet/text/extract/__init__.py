"""Quantity mentions in article text.

``mentions`` drives one pass over the text (anchor -> number -> quantity) and reads
each number with ``quantities`` (what is written around it), ``qualifiers`` (the words
before it), ``ranges`` (a second number), ``rates`` (what follows its noun), ``dates``
(a number that is a date) and ``names`` (one that is part of a name or a code);
``patterns`` holds the shared regex building blocks and word lists, ``records`` the
``Mention`` and ``Reading`` records.
"""

from __future__ import annotations

from .mentions import AMOUNT_KINDS, Kind, Mention, extract_mentions

__all__ = ["AMOUNT_KINDS", "Kind", "Mention", "extract_mentions"]
