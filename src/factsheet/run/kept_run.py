"""The last run's validation, reused while nothing it was computed from has changed.

A warm run (no article, sheet or factsheet file changed since the last run over the
same directories) then looks at the files' metadata instead of reading the corpus,
extracting, matching and comparing again. What the result depends on, and how a
change is seen:

- every entry of the corpus and facts directories, by name, size, inode,
  modification and status-change times (``ctime`` moves on every write and cannot
  be set back); a file whose times are too close to when the last run looked at it
  is read and compared with the digest of what that run validated, as git does for
  "racily clean" files;
- the bytes of every sheet (small, so always hashed);
- the bytes of the factsheet package, the versions of pint, PyYAML and Python.

The result is pickled (trusted like ``__pycache__``: the cache directory belongs to
the project) behind a SHA-256 of its bytes, so a damaged file is rebuilt, never read
as a wrong result. The reports written from it are kept too: the same validation
gives the same conflicts.json, and the same page but for the run time.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from ..check.results import Validation
from ..report.html import run_time_text
from ..report.write import HTML_NAME, JSON_NAME, copy_atomically, write_atomically, write_reports
from .extraction_cache import ExtractionCache
from .pickling import dumps, loads
from .sources import code_fingerprint
from .validate import validate

FORMAT = 1
RACY_NS = 2_000_000_000  # files written this close to the last look are compared by content


@dataclass(frozen=True)
class Look:
    """The state of the inputs when a run started."""

    key: str  # code, sheet bytes, directories
    entries: dict[str, list[int]]  # "corpus/name" or "facts/name" -> [size, inode, mtime, ctime]
    at_ns: int


class RunCache:
    """One slot per pair of corpus and facts directories in the cache directory
    (``cache_dir`` None: no cache, every run validates in full)."""

    def __init__(self, cache_dir: Path | None, corpus_dir: Path, facts_dir: Path) -> None:
        self.cache_dir = cache_dir
        # As given: the validation's paths, and so its messages, are the caller's.
        self.corpus_given, self.facts_given = corpus_dir, facts_dir
        self.corpus_dir = corpus_dir.resolve()
        self.facts_dir = facts_dir.resolve()
        dirs = f"{self.corpus_dir}\0{self.facts_dir}".encode()
        slot = (cache_dir or Path()) / "runs" / hashlib.sha256(dirs).hexdigest()[:16]
        self.path = slot.with_suffix(".pickle")
        self._reports = slot.with_suffix(".reports")
        self.stamp: str | None = None  # the SHA-256 of the kept validation this run uses

    def validate(self, jobs: int = 1, progress: bool = False) -> Validation:
        """``validate`` through the extraction cache, or the last run's result when
        nothing it depends on has changed."""
        cache = ExtractionCache.open(self.cache_dir)
        try:
            # A cache that was set aside or bypassed is reported by a full run.
            usable = cache.path is not None and not cache.warnings
            look = self.look() if usable else None
            if look is not None:
                last = self.load(look)
                if last is not None:
                    return last
            validation = validate(self.corpus_given, self.facts_given, cache, jobs, progress)
            if look is not None and not cache.warnings:
                self.store(look, validation)
            return validation
        finally:
            cache.close()

    def write_reports(self, validation: Validation, directory: Path,
                      run_time: datetime | None = None) -> Path:
        """``report.write_reports``, copying the kept reports when they were written from
        this very validation; returns the page's path."""
        if self.stamp is None or run_time is None:
            return write_reports(validation, directory, run_time)
        kept = self._kept_reports()
        if kept is None:
            html_path = write_reports(validation, directory, run_time)
            self._keep_reports(directory, run_time)
            return html_path
        json_path, html, then = kept
        directory.mkdir(parents=True, exist_ok=True)
        html_path = directory / HTML_NAME
        copy_atomically(json_path, directory / JSON_NAME)
        write_atomically(html_path, html.replace(_time_tag(then), _time_tag(run_time)))
        return html_path

    def _kept_reports(self) -> tuple[Path, str, datetime] | None:
        try:
            header = json.loads((self._reports / "header.json").read_text(encoding="utf-8"))
            if header.get("stamp") != self.stamp:
                return None
            json_path, html_path = self._reports / JSON_NAME, self._reports / HTML_NAME
            if _file_digest(json_path) != header["json"] or _file_digest(html_path) != header["html"]:
                return None
            return json_path, html_path.read_text(encoding="utf-8"), datetime.fromisoformat(
                header["run_time"])
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    def _keep_reports(self, directory: Path, run_time: datetime) -> None:
        html = (directory / HTML_NAME).read_text(encoding="utf-8")
        if html.count(_time_tag(run_time)) != 1:
            return  # the run time cannot be told apart from the content: not kept
        temporary = self._reports.with_name(f".{self._reports.name}.{os.getpid()}.tmp")
        try:
            shutil.rmtree(temporary, ignore_errors=True)
            temporary.mkdir(parents=True)
            for name in (JSON_NAME, HTML_NAME):
                shutil.copyfile(directory / name, temporary / name)
            header = {"stamp": self.stamp, "run_time": run_time.isoformat(),
                      "json": _file_digest(temporary / JSON_NAME),
                      "html": _file_digest(temporary / HTML_NAME)}
            (temporary / "header.json").write_text(json.dumps(header), encoding="utf-8")
            shutil.rmtree(self._reports, ignore_errors=True)
            os.replace(temporary, self._reports)
        except OSError:
            shutil.rmtree(temporary, ignore_errors=True)

    def look(self) -> Look:
        at_ns = time.time_ns()
        entries = dict(_entries("corpus", self.corpus_dir))
        sheets = dict(_entries("facts", self.facts_dir))
        entries.update(sheets)
        key = hashlib.sha256()
        for part in (str(FORMAT), code_fingerprint(), os.getcwd(), str(self.corpus_given),
                     str(self.facts_given)):
            key.update(part.encode() + b"\0")
        for name in sorted(sheets):
            key.update(name.encode() + b"\0" + _digest(self.facts_dir / name.split("/", 1)[1]).encode())
        return Look(key.hexdigest(), entries, at_ns)

    def load(self, now: Look | None = None) -> Validation | None:
        """The stored validation if nothing it depends on changed since it was stored
        (``now``: the inputs as they are, when the caller has looked already); else None."""
        try:
            with open(self.path, "rb") as stream:
                header = json.loads(stream.readline())
                body = stream.read()
        except (OSError, ValueError):
            return None
        if not isinstance(header, dict) or header.get("format") != FORMAT:
            return None
        if hashlib.sha256(body).hexdigest() != header.get("body"):
            return None
        now = now or self.look()
        if now.key != header["key"] or now.entries != header["entries"]:
            return None
        validation = loads(body)
        if not isinstance(validation, Validation) or not self._still_the_same(header, validation):
            return None
        self.stamp = header["body"]
        return validation

    def _still_the_same(self, header: dict[str, Any], validation: Validation) -> bool:
        """Files changed too close to the last look for their times to tell: their bytes."""
        digests = {f"corpus/{a.path.name}": a.digest for a in validation.corpus.articles}
        recent = header["at_ns"] - RACY_NS
        for name, (_, _, mtime, ctime) in header["entries"].items():
            if name.startswith("corpus/") and max(mtime, ctime) >= recent:
                expected = digests.get(name)
                if expected is None or _digest(self.corpus_dir / name.split("/", 1)[1]) != expected:
                    return False
        return True

    def store(self, look: Look, validation: Validation) -> None:
        """Keep ``validation`` for the next run; a cache that cannot be written is skipped
        (the next run validates in full)."""
        body = dumps(validation)
        if body is None:
            return
        stamp = hashlib.sha256(body).hexdigest()
        header = {"format": FORMAT, "key": look.key, "entries": look.entries, "at_ns": look.at_ns,
                  "body": stamp}
        temporary = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with open(temporary, "wb") as stream:
                stream.write(json.dumps(header).encode() + b"\n")
                stream.write(body)
            os.replace(temporary, self.path)
        except OSError:
            temporary.unlink(missing_ok=True)
            return
        self.stamp = stamp


def _entries(prefix: str, directory: Path) -> Iterator[tuple[str, list[int]]]:
    try:
        listing = list(os.scandir(directory))
    except OSError:
        return
    for entry in listing:
        try:
            s = entry.stat(follow_symlinks=True)
        except OSError:
            yield f"{prefix}/{entry.name}", [-1, -1, -1, -1]
            continue
        yield f"{prefix}/{entry.name}", [s.st_size, s.st_ino, s.st_mtime_ns, s.st_ctime_ns]


def _time_tag(run_time: datetime) -> str:
    """How the page shows its run time (``report.html``); escaping keeps the content from
    ever holding a ``<time>`` element."""
    text = run_time_text(run_time)
    return f'<time datetime="{text}">{text}</time>'


def _file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        while block := stream.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def _digest(path: Path) -> str:
    """A file's digest; a FIFO, a device or a link to one is never opened (reading it could
    wait or run for ever: a FIFO in facts/ hung every run)."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return "not a regular file"
        return _file_digest(path)
    except OSError:
        return "unreadable"
