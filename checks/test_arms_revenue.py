"""An example of a rule that relates facts: North Korea's shell sales.

002 says 250,000 rounds were sold at an estimated USD 1,000 per shell, and that
this is almost 1% of the country's GDP. Revenue divided by the reference GDP
must agree with the stated share, within the share fact's tolerance.
"""

from __future__ import annotations

import pytest

from factsheet import ClaimValue, Validation, display_value, judge
from factsheet.units import convert, parse_unit

SOLD = "dprk.shells_supplied"
PRICE = "dprk.shell_price"
SHARE = "dprk.shell_sales_share_of_gdp"
GDP = "dprk.gdp"
YEARLY = parse_unit("USD / year")


def test_shell_revenue_matches_stated_share_of_gdp(factsheet: Validation) -> None:
    defined = {result.fact.id for result in factsheet.results}
    missing = [fact_id for fact_id in (SOLD, PRICE, SHARE, GDP) if fact_id not in defined]
    if missing:
        pytest.skip(f"no fact sheet defines {', '.join(missing)}")
    gdp = factsheet.result(GDP).fact.reference
    assert gdp is not None, f"{GDP} needs a reference value"
    assert gdp.value.nominal is not None, f"{GDP}'s reference needs a point estimate"
    share_fact = factsheet.result(SHARE).fact
    checked = 0
    for share in factsheet.result(SHARE).claims:
        # Only figures the same article gives can be multiplied together.
        sold = _point_estimates(factsheet, SOLD, share.article)
        prices = _point_estimates(factsheet, PRICE, share.article)
        for count in sold:
            for price in prices:
                revenue = count * price  # USD, since price is USD / shell
                # The GDP fact is in USD / year; the share compares with one year's output.
                yearly_gdp = gdp.value.nominal * convert(1, factsheet.result(GDP).fact.unit, YEARLY)
                implied = ClaimValue.exact(revenue / yearly_gdp * 100)
                verdict = judge(implied, share.value, share_fact.tolerance)
                assert verdict is None, (
                    f"{share.article}: {count:,.0f} shells x USD {price:,.0f} = USD {revenue:,.0f}, "
                    f"which is {display_value(implied)}% of the reference GDP ({gdp.written}), "
                    f'but the article says "{share.quote}" ({verdict})'
                )
                checked += 1
    if not checked:
        pytest.skip("no article states shells sold, price per shell and share of GDP together")


def _point_estimates(factsheet: Validation, fact_id: str, article: str) -> list[float]:
    return [
        claim.value.nominal
        for claim in factsheet.result(fact_id).claims
        if claim.article == article and claim.value.nominal is not None
    ]
