"""Money in other currencies: read with its currency, never taken for dollars, and made
the fact's at the rate the rate table gives for the claim's period."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factsheet.check.compare import Claim
from factsheet.currencies import CURRENCY_CODES, currency_in, in_dollars
from factsheet.errors import DimensionError, Location
from factsheet.run.validate import validate
from factsheet.sheets.rates import ExchangeRate, RateError, RateTable, load_rates, read_rates
from factsheet.text.extract import extract_mentions
from factsheet.text.extract.patterns import CURRENCIES
from factsheet.text.periods import Period
from factsheet.units import convert, parse_unit, registry

from .conftest import Workspace

TABLE = Path("facts/rates.csv")
SAID = "North Korea sells its shells to Russia at about {} per shell, analysts say.\n"


def _table(text: str) -> RateTable:
    return RateTable(tuple(read_rates(text, TABLE)))


def _on(day: str) -> Period:
    when = date.fromisoformat(day)
    return Period(when, when, "", False, "article")


# Reading ----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "written", "unit"),
    [
        ("Berlin ordered 155mm rounds worth €8.5bn from the maker.", "€8.5bn", "EUR"),
        ("London will spend £245m on artillery ammunition.", "£245m", "GBP"),
        ("The economy was worth 35.3 trillion won last year.", "35.3 trillion", "KRW"),
        ("Moscow set aside 13.2 trillion roubles for defence.", "13.2 trillion", "RUB"),
        ("Warsaw signed a PLN 12 billion contract.", "PLN 12 billion", "PLN"),
        ("Each shell now costs ₩4 million.", "₩4 million", "KRW / shell"),
    ],
)
def test_a_figure_in_another_currency_is_read_with_that_currency(sentence: str, written: str,
                                                                  unit: str) -> None:
    [mention] = [m for m in extract_mentions(sentence) if m.kind == "money"]
    assert (mention.text, mention.unit) == (written, unit)


def test_a_sign_that_names_several_currencies_is_money_of_no_known_currency() -> None:
    [mention] = [m for m in extract_mentions("The deal is worth ¥900 billion.") if m.kind == "money"]
    assert mention.unit is None  # yen or yuan: never converted at a guessed rate


def test_every_currency_the_extractor_reads_is_a_unit_of_its_own() -> None:
    for code in {c for c in CURRENCIES.values() if c and c != "US_dollar"}:
        assert code in CURRENCY_CODES
        assert dict(registry().get_dimensionality(code)) == {f"[currency_{code}]": 1}
    with pytest.raises(DimensionError):
        convert(1.0, parse_unit("EUR / shell"), parse_unit("USD / shell"))  # only at a dated rate


@given(st.sampled_from(sorted(CURRENCY_CODES)), st.sampled_from(["", " / shell", " / year", " / day"]))
def test_a_unit_in_another_currency_is_the_same_unit_in_dollars(code: str, per: str) -> None:
    assert currency_in(code + per) == code
    assert currency_in(in_dollars(code + per)) is None
    assert parse_unit(in_dollars(code + per)) == parse_unit("US_dollar" + per)


# The rate table ----------------------------------------------------------------------------

def test_the_shipped_table_says_where_each_rate_comes_from() -> None:
    table = load_rates(None)
    assert {"EUR", "GBP", "KRW", "RUB", "UAH", "JPY", "CNY"} <= table.currencies()
    assert all(rate.source and rate.usd_per_unit > 0 for rate in table.rates)
    rate = table.rate("KRW", _on("2023-07-26"))
    assert rate is not None
    assert rate.text == "2023"
    assert 1 / rate.usd_per_unit == pytest.approx(1306.7637)


def test_the_shortest_period_holding_the_figure_gives_its_rate_and_a_project_overrides() -> None:
    table = _table("currency,period,units_per_usd,usd_per_unit,source\n"
                   "EUR,2024,,1.08,yearly\n"
                   "EUR,2024-05,,1.10,monthly\n"
                   "EUR,2024-05-01/2024-05-10,,1.12,first days\n")
    assert table.rate("EUR", _on("2024-05-03")).usd_per_unit == 1.12  # type: ignore[union-attr]
    assert table.rate("EUR", _on("2024-05-20")).usd_per_unit == 1.10  # type: ignore[union-attr]
    assert table.rate("EUR", _on("2024-09-20")).usd_per_unit == 1.08  # type: ignore[union-attr]
    # a stretch counts by its middle: the summer of 2024 is in 2024
    summer = Period(date(2024, 6, 1), date(2024, 8, 31), "last summer")
    assert table.rate("EUR", summer).text == "2024"  # type: ignore[union-attr]
    project = RateTable(table.rates + tuple(read_rates(
        "currency,period,usd_per_unit,source\nEUR,2024,1.05,our own\n", Path("facts/rates.csv"))))
    assert project.rate("EUR", _on("2024-09-20")).source == "our own"  # type: ignore[union-attr]


def test_outside_the_table_the_nearest_rate_within_a_year_is_taken_and_said_so() -> None:
    table = _table("currency,period,units_per_usd,source\nKRW,2023,1306.76,Fed\n")
    near = table.rate("KRW", _on("2024-03-01"))
    assert near is not None
    assert near.nearest
    assert "the nearest in the table" in near.describe()
    assert table.rate("KRW", _on("2025-06-01")) is None
    assert table.rate("KRW", None) is None  # a figure of unknown time
    assert table.rate("GBP", _on("2023-03-01")) is None


@given(st.dates(date(2000, 1, 1), date(2040, 12, 31)), st.integers(0, 800),
       st.floats(0.0001, 10_000, allow_nan=False))
def test_a_rate_is_the_row_that_holds_the_day_or_none_further_than_a_year(
        start: date, days: int, value: float) -> None:
    end = start + timedelta(days=days)
    table = _table(f"currency,period,units_per_usd,source\nEUR,{start}/{end},{value},x\n")
    inside = start + timedelta(days=days // 2)
    assert table.rate("EUR", _on(str(inside))).usd_per_unit == pytest.approx(1 / value)  # type: ignore[union-attr]
    assert table.rate("EUR", _on(str(end + timedelta(days=367)))) is None
    assert table.rate("EUR", _on(str(start - timedelta(days=367)))) is None


@pytest.mark.parametrize(
    ("text", "error"),
    [
        pytest.param("currency,period,units_per_usd,source\nXYZ,2023,3,x\n",
                     "facts/rates.csv:2: currency 'XYZ' is not one the harness reads", id="unknown-currency"),
        pytest.param("currency,period,units_per_usd,source\nEUR,23/07,3,x\n",
                     "facts/rates.csv:2: period '23/07' must be a year, a month or a day", id="bad-period"),
        pytest.param("currency,period,units_per_usd,usd_per_unit,source\nEUR,2023,0.9,1.1,x\n",
                     "facts/rates.csv:2: give the rate in exactly one of", id="both-ways"),
        pytest.param("currency,period,units_per_usd,source\nEUR,2023,-3,x\n",
                     "facts/rates.csv:2: rate '-3' must be a positive number", id="negative"),
        pytest.param("currency,period,units_per_usd,source\nEUR,2023,0.9,\n",
                     "facts/rates.csv:2: say where the rate comes from", id="no-source"),
        pytest.param("currency,period,units_per_usd,source\nEUR,2023,0.9,x\nEUR,2023,0.8,y\n",
                     "facts/rates.csv:3: EUR 2023 has a rate already, on line 2; keep one", id="twice"),
        pytest.param("currency,when,rate\n", "facts/rates.csv:1: unknown column 'when'", id="column"),
    ],
)
def test_a_bad_rate_row_is_an_error_at_its_line(text: str, error: str) -> None:
    with pytest.raises(RateError) as raised:
        _table(text)
    assert str(raised.value).startswith(error)


# Through a whole run ----------------------------------------------------------------------

PRICE_SHEET = """\
        facts:
          - id: dprk.shell_price
            title: Price North Korea gets per shell
            unit: USD / shell
            tolerance: 10%
            changes_over_time: 1 year
            recognise: {nouns: [shell, shells], actor: North Korea, action: [sell, cost]}
"""


def _priced(workspace: Workspace, a: str, b: str) -> tuple[list[Claim], list[Claim], int]:
    workspace.article("a", SAID.format("$1,100"))
    workspace.article("b", SAID.format("€1,000"))
    workspace.dates(a=a, b=b)
    workspace.sheet("prices", PRICE_SHEET)
    validation = validate(workspace.corpus, workspace.facts)
    [result] = validation.results
    return list(result.claims), list(validation.unsure), len(result.conflicts)


def test_a_price_in_euros_is_compared_in_dollars_at_the_rate_of_its_time(workspace: Workspace) -> None:
    (workspace.facts / "rates.csv").write_text(
        "currency,period,usd_per_unit,source\nEUR,2023,1.08,test table\nEUR,2025,1.5,test table\n",
        encoding="utf-8")
    claims, unsure, conflicts = _priced(workspace, "2023-05-01", "2023-06-01")
    euro = next(c for c in claims if c.article == "b")
    assert euro.currency == "EUR"
    assert euro.rate is not None
    assert euro.rate.source == "test table"
    assert euro.value.nominal == pytest.approx(1080)
    assert conflicts == 0  # $1,100 and €1,000 (= $1,080 in 2023) agree within 10%
    assert unsure == []
    # the same figure two years later, at the rate of then, no longer does
    workspace.dates(a="2025-05-01", b="2025-06-01")
    [result] = validate(workspace.corpus, workspace.facts).results
    assert next(c for c in result.claims if c.article == "b").value.nominal == pytest.approx(1500)
    assert len(result.conflicts) == 1


def test_a_figure_with_no_rate_for_its_time_is_left_to_a_person(workspace: Workspace) -> None:
    claims, unsure, conflicts = _priced(workspace, "2031-05-01", "2031-06-01")
    assert [c.article for c in claims] == ["a"]
    [left] = unsure
    assert left.unconverted
    assert left.value.nominal == pytest.approx(1000)
    assert "no EUR rate within a year" in (left.why or "")
    assert "facts/rates.csv" in (left.why or "")
    assert conflicts == 0


def test_a_pinned_claim_in_another_currency_is_converted_too(workspace: Workspace) -> None:
    workspace.article("b", SAID.format("€1,000"))
    workspace.dates(b="2023-06-01")
    workspace.sheet("prices", PRICE_SHEET + """\
            claims:
              - article: b
                quote: "about €1,000"
                value: about EUR 1,000 per shell
        """)
    validation = validate(workspace.corpus, workspace.facts)
    assert validation.failures == ()
    [claim] = validation.results[0].claims
    assert claim.origin == "pinned"
    assert claim.rate is not None
    assert claim.rate.text == "2023"
    assert claim.value.nominal == pytest.approx(1000 * 1.0817)


def test_a_reference_in_another_currency_is_an_error_at_its_line(workspace: Workspace) -> None:
    workspace.sheet("prices", PRICE_SHEET + """\
            reference:
              value: EUR 1,000 per shell
              source: a test
        """)
    [failure] = validate(workspace.corpus, workspace.facts).failures
    assert "facts/prices.yaml:9" in str(failure)
    assert "is in EUR; write a reference in the fact's currency" in str(failure)


def test_an_exchange_rate_says_what_it_is() -> None:
    rate = ExchangeRate("EUR", date(2023, 1, 1), date(2023, 12, 31), 1.0817, "Fed G.5A", Location(TABLE, 2),
                        "2023")
    assert rate.describe() == "1 EUR = 1.0817 USD (2023; Fed G.5A)"


def test_an_economy_in_won_is_compared_in_dollars_of_its_year(workspace: Workspace) -> None:
    workspace.article("a", "North Korea's economy grew 3.1% in 2023 to 40.2 trillion won, the Bank of Korea "
                           "said.\n")
    workspace.article("b", "North Korea's GDP was about $28 billion in 2023, Seoul estimates.\n")
    workspace.dates(a="2024-07-26", b="2024-08-01")
    workspace.sheet("economy", """\
        facts:
          - id: dprk.gdp
            title: North Korea's annual gross domestic product
            unit: USD / year
            tolerance: 25%
            changes_over_time: 1 year
            recognise: {nouns: [GDP, economy], actor: North Korea, period: year}
        """)
    [result] = validate(workspace.corpus, workspace.facts).results
    won = next(c for c in result.claims if c.article == "a")
    assert won.currency == "KRW"
    assert won.rate is not None
    assert won.rate.text == "2023"  # the year the sentence names, not the article's
    assert won.value.nominal == pytest.approx(40.2e12 / 1306.7637, rel=1e-4)  # about $30.8 billion
    assert result.conflicts == ()  # within 25% of $28 billion
