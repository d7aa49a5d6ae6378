from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factsheet.text.spans import overlaps, overlaps_any


@pytest.mark.parametrize(
    ("span", "other", "expected"),
    [
        pytest.param((0, 5), (4, 9), True, id="sharing-a-character"),
        pytest.param((0, 5), (5, 9), False, id="touching-ends-do-not-overlap"),
        pytest.param((2, 3), (0, 9), True, id="inside"),
        pytest.param((3, 3), (0, 9), True, id="empty-inside"),
        pytest.param((0, 5), (7, 9), False, id="apart"),
    ],
)
def test_overlaps(span: tuple[int, int], other: tuple[int, int], expected: bool) -> None:
    assert overlaps(*span, *other) is expected


def test_overlaps_any() -> None:
    assert overlaps_any(4, 6, [(0, 2), (5, 8)])
    assert not overlaps_any(4, 6, [(0, 4), (6, 8)])
    assert not overlaps_any(4, 6, [])


spans = st.tuples(st.integers(0, 50), st.integers(0, 50)).map(sorted).map(tuple)


@given(spans, spans)
def test_overlap_is_symmetric(a: tuple[int, int], b: tuple[int, int]) -> None:
    assert overlaps(*a, *b) is overlaps(*b, *a)
