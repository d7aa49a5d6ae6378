"""Automatic matching: unit dimension, counted noun, context, and the sheet's overrides."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factsheet.check.compare import Claim
from factsheet.check.match import match_article
from factsheet.corpus.articles import Article
from factsheet.errors import Location
from factsheet.quantities import format_value
from factsheet.sheets.loader import load_fact_sheet
from factsheet.sheets.records import Fact, Recogniser, Tolerance
from factsheet.text.extract.mentions import extract_mentions
from factsheet.text.frames import frames_of
from factsheet.units import parse_unit

from .conftest import ROOT, Workspace

SHEET = """\
facts:
  - id: dprk.howitzers
    title: Howitzers
    unit: howitzer
    tolerance: 5%
    recognise:
      nouns: [howitzers]
      context: [North Korea, Pyongyang]
  - id: russia.fired
    title: Shells fired per day
    unit: shell / day
    tolerance: 10%
    recognise:
      nouns: [shells, rounds]
      context: [fires, fired, go through]
  - id: dprk.share
    title: Sales as a share of GDP
    unit: percent
    tolerance: 10%
    recognise:
      nouns: ["%"]
      context: [GDP]
"""


def _claims(workspace: Workspace, text: str, sheet: str = SHEET) -> list[tuple[str, str, str]]:
    workspace.article("a", text)
    articles = workspace.articles()
    facts = load_fact_sheet(workspace.sheet("s", sheet), articles).facts
    article = articles["a"]
    found = match_article(article, extract_mentions(article.text), facts, [])
    return [(c.fact, c.quote, format_value(c.value)) for c in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("North Korea fields about 14,000 howitzers.",
                     [("dprk.howitzers", "about 14,000 howitzers", "about 14,000")], id="count"),
        pytest.param("Pyongyang has a vast arsenal, with more than 20,000 Soviet-standard "
                     "122mm, 152mm and 170mm howitzers.",
                     [("dprk.howitzers",
                       "more than 20,000 Soviet-standard 122mm, 152mm and 170mm howitzers",
                       "more than 20,000")], id="noun-past-calibers"),
        pytest.param("Russian troops go through 20,000-60,000 artillery shells per day.",
                     [("russia.fired", "20,000-60,000 artillery shells", "20,000–60,000")],
                     id="range-rate"),
        pytest.param("Russia fires 12.5 thousand rounds a day, officials say.",
                     [("russia.fired", "12.5 thousand rounds", "12,500")], id="scale-word-rate"),
        pytest.param("The army fired roughly 30,000 rounds per month.",
                     [("russia.fired", "roughly 30,000 rounds", "about 985.62")], id="converted-rate"),
        pytest.param("North Korea fields 9,000 howitzers and the South 2,000.",
                     [("dprk.howitzers", "9,000 howitzers", "9,000"), ("dprk.howitzers", "2,000", "2,000")],
                     id="and-another-subject"),  # this sheet names no actor: both are claims
        pytest.param("Pyongyang has thousands of howitzers and rocket launchers.",
                     [("dprk.howitzers", "thousands of howitzers", "thousands")], id="vague-of-two-things"),
        pytest.param("It amounts to almost 1% of the whole country's GDP.",
                     [("dprk.share", "almost 1%", "almost 1")], id="unit-as-noun"),
    ],
)
def test_mentions_matching_a_fact_become_auto_claims(
    workspace: Workspace, text: str, expected: list[tuple[str, str, str]]
) -> None:
    found = [(fact, quote, shown[:12]) for fact, quote, shown in _claims(workspace, text)]
    assert found == [(fact, quote, shown[:12]) for fact, quote, shown in expected]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("North Korea has more than 3,000 tanks.", id="other-dimension"),
        pytest.param("South Africa bought 40 howitzers last year.", id="no-context"),
        pytest.param("Pyongyang held a parade. Elsewhere, Egypt bought 40 howitzers.",
                     id="context-only-in-the-sentence-before"),
        pytest.param("North Korea stores 250,000 shells.", id="count-is-not-a-rate"),
        pytest.param("In 2014, Moscow forgave 90% of North Korea's debt.", id="percent-without-context"),
        pytest.param("North Korea paraded 122mm howitzers on July 27, 1953.", id="caliber-and-date"),
        pytest.param("North Korea has 5,000 launchers and howitzers too.", id="noun-after-other-unit"),
        pytest.param("Pyongyang fields 9,000 howitzers and self-propelled guns.", id="a-count-of-two-things"),
        pytest.param("Pyongyang fields 9,000 howitzers or mortars.", id="a-count-of-either"),
        pytest.param("North Korea sent 9,000 containers holding howitzers.",
                     id="containers-are-counted-not-their-load"),
    ],
)
def test_mentions_that_do_not_fit_a_fact_stay_unmatched(workspace: Workspace, text: str) -> None:
    assert _claims(workspace, text) == []


def test_noun_is_not_taken_from_beyond_the_next_quantity(workspace: Workspace) -> None:
    found = _claims(workspace, "North Korea has 300 guns and 20,000 howitzers.")
    assert [quote for _, quote, _ in found] == ["20,000 howitzers"]


def _facts(workspace: Workspace, extra: str) -> tuple[Article, tuple[Fact, ...]]:
    workspace.article("a", "North Korea fields about 14,000 howitzers.\n")
    articles = workspace.articles()
    sheet = SHEET.replace("      context: [North Korea, Pyongyang]\n",
                          "      context: [North Korea, Pyongyang]\n" + extra, 1)
    return articles["a"], load_fact_sheet(workspace.sheet("s", sheet), articles).facts


def test_false_match_mark_wins(workspace: Workspace) -> None:
    article, facts = _facts(workspace, """\
    false_matches:
      - article: a
        quote: about 14,000 howitzers
        reason: a different count
""")
    assert match_article(article, extract_mentions(article.text), facts, []) == []


def test_pinned_span_is_left_to_its_fact(workspace: Workspace) -> None:
    article, facts = _facts(workspace, "")
    start = article.text.index("about")
    found = match_article(article, extract_mentions(article.text), facts, [(start, start + 5)])
    assert found == []


def test_auto_claim_span_quotes_the_article() -> None:
    article = Article("a", Path("a.txt"),
                      "Pyongyang\nhas over 21,600\nhowitzers.", "0")
    fact = Fact("f", "t", parse_unit("howitzer"), Tolerance(0.05, text="5%"),
                Recogniser(("howitzers",), ("Pyongyang",)), (), (), (), None,
                Location(article.path, 1))
    [claim] = match_article(article, extract_mentions(article.text), [fact], [])
    assert article.text[claim.start : claim.end] == claim.quote == "over 21,600\nhowitzers"
    assert claim.origin == "auto"
    assert claim.value.low == 21600


FRAMED = (ROOT / "tests" / "data" / "sheets" / "frames.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Russian guns fire about 9,000 shells a day, while Ukrainian crews fire 2,500 shells "
                     "a day.", ["russia.fired", "ukraine.fired"], id="two-actors-two-facts"),
        pytest.param("Kyiv says Russia fires 30,000 shells a day.", ["russia.fired"], id="speaker"),
        pytest.param("Pyongyang has shipped 1.5 million shells to Russia.", ["dprk.supplied"],
                     id="shipped-is-supplied"),
        pytest.param("Russia bought 500,000 shells from North Korea.", ["dprk.supplied"],
                     id="bought-from-is-supplied-by"),
        pytest.param("Russia bought 300,000 shells from Iran.", [], id="another-seller"),
        pytest.param("The plant in Russia produces 200,000 shells a month.", [], id="produced-is-not-fired"),
        pytest.param("Russia plans to fire 80,000 shells a day by 2026.", [], id="a-plan"),
        pytest.param("Russia could fire 100,000 shells a day.", [], id="a-capability"),
        pytest.param("Both armies together fire 35,000 shells a day.", [], id="both-sides"),
        pytest.param("Each side fires 40,000 shells a day.", [], id="each-side-fits-two-facts-equally"),
        pytest.param("Russia keeps 2 million shells in its stockpiles.", ["russia.stockpile"],
                     id="stockpiles-are-held"),
        pytest.param("Russia wants 2 million more shells.", [], id="a-need-is-not-a-holding"),
        pytest.param("Russia has 2 million shells in its stockpiles.", ["russia.stockpile"], id="has"),
        pytest.param("Russia keeps 200,000 shells within range of Kyiv.", [], id="a-part-of-a-holding"),
        pytest.param("Russia fires 20,000 shells along the front daily.", ["russia.fired"],
                     id="where-a-rate-is-fired-is-no-part"),
    ],
)
def test_a_claim_is_the_fact_its_frame_fits(workspace: Workspace, text: str, expected: list[str]) -> None:
    assert [fact for fact, _, _ in _claims(workspace, text, FRAMED)] == expected


def test_a_figure_whose_actor_is_open_is_unsure_not_a_claim(workspace: Workspace) -> None:
    workspace.article("a", "Iran and Germany make shells. The guns fire 9,000 shells a day.")
    articles = workspace.articles()
    facts = load_fact_sheet(workspace.sheet("s", FRAMED), articles).facts
    unsure: list[Claim] = []
    claims = match_article(articles["a"], extract_mentions(articles["a"].text), facts, [], unsure=unsure)
    assert claims == []
    assert {(c.fact, c.why) for c in unsure} == {
        ("russia.fired", "the text does not say whose figure it is"),
        ("ukraine.fired", "the text does not say whose figure it is"),
    }


_SENTENCES = st.sampled_from([
    "Russian guns fire about 9,000 shells a day.", "Ukraine fires 2,500 rounds a day.",
    "Pyongyang has shipped 1.5 million shells to Russia.", "Russia has 2 million shells.",
    "North Korea sold 300,000 rounds.", "Both sides fire 40,000 shells a day.",
    "The guns fire 5,000 shells a day.", "Moscow bought 100,000 shells from Pyongyang.",
])


@given(st.lists(_SENTENCES, min_size=1, max_size=6))
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_no_mention_is_a_claim_of_two_facts(workspace: Workspace, sentences: list[str]) -> None:
    workspace.article("a", " ".join(sentences))
    articles = workspace.articles()
    facts = load_fact_sheet(workspace.sheet("s", FRAMED), articles).facts
    claims = match_article(articles["a"], extract_mentions(articles["a"].text), facts, [])
    starts = [claim.start for claim in claims]
    assert len(starts) == len(set(starts))


PERIODS = """\
facts:
  - id: russia.fired
    title: Shells Russia fires per day
    unit: shell / day
    tolerance: 10%
    recognise: {nouns: [shells], actor: Russia, action: fire}
  - id: belarus.gdp
    title: Belarus's yearly GDP
    unit: USD / year
    tolerance: 10%
    recognise: {nouns: [GDP], actor: Belarus, period: year}
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Russian gunners are firing 9,000 shells along the front daily.",
                     [("russia.fired", "9,000")], id="a-period-later-in-the-clause"),
        pytest.param("Russian gunners fired 9,000 shells, and the drones flew daily.", [],
                     id="a-period-in-another-clause"),
        pytest.param("Belarus has a GDP of $72 billion.", [("belarus.gdp", "72,000,000,000")],
                     id="noun-before-and-the-fact's-period"),
        pytest.param("Belarus has a GDP. It spent $72 billion.", [], id="noun-in-the-sentence-before"),
    ],
)
def test_what_the_clause_says_around_a_figure(workspace: Workspace, text: str,
                                              expected: list[tuple[str, str]]) -> None:
    assert [(fact, shown) for fact, _, shown in _claims(workspace, text, PERIODS)] == expected


GDP_SHEET = """\
facts:
  - id: gdp
    title: Gross domestic product
    unit: USD / year
    tolerance: 10%
    recognise:
      nouns: [economy, GDP]
      period: year
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The deal will lift the country's tiny economy, which the central bank in Seoul said "
                     "was worth $24.5 billion in 2022.", ["$24.5 billion"],
                     id="a-relative-clause-is-about-its-noun"),
        pytest.param("Its economy was worth 30 trillion won ($25 billion) last year.", ["$25 billion"],
                     id="a-figure-restated-in-dollars"),
        pytest.param("The country's nominal GDP for 2019 was put at about 38 trillion won "
                     "(about $32 billion) by the statistics office.", ["about $32 billion"],
                     id="restated-far-from-its-noun"),
        pytest.param("Belarus's GDP rose 1.4 percent last year from the year before to $64 billion.",
                     ["$64 billion"], id="a-change-on-the-way-to-the-figure"),
        pytest.param("Belarus's GDP (based on purchasing power parity, says the CIA) is put at $64 billion.",
                     ["$64 billion"], id="an-aside-in-parentheses-takes-no-room"),
        pytest.param("Belarus's GDP in 2019 was $64 billion.", ["$64 billion"],
                     id="a-year-between-noun-and-figure"),
        pytest.param("Its GDP per capita for 2019 is estimated to be $6,800.", [],
                     id="per-capita-well-before"),
        pytest.param("Exports earned it $900 million, perhaps a tenth of its economy.", [],
                     id="no-noun-from-an-aside"),
        pytest.param("Its trade rose to $1.6 billion. The neighbour's GDP was larger.", [],
                     id="no-noun-from-the-next-sentence"),
        pytest.param("The deal will lift the country's tiny economy; the central bank in Seoul said the "
                     "deal was worth $2.5 billion.", [], id="no-relative-clause-no-noun-far-before"),
    ],
)
def test_a_noun_a_relative_clause_is_about(workspace: Workspace, text: str, expected: list[str]) -> None:
    assert [quote for _, quote, _ in _claims(workspace, text, GDP_SHEET)] == expected


def test_a_gift_is_a_kind_of_supply(workspace: Workspace) -> None:
    assert [fact for fact, _, _ in _claims(workspace, "Pyongyang has given 1.5 million shells to Russia.",
                                           FRAMED)] == ["dprk.supplied"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("North Korea increased the number of its howitzers by 100 howitzers.", id="a-change-by"),
        pytest.param("North Korea's GDP contracted 3.5 percent.", id="a-change-in-percent"),
    ],
)
def test_a_change_is_no_amount(workspace: Workspace, text: str) -> None:
    assert _claims(workspace, text) == []


def test_one_model_is_no_count_of_an_inventory(workspace: Workspace) -> None:
    assert _claims(workspace, "Russia holds 500,000 OF-462 shells in its stockpiles.", FRAMED) == []
    assert _claims(workspace, "Russia holds 500,000 Krasnopol shells in its stockpiles.", FRAMED) == []
    assert len(_claims(workspace, "Russia holds 500,000 shells in its stockpiles.", FRAMED)) == 1
    assert len(_claims(workspace, "Russia holds 500,000 Soviet shells in its stockpiles.", FRAMED)) == 1
    assert len(_claims(workspace, "Russia holds 500,000 Russian shells in its stockpiles.", FRAMED)) == 1


def test_a_figure_per_person_is_no_total(workspace: Workspace) -> None:
    assert _claims(workspace, "The country's per capita GDP was $854 in 2013.", GDP_SHEET) == []
    assert _claims(workspace, "The country's GDP was $24 billion in 2013.", GDP_SHEET) != []


LOSSES_SHEET = """\
facts:
  - id: belarus.guns_lost
    title: Artillery pieces Belarus has lost
    unit: artillery_piece
    tolerance: 5%
    recognise:
      nouns: [artillery pieces]
      frames:
        - {actor: Belarus, action: lose}
"""


def test_a_noun_carried_from_the_figure_before_names_the_facts_unit(workspace: Workspace) -> None:
    text = "Belarus lost 49 pieces of artillery on Monday, taking the total since May to 1,500."
    assert [value for _, _, value in _claims(workspace, text, LOSSES_SHEET)] == ["1,500"]


def test_one_kind_of_what_is_counted_is_no_count_of_all(workspace: Workspace) -> None:
    assert _claims(workspace, "Belarus has lost 228 towed artillery pieces since May.", LOSSES_SHEET) == []
    assert len(_claims(workspace, "Belarus has lost 228 artillery pieces since May.", LOSSES_SHEET)) == 1


def test_a_supply_over_a_stretch_is_the_total_so_far(workspace: Workspace) -> None:
    text = "North Korea may have shipped 1.6 million shells to Russia over six months."
    assert [fact for fact, _, _ in _claims(workspace, text, FRAMED)] == ["dprk.supplied"]


def test_a_loss_over_a_stretch_is_no_running_total(workspace: Workspace) -> None:
    assert _claims(workspace, "Belarus lost 40 artillery pieces in the past 24 hours.", LOSSES_SHEET) == []
    assert len(_claims(workspace, "Belarus has lost 400 artillery pieces since May.", LOSSES_SHEET)) == 1


def test_a_figure_whose_own_noun_is_joined_to_another_counts_both(workspace: Workspace) -> None:
    text = "Belarus has lost 1,400 pieces of artillery and rocket launchers since May."
    assert _claims(workspace, text, LOSSES_SHEET) == []
    assert len(_claims(workspace, "Belarus has lost 1,400 pieces of artillery since May.", LOSSES_SHEET)) == 1


def test_a_rate_carried_from_a_noun_the_sheet_does_not_list_counts_its_unit(workspace: Workspace) -> None:
    text = ("Russian guns fired 40,000 pieces of ammunition per day in 2022; "
            "this has fallen to 10,000 per day.")
    assert [quote for _, quote, _ in _claims(workspace, text, FRAMED)][-1:] == ["10,000"]


def test_a_part_of_a_figure_just_given_is_no_count_of_the_whole(workspace: Workspace) -> None:
    text = "Russia holds 500,000 shells in its stockpiles, of which 200,000 are fit for use."
    assert [quote for _, quote, _ in _claims(workspace, text, FRAMED)] == ["500,000 shells"]


DRONES = """\
facts:
  - id: iran.made
    title: Drones Iran makes per month
    unit: drone / month
    tolerance: 10%
    recognise: {nouns: [drones], actor: Iran, action: produce}
"""


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param("Iran's drone factories now produce 900 units monthly.", "900",
                     id="a-word-that-names-nothing-keeps-its-period"),
        pytest.param("Iran Lifts Drone Production To 900 Monthly\n\nThe plant runs day and night.", "900",
                     id="what-production-counts-in-a-headline"),
        pytest.param("Iran is making a daily 30 drones.", "913.125", id="a-daily-before-the-number"),
    ],
)
def test_a_rate_whose_noun_is_named_elsewhere(workspace: Workspace, text: str, value: str) -> None:
    claims = _claims(workspace, text, DRONES)
    assert [(fact, written) for fact, _, written in claims] == [("iran.made", value)]


SHARES = """\
facts:
  - id: poland.downed
    title: Share of drones Poland shoots down
    unit: percent
    tolerance: 10%
    recognise: {nouns: ["%"], context: [drones], actor: Poland, action: destroy}
"""


def test_a_share_shot_down_is_no_change(workspace: Workspace) -> None:
    # 'down' of 'shot down' is no fall by so many per cent
    claims = _claims(workspace, "Warsaw shot down 85% of the drones.", SHARES)
    assert [(fact, written) for fact, _, written in claims] == [("poland.downed", "85")]


def test_the_us_of_a_dollar_sign_is_no_actor() -> None:
    text = "A US$39,000 drone is cheap."
    mentions = extract_mentions(text)
    assert frames_of(text, mentions)[0].actor is None


YEARLY = """\
facts:
  - id: iran.built
    title: Drones Iran builds per year
    unit: drone / year
    tolerance: 10%
    recognise: {nouns: [drones], actor: Iran, action: produce}
  - id: iran.fired
    title: Drones Iran launches per day
    unit: drone / day
    tolerance: 10%
    recognise: {nouns: [drones], actor: Iran, action: fire}
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("In 2024 Iran built 5,000 drones.", [("iran.built", "5,000 drones")], id="in-a-year"),
        pytest.param("Last year, Tehran built 5,000 drones.", [("iran.built", "5,000 drones")],
                     id="last-year"),
        pytest.param("This year Iran has built 5,000 drones.", [], id="this-year-is-so-far"),
        pytest.param("Iran will build 5,000 drones by 2026.", [], id="a-target"),
        pytest.param("Since 2022 Iran has built 5,000 drones.", [], id="since-is-no-year"),
        pytest.param("In 2024 Iran launched 36,600 drones.", [], id="a-years-total-is-no-daily-rate"),
    ],
)
def test_a_whole_years_total_is_that_years_figure(workspace: Workspace, text: str,
                                                  expected: list[tuple[str, str]]) -> None:
    claims = _claims(workspace, text, YEARLY)
    assert [(fact, written) for fact, written, _ in claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Warsaw shot down 85% of them, the drone count shows.", ["85%"],
                     id="a-plural-context-word-names-its-singular"),
        pytest.param("Polish gunners intercepted drones all spring. The rate was 85% in May.", ["85%"],
                     id="a-sentence-referring-back-takes-the-context-before"),
        pytest.param("Polish gunners intercepted drones all spring. Then 85% were shot down in May.", [],
                     id="a-sentence-that-does-not-refer-back-does-not"),
        pytest.param("Warsaw shot down 85% of the missiles, while 40% of drones got through.", [],
                     id="a-context-word-of-another-figures-clause"),
        pytest.param("Of all the drones, Warsaw shot down 85%.", ["85%"],
                     id="a-context-word-in-a-sentence-of-one-figure"),
        pytest.param("Warsaw shot down 85% of them — mostly at night — all drones, while 40% of missiles "
                     "got through.", ["85%"], id="a-context-word-after-an-aside-in-dashes"),
    ],
)
def test_the_context_of_a_share(workspace: Workspace, text: str, expected: list[str]) -> None:
    claims = _claims(workspace, text, SHARES)
    assert [written for _, written, _ in claims] == expected


def test_percentage_points_are_a_difference(workspace: Workspace) -> None:
    text = "Warsaw shot down 82% of the drones, just one percentage point less than before."
    assert [written for _, written, _ in _claims(workspace, text, SHARES)] == ["82%"]


KINDS = DRONES + """\
  - id: iran.fpv
    title: FPV drones Iran makes per month
    unit: drone / month
    tolerance: 10%
    recognise: {nouns: [FPV drones], actor: Iran, action: produce}
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Iran makes 900 drones a month.", ["iran.made"], id="all-of-them"),
        pytest.param("Iran makes 900 interceptor drones a month.", [], id="one-kind-is-no-count-of-all"),
        pytest.param("Iran makes 900 FPV drones a month.", ["iran.fpv"], id="the-kind-a-fact-names"),
        pytest.param("Iran makes 900 long-range drones a month.", ["iran.made"], id="a-range-is-no-kind"),
    ],
)
def test_one_kind_of_what_a_fact_counts(workspace: Workspace, text: str, expected: list[str]) -> None:
    assert [fact for fact, _, _ in _claims(workspace, text, KINDS)] == expected


def test_a_share_falling_by_so_much_is_a_difference(workspace: Workspace) -> None:
    text = "Warsaw shot down 80% of the drones, the share decreasing by 12% in recent weeks."
    assert [written for _, written, _ in _claims(workspace, text, SHARES)] == ["80%"]
