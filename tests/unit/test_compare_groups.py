"""Conflicts between positions: many sources stating one value, and facts with
thousands of claims (sorted and swept, not judged pair by pair)."""

from __future__ import annotations

import time
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from factsheet.check.compare import Claim, find_conflicts, judge, stale_acceptances
from factsheet.errors import Location
from factsheet.quantities import ClaimValue
from factsheet.sheets.records import Acceptance, Fact, Recogniser, Tolerance
from factsheet.units import parse_unit

HERE = Location(Path("facts/test.yaml"), 1)


def _fact(*accepted: tuple[str, str]) -> Fact:
    return Fact("f", "a fact", parse_unit("howitzer"), Tolerance(relative=0.05, text="5%"),
                Recogniser(("howitzers",)), (), (),
                tuple(Acceptance(frozenset(pair), "known", HERE) for pair in accepted), None, HERE)


def _claim(article: str, number: float, source: str | None = None) -> Claim:
    return Claim("f", article, source or article, ClaimValue.exact(number), str(number), "",
                 str(number), 0, 1, "auto")


def test_sources_stating_one_value_are_one_side_of_one_conflict() -> None:
    claims = [_claim("a", 20_000), _claim("b", 20_000), _claim("c", 30_000)]
    [conflict] = find_conflicts(_fact(), claims)
    assert [c.article for c in conflict.claims] == ["a", "b", "c"]
    assert conflict.severity == "contradiction"


def test_one_acceptance_covers_a_new_source_restating_an_accepted_value() -> None:
    claims = [_claim("a", 20_000), _claim("b", 20_000), _claim("c", 30_000)]
    fact = _fact(("a", "c"))
    [conflict] = find_conflicts(fact, claims)
    assert conflict.status == "accepted"
    assert stale_acceptances(fact, claims) == []


def test_an_acceptance_on_one_side_only_does_not_cover_the_conflict() -> None:
    claims = [_claim("a", 20_000), _claim("b", 20_000), _claim("c", 30_000)]
    fact = _fact(("a", "b"))
    [conflict] = find_conflicts(fact, claims)
    assert conflict.status == "new"
    assert [a.between for a in stale_acceptances(fact, claims)] == [frozenset({"a", "b"})]


def test_acceptance_across_a_middle_value_is_neither_stale_nor_lost() -> None:
    # 669 sits between 587 and 707: the sweep cuts twice, but a still disagrees with c.
    claims = [_claim("a", 587), _claim("b", 669), _claim("c", 707)]
    fact = _fact(("a", "c"))
    assert stale_acceptances(fact, claims) == []


def test_thousands_of_claims_make_one_conflict_per_disagreement() -> None:
    low = [_claim(f"low{i:04}", 20_000 + i / 10) for i in range(2_000)]
    high = [_claim(f"high{i:04}", 40_000 + i / 10) for i in range(2_000)]
    started = time.perf_counter()
    conflicts = find_conflicts(_fact(), [*low, *high])
    elapsed = time.perf_counter() - started
    [conflict] = conflicts
    assert len(conflict.claims) == 4_000
    assert conflict.severity == "contradiction"
    # Not a timing assertion on the machine: pairwise would judge 8 million pairs.
    assert elapsed < 30


@given(st.lists(st.integers(min_value=1, max_value=1_000), min_size=2, max_size=12))
def test_sweep_finds_a_conflict_exactly_when_pairwise_does(numbers: list[int]) -> None:
    claims = [_claim(f"s{i}", float(n)) for i, n in enumerate(numbers)]
    fact = _fact()
    pairwise = any(judge(a.value, b.value, fact.tolerance) for a in claims for b in claims)
    assert bool(find_conflicts(fact, claims)) == pairwise
