"""``reports/conflicts.html``: one self-contained page rendered with Jinja2 (autoescaped).

The page loads nothing: its Content-Security-Policy allows the inline stylesheet
and the one inline script (by its sha256 hash), and no source at all besides.
Without JavaScript everything is shown; the script only adds filtering.
"""

from __future__ import annotations

import base64
import hashlib
from datetime import datetime
from functools import lru_cache

import jinja2
from markupsafe import Markup

from ..check.results import Validation
from .limits import LIMITS, Limits
from .status import TABLE
from .text import highlight_numbers
from .values import display_count, format_px
from .view import build_page

SCRIPT = "filter.js"
STYLESHEET = "report.css"


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("factsheet.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.filters["px"] = format_px
    environment.filters["n"] = display_count
    environment.globals["statuses"] = TABLE
    return environment


def stylesheet() -> str:
    """report.css as the page includes it: the status rules written from ``status.TABLE``."""
    return _environment().get_template(STYLESHEET).render()


@lru_cache(maxsize=1)
def filter_script() -> str:
    """The page's one script, exactly as it goes between <script> and </script>."""
    environment = _environment()
    assert environment.loader is not None
    source, _, _ = environment.loader.get_source(environment, SCRIPT)
    if "</script" in source.lower() or "<!--" in source:
        raise ValueError(f"{SCRIPT} must not contain '</script' or '<!--'")  # it would end the element
    return source


def script_hash(script: str) -> str:
    """The CSP source that allows exactly ``script``: 'sha256-<base64 of its UTF-8 digest>'."""
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return f"sha256-{base64.b64encode(digest).decode('ascii')}"


def content_security_policy(script: str) -> str:
    """No source but the inline style and the one inline script; no base, no form target."""
    return (
        "default-src 'none'; "
        f"script-src '{script_hash(script)}'; "
        "style-src 'unsafe-inline'; "
        "base-uri 'none'; form-action 'none'"
    )


def run_time_text(run_time: datetime) -> str:
    return run_time.isoformat(timespec="seconds")


def render_html(validation: Validation, run_time: datetime | None = None, limits: Limits = LIMITS) -> str:
    """The report page; the same validation and ``run_time`` give the same bytes.

    Long lists are cut to ``limits``, so the page stays small for any corpus.
    """
    page = build_page(validation, limits)
    script = filter_script()
    template = _environment().get_template("report.html")
    return template.render(
        page=page,
        summary=page.summary,
        run_time=run_time_text(run_time) if run_time else None,
        highlight=highlight_numbers,
        # Both are ours, not data: the policy is built above, the script is a package file.
        csp=Markup(content_security_policy(script)),
        script=Markup(script),
    )
