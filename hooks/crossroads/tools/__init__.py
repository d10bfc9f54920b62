"""Contributor tools: `make new` (scaffold) and the link check."""
