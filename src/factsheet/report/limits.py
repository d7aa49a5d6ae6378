"""How much of a large run the HTML page shows; ``conflicts.json`` always has everything.

A corpus of 100,000 articles has facts with thousands of claims and conflicts
whose sides hold thousands of sources. The page stays readable and its size
bounded by showing the most important part of each list and counting the rest:
conflicting claims first, new conflicts first, articles in conflict first.
Below every limit, the page is the same as without limits.
"""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True, slots=True)
class Limits:
    """Caps on what the page shows; each must be at least 1."""

    claims_shown: int = 50  # claim rows per fact shown open, conflicting claims first
    claims_max: int = 500  # claim rows per fact in the page at all: the rest of them collapsed
    conflicts_per_fact: int = 25  # conflict cards per fact
    conflicts_max: int = 200  # conflict cards in all
    claims_per_side: int = 6  # claims listed on each side of a conflict card
    chart_rows: int = 40  # rows of a chart; more sources are grouped into value ranges
    articles_max: int = 200  # article texts; more articles: those in conflicts first
    article_chars: int = 2_000_000  # characters of article text in all; a longer article is left out

    def __post_init__(self) -> None:
        for field in fields(self):
            if getattr(self, field.name) < 1:
                raise ValueError(f"limit {field.name!r} must be at least 1, got {getattr(self, field.name)}")
        if self.claims_max < self.claims_shown:
            raise ValueError(f"limit 'claims_max' ({self.claims_max}) must be at least "
                             f"'claims_shown' ({self.claims_shown})")
        if self.chart_rows < 3:
            raise ValueError(f"limit 'chart_rows' must be at least 3, got {self.chart_rows}")


LIMITS = Limits()
