"""Hypothesis strategies shared by the property tests."""

from __future__ import annotations

from hypothesis import strategies as st

from factsheet.quantities import QUALIFIER_TEXT, VAGUE, ClaimValue
from factsheet.sheets.records import Tolerance

# Reasonably sized numbers with up to four decimals, positive and negative.
NUMBERS = st.one_of(
    st.integers(min_value=-10**12, max_value=10**12).map(float),
    st.builds(lambda n, places: n / 10**places,
              st.integers(min_value=-10**9, max_value=10**9), st.integers(min_value=1, max_value=4)),
    st.floats(min_value=-1e9, max_value=1e9, allow_nan=False).filter(lambda x: x == 0 or abs(x) >= 1e-4),
)


def claim_values(numbers: st.SearchStrategy[float] = NUMBERS) -> st.SearchStrategy[ClaimValue]:
    """Every form a claim value takes: exact, qualified, a range, a vague plural."""
    return st.one_of(
        numbers.map(ClaimValue.exact),
        st.builds(ClaimValue.qualified, st.sampled_from(sorted(QUALIFIER_TEXT)), numbers),
        st.builds(ClaimValue.between, numbers, numbers),
        st.sampled_from(sorted(VAGUE)).map(lambda words: ClaimValue(None, *VAGUE[words], "vague")),
    )


CLAIM_VALUES = claim_values()

RELATIVE_TOLERANCES = st.one_of(
    st.sampled_from([0.0, 0.05, 0.1, 0.15, 0.25]),
    st.floats(min_value=0, max_value=0.99, allow_nan=False),
).map(lambda relative: Tolerance(relative=relative, text=f"{relative:.0%}"))

TOLERANCES = st.one_of(
    RELATIVE_TOLERANCES,
    st.floats(min_value=0, max_value=1e6, allow_nan=False).map(lambda a: Tolerance(absolute=a, text=str(a))),
    st.builds(lambda r, a: Tolerance(relative=r, absolute=a, text="both"),
              st.floats(min_value=0, max_value=0.99), st.floats(min_value=0, max_value=1e6)),
)
