"""Fingerprints of what the harness outputs, to show that a refactor changed nothing.

    python benchmarks/fingerprint.py --out FILE [--synthetic N] [--seed 1] [--workdir DIR]

Runs ``factsheet extract DIR --json`` on the shipped corpus, every held-out set in
``tests/data`` and a seeded synthetic corpus of N articles (``generate_corpus.py``),
and ``factsheet validate`` on the shipped corpus and the synthetic one, each in a
child process with a fresh, empty cache directory and ``SOURCE_DATE_EPOCH`` pinned.
Writes one JSON object: for each output its SHA-256, its size and its line count.
Two files written before and after a change are compared with ``--compare A B``
(exit 1 when any output differs, naming it).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"


def _digest(data: bytes) -> dict[str, object]:
    return {"sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data), "lines": data.count(b"\n")}


def _run(args: list[str], cache: Path) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "FACTSHEET_CACHE_DIR": str(cache), "SOURCE_DATE_EPOCH": "1700000000"}
    return subprocess.run([sys.executable, "-m", "factsheet.cli", *args], env=env, capture_output=True,
                          check=False, cwd=ROOT)


def _extraction(corpus: Path, work: Path) -> dict[str, object]:
    done = _run(["extract", str(corpus), "--json"], Path(tempfile.mkdtemp(dir=work)))
    if done.returncode != 0:
        sys.exit(f"extract {corpus} failed: {done.stderr.decode()[-400:]}")
    # Article ids are file stems; the directory a corpus sits in is not part of the output.
    return _digest(done.stdout)


def _report(corpus: Path, facts: Path, work: Path) -> dict[str, object]:
    reports = Path(tempfile.mkdtemp(dir=work))
    done = _run(["validate", "--corpus", str(corpus), "--facts", str(facts), "--report-dir", str(reports)],
                Path(tempfile.mkdtemp(dir=work)))
    if done.returncode not in (0, 1):
        sys.exit(f"validate {corpus} failed: {done.stderr.decode()[-400:]}")
    return {"conflicts.json": _digest((reports / "conflicts.json").read_bytes()),
            "conflicts.html": _digest((reports / "conflicts.html").read_bytes()),
            "exit": done.returncode}


def fingerprint(synthetic: int, seed: int, work: Path) -> dict[str, object]:
    out: dict[str, object] = {}
    corpora = {"corpus": ROOT / "corpus"}
    corpora |= {held.name: held for held in sorted(DATA.iterdir())
                if held.is_dir() and any(held.glob("*.txt"))}
    if synthetic:
        generated = work / f"synthetic-{synthetic}-{seed}"
        if not generated.exists():
            subprocess.run([sys.executable, str(ROOT / "benchmarks" / "generate_corpus.py"), "--articles",
                            str(synthetic), "--seed", str(seed), "--out", str(generated)], check=True)
        corpora["synthetic"] = generated / "corpus"
    for name, corpus in corpora.items():
        out[f"extract {name}"] = _extraction(corpus, work)
        print(f"extract {name}: {out[f'extract {name}']}", file=sys.stderr)
    out["validate corpus"] = _report(ROOT / "corpus", ROOT / "facts", work)
    if synthetic:
        out["validate synthetic"] = _report(corpora["synthetic"], corpora["synthetic"].parent / "facts", work)
    return out


def compare(before: Path, after: Path) -> int:
    old, new = json.loads(before.read_text()), json.loads(after.read_text())
    differ = [key for key in sorted(old.keys() | new.keys()) if old.get(key) != new.get(key)]
    for key in differ:
        print(f"differs: {key}\n  before {old.get(key)}\n  after  {new.get(key)}")
    print(f"{len(old.keys() | new.keys()) - len(differ)} outputs identical, {len(differ)} differ")
    return 1 if differ else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path)
    parser.add_argument("--synthetic", type=int, default=10_000, metavar="N")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "factsheet-fingerprint")
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args()
    if args.compare:
        return compare(*args.compare)
    if args.out is None:
        parser.error("--out is required unless --compare is given")
    args.workdir.mkdir(parents=True, exist_ok=True)
    result = fingerprint(args.synthetic, args.seed, args.workdir)
    args.out.write_text(json.dumps(result, indent=1, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
