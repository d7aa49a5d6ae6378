"""Article text cut into pieces for the report: claimed spans, false matches, unmatched mentions.

Pure: spans (Python str offsets into the article text) in, pieces out; the
template escapes every piece. Spans may overlap (two facts claiming one
sentence, a mention inside a pinned quote): each character belongs to the piece
of the most important span covering it — a claim, then a false match, then an
unmatched mention.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

from ..numbers import NUMBER_RE, NumberError, parse_number
from ..text.spans import overlaps_any

SpanKind = Literal["claim", "false_match", "mention"]
_PRIORITY: dict[SpanKind, int] = {"claim": 0, "false_match": 1, "mention": 2}
# Dates and calibers are recognised so they are not taken for counts; they are not
# quantities a fact could be about, so the article view leaves them unmarked.
QUIET_KINDS = frozenset({"date", "caliber"})


class MentionLike(Protocol):
    """What the article view reads of ``factsheet.text.extract.mentions.Mention``."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def noun(self) -> str | None: ...
    @property
    def unit(self) -> str | None: ...


@dataclass(frozen=True, slots=True)
class Span:
    """A marked stretch of an article: ``text[start:end]``."""

    start: int
    end: int
    kind: SpanKind
    title: str
    href: str | None = None  # where a claim links: '#fact-<id>'
    anchor: str | None = None  # the id the text gets where this span starts
    written: str | None = None  # a claim's value as written: its numbers are emphasised


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of text drawn one way: plain (``kind`` None) or as the span that covers it."""

    text: str
    kind: SpanKind | None = None
    title: str | None = None
    href: str | None = None
    anchor: str | None = None
    written: str | None = None


def segment(text: str, spans: Iterable[Span]) -> list[Piece]:
    """Cut ``text`` at every span boundary; each piece takes the most important covering span.

    Spans outside the text are clipped; empty ones are dropped. Concatenating the
    pieces' text gives ``text`` back.
    """
    clipped = sorted(
        {
            Span(max(0, s.start), min(len(text), s.end), s.kind, s.title, s.href, s.anchor, s.written)
            for s in spans
            if min(len(text), s.end) > max(0, s.start)
        },
        key=lambda s: (s.start, _PRIORITY[s.kind], -s.end, s.title, s.href or "", s.anchor or "",
                       s.written or ""),
    )
    starts: dict[int, list[Span]] = defaultdict(list)
    ends: dict[int, list[Span]] = defaultdict(list)
    for span in clipped:
        starts[span.start].append(span)
        ends[span.end].append(span)
    cuts = sorted({0, len(text), *starts, *ends})
    active: list[Span] = []
    pieces: list[Piece] = []
    anchored: set[str] = set()
    for here, there in itertools.pairwise(cuts):
        active = [s for s in active if s.end > here] + starts.get(here, [])
        if not active:
            pieces.append(Piece(text[here:there]))
            continue
        top = min(active, key=lambda s: (_PRIORITY[s.kind], s.start, -s.end))
        covering = [s for s in active if s.kind == top.kind]
        titles = list(dict.fromkeys(s.title for s in covering))
        anchor = next((s.anchor for s in starts.get(here, []) if s.anchor and s.anchor not in anchored),
                      None)
        if anchor:
            anchored.add(anchor)
        pieces.append(Piece(text[here:there], top.kind, "\n".join(titles), top.href, anchor, top.written))
    return _merge(pieces)


def _merge(pieces: Sequence[Piece]) -> list[Piece]:
    """Join neighbours drawn the same way, so one claim is one link when nothing cuts into it."""
    merged: list[Piece] = []
    for piece in pieces:
        if not piece.text:
            continue
        last = merged[-1] if merged else None
        if (last is not None and piece.anchor is None and last.kind == piece.kind
                and last.title == piece.title and last.href == piece.href):
            merged[-1] = Piece(last.text + piece.text, last.kind, last.title, last.href, last.anchor,
                               last.written)
        else:
            merged.append(piece)
    return merged


def unmatched_mentions(
    mentions: Sequence[MentionLike], taken: Sequence[tuple[int, int]]
) -> list[MentionLike]:
    """Mentions that overlap no claimed or false-matched span, except dates and calibers."""
    return [
        m for m in mentions
        if m.kind not in QUIET_KINDS and not overlaps_any(m.start, m.end, taken)
    ]


def mention_title(mention: MentionLike) -> str:
    """'unmatched count: 20,000 howitzers' — what the tooltip of an unmatched mention says."""
    what = mention.noun or mention.unit
    return f"unmatched {mention.kind}: {mention.text}{' ' + what if what else ''}"


def highlight_numbers(quote: str, written: str | None = None) -> list[tuple[str, bool]]:
    """Split a quote into (text, is_number) pieces so the template can mark numbers.

    With ``written`` (the value as the sheet writes it), only the numbers of that
    value are marked: not the calibers or dates around them.
    """
    wanted = _numbers(written) if written else None
    pieces: list[tuple[str, bool]] = []
    position = 0
    for match in NUMBER_RE.finditer(quote):
        value = _number(match.group())
        if value is None or (wanted is not None and value not in wanted):
            continue
        pieces.append((quote[position : match.start()], False))
        pieces.append((match.group(), True))
        position = match.end()
    pieces.append((quote[position:], False))
    return [piece for piece in pieces if piece[0]]


def _numbers(text: str) -> set[float]:
    return {n for m in NUMBER_RE.finditer(text) if (n := _number(m.group())) is not None}


def _number(text: str) -> float | None:
    # Lone words like "a" or "one" in a quote are rarely the figure being claimed.
    if not any(ch.isdigit() for ch in text) and len(text.split()) < 2 and len(text) < 4:
        return None
    try:
        return parse_number(text)
    except NumberError:
        return None


def mentions_of(validation: object) -> Mapping[str, Sequence[MentionLike]]:
    """The extractor's mentions per article id, or {} from a validation that has none."""
    mentions = getattr(validation, "mentions", None)
    return mentions if isinstance(mentions, Mapping) else {}
