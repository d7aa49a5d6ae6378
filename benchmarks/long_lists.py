"""Frames on long lists: work must grow with the list, not with its square.

    .venv/bin/python benchmarks/long_lists.py [--figures N]

A list of N figures in one sentence (commas, bulleted lines, rows of "label — figure")
is timed against its peer: the same N figures, each in a sentence of its own, read in
the same process. A ratio near 1 means a list costs what its figures cost; a ratio that
doubles when N doubles means work grows with the square of the list.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from factsheet import extract_mentions
from factsheet.text.frames import frames_of


def _commas(n: int) -> str:
    return "Belarus lost " + ", ".join(f"{i} tanks" for i in range(n))


SHAPES: dict[str, Callable[[int], str]] = {
    "comma list": lambda n: _commas(n) + ".",
    "'respectively' list": lambda n: _commas(n) + " respectively.",
    "bulleted lines": lambda n: "Belarus has lost:\n" + "\n".join(f"* {i} tanks" for i in range(n)),
    "label rows": lambda n: "Belarus has lost:\n" + "\n".join(f"tanks — {i} units;" for i in range(n)),
}


def peer(n: int) -> str:
    return " ".join(f"Belarus lost {i} tanks." for i in range(n))


def seconds(text: str) -> float:
    start = time.perf_counter()
    frames_of(text, extract_mentions(text))
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--figures", type=int, default=2000, metavar="N")
    n = parser.parse_args().figures
    seconds(peer(100))  # the first read compiles the patterns and fills the caches
    print(f"{'shape':22} {'figures':>8} {'seconds':>8} {'peer s':>8} {'ratio':>6}")
    for size in (n // 2, n):
        base = seconds(peer(size))
        for name, shape in SHAPES.items():
            took = seconds(shape(size))
            print(f"{name:22} {size:8,} {took:8.2f} {base:8.2f} {took / base:6.1f}")


if __name__ == "__main__":
    main()
