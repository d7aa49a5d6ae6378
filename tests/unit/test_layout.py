"""The package's layout shows the data flow: each stage imports only from the stages
before it, and ARCHITECTURE.md names every module."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from .conftest import ROOT

PACKAGE = ROOT / "src" / "factsheet"
# Stages in data-flow order; a module may import from its own stage and those before it.
STAGES = ["shared", "text", "corpus", "sheets", "check", "report", "run", "front"]
SHARED = {"errors", "units", "numbers", "quantities", "currencies", "characters"}
FRONT = {"plugin", "cli", "rules", "suggest", "__init__"}


def _stage(module: str) -> str:
    """'factsheet.text.extract.mentions' -> 'text'."""
    first = module.split(".")[1] if "." in module else "__init__"
    if first in SHARED:
        return "shared"
    if first in FRONT:
        return "front"
    return first


def _module(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """The factsheet modules ``path`` imports, resolved to absolute names."""
    module = _module(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join([*base, *([node.module] if node.module else [])])
            else:
                target = node.module or ""
            if target.startswith("factsheet"):
                found.add(target)
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name.startswith("factsheet")}
    return found


MODULES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: _module(p))
def test_a_stage_imports_only_from_stages_before_it(path: Path) -> None:
    own = STAGES.index(_stage(_module(path)))
    later = {target for target in _imports(path) if STAGES.index(_stage(target)) > own}
    assert not later, f"{_module(path)} ({STAGES[own]}) imports from later stages: {sorted(later)}"


def test_architecture_names_every_module() -> None:
    text = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
    missing = [
        _module(path) for path in MODULES
        if path.name != "__init__.py" and f"`{path.stem}`" not in text
    ]
    assert not missing


def test_every_stage_folder_is_named_in_the_architecture() -> None:
    text = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
    folders = {p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    assert {folder for folder in folders if f"`{folder}/`" not in text} == set()
