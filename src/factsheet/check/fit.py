"""How well a mention's frame fits what a fact says a claim of it must be.

A fact's recogniser lists frames (an actor and an action, each a set; empty means
any) and the modalities it counts. A mention whose modality is not counted, whose
actor is another one or whose action is another one does not fit. A mention whose
actor the text does not give fits none of a fact that names actors: it is *unsure*,
a suggestion for a person, never a silent claim. A figure with no verb before it
in its clause ('950,000 troops, 4,200 tanks') fits a fact of holdings ('have').
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..sheets.records import FrameSpec, Recogniser
from ..text.frames import BOTH, EACH, Frame

Verdict = Literal["fits", "unsure", "no"]
# An action that is a kind of another: a gift or a sale is a supply ('the North has given
# 1.5 million shells' is a claim of shells supplied).
KIND_OF = {"donate": "supply", "sell": "supply"}


@dataclass(frozen=True, slots=True)
class Fit:
    """The verdict for one fact, its strength and why, slot by slot."""

    verdict: Verdict
    score: int
    why: str


def fit(recogniser: Recogniser, frame: Frame, running_total: bool = False) -> Fit:
    """How ``frame`` fits the frames and modalities of ``recogniser``; a fact that is a
    ``running_total`` (a count of things done, not a rate or a holding) takes no figure
    counted over a stretch of time ('in July Russia lost 1,520 systems')."""
    if frame.modality not in recogniser.modalities:
        return Fit("no", 0, f"modality {frame.modality} is not counted")
    if running_total and frame.stretch is not None:
        return Fit("no", 0, f"a count over a stretch of time ('{frame.stretch}'), not a running total")
    if not recogniser.frames:
        return Fit("fits", 0, "the fact names no actor or action")
    best = max((_fit_spec(spec, frame) for spec in recogniser.frames), key=_rank)
    return best


def _rank(result: Fit) -> tuple[int, int]:
    return {"fits": 2, "unsure": 1, "no": 0}[result.verdict], result.score


def _fit_spec(spec: FrameSpec, frame: Frame) -> Fit:
    score, why = 0, []
    if spec.actors:
        if frame.actor is None:
            return Fit("unsure", 0, "the text does not say whose figure it is")
        if frame.actor == EACH:
            score += 1
            why.append("each side's own figure")
        elif frame.actor == BOTH or frame.actor not in spec.actors:
            return Fit("no", 0, f"actor {frame.actor}, not {' or '.join(sorted(spec.actors))}")
        else:
            score += 2 if frame.actor_from in ("agent", "clause") else 1
            why.append(f"actor {frame.actor} ({frame.actor_from})")
    if spec.actions:
        if frame.action is None:
            if "have" not in spec.actions or not frame.bare:
                counted = " or ".join(sorted(spec.actions))
                return Fit("unsure", 0, f"no action word; the fact counts {counted}")
            why.append("a bare figure: a holding")
        elif frame.action not in spec.actions and KIND_OF.get(frame.action) not in spec.actions:
            return Fit("no", 0, f"action {frame.action}, not {' or '.join(sorted(spec.actions))}")
        else:
            score += 2
            why.append(f"action {frame.action}")
    why.append(f"modality {frame.modality}")
    return Fit("fits", score, ", ".join(why))
