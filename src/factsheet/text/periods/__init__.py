"""Periods: the time expressions of news text ('since January', 'the summer of 2023', 'in the
past 24 hours'), found in a figure's sentence (``scope``), written in ``phrases`` and read
into an interval of the calendar against the article's date (``resolve``)."""

from __future__ import annotations

from .resolve import Calendar, Event, Period, resolve
from .scope import ArticleTimes, TimeExpression, dated_by_article

__all__ = ["ArticleTimes", "Calendar", "Event", "Period", "TimeExpression", "dated_by_article", "resolve"]
