"""The statuses the report names and colours: one table for the page, its charts and report.css.

A conflict's status (new or accepted) and severity (contradiction or divergence),
a claim's verdict within its fact (in a new conflict, in accepted ones only, or
consistent), a chart's reference row, and the tags of duplicates and of where a
claim came from. Each has its class name (also the value the page's filters
match), its words and its colour: the name of a custom property that report.css
defines (``bad`` is ``var(--bad)``). The templates and the charts read names,
words and colours from here; report.css only defines the colour values.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Status:
    """How the page draws one status."""

    name: str  # its class name and data-* value: 'new', 'contradiction'
    label: str  # its words: 'new'
    colour: str  # the report.css custom property it is drawn in: 'bad'
    alarming: bool = False  # counted in the summary's matrix as bad: conflicts to review


@dataclass(frozen=True, slots=True)
class Verdict:
    """A claim's standing within its fact, in the fact's claims table and on its chart."""

    name: str  # its class name: tr.verdict-<name>, .chart .row.<name>
    label: str  # in the claims table: 'accepted conflict'
    colour: str
    bold: bool  # drawn bold in the claims table: it asks for attention
    chart_label: str  # beside a chart row: 'accepted'
    chart_colour: str
    counted: str  # a grouped chart row's count of them: '3 in accepted conflicts'
    most_severe: str | None  # a grouped row's status in words when it is theirs: '3 accepted'

    @property
    def chart(self) -> Status:
        return Status(self.name, self.chart_label, self.chart_colour)


NEW = Status("new", "new", "bad", alarming=True)
ACCEPTED = Status("accepted", "accepted", "good")
CONFLICT_STATUSES = (NEW, ACCEPTED)
STATUS = {status.name: status for status in CONFLICT_STATUSES}
CONTRADICTION = Status("contradiction", "contradiction", "bad")
DIVERGENCE = Status("divergence", "divergence", "warn")
SEVERITIES = (CONTRADICTION, DIVERGENCE)
SEVERITY = {severity.name: severity for severity in SEVERITIES}

IN_NEW = Verdict("conflict", "new conflict", "bad", True,
                 "new conflict", "bad", "in new conflicts", "conflicting")
IN_ACCEPTED = Verdict("accepted", "accepted conflict", "warn", True,
                      "accepted", "warn", "in accepted conflicts", "accepted")
CONSISTENT = Verdict("ok", "consistent", "good", False,
                     "consistent", "ok", "consistent", None)
VERDICTS = (IN_NEW, IN_ACCEPTED, CONSISTENT)  # most severe first
# A mention whose frame does not say enough to be a claim: listed for a person, never compared.
UNSURE = Verdict("unsure", "unsure: for a person to decide", "muted", False,
                 "unsure", "muted", "unsure", None)
VERDICT = {verdict.name: verdict for verdict in (*VERDICTS, UNSURE)}
RANK = {verdict.name: rank for rank, verdict in enumerate(VERDICTS)}
# The verdict on the claims of a conflict with this status.
VERDICT_OF = {NEW.name: IN_NEW.name, ACCEPTED.name: IN_ACCEPTED.name}

REFERENCE = Status("reference", "reference", "ref")  # a chart's row for the fact's reference value
CHART_ROWS = {status.name: status for status in (*(v.chart for v in VERDICTS), REFERENCE)}

DUPLICATE = Status("dup", "duplicate", "muted")
ORIGINS = (Status("auto", "auto", "ok"), Status("pinned", "pinned", "muted"))


def by_colour(statuses: Iterable[Status]) -> list[tuple[str, list[str]]]:
    """The statuses' names grouped by colour, in the order the colours first come: one CSS rule each."""
    groups: dict[str, list[str]] = {}
    for status in statuses:
        groups.setdefault(status.colour, []).append(status.name)
    return list(groups.items())


@dataclass(frozen=True, slots=True)
class Table:
    """The table as the templates see it (the environment's global ``statuses``)."""

    conflict: tuple[Status, ...] = CONFLICT_STATUSES
    severities: tuple[Status, ...] = SEVERITIES
    verdicts: tuple[Verdict, ...] = VERDICTS
    consistent: Verdict = CONSISTENT
    chart_rows: tuple[Status, ...] = tuple(CHART_ROWS.values())
    duplicate: Status = DUPLICATE
    origins: tuple[Status, ...] = ORIGINS

    def tag_colours(self) -> list[tuple[str, list[str]]]:
        return by_colour((*self.conflict, *self.severities))


TABLE = Table()
