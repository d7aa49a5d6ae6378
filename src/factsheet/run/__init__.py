"""A validation run: reading the corpus, extraction and its cache, the kept last run."""
