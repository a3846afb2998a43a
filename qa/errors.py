"""Errors that reach the user as one clear line (never a traceback)."""


class QAError(Exception):
    """Base class: the message is meant for the user."""

    code = "error"


class CorpusError(QAError):
    """The corpus folder or one of its files cannot be used."""

    code = "corpus"


class StoredIndexError(QAError):
    """The stored index is missing, stale or corrupt (it gets rebuilt)."""

    code = "index"


class QuestionError(QAError):
    """The question itself is unusable (empty, too long, control characters)."""

    code = "question"
