from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factsheet.corpus import articles as corpus_module
from factsheet.corpus.articles import ArticlesOnDemand, guess_title, load_corpus, read_article
from factsheet.corpus.duplicates import DuplicateIndex, find_duplicates, sentence_keys
from factsheet.errors import FactsheetError

from .conftest import ROOT, Workspace

STORY = (
    "Russian Defence Minister Sergei Shoigu arrived in Pyongyang wearing a military uniform "
    "and met with the highest North Korean officials, including the nation's leader Kim Jong Un.\n"
    "Shoigu's military outfit is only slightly related to the fact that his country has already "
    "been at war for 17 months. His appearance had a role to play up the military nature of the "
    "North Korean regime on the occasion of the 70th anniversary of the armistice agreement.\n"
    "Russia has long denied obtaining weapons from North Korea. This time was no different. "
    "Ukrainian intelligence put Russia's stockpiles of artillery ammunition at slightly more than "
    "half a million shells, with not less than 5,000 artillery shells fired per day.\n"
)
# The same story as a second outlet ran it: byline, headline, blank lines, hard wraps.
REFORMATTED = (
    "\n\n\nBy: *Staff Writer*\n\nShoigu's shopping list in Pyongyang\n\n\n"
    + STORY.replace(" and met with", "\nand met with").replace("\n", "\n\n")
    + "\nPhoto: Reuters\n"
)
OTHER_STORY = (
    "Ukraine's army says that Russian troops go through 20,000-60,000 artillery shells per day, "
    "far more than the West can supply. Factories in Europe are expanding, but slowly, and the "
    "United States has asked allies to send what they can spare from their own stocks before "
    "the winter, when fighting along the front usually slows and both sides rebuild reserves.\n"
)


def test_read_article_keeps_the_text_as_stored(tmp_path: Path) -> None:
    path = tmp_path / "002_abc.txt"
    data = "it has over 21,600 howitzers\r\nand “millions” of shells\n".encode()
    path.write_bytes(data)
    article, warnings = read_article(path)
    assert warnings == []
    assert article is not None
    assert article.id == "002_abc"
    assert article.path == path
    assert article.text == data.decode("utf-8")
    assert article.digest == hashlib.sha256(data).hexdigest()
    assert article.duplicate_of is None
    assert article.canonical_id == "002_abc"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        pytest.param(b"", "skipped: the file is empty", id="empty"),
        pytest.param(b" \n\n\t ", "skipped: the file is empty", id="whitespace-only"),
        pytest.param(b"PK\x03\x04\x00\x00binary", "skipped: binary file (NUL bytes); articles are plain "
                     "UTF-8 text", id="nul-bytes"),
    ],
)
def test_read_article_skips_with_a_warning(workspace: Workspace, data: bytes, message: str) -> None:
    path = workspace.corpus / "bad.txt"
    path.write_bytes(data)
    article, warnings = read_article(path)
    assert article is None
    assert [str(w) for w in warnings] == [f"corpus/bad.txt: {message}"]


def test_read_article_replaces_invalid_utf8_and_names_the_offset(workspace: Workspace) -> None:
    path = workspace.corpus / "latin1.txt"
    path.write_bytes("Café owner: 5,000 shells".encode("latin-1"))
    article, warnings = read_article(path)
    assert [str(w) for w in warnings] == [
        "corpus/latin1.txt: not valid UTF-8 at byte 3; bad bytes were replaced with U+FFFD "
        "(re-save the file as UTF-8)"
    ]
    assert article is not None
    assert article.text == "Caf\ufffd owner: 5,000 shells"


def test_read_article_drops_a_byte_order_mark(workspace: Workspace) -> None:
    path = workspace.corpus / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfHeadline\nBody.")
    article, warnings = read_article(path)
    assert article is not None
    assert article.text == "Headline\nBody."
    assert [str(w) for w in warnings] == [
        "corpus/bom.txt: a UTF-8 byte-order mark was ignored; offsets count from the character after it"
    ]


def test_read_article_skips_files_over_the_size_limit(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(corpus_module, "MAX_ARTICLE_BYTES", 10)
    path = workspace.article("huge", "x" * 11)
    article, warnings = read_article(path)
    assert article is None
    assert [str(w) for w in warnings] == [
        "corpus/huge.txt: skipped: 11 bytes is more than the 10-byte limit for one article"
    ]


def test_load_corpus_of_a_missing_directory_is_one_warning(workspace: Workspace) -> None:
    loaded = load_corpus(workspace.path / "nowhere")
    assert loaded.articles == ()
    assert [str(w) for w in loaded.warnings] == [
        "nowhere: corpus directory not found; pass --corpus DIR or create it"
    ]


def test_load_corpus_reads_files_in_order_and_keeps_going(workspace: Workspace) -> None:
    workspace.article("b", "Second article.")
    workspace.article("a", "First article.")
    workspace.article(".hidden", "Editor backup.")
    (workspace.corpus / "empty.txt").write_bytes(b"")
    (workspace.corpus / "sub").mkdir()
    (workspace.corpus / "sub" / "c.txt").write_text("Nested.", encoding="utf-8")
    loaded = load_corpus(workspace.corpus)
    assert [a.id for a in loaded.articles] == ["a", "b"]
    assert [str(w) for w in loaded.warnings] == [
        "corpus/sub: skipped: a directory (articles are read from the corpus directory itself)",
        "corpus/empty.txt: skipped: the file is empty"]


def test_entries_that_are_no_article_are_named_not_passed_over(workspace: Workspace) -> None:
    """Issue 14: 'story.txt' and 'story.md' were both article 'story', their extractions
    mixed; FIFOs and symlink loops were skipped without a word."""
    workspace.article("story", "From the text file.")
    (workspace.corpus / "story.md").write_text("From the Markdown file.", encoding="utf-8")
    os.mkfifo(workspace.corpus / "pipe.txt")
    (workspace.corpus / "loop.txt").symlink_to(workspace.corpus / "loop.txt")
    loaded = load_corpus(workspace.corpus)
    assert [(a.id, a.path.name) for a in loaded.articles] == [("story", "story.md")]
    assert [str(w) for w in loaded.warnings] == [
        "corpus/loop.txt: skipped: not a regular file (a FIFO, a device, or a link to nothing or to itself)",
        "corpus/pipe.txt: skipped: not a regular file (a FIFO, a device, or a link to nothing or to itself)",
        "corpus/story.txt: skipped: its article id 'story' is story.md's already; rename one of the two"]


def test_a_reformatted_copy_is_a_duplicate_of_its_original(workspace: Workspace) -> None:
    workspace.article("000_original", STORY)
    workspace.article("001_copy", REFORMATTED)
    workspace.article("002_other", OTHER_STORY)
    by_id = load_corpus(workspace.corpus).by_id()
    assert by_id["000_original"].duplicate_of is None
    assert by_id["001_copy"].duplicate_of == "000_original"
    assert by_id["001_copy"].canonical_id == "000_original"
    assert by_id["002_other"].duplicate_of is None


def test_the_first_of_two_copies_is_the_original(workspace: Workspace) -> None:
    workspace.article("000_copy", REFORMATTED)
    workspace.article("001_original", STORY)
    by_id = load_corpus(workspace.corpus).by_id()
    assert by_id["000_copy"].duplicate_of is None
    assert by_id["001_original"].duplicate_of == "000_copy"


def test_sharing_a_paragraph_does_not_make_a_duplicate() -> None:
    shared = STORY.split("\n")[2]
    texts = [("a", STORY), ("b", OTHER_STORY + shared)]
    assert find_duplicates(texts) == {}


def test_identical_copies_all_point_at_the_first() -> None:
    assert find_duplicates([("a", STORY), ("b", STORY), ("c", STORY)]) == {"b": "a", "c": "a"}


def test_a_copy_of_a_copy_points_at_the_first_original() -> None:
    # b is a plus a short update; c repeats only b's update, whose shingles b saw first.
    update = "Update: officials later confirmed the visit had ended with a signed protocol on trade."
    texts = [("a", STORY), ("b", STORY + update), ("c", update)]
    assert find_duplicates(texts) == {"b": "a", "c": "a"}


def test_texts_too_short_to_compare_are_never_duplicates() -> None:
    assert find_duplicates([("a", "Four words only here"), ("b", "Four words only here")]) == {}


def test_shipped_corpus_has_one_duplicate() -> None:
    loaded = load_corpus(ROOT / "corpus")
    assert loaded.warnings == ()
    duplicates = {a.id: a.duplicate_of for a in loaded.articles if a.duplicate_of}
    assert duplicates == {"001_a4c58db8828a508f": "000_331c2a0c2e350d37"}
    assert len(loaded.articles) == 5


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param("Shoigu's shopping list\n\nBody text.", "Shoigu's shopping list", id="first-line"),
        pytest.param("\n\n\nBy: *Staff*\n\nShoigu's shopping list\nBody.", "Shoigu's shopping list",
                     id="after-byline"),
        pytest.param("# Give and Take\nBody.", "Give and Take", id="markdown-heading"),
        pytest.param("**Bold headline**\nBody.", "Bold headline", id="emphasis"),
        pytest.param("Photo: Reuters\nHeadline here\nBody.", "Headline here", id="after-photo-credit"),
        pytest.param("Russia has long denied it.\nMore text.", None, id="first-line-is-a-sentence"),
        pytest.param("Is this a question?\nBody", None, id="question"),
        pytest.param("x" * 161 + "\nBody", None, id="too-long"),
        pytest.param("", None, id="empty"),
        pytest.param("By: Staff\n\n", None, id="only-a-byline"),
    ],
)
def test_guess_title(text: str, title: str | None) -> None:
    assert guess_title(text) == title


def test_article_title_and_normalised_text(workspace: Workspace) -> None:
    workspace.article("a", "Headline\nit fires “5,000\nshells”.")
    article = workspace.articles()["a"]
    assert article.title == "Headline"
    assert article.normalised.text == 'Headline it fires "5,000 shells".'


def test_a_copy_is_found_when_its_sentences_were_printed_first_elsewhere() -> None:
    # Wire copy: o combines paragraphs first printed in a and b; c reprints o.
    sentences = [f"Officials in city number {i} said the shipment had arrived on time." for i in range(10)]
    a, b = " ".join(sentences[:5]), " ".join(sentences[5:])
    original = " ".join(sentences)
    copy = "By: Staff\n\n" + "\n".join(sentences)
    texts = [("a", a), ("b", b), ("o", original), ("c", copy)]
    assert find_duplicates(texts) == {"c": "o"}


def test_a_released_article_reads_its_text_again_from_the_file(workspace: Workspace) -> None:
    path = workspace.article("a", "Shoigu in Pyongyang\n\nThe visit lasted three days.\n")
    article, _ = read_article(path)
    assert article is not None
    released = article.released()
    assert released._text is None
    assert (released.title, released.length) == ("Shoigu in Pyongyang", len(article.text))
    assert released.text == article.text
    assert released == article


def test_a_released_article_whose_file_changed_is_an_error_not_other_text(
    workspace: Workspace,
) -> None:
    path = workspace.article("a", "North Korea has 20,000 howitzers.\n")
    article, _ = read_article(path)
    assert article is not None
    released = article.released()
    path.write_text("North Korea has 30,000 howitzers.\n", encoding="utf-8")
    with pytest.raises(FactsheetError, match=r"a\.txt: the file changed while factsheet was running"):
        _ = released.text


def test_articles_on_demand_reads_only_what_is_asked_for(workspace: Workspace) -> None:
    workspace.article("a", "First article, read.\n")
    workspace.article("b", "Second article, never read.\n")
    (workspace.corpus / "c.txt").write_bytes(b"\x00\x01binary")
    articles = ArticlesOnDemand(sorted(workspace.corpus.iterdir()))
    assert list(articles) == ["a", "b", "c"]
    assert articles["a"].text == "First article, read.\n"
    assert "c" not in articles  # not a readable article
    assert "zzz" not in articles
    with pytest.raises(KeyError):
        articles["c"]
    assert set(articles._read) == {"a", "c", "zzz"}


@given(st.lists(st.sampled_from([STORY, REFORMATTED, OTHER_STORY, "Too short.", ""]), max_size=8))
def test_the_duplicate_index_points_every_copy_at_the_first_telling(texts: list[str]) -> None:
    index = DuplicateIndex()
    first: dict[tuple[int, ...], str] = {}  # sentence set -> first article that had it
    for number, text in enumerate(texts):
        name = f"{number:02}"
        keys = sentence_keys(text)
        found = index.add(name, keys)
        if not keys:
            assert found is None  # too short to compare
            continue
        group = tuple(sorted(keys))
        # STORY and REFORMATTED are one story: whichever came first is the original.
        story = {tuple(sorted(sentence_keys(STORY))), tuple(sorted(sentence_keys(REFORMATTED)))}
        tellings = story if group in story else {group}
        earlier = [first[g] for g in tellings if g in first]
        assert found == (min(earlier) if earlier else None)
        first.setdefault(group, name)



_READ_AS_NOBODY = """
import os, sys
from pathlib import Path
from factsheet.corpus.articles import read_article
os.setgid(65534)
os.setuid(65534)  # nobody: the file's mode now applies, as it does to any user but root
article, problems = read_article(Path(sys.argv[1]))
print(article is None, [problem.message for problem in problems])
"""


def test_an_unreadable_article_is_a_warning_not_a_traceback() -> None:
    """Issue 14: an article without read permission ended collection with a traceback."""
    import shutil
    import subprocess
    import sys
    import tempfile

    expected = ["skipped: cannot be read (Permission denied); check its permissions"]
    folder = Path(tempfile.mkdtemp(prefix="factsheet-locked-"))  # (under /tmp: nobody can reach it)
    try:
        folder.chmod(0o755)
        path = folder / "locked.txt"
        path.write_text("Russia fires 20,000 shells a day.", encoding="utf-8")
        path.chmod(0)
        if os.geteuid() == 0:  # root reads any file: read it as nobody
            result = subprocess.run([sys.executable, "-c", _READ_AS_NOBODY, str(path)],
                                    capture_output=True, text=True, check=False)
            assert result.returncode == 0, result.stderr
            assert result.stdout.strip() == f"True {expected}"
        else:
            article, problems = read_article(path)
            assert article is None
            assert [p.message for p in problems] == expected
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_a_file_name_that_is_not_utf8_is_a_warning_the_report_can_hold(workspace: Workspace) -> None:
    """Issue 14: a corpus file name of bytes that are not UTF-8 meant no report at all."""
    workspace.article("a", "First article.")
    handle = os.open(os.fsencode(workspace.corpus) + b"/caf\xe9.txt", os.O_WRONLY | os.O_CREAT, 0o644)
    os.write(handle, b"North Korea has 21,600 howitzers.\n")
    os.close(handle)
    loaded = load_corpus(workspace.corpus)
    assert [a.id for a in loaded.articles] == ["a"]
    [warning] = [str(w) for w in loaded.warnings]
    assert warning == ("corpus: skipped: the file name 'caf\\xe9.txt' is not valid UTF-8, which the "
                       "report cannot hold; rename the file")
    warning.encode("utf-8")  # (the report is UTF-8)


@given(st.binary(max_size=2000))
@settings(max_examples=60, deadline=None)
def test_any_bytes_are_read_or_named_in_a_warning(data: bytes) -> None:
    """Fuzz: whatever bytes an article file holds, reading it gives an article or a warning
    naming the file, never an exception."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "story.txt"
        path.write_bytes(data)
        article, problems = read_article(path)
        assert article is not None or problems  # skipped only with a word
        assert all(str(problem).startswith(str(path)) or "story.txt" in str(problem)
                   for problem in problems)  # each names the file
