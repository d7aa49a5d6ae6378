"""A synthetic corpus and matching fact sheets for scale benchmarks, seeded and reproducible.

    python benchmarks/generate_corpus.py --articles N --out DIR [--seed 1] [--outliers 0.02]

Writes ``DIR/corpus/*.txt`` (N articles of about 4 KB), ``DIR/facts/*.yaml`` (one
sheet per sheet of the project's ``facts/``) and ``DIR/manifest.json`` (what was
planted). The same seed and N give byte-identical files.

Everything is derived at run time from the project's ``corpus/`` and ``facts/``;
no article text lives in this file:

- The source articles are split into paragraphs (hard-wrapped lines joined again;
  a near-copy of an earlier source article is skipped). Short lines without final
  punctuation are headings; they become titles and subheadings.
- Every pinned claim and false match of the shipped sheets marks a quote in a
  paragraph, and the claim's value marks the figure in it ("more than 20,000",
  "USD 1,000", "almost 1"). Figures written with digits are redrawn in every
  article around one centre per fact: within a quarter of the fact's tolerance
  (so that ordinary claims agree with each other) with a varied qualifier or as a
  range, and with probability ``--outliers`` 2.5 to 5 tolerances away (a real
  conflict). The centre is the fact's first figure written in words ("millions",
  "half a million"), which cannot be redrawn, else the lower median of its
  figures: the shipped corpus's own disagreements (20,000 vs 21,600 howitzers)
  would otherwise make every pair of articles conflict.
- An article is a heading and paragraphs drawn without repetition up to 3-5 KB:
  one to three paragraphs with figures, except in about 10% of articles which
  have none. Words are lightly reworded (a small synonym table that leaves the
  sheets' nouns, context words and qualifiers alone), sentences of plain
  paragraphs are sometimes swapped, and each article gets a style: straight or
  smart quotes, dash style, blank lines or not between paragraphs, hard line
  breaks, a byline, a caption printed twice.
- About 3% of articles are near-duplicates: an earlier article's content in
  another style (the same story reformatted, sometimes truncated).

Sheets keep the ids, titles, units, tolerances, recognisers and references of
``facts/*.yaml``, and every third fact with figures gets its centre as a reference
value (so that the per-article reference rule has articles to check and the
outliers disagree with it); their claims are rewritten: up to 10 pinned claims per fact
with the exact quote (a verbatim slice of the article, hard line breaks
included) and value of a generated article, among them the mildest outlier on
each side of the centre; up to 3 false matches; and for each pinned outlier an
acceptance of its conflict with a pinned ordinary claim. Everything else is
left to automatic matching.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import multiprocessing
import os
import random
import re
import shutil
import statistics
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
GENERATOR_VERSION = 2

DEFAULT_OUTLIERS = 0.02
NO_FIGURE_SHARE = 0.10
DUPLICATE_SHARE = 0.03
PINS_PER_FACT = 10
FALSE_MATCHES_PER_FACT = 3
REFERENCE_EVERY = 3  # every third fact with figures gets its centre as a reference value
FORCED_OUTLIER_EVERY = 97  # every 97th article's first figure is an outlier, so small corpora conflict too

# Private-use characters mark quotes and figures while an article is assembled.
_QUOTE_START, _QUOTE_END, _FIGURE, _KEEP = 0xE000, 0xE100, 0xE200, "\ue300"
_MARKERS = re.compile("[\ue000-\ue3ff]")

_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
_WORDS = {"half a million": 5e5, "millions": 2e6, "thousands": 2e3, "hundreds": 200.0,
          "tens of thousands": 2e4, "hundreds of thousands": 2e5, "a dozen": 12.0,
          "one": 1.0, "two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0, "ten": 10.0}
_QUALIFIERS = sorted([
    "slightly more than", "more than", "over", "not less than", "at least", "up to", "as high as",
    "almost", "nearly", "roughly", "about", "around", "some", "an estimated",
], key=len, reverse=True)
_VALUE = re.compile(
    rf"^(?P<qual>(?:{'|'.join(map(re.escape, _QUALIFIERS))})\s+)?(?P<cur>USD\s*|US\$|\$)?"
    rf"(?P<n1>(?:{_NUMBER})(?:\s+(?:{'|'.join(_SCALES)}))?)"
    rf"(?:(?P<sep>\s*[-–]\s*)(?P<n2>(?:{_NUMBER})(?:\s+(?:{'|'.join(_SCALES)}))?))?"
    r"(?P<suffix>.*)$",
    re.IGNORECASE,
)
# Light rewording; words the sheets recognise are removed from it at run time.
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "huge": ("vast", "enormous", "massive"), "vast": ("huge", "enormous", "sprawling"),
    "large": ("big", "sizeable", "substantial"), "big": ("large", "major"),
    "significant": ("considerable", "notable", "substantial"), "important": ("key", "major"),
    "urgent": ("pressing", "acute"), "clear": ("obvious", "evident"), "main": ("chief", "principal"),
    "desperately": ("badly", "urgently"), "rapid": ("swift", "fast"), "quick": ("swift", "fast"),
    "recently": ("lately", "in recent months"), "says": ("said", "notes"), "said": ("stated", "noted"),
    "strengthen": ("reinforce", "deepen"), "expand": ("widen", "grow"),
    "obsolete": ("outdated", "ageing"), "outdated": ("obsolete", "dated"),
    "isolated": ("cut-off", "secluded"), "arrived": ("landed", "turned up"),
    "believe": ("think", "reckon"), "growing": ("rising", "increasing"),
    "dangerous": ("risky", "perilous"), "ideal": ("perfect", "well suited"),
    "lengthy": ("long", "protracted"), "exhausted": ("drained", "depleted"),
    "essential": ("vital", "crucial"), "crucial": ("vital", "essential"),
    "genuine": ("real", "true"), "enormous": ("huge", "immense"), "considerable": ("substantial", "sizeable"),
    "affordable": ("cheap", "inexpensive"), "acquire": ("obtain", "secure"), "purpose": ("aim", "goal"),
    "possibly": ("perhaps", "maybe"), "quite": ("rather", "fairly"),
    "relevant": ("pertinent", "important"), "especially": ("particularly", "notably"),
    "however": ("yet", "still"), "indeed": ("in fact", "truly"), "regularly": ("routinely", "often"),
}
_CURLY = re.compile("[‘’‚‛“”„‟]")
_QUOTE_CHARS = re.compile("[\"'‘’‚‛“”„‟]")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
_BYLINES = ("By: *Staff*", "By Our Correspondent", "By: Defence Desk", "Staff reporter",
            "By the Foreign Desk", "By: *Wire Service*")


@dataclass(frozen=True, slots=True)
class Figure:
    """One redrawable or fixed figure of a source paragraph, as its sheet value writes it."""

    fact: str
    tolerance: float  # relative; 0 for an absolute or zero tolerance
    prefix: str  # currency written before the number
    suffix: str  # what the sheet value writes after the number ('%', ' rounds per month')
    original: str  # the figure as the source writes it
    anchor: float  # its number, for the fact's centre
    fixed: bool  # written in words: kept as it is
    percent: bool


@dataclass(frozen=True, slots=True)
class Mark:
    """A pinned claim or false match of a shipped sheet: a quote in a paragraph."""

    fact: str
    kind: str  # 'claim' or 'false'
    figure: int | None  # for a claim, the figure holding its value
    value: str  # the sheet value, used when the figure is fixed
    reason: str


@dataclass(frozen=True, slots=True)
class Paragraph:
    template: str  # with marker characters
    figures: tuple[int, ...]
    parts: tuple[str, ...] = ()  # the template split around words that have synonyms (odd items)


@dataclass
class Source:
    """Everything taken from the project's corpus and sheets."""

    headings: list[Paragraph]
    plain: list[Paragraph]
    with_figures: list[Paragraph]
    figures: list[Figure]
    marks: list[Mark]
    centres: dict[str, float]
    sheets: list[tuple[str, dict[str, Any]]]
    fingerprint: str


_FOLD = str.maketrans("‘’‚‛“”„‟–—", "''''\"\"\"\"--")
_STRAIGHT = str.maketrans("‘’‚‛“”„‟", "''''\"\"\"\"")


def _fold(text: str) -> str:
    """Straight quotes and plain dashes, one character for one (offsets kept)."""
    return text.translate(_FOLD)


def _paragraphs(text: str) -> list[str]:
    """Lines of an article, hard-wrapped lines joined again, whitespace collapsed."""
    joined: list[str] = []
    previous = ""  # the line before, '' after a blank line
    for line in (line.strip() for line in text.splitlines()):
        first = next((ch for ch in line if ch.isalpha()), "")
        if not line:
            pass
        elif previous and line != previous and (first.islower() or previous.endswith(",")):
            joined[-1] = f"{joined[-1]} {line}"  # a hard line break inside a paragraph
        else:
            joined.append(line)
        previous = line
    return [re.sub(r"\s+", " ", p) for p in joined]


def _shingles(text: str) -> set[int]:
    words = re.findall(r"\w+", text.lower())
    return {hash(tuple(words[i:i + 5])) for i in range(max(0, len(words) - 4))}


def _number(text: str) -> float:
    text = text.strip().lower().strip('"“”')
    if text in _WORDS:
        return _WORDS[text]
    match = re.match(rf"({_NUMBER})(?:\s+(\w+))?", text)
    if match is None:
        for words, value in sorted(_WORDS.items(), key=lambda item: -len(item[0])):
            if words in text:
                return value
        raise ValueError(text)
    return float(match.group(1).replace(",", "")) * _SCALES.get((match.group(2) or ""), 1.0)


def _relative_tolerance(text: str) -> float:
    return float(text[:-1]) / 100 if str(text).endswith("%") else 0.0


def load_source(corpus_dir: Path, facts_dir: Path) -> Source:
    """Paragraphs, figures and marks of the project's corpus, driven by its fact sheets."""
    digest = hashlib.sha256(Path(__file__).read_bytes())
    articles: dict[str, list[str]] = {}
    seen: set[int] = set()
    for path in sorted(corpus_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        digest.update(path.name.encode() + text.encode())
        own = _shingles(text)
        if own and len(own & seen) / len(own) >= 0.8:
            continue  # a reformatted copy of an earlier source article
        seen |= own
        articles[path.stem] = _paragraphs(text)

    sheets = []
    for path in sorted(facts_dir.glob("*.yaml")):
        digest.update(path.name.encode() + path.read_bytes())
        sheets.append((path.name, yaml.safe_load(path.read_text(encoding="utf-8"))))
    facts = [fact for _, sheet in sheets for fact in sheet.get("facts") or []]
    protected = {word.lower() for fact in facts
                 for phrase in (*fact["recognise"].get("nouns", ()), *fact["recognise"].get("context", ()))
                 for word in re.findall(r"\w+", str(phrase))}

    figures: list[Figure] = []
    marks: list[Mark] = []
    # Per source paragraph: figure spans (start, end, figure) and mark spans (start, end, mark).
    spans: dict[tuple[str, int], tuple[list[tuple[int, int, int]], list[tuple[int, int, int]]]] = {}
    for fact in facts:
        entries = [("claim", e) for e in fact.get("claims") or []]
        entries += [("false", e) for e in fact.get("false_matches") or []]
        for kind, entry in entries:
            if entry["article"] not in articles:
                continue  # an article skipped as a copy of another
            located = _locate(articles[entry["article"]], str(entry["quote"]))
            if located is None:
                print(f"generate_corpus: skipped a quote of {fact['id']} not found in its paragraph",
                      file=sys.stderr)
                continue
            index, start, end = located
            paragraph = articles[entry["article"]][index]
            figure_spans, mark_spans = spans.setdefault((entry["article"], index), ([], []))
            figure_id = None
            if kind == "claim":
                figure_id = _figure(fact, str(entry["value"]), paragraph, start, end, figures, figure_spans)
            mark_spans.append((start, end, len(marks)))
            marks.append(Mark(fact["id"], kind, figure_id, str(entry.get("value", "")),
                              " ".join(str(entry.get("reason", "")).split())))

    headings: list[str] = []
    plain: list[Paragraph] = []
    with_figures: list[Paragraph] = []
    known: set[str] = set()
    for article_id, paragraphs in articles.items():
        for index, text in enumerate(paragraphs):
            if (article_id, index) in spans:
                figure_spans, mark_spans = spans[article_id, index]
                template = _template(text, figure_spans, mark_spans)
                with_figures.append(Paragraph(template, tuple(f for _, _, f in sorted(figure_spans))))
            elif _fold(text) in known or len(text) < 20:
                continue
            elif len(text) <= 140 and not text.rstrip("\"”'’)").endswith((".", "!", "?", ",")):
                headings.append(text)
            else:
                plain.append(Paragraph(text, ()))
            known.add(_fold(text))

    centres: dict[str, float] = {}
    for fact_id in dict.fromkeys(f.fact for f in figures):
        own = [f for f in figures if f.fact == fact_id]
        fixed = [f.anchor for f in own if f.fixed]
        centres[fact_id] = fixed[0] if fixed else statistics.median_low(f.anchor for f in own)
    allowed = sorted(w for w in _SYNONYMS if w not in protected
                     and not any(set(s.split()) & protected for s in _SYNONYMS[w]))
    synonyms = re.compile(r"\b(" + "|".join(allowed) + r")\b", re.IGNORECASE)

    def split(paragraphs: Iterable[Paragraph]) -> list[Paragraph]:
        return [Paragraph(p.template, p.figures, tuple(synonyms.split(p.template))) for p in paragraphs]

    return Source(split(Paragraph(h, ()) for h in headings), split(plain), split(with_figures),
                  figures, marks, centres, sheets, digest.hexdigest()[:16])


def _locate(paragraphs: list[str], quote: str) -> tuple[int, int, int] | None:
    """Paragraph index and span of ``quote``, ignoring quote style, dashes, spacing and case."""
    needle = " ".join(_fold(quote).split()).lower()
    for index, paragraph in enumerate(paragraphs):
        at = _fold(paragraph).lower().find(needle)
        if at >= 0:
            return index, at, at + len(needle)
    return None


def _figure(fact: dict[str, Any], value: str, paragraph: str, start: int, end: int,
            figures: list[Figure], figure_spans: list[tuple[int, int, int]]) -> int | None:
    """Register the figure a claim's value names inside its quote; None when not found."""
    tolerance = _relative_tolerance(str(fact["tolerance"]))
    folded = _fold(paragraph).lower()
    match = _VALUE.match(value.strip())
    if match is not None:  # written with digits: the core is the value without its unit words
        core = value.strip()[: match.start("suffix")].strip()
        at = folded.find(_fold(core).lower(), start, end)
        if at < 0:
            return None
        number = _number(match.group("n1"))
        if match.group("n2"):
            number = (number * _number(match.group("n2"))) ** 0.5
        for other_start, other_end, other in figure_spans:
            if at < other_end and other_start < at + len(core):  # two sheets pin one figure
                return other if figures[other].fact == fact["id"] else None
        figure = Figure(fact["id"], tolerance, match.group("cur") or "", match.group("suffix"),
                        paragraph[at:at + len(core)], number, False, "%" in match.group("suffix"))
        return _register(figure, figures, figure_spans, (at, at + len(core)))
    # Written in words ('millions', 'half a million', 'three days'): kept as it is, still pinnable.
    words = re.sub(r"^(?:" + "|".join(map(re.escape, _QUALIFIERS)) + r")\s+", "", value.strip(),
                   flags=re.IGNORECASE)
    try:
        number = _number(words)
    except ValueError:
        return None
    return _register(Figure(fact["id"], tolerance, "", "", value, number, True, False),
                     figures, figure_spans, None)


def _register(figure: Figure, figures: list[Figure], figure_spans: list[tuple[int, int, int]],
              span: tuple[int, int] | None) -> int:
    figures.append(figure)
    if span is not None:
        figure_spans.append((span[0], span[1], len(figures) - 1))
    return len(figures) - 1


def _template(text: str, figure_spans: list[tuple[int, int, int]],
              mark_spans: list[tuple[int, int, int]]) -> str:
    """The paragraph with quote markers around marks and one marker in place of each figure."""
    before: dict[int, list[str]] = {}
    for _, end, mark in mark_spans:
        before.setdefault(end, []).append(chr(_QUOTE_END + mark))
    for start, _, mark in mark_spans:
        before.setdefault(start, []).append(chr(_QUOTE_START + mark))
    skip = {i: (end, figure) for i, end, figure in figure_spans}
    out: list[str] = []
    i = 0
    while i <= len(text):
        out.extend(before.get(i, ()))
        if i in skip:
            end, figure = skip[i]
            out.append(chr(_FIGURE + figure))
            i = end
            continue
        if i < len(text):
            out.append(text[i])
        i += 1
    return "".join(out)


def _format(number: float, rng: random.Random, percent: bool) -> str:
    """A number as an article writes it, to three significant digits."""
    if number >= 1e6 and rng.random() < 0.5:
        millions = float(f"{number / 1e6:.3g}")
        return f"{millions:g} million"
    rounded = float(f"{number:.3g}")
    if rounded >= 100 or (rounded == int(rounded) and not percent):
        return f"{round(rounded):,}"
    decimals = max(0, 2 - math.floor(math.log10(abs(rounded))))
    return f"{rounded:.{decimals}f}".rstrip("0").rstrip(".")


def _draw(figure: Figure, centre: float, rng: random.Random, outlier: bool) -> tuple[str, str, float]:
    """New text for ``figure``: (text in the article, sheet value, relative distance from the centre)."""
    t = figure.tolerance
    if outlier:
        step = rng.uniform(0.10, 0.50) if t == 0 else rng.uniform(2.5 * t, 5 * t)
        up = rng.random() < 0.5 or step >= 0.7
        if figure.percent and centre * (1 + step) > 100:
            up = False
        x = centre * (1 + step) if up else centre * (1 - min(step, 0.7))
    elif t == 0:
        return figure.original, _value(figure, figure.original), 0.0
    else:
        x = centre * (1 + rng.uniform(-t / 4, t / 4))
    cur = figure.prefix
    shapes = ["exact"] * 3 + ["about", "more", "upper"] * 2 + ["range"]
    if cur:
        shapes = ["exact", "exact", "about"]
    elif figure.percent:
        shapes = ["exact", "exact", "about", "more", "upper"]
    shape = rng.choice(shapes) if t or outlier else "exact"
    if shape == "range":
        w = rng.uniform(t / 8, t / 4) if t else 0.05
        low, high = (f"{round(float(f'{bound:.3g}')):,}" for bound in (x * (1 - w), x * (1 + w)))
        core = rng.choice([f"{low}-{high}", f"{low}–{high}", f"between {low} and {high}"])
    else:
        qualifiers = {"exact": ("",), "about": ("about ", "roughly ", "around ", "an estimated "),
                      "more": ("more than ", "over ", "at least ", "not less than "),
                      "upper": ("nearly ", "almost ", "up to ", "as many as ")}[shape]
        core = f"{rng.choice(qualifiers)}{cur}{_format(x, rng, figure.percent)}"
    return core, _value(figure, core), x / centre - 1


def _value(figure: Figure, core: str) -> str:
    return " ".join(f"{core}{figure.suffix}".replace("–", "-").split())


@dataclass(frozen=True, slots=True)
class Content:
    """What an article says; its style is applied when it is rendered."""

    title: str
    paragraphs: tuple[str, ...]  # with quote markers; figures already drawn
    marks: tuple[tuple[int, str, float], ...]  # (mark, sheet value, outlier's distance or 0.0)
    figures: int
    outliers: int
    without_figures: bool  # drawn without any paragraph that holds a figure


def make_content(source: Source, seed: int, index: int, outlier_share: float) -> Content:
    rng = random.Random(f"{seed}/content/{index}")
    target = rng.randint(3000, 5000)
    chosen: list[Paragraph] = []
    without_figures = rng.random() < NO_FIGURE_SHARE
    if not without_figures:
        chosen += rng.sample(source.with_figures, rng.choice((1, 1, 2, 2, 3)))
    size = sum(len(p.template) for p in chosen)
    for paragraph in rng.sample(source.plain, len(source.plain)):
        if size >= target:
            break
        chosen.append(paragraph)
        size += len(paragraph.template)
    rng.shuffle(chosen)
    if len(chosen) > 4 and rng.random() < 0.3:  # a subheading
        chosen.insert(rng.randrange(2, len(chosen)), rng.choice(source.headings))

    values: dict[int, tuple[str, str, float]] = {}
    figures = outliers = 0
    paragraphs: list[str] = []
    for paragraph in chosen:
        text = _reword(paragraph, rng)
        if not _MARKERS.search(text) and rng.random() < 0.25:
            sentences = _SENTENCE.split(text)
            if len(sentences) > 2:
                i = rng.randrange(len(sentences) - 1)
                sentences[i], sentences[i + 1] = sentences[i + 1], sentences[i]
                text = " ".join(sentences)
        for figure_id in paragraph.figures:
            figure = source.figures[figure_id]
            forced = index % FORCED_OUTLIER_EVERY == 3 and figures == 0
            outlier = (forced or rng.random() < outlier_share) and not figure.fixed
            core, value, distance = _draw(figure, source.centres[figure.fact], rng, outlier)
            values[figure_id] = (core, value, distance if outlier else 0.0)
            figures += 1
            outliers += outlier
            text = text.replace(chr(_FIGURE + figure_id), core.replace(" ", _KEEP))
        paragraphs.append(text)
    marks: list[tuple[int, str, float]] = []
    for text in paragraphs:
        for match in re.finditer("[\ue000-\ue0ff]", text):
            mark_id = ord(match.group()) - _QUOTE_START
            mark = source.marks[mark_id]
            if mark.figure is not None and mark.figure in values:
                _, value, outlier = values[mark.figure]
            else:
                value, outlier = mark.value, 0.0
            marks.append((mark_id, value, outlier))
    title = _reword(rng.choice(source.headings), rng)
    return Content(title, tuple(paragraphs), tuple(marks), figures, outliers, without_figures)


def _reword(paragraph: Paragraph, rng: random.Random) -> str:
    """Swap about half of the words that have synonyms, keeping a capital."""
    parts = list(paragraph.parts)
    for i in range(1, len(parts), 2):
        if rng.random() < 0.5:
            new = rng.choice(_SYNONYMS[parts[i].lower()])
            parts[i] = new[0].upper() + new[1:] if parts[i][0].isupper() else new
    return "".join(parts)


@dataclass(frozen=True, slots=True)
class Style:
    smart_quotes: bool
    dash: str
    separator: str
    wrap: int | None
    byline: str | None
    caption_twice: bool
    truncate: bool


def make_style(seed: int, index: int, duplicate: bool) -> Style:
    rng = random.Random(f"{seed}/style/{index}")
    return Style(
        smart_quotes=rng.random() < 0.5,
        dash=rng.choice((" - ", " – ", " — ")),
        separator=rng.choice(("\n", "\n", "\n\n")),
        wrap=rng.randint(60, 90) if rng.random() < 0.3 else None,
        byline=rng.choice(_BYLINES) if rng.random() < (0.6 if duplicate else 0.25) else None,
        caption_twice=rng.random() < 0.1,
        truncate=duplicate and rng.random() < 0.3,
    )


def render(content: Content, style: Style) -> tuple[str, dict[int, str]]:
    """The article text and, for each mark in it, its quote: a verbatim slice of the text."""
    paragraphs = list(content.paragraphs)
    if style.truncate and len(paragraphs) > 3:
        last = paragraphs.pop()
        cut = last.split(" ")[: max(3, len(last.split(" ")) // 3)]
        paragraphs.append(_MARKERS.sub("", " ".join(cut)).rstrip(".") + ",")
    if style.caption_twice and paragraphs:
        caption = _MARKERS.sub("", content.title) + " / Photo: archive"
        paragraphs[1:1] = [caption, caption]
    head = [content.title] + ([style.byline] if style.byline else [])
    body = []
    for text in paragraphs:
        text = text.replace(" - ", style.dash)
        text = _smart(text) if style.smart_quotes else _straight(text)
        if style.wrap:
            text = _wrap(text, style.wrap)
        body.append(text.replace(_KEEP, " "))
    text = style.separator.join([*head, *body]) + "\n"
    quotes: dict[int, str] = {}
    for match in re.finditer("[\ue000-\ue0ff]", text):
        mark_id = ord(match.group()) - _QUOTE_START
        end = text.find(chr(_QUOTE_END + mark_id), match.end())
        quotes[mark_id] = _MARKERS.sub("", text[match.end():end])
    return _MARKERS.sub("", text), quotes


def _straight(text: str) -> str:
    return _CURLY.sub(lambda match: match.group().translate(_STRAIGHT), text)


def _smart(text: str) -> str:
    """Curly quotes: opening after a space or bracket, closing (or an apostrophe) elsewhere."""
    chars = list(text)
    for match in _QUOTE_CHARS.finditer(text):
        i = match.start()
        opening = i == 0 or chars[i - 1] in " \n([" + _KEEP
        chars[i] = ("“" if opening else "”") if match.group() in "\"“”„‟" else ("‘" if opening else "’")
    return "".join(chars)


def _wrap(text: str, width: int) -> str:
    lines: list[str] = []
    line = ""
    length = 0
    for word in text.split(" "):  # marker characters count as letters: the width is approximate
        if line and length + 1 + len(word) > width:
            lines.append(line)
            line, length = word, len(word)
        else:
            line = f"{line} {word}" if line else word
            length += len(word) + (length > 0)
    lines.append(line)
    return "\n".join(lines)


@dataclass
class Planted:
    ids: list[str]
    duplicates: dict[str, str]
    candidates: dict[str, list[tuple[str, int, str, float]]]  # fact -> (article, mark, value, outlier)
    quotes: dict[tuple[str, int], str]
    figures: int = 0
    outliers: int = 0
    no_figures: int = 0
    bytes: int = 0


@dataclass(frozen=True, slots=True)
class Written:
    """One article as written, and what it plants."""

    id: str
    size: int
    duplicate_of: str | None
    figures: int
    outliers: int
    without_figures: bool
    marks: tuple[tuple[int, str, float, str], ...]  # (mark, sheet value, outlier's distance, quote)


def original_of(seed: int, index: int) -> int:
    """The index of the article that ``index`` is a near-duplicate of (itself if none)."""
    kind = random.Random(f"{seed}/kind/{index}")
    if index == 0 or kind.random() >= DUPLICATE_SHARE:
        return index
    return original_of(seed, kind.randrange(index))


def article(
    source: Source, seed: int, index: int, outlier_share: float
) -> tuple[str, bytes, Content, dict[int, str]]:
    """Id, bytes, content and mark quotes of article ``index``: a pure function of (seed, index)."""
    original = original_of(seed, index)
    content = make_content(source, seed, original, outlier_share)
    text, quotes = render(content, make_style(seed, index, original != index))
    data = text.encode("utf-8")
    return f"{index:06d}_{hashlib.sha256(data).hexdigest()[:16]}", data, content, quotes


_WORKER: tuple[Source, int, float, Path] | None = None


def _init_worker(source: Source, seed: int, outlier_share: float, corpus: Path) -> None:
    global _WORKER
    _WORKER = (source, seed, outlier_share, corpus)


def _write_chunk(indices: range) -> list[Written]:
    assert _WORKER is not None
    source, seed, outlier_share, corpus = _WORKER
    written = []
    for index in indices:
        article_id, data, content, quotes = article(source, seed, index, outlier_share)
        (corpus / f"{article_id}.txt").write_bytes(data)
        original = original_of(seed, index)
        duplicate_of = article(source, seed, original, outlier_share)[0] if original != index else None
        marks = () if duplicate_of else tuple(
            (mark, value, outlier, quotes[mark]) for mark, value, outlier in content.marks if mark in quotes)
        written.append(Written(article_id, len(data), duplicate_of, content.figures, content.outliers,
                               content.without_figures, marks))
    return written


def generate(source: Source, articles: int, out: Path, seed: int, outlier_share: float,
             jobs: int) -> Planted:
    """Write the articles, ``jobs`` processes at a time; the files do not depend on ``jobs``."""
    corpus = out / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    chunks = [range(i, min(i + 500, articles)) for i in range(0, articles, 500)]
    if jobs > 1 and len(chunks) > 1:
        context = multiprocessing.get_context("fork")
        with context.Pool(jobs, _init_worker, (source, seed, outlier_share, corpus)) as pool:
            results = list(pool.imap(_write_chunk, chunks))
    else:
        _init_worker(source, seed, outlier_share, corpus)
        results = [_write_chunk(chunk) for chunk in chunks]
    planted = Planted([], {}, {}, {})
    for written in (w for chunk in results for w in chunk):
        planted.ids.append(written.id)
        planted.bytes += written.size
        if written.duplicate_of:
            planted.duplicates[written.id] = written.duplicate_of
            continue
        planted.figures += written.figures
        planted.outliers += written.outliers
        planted.no_figures += written.without_figures
        for mark_id, value, outlier, quote in written.marks:
            planted.candidates.setdefault(source.marks[mark_id].fact, []).append(
                (written.id, mark_id, value, outlier))
            planted.quotes[written.id, mark_id] = quote
    return planted


def write_sheets(source: Source, planted: Planted, out: Path, seed: int, articles: int) -> dict[str, int]:
    facts_dir = out / "facts"
    facts_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(f"{seed}/sheets")
    counts = {"pinned": 0, "false_matches": 0, "accepted": 0, "references": 0}
    with_figures = 0
    for name, sheet in source.sheets:
        facts = []
        for fact in sheet.get("facts") or []:
            fact = dict(fact)
            if fact["id"] in source.centres:
                if "reference" not in fact and with_figures % REFERENCE_EVERY == 0:
                    fact["reference"] = {
                        "value": format(source.centres[fact["id"]], ",.10g"),
                        "source": "synthetic: the centre this fact's figures are drawn around",
                    }
                with_figures += 1
            counts["references"] += "reference" in fact
            candidates = planted.candidates.get(fact["id"], [])
            claims = [c for c in candidates if source.marks[c[1]].kind == "claim"]
            false = [c for c in candidates if source.marks[c[1]].kind == "false"]
            ordinary = [c for c in claims if not c[3]]
            # The mildest outlier on each side: nothing stands between it and the consensus, so
            # its conflict with an ordinary claim is reported whether claims are compared
            # pairwise or swept in order of value.
            pinned_outliers = [min(side, key=lambda c: (abs(c[3]), c[0])) for side in
                               ([c for c in claims if c[3] > 0], [c for c in claims if c[3] < 0]) if side]
            pinned_ordinary = rng.sample(ordinary, min(PINS_PER_FACT - len(pinned_outliers), len(ordinary)))
            pinned = sorted(pinned_outliers + pinned_ordinary)
            marked = sorted(rng.sample(false, min(FALSE_MATCHES_PER_FACT, len(false))))
            fact["claims"] = [
                {"article": a, "quote": planted.quotes[a, m], "value": value} for a, m, value, _ in pinned
            ]
            fact["false_matches"] = [
                {"article": a, "quote": planted.quotes[a, m],
                 "reason": source.marks[m].reason or "not this fact"}
                for a, m, _, _ in marked
            ]
            partners = [c for c in pinned_ordinary if _has_estimate(c[2])]
            accepted = []
            for outlier in sorted(pinned_outliers):
                partner = next((p for p in partners if p[0] != outlier[0]), None)
                if partner is not None:
                    accepted.append({
                        "between": [outlier[0], partner[0]],
                        "reason": f"synthetic outlier '{outlier[2]}' against '{partner[2]}'; accepted "
                                  "so that the benchmark exercises acceptances",
                    })
            fact["accepted"] = accepted
            for key in ("claims", "false_matches", "accepted"):
                counts["pinned" if key == "claims" else key] += len(fact[key])
                if not fact[key]:
                    del fact[key]
            facts.append(fact)
        header = (f"# Generated by benchmarks/generate_corpus.py --articles {articles} --seed {seed}"
                  f" from facts/{name}; regenerate rather than edit.\n")
        body = yaml.dump({"facts": facts}, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=4096)
        (facts_dir / name).write_text(header + body, encoding="utf-8")
    return counts


class _Dumper(yaml.SafeDumper):
    """Quotes with a hard line break are written "...\\n...", on one line."""


def _represent_str(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style='"' if "\n" in data else None)


_Dumper.add_representer(str, _represent_str)


def _has_estimate(value: str) -> bool:
    """True when a generated value has a point estimate (not a range, not a vague plural)."""
    return not re.search(r"\d\s*-\s*\d|between|millions", value, re.IGNORECASE)


def prepare(out: Path) -> None:
    """Clear a previous generation in ``out``; refuse to touch a directory that is not one."""
    if (out / "manifest.json").exists():
        for sub in ("corpus", "facts"):
            shutil.rmtree(out / sub, ignore_errors=True)
        (out / "manifest.json").unlink()
    elif any((out / sub).exists() and any((out / sub).iterdir()) for sub in ("corpus", "facts")):
        raise SystemExit(f"generate_corpus: {out} holds a corpus or facts that this tool did not "
                         "write (no manifest.json); choose another --out")


def manifest(source: Source, planted: Planted, counts: dict[str, int], articles: int, seed: int,
             outlier_share: float) -> dict[str, Any]:
    return {
        "generator": GENERATOR_VERSION,
        "fingerprint": source.fingerprint,
        "articles": articles,
        "seed": seed,
        "outliers_share": outlier_share,
        "bytes": planted.bytes,
        "figures": planted.figures,
        "outlier_figures": planted.outliers,
        "articles_without_figures": planted.no_figures,
        **counts,
        "planted_duplicates": planted.duplicates,
    }


def source_fingerprint(corpus_dir: Path = ROOT / "corpus", facts_dir: Path = ROOT / "facts") -> str:
    """What a generation depends on besides N and seed (this file, the corpus, the sheets)."""
    return load_source(corpus_dir, facts_dir).fingerprint


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, required=True, metavar="N")
    parser.add_argument("--out", type=Path, required=True, metavar="DIR")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--outliers", type=float, default=DEFAULT_OUTLIERS,
                        help=f"share of figures drawn outside the tolerance (default {DEFAULT_OUTLIERS})")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                        help="worker processes (default: one per CPU; the output does not depend on it)")
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus", help=argparse.SUPPRESS)
    parser.add_argument("--facts", type=Path, default=ROOT / "facts", help=argparse.SUPPRESS)
    args = parser.parse_args(None if argv is None else list(argv))
    if args.articles < 1:
        parser.error("--articles must be at least 1")
    if not 0 <= args.outliers <= 1:
        parser.error("--outliers is a share, from 0 to 1")

    started = time.perf_counter()
    source = load_source(args.corpus, args.facts)
    if not source.with_figures or not source.plain or not source.headings:
        print("generate_corpus: the project's corpus and sheets gave no paragraphs with figures",
              file=sys.stderr)
        return 2
    prepare(args.out)
    planted = generate(source, args.articles, args.out, args.seed, args.outliers, max(1, args.jobs))
    counts = write_sheets(source, planted, args.out, args.seed, args.articles)
    info = manifest(source, planted, counts, args.articles, args.seed, args.outliers)
    (args.out / "manifest.json").write_text(json.dumps(info, indent=1) + "\n", encoding="utf-8")
    elapsed = time.perf_counter() - started
    print(f"{args.articles:,} articles ({planted.bytes / 1e6:.1f} MB, "
          f"{len(planted.duplicates)} near-duplicates, {planted.no_figures} without figures, "
          f"{planted.figures:,} figures of which "
          f"{planted.outliers:,} outliers), {counts['pinned']} pinned claims, "
          f"{counts['false_matches']} false matches, {counts['accepted']} acceptances, "
          f"{counts['references']} references "
          f"-> {args.out} in {elapsed:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
