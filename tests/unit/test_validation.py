"""The validation run: the corpus streamed in batches, kept without its text."""

from __future__ import annotations

import pytest

from factsheet.check.results import Validation
from factsheet.rules import pinned_quote_problems
from factsheet.run import validate as validation_module
from factsheet.run.validate import validate
from factsheet.text.extract.mentions import extract_mentions

from .conftest import HOWITZERS, ROOT, Workspace


def _outcome(validation: Validation) -> tuple[object, ...]:
    return (
        [(a.id, a.duplicate_of) for a in validation.corpus.articles],
        [(c.fact, c.article, c.start, c.end, c.value) for c in validation.claims],
        [(c.fact, c.severity, c.status, tuple(x.article for x in c.claims)) for c in validation.conflicts],
        sorted(validation.notable or ()),
    )


def test_batches_of_any_size_give_the_same_validation(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    for path in sorted((ROOT / "corpus").iterdir()):
        workspace.article(path.stem, path.read_text(encoding="utf-8"))
    for path in sorted((ROOT / "facts").iterdir()):
        workspace.sheet(path.stem, path.read_text(encoding="utf-8"))
    whole = validate(workspace.corpus, workspace.facts)
    monkeypatch.setattr(validation_module, "BATCH", 1)  # the duplicate 001 in a later batch than 000
    one_by_one = validate(workspace.corpus, workspace.facts)
    assert _outcome(one_by_one) == _outcome(whole)
    assert dict(whole.corpus.by_id())["001_a4c58db8828a508f"].duplicate_of == "000_331c2a0c2e350d37"


def test_articles_are_kept_without_their_text_and_mentions_are_found_again(
    workspace: Workspace,
) -> None:
    workspace.article("a", "Pyongyang has more than 20,000 howitzers, analysts say.\n")
    workspace.article("b", "The visit lasted three days in July 2023.\n")
    validation = validate(workspace.corpus, workspace.facts)
    articles = validation.articles
    assert all(article._text is None for article in articles.values())
    assert articles["a"].text.startswith("Pyongyang has more than 20,000")
    assert list(validation.mentions["a"]) == extract_mentions(articles["a"].text)
    assert validation.notable == {"a"}  # b has a duration and a date, no amount


def test_an_article_edited_during_the_run_is_a_rule_failure_not_a_traceback(
    workspace: Workspace,
) -> None:
    path = workspace.article("a", "Pyongyang has more than 20,000 howitzers, analysts say.\n")
    sheet = workspace.sheet("arsenal", HOWITZERS + """\
            claims:
              - {article: a, quote: "more than 20,000 howitzers", value: "more than 20,000"}
        """)
    validation = validate(workspace.corpus, workspace.facts)
    assert pinned_quote_problems(validation, sheet) == []
    path.write_text("Pyongyang has more than 30,000 howitzers, analysts say.\n", encoding="utf-8")
    [problem] = pinned_quote_problems(validation, sheet)
    assert problem.startswith("facts/arsenal.yaml:8: ")
    assert problem.endswith("a.txt: the file changed while factsheet was running; run again")


def test_a_validation_reads_as_its_counts_not_its_contents(workspace: Workspace) -> None:
    """pytest prints it in every failing rule's traceback."""
    workspace.article("a", "Pyongyang has more than 20,000 howitzers, analysts say.\n")
    workspace.article("b", "A defector puts the number at 14,000 howitzers.\n")
    workspace.sheet("arsenal", HOWITZERS)
    validation = validate(workspace.corpus, workspace.facts)
    assert repr(validation) == (f"<Validation of {workspace.corpus} against {workspace.facts}: "
                                "2 articles, 1 facts, 1 conflicts>")
