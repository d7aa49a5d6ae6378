"""Fact sheets: the records and the YAML loader that keeps line numbers."""
