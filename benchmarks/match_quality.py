"""How well automatic matching finds what curators pinned.

Every pinned claim of the sheets is hidden, matching runs on the corpus, and the
automatic claims are compared with the pinned ones: a pinned claim is found when
an automatic claim of the same fact overlaps its quote in the same article.
Claims in duplicate articles are left out (they are folded into their original).

    .venv/bin/python benchmarks/match_quality.py [--corpus DIR] [--facts DIR]

Prints recall, precision (the share of automatic claims that are pinned ones;
the sheets' false-match marks are hidden too, so what they catch counts against
it) and each miss and extra claim.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path

from factsheet.check.match import match_article
from factsheet.corpus.articles import load_corpus
from factsheet.quantities import format_value
from factsheet.sheets.loader import load_fact_sheets
from factsheet.text.extract.mentions import extract_mentions

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    parser.add_argument("--facts", type=Path, default=ROOT / "facts")
    args = parser.parse_args()
    corpus = load_corpus(args.corpus)
    articles = corpus.by_id()
    sheets, failures = load_fact_sheets(args.facts, articles)
    for failure in failures:
        print(failure)
    facts = [fact for sheet in sheets for fact in sheet.facts]
    pinned = {
        (fact.id, claim.article, claim.start, claim.end)
        for fact in facts for claim in fact.claims if not articles[claim.article].duplicate_of
    }
    # False-match marks are hidden too: they are curation, not the matcher at work.
    hidden = [replace(fact, claims=(), false_matches=()) for fact in facts]
    found = [
        claim
        for article in corpus.articles if not article.duplicate_of
        for claim in match_article(article, extract_mentions(article.text), hidden, [])
    ]
    hits: set[tuple[str, str, int, int]] = set()
    extra = []
    for claim in found:
        matched = {key for key in pinned if key[0] == claim.fact and key[1] == claim.article
                   and claim.start < key[3] and key[2] < claim.end}
        hits |= matched
        if not matched:
            extra.append(claim)
    recall = len(hits) / len(pinned) if pinned else 1.0
    precision = (len(found) - len(extra)) / len(found) if found else 1.0
    print(f"pinned claims {len(pinned)}, automatic claims {len(found)}")
    print(f"recall {recall:.3f}  precision {precision:.3f}")
    for key in sorted(pinned - hits):
        print(f"  missed  {key[0]:32} {key[1]}: {articles[key[1]].text[key[2]:key[3]]!r}")
    for claim in extra:
        print(f"  extra   {claim.fact:32} {claim.article}: {claim.quote!r} = {format_value(claim.value)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
