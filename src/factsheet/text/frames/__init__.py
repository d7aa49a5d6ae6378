"""Frames: who does what with a quantity (actor, action, modality), read from a
figure's clause and its article (``reading``) with the words of ``lexicon``."""

from __future__ import annotations

from .lexicon import ACTIONS, ACTOR_ALIASES, ACTORS, BOTH, EACH, MODALITIES, Modality
from .reading import ArticleFrames, Frame, frames_of

__all__ = ["ACTIONS", "ACTORS", "ACTOR_ALIASES", "BOTH", "EACH", "MODALITIES", "ArticleFrames", "Frame",
           "Modality", "frames_of"]
