"""Automatic claims on real articles nobody curated, against a claim-by-claim labelled set.

    .venv/bin/python benchmarks/claim_quality.py tests/data/frames/frames1 [more sets...] [--facts DIR]

A set is a folder of articles (``*.txt``) with ``labels.jsonl``: one line per
number that states an amount, with its span, the fact it is a claim of (or
``other``) and, for an ``other`` that looks like a fact, the slot it differs in
(``near_miss``: actor, action, object, scope, period, context). The sheets are
loaded against the shipped corpus, their pins and false-match marks hidden, and
matching runs on the set's articles as it would on articles dropped into corpus/:
each dated by its ``sources.jsonl`` line as a manifest would date it (``--undated``:
not), with the sheets' events and rates, so each claim has the period a run gives it and
an amount in another currency is converted as a run converts it.

An automatic claim is right when a label of the same fact overlaps it; a labelled
claim is found when an automatic claim of its fact overlaps it. Prints precision
and recall per set and overall, the wrong claims by the slot the label says they
miss, and every wrong and missed claim.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from factsheet import Claim, Fact, extract_mentions, load_corpus, load_fact_sheets
from factsheet.check.match import match_article
from factsheet.corpus.articles import read_article
from factsheet.corpus.manifest import ArticleMeta
from factsheet.errors import Location
from factsheet.sheets.rates import RateTable, load_rates
from factsheet.text.periods import Event
from factsheet.text.spans import overlaps
from factsheet.units import read_project_units, use_project_units

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Label:
    article: str
    start: int
    end: int
    text: str
    fact: str
    near_miss: str | None


@dataclass
class Score:
    claims: int = 0
    right: int = 0
    labelled: int = 0
    found: int = 0

    def add(self, other: Score) -> None:
        self.claims += other.claims
        self.right += other.right
        self.labelled += other.labelled
        self.found += other.found

    def line(self) -> str:
        precision = self.right / self.claims if self.claims else float("nan")
        recall = self.found / self.labelled if self.labelled else float("nan")
        return (f"precision {precision:.3f} ({self.right}/{self.claims})  "
                f"recall {recall:.3f} ({self.found}/{self.labelled})")


def _labels(folder: Path) -> list[Label]:
    labels = []
    for line in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            labels.append(Label(row["article"], row["start"], row["end"], row["text"], row["fact"],
                                row.get("near_miss")))
    return labels


def _overlaps(claim: Claim, label: Label) -> bool:
    return claim.article == label.article and overlaps(claim.start, claim.end, label.start, label.end)


def _dates(folder: Path) -> dict[str, date]:
    """Each article's date as its ``sources.jsonl`` gives it (none for a null or a bad one)."""
    found = {}
    for line in (folder / "sources.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line) if line.strip() else {}
        try:
            found[row["article"]] = date.fromisoformat(row["date"])
        except (KeyError, TypeError, ValueError):
            continue
    return found


def score_set(folder: Path, facts: list[Fact], verbose: bool, events: tuple[Event, ...] = (),
              dated: bool = True, rates: RateTable | None = None) -> tuple[Score, Counter[str]]:
    labels = _labels(folder)
    dates = _dates(folder) if dated else {}
    claims: list[Claim] = []
    for path in sorted(folder.glob("*.txt")):
        article, problems = read_article(path)
        for problem in problems:
            print(f"  {problem}")
        if article is not None:
            if path.stem in dates:
                article = replace(article, meta=ArticleMeta(Location(path), dates[path.stem]))
            claims += match_article(article, extract_mentions(article.text), facts, [], events=events,
                                    rates=rates)
    score, wrong_by_slot = Score(), Counter[str]()
    positives = [label for label in labels if label.fact != "other"]
    score.claims, score.labelled = len(claims), len(positives)
    for claim in claims:
        same = [label for label in labels if _overlaps(claim, label)]
        if any(label.fact == claim.fact for label in same):
            score.right += 1
            continue
        slot = next((label.near_miss or "not a near miss" if label.fact == "other" else "another fact"
                     for label in same), "unlabelled number")
        wrong_by_slot[slot] += 1
        if verbose:
            print(f"  wrong  {claim.fact:34} {claim.article}: {claim.quote!r} ({slot})")
    for label in positives:
        if any(claim.fact == label.fact and _overlaps(claim, label) for claim in claims):
            score.found += 1
        elif verbose:
            print(f"  missed {label.fact:34} {label.article}: {label.text!r}")
    return score, wrong_by_slot


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", type=Path, metavar="SET")
    parser.add_argument("--facts", type=Path, default=ROOT / "facts")
    parser.add_argument("--quiet", action="store_true", help="figures only, no claim lists")
    parser.add_argument("--undated", action="store_true", help="as before: articles without dates or events")
    args = parser.parse_args()
    use_project_units(*read_project_units(args.facts))  # the sheets' own units, as a run reads with them
    sheets, failures = load_fact_sheets(args.facts, load_corpus(ROOT / "corpus").by_id())
    for failure in failures:
        print(failure)
    facts = [replace(fact, claims=(), false_matches=()) for sheet in sheets for fact in sheet.facts]
    events = () if args.undated else tuple(event for sheet in sheets for event in sheet.events)
    # (amounts in other currencies are made the fact's at the sheets' rates, as a run makes them;
    # --undated: as before, with none, so that they are left out)
    rates = None if args.undated else load_rates(args.facts)
    total, slots = Score(), Counter[str]()
    for folder in args.sets:
        print(f"{folder.name}:")
        score, wrong = score_set(folder, facts, not args.quiet, events, not args.undated, rates)
        print(f"{folder.name}: {score.line()}")
        total.add(score)
        slots += wrong
    if len(args.sets) > 1:
        print(f"all: {total.line()}")
    print("wrong claims by what the label says differs: "
          + (", ".join(f"{slot} {n}" for slot, n in slots.most_common()) or "none"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
