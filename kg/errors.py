"""One exception hierarchy for the whole package.

Every message names the file, line or value at fault, so the CLI can print it
as one clear line.
"""

__all__ = ["KGError", "ReadError", "GazetteerError", "ExportError", "QueryError", "ValidationError"]


class KGError(Exception):
    """Base class of every error kg raises on purpose."""


class ReadError(KGError):
    """An input file could not be turned into an article (unreadable, binary, empty, malformed)."""

    def __init__(self, path, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class GazetteerError(KGError):
    """The administrative-division data could not be loaded."""


class ExportError(KGError):
    """A writer failed or an unknown output format was asked for."""


class QueryError(KGError):
    """A SPARQL query could not be parsed or run."""


class ValidationError(KGError):
    """A graph does not conform to the SHACL shapes."""
