"""The report in a real browser: headless Chromium driven by Playwright.

Skipped, with the reason, where the ``playwright`` package or ``/usr/bin/chromium``
is missing; CI installs both (``.ci/run``). Playwright never downloads a browser
here: it launches Debian's Chromium.
"""

from __future__ import annotations

import struct
import textwrap
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from factsheet.report import write_reports
from factsheet.run.validate import validate

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]
RUN_TIME = datetime(2024, 5, 1, 7, 30, tzinfo=UTC)

# The design card's two conflicts, and a contradiction to filter by severity.
CARD_ARTICLES = {
    "a": "Analysts say North Korea has more than 20,000 howitzers.\n"
         "Russia fires not less than 5,000 artillery shells per day.\n",
    "b": "Seoul says the DPRK has over 21,600 howitzers and 3,000 tanks.\n",
    "c": "Russian troops go through 20,000-60,000 artillery shells per day.\n"
         "Pyongyang fields 5,000 tanks.\n",
}
CARD_SHEET = """\
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
  - id: dprk.tanks
    title: Tanks in North Korea's inventory
    unit: tank
    tolerance: 5%
    recognise: {nouns: [tanks]}
    claims:
      - {article: b, quote: "3,000 tanks", value: "3,000"}
      - {article: c, quote: "5,000 tanks", value: "5,000"}
"""

PWNED_IMG = '<img src=x onerror="window.__pwned=1">'
PWNED_SCRIPT = "<script>window.__pwned=1</script>"
HOSTILE_ARTICLES = {
    "evil": f"Officials said {PWNED_IMG} there are more than 20,000 howitzers {PWNED_SCRIPT} "
            "in </textarea><b>bold</b> & 'quoted' text.\n",
    "good": "Seoul says there are over 21,600 howitzers.\n",
}
HOSTILE_SHEET = f"""\
facts:
  - id: dprk.howitzers
    title: "Howitzers <script>alert(1)</script>"
    unit: howitzer
    tolerance: 5%
    recognise: {{nouns: [howitzers]}}
    claims:
      - article: evil
        quote: '{PWNED_IMG} there are more than 20,000 howitzers {PWNED_SCRIPT}'
        value: more than 20,000
      - {{article: good, quote: "over 21,600 howitzers", value: "over 21,600"}}
"""


def build_report(directory: Path, articles: dict[str, str], sheet: str) -> str:
    """Write a corpus and a sheet under ``directory``, validate them, return the report's file:// URL."""
    corpus, facts = directory / "corpus", directory / "facts"
    corpus.mkdir(parents=True)
    facts.mkdir()
    for name, text in articles.items():
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    (facts / "sheet.yaml").write_text(textwrap.dedent(sheet), encoding="utf-8")
    return report_url(corpus, facts, directory / "reports")


def report_url(corpus: Path, facts: Path, reports: Path) -> str:
    validation = validate(corpus, facts)
    assert not validation.failures, [str(f) for f in validation.failures]
    return write_reports(validation, reports, run_time=RUN_TIME).resolve().as_uri()


@dataclass
class Visit:
    """A page and what it did: requests, dialogs, console errors and page errors."""

    page: Page
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def open(self, url: str) -> Page:
        self.page.goto(url)
        return self.page


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    if not CHROMIUM.is_file():
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def _visit(browser: Browser, **options: Any) -> Iterator[Visit]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, **options)
    visit = Visit(context.new_page())
    visit.page.on("request", lambda request: visit.requests.append(request.url))
    visit.page.on("dialog", lambda dialog: (visit.dialogs.append(dialog.message), dialog.dismiss()))
    visit.page.on("console", lambda m: visit.errors.append(m.text) if m.type == "error" else None)
    visit.page.on("pageerror", lambda error: visit.errors.append(str(error)))
    yield visit
    context.close()


@pytest.fixture
def visit(browser: Browser) -> Iterator[Visit]:
    yield from _visit(browser)


@pytest.fixture
def visit_without_js(browser: Browser) -> Iterator[Visit]:
    yield from _visit(browser, java_script_enabled=False)


@pytest.fixture(scope="module")
def card_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    return build_report(tmp_path_factory.mktemp("card"), CARD_ARTICLES, CARD_SHEET)


@pytest.fixture(scope="module")
def hostile_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    return build_report(tmp_path_factory.mktemp("hostile"), HOSTILE_ARTICLES, HOSTILE_SHEET)


@pytest.fixture(scope="module")
def shipped_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    return report_url(ROOT / "corpus", ROOT / "facts", tmp_path_factory.mktemp("shipped"))


def png_pixels(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and unfiltered rows of an 8-bit RGB or RGBA PNG (what Chromium writes)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    position, idat, header = 8, b"", b""
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        body = data[position + 8 : position + 8 + length]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            idat += body
        position += 12 + length
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", header)
    if (depth, interlace) != (8, 0) or colour not in (2, 6):
        raise ValueError("only 8-bit RGB(A) PNGs without interlacing are read here")
    channels = 3 if colour == 2 else 4
    stride = width * channels
    raw = zlib.decompress(idat)
    rows: list[bytes] = []
    previous = bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                estimate = left + up - corner
                pa, pb, pc = abs(estimate - left), abs(estimate - up), abs(estimate - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 0xFF
        rows.append(bytes(line))
        previous = line
    return width, height, rows
