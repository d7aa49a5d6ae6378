"""Where sentences end, for every stage that reads one: the context words of a fact
(``check.match``), the subject of a price and the count it is per (``text.nouns``,
``text.extract.rates``), the sentences that identify a story (``corpus.duplicates``), and
the sentences and paragraphs a figure's frame is read from (``text.frames``).

A sentence ends at '.', '!' or '?' and any closing quotes or brackets, where white space
and then a capital or a digit (perhaps after an opening quote) follow. Two readers also
stop at a wider boundary: the subject of a price at a blank line (a headline has no full
stop), the count a price is per at a ';' (the end of a clause).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

# (an abbreviation's full stop ends no sentence: 'on Sept. 30', 'Gen. Oleksandr Syrskyi')
# (looked behind only at a full stop: a look behind at every character is slow)
_ABBREVIATION = (r"(?<!\b(?:No|Mr|Dr|St|Lt|Ms)\.)"
                 r"(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mrs|Gen|Col|Sgt|Maj|Sen|Rep|Gov|Adm)\.)"
                 r"(?<!\b(?:Sept|Capt|Prof|Brig)\.)")
# (... or a bullet and then a capital: '... equipment.\n- Compared to 2023, ...')
_SENTENCE_END = re.compile(rf"(?:\.{_ABBREVIATION}|[!?])[\"'”’)]*\s+(?=(?:[\"'“‘(]|[-•*–—][ \t]+)?[A-Z0-9])")
_PARAGRAPH_END = re.compile(rf"{_SENTENCE_END.pattern}|\n[ \t]*\n")
_CLAUSE_END = re.compile(rf"{_SENTENCE_END.pattern}|;")


@dataclass(frozen=True, slots=True)
class Sentences:
    """Where each sentence of ``text`` starts, the first at 0."""

    text: str
    starts: tuple[int, ...]

    @classmethod
    def of(cls, text: str, *, paragraphs: bool = False) -> Sentences:
        """The sentences of ``text``; with ``paragraphs``, a blank line ends one too."""
        ends = _PARAGRAPH_END if paragraphs else _SENTENCE_END
        return cls(text, (0, *(m.end() for m in ends.finditer(text))))

    def holding(self, start: int, end: int, before: int = 0) -> str:
        """The sentences that hold ``text[start:end]``, and ``before`` sentences before them."""
        index = bisect_right(self.starts, start) - 1
        first = self.starts[max(0, index - before)]
        last = bisect_right(self.starts, end - 1)
        stop = self.starts[last] if last < len(self.starts) else len(self.text)
        return self.text[first:stop]

    def ends_between(self, start: int, end: int) -> bool:
        """Whether a sentence ends in ``text[start:end]`` (a new one starts after ``start``)."""
        after = bisect_right(self.starts, start)
        return after < len(self.starts) and self.starts[after] <= end

    def split(self) -> list[str]:
        """Each sentence, with the white space after it."""
        stops = (*self.starts[1:], len(self.text))
        return [self.text[start:stop] for start, stop in zip(self.starts, stops, strict=True)]


def sentence_start(text: str, pos: int, lookback: int, *, paragraphs: bool = False) -> int:
    """Where the sentence holding ``pos`` starts, or ``pos - lookback`` if that is later;
    with ``paragraphs``, a blank line starts a sentence too."""
    window = max(0, pos - lookback)
    ends = _PARAGRAPH_END if paragraphs else _SENTENCE_END
    return max((m.end() for m in ends.finditer(text, window, pos)), default=window)


def sentence_end(text: str, pos: int, reach: int, *, paragraphs: bool = False) -> int:
    """Where the sentence holding ``pos`` ends (after its closing mark and the white space
    after it), or ``pos + reach`` if that is sooner."""
    ends = _PARAGRAPH_END if paragraphs else _SENTENCE_END
    found = ends.search(text, pos, min(len(text), pos + reach))
    return found.end() if found is not None else min(len(text), pos + reach)


def clause_ends_between(text: str, start: int, end: int) -> bool:
    """Whether a clause (or a sentence) ends in ``text[start:end]``."""
    return _CLAUSE_END.search(text, start, end) is not None
