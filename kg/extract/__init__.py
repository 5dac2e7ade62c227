"""Extractors: spaCy components that turn a text into nodes and facts.

One module per extractor (entities, dates, roles, meetings, demands,
statements); ``pipeline`` assembles them, ``assembly`` turns a processed
``Doc`` into a ``Graph`` and ``run`` does both for each document. ``native``
says whether they run compiled.
"""

from kg.extract import native

native.check()  # before any compiled module is imported
