"""The HTML report stays bounded on a large run: claims, conflicts, charts and articles are
cut to ``Limits``, the most important part first, and conflicts.json keeps everything."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factsheet.check.compare import Claim, covers
from factsheet.check.results import Validation
from factsheet.errors import Location
from factsheet.quantities import ClaimValue
from factsheet.report import render_html, render_json, report_data
from factsheet.report.data import format_json, plain
from factsheet.report.limits import Limits
from factsheet.report.view import build_page, conflict_sides, pick_claims
from factsheet.run.validate import validate
from factsheet.sheets.records import Acceptance

from .conftest import Workspace
from .test_report import Page

SMALL = Limits(claims_shown=5, claims_max=12, conflicts_per_fact=1, conflicts_max=2, claims_per_side=2,
               chart_rows=6, articles_max=8)
HUGE = Limits(claims_shown=10**6, claims_max=10**6, conflicts_per_fact=10**6, conflicts_max=10**6,
              claims_per_side=10**6, chart_rows=10**6, articles_max=10**6)
SHEET = """\
facts:
  - id: dprk.howitzers
    title: Howitzers in North Korea's inventory
    unit: howitzer
    tolerance: 5%
    recognise: {nouns: [howitzers]}
    accepted:
      - between: [a00, b0]
        reason: different years
  - id: dprk.tanks
    title: Tanks in North Korea's inventory
    unit: tank
    tolerance: 5%
    recognise: {nouns: [tanks]}
"""


@pytest.fixture
def crowd(workspace: Workspace) -> Validation:
    """Three runs of howitzer figures: 20 around 10,000 (accepted against the next run),
    4 around 20,000 and one of 30,000 (a new conflict); two tank figures in conflict;
    an unmatched count of drones; five articles without figures."""
    for i in range(20):
        workspace.article(f"a{i:02}", f"Officials say North Korea has {10_000 + 10 * i:,} howitzers.\n")
    for i in range(4):
        workspace.article(f"b{i}", f"Seoul says North Korea has {20_000 + 100 * i:,} howitzers.\n")
    workspace.article("c0", "Analysts say North Korea has 30,000 howitzers.\n")
    workspace.article("m0", "Russia bought 4,000 drones last year.\n")
    for i in range(5):
        workspace.article(f"q{i}", "Nothing to count here.\n")
    workspace.article("t0", "Pyongyang fields 3,000 tanks.\n")
    workspace.article("t1", "Pyongyang fields 5,000 tanks.\n")
    workspace.sheet("crowd", SHEET)
    validation = validate(workspace.corpus, workspace.facts)
    assert not validation.failures, [str(f) for f in validation.failures]
    return validation


def words(html: str) -> str:
    return " ".join(" ".join(Page(html).text).split())


def section(html: str, start: str, end: str) -> str:
    return html[html.index(start) : html.index(end, html.index(start))]


def test_json_keeps_everything_whatever_the_limits(crowd: Validation) -> None:
    data = json.loads(render_json(crowd))
    assert len(data["claims"]) == 27
    assert [len(c["claims"]) for c in data["conflicts"]] == [5, 2, 24]
    assert len(data["articles"]) == 33


def test_fact_table_shows_conflicting_claims_first_then_collapses_then_counts(crowd: Validation) -> None:
    html = render_html(crowd, limits=SMALL)
    fact = section(html, 'id="fact-dprk.howitzers"', "</article>")
    shown, more = fact.split("<details", 1)
    assert re.findall(r'<tr class="verdict-(\w+)"><td>(?:<a href="#article-)?(?:<code>)?(\w+)', shown) == [
        ("conflict", "b0"), ("conflict", "b1"), ("conflict", "b2"), ("conflict", "b3"), ("conflict", "c0")]
    assert re.findall(r'<tr class="verdict-(\w+)"><td>(?:<a href="#article-)?(?:<code>)?(\w+)', more) == [
        ("accepted", f"a{i:02}") for i in range(7)]
    text = words(fact)
    assert ("25 claims: claims in new conflicts first, then in accepted ones, then the rest; "
            "5 below, 7 more under “More claims”.") in text
    assert "More claims (7)" in text
    assert "13 more claims are not in this page: conflicts.json lists all 25." in text
    index = section(html, '<table class="index">', "</table>")
    assert '<td class="num">25</td>' in index  # the index counts every claim


def test_conflict_cards_are_chosen_new_first_and_left_out_ones_counted(crowd: Validation) -> None:
    html = render_html(crowd, limits=SMALL)
    page = Page(html)
    cards = [(a["data-status"], a["id"]) for a in page.all("article") if a.get("data-kind") == "conflict"]
    assert [status for status, _ in cards] == ["new", "new"]
    # More than four sources: named by their number and a digest, not listed.
    assert re.fullmatch(r"conflict-dprk\.howitzers--5-sources-[0-9a-f]{12}", cards[0][1] or "")
    assert cards[1][1] == "conflict-dprk.tanks--t0--t1"
    text = words(section(html, 'id="conflicts-heading"', "</section>"))
    assert ("2 of 3 conflicts are shown here: at most 1 per fact and 2 in all, new ones and contradictions "
            "first. "
            "conflicts.json lists them all. Not shown: Howitzers in North Korea's inventory "
            "dprk.howitzers : 1 accepted") in text


def test_a_large_conflict_lists_a_few_claims_per_side(crowd: Validation) -> None:
    html = render_html(crowd, limits=SMALL)
    card = section(html, 'id="conflict-dprk.howitzers--5-sources-', "</article>")
    text = words(card)
    assert "Lower side: 4 claims, 20,000–20,300 howitzer" in text
    assert "Higher side: 1 claim, 30,000 howitzer" in text
    # The short side gives its unused rows to the long one; the values nearest the cut come first.
    assert re.findall(r"<mark>([\d,]+)</mark>", card) == ["20,100", "20,200", "20,300", "30,000"]
    assert "… and 1 more claim on this side: conflicts.json lists them all." in text
    assert "- between: [b0, c0]" in card


def test_the_suggested_acceptance_covers_its_conflict(crowd: Validation) -> None:
    page = build_page(crowd, Limits(claims_per_side=2))
    records = {tuple(sorted(c.sources)): c for c in crowd.conflicts}
    suggested = [(card.accept_between, records[card.sources]) for card in page.conflicts]
    assert [pair for pair, _ in suggested] == [("b0", "c0"), ("t0", "t1"), ("a00", "b0")]
    for pair, record in suggested:
        assert covers(Acceptance(frozenset(pair), "test", Location(Path("facts/crowd.yaml"), 1)), record)
    assert [[len(side) for side in conflict_sides(record)] for _, record in suggested] == [
        [4, 1], [1, 1], [20, 4]]


def test_a_side_lists_every_value_before_repeating_one_nearest_the_cut_first() -> None:
    def claim(article: str, number: float, origin: str = "auto") -> Claim:
        return Claim("f", article, article, ClaimValue.exact(number), str(number), "", str(number), 0, 1,
                     origin)  # type: ignore[arg-type]

    side = [claim("a", 1), claim("b", 1), claim("z", 1, "pinned"), claim("c", 2), claim("d", 3),
            claim("e", 3)]
    assert [c.article for c in pick_claims(side, 4, lower=True)] == ["z", "c", "d", "e"]
    assert [c.article for c in pick_claims(side, 4, lower=False)] == ["a", "z", "c", "d"]
    assert len(pick_claims(side, 99, lower=True)) == 6


def test_article_view_shows_articles_in_conflicts_first_and_counts_the_rest(crowd: Validation) -> None:
    html = render_html(crowd, limits=SMALL)
    page = Page(html)
    shown = [a["id"] for a in page.all("article") if a.get("data-kind") == "article"]
    # Quoted by the first card, then the second, then in a new conflict, then in an accepted one.
    assert shown == ["article-b1", "article-b2", "article-b3", "article-c0", "article-t0", "article-t1",
                     "article-b0", "article-a00"]
    text = words(section(html, 'id="articles-heading"', "</section>"))
    assert ("8 of 33 articles are shown here (at most 8, with 2,000,000 characters of text in all): those "
            "whose claims the conflicts above list, then those "
            "in other new conflicts, in accepted ones, with claims, and last those with a count, rate, "
            "amount or percentage no fact claims. Not shown: 20 more articles of these kinds and 5 with "
            "neither claims nor such quantities. conflicts.json lists every article and claim.") in text
    assert "Articles (8 of 33)" in words(section(html, '<nav class="sections"', "</nav>"))


def test_article_text_is_bounded_too(crowd: Validation) -> None:
    lengths = {a.id: len(a.text) for a in crowd.corpus.articles}
    assert lengths["b0"] == lengths["b1"] == 45
    html = render_html(crowd, limits=Limits(article_chars=100))
    shown = [a["id"] for a in Page(html).all("article") if a.get("data-kind") == "article"]
    assert shown == ["article-b0", "article-b1"]  # a third would pass 100 characters


def test_links_resolve_when_articles_are_left_out(crowd: Validation) -> None:
    html = render_html(crowd, limits=SMALL)
    page = Page(html)
    ids = page.ids()
    assert len(ids) == len(set(ids))
    assert {(a["href"] or "")[1:] for a in page.all("a")} <= set(ids)
    # An article the page leaves out is named with its title, not linked.
    assert '<td><code>a01</code><br><small class="provenance">' in html
    assert ('<a href="#article-b0"><code>b0</code></a><br><small class="provenance">no date or outlet in the '
            'manifest</small><br><small><a href="#text-b0-') in html


def test_a_chart_with_more_sources_than_rows_is_grouped(crowd: Validation) -> None:
    html = render_html(crowd, limits=SMALL)
    figure = section(html, 'id="fact-dprk.howitzers"', "</figure>")
    assert figure.count('<g class="row') <= 6
    assert "25 sources, too many for a row each, grouped by value" in words(figure)
    tanks = section(html, 'id="fact-dprk.tanks"', "</figure>")
    assert tanks.count('<g class="row') == 2


def test_below_every_limit_the_page_is_the_same(crowd: Validation) -> None:
    assert render_html(crowd, limits=HUGE) != render_html(crowd, limits=SMALL)
    big_enough = Limits(claims_shown=25, claims_max=25, conflicts_per_fact=2, conflicts_max=3,
                        claims_per_side=12, chart_rows=26, articles_max=33)
    assert render_html(crowd, limits=big_enough) == render_html(crowd, limits=HUGE)


def test_default_limits_bound_a_fact_with_thousands_of_claims(workspace: Workspace) -> None:
    for article in range(3):
        workspace.article(f"s{article}", "".join(
            f"Report {i}: North Korea has {20_000 + 7 * (i + 400 * article):,} howitzers.\n"
            for i in range(400)))
    workspace.sheet("big", SHEET[: SHEET.index("    accepted:")])
    validation = validate(workspace.corpus, workspace.facts)
    assert len(validation.result("dprk.howitzers").claims) == 1_200
    html = render_html(validation)
    assert html.count('<tr class="verdict-') == 500
    assert html.count('<g class="row') <= 40
    assert "700 more claims are not in this page: conflicts.json lists all 1,200." in words(html)
    assert len(html.encode()) < 1_000_000


@pytest.mark.parametrize(
    ("changes", "message"),
    [({"claims_shown": 0}, "limit 'claims_shown' must be at least 1, got 0"),
     ({"claims_shown": 10, "claims_max": 5}, "limit 'claims_max' (5) must be at least 'claims_shown' (10)"),
     ({"chart_rows": 2}, "limit 'chart_rows' must be at least 3, got 2")],
)
def test_limits_are_checked(changes: dict[str, int], message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        Limits(**changes)


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=20,
)


@given(JSON)
def test_format_json_is_json_dumps_indented(value: Any) -> None:
    assert format_json(value) == json.dumps(value, indent=2, ensure_ascii=False) + "\n"


def test_format_json_of_the_report(crowd: Validation) -> None:
    data = report_data(crowd)
    expected = json.dumps(plain(data), indent=2, ensure_ascii=False) + "\n"
    assert format_json(data) == expected == render_json(crowd)


def test_claim_records_read_like_the_list_they_stand_for(crowd: Validation) -> None:
    records = report_data(crowd)["claims"]
    listed = plain(records)
    assert len(records) == len(listed) > 3
    assert [records[i] for i in range(len(records))] == listed == list(records)
    assert plain(records[1:3]) == listed[1:3]
    assert records[-1] == listed[-1]
