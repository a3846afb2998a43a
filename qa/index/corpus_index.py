"""The in-memory index of a corpus: its documents, units (sentences and headings) and BM25 levels."""

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from qa.index import texts
from qa.index.bm25 import BM25Matrix

KINDS = ("sentence", "heading")


@dataclass
class DocRecord:
    doc_id: str
    title: str | None
    date: str | None
    publisher: str | None
    size: int
    mtime_ns: int
    dropped: int
    text: str | None = None  # name of the stored text (:mod:`qa.index.texts`) when the file is not it
    ascii: bool = False  # the text is ASCII: its byte offsets are its character offsets (a quote is read alone)


@dataclass
class FileRecord:
    """One corpus file as last read: how to tell it changed, and what became of it."""

    doc_id: str
    size: int
    mtime_ns: int
    digest: str | None  # hash of its bytes; None when never read (too large, unreadable)
    doc: int  # its document number, -1 when skipped
    note: str | None  # why it was skipped, or a warning about it (indexed anyway)


@dataclass
class CorpusIndex:
    """Everything a query needs, as arrays and lists (saved by :mod:`qa.index.store`; when loaded, the
    large arrays a query reads a slice of at a time are :class:`~qa.index.diskarray.DiskArray`)."""

    root: Path
    fingerprint: str
    built_at: str
    build_seconds: float
    docs: list[DocRecord]
    unit_doc: np.ndarray  # int32: document number of each unit
    unit_start: np.ndarray  # int64: offsets into the raw file
    unit_end: np.ndarray
    unit_kind: np.ndarray  # int8: index into KINDS
    unit_passage: np.ndarray  # int32: passage number of each unit
    sentences: BM25Matrix
    passages: BM25Matrix
    documents: BM25Matrix
    stems: dict[str, str]
    skipped: list[tuple[str, str]] = field(default_factory=list)
    # The forward index: the term ids of unit u, in text order with repeats, are
    # unit_term_ids[unit_term_indptr[u] : unit_term_indptr[u + 1]] (ids of ``sentences.vocab``).
    unit_term_indptr: np.ndarray | None = None  # int64, n_units + 1
    unit_term_ids: np.ndarray | None = None  # int32
    # What each file was read as, for rebuilding from changed files only (:mod:`qa.index.reuse`):
    # the words file f's analysis looked up are the keys of ``stems`` (in stored order) numbered
    # file_word_ids[file_word_indptr[f] : file_word_indptr[f + 1]]. ``files`` is loaded on demand (store.load_files).
    files: list[FileRecord] | None = None
    file_word_indptr: np.ndarray | None = None  # int64, n_files + 1
    file_word_ids: np.ndarray | None = None  # int32
    folder: Path | None = None  # the index folder (stored texts live under it)
    _passage_start: np.ndarray | None = field(default=None, init=False, repr=False, compare=False)
    _passage_doc: np.ndarray | None = field(default=None, init=False, repr=False, compare=False)
    _term_list: list[str] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def n_units(self) -> int:
        return len(self.unit_doc)

    def text_path(self, rec: DocRecord) -> Path:
        """The file whose text quote offsets index: the document itself or its stored text."""
        return self.folder / texts.FOLDER / rec.text if rec.text else self.root / rec.doc_id

    def unit_terms(self, u: int) -> list[str]:
        """The terms of unit ``u`` as the analyzer gives them (``Analyzer(index.stems).terms(text)``), without tokenizing."""
        return self._terms(self.unit_term_ids[self.unit_term_indptr[u] : self.unit_term_indptr[u + 1]])

    def units_around(self, u: int, before: int, after: int) -> range:
        """Unit ``u`` with up to ``before`` units before it and ``after`` units after it, in its document."""
        doc, n = self.unit_doc[u], self.n_units
        lo, hi = u, u + 1
        while lo > max(0, u - before) and self.unit_doc[lo - 1] == doc:
            lo -= 1
        while hi < min(n, u + 1 + after) and self.unit_doc[hi] == doc:
            hi += 1
        return range(lo, hi)

    def terms_in_context(self, u: int, before: int, after: int) -> tuple[list[str], list[str]]:
        """The terms of unit ``u``, and those of the units :meth:`units_around` it, read in one go."""
        around = self.units_around(u, before, after)
        lo, hi = around.start, around.stop
        ptr = self.unit_term_indptr
        start, own, own_end, stop = int(ptr[lo]), int(ptr[u]), int(ptr[u + 1]), int(ptr[hi])
        ids = self.unit_term_ids[start:stop]
        return self._terms(ids[own - start : own_end - start]), self._terms(ids[: own - start]) + self._terms(ids[own_end - start :])

    def _terms(self, ids: np.ndarray) -> list[str]:
        if self._term_list is None:
            self._term_list = list(self.sentences.vocab)
        terms = self._term_list
        return [terms[i] for i in ids.tolist()]

    def passage_bounds(self, passages: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """``(first, stop)``: the units of passage ``passages[i]`` are ``first[i]`` up to ``stop[i]``
        (the units of a passage are consecutive)."""
        starts = self._passage_starts()
        passages = np.asarray(passages, dtype=np.int64)
        return starts[passages], starts[passages + 1]

    def passage_doc(self, passages: np.ndarray) -> np.ndarray:
        """The document of each of ``passages``."""
        if self._passage_doc is None:
            self._passage_doc = np.asarray(self.unit_doc[self._passage_starts()[:-1]])
        return self._passage_doc[passages]

    def _passage_starts(self) -> np.ndarray:
        if self._passage_start is None:  # the build numbers passages in unit order, each with a unit or more
            starts = np.flatnonzero(np.diff(self.unit_passage)) + 1
            self._passage_start = np.concatenate([[0], starts, [self.n_units]]).astype(np.int64)
        return self._passage_start
