"""One root exception with specific subclasses, each with its exit status.

The CLI turns any ``KgError`` into one clear line on standard error and the
exit status below; nothing else is printed.
"""

from __future__ import annotations


class KgError(Exception):
    """Root of every error kg reports to a user."""

    exit_code = 1


class InputError(KgError):
    """An input file is missing, empty, binary or not decodable text."""

    exit_code = 2


class ConfigError(KgError):
    """A job file, mapping or lexicon is malformed or names something unknown."""

    exit_code = 2


class StoreUnavailableError(KgError):
    """The graph store (Neo4j) cannot be reached or refused the credentials."""

    exit_code = 3


class ExportError(KgError):
    """Writing an output file failed; the previous file, if any, is intact."""

    exit_code = 4
