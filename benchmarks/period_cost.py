"""What periods add to a cold validation: this checkout against itself with periods off, interleaved.

    .venv/bin/python benchmarks/period_cost.py --articles N [--rounds R] [--workdir DIR] [--seed 1]

Uses (or makes) the synthetic corpus of ``scale.py``. The peer is this checkout's ``src``
copied to ``WORKDIR/period-peer`` with one change: ``check.match.READ_PERIODS`` is False, so
no claim has a period (nor a converted currency) and none is sent to the workers to read. Each round runs the
cold validation of ``scale.py`` (``pytest checks`` with a fresh, empty cache) once with each,
the order alternating (peer first, then this one first, ...), so that a machine that slows
down or speeds up over the runs weighs on both alike. Prints each run's wall and CPU time,
then the median of each and their ratio: the issue's budget is a ratio of at most 1.10.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from scale import Measurement, describe, ensure_corpus, measure  # noqa: E402

# The one change that makes the peer: periods are not read (nor sent to the workers).
_PERIODS_READ = "\nREAD_PERIODS = True\n"
_PERIODS_SKIPPED = "\nREAD_PERIODS = False  # the peer of benchmarks/period_cost.py: no periods\n"


def make_peer(directory: Path) -> Path:
    """A copy of this checkout's ``src`` that gives no claim a period (``READ_PERIODS``)."""
    shutil.rmtree(directory, ignore_errors=True)
    shutil.copytree(ROOT / "src", directory / "src", ignore=shutil.ignore_patterns("__pycache__"))
    match = directory / "src" / "factsheet" / "check" / "match.py"
    text = match.read_text(encoding="utf-8")
    if text.count(_PERIODS_READ) != 1:
        raise SystemExit(f"{match}: READ_PERIODS is not as this benchmark expects; update it")
    match.write_text(text.replace(_PERIODS_READ, _PERIODS_SKIPPED), encoding="utf-8")
    return directory / "src"


def cold_run(name: str, src: Path, data: Path) -> Measurement:
    """``scale.py``'s cold validation, with ``src`` first on the path."""
    cache = data / f"cache-{name}"
    reports = data / f"reports-{name}"
    for directory in (cache, reports):
        shutil.rmtree(directory, ignore_errors=True)
    cache.mkdir()
    env = {**os.environ, "FACTSHEET_CACHE_DIR": str(cache),
           "PYTHONPATH": os.pathsep.join(filter(None, [str(src), os.environ.get("PYTHONPATH")]))}
    argv = [sys.executable, "-m", "pytest", "checks", "-q", "-p", "no:cacheprovider",
            "--corpus", str(data / "corpus"), "--facts", str(data / "facts"), "--report-dir", str(reports)]
    return measure(name, argv, ROOT, env, data / f"period-cost-{name}.out")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, required=True, metavar="N")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "factsheet-scale",
                        metavar="DIR")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    data = (args.workdir / f"n{args.articles}-s{args.seed}").resolve()
    ensure_corpus(data, args.articles, args.seed)
    sources = {"peer": make_peer(args.workdir.resolve() / "period-peer"), "periods": ROOT / "src"}
    print(f"project  {ROOT} ({describe(ROOT)}), corpus {data}")
    runs: dict[str, list[Measurement]] = {"peer": [], "periods": []}
    for round_ in range(args.rounds):
        order = ("peer", "periods") if round_ % 2 == 0 else ("periods", "peer")
        for name in order:
            run = cold_run(name, sources[name], data)
            runs[name].append(run)
            status = "" if run.exit_code in (0, 1) else f" (exit status {run.exit_code})"
            print(f"round {round_ + 1} {name:8} wall {run.wall:8.2f} s  CPU {run.cpu:8.2f} s{status}",
                  flush=True)
    wall = {name: statistics.median(r.wall for r in found) for name, found in runs.items()}
    cpu = {name: statistics.median(r.cpu for r in found) for name, found in runs.items()}
    print(f"median   peer wall {wall['peer']:.2f} s, CPU {cpu['peer']:.2f} s; "
          f"periods wall {wall['periods']:.2f} s, CPU {cpu['periods']:.2f} s")
    print(f"periods add {wall['periods'] / wall['peer'] - 1:+.1%} to the cold wall time "
          f"({cpu['periods'] / cpu['peer'] - 1:+.1%} CPU); the budget is +10%")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
