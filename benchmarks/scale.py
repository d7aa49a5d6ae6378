"""How validation scales: a synthetic corpus of N articles, validated cold, warm, and extracted alone.

    python benchmarks/scale.py --articles N [--workdir DIR] [--seed 1] [--skip-quantulum]
                               [--project DIR] [--pytest-arg ARG ...]

Generates a corpus with ``generate_corpus.py`` in ``WORKDIR/n<N>-s<SEED>/`` (default
WORKDIR: ``$TMPDIR/factsheet-scale``), or reuses it when its manifest says it was
made with the same N, seed and inputs. Then runs, each as its own child process
from the project root:

- validation cold: ``pytest checks -q -p no:cacheprovider --corpus ... --facts ...
  --report-dir ...`` with ``FACTSHEET_CACHE_DIR`` set to a fresh, empty directory;
- validation warm: the same again with the same cache directory, nothing changed;
- extraction alone: ``python -m factsheet.cli extract CORPUS --json`` to /dev/null
  (its own fresh cache directory, in case the command ever uses one);
- pytest floor: ``pytest test_floor.py`` in an empty directory, as many empty
  parametrized tests as validation warm ran items (the peer: what pytest itself costs);

and prints for each: wall time, articles/s, MB/s of article text, CPU time, peak
RSS, exit status, and for the pytest runs the number of claims and conflicts in
the ``conflicts.json`` it wrote (with its summary). Last, quantulum3 and
factsheet's ``extract_mentions`` run in this process on the same ~200 KB sample of
the corpus, and their ratio is printed.

Peak memory. ``os.wait4(pid)`` gives the resource usage of one child (plus any
descendants it waited for), unlike ``getrusage(RUSAGE_CHILDREN)``, whose
``ru_maxrss`` is the maximum over every child reaped so far. But it is not enough
on its own: at exec, Linux folds the high-water mark of the address space being
replaced into the process's ``ru_maxrss``, and a child started by CPython (vfork
or fork) replaces this process's address space, so it would report at least this
process's own peak (measured: a child of a 500 MB parent running ``python -c pass``
reports 510 MB). So each command is started by a tiny launcher (``python -S -c``,
about 9 MB) that spawns the command, reaps it with ``os.wait4`` and writes its
rusage and wall time to a file: the command inherits only the launcher's 9 MB,
less than any Python process's own footprint, so its ``ru_maxrss`` is its own
peak. For a command with worker processes (``--pytest-arg=-n2``, or an extractor
with a process pool), ``ru_maxrss`` is the largest single process of its tree,
not their sum; the "tree MB" column adds that sum, sampled every 50 ms from
``/proc`` (VmRSS of the command and all its descendants; shared pages count in
each process, so it can overstate, and a peak shorter than 50 ms can be missed).

``--project DIR`` measures another checkout of the project (e.g. an older commit
unpacked with ``git archive``): its ``checks/`` run with ``PYTHONPATH=DIR/src``
so that its ``factsheet`` is imported instead of the installed one. The corpus is
always generated from this checkout's ``corpus/`` and ``facts/``.

A benchmark reports, it does not assert: the exit status is 0 even when pytest
fails (findings in a synthetic corpus are expected); its status and last lines are
printed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SAMPLE_CHARS = 200_000
POLL_SECONDS = 0.05


@dataclass
class Measurement:
    name: str
    wall: float
    cpu: float
    max_rss_mb: float  # largest single process of the child's tree (ru_maxrss from wait4)
    tree_mb: float  # peak of the sampled sum over the child's tree
    exit_code: int
    output: Path | None
    report: dict[str, Any] = field(default_factory=dict)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, required=True, metavar="N")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "factsheet-scale",
                        metavar="DIR")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--skip-quantulum", action="store_true",
                        help="do not time quantulum3 on the sample (it takes ~10 s)")
    parser.add_argument("--project", type=Path, default=ROOT, metavar="DIR",
                        help="the checkout to measure (default: this one)")
    parser.add_argument("--pytest-arg", action="append", default=[], metavar="ARG",
                        help="extra pytest argument, repeatable (e.g. --pytest-arg=-n2)")
    args = parser.parse_args(argv)
    project = args.project.resolve()
    data = (args.workdir / f"n{args.articles}-s{args.seed}").resolve()

    manifest = ensure_corpus(data, args.articles, args.seed)
    corpus, facts = data / "corpus", data / "facts"
    size = manifest["bytes"]
    print(f"project  {project} ({describe(project)})")
    print(f"machine  {platform.python_implementation()} {platform.python_version()}, "
          f"{os.cpu_count()} CPUs, {platform.system()} {platform.release()}")
    print(f"corpus   {data}: {args.articles:,} articles, {size / 1e6:.1f} MB, "
          f"{len(manifest['planted_duplicates'])} planted near-duplicates, "
          f"{manifest['outlier_figures']:,} of {manifest['figures']:,} figures outliers, "
          f"{manifest['pinned']} pinned claims, {manifest['accepted']} acceptances, "
          f"{manifest.get('references', 0)} references")

    env = dict(os.environ)
    if project != ROOT:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(project / "src"), env.get("PYTHONPATH")]))
    cache = data / "cache"
    shutil.rmtree(cache, ignore_errors=True)
    cache.mkdir()
    env["FACTSHEET_CACHE_DIR"] = str(cache)
    runs: list[Measurement] = []
    for name in ("validation cold", "validation warm"):
        reports = data / f"reports-{name.split()[-1]}"
        shutil.rmtree(reports, ignore_errors=True)
        argv_ = [sys.executable, "-m", "pytest", "checks", "-q", "-p", "no:cacheprovider",
                 "--corpus", str(corpus), "--facts", str(facts), "--report-dir", str(reports),
                 *args.pytest_arg]
        run = measure(name, argv_, project, env, data / f"{name.replace(' ', '-')}.out")
        run.report = read_report(reports / "conflicts.json")
        runs.append(run)
    extract_cache = data / "cache-extract"
    shutil.rmtree(extract_cache, ignore_errors=True)
    extract_cache.mkdir()
    runs.append(measure("extraction alone",
                        [sys.executable, "-m", "factsheet.cli", "extract", str(corpus), "--json"],
                        project, {**env, "FACTSHEET_CACHE_DIR": str(extract_cache)}, None))

    runs.append(measure_pytest_floor(items_run(runs[1].output) or args.articles, data, env,
                                     args.pytest_arg))

    print()
    print_table(runs, args.articles, size)
    for run in runs:
        if run.report:
            summary = run.report.get("summary", {})
            shown = ", ".join(f"{key} {value:,}" for key, value in summary.items() if isinstance(value, int))
            print(f"{run.name}: {shown}")
    for run in runs:
        if run.exit_code != 0:
            print(f"\n{run.name}: exit status {run.exit_code}; last lines:")
            for line in tail(run.output, 4):
                print(f"  {line}")
    floor, warm = runs[-1], runs[1]
    print(f"\npytest floor: {items_run(floor.output) or 0:,} empty parametrized tests, as many as "
          f"validation warm ran, take {floor.wall:.2f} s and {floor.max_rss_mb:.0f} MB in this pytest; "
          f"validation warm is {warm.wall / floor.wall:.2f}x that, {warm.wall - floor.wall:.2f} s and "
          f"{warm.max_rss_mb - floor.max_rss_mb:.0f} MB more")
    print()
    compare_with_quantulum(corpus, project, args.skip_quantulum)
    return 0


_FLOOR_TEST = """\
import pytest


@pytest.mark.parametrize("number", range({count}))
def test_nothing(number):
    pass
"""


_OUTCOMES = re.compile(r"(\d+) (?:passed|failed|skipped|errors?|xfailed|xpassed)\b")


def items_run(output: Path | None) -> int | None:
    """How many items the pytest run whose output is ``output`` ran, from its last line."""
    for line in reversed(tail(output, 3)):
        counts = _OUTCOMES.findall(line)
        if counts and " in " in line:
            return sum(map(int, counts))
    return None


def measure_pytest_floor(count: int, data: Path, env: dict[str, str],
                         pytest_args: Sequence[str] = ()) -> Measurement:
    """The peer of the validation runs: pytest itself running ``count`` empty tests, as
    many as the warm validation ran items, with the same plugins and options. What
    pytest costs per item is a floor no rule of ours can go under."""
    floor = data / "pytest-floor"
    shutil.rmtree(floor, ignore_errors=True)
    floor.mkdir()
    (floor / "test_floor.py").write_text(_FLOOR_TEST.format(count=count), encoding="utf-8")
    argv = [sys.executable, "-m", "pytest", "test_floor.py", "-q", "-p", "no:cacheprovider",
            *pytest_args]
    return measure("pytest floor", argv, floor, env, data / "pytest-floor.out")


def ensure_corpus(data: Path, articles: int, seed: int) -> dict[str, Any]:
    """The manifest of the corpus in ``data``, generated first unless it is already there."""
    sys.path.insert(0, str(HERE))
    from generate_corpus import DEFAULT_OUTLIERS, GENERATOR_VERSION, source_fingerprint

    manifest_path = data / "manifest.json"
    if manifest_path.exists():
        manifest: dict[str, Any] = json.loads(manifest_path.read_text(encoding="utf-8"))
        made = (manifest.get("articles"), manifest.get("seed"), manifest.get("outliers_share"),
                manifest.get("generator"), manifest.get("fingerprint"))
        if made == (articles, seed, DEFAULT_OUTLIERS, GENERATOR_VERSION, source_fingerprint()):
            print(f"reusing  {data} (same N, seed and inputs)")
            return manifest
    data.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    subprocess.run([sys.executable, str(HERE / "generate_corpus.py"), "--articles", str(articles),
                    "--seed", str(seed), "--out", str(data)], check=True)
    print(f"generated in {time.perf_counter() - started:.1f} s")
    loaded: dict[str, Any] = json.loads(manifest_path.read_text(encoding="utf-8"))
    return loaded


# Spawns argv[2:], reaps it, writes "maxrss_kib cpu_seconds wall_seconds exit_status" to argv[1].
_LAUNCHER = """\
import os, sys, time
started = time.perf_counter()
pid = os.posix_spawnp(sys.argv[2], sys.argv[2:], os.environ)
_, status, usage = os.wait4(pid, 0)
wall = time.perf_counter() - started
code = os.waitstatus_to_exitcode(status)
with open(sys.argv[1], "w") as out:
    out.write(f"{usage.ru_maxrss} {usage.ru_utime + usage.ru_stime} {wall} {code}")
sys.exit(code if 0 <= code < 256 else 1)
"""


def measure(name: str, argv: list[str], cwd: Path, env: dict[str, str], output: Path | None) -> Measurement:
    """Run ``argv`` through the launcher; its wall time, CPU time and peak memory (see the docstring)."""
    with tempfile.NamedTemporaryFile("r", suffix=".rusage") as result, \
            open(output if output else os.devnull, "wb") as sink:
        launcher = subprocess.Popen([sys.executable, "-S", "-c", _LAUNCHER, result.name, *argv],
                                    cwd=cwd, env=env, stdout=sink, stderr=subprocess.STDOUT)
        sampler = TreeSampler(launcher.pid)
        sampler.start()
        launcher.wait()
        sampler.stop()
        fields = result.read().split()
    if len(fields) != 4:
        raise SystemExit(f"scale: could not run {argv[0]} (launcher exit status {launcher.returncode})")
    max_rss_kib, cpu, wall, code = int(fields[0]), float(fields[1]), float(fields[2]), int(fields[3])
    # Linux reports ru_maxrss in KiB.
    return Measurement(name, wall, cpu, max_rss_kib / 1024, sampler.peak_kib / 1024, code, output)


class TreeSampler(threading.Thread):
    """Peak of the summed VmRSS of a process's descendants (not itself), polled from /proc."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peak_kib = 0
        self._done = threading.Event()

    def run(self) -> None:
        while not self._done.is_set():
            self.peak_kib = max(self.peak_kib, sum(_rss_kib(p) for p in _tree(self.pid)[1:]))
            self._done.wait(POLL_SECONDS)

    def stop(self) -> None:
        self._done.set()
        self.join()


def _tree(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as children:
                    todo.extend(int(child) for child in children.read().split())
        except OSError:  # gone already, or no /proc
            continue
    return found


def _rss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def read_report(path: Path) -> dict[str, Any]:
    """Counts from a conflicts.json: claims, conflicts, summary (empty when it was not written)."""
    try:
        report = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {"claims": len(report.get("claims", ())), "conflicts": len(report.get("conflicts", ())),
            "summary": report.get("summary", {}), "bytes": path.stat().st_size}


def print_table(runs: list[Measurement], articles: int, size: int) -> None:
    header = (f"{'run':<17} {'wall s':>8} {'articles/s':>11} {'MB/s':>7} {'cpu s':>8} "
              f"{'peak MB':>8} {'tree MB':>8} {'exit':>4} {'claims':>8} {'conflicts':>9} {'json MB':>8}")
    print(header)
    print("-" * len(header))
    for run in runs:
        claims = f"{run.report['claims']:,}" if run.report else "-"
        conflicts = f"{run.report['conflicts']:,}" if run.report else "-"
        json_mb = f"{run.report['bytes'] / 1e6:.1f}" if run.report else "-"
        print(f"{run.name:<17} {run.wall:>8.2f} {articles / run.wall:>11,.0f} {size / 1e6 / run.wall:>7.2f} "
              f"{run.cpu:>8.2f} {run.max_rss_mb:>8.0f} {run.tree_mb:>8.0f} {run.exit_code:>4} "
              f"{claims:>8} {conflicts:>9} {json_mb:>8}")


def tail(path: Path | None, lines: int) -> list[str]:
    if path is None:
        return []
    with open(path, "rb") as handle:
        handle.seek(max(0, path.stat().st_size - 8192))
        text = handle.read().decode("utf-8", errors="replace")
    return [line[:200] for line in text.splitlines()[-lines:]]


def sample(corpus: Path) -> list[str]:
    """The first articles of the corpus, in file order, up to about 200 KB of text."""
    pieces: list[str] = []
    total = 0
    for path in sorted(corpus.iterdir()):
        if total >= SAMPLE_CHARS:
            break
        text = path.read_text(encoding="utf-8", errors="replace")
        pieces.append(text)
        total += len(text)
    return pieces


def chars_per_second(extract: Callable[[str], object], pieces: list[str], repeat: int) -> float:
    size = sum(map(len, pieces))
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        for piece in pieces:
            extract(piece)
        best = min(best, time.perf_counter() - started)
    return size / best


def compare_with_quantulum(corpus: Path, project: Path, skip: bool) -> None:
    """factsheet's and quantulum3's extraction speed on the same sample, in this process."""
    pieces = sample(corpus)
    size = sum(map(len, pieces))
    sys.path.insert(0, str(project / "src"))
    from factsheet.text.extract.mentions import extract_mentions

    ours = chars_per_second(extract_mentions, pieces, 3)
    print(f"sample   {size:,} characters in {len(pieces)} articles (in this process)")
    print(f"factsheet  extract_mentions {ours:>12,.0f} chars/s")
    if skip:
        print("quantulum3 skipped (--skip-quantulum)")
        return
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # it warns that its optional classifier is absent
            from quantulum3 import parser as quantulum
    except ImportError:
        print("quantulum3 is not installed, so there is no comparison: "
              "pip install -e '.[bench]' (or --skip-quantulum)")
        return

    def theirs(text: str) -> object:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return quantulum.parse(text)

    speed = chars_per_second(theirs, pieces, 1)
    print(f"quantulum3 parser.parse      {speed:>12,.0f} chars/s")
    print(f"factsheet / quantulum3 = {ours / speed:,.0f}x")


def describe(project: Path) -> str:
    """The commit and whether the library or rules have uncommitted changes ('not a git checkout')."""
    try:
        commit = subprocess.run(["git", "-C", str(project), "rev-parse", "--short", "HEAD"],
                                capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(project), "status", "--porcelain", "--", "src", "checks"],
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "not a git checkout"
    return f"commit {commit}{', with uncommitted changes in src/ or checks/' if dirty else ''}"


if __name__ == "__main__":
    raise SystemExit(main())
