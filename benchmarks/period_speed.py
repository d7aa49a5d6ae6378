"""What reading periods costs: matching a corpus with and without giving each claim its period.

    .venv/bin/python benchmarks/period_speed.py [CORPUS_DIR FACTS_DIR] [--articles N]

Without arguments it uses the synthetic corpus ``scale.py`` made last (``$TMPDIR/
factsheet-scale/n10000-s1``, made by ``scale.py --articles 10000``), else the shipped corpus.
Mentions are extracted first (not timed); then, in this one process, matching runs over the
same articles twice, without periods (the peer: ``check.match.READ_PERIODS`` off, so that
no claim's period is read) and with them, each three times, and the best of each is
printed with their ratio and the cost per claim. (A run with extraction workers reads the
periods of one batch's claims in them while it matches the next: their cost there is CPU
time, not all of it wall time.)
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import factsheet.check.match as match
from factsheet.corpus.articles import Article, ArticlesOnDemand, corpus_paths, load_corpus
from factsheet.sheets.loader import load_fact_sheets
from factsheet.text.extract.mentions import Mention, extract_mentions
from factsheet.text.periods.phrases import anchor_pattern, expression_pattern

ROOT = Path(__file__).resolve().parents[1]
SYNTHETIC = Path(os.environ.get("TMPDIR", tempfile.gettempdir())) / "factsheet-scale" / "n10000-s1"


def _best_of(runs: int, work: Callable[[], int]) -> tuple[float, int]:
    best, count = float("inf"), 0
    for _ in range(runs):
        started = time.perf_counter()
        count = work()
        best = min(best, time.perf_counter() - started)
    return best, count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dirs", nargs="*", type=Path, help="CORPUS_DIR FACTS_DIR")
    parser.add_argument("--articles", type=int, default=4000)
    args = parser.parse_args()
    if args.dirs:
        corpus_dir, facts_dir = args.dirs
    elif (SYNTHETIC / "corpus").is_dir():
        corpus_dir, facts_dir = SYNTHETIC / "corpus", SYNTHETIC / "facts"
    else:
        corpus_dir, facts_dir = ROOT / "corpus", ROOT / "facts"
    paths, _ = corpus_paths(corpus_dir)
    sheets, _ = load_fact_sheets(facts_dir, ArticlesOnDemand(paths))
    facts = [fact for sheet in sheets for fact in sheet.facts]
    events = tuple(event for sheet in sheets for event in sheet.events)
    articles = load_corpus(corpus_dir).articles[: args.articles]
    mentions: list[tuple[Article, list[Mention]]] = [(a, extract_mentions(a.text)) for a in articles]
    names = tuple(name for event in events for name in event.names)
    expression_pattern(names), anchor_pattern(names)  # compiled once, as in a run

    def run() -> int:
        return sum(len(match.match_article(a, m, facts, [], events=events)) for a, m in mentions)

    match.READ_PERIODS = False
    try:
        peer, claims = _best_of(3, run)
    finally:
        match.READ_PERIODS = True
    timed, _ = _best_of(3, run)
    per_claim = (timed - peer) / claims * 1e6 if claims else 0.0
    print(f"{len(articles):,} articles of {corpus_dir}, {claims:,} claims")
    print(f"matching without periods (peer) {peer:.2f} s, with periods {timed:.2f} s: {timed / peer:.2f}x, "
          f"{per_claim:.0f} µs a claim")
    # The difference of two matching runs is noisy on a shared machine; reading the periods of
    # the claims matching found, alone, is not.
    match.READ_PERIODS = False
    try:
        found = [(a, match.match_article(a, m, facts, [], events=events)) for a, m in mentions]
    finally:
        match.READ_PERIODS = True
    alone, _ = _best_of(5, lambda: sum(len(match.with_periods(a, c, events)) for a, c in found))
    each = alone / claims * 1e6 if claims else 0.0
    print(f"reading periods alone (best of 5) {alone:.2f} s: {each:.0f} µs a claim, "
          f"{alone / peer:.0%} of matching without them")


if __name__ == "__main__":
    main()
