"""The pydantic models shared by the engine, the CLI (JSON output) and the TUI."""

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)  # schemas are built when first used: a lean start


class Span(_Model):
    """Character offsets inside a quote: ``quote[start:end]``."""

    start: int
    end: int


class Source(_Model):
    doc_id: str = Field(description="Path of the document relative to the corpus folder.")
    path: str = Field(description="Absolute path of the text that start/end index: the file itself, or its stored decoded text (HTML, other encodings).")
    title: str | None = None
    date: str | None = Field(None, description="ISO date stated by the document (YYYY-MM-DD or YYYY-MM); null if none.")
    publisher: str | None = None


class Answer(_Model):
    quote: str = Field(description="The sentence, verbatim: the file's text[start:end].")
    start: int = Field(description="Start offset (Python str index) in the UTF-8 decoded file.")
    end: int
    score: float
    source: Source
    highlight: Span | None = Field(None, description="The short answer inside the quote, if one was found.")
    matches: list[Span] = Field(default_factory=list, description="Where question terms occur in the quote.")
    kind: Literal["sentence", "heading"] = "sentence"


class ErrorInfo(_Model):
    code: str
    message: str


class Response(_Model):
    """One answered (or declined) question: the JSON object `qa ask --json` prints."""

    question: str
    answered: bool
    answers: list[Answer] = Field(default_factory=list)
    related: list[Answer] = Field(default_factory=list, description="Sentences that share words with the question but do not answer it.")
    interpreted_as: str | None = Field(None, description="The question as understood in its conversation, when rewritten.")
    expected: str | None = Field(None, description="The kind of answer the question asks for.")
    searched_for: list[str] = Field(default_factory=list, description="The words that were looked up.")
    missing: list[str] = Field(default_factory=list, description="Question words found nowhere in the corpus.")
    declined_because: str | None = Field(None, description="Why the corpus was judged not to answer, when answered is false.")
    error: ErrorInfo | None = None


class SkippedFile(_Model):
    doc_id: str
    reason: str


class CorpusSummary(_Model):
    corpus: str
    index_path: str
    documents: int
    sentences: int
    headings: int
    dropped_lines: int
    vocabulary: int
    built_at: str
    build_seconds: float
    skipped: list[SkippedFile] = Field(default_factory=list)


class DocumentInfo(_Model):
    doc_id: str
    path: str
    title: str | None
    date: str | None
    publisher: str | None
    sentences: int


class Piece(_Model):
    """A span of a cleaned document: a kept unit or a dropped line with its reason."""

    start: int
    end: int
    text: str
    kind: Literal["sentence", "heading", "dropped"]
    reason: str | None = None


class DocumentView(_Model):
    info: DocumentInfo
    pieces: list[Piece]
