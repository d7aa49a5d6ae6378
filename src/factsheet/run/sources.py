"""The package's own files, as far as a result depends on them: all of them for the
kept run (``code_fingerprint``), the modules the extractor imports for the
extraction cache (``module_files``).

The modules a module depends on are found by reading its ``import`` statements
(``ast``, nothing is imported), directly or through other modules of the package,
so a new module can never escape a cache key. A module's package ``__init__.py``
counts too (it runs first), except the top package's, which only re-exports.
"""

from __future__ import annotations

import ast
import hashlib
import sys
from collections.abc import Iterable, Iterator
from functools import cache
from importlib import metadata
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent.parent


def module_files(module: str, package_dir: Path = PACKAGE_DIR) -> tuple[Path, ...]:
    """The file of ``module`` (a dotted name in the package), of every package module it
    imports directly or indirectly, and the data files beside them (``units.txt``), sorted."""
    package = module.partition(".")[0]
    found: dict[str, Path] = {}
    waiting = [module]
    while waiting:
        name = waiting.pop()
        if name in found or name == package:
            continue
        path = _module_path(name, package_dir)
        if path is None:
            continue  # another distribution's module, or a name imported from a module
        found[name] = path
        waiting.extend(_imported_names(name, path))
        waiting.append(name.rpartition(".")[0])
    directories = {path.parent for path in found.values()}
    data = {path for directory in directories for path in directory.iterdir()
            if path.is_file() and path.suffix not in (".py", ".pyc")}
    return tuple(sorted({*found.values(), *data}))


def _module_path(name: str, package_dir: Path) -> Path | None:
    """The file of module ``name`` ('factsheet.numbers') under ``package_dir``, or None."""
    top, _, rest = name.partition(".")
    if top != package_dir.name or not rest:
        return None
    base = package_dir.joinpath(*rest.split("."))
    for path in (base.with_suffix(".py"), base / "__init__.py"):
        if path.is_file():
            return path
    return None


def _imported_names(name: str, path: Path) -> Iterator[str]:
    """Dotted names module ``name`` (at ``path``) may import: each ``from X import y``
    gives X and X.y, as y may be a module."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_bytes(), str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            source = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1])
                source = f"{base}.{source}" if source else base
            yield source
            yield from (f"{source}.{alias.name}" for alias in node.names)


def digest_files(paths: Iterable[Path], root: Path, seed: str = "") -> str:
    """SHA-256 of ``seed`` and of each file's name (relative to ``root``) and bytes."""
    digest = hashlib.sha256(seed.encode())
    for path in paths:
        digest.update(b"\0" + str(path.relative_to(root)).encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


@cache
def code_fingerprint() -> str:
    """The factsheet package's files and the versions of what the results depend on."""
    versions = "".join(f"\0{name}={_version(name)}" for name in ("pint", "PyYAML"))
    files = (path for path in sorted(PACKAGE_DIR.rglob("*"))
             if path.is_file() and "__pycache__" not in path.parts)
    return digest_files(files, PACKAGE_DIR, sys.version + versions)


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "unknown"
