"""The page's article view: which articles it shows, and each one's text cut into marked pieces.

A corpus of up to ``Limits.articles_max`` articles and ``Limits.article_chars``
characters is shown whole, in corpus order. A larger one shows only articles
worth reading beside the report, most relevant first, within both limits: those
whose claims the conflict cards quote, then those in other new conflicts, in
accepted ones, with claims or false matches, and last those with a count, rate,
amount of money or percentage that no fact claims. The rest are counted, not
shown; conflicts.json lists every article.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..check.compare import Claim
from ..check.results import Validation
from ..corpus.articles import Article
from ..text.extract.mentions import AMOUNT_KINDS
from .limits import Limits
from .page import ArticleEntry, ArticlesLeftOut, ArticleView
from .text import MentionLike, Piece, Span, mention_title, mentions_of, segment, unmatched_mentions

# Kinds of unmatched mention that make an article worth showing in a large corpus:
# a figure some fact might be about. Lengths, durations and other numbers are not.
NOTABLE_KINDS = AMOUNT_KINDS
QUOTED, NEW, ACCEPTED, CLAIMED, NOTABLE = range(5)  # ranks, most relevant first
_UNSAFE_ID = re.compile(r"[^A-Za-z0-9._-]")


def anchor(name: str) -> str:
    """An id fragment for ``name``: kept as is when it is made of [A-Za-z0-9._-], else escaped."""
    return _UNSAFE_ID.sub(lambda m: f"~{ord(m.group()):x}~", name)


def text_anchor(article_id: str, start: int) -> str:
    """The id of a claim's (or false match's) place in its article's text."""
    return f"text-{anchor(article_id)}-{start}"


def article_entries(validation: Validation) -> dict[str, ArticleEntry]:
    """Every article of the corpus by id, as the page names it."""
    return {a.id: ArticleEntry(a.id, a.duplicate_of, *provenance(a)) for a in validation.corpus.articles}


def provenance(article: Article) -> tuple[str | None, str | None, str | None, str | None]:
    """Title (the manifest's, else the guessed headline), date, outlet and URL of an article."""
    meta = article.meta
    if meta is None:
        return article.title, None, None, None
    return (meta.title or article.title, meta.date.isoformat() if meta.date else None, meta.outlet, meta.url)


def article_views(
    validation: Validation,
    names: Mapping[str, str],
    quoted: Mapping[str, int],
    limits: Limits,
) -> tuple[tuple[ArticleView, ...], ArticlesLeftOut | None]:
    """The articles the page shows, each cut into pieces, and when some are left out, how many.

    ``quoted`` maps the articles whose claims the page's conflict cards list to the
    number of the first such card. Claims link to their fact; other mentions are marked.
    """
    titles = {result.fact.id: result.fact.title for result in validation.results}
    claims_by_article: dict[str, list[Claim]] = {}
    for claim in validation.claims:
        claims_by_article.setdefault(claim.article, []).append(claim)
    false_by_article: dict[str, list[Span]] = {}
    for result in validation.results:
        for match in result.fact.false_matches:
            false_by_article.setdefault(match.article, []).append(Span(
                match.start, match.end, "false_match",
                f"not {result.fact.id}: {match.reason}", f"#fact-{anchor(result.fact.id)}",
                text_anchor(match.article, match.start)))
    all_mentions = mentions_of(validation)
    articles = validation.corpus.articles
    chosen = list(range(len(articles)))
    left_out = None
    if len(articles) > limits.articles_max or sum(a.length for a in articles) > limits.article_chars:
        ranks = _ranks(validation, quoted, claims_by_article, false_by_article, all_mentions)
        ranked = sorted((rank, index) for index, article in enumerate(articles)
                        if (rank := ranks.get(article.id)) is not None)
        chosen, budget = [], limits.article_chars
        for _, index in ranked:
            if len(chosen) == limits.articles_max:
                break
            if articles[index].length <= budget:
                chosen.append(index)
                budget -= articles[index].length
        left_out = ArticlesLeftOut(shown=len(chosen), total=len(articles), ranked=len(ranked) - len(chosen),
                                   quiet=len(articles) - len(ranked))
    views = []
    for index in chosen:
        article = articles[index]
        claims = claims_by_article.get(article.id, [])
        claim_spans = [
            Span(c.start, c.end, "claim", f"{titles[c.fact]} ({c.fact}): {c.written}",
                 f"#fact-{anchor(c.fact)}", text_anchor(c.article, c.start), c.written)
            for c in claims
        ]
        false_spans = false_by_article.get(article.id, [])
        taken = [(s.start, s.end) for s in (*claim_spans, *false_spans)]
        unmatched = unmatched_mentions(all_mentions.get(article.id, ()), taken)
        mention_spans = [Span(m.start, m.end, "mention", mention_title(m)) for m in unmatched]
        pieces: list[Piece] = segment(article.text, [*claim_spans, *false_spans, *mention_spans])
        title, published, outlet, url = provenance(article)
        views.append(ArticleView(
            id=article.id,
            duplicate_of=article.duplicate_of,
            title=title,
            file=article.path.name,
            anchor=f"article-{anchor(article.id)}",
            short=names[article.id],
            pieces=tuple(pieces),
            claims=len(claim_spans),
            facts=tuple(sorted({c.fact for c in claims})),
            unmatched=len(unmatched),
            false_matches=len(false_spans),
            characters=len(article.text),
            date=published,
            outlet=outlet,
            url=url,
        ))
    return tuple(views), left_out


def _ranks(
    validation: Validation,
    quoted: Mapping[str, int],
    claims_by_article: Mapping[str, Sequence[Claim]],
    false_by_article: Mapping[str, Sequence[Span]],
    mentions: Mapping[str, Sequence[MentionLike]],
) -> dict[str, tuple[int, int]]:
    """The relevance of the articles worth showing, lower first: a rank, then for
    articles the cards quote, the first card that does."""
    ranks: dict[str, tuple[int, int]] = {}

    def rank(article_id: str, value: tuple[int, int]) -> None:
        if value < ranks.get(article_id, (NOTABLE + 1, 0)):
            ranks[article_id] = value

    for article_id, card in quoted.items():
        rank(article_id, (QUOTED, card))
    for conflict in validation.conflicts:
        for claim in conflict.claims:
            rank(claim.article, (NEW if conflict.status == "new" else ACCEPTED, 0))
    for article_id in (*claims_by_article, *false_by_article):
        rank(article_id, (CLAIMED, 0))
    notable = validation.notable
    for article in validation.corpus.articles:
        if article.id in ranks:
            continue
        if notable is not None:
            if article.id in notable:
                ranks[article.id] = (NOTABLE, 0)
            continue
        unmatched = unmatched_mentions(mentions.get(article.id, ()), ())
        if any(mention.kind in NOTABLE_KINDS for mention in unmatched):
            ranks[article.id] = (NOTABLE, 0)
    return ranks
