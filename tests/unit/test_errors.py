"""The error family: builtin categories, fields, messages, and pickling with the fields."""

from __future__ import annotations

import pickle
from collections.abc import Callable
from pathlib import Path

import pytest

from factsheet.corpus.manifest import ManifestError
from factsheet.errors import (
    DimensionError,
    FactsheetError,
    FileError,
    Location,
    SheetError,
    UnitError,
    UnknownArticleError,
    UnknownUnitError,
    ValueSyntaxError,
)
from factsheet.numbers import NumberError
from factsheet.run import pickling
from factsheet.sheets.loader import DuplicateFactError, SheetLoadError
from factsheet.sheets.rates import RateError

HERE = Location(Path("facts/arsenal.yaml"), 12)
FIRST = Location(Path("facts/arsenal.yaml"), 3)

ERRORS = [
    pytest.param(FactsheetError("something is wrong", HERE), ("message", "location"),
                 "facts/arsenal.yaml:12: something is wrong", Exception, id="base"),
    pytest.param(SheetError("'id' is empty", HERE), ("message", "location"),
                 "facts/arsenal.yaml:12: 'id' is empty", ValueError, id="sheet"),
    pytest.param(ValueSyntaxError("'20,000 to' starts a range but gives one number"),
                 ("message", "location"), "'20,000 to' starts a range but gives one number",
                 ValueError, id="value-syntax"),
    pytest.param(NumberError("'two thousand million thousand' does not add up to one number"),
                 ("message", "location"), "'two thousand million thousand' does not add up to one number",
                 ValueError, id="number"),
    pytest.param(UnitError("cannot read unit 'shell /'; write it like 'shell / day'"),
                 ("message", "location"), "cannot read unit 'shell /'; write it like 'shell / day'",
                 ValueError, id="unit"),
    pytest.param(UnknownUnitError("shels", "shell"), ("name", "suggestion", "location"),
                 "unknown unit 'shels' — did you mean 'shell'?", LookupError, id="unknown-unit"),
    pytest.param(UnknownUnitError("xqzvw", None, HERE), ("name", "suggestion", "location"),
                 "facts/arsenal.yaml:12: unknown unit 'xqzvw'", LookupError, id="unknown-unit-no-hint"),
    pytest.param(DimensionError("shell / day", "howitzer", "[shell] / [time]", "[howitzer]"),
                 ("from_unit", "to_unit", "from_dimensions", "to_dimensions", "location"),
                 "'shell / day' cannot be converted to 'howitzer' (dimensions [shell] / [time] and "
                 "[howitzer])", ValueError, id="dimension"),
    pytest.param(UnknownArticleError(Path("corpus"), ("001_a", "002_b")), ("corpus", "article_ids"),
                 "not in the corpus corpus: 001_a, 002_b", LookupError, id="unknown-article"),
    pytest.param(FileError("fact sheet directory 'facts' not found; pass --facts DIR"),
                 ("message", "location"), "fact sheet directory 'facts' not found; pass --facts DIR",
                 OSError, id="file"),
    pytest.param(DuplicateFactError("ammo.rate", HERE, FIRST), ("fact_id", "location", "first"),
                 "facts/arsenal.yaml:12: duplicate fact id 'ammo.rate'; it is also defined at "
                 "facts/arsenal.yaml:3 — rename one", ValueError, id="duplicate-fact"),
    pytest.param(SheetLoadError(Path("facts/arsenal.yaml"), [SheetError("'id' is empty", HERE),
                                                            DuplicateFactError("ammo.rate", HERE, FIRST)]),
                 ("path", "errors"),
                 "facts/arsenal.yaml:12: 'id' is empty\nfacts/arsenal.yaml:12: duplicate fact id "
                 "'ammo.rate'; it is also defined at facts/arsenal.yaml:3 — rename one",
                 ValueError, id="sheet-load"),
    pytest.param(ManifestError("date '2023-13-01' must be written YYYY-MM-DD, like 2023-07-26",
                               Location(Path("corpus/manifest.csv"), 4)), ("message", "location"),
                 "corpus/manifest.csv:4: date '2023-13-01' must be written YYYY-MM-DD, like 2023-07-26",
                 ValueError, id="manifest"),
    pytest.param(RateError("rate '-3' must be a positive number, like 1306.76",
                           Location(Path("facts/rates.csv"), 7)), ("message", "location"),
                 "facts/rates.csv:7: rate '-3' must be a positive number, like 1306.76",
                 ValueError, id="rates"),
]


@pytest.mark.parametrize(("error", "fields", "text", "category"), ERRORS)
def test_an_error_renders_its_fields(
    error: FactsheetError, fields: tuple[str, ...], text: str, category: type[Exception]
) -> None:
    assert str(error) == text
    assert isinstance(error, FactsheetError)
    assert isinstance(error, category)


def _kept(error: FactsheetError) -> object:
    body = pickling.dumps(error)
    assert body is not None
    return pickling.loads(body)


@pytest.mark.parametrize("round_trip", [
    pytest.param(lambda error: pickle.loads(pickle.dumps(error)), id="pickle"),  # the process pool
    pytest.param(_kept, id="kept-run"),
])
@pytest.mark.parametrize(("error", "fields", "text", "category"), ERRORS)
def test_an_error_pickles_with_its_fields(
    error: FactsheetError, fields: tuple[str, ...], text: str, category: type[Exception],
    round_trip: Callable[[FactsheetError], object],
) -> None:
    again = round_trip(error)
    assert type(again) is type(error)
    for name in fields:
        if name == "errors":
            assert [(type(e), str(e)) for e in getattr(again, name)] == [
                (type(e), str(e)) for e in getattr(error, name)]
        else:
            assert getattr(again, name) == getattr(error, name), name
    assert str(again) == text
    assert again.args == error.args


def test_every_error_type_is_covered() -> None:
    """A new error type must be added to the table above."""
    def family(cls: type) -> set[type]:
        return {cls}.union(*(family(sub) for sub in cls.__subclasses__()))

    tested = {type(param.values[0]) for param in ERRORS}
    assert family(FactsheetError) == tested


def test_a_source_date_epoch_past_any_date_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 14: an out-of-range SOURCE_DATE_EPOCH meant no report, labelled 'please report this bug'."""
    from factsheet.errors import FactsheetError
    from factsheet.run.clock import run_time

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "99999999999999999")
    with pytest.raises(FactsheetError, match="SOURCE_DATE_EPOCH=99999999999999999 is no time"):
        run_time()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert run_time().year == 2023
