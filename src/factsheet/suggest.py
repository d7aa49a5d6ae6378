"""Curation aid: ready-to-paste YAML for what matching found but no sheet pins yet.

Pure: validation records in, text out. It never edits a sheet.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from .check.compare import Claim
from .check.results import Validation
from .corpus.articles import Article
from .text.extract.mentions import Mention
from .text.spans import overlaps_any

_SLUG = re.compile(r"[^a-z0-9]+")
COUNT_KINDS = frozenset({"count", "rate"})


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def suggest_claims(validation: Validation, article_ids: set[str] | None = None) -> str:
    """Claim entries for automatic claims, grouped under the fact they belong to."""
    blocks = []
    for result in validation.results:
        auto = [c for c in result.claims if c.origin == "auto"
                and (article_ids is None or c.article in article_ids)]
        if not auto:
            continue
        lines = [f"# {result.fact.id} ({result.fact.location}): add under 'claims:'"]
        for claim in auto:
            lines += _claim_entry(claim)
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def suggest_unsure(validation: Validation, article_ids: set[str] | None = None) -> str:
    """Mentions matching left to a person, commented out: uncomment what is a claim."""
    by_fact: dict[str, list[Claim]] = defaultdict(list)
    for claim in validation.unsure:
        if article_ids is None or claim.article in article_ids:
            by_fact[claim.fact].append(claim)
    blocks = []
    for result in validation.results:
        if not by_fact[result.fact.id]:
            continue
        lines = [f"# {result.fact.id} ({result.fact.location}): unsure, uncomment what is a claim"]
        for claim in by_fact[result.fact.id]:
            who = claim.frame.describe() if claim.frame else "?"
            lines += [f"      # unsure: {who}; {claim.why}", *_claim_entry(claim, "# ")]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _claim_entry(claim: Claim, comment: str = "") -> list[str]:
    """A claim as the lines of a sheet's 'claims:' entry (commented out with ``comment``)."""
    return [
        f"      {comment}- article: {claim.article}",
        f"      {comment}  quote: {_q(claim.quote)}",
        f"      {comment}  value: {_q(claim.written)}",
    ]


def suggest_facts(
    unmatched: Iterable[tuple[Article, Mention]], existing_ids: set[str]
) -> str:
    """Stub facts for counted quantities that match no fact, one per counted unit."""
    groups: dict[str, list[tuple[Article, Mention]]] = defaultdict(list)
    for article, mention in unmatched:
        if mention.kind in COUNT_KINDS and mention.unit:
            groups[mention.unit].append((article, mention))
    blocks = []
    for unit, found in sorted(groups.items()):
        fact_id = "new." + _SLUG.sub("_", unit.lower()).strip("_")
        if fact_id in existing_ids:
            fact_id += "_2"
        nouns = sorted({m.noun.lower() for _, m in found if m.noun})
        lines = [
            f"  - id: {fact_id}",
            f"    title: {_q('TODO: what is counted, where, when')}",
            f"    unit: {_q(unit)}",
            "    tolerance: 5%",
            "    recognise:",
            f"      nouns: [{', '.join(_q(n) for n in nouns)}]",
            "      context: []",
            "    claims:",
        ]
        for article, mention in found:
            lines += [
                f"      - article: {article.id}",
                f"        quote: {_q(_sentence_around(article.text, mention))}",
                f"        value: {_q(mention.text)}",
            ]
        blocks.append("\n".join(lines))
    if not blocks:
        return ""
    return "# new facts: add to a sheet under 'facts:'\n" + "\n\n".join(blocks)


def _sentence_around(text: str, mention: Mention, reach: int = 60) -> str:
    """A short quote around the mention that stays on one line of the article."""
    start = max(text.rfind("\n", 0, mention.start) + 1, mention.start - reach)
    end_line = text.find("\n", mention.end)
    end = min(end_line if end_line >= 0 else len(text), mention.end + reach)
    quote = text[start:end]
    # Start and end on word boundaries so the quote reads cleanly.
    if start > 0 and not text[start - 1].isspace() and " " in quote:
        quote = quote.split(" ", 1)[1]
    if end < len(text) and not text[end].isspace() and " " in quote:
        quote = quote.rsplit(" ", 1)[0]
    return quote.strip()


def unmatched_mentions(
    validation: Validation, mentions: Mapping[str, Sequence[Mention]]
) -> list[tuple[Article, Mention]]:
    """Mentions of original articles that no claim (pinned or automatic) covers."""
    covered: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for claim in validation.claims:
        covered[claim.article].append((claim.start, claim.end))
    for result in validation.results:
        for match in result.fact.false_matches:
            covered[match.article].append((match.start, match.end))
    found = []
    for article in validation.corpus.articles:
        if article.duplicate_of:
            continue
        for mention in mentions.get(article.id, ()):
            spans = covered[article.id]
            if not overlaps_any(mention.start, mention.end, spans):
                found.append((article, mention))
    return found
