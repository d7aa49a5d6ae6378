"""The corpus is the one the project was given, byte for byte."""

from __future__ import annotations

import pytest

from .conftest import ROOT

SHARED = ROOT.parent / "shared" / "corpus"


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/corpus is not beside the project")
def test_corpus_is_a_byte_for_byte_copy_of_shared() -> None:
    shipped = {p.name: p.read_bytes() for p in (ROOT / "corpus").iterdir()}
    given = {p.name: p.read_bytes() for p in SHARED.iterdir()}
    assert shipped == given
