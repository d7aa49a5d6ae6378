from __future__ import annotations

import itertools
import random
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factsheet.text.extract.mentions import Mention, extract_mentions

N = None


def mention_at(sentence: str, span: str) -> Mention:
    """The one mention whose text is ``span``; fails listing what was found."""
    found = [m for m in extract_mentions(sentence) if m.text == span]
    assert len(found) == 1, [(m.text, m.kind) for m in extract_mentions(sentence)]
    return found[0]


def check(sentence: str, span: str, nominal: float | None, low: float | None, high: float | None,
          unit: str | None, kind: str) -> None:
    m = mention_at(sentence, span)
    assert sentence[m.start : m.end] == span
    assert (m.value.nominal, m.value.low, m.value.high) == (nominal, low, high)
    assert (m.unit, m.kind) == (unit, kind)



COUNTS = [
    pytest.param("The plant turned out two-thousand-300 shells last week.", "two-thousand-300",
                 2300, 2300, 2300, "shell", "count", id="number-words-with-digits"),
    pytest.param("Seoul says the North keeps 21,600 howitzers near the border.", "21,600",
                 21600, 21600, 21600, "howitzer", "count", id="thousands-separator"),
    pytest.param("Warsaw ordered 1,000,000 rounds from local plants.", "1,000,000",
                 1e6, 1e6, 1e6, "shell", "count", id="two-separators"),
    pytest.param("Officials counted 250000 rounds in the depot.", "250000",
                 250000, 250000, 250000, "shell", "count", id="no-separator"),
    pytest.param("Russia produced 20 000 shells in May.", "20 000",
                 20000, 20000, 20000, "shell", "count", id="space-separated-thousands"),
    pytest.param("The depot held 2.5 million shells.", "2.5 million",
                 2.5e6, 2.5e6, 2.5e6, "shell", "count", id="decimal-with-scale"),
    pytest.param("Pyongyang has shipped 1m shells, Seoul said.", "1m",
                 1e6, 1e6, 1e6, "shell", "count", id="glued-short-scale"),
    pytest.param("The regiment lost two tanks and a dozen howitzers.", "two",
                 2, 2, 2, "tank", "count", id="number-word"),
    pytest.param("The regiment lost two tanks and a dozen howitzers.", "a dozen",
                 12, 12, 12, "howitzer", "count", id="a-dozen"),
    pytest.param("Kyiv has received half a million rounds this year.", "half a million",
                 5e5, 5e5, 5e5, "shell", "count", id="half-a-million"),
    pytest.param("A quarter of a million people fled the city.", "A quarter of a million",
                 2.5e5, 2.5e5, 2.5e5, "person", "count", id="a-quarter-of-a-million"),
    pytest.param("The North fields over 21,600 artillery pieces.", "over 21,600",
                 21600, 21600, N, "artillery_piece", "count", id="over"),
    pytest.param("Analysts count more than 3,000 Korean-built tanks.", "more than 3,000",
                 3000, 3000, N, "tank", "count", id="more-than-across-modifier"),
    pytest.param("It has slightly more than 500 launchers.", "slightly more than 500",
                 500, 500, N, "multiple_rocket_launcher", "count", id="slightly-more-than"),
    pytest.param("At least 10 people died in the strike.", "At least 10",
                 10, 10, N, "person", "count", id="at-least-capitalised"),
    pytest.param("The army needs not less than 1,500 guns.", "not less than 1,500",
                 1500, 1500, N, "artillery_piece", "count", id="not-less-than"),
    pytest.param("The launcher carries up to 12 missiles.", "up to 12",
                 12, N, 12, "missile", "count", id="up-to"),
    pytest.param("Estimates went as high as 40,000 tanks.", "as high as 40,000",
                 40000, N, 40000, "tank", "count", id="as-high-as"),
    pytest.param("Ukraine received fewer than 50,000 rounds in March.", "fewer than 50,000",
                 50000, N, 50000, "shell", "count", id="fewer-than"),
    pytest.param("Nearly 1.2 million soldiers serve in the KPA.", "Nearly 1.2 million",
                 1.2e6, N, 1.2e6, "person", "count", id="nearly"),
    pytest.param("North Korea has almost 70 submarines.", "almost 70",
                 70, N, 70, "ship", "count", id="almost"),
    pytest.param("Roughly 11,000 troops were deployed to Kursk.", "Roughly 11,000",
                 11000, N, N, "person", "count", id="roughly"),
    pytest.param("Some 4,000 troops crossed the river.", "Some 4,000",
                 4000, N, N, "person", "count", id="some"),
    pytest.param("It holds an estimated 300 armoured vehicles.", "an estimated 300",
                 300, N, N, "vehicle", "count", id="an-estimated"),
    pytest.param("The stockpile is 20+ million shells.", "20+ million",
                 2e7, 2e7, N, "shell", "count", id="plus-sign"),
    pytest.param("He said 50-odd drones arrived.", "50-odd",
                 50, N, N, "drone", "count", id="odd"),
    pytest.param("Kyiv fields 5,000 multiple rocket launch systems.", "5,000",
                 5000, 5000, 5000, "multiple_rocket_launcher", "count", id="multiword-unit"),
    pytest.param("Minsk has about 900 rocket artillery systems.", "about 900",
                 900, N, N, "multiple_rocket_launcher", "count", id="rocket-artillery-is-no-missile"),
    pytest.param("The army fields 300 multiple launch rocket systems.", "300",
                 300, 300, 300, "multiple_rocket_launcher", "count", id="mlrs-spelled-out"),
    pytest.param("Ukraine destroyed 412 pieces of Russian artillery.", "412",
                 412, 412, 412, "artillery_piece", "count", id="pieces-of-artillery"),
    pytest.param("It sent 12 units of armored vehicles.", "12",
                 12, 12, 12, "vehicle", "count", id="units-of"),
    pytest.param("The factory ships 9,000 artillery shells.", "9,000",
                 9000, 9000, 9000, "shell", "count", id="artillery-shells"),
    pytest.param("A brigade had 40 T-90M tanks left.", "40",
                 40, 40, 40, "tank", "count", id="noun-across-name"),
    pytest.param("It fired two short-range ballistic missiles.", "two",
                 2, 2, 2, "missile", "count", id="noun-across-adjectives"),
    pytest.param("The air force has 400 fighter jets.", "400",
                 400, 400, 400, "aircraft", "count", id="compound-head"),
    pytest.param("It bought 90 Stryker armored personnel carriers.", "90",
                 90, 90, 90, N, "count", id="unknown-noun"),
    pytest.param("The deal covers 1950 shells, not 1,950 tanks.", "1950",
                 1950, 1950, 1950, "shell", "count", id="year-like-number-with-noun"),
    pytest.param("Seoul sent 1 million 105mm rounds.", "1 million",
                 1e6, 1e6, 1e6, "shell", "count", id="scale-word-then-caliber"),
    pytest.param("The plant built 12 thous. drones last year.", "12 thous.",
                 12000, 12000, 12000, "drone", "count", id="thous-abbreviation"),
    pytest.param("The ministry sold 7 mln. shells.", "7 mln.",
                 7e6, 7e6, 7e6, "shell", "count", id="mln-abbreviation-with-stop"),
    pytest.param("Russia fired some 3 million rounds of 122mm and 152mm ammunition.", "some 3 million",
                 3e6, N, N, "shell", "count", id="rounds-of-calibers-ammunition"),
    pytest.param("The army added 120 more tanks this spring.", "120",
                 120, 120, 120, "tank", "count", id="more-between-number-and-noun"),
    pytest.param("The brigade sent 300 additional troops.", "300",
                 300, 300, 300, "person", "count", id="additional-between-number-and-noun"),
    pytest.param("Engineers repaired 40 of the 155mm howitzers.", "40",
                 40, 40, 40, "howitzer", "count", id="partitive-of-the"),
    pytest.param("Oslo shipped 8 Marder 1 howitzers by rail.", "8",
                 8, 8, 8, "howitzer", "count", id="across-a-models-name-and-mark"),
    pytest.param("Madrid sent 6 Centauro 2A4 tanks.", "6",
                 6, 6, 6, "tank", "count", id="across-a-models-mark-with-its-variant"),
    pytest.param("They rotate three twelve-hour shifts.", "three",
                 3, 3, 3, N, "count", id="number-word-before-hyphenated-measure"),
]


@pytest.mark.parametrize(("sentence", "span", "nominal", "low", "high", "unit", "kind"), COUNTS)
def test_counts(sentence: str, span: str, nominal: float | None, low: float | None,
                high: float | None, unit: str | None, kind: str) -> None:
    check(sentence, span, nominal, low, high, unit, kind)


# Constructions found in held-out text from other outlets, each with sentences of our own.
OTHER_OUTLETS = [
    pytest.param("Suppliers now ask USD 3,000 per shell or more.", "USD 3,000",
                 3000, 3000, N, "US_dollar / shell", "money", id="or-more-after-the-price"),
    pytest.param("The crews fire 2,000 or more shells a day.", "2,000",
                 2000, 2000, N, "shell / day", "rate", id="or-more-before-the-noun"),
    pytest.param("Kyiv lost 40 or so tanks.", "40",
                 40, N, N, "tank", "count", id="or-so-is-about"),
    pytest.param("Kyiv lost some 40 or so tanks.", "some 40",
                 40, N, N, "tank", "count", id="or-so-after-a-qualifier"),
    pytest.param("Kyiv wants 500 launchers or fewer.", "500",
                 500, N, 500, "multiple_rocket_launcher", "count", id="or-fewer-is-at-most"),
    pytest.param("Berlin handed over a couple of Gepard anti-aircraft guns.", "a couple",
                 2, 2, 2, "anti_aircraft_gun", "count", id="a-couple-of-and-handed-over"),
    pytest.param("The county asked for a couple of million dollars.", "a couple of million",
                 2e6, 2e6, 2e6, "US_dollar", "money", id="a-couple-of-million"),
    pytest.param("Germany has handed over 14 tanks.", "14",
                 14, 14, 14, "tank", "count", id="handed-over-is-no-qualifier"),
    pytest.param("Taxes made up 30 to 40 percent of the budget.", "30 to 40",
                 N, 30, 40, "percent", "percent", id="made-up-is-no-change"),
    pytest.param("Oslo pledged NOK 1.6 billion for air defence.", "NOK 1.6 billion",
                 1.6e9, 1.6e9, 1.6e9, "NOK", "money", id="iso-currency-code"),
    pytest.param("Canberra signed an A$2.5 billion deal.", "A$2.5 billion",
                 2.5e9, 2.5e9, 2.5e9, "AUD", "money", id="prefixed-dollar"),
    pytest.param("The contracts are worth nine and a half million pounds.", "nine and a half million",
                 9.5e6, 9.5e6, 9.5e6, N, "money", id="and-a-half-million-pounds"),
    pytest.param("The plant delivered twelve and a half thousand drones.", "twelve and a half thousand",
                 12500, 12500, 12500, "drone", "count", id="and-a-half-thousand"),
    pytest.param("The siege lasted two and a half years.", "two and a half",
                 2.5, 2.5, 2.5, "year", "duration", id="and-a-half-alone"),
    pytest.param("Wages bring three-quarters of a million pounds.", "three-quarters of a million",
                 750_000, 750_000, 750_000, N, "money", id="fraction-of-a-million"),
    pytest.param("It weighs 2,000 pounds of explosives.", "2,000",
                 2000, 2000, 2000, N, "count", id="pounds-of-is-a-weight"),
    pytest.param("The town has had it since 1911\n\nShell plant to expand", "1911",
                 1911, 1911, 1911, N, "date", id="noun-never-across-a-blank-line"),
    pytest.param("It is compatible with PzH 2000 howitzers.", None,
                 N, N, N, N, "name", id="mixed-case-designator-is-a-name"),
    pytest.param("Russia exports 3.4 million barrels of crude a day.", "3.4 million",
                 3.4e6, 3.4e6, 3.4e6, N, "rate", id="rate-after-of-noun"),
    pytest.param("Guns were held to about 15 rounds each per day.", "about 15",
                 15, N, N, "shell / day", "rate", id="each-before-the-rate"),
    pytest.param("Seize at least 50 tankers each quarter.", "at least 50",
                 50, 50, N, "ship / quarter_year", "rate", id="per-quarter"),
    pytest.param("Air defences shot down 170 of the 188 drones.", "170",
                 170, 170, 170, "drone", "count", id="partitive-with-the-whole-counted"),
    pytest.param("The line runs twenty-four hours a day.", "twenty-four",
                 24, 24, 24, "hour", "duration", id="hours-a-day-is-a-duration"),
    pytest.param("Spending rose in the 2024 fiscal year.", "2024",
                 2024, 2024, 2024, N, "date", id="fiscal-year-is-a-date"),
    pytest.param("Orders reached Rs 4,860 crore.", "Rs 4,860 crore",
                 4.86e10, 4.86e10, 4.86e10, N, "money", id="rupees-crore"),
    pytest.param("The budget is ₹1.84 lakh crore.", "₹1.84 lakh crore",
                 1.84e12, 1.84e12, 1.84e12, "INR", "money", id="lakh-crore"),
    pytest.param("The sector employs about 2.5 lakh people.", "about 2.5 lakh",
                 2.5e5, N, N, "person", "count", id="lakh-people"),
    pytest.param("We are putting two point five million pounds into it.", "two point five million",
                 2.5e6, 2.5e6, 2.5e6, N, "money", id="spoken-decimal"),
    pytest.param("We cut it to a hundred and fifty days.", "a hundred and fifty",
                 150, 150, 150, "day", "duration", id="a-hundred-and-fifty"),
    pytest.param("It cost $3.7 million two years earlier.", "$3.7 million",
                 3.7e6, 3.7e6, 3.7e6, "US_dollar", "money", id="scale-then-another-number"),
    pytest.param("It will reach between EUR 14 billion and EUR 16 billion.",
                 "between EUR 14 billion and EUR 16 billion",
                 N, 1.4e10, 1.6e10, "EUR", "money", id="currency-on-both-ends"),
    pytest.param("Covering 3-9 June, the report", "3-9 June",
                 N, 3, 9, N, "date", id="day-range-before-month"),
    pytest.param("Plants will ramp up to 24 aircraft per year.", "24",
                 24, 24, 24, "aircraft / year", "rate", id="ramp-up-to-is-no-qualifier"),
    pytest.param("Russia can build up to 300 drones a week.", "up to 300",
                 300, N, 300, "drone / week", "rate", id="build-up-to-is-a-qualifier"),
    pytest.param("Roughly one in five recruits quits.", "Roughly one in five",
                 0.2, N, N, N, "other", id="qualified-ratio"),
    pytest.param("The flaw, CVE-2021-44228, is old.", None,
                 N, N, N, N, "name", id="code-with-two-numbers"),
    pytest.param("It bought one hundred and fifty-seven drones.", "one hundred and fifty-seven",
                 157, 157, 157, "drone", "count", id="hundred-and-tens-units"),
    pytest.param("It makes about a hundred thousand a month.", "about a hundred thousand",
                 1e5, N, N, N, "rate", id="a-hundred-thousand"),
    pytest.param("Each costs between twenty thousand and fifty thousand dollars.",
                 "between twenty thousand and fifty thousand",
                 N, 20_000, 50_000, "US_dollar", "money", id="and-never-joins-the-same-scale"),
    pytest.param("The budget is two-point-four billion dollars.", "two-point-four billion",
                 2.4e9, 2.4e9, 2.4e9, "US_dollar", "money", id="hyphenated-spoken-decimal"),
    pytest.param("In 2000 five tanks were lost.", "2000",
                 2000, 2000, 2000, N, "date", id="digits-then-a-number-word-are-two-numbers"),
    pytest.param("In 2000 five tanks were lost.", "five",
                 5, 5, 5, "tank", "count", id="the-second-number-counts-the-noun"),
    pytest.param("Nairobi pledged Sh1.2 billion.", "Sh1.2 billion",
                 1.2e9, 1.2e9, 1.2e9, N, "money", id="shillings-glued"),
    pytest.param("Aid rose from $20m in 2022 to US$57 million.", "2022",
                 2022, 2022, 2022, N, "date", id="a-year-is-no-range-to-an-amount"),
    pytest.param("Premiums run at 0.7% to 1% of hull value.", "0.7% to 1%",
                 N, 0.7, 1, "percent", "percent", id="percent-range-signed-twice"),
    pytest.param("Clause 12 was read; see page 7.", None,
                 N, N, N, N, "name", id="references-are-names"),
    pytest.param("Shares trade at well over 10x earnings.", "well over 10x",
                 10, 10, N, N, "other", id="glued-multiplier"),
    pytest.param("Insurers saw north of 100 ships.", "north of 100",
                 100, 100, N, "ship", "count", id="north-of"),
    pytest.param("A contract worth £1bn over five years.", "five",
                 5, 5, 5, "year", "duration", id="over-a-period"),
    pytest.param("The war has lasted over two years.", "over two",
                 2, 2, N, "year", "duration", id="over-is-more-than-after-a-verb"),
    pytest.param("Trains carried 3,4 million rounds east.", "3,4 million",
                 3.4e6, 3.4e6, 3.4e6, "shell", "count", id="a-decimal-comma-before-a-scale"),
    pytest.param("The depot held 3,400 rounds.", "3,400",
                 3400, 3400, 3400, "shell", "count", id="a-thousands-comma-is-no-decimal"),
    pytest.param("Trains carried 2 million 12-centimetre rounds.", "2 million",
                 2e6, 2e6, 2e6, "shell", "count", id="a-caliber-in-centimetres-inside-a-noun-phrase"),
    pytest.param("View\nDate:2025-04-13 21:54:51\nSeoul", None, N, N, N, N, "name",
                 id="a-date-whose-year-is-glued-to-a-label"),
    pytest.param("The bank put output at approximately 26-point-6 billion U.S. dollars.",
                 "approximately 26-point-6 billion", 26.6e9, N, N, "US_dollar", "money",
                 id="a-broadcasters-decimal-and-us-dollars"),
    pytest.param("Trains carried 2 million 12-centimetre rounds.", "12-centimetre",
                 120, 120, 120, "millimeter", "caliber", id="a-caliber-in-centimetres"),
]


@pytest.mark.parametrize(("sentence", "span", "nominal", "low", "high", "unit", "kind"), OTHER_OUTLETS)
def test_other_outlets(sentence: str, span: str | None, nominal: float | None, low: float | None,
                       high: float | None, unit: str | None, kind: str) -> None:
    if span is None:  # a name: nothing in the sentence is a quantity
        assert extract_mentions(sentence) == []
        return
    check(sentence, span, nominal, low, high, unit, kind)


def test_calibers_inside_a_noun_phrase_are_separate_and_never_counts() -> None:
    sentence = "It keeps more than 9,000 Soviet-designed 122mm, 130mm and 152mm guns."
    found = [(m.text, m.kind, m.unit) for m in extract_mentions(sentence)]
    assert found == [
        ("more than 9,000", "count", "artillery_piece"),
        ("122mm", "caliber", "millimeter"),
        ("130mm", "caliber", "millimeter"),
        ("152mm", "caliber", "millimeter"),
    ]


RATES = [
    pytest.param("Crews fire 12.5 thousand rounds a day along the front.", "12.5 thousand",
                 12500, 12500, 12500, "shell / day", "rate", id="a-day"),
    pytest.param("Ukraine fires about 6,000 rounds daily, officials say.", "about 6,000",
                 6000, N, N, "shell / day", "rate", id="daily"),
    pytest.param("Plants make 28,000 155mm shells per month.", "28,000",
                 28000, 28000, 28000, "shell / month", "rate", id="per-month-across-caliber"),
    pytest.param("Russia used no fewer than 10,000 artillery shells fired per day.", "no fewer than 10,000",
                 10000, 10000, N, "shell / day", "rate", id="participle-before-rate"),
    pytest.param("The goal is 2,000 to 2,500 drones annually.", "2,000 to 2,500",
                 N, 2000, 2500, "drone / year", "rate", id="range-annually"),
    pytest.param("Output reached 250,000 shells a year.", "250,000",
                 250000, 250000, 250000, "shell / year", "rate", id="a-year"),
    pytest.param("Gunners fired 40,000–50,000 rounds per day in June.", "40,000–50,000",
                 N, 40000, 50000, "shell / day", "rate", id="en-dash-range-per-day"),
    pytest.param("Losses run at 1,200 a day.", "1,200",
                 1200, 1200, 1200, N, "rate", id="rate-without-noun"),
    pytest.param("They launch 30 drones every week.", "30",
                 30, 30, 30, "drone / week", "rate", id="every-week"),
    pytest.param("Plants make 20 to 60 thous. shells a month.", "20 to 60 thous.",
                 N, 20000, 60000, "shell / month", "rate", id="range-with-thous"),
    pytest.param("The plant makes 3 mln shells per year.", "3 mln",
                 3e6, 3e6, 3e6, "shell / year", "rate", id="mln-per-year"),
    pytest.param("The works turn out a daily 120 drones.", "120",
                 120, 120, 120, "drone / day", "rate", id="a-daily-before-the-number"),
    pytest.param("Kyiv now builds an annual 1.5 million drones.", "1.5 million",
                 1.5e6, 1.5e6, 1.5e6, "drone / year", "rate", id="an-annual-before-the-number"),
    pytest.param("Tehran Doubles Drone Output To 900 Monthly", "900",
                 900, 900, 900, N, "rate", id="a-headline-rate-word-is-no-noun"),
]


@pytest.mark.parametrize(("sentence", "span", "nominal", "low", "high", "unit", "kind"), RATES)
def test_rates(sentence: str, span: str, nominal: float | None, low: float | None,
               high: float | None, unit: str | None, kind: str) -> None:
    check(sentence, span, nominal, low, high, unit, kind)


@pytest.mark.parametrize(("sentence", "spans"), [
    pytest.param("Output rose from 10 to 20 drones.", ["10", "20"], id="rose-from-to"),
    pytest.param("Oil fell $90 to $85.50 a barrel.", ["$90", "$85.50"], id="fell-to"),
    pytest.param("The plant will raise its monthly output from 400 to 900 drones.", ["400", "900"],
                 id="a-change-with-its-object-before-from"),
    pytest.param("Estimates range from 400 to 900 drones.", ["from 400 to 900"], id="a-range-is-still-one"),
])
def test_a_change_is_not_a_range(sentence: str, spans: list[str]) -> None:
    assert [m.text for m in extract_mentions(sentence)] == spans


@pytest.mark.parametrize(("sentence", "spans"), [
    pytest.param("It sent 400 Shahed 131, 136 and Mohajer drones.", ["400"], id="model-numbers-after-a-name"),
    pytest.param("It flew Boeing 737, 747 and 777 jets.", [], id="a-list-of-models"),
    pytest.param("In March 2022, 400 tanks were lost.", ["March 2022", "400"], id="a-month-is-no-name"),
])
def test_numbers_listed_after_a_name_are_names(sentence: str, spans: list[str]) -> None:
    assert [m.text for m in extract_mentions(sentence)] == spans


def test_a_year_ago_is_not_a_rate() -> None:
    assert mention_at("It had 300 tanks a year ago.", "300").kind == "count"


MONEY = [
    pytest.param("Each shell costs USD 3,000 per shell on the grey market.", "USD 3,000",
                 3000, 3000, 3000, "US_dollar / shell", "money", id="code-per-unit"),
    pytest.param("Kyiv paid $1,000 per round.", "$1,000",
                 1000, 1000, 1000, "US_dollar / shell", "money", id="sign-per-unit"),
    pytest.param("The package is worth $1.2bn.", "$1.2bn",
                 1.2e9, 1.2e9, 1.2e9, "US_dollar", "money", id="sign-bn"),
    pytest.param("The shells sold for 800 dollars apiece.", "800",
                 800, 800, 800, "US_dollar / shell", "money", id="dollars-word"),
    pytest.param("Aid reached US$3 million.", "US$3 million",
                 3e6, 3e6, 3e6, "US_dollar", "money", id="us-dollar-sign"),
    pytest.param("Russia spends $5bn a year on shells.", "$5bn",
                 5e9, 5e9, 5e9, "US_dollar / year", "money", id="money-per-year"),
    pytest.param("A NATO round costs roughly €8,000.", "roughly €8,000",
                 8000, N, N, "EUR / shell", "money", id="euro-price"),
    pytest.param("Prices ranged from $3,000 to $5,000.", "from $3,000 to $5,000",
                 N, 3000, 5000, "US_dollar", "money", id="money-range"),
    pytest.param("It is a war of $35,000-per-drone attrition.", "$35,000",
                 35000, 35000, 35000, "US_dollar / drone", "money", id="hyphenated-per-item"),
    pytest.param("Cheap $20,000 drones now hit refineries.", "$20,000",
                 20000, 20000, 20000, "US_dollar / drone", "money", id="price-before-the-plural-it-prices"),
    pytest.param("Tehran signed a $2 billion drones deal.", "$2 billion",
                 2e9, 2e9, 2e9, "US_dollar", "money", id="a-deal-is-no-price-each"),
    pytest.param("Navies fear cheap missiles that cost only $80,000.", "$80,000",
                 80000, 80000, 80000, "US_dollar / missile", "money", id="a-plural-that-costs"),
    pytest.param("Old howitzers, by contrast, are far cheaper, costing under $900,000.", "under $900,000",
                 900000, N, 900000, "US_dollar / howitzer", "money", id="a-plural-costing-after-an-aside"),
    pytest.param("The 40 howitzers cost $90 million.", "$90 million",
                 9e7, 9e7, 9e7, "US_dollar", "money", id="counted-plural-costs-all-of-them"),
    pytest.param("The rockets are crude. They sell for about $9,000 each.", "about $9,000",
                 9000, N, N, "US_dollar / missile", "money", id="each-prices-the-plural-named-before"),
    pytest.param("The new howitzer is mobile. Priced at $4 million per unit, it is cheap.", "$4 million",
                 4e6, 4e6, 4e6, "US_dollar / howitzer", "money", id="per-unit-prices-the-item-named-before"),
    pytest.param("Kyiv bought 30 radars. They cost $120 million each.", "$120 million",
                 1.2e8, 1.2e8, 1.2e8, "US_dollar", "money", id="each-of-a-counted-plural-is-not-guessed"),
    pytest.param("The cost of building one drone fell to $50,000 last year.", "$50,000",
                 50000, 50000, 50000, "US_dollar / drone", "money", id="the-cost-of-one"),
    pytest.param("Seoul pledged 1.5 trillion won in aid.", "1.5 trillion",
                 1.5e12, 1.5e12, 1.5e12, "KRW", "money", id="won"),
    pytest.param("Russia spent USD 40 bln on the war.", "USD 40 bln",
                 4e10, 4e10, 4e10, "US_dollar", "money", id="code-bln"),
    pytest.param("Arms sales reached almost USD 6 bln in 2020.", "almost USD 6 bln",
                 6e9, N, 6e9, "US_dollar", "money", id="qualifier-code-bln"),
    pytest.param("Moscow budgeted RUB 3 trn for arms.", "RUB 3 trn",
                 3e12, 3e12, 3e12, "RUB", "money", id="code-trn"),
    pytest.param("The army pays about $2,500 a round.", "about $2,500",
                 2500, N, N, "US_dollar / shell", "money", id="price-a-item"),
    pytest.param("Each missile costs roughly $1.2 million to build.", "roughly $1.2 million",
                 1.2e6, N, N, "US_dollar / missile", "money", id="price-each-subject"),
    pytest.param("A single drone sells for about $20,000, up from $15,000 last year.", "about $20,000",
                 20000, N, N, "US_dollar / drone", "money", id="price-a-single-subject"),
    pytest.param("A single drone sells for about $20,000, up from $15,000 last year.", "$15,000",
                 15000, 15000, 15000, "US_dollar / drone", "money", id="price-subject-carries-on"),
    pytest.param("It costs about $6,000 to produce a 155mm shell.", "about $6,000",
                 6000, N, N, "US_dollar / shell", "money", id="price-to-make-an-item"),
    pytest.param("Buyers balk at the $9,000-plus that a guided shell now costs.", "$9,000-plus",
                 9000, 9000, N, "US_dollar / shell", "money", id="price-relative-clause"),
    pytest.param("Kyiv paid $3,000-plus per shell.", "$3,000-plus",
                 3000, 3000, N, "US_dollar / shell", "money", id="plus-per-item"),
    pytest.param("The launchers cost USD 5 million per launcher.", "USD 5 million",
                 5e6, 5e6, 5e6, "US_dollar / multiple_rocket_launcher", "money", id="code-million-per-item"),
    pytest.param("Poland bought 48 tanks at $5 million each.", "$5 million",
                 5e6, 5e6, 5e6, "US_dollar / tank", "money", id="each-after-counted-item"),
    pytest.param("Warsaw ordered 18 howitzers for 900 dollars apiece.", "900",
                 900, 900, 900, "US_dollar / howitzer", "money", id="apiece-after-counted-item"),
    pytest.param("A tank deal costs $1bn.", "$1bn",
                 1e9, 1e9, 1e9, "US_dollar", "money", id="price-of-a-deal-is-no-item-price"),
    pytest.param("A shell costs $3,000 and a tank $4 million.", "$4 million",
                 4e6, 4e6, 4e6, "US_dollar", "money", id="price-subject-ends-at-and"),
    pytest.param("Each day of war costs Kyiv $100 million.", "$100 million",
                 1e8, 1e8, 1e8, "US_dollar", "money", id="price-of-a-day-is-no-item-price"),
    pytest.param("It paid $400m a year ago.", "$400m",
                 4e8, 4e8, 4e8, "US_dollar", "money", id="a-year-ago-is-no-item"),
]


@pytest.mark.parametrize(("sentence", "span", "nominal", "low", "high", "unit", "kind"), MONEY)
def test_money(sentence: str, span: str, nominal: float | None, low: float | None,
               high: float | None, unit: str | None, kind: str) -> None:
    check(sentence, span, nominal, low, high, unit, kind)


PERCENT = [
    pytest.param("Moscow wrote off 90% of the debt.", "90%", 90, 90, 90, "percent", "percent", id="sign"),
    pytest.param("Sales equal almost 1% of GDP.", "almost 1%", 1, N, 1, "percent", "percent", id="almost"),
    pytest.param("Inflation hit 5 percent in May.", "5", 5, 5, 5, "percent", "percent", id="percent-word"),
    pytest.param("Defence took 6.4 per cent of GDP.", "6.4", 6.4, 6.4, 6.4, "percent", "percent",
                 id="per-cent"),
    pytest.param("Prices rose 15-20% last year.", "15-20%", N, 15, 20, "percent", "percent", id="range"),
    pytest.param("Turnout was 40 % in the east.", "40 %", 40, 40, 40, "percent", "percent", id="spaced-sign"),
    pytest.param("Output grew 2.4pc last year.", "2.4pc", 2.4, 2.4, 2.4, "percent", "percent", id="pc-glued"),
    pytest.param("Prices rose almost 12pc.", "almost 12pc", 12, N, 12, "percent", "percent",
                 id="pc-with-qualifier"),
    pytest.param("The index gained 3-4pc on Friday.", "3-4pc", N, 3, 4, "percent", "percent", id="pc-range"),
    pytest.param("Margins were 2 pc lower.", "2", 2, 2, 2, "percent", "percent", id="pc-spaced"),
    pytest.param("Sales rose 5.5 pct.", "5.5", 5.5, 5.5, 5.5, "percent", "percent", id="pct"),
    pytest.param("Unemployment fell 0.3 percentage points.", "0.3", 0.3, 0.3, 0.3, "percent", "percent",
                 id="percentage-points"),
    pytest.param("Support reached nearly 45 per cent.", "nearly 45", 45, N, 45, "percent", "percent",
                 id="per-cent-with-qualifier"),
]


@pytest.mark.parametrize(("sentence", "span", "nominal", "low", "high", "unit", "kind"), PERCENT)
def test_percent(sentence: str, span: str, nominal: float | None, low: float | None,
                 high: float | None, unit: str | None, kind: str) -> None:
    check(sentence, span, nominal, low, high, unit, kind)


RANGES = [
    pytest.param("The army fields between 1,500 and 2,000 tanks.", "between 1,500 and 2,000",
                 N, 1500, 2000, "tank", "count", id="between-and"),
    pytest.param("Estimates range from 10 to 20 drones.", "from 10 to 20",
                 N, 10, 20, "drone", "count", id="from-to"),
    pytest.param("Stocks held 3.5 million to 4 million shells.", "3.5 million to 4 million",
                 N, 3.5e6, 4e6, "shell", "count", id="to-with-scales"),
    pytest.param("Stocks held 20 to 60 million shells.", "20 to 60 million",
                 N, 2e7, 6e7, "shell", "count", id="shared-scale"),
    pytest.param("It keeps 700-800 howitzers.", "700-800",
                 N, 700, 800, "howitzer", "count", id="hyphen"),
    pytest.param("It keeps 700 – 800 howitzers.", "700 – 800",
                 N, 700, 800, "howitzer", "count", id="spaced-en-dash"),
]


@pytest.mark.parametrize(("sentence", "span", "nominal", "low", "high", "unit", "kind"), RANGES)
def test_ranges(sentence: str, span: str, nominal: float | None, low: float | None,
                high: float | None, unit: str | None, kind: str) -> None:
    check(sentence, span, nominal, low, high, unit, kind)


VAGUE = [
    pytest.param('Reports spoke of "millions" of artillery shells.', "millions",
                 N, 2e6, N, "shell", "count", id="quoted-millions"),
    pytest.param("Tens of thousands of soldiers massed.", "Tens of thousands",
                 N, 20000, 100000, "person", "count", id="tens-of-thousands"),
    pytest.param("It sent hundreds of tanks.", "hundreds", N, 200, N, "tank", "count", id="hundreds"),
    pytest.param("It shipped several thousand rockets.", "several thousand",
                 N, 2000, 10000, "missile", "count", id="several-thousand"),
    pytest.param("Thousands fled the town.", "Thousands", N, 2000, N, N, "other", id="no-noun"),
    pytest.param("It launched dozens of short-\nrange missiles.", "dozens", N, 24, N, "missile", "count",
                 id="hyphen-at-line-end"),
]


@pytest.mark.parametrize(("sentence", "span", "nominal", "low", "high", "unit", "kind"), VAGUE)
def test_vague(sentence: str, span: str, nominal: float | None, low: float | None,
               high: float | None, unit: str | None, kind: str) -> None:
    check(sentence, span, nominal, low, high, unit, kind)
    assert mention_at(sentence, span).value.qualifier == "vague"


DATES = [
    pytest.param("The war began on June 25, 1950.", "June 25, 1950", 1950, 1950, 1950, id="month-day-year"),
    pytest.param("The truce was signed on July 27th, 1953.", "July 27th, 1953", 1953, 1953, 1953,
                 id="ordinal-day"),
    pytest.param("Talks ran September 10-13 in Vladivostok.", "September 10-13", N, 10, 13, id="day-range"),
    pytest.param("He arrived on September 12, then left.", "September 12", 12, 12, 12, id="month-day"),
    pytest.param("He arrived on 12 September 2023.", "12 September 2023", 2023, 2023, 2023,
                 id="day-month-year"),
    pytest.param("Sanctions followed in May 2023.", "May 2023", 2023, 2023, 2023, id="month-year"),
    pytest.param("In 2014, Moscow forgave the debt.", "2014", 2014, 2014, 2014, id="bare-year"),
    pytest.param("Its origins lie in the 1960s.", "1960s", N, 1960, 1969, id="decade"),
    pytest.param("He served in 2001-02 in Iraq.", "2001-02", N, 2001, 2002, id="short-year-range"),
    pytest.param("The war ran 1950–53 on the peninsula.", "1950–53", N, 1950, 1953, id="en-dash-years"),
    pytest.param("Between 2014 and 2022 the front barely moved.", "Between 2014 and 2022", N, 2014, 2022,
                 id="between-years"),
    pytest.param("Prices climbed in mid-2022.", "2022", 2022, 2022, 2022, id="mid-year"),
    pytest.param("Officials met on 05.06.2023 in Minsk.", "05.06.2023", 2023, 2023, 2023, id="dd-mm-yyyy"),
    pytest.param("The filing is dated 11/23/2023.", "11/23/2023", 2023, 2023, 2023, id="mm-dd-yyyy"),
    pytest.param("The order was signed 2023-11-02 in Berlin.", "2023-11-02", 2023, 2023, 2023, id="iso"),
    pytest.param("The strike came on Oct. 7 near Kharkiv.", "Oct. 7", 7, 7, 7, id="abbreviated-month"),
    pytest.param("It was signed Sept. 12, 2021, in Geneva.", "Sept. 12, 2021", 2021, 2021, 2021,
                 id="abbreviated-month-day-year"),
]


@pytest.mark.parametrize(("sentence", "span", "nominal", "low", "high"), DATES)
def test_dates(sentence: str, span: str, nominal: float | None, low: float | None,
               high: float | None) -> None:
    check(sentence, span, nominal, low, high, None, "date")


MEASURES = [
    pytest.param("The front has barely moved in 14 months.", "14", 14, 14, 14, "month", "duration",
                 id="months"),
    pytest.param("Kim ended a four-day visit to Russia.", "four-day", 4, 4, 4, "day", "duration",
                 id="hyphen-day"),
    pytest.param("The city left a two-year lockdown.", "two-year", 2, 2, 2, "year", "duration",
                 id="hyphen-year"),
    pytest.param("The hull is more than 60 years old.", "more than 60", 60, 60, N, "year", "duration",
                 id="years-old"),
    pytest.param("Seoul lies 50 kilometres from the border.", "50", 50, 50, 50, "kilometer", "length",
                 id="kilometres"),
    pytest.param("Missiles with a range of up to 3,000 km were shown.", "up to 3,000", 3000, N, 3000,
                 "kilometer", "length", id="km"),
    pytest.param("A 10-km convoy formed.", "10-km", 10, 10, 10, "kilometer", "length", id="hyphen-km"),
    pytest.param("The railway runs 1,180km to Vladivostok.", "1,180km", 1180, 1180, 1180, "kilometer",
                 "length", id="glued-km"),
    pytest.param("They rotate three twelve-hour shifts.", "twelve-hour", 12, 12, 12, "hour", "duration",
                 id="hyphen-hour-after-number-word"),
    pytest.param("Crews rotate on a 48-hour cycle.", "48-hour", 48, 48, 48, "hour", "duration",
                 id="hyphen-hour"),
    pytest.param("Talks lasted two weeks.", "two", 2, 2, 2, "week", "duration", id="weeks"),
    pytest.param("The bank offers five- and 10-year loans.", "five-", 5, 5, 5, "year", "duration",
                 id="suspended-hyphen"),
    pytest.param("It makes 122- or 152-mm guns.", "122-", 122, 122, 122, "millimeter", "caliber",
                 id="suspended-hyphen-caliber"),
    pytest.param("Most are 105-, 122-, 130- and 152-millimeter guns.", "122-", 122, 122, 122, "millimeter",
                 "caliber", id="suspended-hyphen-list"),
]


@pytest.mark.parametrize(("sentence", "span", "nominal", "low", "high", "unit", "kind"), MEASURES)
def test_durations_and_lengths(sentence: str, span: str, nominal: float | None, low: float | None,
                               high: float | None, unit: str | None, kind: str) -> None:
    check(sentence, span, nominal, low, high, unit, kind)


CALIBERS = [
    pytest.param("NATO uses 155mm shells.", "155mm", 155, id="glued"),
    pytest.param("The 152 mm gun is Soviet.", "152", 152, id="spaced"),
    pytest.param("It fires 105-mm rounds.", "105-mm", 105, id="hyphen"),
    pytest.param("A 240-millimeter launcher was shown.", "240-millimeter", 240, id="millimeter-word"),
    pytest.param("Seoul sent 1 million 105mm rounds.", "105mm", 105, id="after-scale-word"),
    pytest.param("Rifles take 7.62 mm cartridges.", "7.62", 7.62, id="decimal"),
]


@pytest.mark.parametrize(("sentence", "span", "number"), CALIBERS)
def test_calibers(sentence: str, span: str, number: float) -> None:
    check(sentence, span, number, number, number, "millimeter", "caliber")


OTHER = [
    pytest.param("Output grew more than tenfold in a year.", "more than tenfold", 10, 10, N, id="tenfold"),
    pytest.param("Output grew 3-fold.", "3-fold", 3, 3, 3, id="hyphen-fold"),
    pytest.param("It marked the 50th anniversary of the war.", "50th", 50, 50, 50, id="ordinal"),
    pytest.param("Troops reached the 38th parallel.", "38th", 38, 38, 38, id="parallel"),
    pytest.param("Estimates went as high as 16 million.", "as high as 16 million", 16e6, N, 16e6,
                 id="no-noun"),
    pytest.param("One in five soldiers deserted.", "One in five", 0.2, 0.2, 0.2, id="ratio"),
    pytest.param("Nearly two-thirds of voters agreed.", "Nearly two-thirds", 2 / 3, N, 2 / 3, id="fraction"),
    pytest.param("The Senate voted 52-48.", "48", 48, 48, 48, id="score"),
    pytest.param("That is 10 times more than last year.", "10", 10, 10, 10, id="times"),
]


@pytest.mark.parametrize(("sentence", "span", "nominal", "low", "high"), OTHER)
def test_other(sentence: str, span: str, nominal: float | None, low: float | None,
               high: float | None) -> None:
    check(sentence, span, nominal, low, high, None, "other")


NAMES = [
    pytest.param("Pyongyang tested the Hwasong-17 again.", "Hwasong-17", id="hwasong"),
    pytest.param("Copies of the T-62 and T-72 were shown.", "T-72", id="tank-model"),
    pytest.param("BM-21 Grad launchers fired.", "BM-21", id="bm-21"),
    pytest.param("It is a Soviet Project 633 class boat.", "Project 633", id="project"),
    pytest.param("Visitors returned after Covid-19 ended.", "Covid-19", id="covid"),
    pytest.param("It fired a KN-23 missile.", "KN-23", id="kn-23"),
    pytest.param("A Su-25 jet was downed.", "Su-25", id="su-25"),
    pytest.param("The G7 met in Hiroshima.", "G7", id="g7"),
    pytest.param("Kyiv wants more F-16 jets.", "F-16", id="f-16"),
    pytest.param("Flight MH17 was shot down.", "MH17", id="mh17"),
    pytest.param("Article 5 applies, says NATO.", "Article 5", id="article"),
    pytest.param("The meeting began at 3 p.m. local time.", "3 p.m.", id="clock"),
    pytest.param("Resolution 2397 tightened sanctions.", "Resolution 2397", id="resolution"),
    pytest.param("No. 10 Downing Street said so.", "No. 10", id="numero"),
    pytest.param("Apple sold the iPhone 15 widely.", "iPhone 15", id="camel-case"),
    pytest.param("A 4-3 majority ruled.", "3 majority", id="score-second-half"),
    pytest.param("UPDATE 2-Russia fires 10,000 shells a day", "UPDATE 2", id="wire-update-heading"),
    pytest.param("REFILE-UPDATE 3-Seoul says troops left", "UPDATE 3", id="wire-refile-heading"),
    pytest.param("The meeting began at 9:30 local time.", "9:30", id="clock-minutes"),
    pytest.param("Crews trained on the new Marder 1 howitzers.", "Marder 1", id="a-models-mark"),
    pytest.param("Oslo shipped 8 Centauro 2A4 tanks.", "Centauro 2A4", id="a-models-mark-and-variant"),
]


@pytest.mark.parametrize(("sentence", "name"), NAMES)
def test_names_with_digits_are_not_quantities(sentence: str, name: str) -> None:
    start = sentence.index(name)
    overlapping = [m for m in extract_mentions(sentence) if m.start < start + len(name) and start < m.end]
    assert [m for m in overlapping if m.kind != "other"] == []


def test_a_figure_after_a_name_with_more_is_an_amount() -> None:
    # ('Boeing 737' is a name; 'Rome 2 more' two more of what was counted before)
    assert [m.text for m in extract_mentions("Oslo shipped 8 howitzers and Rome 2 more.")] == ["8", "2"]


def test_pronoun_one_is_not_a_count() -> None:
    assert extract_mentions("Pyongyang is one of the last resorts, and no one denies it.") == []


def test_pronoun_one_of_the_counted_things_is_not_a_count() -> None:
    found = [(m.text, m.unit) for m in extract_mentions("One of the tanks and one of the two soldiers fled.")]
    assert found == [("two", "person")]


def test_caliber_after_a_scale_word_is_not_glued_to_it() -> None:
    found = [(m.text, m.kind) for m in extract_mentions("Kyiv got more than 2 million 155mm rounds.")]
    assert found == [("more than 2 million", "count"), ("155mm", "caliber")]


def test_mention_records_noun_and_qualifier() -> None:
    m = mention_at("Russia fires not less than 5,000 artillery shells fired per day.", "not less than 5,000")
    assert (m.noun, m.value.qualifier) == ("artillery shells", "at_least")


@pytest.mark.parametrize("text", ["ſome 5 shells", "5+ thouſand", "thouſands of shells", "20 to 60 thouſand"])
def test_case_folded_non_ascii_letters_do_not_raise(text: str) -> None:
    assert_well_formed(text, extract_mentions(text))


def test_huge_number_is_skipped_not_raised() -> None:
    assert extract_mentions("9" * 400 + " shells") == []


@pytest.mark.parametrize("text", [
    pytest.param("".join(random.Random(7).choice("0123456789,-") for _ in range(1_000_000)),
                 id="digits-commas-hyphens"),
    pytest.param("a " * 500_000, id="a-a-a"),
    pytest.param("one " * 100_000 + "more than " * 20_000, id="words"),
    pytest.param("1-" * 50_000 + "5% " * 30_000 + "between 1 and " * 5_000, id="dense-mentions"),
    pytest.param("each shell costs $1 and " * 20_000 + "$2 a shell " * 20_000, id="dense-prices"),
    pytest.param("three eight " * 100_000 + "one two-day " * 20_000, id="unparseable-word-runs"),
])
def test_pathological_input_is_linear(text: str) -> None:
    began = time.perf_counter()
    mentions = extract_mentions(text)
    assert time.perf_counter() - began < 10
    assert all(a.end <= b.start for a, b in itertools.pairwise(mentions))


NEWSY = st.sampled_from([
    "more than", "between", "and", "to", "from", "per", "day", "a", "daily", "million", "half",
    "shells", "howitzers", "rounds", "122mm", "$", "USD", "%", "July", "27th", "1953", "-", "–",
    "T-72", "Hwasong-17", "one", "two", "dozen", "tens of thousands", "of", "per cent", "1,000",
    "20,000-60,000", "12.5", "thousand", '"millions"', "km", "fold", "ten", "+", ",", ".", "\n",
    "ſome", "thouſand", "K", "٣", "²", "\u00a0", "İ", "No.", "in", "out of", "rose", "-thirds", "s",
    "thous.", "bln", "mln.", "pc", "14.03.2024", "2024-03-14", "3/14/2024", "costs", "each", "apiece",
    "of the", "more", "-\n", "Dec.", "UPDATE", "five-", "or", "that", "sells for", "shell",
])


def assert_well_formed(text: str, mentions: list[Mention]) -> None:
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
    assert all(a.end <= b.start for a, b in itertools.pairwise(mentions))


@given(st.text())
def test_never_raises_on_arbitrary_text(text: str) -> None:
    assert_well_formed(text, extract_mentions(text))


@given(st.lists(NEWSY, max_size=30), st.sampled_from([" ", "", "  "]))
def test_never_raises_on_newsy_fragments(words: list[str], sep: str) -> None:
    text = sep.join(words)
    assert_well_formed(text, extract_mentions(text))


@settings(max_examples=200)
@given(st.integers(min_value=0, max_value=10**12), st.sampled_from(["", "more than ", "about "]),
       st.sampled_from(["shells", "howitzers", "artillery rounds"]))
def test_separators_do_not_change_the_value(n: int, qualifier: str, noun: str) -> None:
    with_commas = extract_mentions(f"It has {qualifier}{n:,} {noun}.")
    plain = extract_mentions(f"It has {qualifier}{n} {noun}.")
    assert len(with_commas) == len(plain) == 1
    a, b = with_commas[0], plain[0]
    assert (a.value, a.unit, a.kind) == (b.value, b.unit, b.kind)
    assert a.kind == "count"
    assert a.value.nominal == n


def test_losses_of_a_known_thing_count_that_thing() -> None:
    text = "Belarus suffered 86 tank losses and 40 artillery system losses."
    found = {m.text: m.unit for m in extract_mentions(text)}
    assert found == {"86": "tank", "40": "artillery_piece"}


def test_a_hyphenated_name_reads_as_the_registry_spells_it() -> None:
    found = {m.text: m.unit for m in extract_mentions("It has 11,000 pieces of anti-aircraft artillery.")}
    assert found == {"11,000": "anti_aircraft_gun"}


def test_a_dotted_date_followed_by_a_time_is_a_date() -> None:
    assert [(m.text, m.kind) for m in extract_mentions("Posted 14.06.2024/23/00 by the desk.")] == [
        ("14.06.2024", "date")]


def test_a_plural_that_modifies_the_noun_after_it_is_not_what_is_counted() -> None:
    assert [(m.text, m.unit) for m in extract_mentions("About 200 munitions factories work.")] == [
        ("About 200", None)]
    assert [(m.text, m.unit) for m in extract_mentions("It sent 300 munitions.")] == [("300", "shell")]


def test_a_participle_right_after_a_figure_is_no_counted_noun() -> None:
    assert [(m.text, m.noun) for m in extract_mentions("It took the total to 3,400 lost since May.")] == [
        ("3,400", None)]
    assert [(m.text, m.unit) for m in extract_mentions("It has 40 destroyed tanks.")] == [("40", "tank")]


@pytest.mark.parametrize(("sentence", "amount"), [
    ("Output rose 12% in 2022 to 1.5 million rounds.", "1.5 million"),
    ("Exports climbed in 2024 to $2.3bn, customs data show.", "$2.3bn"),
    ("The economy grew 3.1% in 2023 to 40.2 trillion won.", "40.2 trillion"),
])
def test_a_year_then_an_amount_is_no_range(sentence: str, amount: str) -> None:
    found = [m for m in extract_mentions(sentence) if m.kind in ("count", "money")]
    assert [m.text for m in found] == [amount]
    assert found[0].value.qualifier is None
