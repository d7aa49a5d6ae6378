"""CONTRACTS.md documents every field, option and command the code writes or accepts (and the
README every pytest option).

A field added to conflicts.json or to `extract --json` without a line in CONTRACTS.md
fails here, and so does a documented field the code no longer writes.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
from typing import Any

import pytest

from factsheet import plugin
from factsheet.cli import build_parser, main

from .conftest import ROOT

CONTRACTS = (ROOT / "CONTRACTS.md").read_text(encoding="utf-8")
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _documented(row: str) -> set[str]:
    """Field names in the table rows of CONTRACTS.md whose first cell is ``row``."""
    fields: set[str] = set()
    for line in CONTRACTS.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) >= 3 and cells[0] == row:
            fields |= set(re.findall(r"`([a-z_]+)`", cells[1]))
    return fields


def _summary_documented() -> set[str]:
    line = next(line for line in CONTRACTS.splitlines() if line.startswith("| top | `summary`"))
    return set(re.findall(r"`([a-z_]+)`", line.split("|")[3]))


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """conflicts.json of the shipped corpus plus an article that conflicts with a reference
    and a stale acceptance, so that every optional object is present."""
    root = tmp_path_factory.mktemp("contracts")
    shutil.copytree(ROOT / "corpus", root / "corpus")
    shutil.copytree(ROOT / "facts", root / "facts")
    (root / "corpus" / "z.txt").write_text("North Korea has 900 main battle tanks.\n", encoding="utf-8")
    (root / "facts" / "extra.yaml").write_text(
        "facts:\n"
        "  - id: test.tanks\n"
        "    title: Tanks\n"
        "    unit: tank\n"
        "    tolerance: 5%\n"
        "    recognise: {nouns: [tanks], context: [North Korea]}\n"
        "    reference: {value: '3,500', source: a count}\n"
        "    accepted:\n"
        "      - between: [z, 000_331c2a0c2e350d37]\n"
        "        reason: a stale one\n",
        encoding="utf-8")
    out = root / "reports"
    main(["validate", "--corpus", str(root / "corpus"), "--facts", str(root / "facts"),
          "--report-dir", str(out), "--no-cache"])
    data: dict[str, Any] = json.loads((out / "conflicts.json").read_text(encoding="utf-8"))
    return data


def _keys(objects: list[dict[str, Any]]) -> set[str]:
    assert objects, "the report has objects of this kind"
    return set().union(*objects)


def test_top_level_fields_are_documented(report: dict[str, Any]) -> None:
    assert set(report) == _documented("top") | {"articles", "facts", "claims", "conflicts", "stale",
                                                  "sheet_errors", "warnings"}
    assert set(report["summary"]) == _summary_documented()


@pytest.mark.parametrize(("row", "key"), [("article", "articles"), ("fact", "facts"),
                                          ("claim", "claims"), ("conflict", "conflicts"),
                                          ("stale", "stale")])
def test_object_fields_are_documented(report: dict[str, Any], row: str, key: str) -> None:
    assert _keys(report[key]) == _documented(row)


def test_conflict_claims_are_claim_objects(report: dict[str, Any]) -> None:
    assert _keys([c for conflict in report["conflicts"] for c in conflict["claims"]]) == _documented("claim")


def test_reference_fields_are_documented(report: dict[str, Any]) -> None:
    reference = next(f["reference"] for f in report["facts"] if f["reference"])
    row = next(line for line in CONTRACTS.splitlines() if line.startswith("| fact | `reference`"))
    assert set(reference) == set(re.findall(r"\b([a-z_]+)\b", row.split("{")[1].split("}")[0]))


def test_extract_fields_are_documented(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(ROOT / "corpus"), "--json"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    section = CONTRACTS.split("### `factsheet extract --json`")[1].split("\n## ")[0]
    rows = [line.split("|")[1] for line in section.splitlines() if line.startswith("| `")]
    assert _keys(lines) == {field for row in rows for field in re.findall(r"`([a-z_]+)`", row)}


def _cli_options(parser: argparse.ArgumentParser) -> set[str]:
    options = {opt for action in parser._actions for opt in action.option_strings if opt.startswith("--")}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                options |= {f"command {name}"} | _cli_options(sub)
    return options - {"--help"}


@pytest.mark.parametrize("option", sorted(_cli_options(build_parser())))
def test_every_command_and_option_is_documented(option: str) -> None:
    if option.startswith("command "):
        assert f"factsheet {option.split()[1]} " in CONTRACTS
    else:
        assert re.search(rf"\[{re.escape(option)}\b|`{re.escape(option)}\b|{re.escape(option)} ", CONTRACTS)


class _Recorder:
    def __init__(self) -> None:
        self.options: list[str] = []

    def getgroup(self, name: str, description: str = "") -> _Recorder:
        return self

    def addoption(self, *names: str, **settings: object) -> None:
        self.options.extend(names)

    def addini(self, name: str, *args: object, **settings: object) -> None:
        self.options.append(name)


def _pytest_options() -> list[str]:
    recorder = _Recorder()
    plugin.pytest_addoption(recorder)  # type: ignore[arg-type]
    return recorder.options


@pytest.mark.parametrize("option", _pytest_options())
def test_every_pytest_option_is_documented(option: str) -> None:
    assert f"`{option}" in CONTRACTS
    assert f"`{option}" in README or f" {option} " in README


def test_no_doc_points_outside_the_repository() -> None:
    for path in [ROOT / "README.md", ROOT / "CONTRACTS.md", ROOT / "ARCHITECTURE.md",
                 *sorted((ROOT / "src").rglob("*.py"))]:
        text = path.read_text(encoding="utf-8")
        assert "DESIGN.md" not in text, path
        assert "../shared" not in text, path
