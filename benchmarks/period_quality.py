"""Periods of real news text against a labelled set of time expressions.

    .venv/bin/python benchmarks/period_quality.py tests/data/periods/periods1 [more sets...] [-v]

A set is a folder of excerpts (``*.txt``), ``sources.jsonl`` (each article's publication
date, as a manifest would give it) and ``labels.jsonl``: one line per time expression with
its span, the interval it means (``period_start``, ``period_end``; null for an open end),
whether its edges are vague (``fuzzy``) and, when it scopes a figure, the figure's span.
The events are those of the shipped sheets (``facts/``), as a project's run reads them.

Three figures per set and overall:
- **expressions**: each labelled expression is found when one the harness finds overlaps
  it, and right when that one resolves to the labelled interval (each end within a day, or
  31 days for a fuzzy one; an open end only matches an open end);
- **figures**: each labelled figure is right when the period the harness gives it (from the
  expression it picks, or the article's date when it picks none) is the labelled one;
- **extra**: expressions the harness finds that overlap no label (labels are exhaustive);
- **conflicts** (over all sets): the harness matches every set's articles against the
  shipped facts, dated as a manifest would date them, and compares each fact's claims;
  of the conflicts between claims whose figures carry a label, how many set labelled
  periods that do not overlap against each other (there should be none).
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from factsheet import Claim, Fact, extract_mentions
from factsheet.check.compare import find_conflicts
from factsheet.check.match import match_article
from factsheet.corpus.articles import ArticlesOnDemand, corpus_paths, read_article
from factsheet.corpus.manifest import ArticleMeta
from factsheet.errors import Location
from factsheet.sheets.loader import load_fact_sheets
from factsheet.text.periods import ArticleTimes, Calendar, Event, Period, TimeExpression
from factsheet.text.periods.phrases import expression_pattern
from factsheet.text.spans import overlaps

ROOT = Path(__file__).resolve().parents[1]
EXACT_DAYS = 1
FUZZY_DAYS = 31


@dataclass(frozen=True)
class Label:
    article: str
    start: int
    end: int
    text: str
    figure: tuple[int, int] | None
    period: tuple[date | None, date | None]
    fuzzy: bool
    fact: str = "other"


@dataclass
class Score:
    labelled: int = 0
    found: int = 0
    right: int = 0
    figures: int = 0
    figures_right: int = 0
    extra: int = 0
    ours: int = 0

    def add(self, other: Score) -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def line(self) -> str:
        def share(part: int, whole: int) -> str:
            return f"{part / whole:.3f} ({part}/{whole})" if whole else "n/a"
        return (f"expressions found {share(self.found, self.labelled)}, interval right "
                f"{share(self.right, self.labelled)}; figures right "
                f"{share(self.figures_right, self.figures)}; extra {self.extra} of {self.ours} found")


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _labels(folder: Path) -> list[Label]:
    labels = []
    for line in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            figure = (row["figure_start"], row["figure_end"]) if row.get("figure_start") is not None else None
            labels.append(Label(row["article"], row["start"], row["end"], row["text"], figure,
                                (_day(row["period_start"]), _day(row["period_end"])), bool(row.get("fuzzy")),
                                row.get("fact") or "other"))
    return labels


def _dates(folder: Path) -> dict[str, date | None]:
    rows = [json.loads(line) for line in (folder / "sources.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    return {row["article"]: _day(row.get("date")) for row in rows}


def _close(ours: date | None, theirs: date | None, slack: int) -> bool:
    if ours is None or theirs is None:
        return ours is None and theirs is None
    return abs((ours - theirs).days) <= slack


def _matches(period: Period | None, label: Label) -> bool:
    if period is None:
        return False
    slack = FUZZY_DAYS if label.fuzzy else EXACT_DAYS
    return _close(period.start, label.period[0], slack) and _close(period.end, label.period[1], slack)


def _show(period: Period | None) -> str:
    return "none" if period is None else f"{period.start}..{period.end} ({period.basis}: '{period.text}')"


def score_set(folder: Path, calendar_events: tuple[Event, ...], verbose: bool) -> Score:
    labels = _labels(folder)
    dates = _dates(folder)
    score = Score()
    names = tuple(name for event in calendar_events for name in event.names)
    for article in sorted({label.article for label in labels} | set(dates)):
        path = folder / f"{article}.txt"
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8")
        calendar = Calendar(dates.get(article), calendar_events)
        found = [(m.start(), m.end(), m.group()) for m in expression_pattern(names).finditer(text)]
        mine = [label for label in labels if label.article == article]
        score.ours += len(found)
        score.extra += sum(1 for s, e, _ in found if not any(overlaps(s, e, x.start, x.end) for x in mine))
        times = ArticleTimes(text, names)
        figures: dict[tuple[int, int], list[Label]] = {}
        for label in mine:
            score.labelled += 1
            hits = [f for f in found if overlaps(f[0], f[1], label.start, label.end)]
            period = None
            if hits:
                score.found += 1
                best = max(hits, key=lambda f: min(f[1], label.end) - max(f[0], label.start))
                period = times.resolve(TimeExpression(*best), calendar)
                if _matches(period, label):
                    score.right += 1
                    continue
            if verbose:
                shown = "not found" if not hits else _show(period)
                print(f"  {folder.name}/{article} [{label.text}] -> {shown}; label "
                      f"{label.period[0]}..{label.period[1]}{' fuzzy' if label.fuzzy else ''}")
        for label in mine:
            if label.figure is not None:
                figures.setdefault(label.figure, []).append(label)
        for (start, end), options in figures.items():
            score.figures += 1
            period = times.period(start, end, calendar)
            if any(_matches(period, label) for label in options):
                score.figures_right += 1
            elif verbose:
                print(f"  figure {folder.name}/{article} '{text[start:end]}' -> {_show(period)}; labels "
                      + ", ".join(f"[{x.text}] {x.period[0]}..{x.period[1]}" for x in options))
    return score


def conflicts_across_periods(folders: list[Path], facts: list[Fact],
                             events: tuple[Event, ...]) -> tuple[int, int]:
    """(conflicts between two labelled claims, those whose labelled periods do not overlap)."""
    claims: list[Claim] = []
    periods: dict[str, list[tuple[int, int, Period]]] = {}
    for folder in folders:
        dates = _dates(folder)
        for label in _labels(folder):
            if label.figure is not None and label.fact != "other":
                periods.setdefault(f"{folder.name}/{label.article}", []).append(
                    (*label.figure, Period(*label.period)))
        for path in sorted(folder.glob("*.txt")):
            article, _ = read_article(path)
            if article is None:
                continue
            published = dates.get(path.stem)
            meta = ArticleMeta(Location(path), published) if published else None
            article = replace(article, id=f"{folder.name}/{path.stem}", meta=meta)
            claims += match_article(article, extract_mentions(article.text), facts, [], events=events)
    labelled = across = 0
    for fact in facts:
        for conflict in find_conflicts(fact, [c for c in claims if c.fact == fact.id]):
            marked = [_labelled(periods.get(c.article, []), c) for c in conflict.claims]
            for i, first in enumerate(marked):
                for second in marked[i + 1:]:
                    if first is not None and second is not None:
                        labelled += 1
                        across += not first.overlaps(second)
    return labelled, across


def _labelled(spans: list[tuple[int, int, Period]], claim: Claim) -> Period | None:
    return next((period for start, end, period in spans if overlaps(start, end, claim.start, claim.end)),
                None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--facts", type=Path, default=ROOT / "facts")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    sheets, _ = load_fact_sheets(args.facts, ArticlesOnDemand(corpus_paths(ROOT / "corpus")[0]))
    events = tuple(event for sheet in sheets for event in sheet.events)
    total = Score()
    for folder in args.sets:
        score = score_set(folder, events, args.verbose)
        print(f"{folder.name}: {score.line()}")
        total.add(score)
    if len(args.sets) > 1:
        print(f"all: {total.line()}")
    facts = [fact for sheet in sheets for fact in sheet.facts]
    labelled, across = conflicts_across_periods(args.sets, facts, events)
    print(f"conflicts between labelled claims: {labelled}, of them across labelled periods that do not "
          f"overlap: {across}")


if __name__ == "__main__":
    main()
