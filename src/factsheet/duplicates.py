"""Near-duplicate articles: the same story reformatted, re-wrapped or re-captioned.

Each article becomes the set of its sentences, folded (quote styles, dashes,
case, punctuation and line breaks do not count) and hashed to 64 bits. An index
maps each sentence to the first article that had it: an article most of whose
sentences were seen in one earlier article is a duplicate of it. Linear in the
size of the corpus, with a few integers per article in memory, and the keys are
stable across runs (they can be cached).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Sequence

from .textnorm import fold

# Share of an article's sentences found in one earlier article to call it a copy.
THRESHOLD = 0.8
# Sentences shorter than this say too little to identify a story ("Read more:").
MIN_WORDS = 5
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_WORD = re.compile(r"\w+")


def sentence_keys(text: str) -> tuple[int, ...]:
    """Stable 64-bit keys of the article's distinct sentences, in order of first use."""
    keys: dict[int, None] = {}
    for sentence in _SENTENCE_END.split(fold(text).lower()):
        words = _WORD.findall(sentence)
        if len(words) >= MIN_WORDS:
            digest = hashlib.blake2b(" ".join(words).encode(), digest_size=8).digest()
            keys.setdefault(int.from_bytes(digest, "big"), None)
    return tuple(keys)


def find_duplicates(texts: Sequence[tuple[str, str]]) -> dict[str, str]:
    """Map the id of each near-duplicate to the id of its original (earlier in order)."""
    return find_duplicates_by_keys((article_id, sentence_keys(text)) for article_id, text in texts)


def find_duplicates_by_keys(articles: Iterable[tuple[str, tuple[int, ...]]]) -> dict[str, str]:
    """``find_duplicates`` for precomputed (cached) sentence keys."""
    first_seen: dict[int, str] = {}
    originals: dict[str, str] = {}
    for article_id, keys in articles:
        if keys:
            hits = Counter(first_seen[k] for k in keys if k in first_seen)
            if hits:
                candidate, count = hits.most_common(1)[0]
                if count / len(keys) >= THRESHOLD:
                    originals[article_id] = originals.get(candidate, candidate)
        for key in keys:
            first_seen.setdefault(key, article_id)
    return originals
