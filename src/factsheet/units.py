"""The one pint registry, with the project's count units (see units.txt).

Quantities from two registries cannot be combined, so every module takes its
units from here.
"""

from __future__ import annotations

import re
import tokenize
from functools import lru_cache
from importlib import resources

import pint

from .errors import DimensionError, UnitError, UnknownUnitError, closest

UNITS_FILE = "units.txt"

# Spelled-out rate words that pint does not know: "a day", "daily", "annually".
_RATE_WORDS = {
    "daily": "/ day",
    "weekly": "/ week",
    "monthly": "/ month",
    "yearly": "/ year",
    "annually": "/ year",
    "annual": "/ year",
}
_A_PER = re.compile(r"\b(?:a|an|each|every)\s+(day|week|month|year)\b")
_PERCENT = re.compile(r"%")


@lru_cache(maxsize=1)
def registry() -> pint.UnitRegistry:  # type: ignore[type-arg]
    """Return the shared registry (built once; pint registries are expensive)."""
    ureg: pint.UnitRegistry = pint.UnitRegistry(autoconvert_offset_to_baseunit=True)  # type: ignore[type-arg]
    with resources.as_file(resources.files(__package__) / UNITS_FILE) as path:
        ureg.load_definitions(str(path))
    ureg.formatter.default_format = "~D"
    return ureg


def _normalise_unit_text(text: str) -> str:
    text = text.strip()
    text = _PERCENT.sub(" percent ", text)
    text = _A_PER.sub(r"per \1", text)
    words = [_RATE_WORDS.get(word.lower(), word) for word in text.split()]
    # "artillery rounds" and "rocket launch systems": join multi-word names that
    # the registry knows as one underscored unit, longest first.
    joined = " ".join(words)
    return _join_known_phrases(joined)


def _join_known_phrases(text: str) -> str:
    words = text.split()
    out: list[str] = []
    i = 0
    known = _multiword_names()
    while i < len(words):
        for size in (4, 3, 2):
            phrase = "_".join(words[i : i + size])
            if len(words[i : i + size]) == size and (
                phrase in known or phrase.rstrip("s") in known
            ):
                out.append(phrase if phrase in known else phrase.rstrip("s"))
                i += size
                break
        else:
            out.append(words[i])
            i += 1
    return " ".join(out)


@lru_cache(maxsize=1)
def _multiword_names() -> frozenset[str]:
    return frozenset(name for name in registry()._units if "_" in name)


def parse_unit(text: str) -> pint.Unit:
    """Parse a unit such as 'shell / day', 'rounds per month' or 'howitzers'.

    Raises UnknownUnitError for unknown names, UnitError for text that is not a unit
    (without a location; callers add it).
    """
    ureg = registry()
    source = _normalise_unit_text(text)
    if not source:
        return ureg.dimensionless
    try:
        parsed = ureg.parse_units(source)
    except pint.UndefinedUnitError as error:
        bad = str(error.unit_names[0]) if error.unit_names else text
        raise UnknownUnitError(bad, closest(bad, ureg._units)) from None
    # pint's expression parser fails on malformed text ('shell /', '(shell') in many ways.
    except (pint.DefinitionSyntaxError, AttributeError, TypeError, ValueError, SyntaxError,
            AssertionError, KeyError, ZeroDivisionError, tokenize.TokenError):
        raise UnitError(f"cannot read unit '{text}'; write it like 'shell / day'") from None
    return parsed


def convert(magnitude: float, from_unit: pint.Unit, to_unit: pint.Unit) -> float:
    """Convert a magnitude between units; raises DimensionError on a dimension mismatch."""
    ureg = registry()
    try:
        return float(ureg.Quantity(magnitude, from_unit).to(to_unit).magnitude)
    except pint.DimensionalityError:
        raise DimensionError(format_unit(from_unit), format_unit(to_unit),
                             f"{from_unit.dimensionality}", f"{to_unit.dimensionality}") from None


def same_dimension(a: pint.Unit, b: pint.Unit) -> bool:
    """True when quantities in ``a`` can be converted to ``b``."""
    return bool(a.dimensionality == b.dimensionality)


@lru_cache(maxsize=1024)
def format_unit(unit: pint.Unit) -> str:
    """Long, readable unit text: 'shell / day', 'howitzer', 'percent'."""
    text = f"{unit:D}"
    return text or "dimensionless"
