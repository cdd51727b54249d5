"""One exception hierarchy for the whole package.

Every message names the file, line or value at fault, so the CLI can print it
as one clear line.
"""

__all__ = ["KGError", "ReadError", "ArticleError", "ReadWarning", "GazetteerError", "ExportError", "QueryError", "ValidationError"]


class KGError(Exception):
    """Base class of every error kg raises on purpose."""


class ReadError(KGError):
    """An input file could not be turned into an article (unreadable, binary, empty, malformed)."""

    def __init__(self, path, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")

    def __reduce__(self):  # picklable, so worker processes can hand it back
        return (_rebuild, (type(self), self.__dict__))


class ArticleError(ReadError):
    """An article was read but could not be extracted or merged; it is skipped, the batch goes on.

    ``path`` is the article's source, ``article_id`` its id; the reason names the exception.
    """

    def __init__(self, article_id: str, source, reason: str):
        self.article_id = article_id
        super().__init__(source or article_id, f"article {article_id!r} skipped: {reason}")


class ReadWarning(UserWarning):
    """Something was repaired or dropped while reading an input that was still read
    (invalid bytes replaced, a bad JSONL field left out); issued with :mod:`warnings`."""

    def __init__(self, path, message: str):
        self.path = str(path)
        self.message = message
        super().__init__(f"{self.path}: {message}")

    def __reduce__(self):
        return (type(self), (self.path, self.message))


def _rebuild(cls, state: dict):
    err = Exception.__new__(cls)
    err.__dict__.update(state)
    Exception.__init__(err, f"{state['path']}: {state['reason']}")
    return err


class GazetteerError(KGError):
    """The administrative-division data could not be loaded."""


class ExportError(KGError):
    """A writer failed or an unknown output format was asked for."""


class QueryError(KGError):
    """A SPARQL query could not be parsed or run."""


class ValidationError(KGError):
    """A graph does not conform to the SHACL shapes."""
