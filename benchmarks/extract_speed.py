"""Extraction speed and quality: factsheet against quantulum3, in one run.

    pip install quantulum3        # the benchmark's only extra (no [classifier] extra)
    python benchmarks/extract_speed.py [--megabytes 1.0] [--quantulum-chars N]

The corpus is repeated to about ``--megabytes`` of text, kept as article-sized
pieces, and both extractors run over the same pieces. Prints characters per
second for factsheet, quantulum3 and a bare compiled-regex scan for digits, the
ratios, and precision/recall of both extractors on the hand-labelled corpus.

Quality is judged loosely, so that quantulum3 (which has no bounds or kinds) is
not penalised for its data model: a prediction is right when it overlaps a
label and its number equals the label's estimate or a bound, or lies inside the
label's range.
"""

from __future__ import annotations

import argparse
import gc
import re
import time
import warnings
from collections.abc import Callable, Iterable

from extract_quality import ROOT, Label, load_jsonl
from factsheet.corpus.articles import load_corpus
from factsheet.text.extract.mentions import extract_mentions

DIGITS = re.compile(r"\d+")
Spans = list[tuple[int, int, float | None]]


def factsheet_spans(text: str) -> Spans:
    return [(m.start, m.end, m.value.nominal if m.value.nominal is not None else m.value.low)
            for m in extract_mentions(text)]


def quantulum_parser() -> Callable[[str], Spans] | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # it warns that the optional classifier is absent
            from quantulum3 import parser
    except ImportError:
        return None

    def spans(text: str) -> Spans:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return [(q.span[0], q.span[1], float(q.value)) for q in parser.parse(text)]

    return spans


def throughput(extract: Callable[[str], object], pieces: list[str], repeat: int) -> float:
    """Best characters per second over ``repeat`` runs."""
    size = sum(map(len, pieces))
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        started = time.perf_counter()
        for piece in pieces:
            extract(piece)
        best = min(best, time.perf_counter() - started)
    return size / best


def right(number: float | None, label: Label) -> bool:
    if number is None:
        return False
    close = [v for v in (label.value, label.low, label.high) if v is not None]
    inside = label.low is not None and label.high is not None and label.low <= number <= label.high
    return inside or any(abs(number - v) <= 1e-6 * max(1.0, abs(v)) for v in close)


def quality(extract: Callable[[str], Spans], texts: dict[str, str],
            labels: Iterable[Label]) -> tuple[float, float, int, int]:
    by_article: dict[str, list[Label]] = {}
    for label in labels:
        by_article.setdefault(label.article, []).append(label)
    found = correct = total = 0
    for article, wanted in by_article.items():
        predictions = extract(texts[article])
        found += len(predictions)
        total += len(wanted)
        taken: set[int] = set()
        for start, end, number in predictions:
            for i, label in enumerate(wanted):
                if i not in taken and start < label.end and label.start < end and right(number, label):
                    taken.add(i)
                    correct += 1
                    break
    precision = correct / found if found else 1.0
    recall = correct / total if total else 1.0
    return precision, recall, found, total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=1.0)
    parser.add_argument("--quantulum-chars", type=int, default=None,
                        help="time quantulum3 on only the first N characters of pieces")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    corpus = load_corpus(ROOT / "corpus")
    texts = {a.id: a.text for a in corpus.articles}
    pieces: list[str] = []
    while sum(map(len, pieces)) < args.megabytes * 1_000_000:
        pieces.extend(texts.values())
    size = sum(map(len, pieces))
    print(f"text: {size:,} characters in {len(pieces)} article-sized pieces")

    ours = throughput(extract_mentions, pieces, args.repeat)
    bare = throughput(lambda text: sum(1 for _ in DIGITS.finditer(text)), pieces, args.repeat)
    print(f"factsheet           {ours:>14,.0f} chars/s")
    print(f"bare regex \\d+      {bare:>14,.0f} chars/s   factsheet / bare = {ours / bare:.3f}")

    labels = [Label(**row) for row in load_jsonl(ROOT / "tests" / "data" / "corpus_labels.jsonl")]  # type: ignore[arg-type]
    p, r, found, total = quality(factsheet_spans, texts, labels)
    print(f"factsheet  on {total} labels: precision {p:.3f} recall {r:.3f} ({found} found)")

    theirs = quantulum_parser()
    if theirs is None:
        print("quantulum3 is not installed: pip install quantulum3 (without the classifier extra)")
        return 0
    sample = pieces
    if args.quantulum_chars is not None:
        sample, total_chars = [], 0
        for piece in pieces:
            if total_chars >= args.quantulum_chars:
                break
            sample.append(piece)
            total_chars += len(piece)
    speed = throughput(theirs, sample, 1)
    print(f"quantulum3          {speed:>14,.0f} chars/s   (on {sum(map(len, sample)):,} characters)")
    print(f"factsheet / quantulum3 = {ours / speed:,.0f}x")
    p, r, found, total = quality(theirs, texts, labels)
    print(f"quantulum3 on {total} labels: precision {p:.3f} recall {r:.3f} ({found} found)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
