"""The articles under test: reading files, near-duplicate detection."""
