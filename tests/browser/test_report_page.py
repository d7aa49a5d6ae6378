"""conflicts.html in headless Chromium: what an analyst sees, clicks and prints."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from factsheet.report import render_html
from factsheet.report.limits import Limits
from factsheet.run.validate import validate

from .conftest import PWNED_IMG, PWNED_SCRIPT, Visit, png_pixels

sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
expect = sync_api.expect


def conflict(visit: Visit, fact: str) -> sync_api.Locator:
    return visit.page.locator("article.conflict", has=visit.page.locator(f"a[href='#fact-{fact}']"))


def status_box(visit: Visit, name: str) -> sync_api.Locator:
    return visit.page.get_by_role("checkbox", name=re.compile(rf"^{name} \(\d+\)$"))


def test_design_card_conflicts_are_shown_with_both_quotes(visit: Visit, shipped_url: str) -> None:
    visit.open(shipped_url)
    howitzers = conflict(visit, "dprk.howitzers")
    expect(howitzers).to_be_visible()
    expect(howitzers).to_contain_text("estimated at more than 20,000 Soviet-standard")
    expect(howitzers).to_contain_text("it has over 21,600 howitzers")
    shells = conflict(visit, "russia.shells_fired_per_day")
    expect(shells).to_be_visible()
    expect(shells).to_contain_text("not less than 5,000 artillery shells fired per day")
    expect(shells).to_contain_text("Russian troops go through 20,000-60,000 artillery shells per day")
    expect(shells).to_contain_text("20,000–60,000 shell / day")
    assert visit.errors == []


def test_new_conflicts_come_first_and_charts_are_drawn(visit: Visit, card_url: str) -> None:
    page = visit.open(card_url)
    statuses = page.locator("article.conflict").evaluate_all("els => els.map(e => e.dataset.status)")
    assert statuses == ["new", "new", "accepted"]
    expect(page.locator(".headline")).to_have_text("2 new conflicts to review: listed first below.")
    chart = page.locator("#fact-dprk\\.howitzers svg")
    expect(chart).to_be_visible()
    expect(chart.locator("text.status")).to_have_text(["new conflict", "new conflict"])
    expect(chart.locator("text.ticklabel")).to_have_text(["19.5k", "20k", "20.5k", "21k", "21.5k", "22k"])


def test_status_filters_hide_and_show_conflicts(visit: Visit, card_url: str) -> None:
    page = visit.open(card_url)
    howitzers, shells, tanks = (conflict(visit, f) for f in
                                ("dprk.howitzers", "russia.shells_fired_per_day", "dprk.tanks"))
    expect(page.locator("#filter-count")).to_have_text(
        "Showing 3 of 3 conflicts, 3 of 3 facts, 3 of 3 articles.")
    status_box(visit, "accepted").click()
    expect(shells).to_be_hidden()
    expect(howitzers).to_be_visible()
    expect(tanks).to_be_visible()
    expect(page.locator("#filter-count")).to_contain_text("Showing 2 of 3 conflicts")
    status_box(visit, "accepted").click()
    expect(shells).to_be_visible()
    status_box(visit, "new").focus()
    page.keyboard.press("Space")  # a real checkbox: the keyboard works as the mouse does
    expect(status_box(visit, "new")).not_to_be_checked()
    expect(howitzers).to_be_hidden()
    expect(tanks).to_be_hidden()
    expect(shells).to_be_visible()
    status_box(visit, "accepted").click()
    expect(page.get_by_text("No conflict matches the filters.")).to_be_visible()


def test_severity_filters_hide_and_show_conflicts(visit: Visit, card_url: str) -> None:
    page = visit.open(card_url)
    status_box(visit, "contradiction").click()
    expect(conflict(visit, "dprk.tanks")).to_be_hidden()
    expect(conflict(visit, "dprk.howitzers")).to_be_visible()
    expect(conflict(visit, "russia.shells_fired_per_day")).to_be_visible()
    status_box(visit, "divergence").click()
    expect(page.locator("article.conflict")).to_have_count(3)
    for fact in ("dprk.tanks", "dprk.howitzers", "russia.shells_fired_per_day"):
        expect(conflict(visit, fact)).to_be_hidden()
    status_box(visit, "contradiction").click()
    expect(conflict(visit, "dprk.tanks")).to_be_visible()


def test_search_narrows_facts_articles_and_conflicts(visit: Visit, card_url: str) -> None:
    page = visit.open(card_url)
    page.get_by_label("Search facts and articles").fill("howitzers")
    expect(page.locator("article.fact:visible")).to_have_count(1)
    expect(page.locator("article.fact:visible h3")).to_have_text(re.compile("^Howitzers in North Korea"))
    expect(page.locator("table.index tbody tr:visible")).to_have_count(1)
    expect(page.locator("article.source:visible h3 code")).to_have_text(["a", "b"])
    expect(page.locator("article.conflict:visible")).to_have_count(1)
    page.get_by_label("Search facts and articles").fill("tanks 5,000")  # every word must match
    expect(page.locator("article.fact:visible h3")).to_have_text(re.compile("^Tanks"))
    expect(page.locator("article.source:visible h3 code")).to_have_text(["c"])
    page.get_by_role("button", name="Show all").click()
    expect(page.locator("article.fact:visible")).to_have_count(3)


def test_a_link_to_a_filtered_out_fact_shows_it(visit: Visit, card_url: str) -> None:
    page = visit.open(card_url)
    page.get_by_label("Search facts and articles").fill("howitzers")
    expect(page.locator("#fact-dprk\\.tanks")).to_be_hidden()
    page.evaluate("location.hash = '#fact-dprk.tanks'")
    expect(page.locator("#fact-dprk\\.tanks")).to_be_visible()
    expect(page.locator("#fact-dprk\\.tanks")).to_be_in_viewport()


def test_links_lead_to_facts_and_article_text(visit: Visit, card_url: str) -> None:
    page = visit.open(card_url)
    conflict(visit, "dprk.howitzers").get_by_role("link", name="Howitzers in North Korea's inventory").click()
    assert page.url.endswith("#fact-dprk.howitzers")
    expect(page.locator("#fact-dprk\\.howitzers h3")).to_be_in_viewport()
    claims = page.locator("#article-a pre a.claim")
    expect(claims).to_have_text(
        ["more than 20,000 howitzers", "not less than 5,000 artillery shells per day"])
    claims.first.click()
    assert page.url.endswith("#fact-dprk.howitzers")


def test_readable_without_javascript(visit_without_js: Visit, card_url: str) -> None:
    page = visit_without_js.open(card_url)
    expect(page.locator("#filters")).to_be_hidden()  # filters need the script; nothing else does
    expect(page.locator("article.conflict:visible")).to_have_count(3)
    expect(page.locator("article.fact:visible")).to_have_count(3)
    expect(page.locator("article.source:visible")).to_have_count(3)


def test_print_hides_filters_and_shows_everything(visit: Visit, card_url: str) -> None:
    page = visit.open(card_url)
    page.get_by_label("Search facts and articles").fill("howitzers")
    expect(page.locator("article.fact:visible")).to_have_count(1)
    page.emulate_media(media="print")
    expect(page.locator("#filters")).to_be_hidden()
    expect(page.locator("article.conflict:visible")).to_have_count(3)
    expect(page.locator("article.fact:visible")).to_have_count(3)
    expect(page.locator("table.index tbody tr:visible")).to_have_count(3)


def test_hostile_text_does_not_run(visit: Visit, hostile_url: str) -> None:
    page = visit.open(hostile_url)
    expect(page.locator("#filters")).to_be_visible()  # our script ran: its CSP hash is right
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert visit.dialogs == []
    assert page.locator("img").count() == 0
    assert page.locator("script").count() == 1
    quote = conflict(visit, "dprk.howitzers").locator("q").first
    expect(quote).to_contain_text(f"{PWNED_IMG} there are more than 20,000 howitzers {PWNED_SCRIPT}")
    text = page.locator("#article-evil pre")
    expect(text).to_contain_text(f"Officials said {PWNED_IMG}")
    expect(text).to_contain_text("in </textarea><b>bold</b> & 'quoted' text.")
    expect(page.locator("#fact-dprk\\.howitzers h3")).to_contain_text("Howitzers <script>alert(1)</script>")
    assert visit.errors == []


def test_no_network_request(visit: Visit, shipped_url: str) -> None:
    page = visit.open(shipped_url)
    status_box(visit, "accepted").click()
    page.get_by_label("Search facts and articles").fill("shell")
    page.get_by_role("button", name="Show all").click()
    page.locator("#fact-dprk\\.howitzers").scroll_into_view_if_needed()
    page.wait_for_timeout(100)
    assert visit.requests == [shipped_url]
    assert visit.errors == []


def test_screenshot_is_not_blank(visit: Visit, shipped_url: str, tmp_path: Path) -> None:
    page = visit.open(shipped_url)
    screenshot = tmp_path / "conflicts.png"
    page.screenshot(path=str(screenshot), full_page=True)
    assert screenshot.stat().st_size > 20_000
    # Decode a corner of the page (pure-Python PNG decoding is slow) and look at its pixels.
    width, height, rows = png_pixels(page.screenshot(clip={"x": 0, "y": 0, "width": 640, "height": 480}))
    assert (width, height) == (640, 480)
    pixels = Counter(row[i : i + 3] for row in rows for i in range(0, len(row), len(row) // width))
    background, count = pixels.most_common(1)[0]
    assert background == b"\xff\xff\xff"
    assert len(pixels) > 20, "too few colours: the page looks blank"
    assert 0.02 < 1 - count / (width * height) < 0.9


@pytest.fixture(scope="module")
def crowd_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Many claims about one fact, rendered with small limits: a table cut and collapsed."""
    directory = tmp_path_factory.mktemp("crowd")
    corpus, facts = directory / "corpus", directory / "facts"
    corpus.mkdir()
    facts.mkdir()
    for i in range(30):
        (corpus / f"a{i:02}.txt").write_text(f"Seoul says North Korea has {20_000 + 10 * i:,} howitzers.\n",
                                             encoding="utf-8")
    (corpus / "z.txt").write_text("Analysts say North Korea has 30,000 howitzers.\n", encoding="utf-8")
    (facts / "sheet.yaml").write_text(
        "facts:\n  - id: dprk.howitzers\n    title: Howitzers\n    unit: howitzer\n    tolerance: 5%\n"
        "    recognise: {nouns: [howitzers]}\n", encoding="utf-8")
    validation = validate(corpus, facts)
    limits = Limits(claims_shown=5, claims_max=12, claims_per_side=2, chart_rows=6, articles_max=10)
    page = directory / "conflicts.html"
    page.write_text(render_html(validation, limits=limits), encoding="utf-8")
    return page.resolve().as_uri()


def test_more_claims_are_collapsed_until_opened(visit: Visit, crowd_url: str) -> None:
    page = visit.open(crowd_url)
    fact = page.locator("#fact-dprk\\.howitzers")
    expect(fact.locator("table").first.locator("tbody tr")).to_have_count(5)
    more = fact.locator("details.more")
    expect(more.locator("tbody tr").first).to_be_hidden()
    more.get_by_text("More claims (7)").click()
    expect(more.locator("tbody tr")).to_have_count(7)
    expect(more.locator("tbody tr").first).to_be_visible()
    expect(fact).to_contain_text("19 more claims are not in this page: conflicts.json lists all 31.")
    expect(fact.locator("svg g.row")).to_have_count(2)  # 31 sources in two value ranges
    card = page.locator("article.conflict")
    expect(card.locator("tr.side th")).to_have_text(["Lower side: 30 claims, 20,000–20,290 howitzer",
                                                     "Higher side: 1 claim, 30,000 howitzer"])
    # Articles the card quotes first (the values nearest the cut, and the outlier), then the rest.
    sources = page.locator("article.source h3 code")
    expect(sources).to_have_count(10)
    assert sources.all_inner_texts()[:5] == ["a27", "a28", "a29", "z", "a00"]
    assert visit.errors == []
