"""Text as compared, not as stored: smart quotes made straight, dashes unified,
every run of whitespace (hard line breaks included) one space, characters no reader
sees (a soft hyphen, a zero-width space) gone.

Offsets always map back to the original text, so a match found in the
normalised form is reported as a span of the article file.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..characters import INVISIBLE, collapse_runs

_FOLD = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ",
})
_SPACE = re.compile(r"\s+")
_SPACE_OR_INVISIBLE = re.compile(f"[\\s{INVISIBLE}]+")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Normalised:
    """Normalised text and, for each of its characters, the offset in the original."""

    text: str
    offsets: Sequence[int]  # an array of machine integers: a tuple of ints costs 9x the memory
    original_length: int

    def span_in_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span [start, end) of ``text`` back to the original text."""
        if end <= start:
            at = self.offsets[start] if start < len(self.offsets) else self.original_length
            return at, at
        return self.offsets[start], self.offsets[end - 1] + 1


def _space_or_nothing(run: str) -> str:
    """A run of white space and invisible characters: one space if it holds any, else nothing."""
    return " " if run[0].isspace() or _SPACE.search(run) else ""  # (the first test settles most)


def fold(text: str) -> str:
    """Straighten quotes, unify dashes and collapse whitespace (no offsets kept)."""
    return _SPACE_OR_INVISIBLE.sub(lambda match: _space_or_nothing(match[0]), text.translate(_FOLD)).strip()


def normalise(text: str) -> Normalised:
    """Fold ``text`` keeping, for every output character, its original offset."""
    folded = text.translate(_FOLD)  # one character for one: offsets unchanged
    return Normalised(*collapse_runs(folded, _SPACE_OR_INVISIBLE, _space_or_nothing), len(text))


def find_quote(haystack: Normalised, quote: str) -> tuple[int, int] | None:
    """Span of ``quote`` in the original text, ignoring quote style and line breaks."""
    needle = fold(quote)
    if not needle:
        return None
    start = haystack.text.find(needle)
    if start >= 0:
        return haystack.span_in_original(start, start + len(needle))
    # Not str.lower(): it lengthens some characters ('İ'), shifting every offset after them.
    match = re.search(re.escape(needle), haystack.text, re.IGNORECASE)
    if match is None:
        return None
    return haystack.span_in_original(match.start(), match.end())


def closest_passage(haystack: Normalised, quote: str) -> str | None:
    """The passage of the same length most like ``quote`` (for 'did you mean' errors)."""
    needle = fold(quote).lower()
    words = [(m.start(), m.end()) for m in _WORD.finditer(haystack.text)]
    size = max(1, len(_WORD.findall(needle)))
    if not words:
        return None
    best: tuple[float, str] | None = None
    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(needle)
    for i in range(max(1, len(words) - size + 1)):
        window = haystack.text[words[i][0] : words[min(i + size, len(words)) - 1][1]]
        matcher.set_seq1(window.lower())
        if matcher.real_quick_ratio() < (best[0] if best else 0.0):
            continue
        ratio = matcher.ratio()
        if best is None or ratio > best[0]:
            best = (ratio, window)
    return best[1] if best and best[0] >= 0.4 else None
