"""YAML fact sheets -> Fact records (``sheets.records``), validated strictly against
units and the corpus.

Every error names ``file:line`` and what to do. All errors of a sheet are
collected, so a curator fixes them in one pass.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

import pint

from ..corpus.articles import Article
from ..currencies import currency_in, in_dollars
from ..errors import DimensionError, FactsheetError, Location, SheetError, did_you_mean
from ..numbers import NUMBER_RE, NumberError, parse_number
from ..quantities import VAGUE, ClaimValue, parse_value
from ..text.frames import ACTIONS, ACTOR_ALIASES, ACTORS, MODALITIES
from ..text.normalise import closest_passage, find_quote, fold
from ..text.periods import Event
from ..units import PROJECT_UNITS_FILE, convert, format_unit, parse_unit, same_dimension
from .rates import RATES_FILE
from .records import (
    DEFAULT_MODALITIES,
    REFERENCE,
    Acceptance,
    Fact,
    FactSheet,
    FalseMatch,
    FrameSpec,
    OverTime,
    PinnedClaim,
    Recogniser,
    Reference,
    Tolerance,
)
from .yamlnodes import Node, compose_file

__all__ = ["DuplicateFactError", "SheetLoadError", "load_fact_sheet", "load_fact_sheets", "sheet_paths"]

T = TypeVar("T")
_FACT_ID = re.compile(r"^[a-z0-9][a-z0-9_.\-]*$")


class SheetLoadError(FactsheetError, ValueError):
    """All the errors of one sheet, one per line."""

    _fields = ("path", "errors")

    def __init__(self, path: Path, errors: list[FactsheetError]) -> None:
        self.path = path
        self.errors = errors
        super().__init__(self.message, None)

    @property
    def message(self) -> str:
        return "\n".join(str(e) for e in self.errors)


class DuplicateFactError(SheetError):
    """A fact id defined at ``location`` that is also defined at ``first``."""

    _fields = ("fact_id", "location", "first")

    def __init__(self, fact_id: str, location: Location, first: Location) -> None:
        self.fact_id = fact_id
        self.first = first
        super().__init__(self.message, location)

    @property
    def message(self) -> str:
        return f"duplicate fact id '{self.fact_id}'; it is also defined at {self.first} — rename one"


_FACT_FIELDS = {
    "id": True, "title": True, "unit": True, "tolerance": True, "recognise": True,
    "description": False, "reference": False, "claims": False, "false_matches": False,
    "accepted": False, "changes_over_time": False,
}


_RECOGNISE_FIELDS = {"nouns": True, "context": False, "actor": False, "action": False, "frames": False,
                     "modality": False, "period": False}


def _recogniser(fields: dict[str, Node]) -> Recogniser:
    frames = tuple(_frame_spec(node) for node in fields["frames"].sequence("'frames'")) \
        if "frames" in fields else ()
    if "actor" in fields or "action" in fields:
        frames = (_frame_spec_of(fields), *frames)
    modalities = DEFAULT_MODALITIES
    if "modality" in fields:
        modalities = frozenset(_choices(fields["modality"], "modality", MODALITIES))
    return Recogniser(
        nouns=fields["nouns"].texts("'nouns'"),
        context=fields["context"].texts("'context'") if "context" in fields else (),
        frames=frames,
        modalities=modalities,
        period=_period(fields["period"]) if "period" in fields else None,
    )


def _period(node: Node) -> str:
    """A unit of time, as the period of figures written without one."""
    name, unit = node.text("'period'"), _unit(node, "'period'")
    if not same_dimension(unit, parse_unit("day")):
        raise node.error(f"period '{name}' must be a unit of time, like 'year' or 'day'")
    return format_unit(unit)


def _frame_spec(node: Node) -> FrameSpec:
    return _frame_spec_of(node.mapping("each entry of 'frames'", {"actor": False, "action": False}))


def _frame_spec_of(fields: dict[str, Node]) -> FrameSpec:
    actors = frozenset(_actor(name, fields["actor"]) for name in fields["actor"].texts("'actor'")) \
        if "actor" in fields else frozenset()
    actions = frozenset(_choices(fields["action"], "action", tuple(ACTIONS))) \
        if "action" in fields else frozenset()
    return FrameSpec(actors, actions)


def _actor(name: str, node: Node) -> str:
    """The canonical actor a sheet names, by its canonical name or one of its aliases."""
    if name in ACTORS:
        return name
    if name in ACTOR_ALIASES:
        return ACTOR_ALIASES[name]
    raise node.error(f"unknown actor '{name}'{did_you_mean(name, [*ACTORS, *ACTOR_ALIASES])} "
                     f"(known: {', '.join(sorted(ACTORS))})")


def _choices(node: Node, what: str, allowed: tuple[str, ...]) -> list[str]:
    names = list(node.texts(f"'{what}'"))
    for name in names:
        if name not in allowed:
            raise node.error(f"unknown {what} '{name}'{did_you_mean(name, allowed)} "
                             f"(choose from {', '.join(allowed)})")
    return names


def load_fact_sheet(path: Path, articles: Mapping[str, Article]) -> FactSheet:
    """Load and validate one sheet against the corpus; raises SheetLoadError."""
    sheet, errors = _load_sheet(path, articles)
    if errors:
        raise SheetLoadError(path, errors)
    assert sheet is not None
    return sheet


def _load_sheet(path: Path, articles: Mapping[str, Article]) -> tuple[FactSheet | None, list[FactsheetError]]:
    """One sheet's good facts, and an error for each bad entry: a bad fact, claim or
    acceptance drops only itself (None when the sheet as a whole cannot be read)."""
    errors: list[FactsheetError] = []
    facts: list[Fact] = []
    try:
        root = compose_file(path)
        if root is None:
            raise SheetError("the sheet is empty; start it with 'facts:' and a list of facts",
                             Location(path, 1))
        top = root.mapping("a fact sheet", {"facts": True, "events": False})
        entries = top["facts"].sequence("'facts'")
    except FactsheetError as error:
        return None, [error]
    events = tuple(_collect(top.get("events"), "'events'", _event, errors))
    seen: dict[str, Location] = {}
    for entry in entries:
        try:
            fact = _load_fact(entry, articles, errors)
        except FactsheetError as error:
            errors.append(error)
            continue
        if fact.id in seen:
            errors.append(DuplicateFactError(fact.id, fact.location, seen[fact.id]))
            continue
        seen[fact.id] = fact.location
        facts.append(fact)
    return FactSheet(path, tuple(facts), events), errors


def _event(node: Node) -> Event:
    """A date the articles name in words: {date: 2022-02-24, names: [war, invasion]}."""
    fields = node.mapping("an event", {"date": True, "names": True, "note": False})
    return Event(fields["names"].texts("'names'"), _date(fields["date"], "'date'"))


def _date(node: Node, what: str) -> date:
    text = node.text(what)
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise node.error(f"{what} '{text}' must be a date written YYYY-MM-DD, like 2023-07-26") from None


def _window(node: Node) -> OverTime:
    """How far apart two figures of a fact that changes may be and still be compared: '6 months'."""
    text = node.text("'changes_over_time'")
    try:
        parsed = parse_value(text)
        magnitude = parsed.value.nominal
        if magnitude is None or parsed.value.qualifier is not None or magnitude <= 0 or not parsed.unit_text:
            raise ValueError
        days = convert(magnitude, parse_unit(parsed.unit_text), parse_unit("day"))
    except (FactsheetError, ValueError):
        raise node.error(f"changes_over_time '{text}' must be a span of time, like '6 months' or "
                         "'90 days': figures further apart are not compared") from None
    return OverTime(timedelta(days=round(days)), text)


def _load_fact(node: Node, articles: Mapping[str, Article], errors: list[FactsheetError]) -> Fact:
    fields = node.mapping("a fact", _FACT_FIELDS)
    fact_id = fields["id"].text("'id'")
    if not _FACT_ID.match(fact_id):
        raise fields["id"].error(f"fact id '{fact_id}' must be lower-case letters, digits, "
                                 "'.', '_' or '-', like 'dprk.howitzers'")
    unit = _unit(fields["unit"])
    context = _Context(fact_id, unit, articles)
    recognise = fields["recognise"].mapping("'recognise'", _RECOGNISE_FIELDS)
    reference = None
    if "reference" in fields:
        ref = fields["reference"].mapping("'reference'",
                                          {"value": True, "source": True, "unit": False, "as_of": False})
        written, value, _, currency = context.value(ref["value"], ref.get("unit"))
        if currency is not None:
            raise ref["value"].error(f"reference value '{written}' is in {currency}; write a reference in "
                                     "the fact's currency, converted at the rate of its 'as_of'")
        as_of = _date(ref["as_of"], "'as_of'") if "as_of" in ref else None
        reference = Reference(written, value, ref["source"].text("'source'"), ref["value"].location, as_of)
    claims = tuple(_collect(fields.get("claims"), "'claims'", context.claim, errors))
    false_matches = tuple(_collect(fields.get("false_matches"), "'false_matches'",
                                   context.false_match, errors))
    accepted = tuple(_collect(fields.get("accepted"), "'accepted'", context.acceptance, errors))
    return Fact(
        id=fact_id,
        title=fields["title"].text("'title'"),
        unit=unit,
        tolerance=_tolerance(fields["tolerance"], unit),
        recognise=_recogniser(recognise),
        claims=claims,
        false_matches=false_matches,
        accepted=accepted,
        reference=reference,
        location=node.location,
        description=fields["description"].text("'description'") if "description" in fields else None,
        over_time=_window(fields["changes_over_time"]) if "changes_over_time" in fields else None,
    )


def _collect(
    node: Node | None, what: str, load: Callable[[Node], T], errors: list[FactsheetError]
) -> list[T]:
    """Load every entry of a list, keeping going after a bad one."""
    if node is None:
        return []
    loaded: list[T] = []
    for item in node.sequence(what):
        try:
            loaded.append(load(item))
        except FactsheetError as error:
            errors.append(error)
    return loaded


def _unit(node: Node, what: str = "'unit'") -> pint.Unit:
    """The unit ``node`` names; a bad one is an error at its line."""
    try:
        return parse_unit(node.text(what))
    except FactsheetError as error:
        raise node.error(error.message) from None


def _tolerance(node: Node, unit: pint.Unit) -> Tolerance:
    text = node.text("'tolerance'")
    if text.endswith("%"):
        try:
            relative = float(text[:-1]) / 100
        except ValueError:
            relative = -1.0
        if not 0 <= relative < 1:
            raise node.error(f"tolerance '{text}' must be a percentage from 0% to 99%, like '5%'")
        return Tolerance(relative=relative, text=text)
    try:
        parsed = parse_value(text)
        magnitude = parsed.value.nominal
        if magnitude is None or parsed.value.qualifier is not None or magnitude < 0:
            raise ValueError
        absolute = convert(magnitude, parse_unit(parsed.unit_text) if parsed.unit_text else unit, unit)
    except (FactsheetError, ValueError):
        raise node.error(f"tolerance '{text}' must look like '5%' or '100 {format_unit(unit)}'") from None
    return Tolerance(absolute=absolute, text=text)


class _Context:
    """What loading one fact's entries needs: its id, unit and the corpus."""

    def __init__(self, fact_id: str, unit: pint.Unit, articles: Mapping[str, Article]) -> None:
        self.fact_id = fact_id
        self.unit = unit
        self.articles = articles

    def value(self, node: Node, unit_node: Node | None) -> tuple[str, ClaimValue, str, str | None]:
        """Parse a value (its own unit words, a 'unit' field, or the fact's unit) into the fact's
        unit; one in another currency is in that currency still (its fourth item), made the
        fact's at the rate for the claim's period once that is known."""
        written = node.text("'value'")
        try:
            parsed = parse_value(written)
            unit_text = unit_node.text("'unit'") if unit_node is not None else parsed.unit_text
            if unit_node is not None and parsed.unit_text:
                raise node.error(f"value '{written}' has unit words '{parsed.unit_text}' and a "
                                 "'unit' field; keep one")
            unit = parse_unit(unit_text) if unit_text else self.unit
            currency = currency_in(unit_text) if unit_text else None
            factor = convert(1.0, parse_unit(in_dollars(unit_text)) if currency else unit, self.unit)
        except SheetError:
            raise
        except DimensionError as error:
            raise node.error(f"value '{written}' is in '{error.from_unit}', which cannot be "
                             f"converted to the fact's unit '{error.to_unit}'") from None
        except FactsheetError as error:
            raise node.error(error.message) from None
        return written, parsed.value.scaled(factor), format_unit(unit), currency

    def article(self, node: Node) -> Article:
        article_id = node.text("'article'")
        if article_id not in self.articles:
            hint = did_you_mean(article_id, self.articles)
            raise node.error(f"unknown article '{article_id}'{hint}; articles are the file "
                             "names in the corpus without their extension")
        return self.articles[article_id]

    def quote(self, node: Node, article: Article) -> tuple[str, int, int]:
        quote = node.text("'quote'")
        span = find_quote(article.normalised, quote)
        if span is None:
            closest = closest_passage(article.normalised, quote)
            hint = f'; closest: "{closest}"' if closest else ""
            raise node.error(f"quote not found in {article.id}{hint}")
        return quote, span[0], span[1]

    def claim(self, node: Node) -> PinnedClaim:
        fields = node.mapping("a claim", {"article": True, "quote": True, "value": True,
                                          "unit": False, "note": False})
        article = self.article(fields["article"])
        quote, start, end = self.quote(fields["quote"], article)
        written, value, written_unit, currency = self.value(fields["value"], fields.get("unit"))
        _check_numbers_in_quote(fields["value"], written, quote)
        return PinnedClaim(article.id, quote, written, value, written_unit, start, end,
                           node.location, currency)

    def false_match(self, node: Node) -> FalseMatch:
        fields = node.mapping("a false match", {"article": True, "quote": True, "reason": True})
        article = self.article(fields["article"])
        quote, start, end = self.quote(fields["quote"], article)
        return FalseMatch(article.id, quote, fields["reason"].text("'reason'"), start, end,
                          node.location)

    def acceptance(self, node: Node) -> Acceptance:
        fields = node.mapping("an accepted conflict", {"between": True, "reason": True})
        sources = fields["between"].texts("'between'")
        if len(sources) != 2 or sources[0] == sources[1]:
            raise fields["between"].error("'between' must name two different sources: two "
                                          f"article ids, or an article id and '{REFERENCE}'")
        for source, item in zip(sources, fields["between"].sequence("'between'"), strict=True):
            if source != REFERENCE:
                self.article(item)
        return Acceptance(frozenset(sources), fields["reason"].text("'reason'"), node.location)


def _check_numbers_in_quote(node: Node, written: str, quote: str) -> None:
    """A pinned value must restate the quote's number, not a different one."""
    folded = fold(quote).lower()
    vague = [words for words in VAGUE if words in fold(written).lower()]
    if vague:
        if not any(words in folded for words in vague):
            raise node.error(f"value '{written}' is vague ('{vague[0]}') but the quote never says so")
        return
    in_quote = set()
    for match in NUMBER_RE.finditer(folded):
        try:
            in_quote.add(parse_number(match.group()))
        except NumberError:
            continue
    in_value = set()
    for match in NUMBER_RE.finditer(fold(written).lower()):
        try:
            in_value.add(parse_number(match.group()))
        except NumberError:
            continue
    missing = sorted(in_value - in_quote)
    if missing:
        shown = ", ".join(f"{n:,g}" for n in missing)
        raise node.error(f"value '{written}' has {shown}, which is not a number of its quote; "
                         "copy the number as the article writes it")


def load_fact_sheets(
    directory: Path, articles: Mapping[str, Article]
) -> tuple[list[FactSheet], list[SheetLoadError]]:
    """Load every ``*.yaml``/``*.yml`` sheet: each sheet's good facts, and a failure for each
    sheet with bad entries (a bad fact, claim or acceptance drops only itself). A fact id
    used in two sheets keeps neither: both are dropped, with an error naming both."""
    loaded: list[tuple[Path, FactSheet | None, list[FactsheetError]]] = [
        (path, *_load_sheet(path, articles)) for path in sheet_paths(directory)]
    first: dict[str, Location] = {}
    clashing: set[str] = set()
    for _, sheet, errors in loaded:
        for fact in sheet.facts if sheet is not None else ():
            if fact.id in first:
                clashing.add(fact.id)
                errors.append(DuplicateFactError(fact.id, fact.location, first[fact.id]))
            else:
                first[fact.id] = fact.location
    sheets: list[FactSheet] = []
    failures: list[SheetLoadError] = []
    for path, sheet, errors in loaded:
        if sheet is not None:
            sheets.append(replace(sheet, facts=tuple(f for f in sheet.facts if f.id not in clashing)))
        if errors:
            failures.append(SheetLoadError(path, errors))
    return sheets, failures


def sheet_paths(directory: Path) -> list[Path]:
    """Sheets in ``directory``, sorted so runs are reproducible."""
    if not directory.is_dir():
        return []
    return sorted(p for p in directory.iterdir() if p.suffix.lower() in (".yaml", ".yml") and p.is_file())


def project_files(directory: Path) -> list[Path]:
    """The sheets and the project's own definitions beside them (``units.txt``,
    ``rates.csv``) that are there: each is a file that must load."""
    definitions = (directory / name for name in (PROJECT_UNITS_FILE, RATES_FILE))
    return [*sheet_paths(directory), *(path for path in definitions if path.is_file())]


def sheet_events(directory: Path) -> tuple[tuple[Event, ...], list[str]]:
    """The events of every sheet in ``directory`` without loading its facts (for commands
    that read articles, not facts), and the errors of those that cannot be read."""
    events: list[Event] = []
    problems: list[str] = []
    for path in sheet_paths(directory):
        try:
            root = compose_file(path)
            node = root.mapping("a fact sheet", {"facts": False, "events": False}).get("events") \
                if root is not None else None
            errors: list[FactsheetError] = []
            events.extend(_collect(node, "'events'", _event, errors))
            problems.extend(str(error) for error in errors)
        except FactsheetError as error:
            problems.append(str(error))
    return tuple(events), problems
