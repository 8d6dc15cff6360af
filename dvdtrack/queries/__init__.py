"""Queries: read-only functions over the store (films, lists, find, compare)."""
