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
from array import array
from collections import Counter
from collections.abc import Sequence

from ..text.normalise import fold
from ..text.sentences import Sentences

# Share of an article's sentences found in one earlier article to call it a copy.
THRESHOLD = 0.8
# Sentences shorter than this say too little to identify a story ("Read more:").
MIN_WORDS = 5
_WORD = re.compile(r"\w+")


def sentence_keys(text: str) -> tuple[int, ...]:
    """Stable 64-bit keys of the article's distinct sentences, in order of first use."""
    keys: dict[int, None] = {}
    for sentence in Sentences.of(fold(text)).split():
        words = _WORD.findall(sentence.lower())
        if len(words) >= MIN_WORDS:
            digest = hashlib.blake2b(" ".join(words).encode(), digest_size=8).digest()
            keys.setdefault(int.from_bytes(digest, "big"), None)
    return tuple(keys)


def find_duplicates(texts: Sequence[tuple[str, str]]) -> dict[str, str]:
    """Map the id of each near-duplicate to the id of its original (earlier in order)."""
    index = DuplicateIndex()
    originals: dict[str, str] = {}
    for article_id, text in texts:
        original = index.add(article_id, sentence_keys(text))
        if original is not None:
            originals[article_id] = original
    return originals


class DuplicateIndex:
    """Articles seen so far, in order; ``add`` tells whether the next one copies one of them.

    Candidates come from two indexes: the first article to print each sentence
    (finds a short copy of part of a story), and min-hash buckets of whole
    sentence sets (finds a copy whose sentences other articles also reprinted,
    as wire copy is). A candidate is confirmed by exact containment. Articles are
    kept as numbers and their keys as 8-byte arrays: a 100,000-article corpus
    costs tens of megabytes, not hundreds.
    """

    def __init__(self) -> None:
        self._ids: list[str] = []
        self._keys: list[array[int]] = []
        self._first_seen: dict[int, int] = {}
        self._buckets: dict[tuple[int, ...], list[int]] = {}
        self._originals: dict[int, int] = {}

    def add(self, article_id: str, keys: Sequence[int]) -> str | None:
        """Record the article; the id of its original when it is a near-copy, else None."""
        number = len(self._ids)
        own = frozenset(keys)
        original: int | None = None
        if own:
            hits = Counter(map(self._first_seen.get, own))
            hits.pop(None, None)
            candidates = {candidate for candidate, _ in hits.most_common(1) if candidate is not None}
            signature = _signature(own)
            for bucket in signature:
                candidates.update(self._buckets.get(bucket, ()))
            best = max(candidates, key=lambda c: (self._shared(own, c), c), default=None)
            if best is not None and self._shared(own, best) / len(own) >= THRESHOLD:
                original = self._originals.get(best, best)
                self._originals[number] = original
            for bucket in signature:
                members = self._buckets.setdefault(bucket, [])
                if len(members) < BUCKET_SIZE:
                    members.append(number)
        remember = self._first_seen.setdefault
        for key in own:
            remember(key, number)
        self._ids.append(article_id)
        self._keys.append(array("Q", sorted(own)))
        return None if original is None else self._ids[original]

    def _shared(self, own: frozenset[int], candidate: int) -> int:
        return len(own.intersection(self._keys[candidate]))


# Min-hash banding: BANDS bands of ROWS minimum salted keys each. Two sentence sets
# with Jaccard similarity J share a band with probability 1 - (1 - J**ROWS)**BANDS
# (0.998 at J = 0.8, 0.30 at J = 0.3).
BANDS = 6
ROWS = 3
BUCKET_SIZE = 8
_SALTS = tuple(int.from_bytes(hashlib.blake2b(bytes([band]), digest_size=8).digest(), "big")
               for band in range(BANDS))


def _signature(keys: frozenset[int]) -> list[tuple[int, ...]]:
    return [(band, *sorted(map(salt.__xor__, keys))[:ROWS]) for band, salt in enumerate(_SALTS)]
