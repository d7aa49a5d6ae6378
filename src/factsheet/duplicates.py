"""Near-duplicate articles: the same story reformatted, re-wrapped or re-captioned.

Word 5-gram shingles, and an index from shingle to the first article that had
it: an article most of whose shingles were seen in one earlier article is a
duplicate of it. Linear in the size of the corpus.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

SHINGLE = 5
# Share of an article's shingles found in one earlier article to call it a copy.
THRESHOLD = 0.8
_WORD = re.compile(r"\w+")


def shingles(text: str) -> set[int]:
    words = _WORD.findall(text.lower())
    return {hash(tuple(words[i : i + SHINGLE])) for i in range(max(0, len(words) - SHINGLE + 1))}


def find_duplicates(texts: Sequence[tuple[str, str]]) -> dict[str, str]:
    """Map the id of each near-duplicate to the id of its original (earlier in order)."""
    first_seen: dict[int, str] = {}
    originals: dict[str, str] = {}
    for article_id, text in texts:
        own = shingles(text)
        if own:
            hits = Counter(first_seen[s] for s in own if s in first_seen)
            if hits:
                candidate, count = hits.most_common(1)[0]
                if count / len(own) >= THRESHOLD:
                    originals[article_id] = originals.get(candidate, candidate)
        for shingle in own:
            first_seen.setdefault(shingle, article_id)
    return originals
