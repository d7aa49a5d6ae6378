"""Pickling a validation fast, with units of our registry.

The kept run (``run.kept_run``) stores a whole validation: for a 100,000-article
run that is millions of objects, so slotted dataclasses of the package go as a
tuple of their fields, and a pint unit goes by name in our registry (pint's own
pickling names it in its application registry, which does not know our units).
"""

from __future__ import annotations

import dataclasses
import gc
import io
import pickle
from collections.abc import Callable
from functools import cache
from typing import Any

import pint

from ..units import registry


def _unit(name: str) -> pint.Unit:
    return registry().Unit(name)


@cache
def _slot_fields(cls: type) -> tuple[str, ...] | None:
    """The fields of a slotted dataclass of ours, whose own pickling calls
    ``dataclasses.fields()`` for every instance (4 s for a 100,000-article run)."""
    if not (cls.__module__.startswith("factsheet.") and dataclasses.is_dataclass(cls)
            and "__slots__" in vars(cls)):
        return None
    return tuple(field.name for field in dataclasses.fields(cls))


@cache
def _slot_setters(cls: type) -> tuple[Callable[[Any, Any], None], ...]:
    return tuple(getattr(cls, name).__set__ for name in _slot_fields(cls) or ())


def _new(cls: type) -> Any:
    return object.__new__(cls)


def _set_fields(obj: Any, values: tuple[Any, ...]) -> None:
    """What unpickling a dataclass does (set every field, call no ``__init__``), faster.
    Set after the object is made, as pickle's own state is, so cycles still pickle."""
    cls: type = type(obj)
    for set_field, value in zip(_slot_setters(cls), values, strict=True):
        set_field(obj, value)


class _Pickler(pickle.Pickler):
    """pint pickles a unit by name in its application registry, which does not know
    ours: a unit goes by name in our registry instead. Slotted dataclasses go as a
    tuple of their fields."""

    def reducer_override(self, obj: Any) -> Any:
        if isinstance(obj, pint.Unit):
            return _unit, (str(obj),)
        cls: type = type(obj)
        names = _slot_fields(cls)
        if names is not None:
            return _new, (cls,), tuple(getattr(obj, name) for name in names), None, None, _set_fields
        return NotImplemented


def dumps(value: object) -> bytes | None:
    """``value`` pickled, or None when it cannot be."""
    stream = io.BytesIO()
    try:
        _Pickler(stream, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    except (pickle.PicklingError, TypeError, AttributeError, RecursionError):
        return None
    return stream.getvalue()


def loads(body: bytes) -> object | None:
    """What ``dumps`` pickled; None for bytes that do not unpickle."""
    # Unpickling makes millions of objects and none of them is garbage: without the
    # collector, which would otherwise traverse the growing heap again and again.
    collecting = gc.isenabled()
    gc.disable()
    try:
        value: object = pickle.loads(body)
    except Exception:  # written by another factsheet version, or damaged
        return None
    finally:
        if collecting:
            gc.enable()
    return value
