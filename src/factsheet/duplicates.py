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
import heapq
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
    """``find_duplicates`` for precomputed (cached) sentence keys.

    Candidates come from two indexes: the first article to print each sentence
    (finds a short copy of part of a story), and min-hash buckets of whole
    sentence sets (finds a copy whose sentences other articles also reprinted,
    as wire copy is). A candidate is confirmed by exact containment.
    """
    first_seen: dict[int, str] = {}
    buckets: dict[tuple[int, ...], list[str]] = {}
    sets: dict[str, frozenset[int]] = {}
    originals: dict[str, str] = {}
    for article_id, keys in articles:
        own = frozenset(keys)
        if own:
            hits = Counter(first_seen[k] for k in own if k in first_seen)
            candidates = {candidate for candidate, _ in hits.most_common(1)}
            signature = _signature(own)
            for bucket in signature:
                candidates.update(buckets.get(bucket, ()))
            best = max(candidates, key=lambda c: (len(own & sets[c]), c), default=None)
            if best is not None and len(own & sets[best]) / len(own) >= THRESHOLD:
                originals[article_id] = originals.get(best, best)
            for bucket in signature:
                members = buckets.setdefault(bucket, [])
                if len(members) < BUCKET_SIZE:
                    members.append(article_id)
        for key in own:
            first_seen.setdefault(key, article_id)
        sets[article_id] = own
    return originals


# Min-hash banding: BANDS bands of ROWS minimum salted keys each. Two sentence sets
# with Jaccard similarity J share a band with probability 1 - (1 - J**ROWS)**BANDS
# (0.998 at J = 0.8, 0.30 at J = 0.3).
BANDS = 6
ROWS = 3
BUCKET_SIZE = 8
_SALTS = tuple(int.from_bytes(hashlib.blake2b(bytes([band]), digest_size=8).digest(), "big")
               for band in range(BANDS))


def _signature(keys: frozenset[int]) -> list[tuple[int, ...]]:
    return [(band, *heapq.nsmallest(ROWS, (key ^ salt for key in keys)))
            for band, salt in enumerate(_SALTS)]
