"""The corpus is the one the project was given, byte for byte; its manifest is the project's."""

from __future__ import annotations

import pytest

from factsheet.corpus.articles import corpus_paths
from factsheet.corpus.manifest import MANIFEST_NAME, load_manifest

from .conftest import ROOT

SHARED = ROOT.parent / "shared" / "corpus"


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/corpus is not beside the project")
def test_corpus_is_a_byte_for_byte_copy_of_shared() -> None:
    shipped = {p.name: p.read_bytes() for p in (ROOT / "corpus").iterdir() if p.name != MANIFEST_NAME}
    given = {p.name: p.read_bytes() for p in SHARED.iterdir()}
    assert shipped == given


def test_every_shipped_article_has_a_dated_manifest_row_saying_how() -> None:
    paths, _ = corpus_paths(ROOT / "corpus")
    manifest = load_manifest(ROOT / "corpus", paths)
    assert manifest.errors == ()
    assert manifest.warnings == ()
    assert sorted(manifest.entries) == sorted(p.stem for p in paths)
    for meta in manifest.entries.values():
        assert meta.date is not None
        assert meta.note is not None
        assert "Inferred" in meta.note
