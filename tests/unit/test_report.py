from __future__ import annotations

import base64
import dataclasses
import hashlib
import json
import os
import re
import stat
import subprocess
import sys
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factsheet.check.results import Validation
from factsheet.report import render_html, render_json, report_data, write_reports
from factsheet.report.articles import anchor
from factsheet.report.html import content_security_policy, filter_script, script_hash, stylesheet
from factsheet.report.status import CHART_ROWS, CONFLICT_STATUSES, CONSISTENT, SEVERITIES, VERDICTS
from factsheet.report.text import Span, mentions_of, segment
from factsheet.run.validate import validate

from .conftest import HOWITZERS, ROOT, Workspace

RUN_TIME = datetime(2024, 5, 1, 7, 30, tzinfo=UTC)

ARTICLES = {
    "a": "Analysts say North Korea has more than 20,000 howitzers.\n"
         "Russia fires not less than 5,000 artillery shells per day.\n"
         "Its depots lose roughly 20,000 artillery rounds per month.\n",
    "b": "Seoul says the DPRK has over 21,600 howitzers and 3,000 tanks.\n",
    "c": "Russian troops go through 20,000-60,000 artillery shells per day.\n"
         "Pyongyang fields 5,000 tanks.\n",
}
SHEET = """\
facts:
  - id: dprk.howitzers
    title: Howitzers in North Korea's inventory
    unit: howitzer
    tolerance: 5%
    recognise: {nouns: [howitzers]}
    claims:
      - {article: a, quote: "more than 20,000 howitzers", value: "more than 20,000"}
      - {article: b, quote: "over 21,600 howitzers", value: "over 21,600"}
  - id: russia.shells_fired_per_day
    title: Artillery shells Russia fires per day
    unit: shell / day
    tolerance: 10%
    recognise: {nouns: [artillery shells], context: [fires, go through]}
    claims:
      - {article: a, quote: "not less than 5,000 artillery shells per day", value: "not less than 5,000"}
      - {article: c, quote: "20,000-60,000 artillery shells per day", value: "20,000-60,000"}
    accepted:
      - between: [a, c]
        reason: a gives an early floor
  - id: ukraine.depot_losses
    title: Rounds lost in depots
    unit: shell / day
    tolerance: 10%
    recognise: {nouns: [artillery rounds], context: [depots]}
    claims:
      - article: a
        quote: "roughly 20,000 artillery rounds per month"
        value: roughly 20,000 rounds per month
  - id: dprk.tanks
    title: Tanks in North Korea's inventory
    unit: tank
    tolerance: 5%
    recognise: {nouns: [tanks]}
    claims:
      - {article: b, quote: "3,000 tanks", value: "3,000"}
      - {article: c, quote: "5,000 tanks", value: "5,000"}
"""
HOSTILE = (
    'Officials said <img src=x onerror="window.__pwned=1"> there are more than 20,000 howitzers '
    "<script>window.__pwned=1</script> in </textarea><b>bold</b> & 'quoted' \"text\".\n"
)
HOSTILE_SHEET = """\
facts:
  - id: dprk.howitzers
    title: "Howitzers <script>alert(1)</script>"
    description: "<img src=x onerror=alert(2)>"
    unit: howitzer
    tolerance: 5%
    recognise: {nouns: [howitzers]}
    claims:
      - article: evil
        quote: >-
          <img src=x onerror="window.__pwned=1"> there are more than 20,000 howitzers
          <script>window.__pwned=1</script>
        value: more than 20,000
      - {article: good, quote: "over 21,600 howitzers", value: "over 21,600"}
    accepted:
      - between: [evil, good]
        reason: "</textarea><script>alert(3)</script>"
"""


@pytest.fixture
def card(workspace: Workspace) -> Validation:
    for name, text in ARTICLES.items():
        workspace.article(name, text)
    workspace.sheet("card", SHEET)
    return validate(workspace.corpus, workspace.facts)


@pytest.fixture
def hostile(workspace: Workspace) -> Validation:
    workspace.article("evil", HOSTILE)
    workspace.article("good", "Seoul says there are over 21,600 howitzers.\n")
    workspace.sheet("evil", HOSTILE_SHEET)
    validation = validate(workspace.corpus, workspace.facts)
    assert not validation.failures, [str(f) for f in validation.failures]
    return validation


class Page(HTMLParser):
    """The parts of a rendered page the tests look at."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self.text: list[str] = []
        self._in_script = False
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data
        else:
            self.text.append(data)

    def all(self, tag: str) -> list[dict[str, str | None]]:
        return [attrs for name, attrs in self.tags if name == tag]

    def ids(self) -> list[str]:
        return [attrs["id"] for _, attrs in self.tags if attrs.get("id")]  # type: ignore[misc]


def test_json_follows_the_contract_of_design_md(card: Validation) -> None:
    data = json.loads(render_json(card))
    assert {"articles", "facts", "claims", "conflicts"} <= data.keys()
    assert all({"id", "duplicate_of"} <= a.keys() for a in data["articles"])
    assert all({"id", "unit"} <= f.keys() for f in data["facts"])
    claim_keys = {"fact", "article", "value", "low", "high", "unit", "quote", "start", "end", "origin"}
    assert all(claim_keys <= c.keys() for c in data["claims"])
    conflict_keys = {"fact", "unit", "severity", "status", "reason", "claims"}
    assert all(conflict_keys <= c.keys() for c in data["conflicts"])
    assert all(claim_keys <= c.keys() for conflict in data["conflicts"] for c in conflict["claims"])
    assert [(c["fact"], c["severity"], c["status"], c["reason"]) for c in data["conflicts"]] == [
        ("dprk.howitzers", "divergence", "new", None),
        ("dprk.tanks", "contradiction", "new", None),
        ("russia.shells_fired_per_day", "divergence", "accepted", "a gives an early floor"),
    ]
    texts = {a["id"]: ARTICLES[a["id"]] for a in data["articles"]}
    for claim in data["claims"]:
        assert claim["origin"] in ("pinned", "auto")
        assert texts[claim["article"]][claim["start"] : claim["end"]] == claim["quote"]


def test_json_keeps_full_precision_and_html_rounds(card: Validation) -> None:
    depot = next(c for c in report_data(card)["claims"] if c["fact"] == "ukraine.depot_losses")
    assert depot["unit"] == "shell / day"
    assert depot["value"] == pytest.approx(20_000 * 12 / 365.25)
    assert depot["value"] != round(depot["value"])
    html = render_html(card)
    assert "= about 657 shell / day (from shell / month)" in html
    assert "657.08" not in html


def test_same_inputs_give_the_same_bytes(card: Validation, workspace: Workspace) -> None:
    first = render_html(card, run_time=RUN_TIME)
    again = validate(workspace.corpus, workspace.facts)
    assert render_html(again, run_time=RUN_TIME) == first
    assert render_json(again) == render_json(card)
    assert first.count("2024-05-01T07:30:00+00:00") == 2  # the <time> element's text and datetime
    assert render_html(card).count("2024-05-01") == 0


def test_same_bytes_whatever_the_hash_seed(card: Validation, workspace: Workspace) -> None:
    script = (
        "import sys; from datetime import datetime, UTC; from pathlib import Path\n"
        "from factsheet.run.validate import validate; from factsheet.report import render_html\n"
        "v = validate(Path(sys.argv[1]), Path(sys.argv[2]))\n"
        "sys.stdout.write(render_html(v, run_time=datetime(2024, 5, 1, tzinfo=UTC)))\n"
    )
    pages = {
        subprocess.run(
            [sys.executable, "-c", script, str(workspace.corpus), str(workspace.facts)],
            env={**os.environ, "PYTHONHASHSEED": seed}, capture_output=True, text=True, check=True,
        ).stdout
        for seed in ("1", "2")
    }
    assert len(pages) == 1


def test_page_leads_with_the_summary_and_new_conflicts(card: Validation) -> None:
    html = render_html(card)
    page = Page(html)
    text = " ".join(" ".join(page.text).split())
    assert "5 articles" not in text
    assert "3 articles · 4 facts · 7 claims (7 pinned, 0 automatic)" in text
    assert "2 new conflicts to review" in text
    assert html.index('id="summary-heading"') < html.index('id="conflicts-heading"') < html.index(
        'id="facts-heading"') < html.index('id="articles-heading"')
    statuses = [a["data-status"] for a in page.all("article") if a.get("data-kind") == "conflict"]
    assert statuses == ["new", "new", "accepted"]
    assert "New conflicts first" in text


def test_hostile_text_is_escaped(hostile: Validation) -> None:
    html = render_html(hostile)
    page = Page(html)
    assert len(page.scripts) == 1
    assert page.scripts[0] == filter_script()
    assert page.all("img") == []
    assert page.all("b") == []
    assert page.all("textarea") == []
    assert not [name for _, attrs in page.tags for name in attrs if name.startswith("on")]
    assert "window.__pwned" not in page.scripts[0]
    text = "".join(page.text)
    assert '<img src=x onerror="window.__pwned=1">' in text
    assert "<script>window.__pwned=1</script>" in text
    assert "</textarea><script>alert(3)</script>" in text
    assert "Howitzers <script>alert(1)</script>" in text
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html
    assert "<script>window" not in html
    assert "<img" not in html


def test_csp_allows_only_the_inline_script_by_its_hash(card: Validation) -> None:
    page = Page(render_html(card))
    metas = [m for m in page.all("meta") if (m.get("http-equiv") or "").lower() == "content-security-policy"]
    assert len(metas) == 1
    policy = metas[0]["content"] or ""
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
    assert directives["default-src"] == "'none'"
    assert directives["style-src"] == "'unsafe-inline'"
    (script,) = page.scripts
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    assert directives["script-src"] == f"'sha256-{digest}'"
    assert script_hash(script) == f"sha256-{digest}"
    assert policy == content_security_policy(script)
    assert not re.search(r"https?:|//", policy)


def test_page_requests_nothing(card: Validation) -> None:
    page = Page(render_html(card))
    assert not [attrs for _, attrs in page.tags if "src" in attrs or "srcset" in attrs]
    assert all((a["href"] or "").startswith("#") for a in page.all("a"))
    assert page.all("link") == []
    assert page.all("iframe") == []
    assert page.all("object") == []
    assert "url(" not in stylesheet()
    assert "@import" not in stylesheet()


def test_anchors_are_unique_and_links_resolve(card: Validation) -> None:
    page = Page(render_html(card))
    ids = page.ids()
    assert len(ids) == len(set(ids))
    targets = {(a["href"] or "")[1:] for a in page.all("a")}
    assert targets <= set(ids)
    assert {"fact-dprk.howitzers", "article-a", "text-a-29",
            "conflict-dprk.howitzers--a--b"} <= set(ids)


def test_tables_have_scoped_headers_and_filters_have_labels(card: Validation) -> None:
    page = Page(render_html(card))
    assert page.all("th")
    assert all(th.get("scope") in ("col", "row") for th in page.all("th"))
    inputs = page.all("input")
    assert {(i["type"], i["name"]) for i in inputs} == {
        ("checkbox", "status"), ("checkbox", "severity"), ("search", "q")}
    labelled = {label.get("for") for label in page.all("label")}
    assert all(i["type"] == "checkbox" or i["id"] in labelled for i in inputs)  # checkboxes sit inside labels
    forms = page.all("form")
    assert len(forms) == 1
    assert "hidden" in forms[0]


def test_article_view_links_claims_and_marks_unmatched_mentions(card: Validation) -> None:
    assert isinstance(card.mentions, dict) or hasattr(card, "mentions")
    html = render_html(card)
    # Pinned quotes are links to their fact, with their number in bold.
    assert ('<a class="claim" href="#fact-dprk.howitzers" id="text-a-29" '
            "title=\"Howitzers in North Korea&#39;s inventory (dprk.howitzers): more than 20,000\">"
            "more than <strong>20,000</strong> howitzers</a>") in html
    pre = html[html.index('id="article-a"'):]
    pre = pre[: pre.index("</pre>")]
    assert 'class="mention"' not in pre  # every quantity of article a is claimed


def test_article_view_marks_the_extractors_other_mentions(card: Validation) -> None:
    @dataclasses.dataclass(frozen=True)
    class Mention:
        start: int
        end: int
        text: str
        kind: str
        noun: str | None = None
        unit: str | None = None

    text = ARTICLES["b"]
    claimed = text.index("over 21,600")
    mentions = {"b": (
        Mention(claimed, claimed + len("over 21,600"), "over 21,600", "count", "howitzers"),
        Mention(text.index("3,000"), text.index("3,000") + 5, "3,000", "count", "tanks"),
    )}
    with_mentions = dataclasses.replace(card, results=tuple(
        dataclasses.replace(r, claims=tuple(c for c in r.claims if c.fact != "dprk.tanks"))
        for r in card.results), mentions=mentions)
    html = render_html(with_mentions)
    assert '<mark class="mention" title="unmatched count: 3,000 tanks">3,000</mark>' in html
    assert html.count('class="mention"') == 2  # this one and the legend's
    assert "1 unmatched quantity" in html
    assert mentions_of(object()) == {}


@pytest.mark.parametrize(
    ("spans", "pieces"),
    [
        ([], [("abcdef", None)]),
        ([Span(1, 3, "claim", "f")], [("a", None), ("bc", "claim"), ("def", None)]),
        ([Span(1, 5, "claim", "f"), Span(2, 3, "mention", "m")],
         [("a", None), ("bcde", "claim"), ("f", None)]),
        ([Span(1, 3, "mention", "m"), Span(2, 5, "claim", "f")],
         [("a", None), ("b", "mention"), ("cde", "claim"), ("f", None)]),
        ([Span(-4, 2, "claim", "f"), Span(5, 99, "mention", "m"), Span(3, 3, "claim", "empty")],
         [("ab", "claim"), ("cde", None), ("f", "mention")]),
    ],
    ids=["none", "one", "mention-inside-claim", "overlap", "clipped"],
)
def test_segment(spans: list[Span], pieces: list[tuple[str, str | None]]) -> None:
    assert [(p.text, p.kind) for p in segment("abcdef", spans)] == pieces


def test_two_facts_claiming_one_span_share_a_piece() -> None:
    spans = [Span(0, 3, "claim", "f1", "#fact-f1", "t-0"), Span(0, 3, "claim", "f2", "#fact-f2", "t-0")]
    (piece, rest) = segment("abcdef", spans)
    assert (piece.text, piece.title, piece.href, piece.anchor) == ("abc", "f1\nf2", "#fact-f1", "t-0")
    assert rest.text == "def"


@given(st.text(max_size=40), st.lists(st.tuples(st.integers(-5, 45), st.integers(-5, 45),
                                                st.sampled_from(["claim", "false_match", "mention"]))))
def test_segment_gives_the_text_back(text: str, bounds: list[tuple[int, int, str]]) -> None:
    spans = [Span(a, b, kind, f"{kind}{a}") for a, b, kind in bounds]  # type: ignore[arg-type]
    pieces = segment(text, spans)
    assert "".join(p.text for p in pieces) == text
    assert all(p.text for p in pieces)


def test_anchor() -> None:
    assert anchor("dprk.howitzers") == "dprk.howitzers"
    assert anchor('my "article" #1') == "my~20~~22~article~22~~20~~23~1"


def test_colours_pass_wcag_aa() -> None:
    css = stylesheet()
    colours = dict(re.findall(r"--([a-z-]+):\s*(#[0-9a-fA-F]{6})\s*;", css))
    used = set(re.findall(r"var\(--([a-z-]+)\)", css))
    assert used <= colours.keys(), f"undefined colours: {used - colours.keys()}"
    text_pairs = [  # (text, background) as the stylesheet puts them together
        ("ink", "bg"), ("muted", "bg"), ("link", "bg"), ("bad", "bg"), ("good", "bg"), ("warn", "bg"),
        ("ok", "bg"), ("ref", "bg"), ("ink", "mark"), ("ink", "panel"), ("muted", "panel"),
        ("good", "panel"), ("bad", "bad-bg"), ("link", "bad-bg"), ("link", "claim-bg"),
        ("ink", "mention-bg"), ("muted", "false-bg"), ("link", "panel"),
    ]
    graphics = [("focus", "bg"), ("mention-line", "mention-bg"), ("bad", "bg"), ("ok", "bg")]
    failing = [(a, b, round(contrast(colours[a], colours[b]), 2)) for a, b in text_pairs
               if contrast(colours[a], colours[b]) < 4.5]
    failing += [(a, b, round(contrast(colours[a], colours[b]), 2)) for a, b in graphics
                if contrast(colours[a], colours[b]) < 3]
    assert failing == []


def contrast(first: str, second: str) -> float:
    """WCAG 2 contrast ratio of two #rrggbb colours."""
    def luminance(colour: str) -> float:
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_contrast_formula() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def test_print_stylesheet_hides_filters_and_shows_everything() -> None:
    css = stylesheet()
    print_rules = css[css.index("@media print"):]
    assert re.search(r"\.filters[^{]*\{[^}]*display:\s*none", print_rules)
    assert re.search(r"\.filtered-out\s*\{[^}]*display:\s*revert\s*!important", print_rules)
    assert re.search(r"pre\.text\s*\{[^}]*max-height:\s*none", print_rules)


def test_write_reports_writes_both_files_readable(card: Validation, tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        html_path = write_reports(card, tmp_path / "reports", run_time=RUN_TIME)
    finally:
        os.umask(old)
    json_path = html_path.with_name("conflicts.json")
    assert html_path.read_text(encoding="utf-8") == render_html(card, run_time=RUN_TIME)
    assert json_path.read_text(encoding="utf-8") == render_json(card)
    assert stat.S_IMODE(html_path.stat().st_mode) == stat.S_IMODE(json_path.stat().st_mode) == 0o644
    assert sorted(p.name for p in html_path.parent.iterdir()) == ["conflicts.html", "conflicts.json"]


def test_reference_conflicts_stale_acceptances_errors_and_warnings(workspace: Workspace) -> None:
    workspace.article("a", "Analysts say North Korea has more than 20,000 howitzers.\n")
    workspace.article("b", "Seoul says it has over 21,600 howitzers.\n")
    (workspace.corpus / "broken.txt").write_bytes(b"caf\xe9 au lait\n")
    workspace.sheet("good", HOWITZERS + """\
            reference: {value: "about 21,600", source: a census}
            claims:
              - {article: a, quote: "more than 20,000 howitzers", value: "more than 20,000"}
              - {article: b, quote: "over 21,600 howitzers", value: "over 21,600"}
            accepted:
              - between: [b, reference]
                reason: no longer needed
        """)
    workspace.sheet("broken", "facts: [\n")
    validation = validate(workspace.corpus, workspace.facts)
    data = report_data(validation)
    assert (data["summary"]["stale_acceptances"], data["summary"]["sheet_errors"]) == (1, 1)
    assert data["summary"]["warnings"] == 1
    reference_conflict = next(c for c in data["conflicts"] if c["reference"])
    assert reference_conflict["sources"] == ["a", "reference"]
    assert reference_conflict["reference"]["qualifier"] == "about"
    page = Page(render_html(validation))
    text = " ".join(" ".join(page.text).split())
    assert "2 new conflicts to review" in text
    assert "accepts a conflict between b and reference that no longer exists — remove it" in text
    assert "reference a census about 21,600 = about 21,600 howitzer" in text
    assert "broken.yaml:" in text
    assert "broken.txt" in text
    assert "conflict-dprk.howitzers--a--reference" in page.ids()
    assert text.count("reference ± 5%") == 1  # the chart's band


def test_shipped_corpus_renders_with_unique_anchors_that_resolve() -> None:
    validation = validate(ROOT / "corpus", ROOT / "facts")
    page = Page(render_html(validation, run_time=RUN_TIME))
    ids = page.ids()
    assert len(ids) == len(set(ids))
    assert {(a["href"] or "")[1:] for a in page.all("a")} <= set(ids)
    assert "fact-dprk.howitzers" in ids
    assert "conflict-russia.shells_fired_per_day--000_331c2a0c2e350d37--004_f7b3cd6423b04ae9" in ids


def test_the_stylesheet_colours_each_status_as_the_table_says() -> None:
    css = stylesheet()
    assert "{{" not in css
    assert "{%" not in css
    for status in (*CONFLICT_STATUSES, *SEVERITIES):
        assert re.search(rf"\.tag\.{status.name}\b[^{{]*\{{ color: var\(--{status.colour}\); }}", css)
    for status in CONFLICT_STATUSES:
        assert f"article.conflict.{status.name} {{ border-left-color: var(--{status.colour}); }}" in css
    for verdict in VERDICTS:
        assert f"tr.verdict-{verdict.name} td.verdict {{ color: var(--{verdict.colour});" in css
    for row in CHART_ROWS.values():
        selector = ".chart .row" if row.name == CONSISTENT.name else f".chart .row.{row.name}"
        assert f"{selector} {{ color: var(--{row.colour}); }}" in css
