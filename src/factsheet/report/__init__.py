"""The conflict report: one data model, rendered as JSON for machines and HTML for people."""

from __future__ import annotations

from .data import render_json, report_data
from .html import render_html
from .limits import Limits
from .write import write_reports

__all__ = ["Limits", "render_html", "render_json", "report_data", "write_reports"]
