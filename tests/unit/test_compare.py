from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factsheet.check.compare import Claim, Conflict, find_conflicts, judge, pinned_claim, stale_acceptances
from factsheet.errors import Location
from factsheet.quantities import ClaimValue, parse_value
from factsheet.sheets.loader import load_fact_sheet
from factsheet.sheets.records import REFERENCE, Acceptance, Fact, Recogniser, Reference, Tolerance
from factsheet.units import parse_unit

from .conftest import Workspace
from .strategies import CLAIM_VALUES, RELATIVE_TOLERANCES, TOLERANCES, claim_values

FIVE = Tolerance(relative=0.05, text="5%")
TEN = Tolerance(relative=0.10, text="10%")
HERE = Location(Path("facts/test.yaml"), 1)


def value(text: str) -> ClaimValue:
    return parse_value(text).value


def claim(article: str, written: str, source: str | None = None) -> Claim:
    return Claim("f", article, source or article, value(written), written, "", written, 0, len(written),
                 "pinned")


def accept(*sources: str) -> Acceptance:
    return Acceptance(frozenset(sources), "known", HERE)


def make_fact(tolerance: Tolerance = FIVE, accepted: tuple[Acceptance, ...] = (),
              reference: Reference | None = None) -> Fact:
    return Fact("f", "a fact", parse_unit("howitzer"), tolerance, Recogniser(("howitzers",)), (), (),
                accepted, reference, HERE)


@pytest.mark.parametrize(
    ("a", "b", "tolerance", "verdict"),
    [
        pytest.param("more than 20,000", "over 21,600", FIVE, "divergence", id="card-howitzers"),
        pytest.param("not less than 5,000", "20,000-60,000", TEN, "divergence", id="card-shells-per-day"),
        pytest.param("20,000-30,000", "40,000-50,000", TEN, "contradiction", id="disjoint-ranges"),
        pytest.param("250,000", "millions", TEN, "contradiction", id="count-below-vague-floor"),
        pytest.param("tens of thousands", "millions", TEN, "contradiction", id="vague-disjoint"),
        pytest.param("5,000", "20,000-60,000", TEN, "contradiction", id="point-below-range"),
        pytest.param("20,000", "22,000", FIVE, "contradiction", id="two-points-apart"),
        pytest.param("almost 1%", "1.5%", Tolerance(relative=0.15, text="15%"), "contradiction",
                     id="ceiling-below-point"),
        pytest.param("up to 100", "more than 110", FIVE, "contradiction", id="ceiling-below-floor"),
        pytest.param("about 20,000", "about 30,000", TEN, "divergence", id="estimates-apart"),
        pytest.param("about 70,000", "20,000-60,000", TEN, "divergence", id="estimate-above-range"),
        pytest.param("20,000", "20,500", FIVE, None, id="points-within-tolerance"),
        pytest.param("up to 100", "more than 104", FIVE, None, id="gap-within-tolerance"),
        pytest.param("about 40,000", "20,000-60,000", TEN, None, id="estimate-inside-range"),
        pytest.param("50,000", "tens of thousands", TEN, None, id="point-inside-vague"),
        pytest.param("more than 20,000", "millions", TEN, "divergence", id="estimate-below-vague-floor"),
        pytest.param("more than 2,000,000", "millions", TEN, None, id="floor-and-vague-agree"),
        pytest.param("1,000", "1,090", Tolerance(absolute=100, text="100"), None, id="absolute-within"),
        pytest.param("1,000", "1,200", Tolerance(absolute=100, text="100"), "contradiction",
                     id="absolute-beyond"),
        pytest.param("100", "100", Tolerance(text="0%"), None, id="equal-with-zero-tolerance"),
        pytest.param("100", "101", Tolerance(text="0%"), "contradiction", id="zero-tolerance"),
    ],
)
def test_judge(a: str, b: str, tolerance: Tolerance, verdict: str | None) -> None:
    assert judge(value(a), value(b), tolerance) == verdict
    assert judge(value(b), value(a), tolerance) == verdict


@pytest.mark.parametrize(
    ("tolerance", "a", "b", "allowed"),
    [
        pytest.param(FIVE, 20_000, 21_000, True, id="relative-to-the-larger"),
        pytest.param(FIVE, 20_000, 21_600, False, id="relative-beyond"),
        pytest.param(Tolerance(absolute=100, text="100"), 0, 100, True, id="absolute-edge"),
        pytest.param(Tolerance(relative=0.01, absolute=100, text="x"), 10**6, 10**6 + 5_000, True,
                     id="either-suffices"),
        pytest.param(Tolerance(text="0%"), -3, -3, True, id="zero-equal"),
    ],
)
def test_tolerance_allows(tolerance: Tolerance, a: float, b: float, allowed: bool) -> None:
    assert tolerance.allows(a, b) is allowed
    assert tolerance.allows(b, a) is allowed


def test_tolerance_widen_takes_the_larger_slack() -> None:
    assert Tolerance(relative=0.1, absolute=50, text="x").widen(-1_000) == 100
    assert Tolerance(relative=0.1, absolute=50, text="x").widen(100) == 50


def test_card_howitzers_conflict() -> None:
    a, b = claim("002", "over 21,600"), claim("000", "more than 20,000")
    (conflict,) = find_conflicts(make_fact(), [a, b])
    assert conflict.severity == "divergence"
    assert conflict.claims == (b, a)  # ordered by article
    assert conflict.sources == frozenset({"000", "002"})
    assert conflict.status == "new"
    assert conflict.acceptance is None


def test_claims_of_one_source_never_conflict() -> None:
    claims = [claim("000", "slightly more than half a million"), claim("000", "as high as 16 million")]
    assert judge(claims[0].value, claims[1].value, TEN) == "divergence"
    assert find_conflicts(make_fact(TEN), claims) == []


def test_a_duplicate_never_conflicts_with_its_original() -> None:
    claims = [claim("000", "20,000"), claim("001", "30,000", source="000")]
    assert find_conflicts(make_fact(), claims) == []


def test_a_duplicate_restating_its_original_is_counted_once() -> None:
    claims = [claim("000", "more than 20,000"), claim("001", "more than 20,000", source="000"),
              claim("002", "over 21,600")]
    (conflict,) = find_conflicts(make_fact(), claims)
    assert [c.article for c in conflict.claims] == ["000", "002"]


def test_acceptance_attaches_by_sources() -> None:
    acceptance = accept("000", "002")
    fact = make_fact(accepted=(acceptance,))
    claims = [claim("000", "more than 20,000"), claim("002", "over 21,600")]
    (conflict,) = find_conflicts(fact, claims)
    assert conflict.acceptance == acceptance
    assert conflict.status == "accepted"
    assert stale_acceptances(fact, claims) == []


def test_acceptance_naming_an_original_covers_its_duplicate() -> None:
    acceptance = accept("000", "002")
    claims = [claim("001", "more than 20,000", source="000"), claim("002", "over 21,600")]
    (conflict,) = find_conflicts(make_fact(accepted=(acceptance,)), claims)
    assert conflict.acceptance == acceptance


def test_acceptance_without_a_conflict_is_stale() -> None:
    live, stale = accept("000", "002"), accept("000", "003")
    fact = make_fact(accepted=(live, stale))
    claims = [claim("000", "more than 20,000"), claim("002", "over 21,600"), claim("003", "21,000")]
    conflicts = find_conflicts(fact, claims)
    # 003 agrees with 000 and stands on its side; 000 and 002 disagree (accepted).
    assert [(c.sides, c.status) for c in conflicts] == [
        ((frozenset({"000", "003"}), frozenset({"002"})), "accepted")]
    assert stale_acceptances(fact, claims) == [stale]


def test_every_acceptance_is_stale_when_sources_agree() -> None:
    acceptance = accept("000", "002")
    fact = make_fact(accepted=(acceptance,))
    conflicts = find_conflicts(fact, [claim("000", "21,000"), claim("002", "21,500")])
    assert conflicts == []
    assert stale_acceptances(fact, [claim("000", "21,000"), claim("002", "21,500")]) == [acceptance]


def test_claims_are_checked_against_the_reference() -> None:
    reference = Reference("about 30,000", value("about 30,000"), "a yearbook", HERE)
    acceptance = accept("000", REFERENCE)
    fact = make_fact(accepted=(acceptance,), reference=reference)
    claims = [claim("000", "more than 20,000"), claim("002", "about 29,000")]
    conflicts = find_conflicts(fact, claims)
    assert [(c.sources, c.severity, c.status) for c in conflicts] == [
        (frozenset({"000", "002"}), "divergence", "new"),
        (frozenset({"000", REFERENCE}), "divergence", "accepted"),
    ]
    conflict = conflicts[1]
    assert conflict == Conflict("f", "divergence", (claims[0],), reference, acceptance,
                                sides=(frozenset({"000"}), frozenset({REFERENCE})))
    assert conflict.sources == frozenset({"000", REFERENCE})


ARTICLES = {
    "000_depots": "Ukraine destroys roughly 20,000 rounds per month in Russian depots.\n",
    "001_floor": "Russia fires not less than 5,000 artillery shells per day.\n",
    "002_close": "Another estimate: 650 shells a day.\n",
}
RATE_SHEET = """\
facts:
  - id: russia.rate
    title: Russian shells per day
    unit: shell / day
    tolerance: 10%
    recognise:
      nouns: [shells, rounds]
    claims:
      - article: 000_depots
        quote: roughly 20,000 rounds per month
        value: roughly 20,000 rounds per month
      - article: 001_floor
        quote: not less than 5,000 artillery shells per day
        value: not less than 5,000
      - article: 002_close
        quote: 650 shells a day
        value: 650 shells a day
"""


def test_a_monthly_figure_compares_with_a_daily_one_after_conversion(workspace: Workspace) -> None:
    for name, text in ARTICLES.items():
        workspace.article(name, text)
    fact = load_fact_sheet(workspace.sheet("rates", RATE_SHEET), workspace.articles()).facts[0]
    claims = [pinned_claim(fact, pinned, pinned.article) for pinned in fact.claims]
    conflicts = find_conflicts(fact, claims)
    # 'roughly 20,000 a month' is about 657 a day: within 10% of 650 a day, so the two
    # stand together; 650 a day cannot hold with 'not less than 5,000' (contradiction).
    assert [(c.severity, c.sides) for c in conflicts] == [
        ("contradiction", (frozenset({"000_depots", "002_close"}), frozenset({"001_floor"}))),
    ]
    assert conflicts[0].claims[0].value.nominal == pytest.approx(657.08, abs=0.005)


@given(CLAIM_VALUES, CLAIM_VALUES, TOLERANCES)
def test_judge_is_symmetric(a: ClaimValue, b: ClaimValue, tolerance: Tolerance) -> None:
    assert judge(a, b, tolerance) == judge(b, a, tolerance)


@given(CLAIM_VALUES, TOLERANCES)
def test_a_value_agrees_with_itself(a: ClaimValue, tolerance: Tolerance) -> None:
    assert judge(a, a, tolerance) is None


@given(CLAIM_VALUES, CLAIM_VALUES, TOLERANCES, st.floats(min_value=0, max_value=1))
def test_more_tolerance_never_adds_a_conflict(
    a: ClaimValue, b: ClaimValue, tolerance: Tolerance, extra: float
) -> None:
    wider = Tolerance(min(0.99, tolerance.relative + extra), tolerance.absolute * (1 + extra), "wider")
    if judge(a, b, tolerance) is None:
        assert judge(a, b, wider) is None


# Scaling by a power of two is exact in binary floating point, so the verdict must not move at all.
@given(CLAIM_VALUES, CLAIM_VALUES, RELATIVE_TOLERANCES, st.integers(min_value=-20, max_value=20))
def test_scaling_by_a_power_of_two_keeps_the_verdict(
    a: ClaimValue, b: ClaimValue, tolerance: Tolerance, exponent: int
) -> None:
    factor = 2.0**exponent
    assert judge(a.scaled(factor), b.scaled(factor), tolerance) == judge(a, b, tolerance)


# Whole numbers times powers of ten, against tolerances in 64ths: every product is exact.
_WHOLE = st.integers(min_value=-10**6, max_value=10**6).map(float)
_SIXTY_FOURTHS = st.integers(min_value=0, max_value=63).map(
    lambda n: Tolerance(relative=n / 64, text=f"{n}/64")
)


@given(claim_values(_WHOLE), claim_values(_WHOLE), _SIXTY_FOURTHS, st.integers(min_value=0, max_value=6))
def test_scaling_by_a_power_of_ten_keeps_the_verdict(
    a: ClaimValue, b: ClaimValue, tolerance: Tolerance, exponent: int
) -> None:
    factor = 10.0**exponent
    assert judge(a.scaled(factor), b.scaled(factor), tolerance) == judge(a, b, tolerance)
