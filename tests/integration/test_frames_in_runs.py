"""A corpus that mixes actors, actions and modalities: only the claims whose frame fits
their fact are compared, the rest are reported as unsure or left alone."""

from __future__ import annotations

import json

from .conftest import ROOT, Project

SHEET = (ROOT / "tests" / "data" / "sheets" / "frames.yaml").read_text(encoding="utf-8")


def test_only_figures_whose_frame_fits_are_compared(project: Project) -> None:
    project.sheet("war", SHEET)
    project.article("a", "Russian forces fire about 10,000 shells a day, while Ukrainian crews fire 2,000.\n")
    project.article("b", "Kyiv says Russia fires 10,500 shells a day. Moscow plans to fire 40,000 a day.\n")
    project.article("c", "Europe's factories produce 30,000 shells a day.\n\nAnalysts disagree on the war. "
                         "The guns fire 25,000 shells a day.\n")
    project.article("d", "Pyongyang has shipped 1 million shells to Russia. Iran sent 300,000 shells.\n")
    project.article("e", "Moscow bought 3 million shells from North Korea, officials say.\n")
    result = project.run()
    result.stdout.fnmatch_lines(["*FAILED checks/*::test_no_new_conflicts[[]dprk.supplied[]]*"])
    assert "test_no_new_conflicts[russia.fired] FAILED" not in result.stdout.str()
    report = json.loads((project.path / "reports" / "conflicts.json").read_text(encoding="utf-8"))
    claims = sorted((c["fact"], c["article"], c["value"], c["actor"], c["action"]) for c in report["claims"])
    assert claims == [
        ("dprk.supplied", "d", 1_000_000.0, "North Korea", "supply"),
        ("dprk.supplied", "e", 3_000_000.0, "North Korea", "supply"),
        ("russia.fired", "a", 10_000.0, "Russia", "fire"),
        ("russia.fired", "b", 10_500.0, "Russia", "fire"),
        ("ukraine.fired", "a", 2_000.0, "Ukraine", "fire"),
    ]
    unsure = {(c["fact"], c["article"], c["why"]) for c in report["unsure"]}
    assert unsure == {(fact, "c", "the text does not say whose figure it is")
                      for fact in ("russia.fired", "ukraine.fired")}
    [conflict] = report["conflicts"]
    assert (conflict["fact"], conflict["sources"]) == ("dprk.supplied", ["d", "e"])
