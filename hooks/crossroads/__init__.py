"""Crossroads: the plain-Python core of the guide.

Loads and validates `content/`, builds the typed model and renders pages, tables,
charts and data. Nothing in this package imports MkDocs (tests/test_architecture.py
checks it): `hooks/adapter.py` is the only module that does.
"""

__version__ = "0.1.0"
