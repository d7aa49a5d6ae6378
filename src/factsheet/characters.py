"""Characters that change how a number is written but not what it says.

Text pasted from the web carries format characters no reader sees (a zero-width space or a
soft hyphen inside "21,600", a direction mark before it) and numbers written with other
scripts' digits and separators ("٢١٬٦٠٠", "２１，６００"). Read as they are, "21\u200b,600" is
two numbers, 21 and 600: a silent wrong figure and a false conflict. ``plain`` is the one
step that removes the first and writes the second in ASCII before anything is read, keeping
for every character its offset in the original, so that spans still point into the file.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections.abc import Callable
from functools import lru_cache

# Unicode's default-ignorable format characters that turn up in pasted text: the soft hyphen,
# zero-width spaces and joiners, direction marks, embeddings and isolates, word joiners,
# invisible operators, the byte order mark.
INVISIBLE = ("\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e"
             "\u2060-\u2064\u2066-\u206f\ufeff")


_INVISIBLE_RE = re.compile(f"[{INVISIBLE}]+")
# Separators of other scripts, read as separators only between two digits: the full-width
# comma is also Chinese and Japanese text's comma between clauses.
_SEPARATORS = {"\u066c": ",", "\uff0c": ",", "\u066b": ".", "\uff0e": ".", "\u2396": "."}
_SEPARATOR_RE = re.compile(f"(?<=[0-9])[{''.join(_SEPARATORS)}](?=[0-9])")


@lru_cache(maxsize=1)
def _digits() -> dict[int, str]:
    """Every decimal digit of the Basic Multilingual Plane that is not ASCII, as its ASCII
    digit (built once, the first time a text is not all ASCII)."""
    return {code: str(unicodedata.decimal(char)) for code in range(0x80, 0x10000)
            if unicodedata.category(char := chr(code)) == "Nd"}


@lru_cache(maxsize=1)
def _odd() -> re.Pattern[str]:
    """Anything ``plain`` changes, as one character class: a text without any is read as it is
    (a class with ``\\d`` in it would be several times slower to search)."""
    ascii_of = _digits()
    digits = "".join(f"{chr(zero)}-{chr(zero + 9)}" for zero in sorted(ascii_of)
                     if ascii_of[zero] == "0" and ascii_of.get(zero + 9) == "9")
    return re.compile(f"[{INVISIBLE}{''.join(_SEPARATORS)}{digits}]")


def plain(text: str) -> tuple[str, array[int]] | None:
    """``text`` with its invisible characters removed and other scripts' digits and separators
    written in ASCII, and each of its characters' offset in ``text``; None when there is
    nothing to change (almost always: a pure-ASCII text is told at C speed)."""
    if text.isascii() or _odd().search(text) is None:
        return None
    kept, offsets = collapse_runs(text, _INVISIBLE_RE, lambda run: "")
    kept = kept.translate(_digits())  # one character for one: offsets unchanged
    kept = _SEPARATOR_RE.sub(lambda match: _SEPARATORS[match[0]], kept)
    return kept, offsets


def collapse_runs(text: str, runs: re.Pattern[str],
                  into: Callable[[str], str]) -> tuple[str, array[int]]:
    """``text`` with each match of ``runs`` written as ``into(match)`` (nothing, or one
    character standing where the run starts), and each output character's offset in ``text``."""
    chars: list[str] = []
    offsets = array("q")
    position = 0
    for match in runs.finditer(text):
        chars.append(text[position : match.start()])
        offsets.extend(range(position, match.start()))
        if written := into(match[0]):
            chars.append(written)
            offsets.append(match.start())
        position = match.end()
    chars.append(text[position:])
    offsets.extend(range(position, len(text)))
    return "".join(chars), offsets


def plain_text(text: str) -> str:
    """``text`` as ``plain`` reads it, without the offsets (a sheet's value, a quote)."""
    reading = plain(text)
    return text if reading is None else reading[0]
