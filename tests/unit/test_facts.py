from __future__ import annotations

import pytest
import yaml

from factsheet.corpus.articles import load_corpus
from factsheet.sheets.loader import SheetLoadError, load_fact_sheet, load_fact_sheets
from factsheet.sheets.records import REFERENCE, Tolerance
from factsheet.text.frames import ACTIONS, ACTORS, MODALITIES

from .conftest import ROOT, Workspace

ALPHA = (
    "North Korea has more than 20,000 howitzers, the report said.\n"
    "The army said it fires “5,000\n"
    "shells a day”, while storage losses run at roughly 20,000 rounds per month.\n"
)
BETA = "Analysts say Pyongyang has over 21,600 howitzers in total.\n"

# Line numbers matter below: the claim starts on line 9, its quote is on 10, its value on 11.
GOOD = """\
facts:
  - id: ammo.rate
    title: Shells fired per day
    unit: shell / day
    tolerance: 10%
    recognise:
      nouns: [shells, rounds]
    claims:
      - article: 000_alpha
        quote: 'fires "5,000 shells a day"'
        value: 5,000
      - article: 000_alpha
        quote: roughly 20,000 rounds per month
        value: roughly 20,000 rounds per month
"""


def with_line(sheet: str, line: int, text: str) -> str:
    """``sheet`` with its 1-based ``line`` replaced by ``text`` (lines keep their numbers)."""
    lines = sheet.splitlines()
    lines[line - 1] = text
    return "\n".join(lines) + "\n"


@pytest.fixture
def corpus(workspace: Workspace) -> Workspace:
    workspace.article("000_alpha", ALPHA)
    workspace.article("001_beta", BETA)
    return workspace


def load_error(corpus: Workspace, text: str) -> list[str]:
    path = corpus.sheet("sheet", text)
    with pytest.raises(SheetLoadError) as caught:
        load_fact_sheet(path, corpus.articles())
    assert str(caught.value) == "\n".join(str(e) for e in caught.value.errors)
    return [str(error) for error in caught.value.errors]


_HERE = "in this context" if getattr(yaml, "__with_libyaml__", False) else "here"


@pytest.mark.parametrize(
    ("sheet", "error"),
    [
        pytest.param(
            with_line(GOOD, 3, "     title: Shells fired per day"),
            # (libyaml, where PyYAML has it, says 'in this context' for 'here')
            f"facts/sheet.yaml:3: YAML syntax error: mapping values are not allowed {_HERE}; check "
            "indentation and quoting (quote values that contain ': ' or start with a quote mark)",
            id="yaml-syntax",
        ),
        pytest.param(
            with_line(GOOD, 4, "    # unit removed"),
            "facts/sheet.yaml:2: a fact is missing required field 'unit'",
            id="missing-field",
        ),
        pytest.param(
            with_line(GOOD, 3, "    colour: red"),
            "facts/sheet.yaml:3: unknown field 'colour' in a fact; expected one of: accepted, "
            "changes_over_time, claims, description, false_matches, id, recognise, reference, title, "
            "tolerance, unit",
            id="unknown-field",
        ),
        pytest.param(
            with_line(GOOD, 4, "    unit: shels / day"),
            "facts/sheet.yaml:4: unknown unit 'shels' — did you mean 'shell'?",
            id="unknown-unit",
        ),
        pytest.param(
            with_line(GOOD, 4, "    unit: shell /"),
            "facts/sheet.yaml:4: cannot read unit 'shell /'; write it like 'shell / day'",
            id="unreadable-unit",
        ),
        pytest.param(
            with_line(with_line(GOOD, 10, "        quote: more than 20,000 howitzers"),
                      11, "        value: 5 howitzers"),
            "facts/sheet.yaml:11: value '5 howitzers' is in 'howitzer', which cannot be converted to "
            "the fact's unit 'shell / day'",
            id="dimension-mismatch",
        ),
        pytest.param(
            with_line(GOOD, 10, "        quote: it fires 5,500 shells a day"),
            # The closest passage is shown as the article has it, smart quote folded.
            'facts/sheet.yaml:10: quote not found in 000_alpha; closest: "it fires "5,000 shells a day"',
            id="quote-not-in-article",
        ),
        pytest.param(
            with_line(GOOD, 10, "        quote: zebras graze quietly near Nairobi"),
            "facts/sheet.yaml:10: quote not found in 000_alpha",
            id="quote-with-nothing-close",
        ),
        pytest.param(
            with_line(GOOD, 9, "      - article: 000_alpah"),
            "facts/sheet.yaml:9: unknown article '000_alpah' — did you mean '000_alpha'?; articles are "
            "the file names in the corpus without their extension",
            id="unknown-article-did-you-mean",
        ),
        pytest.param(
            with_line(GOOD, 9, "      - article: 999_nothing_like_it"),
            "facts/sheet.yaml:9: unknown article '999_nothing_like_it'; articles are the file names in "
            "the corpus without their extension",
            id="unknown-article",
        ),
        pytest.param(
            with_line(GOOD, 11, "        value: 6,000"),
            "facts/sheet.yaml:11: value '6,000' has 6,000, which is not a number of its quote; copy the "
            "number as the article writes it",
            id="number-not-in-quote",
        ),
        pytest.param(
            with_line(GOOD, 11, "        value: millions"),
            "facts/sheet.yaml:11: value 'millions' is vague ('millions') but the quote never says so",
            id="vague-not-in-quote",
        ),
        pytest.param(
            with_line(GOOD, 11, "        value: [5, 000]"),
            "facts/sheet.yaml:11: 'value' must be text, got a list",
            id="value-is-a-list",
        ),
        pytest.param(
            with_line(GOOD, 11, "        value: lots"),
            "facts/sheet.yaml:11: cannot read value 'lots'; write it like '20,000', 'more than 20,000', "
            "'20,000-60,000 shells per day' or 'almost 1%'",
            id="unreadable-value",
        ),
        pytest.param(
            with_line(GOOD, 5, "    tolerance: lots"),
            "facts/sheet.yaml:5: tolerance 'lots' must look like '5%' or '100 shell / day'",
            id="tolerance-not-a-number",
        ),
        pytest.param(
            with_line(GOOD, 5, "    tolerance: 150%"),
            "facts/sheet.yaml:5: tolerance '150%' must be a percentage from 0% to 99%, like '5%'",
            id="tolerance-over-99-percent",
        ),
        pytest.param(
            with_line(GOOD, 5, "    tolerance: 5 howitzers"),
            "facts/sheet.yaml:5: tolerance '5 howitzers' must look like '5%' or '100 shell / day'",
            id="tolerance-wrong-dimension",
        ),
        pytest.param(
            with_line(GOOD, 5, "    tolerance: more than 5"),
            "facts/sheet.yaml:5: tolerance 'more than 5' must look like '5%' or '100 shell / day'",
            id="tolerance-qualified",
        ),
        pytest.param(
            with_line(GOOD, 7, "      nouns: [shells, rounds]\n      actor: Rusia"),
            "facts/sheet.yaml:8: unknown actor 'Rusia' — did you mean 'Russia'? (known: "
            + ", ".join(sorted(ACTORS)) + ")",
            id="unknown-actor",
        ),
        pytest.param(
            with_line(GOOD, 7, "      nouns: [shells, rounds]\n      action: [fire, shoot]"),
            "facts/sheet.yaml:8: unknown action 'shoot' (choose from " + ", ".join(ACTIONS) + ")",
            id="unknown-action",
        ),
        pytest.param(
            with_line(GOOD, 7, "      nouns: [shells, rounds]\n      modality: [stated, rumoured]"),
            "facts/sheet.yaml:8: unknown modality 'rumoured' (choose from " + ", ".join(MODALITIES) + ")",
            id="unknown-modality",
        ),
        pytest.param(
            with_line(GOOD, 7, "      nouns: [shells, rounds]\n      period: howitzer"),
            "facts/sheet.yaml:8: period 'howitzer' must be a unit of time, like 'year' or 'day'",
            id="period-not-time",
        ),
        pytest.param(
            with_line(GOOD, 7, "      nouns: [shells, rounds]\n      frames: [{actor: Russia, verb: fire}]"),
            "facts/sheet.yaml:8: unknown field 'verb' in each entry of 'frames'; "
            "expected one of: action, actor",
            id="frame-unknown-key",
        ),
        pytest.param(
            with_line(GOOD, 2, "  - id: Ammo Rate"),
            "facts/sheet.yaml:2: fact id 'Ammo Rate' must be lower-case letters, digits, '.', '_' or '-', "
            "like 'dprk.howitzers'",
            id="bad-fact-id",
        ),
        pytest.param(
            GOOD + GOOD.removeprefix("facts:\n"),
            "facts/sheet.yaml:15: duplicate fact id 'ammo.rate'; it is also defined at "
            "facts/sheet.yaml:2 — rename one",
            id="duplicate-fact-id",
        ),
        pytest.param(
            with_line(with_line(GOOD, 6, "    recognise: shells"), 7, "    description: guns"),
            "facts/sheet.yaml:6: 'recognise' must be a mapping of nouns, context, actor, action, frames, "
            "modality, period, got 'shells'",
            id="recognise-not-a-mapping",
        ),
        pytest.param(
            "facts:\n  id: ammo.rate\n",
            "facts/sheet.yaml:2: 'facts' must be a list, got a mapping",
            id="facts-not-a-list",
        ),
        pytest.param(
            "fact:\n  - id: ammo.rate\n",
            "facts/sheet.yaml:1: unknown field 'fact' in a fact sheet; expected one of: events, facts",
            id="misspelt-top-level",
        ),
        pytest.param("", "facts/sheet.yaml:1: the sheet is empty; start it with 'facts:' and a list of facts",
                     id="empty-sheet"),
        pytest.param("# only a comment\n\n",
                     "facts/sheet.yaml:1: the sheet is empty; start it with 'facts:' and a list of facts",
                     id="comment-only-sheet"),
        pytest.param(
            with_line(GOOD, 2, "  - !!python/object/apply:os.system"),
            "facts/sheet.yaml:2: unsupported YAML tag '!!python/object/apply:os.system'; fact sheets hold "
            "plain text, lists and mappings (remove the tag)",
            id="python-tag-on-a-mapping",
        ),
        pytest.param(
            "facts: !!python/object/apply:os.system ['echo owned']\n",
            "facts/sheet.yaml:1: unsupported YAML tag '!!python/object/apply:os.system'; fact sheets hold "
            "plain text, lists and mappings (remove the tag)",
            id="python-tag-on-a-list",
        ),
        pytest.param(
            with_line(GOOD, 3, "    title: !custom Shells fired per day"),
            "facts/sheet.yaml:3: unsupported YAML tag '!custom'; fact sheets hold plain text, lists and "
            "mappings (remove the tag)",
            id="local-tag",
        ),
    ],
)
def test_bad_sheet(corpus: Workspace, sheet: str, error: str) -> None:
    assert load_error(corpus, sheet) == [error]


def test_python_tag_does_not_run_code(corpus: Workspace) -> None:
    marker = corpus.path / "owned"
    # An unsafe loader would call os.mkdir(marker) while reading this.
    sheet = f"facts: !!python/object/apply:os.mkdir ['{marker}']\n"
    assert load_error(corpus, sheet) == [
        "facts/sheet.yaml:1: unsupported YAML tag '!!python/object/apply:os.mkdir'; fact sheets hold "
        "plain text, lists and mappings (remove the tag)"
    ]
    assert not marker.exists()


def test_non_utf8_sheet_names_the_line(corpus: Workspace) -> None:
    path = corpus.facts / "sheet.yaml"
    path.write_bytes(GOOD.replace("Shells fired", "Obus tir\xe9s").encode("latin-1"))
    with pytest.raises(SheetLoadError) as caught:
        load_fact_sheet(path, corpus.articles())
    assert str(caught.value) == "facts/sheet.yaml:3: not valid UTF-8 at byte 44; re-save the sheet as UTF-8"


def test_every_error_of_a_sheet_is_reported(corpus: Workspace) -> None:
    sheet = with_line(with_line(GOOD, 11, "        value: 6,000"), 12, "      - article: 000_alpah")
    assert load_error(corpus, sheet) == [
        "facts/sheet.yaml:11: value '6,000' has 6,000, which is not a number of its quote; copy the "
        "number as the article writes it",
        "facts/sheet.yaml:12: unknown article '000_alpah' — did you mean '000_alpha'?; articles are "
        "the file names in the corpus without their extension",
    ]


def test_good_sheet_loads(corpus: Workspace) -> None:
    path = corpus.sheet("sheet", GOOD)
    sheet = load_fact_sheet(path, corpus.articles())
    assert sheet.path == path
    (fact,) = sheet.facts
    assert fact.id == "ammo.rate"
    assert fact.title == "Shells fired per day"
    assert fact.unit_text == "shell / day"
    assert fact.tolerance == Tolerance(relative=0.1, text="10%")
    assert fact.recognise.nouns == ("shells", "rounds")
    assert fact.recognise.context == ()
    assert str(fact.location) == "facts/sheet.yaml:2"
    assert [str(claim.location) for claim in fact.claims] == ["facts/sheet.yaml:9", "facts/sheet.yaml:12"]
    assert fact.reference is None
    assert fact.false_matches == fact.accepted == ()


def test_values_convert_to_the_fact_unit(corpus: Workspace) -> None:
    fact = load_fact_sheet(corpus.sheet("sheet", GOOD), corpus.articles()).facts[0]
    per_day, per_month = fact.claims
    assert (per_day.value.nominal, per_day.value.low, per_day.value.high) == (5_000, 5_000, 5_000)
    assert per_day.written_unit == "shell / day"
    assert per_month.written == "roughly 20,000 rounds per month"
    assert per_month.written_unit == "shell / month"
    assert per_month.value.qualifier == "about"
    assert per_month.value.nominal == pytest.approx(657.08, abs=0.005)
    assert per_month.value.low is per_month.value.high is None


def test_straight_quotes_match_smart_quotes_across_a_line_break(corpus: Workspace) -> None:
    fact = load_fact_sheet(corpus.sheet("sheet", GOOD), corpus.articles()).facts[0]
    claim = fact.claims[0]
    assert claim.quote == 'fires "5,000 shells a day"'
    assert ALPHA[claim.start : claim.end] == "fires “5,000\nshells a day”"


@pytest.mark.parametrize(
    ("tolerance", "relative", "absolute"),
    [
        pytest.param("5%", 0.05, 0.0, id="percent"),
        pytest.param("0%", 0.0, 0.0, id="zero"),
        pytest.param("100", 0.0, 100.0, id="number-in-fact-unit"),
        pytest.param("100 shell / day", 0.0, 100.0, id="number-with-unit"),
        pytest.param("3,000 rounds per month", 0.0, 98.5626, id="number-converted"),
    ],
)
def test_tolerance_forms(corpus: Workspace, tolerance: str, relative: float, absolute: float) -> None:
    sheet = with_line(GOOD, 5, f"    tolerance: {tolerance}")
    loaded = load_fact_sheet(corpus.sheet("sheet", sheet), corpus.articles()).facts[0].tolerance
    assert loaded.relative == pytest.approx(relative)
    assert loaded.absolute == pytest.approx(absolute, rel=1e-5)
    assert loaded.text == tolerance


HOWITZERS = """\
facts:
  - id: dprk.howitzers
    title: Howitzers in North Korea's inventory
    description: Field artillery only.
    unit: howitzer
    tolerance: 5%
    recognise:
      nouns: howitzers
      context: [North Korea, Pyongyang]
    reference:
      value: about 21,000
      source: Defence white paper
    claims:
      - article: 000_alpha
        quote: more than 20,000 howitzers
        value: more than 20,000
        note: a floor
      - article: 001_beta
        quote: it has over 21,600 howitzers
        value: over 21,600
    false_matches:
      - article: 000_alpha
        quote: roughly 20,000 rounds
        reason: ammunition, not guns
    accepted:
      - between: [000_alpha, 001_beta]
        reason: 000 rounds down
      - between: [001_beta, reference]
        reason: the reference is older
"""


def test_reference_false_matches_and_acceptances_load(corpus: Workspace) -> None:
    # "it has over 21,600" is not in 001_beta ("has over 21,600"): fix the quote first.
    sheet = HOWITZERS.replace("quote: it has over", "quote: has over")
    fact = load_fact_sheet(corpus.sheet("sheet", sheet), corpus.articles()).facts[0]
    assert fact.description == "Field artillery only."
    assert fact.recognise.nouns == ("howitzers",)
    assert fact.recognise.context == ("North Korea", "Pyongyang")
    assert fact.reference is not None
    assert fact.reference.value.nominal == 21_000
    assert fact.reference.source == "Defence white paper"
    assert str(fact.reference.location) == "facts/sheet.yaml:11"
    (false_match,) = fact.false_matches
    assert (false_match.article, false_match.reason) == ("000_alpha", "ammunition, not guns")
    assert ALPHA[false_match.start : false_match.end] == "roughly 20,000 rounds"
    assert [a.between for a in fact.accepted] == [
        frozenset({"000_alpha", "001_beta"}),
        frozenset({"001_beta", REFERENCE}),
    ]


def test_quote_missing_one_word_points_at_the_passage(corpus: Workspace) -> None:
    assert load_error(corpus, HOWITZERS) == [
        'facts/sheet.yaml:19: quote not found in 001_beta; closest: "has over 21,600 howitzers in"'
    ]


@pytest.mark.parametrize(
    "between",
    [
        pytest.param("[000_alpha]", id="one-source"),
        pytest.param("[000_alpha, 000_alpha]", id="same-source-twice"),
        pytest.param("[000_alpha, 001_beta, reference]", id="three-sources"),
    ],
)
def test_acceptance_needs_two_sources(corpus: Workspace, between: str) -> None:
    sheet = HOWITZERS.replace("quote: it has over", "quote: has over").replace(
        "between: [000_alpha, 001_beta]", f"between: {between}"
    )
    assert load_error(corpus, sheet) == [
        "facts/sheet.yaml:26: 'between' must name two different sources: two article ids, or an "
        "article id and 'reference'"
    ]


def test_duplicate_fact_id_across_sheets_names_both(corpus: Workspace) -> None:
    corpus.sheet("a_first", GOOD)
    corpus.sheet("b_second", "# the same fact again\n" + GOOD)
    sheets, failures = load_fact_sheets(corpus.facts, corpus.articles())
    # neither keeps it (whichever sorts first is not the established one): an error names both
    assert [(sheet.path.name, [f.id for f in sheet.facts]) for sheet in sheets] == [
        ("a_first.yaml", []), ("b_second.yaml", [])]
    assert [str(failure) for failure in failures] == [
        "facts/b_second.yaml:3: duplicate fact id 'ammo.rate'; it is also defined at "
        "facts/a_first.yaml:2 — rename one"
    ]


def test_a_bad_fact_or_claim_drops_only_itself(corpus: Workspace) -> None:
    """Issue 14: one bad entry dropped its whole sheet."""
    bad_fact = GOOD.replace("ammo.rate", "ammo.other").replace("tolerance: 10%", "tolerance: lots")
    bad_claim = GOOD.replace("value: 5,000", "value: five six")
    corpus.sheet("sheet", GOOD + bad_fact.removeprefix("facts:\n"))
    corpus.sheet("claims", bad_claim.replace("ammo.rate", "ammo.third"))
    sheets, failures = load_fact_sheets(corpus.facts, corpus.articles())
    kept = {fact.id: len(fact.claims) for sheet in sheets for fact in sheet.facts}
    assert kept == {"ammo.rate": 2, "ammo.third": 1}  # the bad fact gone, the bad claim gone
    assert [str(failure).split(":")[:2] for failure in failures] == [
        ["facts/claims.yaml", "11"], ["facts/sheet.yaml", "18"]]


def test_load_fact_sheets_reads_yaml_and_yml_in_order(corpus: Workspace) -> None:
    corpus.sheet("b", GOOD)
    (corpus.facts / "a.yml").write_text(GOOD.replace("ammo.rate", "ammo.other"), encoding="utf-8")
    (corpus.facts / "notes.txt").write_text("not a sheet", encoding="utf-8")
    (corpus.facts / "broken.yaml").write_text("", encoding="utf-8")
    sheets, failures = load_fact_sheets(corpus.facts, corpus.articles())
    assert [sheet.path.name for sheet in sheets] == ["a.yml", "b.yaml"]
    assert [str(failure) for failure in failures] == [
        "facts/broken.yaml:1: the sheet is empty; start it with 'facts:' and a list of facts"
    ]


def test_load_fact_sheets_of_a_missing_directory_is_empty(corpus: Workspace) -> None:
    assert load_fact_sheets(corpus.path / "nowhere", corpus.articles()) == ([], [])


def test_shipped_sheets_load_against_the_shipped_corpus() -> None:
    articles = load_corpus(ROOT / "corpus").by_id()
    sheets, failures = load_fact_sheets(ROOT / "facts", articles)
    assert failures == []
    assert {sheet.path.name for sheet in sheets} == {"ammunition.yaml", "dprk_arsenal.yaml",
                                                     "shoigu_visit.yaml"}



def test_standard_tags_are_plain_yaml(corpus: Workspace) -> None:
    sheet = with_line(GOOD, 11, "        value: !!str 5,000")
    fact = load_fact_sheet(corpus.sheet("sheet", sheet), corpus.articles()).facts[0]
    assert fact.claims[0].written == "5,000"


def test_aliases_are_checked_once_not_expanded(corpus: Workspace) -> None:
    # Ten levels of ten aliases name 10**10 nodes; walking them all would never finish.
    levels = ["l0: &l0 [x, x, x, x, x, x, x, x, x, x]"]
    levels += [f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 10)}]" for i in range(1, 10)]
    sheet = "laughs:\n" + "".join(f"  {level}\n" for level in levels) + "facts: []\n"
    assert load_error(corpus, sheet) == [
        "facts/sheet.yaml:1: unknown field 'laughs' in a fact sheet; expected one of: events, facts"
    ]


def test_a_huge_value_is_shown_by_its_start_and_length(corpus: Workspace) -> None:
    """Issue 14: a 5 MB scalar was echoed whole in its error line."""
    huge = "lots" * 1_250_000
    [error] = load_error(corpus, GOOD.replace("tolerance: 10%", f"tolerance: {huge}"))
    assert error.startswith(f"facts/sheet.yaml:5: tolerance '{huge[:80]}…' (5,000,000 characters) must look")
    assert len(error) < 300


def test_a_sheet_named_in_capitals_is_loaded(corpus: Workspace) -> None:
    """Issue 14: 'arsenal.YAML' was passed over without a word."""
    (corpus.path / "facts").mkdir(exist_ok=True)
    (corpus.path / "facts" / "ARSENAL.YAML").write_text(GOOD, encoding="utf-8")
    sheets, failures = load_fact_sheets(corpus.path / "facts", corpus.articles())
    assert failures == []
    assert [fact.id for sheet in sheets for fact in sheet.facts] == ["ammo.rate"]
