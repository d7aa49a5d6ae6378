"""``reports/conflicts.json``: the contract of CONTRACTS.md, plus fields that may be added.

The JSON keeps everything, however large the run: every article, claim and
conflict with all its claims. Building it is linear in their number.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from datetime import date
from functools import lru_cache
from typing import Any, overload

from ..check.compare import Claim, Conflict, claim_unit
from ..check.results import Validation
from ..corpus.articles import Article
from ..sheets.records import Acceptance, Reference
from ..units import format_unit
from .articles import provenance
from .summary import summarise
from .values import sheet_value

SCHEMA_VERSION = 1


def report_data(validation: Validation) -> dict[str, Any]:
    """The whole report as plain data (values in each fact's unit)."""
    units = {result.fact.id: format_unit(result.fact.unit) for result in validation.results}
    conflicts = [_conflict(c, units[c.fact]) for c in ordered_conflicts(validation.conflicts)]
    stale = [
        _acceptance(result.fact.id, acceptance)
        for result in validation.results for acceptance in result.stale
    ]
    return {
        "schema": SCHEMA_VERSION,
        "summary": summarise(validation).as_dict(),
        "articles": [_article(a) for a in validation.corpus.articles],
        "facts": [
            {
                "id": r.fact.id,
                "unit": units[r.fact.id],
                "title": r.fact.title,
                "tolerance": r.fact.tolerance.text,
                "sheet": str(r.fact.location),
                "reference": _reference(r.fact.reference),
                "changes_over_time": r.fact.over_time.text if r.fact.over_time else None,
            }
            for r in validation.results
        ],
        "claims": ClaimRecords(validation.claims, units),
        "conflicts": conflicts,
        "unsure": ClaimRecords(validation.unsure, units),
        "stale": stale,
        "sheet_errors": [str(error) for f in validation.failures for error in f.errors],
        "manifest_errors": [str(error) for error in validation.manifest_errors],
        "warnings": [str(w) for w in validation.warnings],
    }


class ClaimRecords(Sequence[dict[str, Any]]):
    """Claims as conflicts.json lists them, each built when it is read.

    A large run has hundreds of thousands of claims, many listed again in conflicts;
    the report streams them to the file instead of holding a dict for each.
    """

    def __init__(self, claims: Sequence[Claim], units: Mapping[str, str]) -> None:
        self._claims = claims
        self._units = units

    def __len__(self) -> int:
        return len(self._claims)

    @overload
    def __getitem__(self, index: int) -> dict[str, Any]: ...
    @overload
    def __getitem__(self, index: slice) -> ClaimRecords: ...
    def __getitem__(self, index: int | slice) -> dict[str, Any] | ClaimRecords:
        if isinstance(index, slice):
            return ClaimRecords(self._claims[index], self._units)
        claim = self._claims[index]
        return _claim(claim, self._units[claim.fact])

    def __iter__(self) -> Iterator[dict[str, Any]]:
        for claim in self._claims:
            yield _claim(claim, self._units[claim.fact])


def plain(value: Any) -> Any:
    """``report_data`` with every ``ClaimRecords`` made a list: what ``json.dumps`` takes."""
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, ClaimRecords | list | tuple):
        return [plain(item) for item in value]
    return value


def render_json(validation: Validation) -> str:
    """conflicts.json's text: indented, UTF-8 characters kept, ending in a newline."""
    return format_json(report_data(validation))


def format_json(data: Any) -> str:
    """``report_data`` as conflicts.json's text: ``json.dumps(plain(data), indent=2,
    ensure_ascii=False)`` and a newline, byte for byte, in a little over half the time."""
    return "".join(json_chunks(data))


def json_chunks(data: Any) -> Iterator[str]:
    """``format_json`` piece by piece, for writing a large report without holding its text.

    ``json`` indents with its pure-Python encoder; here every container of plain values
    (a claim, a list of sources) goes through the C encoder, whose item separator
    carries the newline and the indentation.
    """
    yield from _indented(data, "\n")
    yield "\n"


_PLAIN = frozenset({str, int, float, bool, type(None)})
_CONTAINERS = frozenset({dict, list, tuple})


def _indented(value: Any, newline: str) -> Iterator[str]:
    kind = type(value)
    inner = newline + "  "
    opening, closing = ("{", "}") if kind is dict else ("[", "]")
    if kind is ClaimRecords:  # a list of claim dicts, each built as it is written
        kind = list
        if not value:
            yield "[]"
            return
    else:
        unusual = kind not in _PLAIN and kind not in _CONTAINERS
        if unusual or (kind is dict and not {str}.issuperset(map(type, value))):
            # What json converts or refuses (keys that are not strings, subclasses): json does
            # it, and its newlines, only ever between items, take this level's indentation.
            yield json.dumps(value, indent=2, ensure_ascii=False).replace("\n", newline)
            return
        if kind in _PLAIN or not value:
            yield _encoder(newline).encode(value)
            return
        items = value.values() if kind is dict else value
        if _PLAIN.issuperset(map(type, items)):
            yield opening + inner + _encoder(inner).encode(value)[1:-1] + newline + closing
            return
    separator = opening
    for key in value:
        if kind is dict:
            yield separator + inner + _encoder(inner).encode(key) + ": "
            yield from _indented(value[key], inner)
        else:
            yield separator + inner
            yield from _indented(key, inner)
        separator = ","
    yield newline + closing


@lru_cache(maxsize=64)
def _encoder(inner: str) -> json.JSONEncoder:
    """The C encoder, with the newline and indentation of one level between items."""
    return json.JSONEncoder(ensure_ascii=False, separators=("," + inner, ": "))


def ordered_conflicts(conflicts: Sequence[Conflict]) -> list[Conflict]:
    """New conflicts first, then by fact, so the report leads with what needs review."""
    return sorted(conflicts, key=lambda c: (c.status != "new", c.fact))


def _claim(claim: Claim, unit: str) -> dict[str, Any]:
    unit = claim_unit(claim, unit)
    return {
        "fact": claim.fact,
        "article": claim.article,
        "value": claim.value.nominal,
        "low": claim.value.low,
        "high": claim.value.high,
        "unit": unit,
        "quote": claim.quote,
        "start": claim.start,
        "end": claim.end,
        "origin": claim.origin,
        "qualifier": claim.value.qualifier,
        "written": claim.written,
        "written_unit": claim.written_unit,
        "normalised": sheet_value(claim.value),
        "source": claim.source,
        "actor": claim.frame.actor if claim.frame else None,
        "action": claim.frame.action if claim.frame else None,
        "modality": claim.frame.modality if claim.frame else None,
        "why": claim.why,
        "period_start": _day(claim.period.start) if claim.period else None,
        "period_end": _day(claim.period.end) if claim.period else None,
        "period_text": claim.period.text if claim.period and claim.period.basis == "text" else None,
        "period_basis": claim.period.basis if claim.period else None,
        "currency": claim.currency,
        "exchange_rate": claim.rate.usd_per_unit if claim.rate else None,
        "exchange_rate_period": claim.rate.text if claim.rate else None,
        "exchange_rate_source": claim.rate.source if claim.rate else None,
    }


def _day(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _article(article: Article) -> dict[str, Any]:
    title, published, outlet, url = provenance(article)
    return {"id": article.id, "duplicate_of": article.duplicate_of, "title": title, "file": article.path.name,
            "date": published, "outlet": outlet, "url": url}


def _conflict(conflict: Conflict, unit: str) -> dict[str, Any]:
    return {
        "fact": conflict.fact,
        "unit": unit,
        "severity": conflict.severity,
        "status": conflict.status,
        "reason": conflict.acceptance.reason if conflict.acceptance else None,
        "claims": ClaimRecords(conflict.claims, {conflict.fact: unit}),
        "reference": _reference(conflict.reference),
        "sources": sorted(conflict.sources),
    }


def _reference(reference: Reference | None) -> dict[str, Any] | None:
    if reference is None:
        return None
    return {
        "value": reference.value.nominal,
        "low": reference.value.low,
        "high": reference.value.high,
        "qualifier": reference.value.qualifier,
        "written": reference.written,
        "source": reference.source,
        "as_of": _day(reference.as_of),
    }


def _acceptance(fact_id: str, acceptance: Acceptance) -> dict[str, Any]:
    return {
        "fact": fact_id,
        "between": sorted(acceptance.between),
        "reason": acceptance.reason,
        "sheet": str(acceptance.location),
    }
