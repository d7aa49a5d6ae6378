"""Mentions and facts to claims, claims to conflicts: the pure core."""
