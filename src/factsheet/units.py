"""The one pint registry, with the package's count units (see units.txt) and the
project's own (``facts/units.txt``, see ``use_project_units``).

Quantities from two registries cannot be combined, so every module takes its
units from here.
"""

from __future__ import annotations

import hashlib
import re
import tokenize
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pint

from .currencies import CURRENCY_CODES
from .errors import DimensionError, Location, UnitError, UnknownUnitError, closest

UNITS_FILE = "units.txt"
PROJECT_UNITS_FILE = "units.txt"  # in the facts directory: a project's own units
_project: tuple[str, str] | None = None  # the project's definitions and the file they came from
_on_change: list[Callable[[], None]] = []  # caches of what the registry names, cleared with it

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


def registry() -> pint.UnitRegistry:  # type: ignore[type-arg]
    """Return the shared registry of the package's units and the project's (built once for
    each set of project units: pint registries are expensive, and units of two registries
    cannot meet, so going back to a set of units gives back the same registry)."""
    return _registry_for(_project)


@lru_cache(maxsize=8)
def _registry_for(project: tuple[str, str] | None) -> pint.UnitRegistry:  # type: ignore[type-arg]
    ureg: pint.UnitRegistry = pint.UnitRegistry(autoconvert_offset_to_baseunit=True)  # type: ignore[type-arg]
    with resources.as_file(resources.files(__package__) / UNITS_FILE) as path:
        ureg.load_definitions(str(path))
    for code in sorted(CURRENCY_CODES):  # each currency a dimension of its own: see units.txt
        ureg.define(f"{code} = [currency_{code}]")
    if project is not None:
        _define(ureg, *project)
    ureg.formatter.default_format = "~D"
    return ureg


def _define(ureg: pint.UnitRegistry, text: str, source: str) -> None:  # type: ignore[type-arg]
    """The project's definitions, one per line as in units.txt; a bad one is an error at its line,
    and so is one that redefines a unit the package has (a count that would change meaning)."""
    ureg._on_redefinition = "raise"
    for number, line in enumerate(text.splitlines(), start=1):
        definition = line.split("#", 1)[0].strip()
        if not definition:
            continue
        try:
            _bounded(definition, definition, longest=None)
            ureg.define(definition)
        except UnitError as error:
            raise UnitError(error.message, Location(Path(source), number)) from None
        except (pint.DefinitionSyntaxError, pint.RedefinitionError, pint.UndefinedUnitError, ValueError,
                TypeError, KeyError, SyntaxError) as error:
            raise UnitError(f"cannot define '{definition}' ({error}); write a count as 'interceptor = "
                            "[interceptor]' or a unit as 'tonne_of_munitions = 1000 * kg'",
                            Location(Path(source), number)) from None


def read_project_units(facts_dir: Path) -> tuple[str | None, str]:
    """The text of ``facts_dir/units.txt`` (None when there is none) and its path; UnitError
    when it cannot be read."""
    path = facts_dir / PROJECT_UNITS_FILE
    try:
        return (path.read_bytes().decode("utf-8-sig") if path.is_file() else None), str(path)
    except (OSError, UnicodeDecodeError) as error:
        raise UnitError(f"cannot be read as UTF-8 text ({error}); save it as UTF-8",
                        Location(path, 1)) from None


def use_project_units(text: str | None, source: str = "") -> None:
    """Add a project's own units (the lines of ``facts/units.txt``) to the registry, or, with
    None, use the package's alone. Raises UnitError naming the file and line of a bad one."""
    global _project
    wanted = (text, source) if text and text.strip() else None
    if wanted == _project:
        return
    _registry_for(wanted)  # a bad definition raises here, before anything changes
    _project = wanted
    for clear in (_multiword_names.cache_clear, format_unit.cache_clear, *_on_change):
        clear()


def project_units() -> tuple[str | None, str]:
    """The project's units as ``use_project_units`` takes them (for a worker process)."""
    return _project if _project is not None else (None, "")


def project_units_digest() -> str:
    """A digest of the project's units ('' without any), for keys of what depends on them."""
    return hashlib.blake2b(_project[0].encode(), digest_size=8).hexdigest() if _project else ""


def on_registry_change(clear: Callable[[], None]) -> None:
    """Call ``clear`` whenever the project's units change (a cache of names it looked up)."""
    _on_change.append(clear)


# A power pint would work out before anything else: 'howitzer * 10 ** 10 ** 10' is a number of
# ten billion digits (a run hung on it). A unit needs no power above 99.
_HUGE_POWER = re.compile(r"(?:\*\*|\^)\s*[(+-]*\s*(?:\d{3,}|\d+(?:\.\d*)?\s*\)*\s*(?:\*\*|\^))")


def _bounded(source: str, text: str, longest: int | None = 200) -> None:
    """UnitError for a unit expression too costly to work out (a definition may be long: its
    aliases)."""
    if (longest is not None and len(source) > longest) or _HUGE_POWER.search(source):
        raise UnitError(f"cannot read unit '{text[:80]}': a power above 99, a power of a power, or more than "
                        "200 characters is no unit; write it like 'shell / day'")


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
    _bounded(source, text)
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
