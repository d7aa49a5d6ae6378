"""Time expressions: what interval each means against an article's date, which one a figure
is about, and the properties every reading keeps."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from factsheet.text.periods import ArticleTimes, Calendar, Event, Period, resolve
from factsheet.text.periods.phrases import anchor_pattern, expression_pattern, find_expressions, may_hold_time

WAR = Event(("war", "invasion", "full-scale invasion"), date(2022, 2, 24))
PUBLISHED = date(2024, 9, 18)  # a Wednesday
ON = Calendar(PUBLISHED, (WAR,))


def d(text: str) -> date:
    return date.fromisoformat(text)


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("in 2021", "2021-01-01", "2021-12-31"),
        ("during fiscal year 2020", "2019-10-01", "2020-09-30"),
        ("in FY25", "2024-10-01", "2025-09-30"),
        ("for fiscal 2023", "2022-10-01", "2023-09-30"),
        ("the upcoming fiscal year", "2024-10-01", "2025-09-30"),
        ("in the second-quarter of 2025", "2025-04-01", "2025-06-30"),
        ("2019-21", "2019-01-01", "2021-12-31"),
        ("from 2015 to 2018", "2015-01-01", "2018-12-31"),
        ("2011-present", "2011-01-01", "2024-09-18"),
        ("in the 1980s", "1980-01-01", "1989-12-31"),
        ("in April 2023", "2023-04-01", "2023-04-30"),
        ("February–April 2022", "2022-02-01", "2022-04-30"),
        ("between June and August 2021", "2021-06-01", "2021-08-31"),
        ("on 3 March 2023", "2023-03-03", "2023-03-03"),
        ("March 3-5, 2023", "2023-03-03", "2023-03-05"),
        ("from May 2 to 9", "2024-05-02", "2024-05-09"),
        ("in the winter of 2022", "2021-12-01", "2022-02-28"),
        ("winter 2022-23", "2022-12-01", "2023-02-28"),
        ("last spring", "2024-03-01", "2024-05-31"),
        ("in the third quarter of 2021", "2021-07-01", "2021-09-30"),
        ("Q1 2022", "2022-01-01", "2022-03-31"),
        ("in the second half of 2022", "2022-07-01", "2022-12-31"),
        ("the first nine months of 2023", "2023-01-01", "2023-09-30"),
        ("last year", "2023-01-01", "2023-12-31"),
        ("this year", "2024-01-01", "2024-12-31"),
        ("so far this year", "2024-01-01", "2024-09-18"),
        ("earlier this year", "2024-01-01", "2024-09-18"),
        ("next year", "2025-01-01", "2025-12-31"),
        ("last month", "2024-08-01", "2024-08-31"),
        ("over the past year", "2023-09-18", "2024-09-18"),
        ("in the past 48 hours", "2024-09-16", "2024-09-18"),
        ("over the last ten days", "2024-09-08", "2024-09-18"),
        ("yesterday", "2024-09-17", "2024-09-17"),
        ("five days ago", "2024-09-13", "2024-09-13"),
        ("three to five days ago", "2024-09-13", "2024-09-15"),
        ("over the last two and a half years", "2022-03-18", "2024-09-18"),
        ("in 7 months of the current year", "2024-01-01", "2024-07-31"),
        ("by year-end", "2024-09-18", "2024-12-31"),
        ("starting in May 2025", "2025-05-01", None),
        ("pre-March 2020", None, "2020-02-29"),
        ("as of September 2024", "2024-09-01", "2024-09-18"),
        ("six months into the war", "2022-08-24", "2022-08-24"),
        ("from 2019-2021", "2019-01-01", "2021-12-31"),
        ("in the 12 months to June", "2023-07-01", "2024-06-30"),
        ("in the four weeks to May 12", "2024-04-15", "2024-05-12"),
        ("between March 3 and 9, 2021", "2021-03-03", "2021-03-09"),
        ("on Saturday, August 17", "2024-08-17", "2024-08-17"),
        ("on Tuesday 4 June", "2024-06-04", "2024-06-04"),
        ("the first ten days of May", "2024-05-01", "2024-05-10"),
        ("in the first three quarters of 2023", "2023-01-01", "2023-09-30"),
        ("in the last quarter of 2021", "2021-10-01", "2021-12-31"),
        ("in 2025 and beyond", "2025-01-01", None),
        ("for 5M 2024", "2024-01-01", "2024-05-31"),
        ("in the week to September 13", "2024-09-07", "2024-09-13"),
        ("from September 8th to the 14th", "2024-09-08", "2024-09-14"),
        ("on September 2 and 5—", "2024-09-02", "2024-09-05"),
        ("no later than July 2025", "2024-09-18", "2025-07-31"),
        ("in the next two to three months", "2024-09-18", "2024-12-18"),
        ("over the past night", "2024-09-17", "2024-09-18"),
        ("a decade ago", "2014-09-18", "2014-09-18"),
        ("in 9M23", "2023-01-01", "2023-09-30"),
        ("in 1H 2023", "2023-01-01", "2023-06-30"),
        ("in the 2nd half of 2022", "2022-07-01", "2022-12-31"),
        ("in the first half of July", "2024-07-01", "2024-07-15"),
        ("in the second and third quarters of 2023", "2023-04-01", "2023-09-30"),
        ("by the year-end", "2024-09-18", "2024-12-31"),
        ("before the end of 2025", None, "2025-12-31"),
        ("in December and beyond", "2024-12-01", None),
        ("into the third quarter", "2024-07-01", "2024-09-30"),
        ("after six months of fighting", "2024-03-18", "2024-09-18"),
        ("in more than two years of war", "2022-09-18", "2024-09-18"),
        ("the last two quarters of this year", "2024-07-01", "2024-12-31"),
        ("in FY-23", "2022-10-01", "2023-09-30"),
        ("the prior fiscal year", "2022-10-01", "2023-09-30"),
        ("in April and May 2022", "2022-04-01", "2022-05-31"),
        ("from October to March", "2023-10-01", "2024-03-31"),
        ("last Aug. 3", "2024-08-03", "2024-08-03"),
        ("over the weekend", "2024-09-14", "2024-09-15"),
        ("overnight", "2024-09-17", "2024-09-18"),
        ("since the February 2022 invasion", "2022-02-24", "2024-09-18"),
        ("on Monday", "2024-09-16", "2024-09-16"),
        ("since March", "2024-03-01", "2024-09-18"),
        ("since 2019", "2019-01-01", "2024-09-18"),
        ("by the end of 2026", "2024-09-18", "2026-12-31"),
        ("by the end of this year", "2024-09-18", "2024-12-31"),
        ("by November", "2024-09-18", "2024-11-30"),
        ("in the coming six months", "2024-09-18", "2025-03-18"),
        ("since the start of the full-scale invasion", "2022-02-24", "2024-09-18"),
        # (a modifier letter apostrophe)
        ("since the start of Russiaʼs invasion", "2022-02-24", "2024-09-18"),
        ("in the 3rd month of the war", "2022-04-24", "2022-05-23"),
        ("in the first year of the invasion", "2022-02-24", "2023-02-23"),
        ("before the war", None, "2022-02-23"),
        ("until 2020", None, "2020-12-31"),
        ("so far", None, "2024-09-18"),
        ("the first time in five years", "2019-09-18", "2024-09-18"),
        ("in the 2019/20 marketing year", "2019-07-01", "2020-06-30"),
        ("for the 2022-2023 agricultural year", "2022-07-01", "2023-06-30"),
        ("for the 2021/2022 October-September season", "2021-10-01", "2022-09-30"),
        ("in fiscal 2022/23", "2022-04-01", "2023-03-31"),
        ("so far in the 2024/25 season", "2024-07-01", "2024-09-18"),
        ("in August so far", "2024-08-01", "2024-08-31"),
        ("on May 2, 5 and 11", "2024-05-02", "2024-05-11"),
        ("in March and April", "2024-03-01", "2024-04-30"),
        ("in Dec. and Jan.", "2023-12-01", "2024-01-31"),
        ("since war", "2022-02-24", "2024-09-18"),
        ("pre-war", None, "2022-02-23"),
        ("overnight into 3 July", "2024-07-02", "2024-07-03"),
        ("on the night of Aug. 12", "2024-08-11", "2024-08-12"),
        ("for the entire year", "2024-01-01", "2024-12-31"),
        ("during the first four months", "2024-01-01", "2024-04-30"),
        ("in 2021 and 2022", "2021-01-01", "2022-12-31"),
        ("in both 2019 and 2020", "2019-01-01", "2020-12-31"),
        ("over the past decade", "2014-09-18", "2024-09-18"),
        ("in the last two decades", "2004-09-18", "2024-09-18"),
        ("for the year", "2024-01-01", "2024-12-31"),
        ("in the near future", "2024-09-18", None),
        ("very soon", "2024-09-18", None),
        ("in September so far", "2024-09-01", "2024-09-18"),
        ("over the past two winters", "2022-12-01", "2024-02-29"),
        ("for the upcoming winter", "2024-12-01", "2025-02-28"),
        ("this morning", "2024-09-18", "2024-09-18"),
        ("since the Russian invasion", "2022-02-24", "2024-09-18"),
        ("since the start of the large-scale invasion", "2022-02-24", "2024-09-18"),
    ],
)
def test_a_time_expression_means_an_interval(phrase: str, start: str | None, end: str | None) -> None:
    found = ArticleTimes(phrase, WAR.names)
    [expression] = [t for t in found.in_sentence(0, len(phrase)) if t.end - t.start > 4 or t.text == phrase]
    period = found.resolve(expression, ON)
    assert period is not None
    assert (period.start, period.end) == (d(start) if start else None, d(end) if end else None)


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("early 2021", "2021-01-01", "2021-04-30"),
        ("mid-2021", "2021-05-01", "2021-08-31"),
        ("late last year", "2023-09-01", "2023-12-31"),
        ("the end of 2020", "2020-11-01", "2020-12-31"),
        ("in the first months of the war", "2022-02-24", "2022-05-23"),
        ("recently", None, "2024-09-18"),
    ],
)
def test_vague_edges_are_marked_fuzzy(phrase: str, start: str | None, end: str | None) -> None:
    period = resolve(phrase, ON)
    assert period is not None
    assert period.fuzzy
    assert (period.start, period.end) == (d(start) if start else None, d(end) if end else None)


@pytest.mark.parametrize("phrase", ["last year", "since March", "yesterday", "in the past 24 hours",
                                    "on Monday"])
def test_a_relative_expression_needs_the_article_date(phrase: str) -> None:
    assert resolve(phrase, Calendar(None, (WAR,))) is None


def test_an_absolute_expression_needs_no_date() -> None:
    assert resolve("in July 2023", Calendar()) == Period(d("2023-07-01"), d("2023-07-31"), "in July 2023")


def test_a_list_of_days_or_months_is_one_stretch_only_when_it_is_one() -> None:
    text = "On May 2 and 9 drones hit the port; in June and September it was quiet."
    found = [t.text for t in ArticleTimes(text).in_sentence(0, len(text))]
    assert "On May 2" in found  # ('9 drones' is an amount, not a day)
    assert "in June and September" not in found  # (two months apart: no stretch)


def test_the_whole_year_and_its_first_months_are_of_the_year_named() -> None:
    text = "In 2023 the ministry spent 40% of the plan in the first six months, and 95% for the whole year."
    for figure, end in (("40%", "2023-06-30"), ("95%", "2023-12-31")):
        period = _scope(text, figure)
        assert period is not None
        assert (period.start, period.end) == (d("2023-01-01"), d(end)), figure


@pytest.mark.parametrize(
    "text",
    [
        "Gunners in the east were shelling the town all week.",  # no time
        "Spare parts may march in from the depots as supplies fall short.",  # verbs, not months
        "Moscow has spent heavily on the war in Ukraine.",  # an event named as a topic
        "Prices rose 3.2 percent, the statistics office said.",
        "It received 2,021 rounds and 1,999 fuses.",  # counts that look like years
    ],
)
def test_words_that_are_no_time(text: str) -> None:
    assert ArticleTimes(text, WAR.names).in_sentence(0, len(text)) == []


def _scope(text: str, figure: str, published: date = PUBLISHED) -> Period | None:
    start = text.index(figure)
    return ArticleTimes(text, WAR.names).period(start, start + len(figure), Calendar(published, (WAR,)))


def _time_written(text: str, figure: str) -> str:
    """The time expression that dates ``figure`` ('' when its article's date does)."""
    period = _scope(text, figure)
    assert period is not None
    return period.text


def test_each_figure_of_a_sentence_has_its_own_period() -> None:
    text = ("Its guns fired about 12,000 shells a day last summer, 21,000 in the autumn, and since "
            "January up to 65,000.")
    spring = d("2024-04-10")
    summer, autumn, january = (_scope(text, figure, spring) for figure in ("12,000", "21,000", "65,000"))
    assert summer is not None
    assert (summer.start, summer.end) == (d("2023-06-01"), d("2023-08-31"))
    assert autumn is not None
    assert (autumn.start, autumn.end) == (d("2023-09-01"), d("2023-11-30"))
    assert january is not None
    assert (january.start, january.end) == (d("2024-01-01"), spring)


def test_a_time_put_first_scopes_every_clause() -> None:
    text = "In March 2023, the army used 40,000 rounds a day, while its enemy used 9,000."
    for figure in ("40,000", "9,000"):
        period = _scope(text, figure)
        assert period is not None
        assert period.text == "In March 2023"


def test_a_later_clause_keeps_its_own_time() -> None:
    text = "In 2021 the plant made 80,000 shells, and in 2022 it made 120,000."
    first, second = _scope(text, "80,000"), _scope(text, "120,000")
    assert first is not None
    assert first.start == d("2021-01-01")
    assert second is not None
    assert second.start == d("2022-01-01")


def test_a_figure_in_brackets_takes_the_time_of_its_sentence() -> None:
    text = "Output grew fastest in 2022 in the chemicals sector (4.4%)."
    period = _scope(text, "4.4%")
    assert period is not None
    assert period.text == "in 2022"


def test_an_aside_in_brackets_does_not_cut_a_figure_from_its_time() -> None:
    text = "Exports reached 12 trillion won ($9 billion) in 2019."
    period = _scope(text, "12 trillion won")
    assert period is not None
    assert period.text == "in 2019"


def test_when_it_was_said_is_not_what_the_figure_is_about() -> None:
    text = "The minister told reporters on Tuesday that gunners fire 7,000 rounds a day."
    period = _scope(text, "7,000")
    assert period is not None
    assert period.basis == "article"


@pytest.mark.parametrize(
    ("text", "figure", "time"),
    [
        ("The agency said on Monday.\n\nIn the past year, 61,000 tonnes left the port.", "61,000",
         "In the past year"),
        ("Prices, the bureau announced Friday. Since June, bread has cost 4% more.", "4%", "Since June"),
        ("Exports fell 9% from 20% in March.\n\nThe office said so in a note.", "20%", "in March."),
    ],
)
def test_a_saying_in_another_sentence_does_not_date_this_one(text: str, figure: str, time: str) -> None:
    assert _time_written(text, figure) == time


@pytest.mark.parametrize(
    ("text", "figure", "time"),
    [
        # the time of the figure's own phrase, not one past a comma ...
        ("Most of the harvest came in the spring, with 80 tonnes picked in April and 60 in May.", "80 tonnes",
         "in April"),
        # ... unless that one opens the sentence
        ("In 2022, 4,000 homes were built, with 900 of them in the capital.", "900", "In 2022"),
        # an item of a list joined by 'and' alone keeps the time after it
        ("The port handled 30 ships in May and 41 ships (a record) in June.", "41 ships", "in June."),
        ("The port handled 30 ships in May and 41 ships (a record) in June.", "30 ships", "in May"),
        # 'taking control of' is no running total
        ("Rebels advanced in March, taking control of 120 villages.", "120", "in March"),
    ],
)
def test_the_time_of_a_figures_own_phrase(text: str, figure: str, time: str) -> None:
    assert _time_written(text, figure) == time


@pytest.mark.parametrize(
    ("figure", "month"),
    [("75", "April"), ("60", "May"), ("41", "June"), ("52", "July"), ("33", "August")],
)
def test_a_time_that_labels_a_figure_is_its_time(figure: str, month: str) -> None:
    text = ("Arrests fell to 90 in March, in April - to 75, and in May - 60. In June, 12 ships came; by "
            "month, June: 41, July: 52 and August — 33 ships.")
    period = _scope(text, figure)
    assert period is not None
    assert period.text.strip(" .").endswith(month)


@pytest.mark.parametrize(
    ("text", "figure", "time"),
    [
        # a time past another figure is that figure's
        ("Bread prices in May 2024 rose to 7% from 5% in April.", "7%", "in May 2024"),
        # what a figure is compared with dates no figure after it ...
        ("Wheat sales in June fell 4% compared to May and reached 90 tonnes.", "90 tonnes", "in June"),
        ("Ferries in the first half of the year rose 5% compared to the same period in 2023, to 800.", "800",
         "in the first half of the year"),
        # ... but its own: by 'when', or a possessive
        ("That is double the figure in the same period last year, when it was 40 tonnes.", "40 tonnes",
         "in the same period last year"),
        ("Sales were €4 billion compared with 2023's sales of €3 billion.", "€3 billion", "2023"),
        # the span of a record is not when the figure held
        ("In March the wage bill fell to 70 billion dinars, its lowest level in three years.", "70 billion",
         "In March"),
        # 'current' before a noun gives way to any other time of the figure's phrase
        ("For 2025, the current plan sets 8% growth.", "8%", "For 2025"),
        # a time put first when something was reported gives way to the figure's own
        ("Earlier, in early March, the bureau reported that the loss for January-February came to "
         "30 million.",
         "30 million", "for January-February"),
    ],
)
def test_the_time_a_figure_holds_is_not_one_of_another_figure(text: str, figure: str, time: str) -> None:
    assert _time_written(text, figure) == time


def test_a_quarter_or_half_left_out_is_of_the_one_named_before() -> None:
    text = ("Output grew 12% in the second quarter of 2021, 8% in the third and in the fourth it rose 3%. "
            "Steel fell 2% in the first half of 2020. In the second, it rose 6%.")
    for figure, start, end in (("8%", "2021-07-01", "2021-09-30"), ("3%", "2021-10-01", "2021-12-31"),
                               ("6%", "2020-07-01", "2020-12-31")):
        period = _scope(text, figure)
        assert period is not None
        assert (period.start, period.end) == (d(start), d(end)), figure
    # with no quarter or half named before, 'in the third' is no time
    alone = _scope("The team came in the third, with 40 points.", "40")
    assert alone is not None
    assert alone.basis == "article"


@pytest.mark.parametrize(
    ("text", "figure", "time"),
    [
        # an aside between dashes does not cut a figure from its time
        ("Rebels fired 600 rockets – most of them old Grad models – at the town during March.", "600",
         "during March."),
        # a time opening its own clause is no tail of the list item before it
        ("The garrison grew to 9,000, then to 11,000, and by the end of June, about 14,000 men were there.",
         "about 14,000", "by the end of June"),
        # a verb after the time: it is what the figure is about, not when it was said
        ("The ministry says tax revenue in March was 12% higher.", "12%", "in March"),
        # the scene a sentence sets, past its dateline
        (" date 2024-05-02 In April, shelling reached a new high. The average was 310 shells a day.", "310",
         "In April"),
    ],
)
def test_a_figure_keeps_its_time_across_asides_lists_and_datelines(text: str, figure: str, time: str) -> None:
    assert _time_written(text, figure) == time


def test_a_day_put_first_is_when_it_was_said_unless_nothing_else_dates_the_figure() -> None:
    week = "On Friday, the navy said it had sunk 6 boats over the past week."
    period = _scope(week, "6 boats")
    assert period is not None
    assert (period.start, period.end) == (PUBLISHED - timedelta(days=7), PUBLISHED)
    alone = "On September 2, the registry reported that 1,210 people were missing."
    period = _scope(alone, "1,210")
    assert period is not None
    assert (period.start, period.end) == (d("2024-09-02"), d("2024-09-02"))


def test_two_years_apart_are_two_times() -> None:
    text = "The launcher flew in 1998 and 2009, and twice in 2019 and 2020."
    found = [t.text for t in ArticleTimes(text, WAR.names).in_sentence(0, len(text))]
    assert found == ["in 1998", "2009", "in 2019 and 2020"]


@pytest.mark.parametrize("text", ["Since the fall of the old regime, 20,000 people came home.",
                                  "It was the winter of discontent: 12 strikes a week."])
def test_a_season_of_something_other_than_a_year_is_no_season(text: str) -> None:
    assert ArticleTimes(text, WAR.names).in_sentence(0, len(text)) == []


def test_a_dateline_is_not_what_the_figure_is_about() -> None:
    text = "OSLO, May 4 (Wire) - The army holds 30,000 shells."
    period = _scope(text, "30,000")
    assert period is not None
    assert period.basis == "article"


def test_a_coming_date_is_near_or_it_is_past() -> None:
    near = "Talks will resume on October 2 in Geneva, where 40 delegates meet."
    far = "The depot, the ministry said, will report on what it lost on August 30: 12 launchers."
    coming, past = _scope(near, "40"), _scope(far, "12")
    assert coming is not None
    assert coming.start == d("2024-10-02")
    assert past is not None
    assert past.start == d("2024-08-30")


def test_a_week_earlier_is_before_the_day_named() -> None:
    text = "As of September 10 the count stood at 9,700, up from 9,500 a week earlier."
    period = _scope(text, "9,500")
    assert period is not None
    assert period.start == period.end == d("2024-09-03")
    alone = _scope("Prices were 40% lower a week earlier.", "40%")
    assert alone is not None
    assert alone.start == PUBLISHED - timedelta(days=7)


def test_a_results_report_is_about_the_quarter_just_ended() -> None:
    january = d("2025-01-28")
    text = ("Orders rose to $14 billion in Q4, and to $52 billion for the full year. Full-year margins "
            "were 9%. Sales reached $2 billion, up 12% from the year-ago quarter, and for the quarter "
            "the backlog grew by 3%.")
    for figure, start, end in (("$14 billion", "2024-10-01", "2024-12-31"),
                               ("$52 billion", "2024-01-01", "2024-12-31"),
                               ("9%", "2024-01-01", "2024-12-31"),
                               ("12%", "2023-10-01", "2023-12-31"),
                               ("3%", "2024-10-01", "2024-12-31")):
        period = _scope(text, figure, january)
        assert period is not None
        assert (period.start, period.end) == (d(start), d(end)), figure
    # a quarter still to come is the coming one
    coming = _scope("The firm expects to ship 40 units in the fourth quarter.", "40", january)
    assert coming is not None
    assert coming.start == d("2025-10-01")
    quarterly = "Third-quarter sales of 900 units rose 30% from last year."
    grown = _scope(quarterly, "30%", d("2024-10-25"))
    assert grown is not None
    assert (grown.start, grown.end) == (d("2023-07-01"), d("2023-09-30"))


def test_compared_to_the_end_of_a_year_is_no_deadline() -> None:
    period = _scope("Recruitment rose 30% compared to the end of 2023.", "30%")
    assert period is not None
    assert (period.start, period.end) == (d("2023-11-01"), d("2023-12-31"))
    deadline = _scope("The army will recruit 30,000 to the end of 2025.", "30,000")
    assert deadline is not None
    assert (deadline.start, deadline.end) == (PUBLISHED, d("2025-12-31"))


def test_a_cause_is_no_future() -> None:
    text = "In April, the number of deaths due to the war fell to 714."
    period = _scope(text, "714")
    assert period is not None
    assert (period.start, period.end) == (d("2024-04-01"), d("2024-04-30"))
    coming = _scope("In October the plant is due to make 400 shells.", "400")
    assert coming is not None
    assert coming.start == d("2024-10-01")


def test_the_future_makes_this_year_whole() -> None:
    text = "This year the consortium will deliver 600,000 rounds."
    period = _scope(text, "600,000")
    assert period is not None
    assert period.end == d("2024-12-31")


def test_a_stretch_still_running_ends_at_the_article_in_a_clause_in_the_past() -> None:
    past = "Air defence has shot down 310 drones this year and 41 this month."
    for figure, start in (("310", "2024-01-01"), ("41", "2024-09-01")):
        period = _scope(past, figure)
        assert period is not None
        assert (period.start, period.end) == (d(start), PUBLISHED)
    # a year's allocation, a plan and a hypothesis are about all of it
    for text, figure in (("The council has allocated 90 billion this year for drones.", "90 billion"),
                         ("The plant could assemble 900 engines this year with more staff.", "900"),
                         ("It said in May it was targeting 5 billion in sales this year.", "5 billion")):
        period = _scope(text, figure)
        assert period is not None
        assert period.end == d("2024-12-31"), text
    # since is always a time before: 'since May' in a hypothetical is still the May before
    hoped = _scope("Since May the crews would have fired 2,000 more with enough barrels.", "2,000")
    assert hoped is not None
    assert hoped.start == d("2024-05-01")


def test_a_time_put_first_sets_the_scene_for_the_next_sentence_of_its_paragraph() -> None:
    text = ("In August, the port handled record cargo. Some 410 ships called there.\n"
            "Officials were pleased. About 90 ships were turned away.\n"
            "Last year the yards made these:\n\n12 tugs\n\n3 tankers")
    ships = _scope(text, "410")
    assert ships is not None
    assert (ships.start, ships.end) == (d("2024-08-01"), d("2024-08-31"))
    # a new paragraph, or a sentence before with no time put first, sets none
    for figure in ("90",):
        period = _scope(text, figure)
        assert period is not None
        assert period.basis == "article", figure
    # a line that introduces a list dates its items
    tugs = _scope(text, "12 tugs")
    assert tugs is not None
    assert (tugs.start, tugs.end) == (d("2023-01-01"), d("2023-12-31"))


def test_a_date_in_a_dateline_is_no_item_of_a_list() -> None:
    text = "date 2024-12-24 (Wire) In 2025, about 2 million shells will be made."
    period = _scope(text, "about 2 million")
    assert period is not None
    assert (period.start, period.end) == (d("2025-01-01"), d("2025-12-31"))


def test_the_next_year_of_a_budget_is_the_calendar_year() -> None:
    for phrase, start, end in (("for the next year", "2025-01-01", "2025-12-31"),
                               ("over the next year", "2024-09-18", "2025-09-18")):
        period = resolve(phrase, ON)
        assert period is not None
        assert (period.start, period.end) == (d(start), d(end)), phrase


def test_the_period_named_before_and_the_one_a_year_earlier() -> None:
    text = ("In the first nine months of 2023, imports rose to 80 tonnes over the nine-month period, "
            "against 60 tonnes in the prior-year period.")
    for figure, start, end in (("80 tonnes", "2023-01-01", "2023-09-30"),
                               ("60 tonnes", "2022-01-01", "2022-09-30")):
        period = _scope(text, figure)
        assert period is not None
        assert (period.start, period.end) == (d(start), d(end)), figure


def test_two_years_are_one_stretch_only_when_in_a_row() -> None:
    text = "Exports fell in 2018 and 2022 to 40 tonnes."
    assert [t.text for t in ArticleTimes(text).in_sentence(0, len(text))] == ["in 2018", "2022"]


def test_a_total_a_figure_adds_to_is_not_of_its_time() -> None:
    text = ("The navy said it sank 3 boats over the past week, bringing the total to 41 since the "
            "start of Admiral Ivan Petrov's blockade.")
    week = _scope(text, "3 boats")
    assert week is not None
    assert (week.start, week.end) == (PUBLISHED - timedelta(days=7), PUBLISHED)
    total = _scope(text, "41")
    assert total is not None
    assert total.text != "over the past week"
    war = ("Kyiv said Russia lost 24 guns over the previous 24 hours, taking the total to 9,411 since the "
           "launch of Vladimir Putin's full-scale invasion.")
    since = _scope(war, "9,411")
    assert since is not None
    assert (since.start, since.end) == (d("2022-02-24"), PUBLISHED)


@pytest.mark.parametrize("text", ["Send them as soon as you can.", "Soon after the raid, 40 fled.",
                                  "The shells arrived shortly before noon.", "It was the year of the tiger."])
def test_soon_and_the_year_that_are_no_time(text: str) -> None:
    assert [t.text for t in ArticleTimes(text).in_sentence(0, len(text))] == []


def test_at_the_same_time_is_no_time() -> None:
    text = "In May the army fired 9,000 rounds. At the same time, crews repaired 40 guns."
    period = _scope(text, "40")
    assert period is not None
    assert period.text != "At the same time"


def test_the_year_before_counts_from_the_year_named() -> None:
    text = "In 2020 the trade fell to $500 million, from $700 million the year before."
    period = _scope(text, "$700 million")
    assert period is not None
    assert (period.start, period.end) == (d("2019-01-01"), d("2019-12-31"))


def test_the_same_period_of_another_year_is_that_stretch_then() -> None:
    text = ("In the first quarter of 2024 exports reached 4 million tonnes, against 3.1 million in the same "
            "period of 2023.")
    period = _scope(text, "3.1 million")
    assert period is not None
    assert (period.start, period.end) == (d("2023-01-01"), d("2023-03-31"))
    prior = ("Sales came to $5 billion in the first half of 2024, from $4 billion in the same period the "
             "prior year.")
    period = _scope(prior, "$4 billion")
    assert period is not None
    assert (period.start, period.end) == (d("2023-01-01"), d("2023-06-30"))


def test_the_previous_year_counts_from_the_stretch_named() -> None:
    text = "Shipments to Poland came to $9 billion in 2023, up 15 percent from the previous year."
    period = _scope(text, "15 percent")
    assert period is not None
    assert (period.start, period.end) == (d("2022-01-01"), d("2022-12-31"))
    quarterly = "Second-quarter revenue rose to $2 billion, from $1.6 billion in the previous year."
    period = _scope(quarterly, "$1.6 billion", d("2025-07-31"))
    assert period is not None
    assert (period.start, period.end) == (d("2024-04-01"), d("2024-06-30"))


def test_the_same_period_may_be_named_a_sentence_before() -> None:
    text = ("The group reported results for the third quarter on Thursday. Compared to the same period "
            "last year, its sales grew by 40%.\n\nCompared to the same period last year, exports doubled "
            "to 300 units.\n\nThe board met twice. It hired staff. It sold a plant. Compared to the same "
            "period last year, orders fell to 20 units.")
    # (a wire's paragraphs are a sentence or two: what a sentence counts from may be in the one before)
    for figure in ("40%", "300 units"):
        period = _scope(text, figure, d("2024-10-31"))
        assert period is not None
        assert (period.start, period.end) == (d("2023-07-01"), d("2023-09-30")), figure
    # ... but not three sentences back: then it is last year
    fell = _scope(text, "20 units", d("2024-10-31"))
    assert fell is not None
    assert (fell.start, fell.end) == (d("2023-01-01"), d("2023-12-31"))


def test_then_and_that_date_are_the_time_named_before() -> None:
    text = ("The rebels took the bridge on March 3, 2023. Since then they have fired 9,000 rockets at the "
            "town.\n\nThe corridor opened in July. Up to that date, 120 ships had left, and during this "
            "time 40 more were seized.")
    for figure, start, end in (("9,000", "2023-03-03", PUBLISHED), ("40", "2024-07-01", "2024-07-31")):
        period = _scope(text, figure)
        assert period is not None
        assert (period.start, period.end) == (d(start), d(end) if isinstance(end, str) else end), figure
    until = _scope(text, "120")
    assert until is not None
    assert (until.start, until.end) == (None, d("2024-07-31"))
    # with nothing named before, 'since then' is no time the harness can know
    alone = _scope("Since then the unit has fired 500 rounds.", "500")
    assert alone is not None
    assert alone.basis == "article"
    daily = _scope("The army lost 12 tanks in the same 24-hour period.", "12")
    assert daily is not None
    assert (daily.start, daily.end) == (PUBLISHED - timedelta(days=1), PUBLISHED)


def test_the_said_period_and_during_the_year_are_the_stretch_named_before() -> None:
    text = ("The audit covered 2019 to 2021. During the reporting period, the ministry spent 40% of its "
            "budget on fuel.\n\nThe firm published its results for 2023 on Thursday. During the year, it cut "
            "its debt by $2 billion.")
    for figure, start, end in (("40%", "2019-01-01", "2021-12-31"),
                               ("$2 billion", "2023-01-01", "2023-12-31")):
        period = _scope(text, figure, d("2024-03-20"))
        assert period is not None
        assert (period.start, period.end) == (d(start), d(end)), figure
    # ('in the year since' is no year: a stretch from an event the harness may not know)
    since = "In the year since the flood, the town rebuilt 300 homes."
    assert ArticleTimes(since, WAR.names).in_sentence(0, len(since)) == []


def test_a_half_or_week_with_no_year_counts_from_the_one_named() -> None:
    text = ("Revenue in 2021 was flat. In the second half, it fell 4%.\n\nExports came to 9 million barrels "
            "in the week to April 15, down 25% from 12 million the previous week.")
    half = _scope(text, "4%")
    assert half is not None
    assert (half.start, half.end) == (d("2021-07-01"), d("2021-12-31"))
    week = _scope(text, "12 million", d("2022-04-20"))
    assert week is not None
    assert (week.start, week.end) == (d("2022-04-02"), d("2022-04-08"))


def test_a_year_ago_quarter_is_a_base_and_over_the_year_is_the_year_named() -> None:
    text = ("- Sales of $4 billion in the third quarter of 2024, up 8% from year-ago quarter\n\nThe fund "
            "was set up in 2023. Over the year, it lent $90 million.")
    base = _scope(text, "8%", d("2024-10-23"))
    assert base is not None
    assert (base.start, base.end) == (d("2023-07-01"), d("2023-09-30"))
    year = _scope(text, "$90 million", d("2024-10-23"))
    assert year is not None
    assert (year.start, year.end) == (d("2023-01-01"), d("2023-12-31"))


def test_this_winter_said_in_january_or_february_is_the_one_under_way() -> None:
    february = Calendar(d("2024-02-22"), (WAR,))
    for phrase, start, end in (("this winter", "2023-12-01", "2024-02-29"),
                               ("last winter", "2022-12-01", "2023-02-28"),
                               ("next winter", "2024-12-01", "2025-02-28")):
        period = resolve(phrase, february)
        assert period is not None
        assert (period.start, period.end) == (d(start), d(end)), phrase


def test_the_previous_year_after_a_few_days_is_the_whole_year_before() -> None:
    text = "The old record fell in mid-December. Compared to the previous year, sales rose 40%."
    period = _scope(text, "40%", d("2023-12-27"))
    assert period is not None
    assert (period.start, period.end) == (d("2022-01-01"), d("2022-12-31"))


def test_the_previous_month_or_quarter_is_before_the_one_named() -> None:
    text = "Trade reached $210 million in December, up from $180 million the previous month."
    period = _scope(text, "$180 million", d("2025-01-20"))
    assert period is not None
    assert (period.start, period.end) == (d("2024-11-01"), d("2024-11-30"))
    quarter = "Revenue was $3 billion in the second quarter of 2025, 10% above the previous quarter."
    period = _scope(quarter, "10%")
    assert period is not None
    assert (period.start, period.end) == (d("2025-01-01"), d("2025-03-31"))
    alone = resolve("the previous quarter", ON)  # (none named: the one before the article's)
    assert alone is not None
    assert (alone.start, alone.end) == (d("2024-04-01"), d("2024-06-30"))
    earlier = "Imports fell to 40,000 tonnes in the first quarter, down 30% from a year earlier."
    period = _scope(earlier, "30%", d("2018-04-20"))
    assert period is not None
    assert (period.start, period.end) == (d("2017-01-01"), d("2017-03-31"))


def test_a_change_from_last_year_is_last_year_not_since_then() -> None:
    period = resolve("from last year", ON)
    assert period is not None
    assert (period.start, period.end) == (d("2023-01-01"), d("2023-12-31"))
    same = resolve("from the same period last year", ON)
    assert same is not None
    assert (same.start, same.end) == (d("2023-01-01"), d("2023-12-31"))


def test_since_a_clause_dated_by_its_time_is_since_that_time() -> None:
    text = "The army has lost 900 guns since the rebels took the city in March 2023."
    period = _scope(text, "900")
    assert period is not None
    assert (period.start, period.end) == (d("2023-03-01"), PUBLISHED)



def test_since_a_clause_that_names_an_event_of_its_time_is_since_the_event() -> None:
    text = ("Prices have tripled, to 90 rubles, since the army's generals launched the invasion in "
            "February 2022.")
    period = _scope(text, "90 rubles")
    assert period is not None
    assert (period.start, period.end) == (WAR.date, PUBLISHED)
    decade = _scope("The navy has tested 40 missiles since the admiral took command two decades ago.", "40")
    assert decade is not None
    assert (decade.start, decade.end) == (d("2004-09-18"), PUBLISHED)
    # a clause that holds a figure or a time of its own is no clause 'since' opens for the last
    other = "Arrivals were the highest since 2017 and up 140% on a year ago."
    period = _scope(other, "140%")
    assert period is not None
    assert (period.start, period.end) == (d("2023-09-18"), d("2023-09-18"))

def test_a_quote_that_holds_its_time_is_about_that_time() -> None:
    text = "Officials said that in 2019 the state wrote off 60% of the loan."
    start = text.index("in 2019")
    period = ArticleTimes(text).period(start, text.index("loan"), Calendar(PUBLISHED))
    assert period is not None
    assert period.text == "in 2019"


def test_the_last_day_of_a_visit_is_no_stretch_before_the_article() -> None:
    assert ArticleTimes("A parade was held on the last day.").in_sentence(0, 34) == []


def test_a_figure_with_no_time_is_dated_by_its_article() -> None:
    period = _scope("The brigade holds 48 howitzers.", "48")
    assert period == Period(PUBLISHED, PUBLISHED, "", True, "article")
    assert ArticleTimes("The brigade holds 48 howitzers.").period(18, 20, Calendar()) is None


# Properties ------------------------------------------------------------------------------

DATES = st.dates(min_value=date(1995, 1, 1), max_value=date(2035, 12, 31))
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]
_UNITS = ["days", "weeks", "months", "years"]
PHRASES = st.one_of(
    st.builds("in {}".format, st.integers(1990, 2030)),
    st.builds("{} {}".format, st.sampled_from(_MONTHS), st.integers(1990, 2030)),
    st.builds("since {}".format, st.sampled_from(_MONTHS)),
    st.builds("in the past {} {}".format, st.integers(1, 30), st.sampled_from(_UNITS)),
    st.builds("{} {} ago".format, st.integers(2, 30), st.sampled_from(_UNITS)),
    st.builds("by the end of {}".format, st.integers(1990, 2040)),
    st.builds("{} {}".format, st.sampled_from(["early", "mid", "late"]), st.integers(1990, 2030)),
    st.builds("the {} of {}".format, st.sampled_from(["spring", "summer", "autumn", "winter"]),
              st.integers(1990, 2030)),
    st.builds("{} {}".format, st.sampled_from(["last", "this", "next"]),
              st.sampled_from(["year", "month", "week", "spring", "summer", "autumn", "winter", "March"])),
    st.builds("the {}".format, st.sampled_from(["spring", "summer", "autumn", "winter"])),
    st.builds("after {} months of war".format, st.integers(1, 30)),
    st.sampled_from(["yesterday", "now", "recently", "so far", "since the start of the war", "after today",
                     "in the first months of the war", "the first half of this year"]),
)


@settings(deadline=None)  # (the first example compiles the patterns)
@given(PHRASES, DATES, st.sampled_from([{}, {"past": True}, {"future": True}]))
@example("this winter", date(2023, 10, 8), {"past": True})
def test_a_period_never_ends_before_it_starts(phrase: str, published: date, clause: dict[str, bool]) -> None:
    # (in a clause about the past or the future too: 'has fallen this winter', said in October)
    period = resolve(phrase, Calendar(published, (WAR,), **clause))
    assert period is not None, phrase
    if period.start is not None and period.end is not None:
        assert period.start <= period.end


SHIFTING = st.one_of(
    st.builds("in the past {} days".format, st.integers(1, 60)),
    st.builds("{} days ago".format, st.integers(1, 60)),
    st.builds("over the last {} weeks".format, st.integers(1, 12)),
    st.sampled_from(["yesterday", "today", "now", "in the past 24 hours", "last week"]),
)


@given(SHIFTING, DATES, st.integers(-400, 400).map(lambda days: timedelta(weeks=days // 7 or 1)))
def test_moving_the_article_date_moves_a_relative_period_alike(phrase: str, published: date,
                                                               shift: timedelta) -> None:
    before = resolve(phrase, Calendar(published))
    after = resolve(phrase, Calendar(published + shift))
    assert before is not None
    assert after is not None
    assert before.start
    assert after.start
    assert (after.start - before.start, after.end - before.end) == (shift, shift)  # type: ignore[operator]


@given(st.sampled_from(["in 2019", "March 2021", "between May and July 2020", "the winter of 2023",
                        "Q2 2018", "since the start of the war", "before the war", "2010-15"]),
       DATES, DATES)
def test_moving_the_article_date_leaves_an_absolute_period_alone(phrase: str, one: date, other: date) -> None:
    first = resolve(phrase, Calendar(one, (WAR,)))
    second = resolve(phrase, Calendar(other, (WAR,)))
    assert first is not None
    assert second is not None
    assert first.start == second.start
    if "since" not in phrase:
        assert first.end == second.end


PERIODS = st.builds(lambda start, length, open_start, open_end: Period(
    None if open_start else start, None if open_end else start + timedelta(days=length)),
    DATES, st.integers(0, 800), st.booleans(), st.booleans())


@given(PERIODS, PERIODS)
def test_overlap_is_symmetric(a: Period, b: Period) -> None:
    assert a.overlaps(b) == b.overlaps(a)


# The cheap look before the anchor pattern ---------------------------------------------------

_DATA = Path(__file__).parent.parent / "data"
_EVENTS = ("the war", "the full-scale invasion")


@pytest.mark.parametrize("folder", sorted({p.parent for p in _DATA.rglob("*.txt")}), ids=lambda p: p.name)
def test_no_sentence_with_an_anchor_is_passed_over(folder: Path) -> None:
    """Real text of many outlets: every sentence the anchor pattern finds a time in is looked at."""
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        for sentence in re.finditer(r"[^.\n]+", text):
            if anchor_pattern(_EVENTS).search(text, sentence.start(), sentence.end()):
                assert may_hold_time(text, sentence.start(), sentence.end(), _EVENTS), sentence.group()


@given(st.text(alphabet=st.sampled_from([*"abcdeghilmnorstuwy019 -,.'’Q"]), max_size=60),
       st.sampled_from(["", "in 2023", "last summer", "Q3", "two weeks ago", "since the war", "in the 1990s",
                        "so far", "year-end", "on Monday", "in Sept.", "H1", "to date"]))
def test_a_time_word_anywhere_is_never_passed_over(noise: str, time: str) -> None:
    text = f"{noise} {time} {noise}"
    if anchor_pattern(_EVENTS).search(text):
        assert may_hold_time(text, 0, len(text), _EVENTS)


@pytest.mark.parametrize("sentence", ["Prices have doubled these days.",
                                      "Drones struck the depot last night.",
                                      "Two months earlier the plant had stopped.",
                                      "The first such order in a decade was signed.",
                                      "During the reporting period the fund grew.",
                                      "Exports rose throughout the year.",
                                      "Sales in the first two quarters of the year fell.",
                                      "Sales in FY-23 were weak."])
def test_a_time_with_no_year_or_month_in_its_sentence_is_found(sentence: str) -> None:
    assert ArticleTimes(sentence).in_sentence(0, len(sentence)) != []


Spans = list[tuple[int, str]]


def _found(text: str, start: int, events: tuple[str, ...]) -> tuple[Spans, Spans]:
    everywhere = [(m.start(), m.group()) for m in expression_pattern(events).finditer(text, start)]
    return [(m.start(), m.group()) for m in find_expressions(text, start, len(text), events)], everywhere


@pytest.mark.parametrize("folder", sorted({p.parent for p in _DATA.rglob("*.txt")}), ids=lambda p: p.name)
def test_expressions_tried_only_where_one_can_start_are_all_found(folder: Path) -> None:
    """Real text of many outlets: trying the pattern only at the words an expression can
    start with finds just what trying it everywhere does."""
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        for events in (_EVENTS, ()):
            tried, everywhere = _found(text, 0, events)
            assert tried == everywhere


_WORDS = ["in 2023", "the war", "Last summer", "today’s", "'90s", "since then", "2,000", "shells", "Q3",
          "mid-2024", "yearend", "pre-war", "Russia's", "and", "—", ",", "between May and July", "x", "(",
          "over the past 24 hours", "“"]


@given(st.lists(st.sampled_from(_WORDS), max_size=12), st.integers(0, 5))
def test_expressions_tried_only_where_one_can_start_in_any_text(words: list[str], start: int) -> None:
    text = " ".join(words)
    for events in (_EVENTS, ()):
        tried, everywhere = _found(text, min(start, len(text)), events)
        assert tried == everywhere


def test_a_time_labelling_the_next_line_is_the_next_items() -> None:
    text = "Funds set aside for the coming years:\n2026: up to 2.7 billion\n2027: up to 3.2 billion\n"
    assert _time_written(text, "up to 2.7 billion") == "2026"
    assert _time_written(text, "up to 3.2 billion") == "2027"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The minister is set to sign a deal for 40 launchers in late November.", id="set-to"),
        pytest.param("The deal for 40 launchers awaits approval in late November.", id="awaits"),
    ],
)
def test_a_clause_that_looks_ahead_means_the_coming_month(text: str) -> None:
    period = _scope(text, "40")
    assert period is not None
    assert period.start.year == PUBLISHED.year + (PUBLISHED.month >= 11)
    assert period.start.month == 11


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        pytest.param("in the week leading up to Sept. 14", "2024-09-08", "2024-09-14", id="leading-up-to"),
        pytest.param("in January", "2024-01-01", "2024-01-31", id="a-month-before-a-decimal"),
    ],
)
def test_the_stretch_before_a_day_and_a_month_before_an_amount(phrase: str, start: str, end: str) -> None:
    text = f"Spending was 1.18 trillion rubles {phrase} 1.2 trillion."
    [found] = ArticleTimes(text, WAR.names).in_sentence(0, len(text))
    assert found.text == phrase
    period = _scope(text, "1.18 trillion")
    assert period is not None
    assert (period.start, period.end) == (d(start), d(end))


def test_from_the_previous_quarter_is_that_quarter() -> None:
    text = "The economy grew 5.4% in the second quarter and 1.2% from the prior quarter."
    period = _scope(text, "1.2%")
    assert period is not None
    assert (period.start, period.end) == (d("2024-01-01"), d("2024-03-31"))
