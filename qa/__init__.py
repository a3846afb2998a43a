"""qa: offline extractive question answering over a folder of documents.

>>> from qa import Engine
>>> response = Engine.open().ask("Who recognized González?")
"""

from qa.engine import Conversation, Engine
from qa.errors import QAError
from qa.models import Answer, CorpusSummary, DocumentView, Response, Source, Span

__version__ = "0.1.0"
__all__ = ["Engine", "Conversation", "QAError", "Answer", "Response", "Source", "Span", "CorpusSummary", "DocumentView"]
