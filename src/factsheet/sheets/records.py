"""The records a fact sheet is loaded into: a fact, how it is recognised, how far
estimates may differ, and what reviewers pinned, rejected or accepted.

Frozen and validated by the loader (``sheets.loader``), which holds the YAML
nodes and so can name ``file:line`` for every mistake.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pint

from ..errors import Location
from ..quantities import ClaimValue
from ..text.periods import Event, Period
from ..units import format_unit

REFERENCE = "reference"
"""The name that stands for a fact's reference value in ``accepted: between``."""

_EPSILON = 1e-9


@dataclass(frozen=True, slots=True)
class Tolerance:
    """How far two estimates may differ and still agree: relative, absolute or both."""

    relative: float = 0.0
    absolute: float = 0.0
    text: str = "0%"

    def allows(self, a: float, b: float) -> bool:
        """True when ``a`` and ``b`` agree within the tolerance."""
        gap = abs(a - b)
        # The epsilon absorbs float error from unit conversion: a value exactly at the
        # tolerance must not flip to a conflict because it was converted from per-month.
        scale = max(abs(a), abs(b))
        return gap <= self.absolute + _EPSILON * scale or gap <= (self.relative + _EPSILON) * scale

    def widen(self, number: float) -> float:
        """The slack around ``number`` that the tolerance grants."""
        return max(self.absolute, self.relative * abs(number))


@dataclass(frozen=True, slots=True)
class FrameSpec:
    """Who does what for a figure to be a claim of a fact: any of ``actors`` (canonical
    names, see ``text.frames.ACTORS``) doing any of ``actions``. Empty means any."""

    actors: frozenset[str] = frozenset()
    actions: frozenset[str] = frozenset()


DEFAULT_MODALITIES = frozenset({"stated", "estimated"})


@dataclass(frozen=True, slots=True)
class Recogniser:
    """How mentions of a fact are recognised in text (used by automatic matching).

    A mention is a claim when it counts one of ``nouns``, its frame fits one of
    ``frames`` (none: any actor and action), its modality is one of ``modalities``,
    and one of ``context`` (when given) is in its sentence. A fact of a rate whose figures
    are written without their period (GDP, a yearly budget) names it in ``period``."""

    nouns: tuple[str, ...]
    context: tuple[str, ...] = ()
    frames: tuple[FrameSpec, ...] = ()
    modalities: frozenset[str] = DEFAULT_MODALITIES
    period: str | None = None  # a figure with no period of its own counts per this one: GDP per year


@dataclass(frozen=True, slots=True)
class PinnedClaim:
    """A claim a reviewer pinned: the article, the exact quote, the value as written."""

    article: str
    quote: str
    written: str
    value: ClaimValue  # in the fact's unit (in ``currency``'s instead of dollars when that is given)
    written_unit: str
    start: int
    end: int
    location: Location
    currency: str | None = None  # written in another currency: converted at the rate of its period


@dataclass(frozen=True, slots=True)
class FalseMatch:
    article: str
    quote: str
    reason: str
    start: int
    end: int
    location: Location


@dataclass(frozen=True, slots=True)
class Acceptance:
    """A known conflict between two sources, accepted with a reason."""

    between: frozenset[str]
    reason: str
    location: Location


@dataclass(frozen=True, slots=True)
class Reference:
    written: str
    value: ClaimValue  # in the fact's unit
    source: str
    location: Location
    as_of: date | None = None  # when the value held, for a fact that changes over time


@dataclass(frozen=True, slots=True)
class OverTime:
    """A fact that changes over time: figures further apart than ``window`` are not compared.

    Two claims are compared when their periods overlap; a claim whose text names no period
    stands for the ``window`` before its article's date (a reference for the one before its
    ``as_of``)."""

    window: timedelta
    text: str

    def around(self, day: date) -> Period:
        """The stretch a figure dated only by ``day`` stands for."""
        return Period(day - self.window, day, "", True, "article")


@dataclass(frozen=True, slots=True)
class Fact:
    id: str
    title: str
    unit: pint.Unit
    tolerance: Tolerance
    recognise: Recogniser
    claims: tuple[PinnedClaim, ...]
    false_matches: tuple[FalseMatch, ...]
    accepted: tuple[Acceptance, ...]
    reference: Reference | None
    location: Location
    description: str | None = None
    over_time: OverTime | None = None  # None: one value for all time

    @property
    def unit_text(self) -> str:
        return format_unit(self.unit)


@dataclass(frozen=True, slots=True)
class FactSheet:
    path: Path
    facts: tuple[Fact, ...]
    events: tuple[Event, ...] = ()  # dates its articles name in words ('the start of the war')
