"""Extraction quality against hand labels: precision, recall and F1 per kind.

    python benchmarks/extract_quality.py [--corpus DIR] [--labels FILE] [--names FILE]

A prediction matches a label when their spans overlap and their values (point
estimate, low and high) are equal; each label matches at most one prediction.
It counts as correct for a kind when both have that kind. Exit status 1 when
count, rate, money or percent fall below 0.95 precision or recall, or when a
caliber, a year or a name is reported as a count.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from factsheet.text.extract.mentions import Mention, extract_mentions

ROOT = Path(__file__).resolve().parents[1]
KINDS = ("count", "rate", "money", "percent", "length", "duration", "date", "caliber", "other")
GATED = ("count", "rate", "money", "percent")
THRESHOLD = 0.95


@dataclass(frozen=True, slots=True)
class Label:
    article: str
    start: int
    end: int
    text: str
    value: float | None
    low: float | None
    high: float | None
    unit: str | None
    kind: str


@dataclass(frozen=True, slots=True)
class Span:
    article: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Prediction:
    article: str
    mention: Mention


def load_jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def same_number(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def matches(prediction: Prediction, label: Label) -> bool:
    m = prediction.mention
    return (
        prediction.article == label.article
        and m.start < label.end
        and label.start < m.end
        and same_number(m.value.nominal, label.value)
        and same_number(m.value.low, label.low)
        and same_number(m.value.high, label.high)
    )


def overlaps(prediction: Prediction, span: Label | Span) -> bool:
    m = prediction.mention
    return prediction.article == span.article and m.start < span.end and span.start < m.end


def pair(predictions: list[Prediction], labels: list[Label]) -> list[tuple[Prediction, Label]]:
    pairs: list[tuple[Prediction, Label]] = []
    taken: set[int] = set()
    for prediction in predictions:
        for i, label in enumerate(labels):
            if i not in taken and matches(prediction, label):
                pairs.append((prediction, label))
                taken.add(i)
                break
    return pairs


def ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def describe(article: str, m: Mention | Label) -> str:
    if isinstance(m, Label):
        return f"{article}:{m.start} {m.text!r} {m.kind} {m.unit} ({m.value}, {m.low}, {m.high})"
    v = m.value
    return f"{article}:{m.start} {m.text!r} {m.kind} {m.unit} ({v.nominal}, {v.low}, {v.high})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    parser.add_argument("--labels", type=Path, default=ROOT / "tests" / "data" / "corpus_labels.jsonl")
    parser.add_argument("--names", type=Path, default=ROOT / "tests" / "data" / "corpus_names.jsonl")
    args = parser.parse_args(argv)

    labels = [Label(**row) for row in load_jsonl(args.labels)]  # type: ignore[arg-type]
    names = [Span(**row) for row in load_jsonl(args.names)]  # type: ignore[arg-type]
    predictions: list[Prediction] = []
    for article in sorted({label.article for label in labels}):
        text = (args.corpus / f"{article}.txt").read_text(encoding="utf-8")
        for label in labels:
            if label.article == article and text[label.start : label.end] != label.text:
                raise SystemExit(f"{args.labels}: label {label.text!r} at {label.start} does not match "
                                 f"{article}; relabel it")
        predictions += [Prediction(article, m) for m in extract_mentions(text)]

    pairs = pair(predictions, labels)
    correct: Counter[str] = Counter(label.kind for p, label in pairs if p.mention.kind == label.kind)
    predicted: Counter[str] = Counter(p.mention.kind for p in predictions)
    labelled = Counter(label.kind for label in labels)

    print(f"{'kind':10} {'labels':>6} {'found':>6} {'right':>6} {'prec':>6} {'recall':>6} {'F1':>6}")
    failed = False
    for kind in (*KINDS, "overall"):
        if kind == "overall":
            right, found, wanted = sum(correct.values()), len(predictions), len(labels)
        else:
            right, found, wanted = correct[kind], predicted[kind], labelled[kind]
        if kind != "overall" and not found and not wanted:
            continue
        precision, recall = ratio(right, found), ratio(right, wanted)
        print(f"{kind:10} {wanted:6} {found:6} {right:6} {precision:6.3f} {recall:6.3f} "
              f"{f1(precision, recall):6.3f}")
        failed |= kind in GATED and min(precision, recall) < THRESHOLD

    matched_labels = {id(label) for _, label in pairs}
    matched_predictions = {id(p) for p, _ in pairs}
    unit_wrong = [(p, label) for p, label in pairs if p.mention.unit != label.unit]
    exact = sum(1 for p, label in pairs if (p.mention.start, p.mention.end) == (label.start, label.end))
    print(f"\nmatched {len(pairs)} of {len(labels)} labels; exact spans {exact}; "
          f"unit differs {len(unit_wrong)}")

    counts = [p for p in predictions if p.mention.kind == "count"]
    wrong = {
        "calibers": sum(1 for p in counts if any(overlaps(p, lb) for lb in labels if lb.kind == "caliber")),
        "years/dates": sum(1 for p in counts if any(overlaps(p, lb) for lb in labels if lb.kind == "date")),
        "names": sum(1 for p in counts if any(overlaps(p, name) for name in names)),
    }
    named = sum(1 for p in predictions if any(overlaps(p, name) for name in names))
    print("reported as count: " + ", ".join(f"{what} {n}" for what, n in wrong.items())
          + f"; names reported at all: {named}")
    failed |= any(wrong.values())

    for p in predictions:
        if id(p) not in matched_predictions:
            print("  false positive:", describe(p.article, p.mention))
    for label in labels:
        if id(label) not in matched_labels:
            print("  missed:        ", describe(label.article, label))
    for p, label in pairs:
        if p.mention.kind != label.kind or p.mention.unit != label.unit:
            print("  wrong kind/unit:", describe(p.article, p.mention), "| label:", label.kind, label.unit)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
