"""Clean and tokenize files into compact batches, and merge batches in file order.

The build streams: one file is read, cleaned and tokenized at a time, and what
it leaves behind is compact (term ids in ``array('i')``, unit offsets in
``array('q')``), so memory is bounded by the index, not by the text. Each line
is tokenized once: the tokens the cleaner computes for a paragraph are cut
into its sentences (see :func:`_unit_terms`).
"""

import json
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import astuple, dataclass, field, replace
from itertools import chain, islice, repeat
from pathlib import Path

import numpy as np

from qa.corpus import reader
from qa.corpus.clean import Unit, clean
from qa.errors import CorpusError
from qa.index import texts
from qa.index.corpus_index import KINDS, DocRecord, FileRecord
from qa.text.tokens import Analyzer

# Consecutive units of one paragraph grouped into a passage.
PASSAGE_UNITS = 3
# Files handed to a worker at a time: about this many bytes, at most this many files.
CHUNK_BYTES = 1024 * 1024
CHUNK_FILES = 256
# What Analyzer._tokenize gives for a text: its terms and their start and end offsets.
Tokens = tuple[list[str], list[int], list[int]]


class WorkerFailed(RuntimeError):
    """A worker process died or could not start (the build then runs in this process)."""


# --- one file -------------------------------------------------------------------------------------


class RecordingAnalyzer(Analyzer):
    """An :class:`Analyzer` that remembers, per file, the tokens of the texts the cleaner asks about.

    The cleaner tokenizes every prose line (to judge headings); those tokens are
    reused for the line's sentences instead of tokenizing them again. It also
    records the words of the file it looked up (``words``, in first-seen order):
    the file's share of the index's stem table.
    """

    def __init__(self, stems: dict[str, str] | None = None):
        super().__init__(stems)
        self.forget()

    def terms(self, text: str) -> list[str]:
        found = self.by_text.get(text)
        if found is None:  # tokenized afresh for each file, so that every word of the file is looked up
            found = self.by_text[text] = self._tokenize(text, self.words)
        self.seen.append((text, found))
        return list(found[0])

    def forget(self) -> None:
        self.seen: list[tuple[str, Tokens]] = []
        self.by_text: dict[str, Tokens] = {}
        self.words: dict[str, None] = {}


def _cut(tokens: Tokens, lo: int, hi: int) -> list[str] | None:
    """Terms of the tokens inside ``[lo, hi)`` of a line; None when a token crosses an edge.

    Tokenizing is left to right with no look-behind, so when no token of the
    line crosses ``lo`` or ``hi``, the tokens inside are exactly those of the
    substring on its own.
    """
    terms, starts, ends = tokens
    i, j = bisect_left(starts, lo), bisect_left(starts, hi)
    if i and ends[i - 1] > lo:
        return None
    if j > i and ends[j - 1] > hi:
        return None
    return terms[i:j]


def _unit_terms(text: str, units, analyzer: RecordingAnalyzer) -> list[list[str]]:
    """The terms of each unit, from the line tokens the cleaner computed (tokenizing anew if unsure)."""
    out: list[list[str]] = []
    seen = analyzer.seen
    cursor = 0
    line = None  # (para, line start in text, tokens)
    for u in units:
        piece = text[u.start : u.end]
        tokens = analyzer.by_text.get(piece)
        if tokens is not None:
            out.append(list(tokens[0]))
            continue
        if line is None or line[0] != u.para:
            line = None
            for k in range(cursor, len(seen)):
                candidate, tokens = seen[k]
                offset = candidate.find(piece)
                begin = u.start - offset
                if offset >= 0 and begin >= 0 and text.startswith(candidate, begin):
                    line = (u.para, begin, tokens)
                    cursor = k + 1
                    break
        terms = None
        if line is not None:
            _, begin, tokens = line
            terms = _cut(tokens, u.start - begin, u.end - begin)
        out.append(terms if terms is not None else analyzer.terms(piece))
    return out


@dataclass
class FileResult:
    """What one file adds to the index (only ``file``, with its ``note``, when it is skipped)."""

    file: FileRecord
    doc: DocRecord | None = None
    units: list[Unit] = field(default_factory=list)
    terms: list[list[str]] = field(default_factory=list)
    words: dict[str, None] = field(default_factory=dict)  # the words looked up, first seen first


def index_file(f: reader.SourceFile, analyzer: RecordingAnalyzer, folder: Path | None = None) -> FileResult:
    """Read, clean and tokenize one file; a converted text is stored under ``folder`` (the index folder)."""
    try:
        decoded = reader.read_text(f)
    except CorpusError as exc:  # refused: a file that was read keeps its hash, to tell whether it changed
        digest = exc.digest if isinstance(exc, reader.Refused) else None
        return FileResult(FileRecord(f.doc_id, f.size, f.mtime_ns, digest, -1, str(exc)))
    record = FileRecord(f.doc_id, f.size, f.mtime_ns, decoded.digest, -1, decoded.warning)
    analyzer.forget()
    try:
        cleaned = clean(decoded.text, analyzer)
        terms = _unit_terms(decoded.text, cleaned.units, analyzer)
    except Exception as exc:  # a bug in cleaning must not cost the rest of the corpus: report the file
        analyzer.forget()
        record.note = f"could not be cleaned ({type(exc).__name__}); please report this file"
        return FileResult(record)
    words = analyzer.words
    analyzer.forget()
    if not cleaned.units:
        record.note = "no article text"
        return FileResult(record, words=words)
    stored = texts.write(folder, decoded.text) if decoded.converted else None
    doc = DocRecord(f.doc_id, cleaned.title, cleaned.date, cleaned.source, f.size, f.mtime_ns, len(cleaned.dropped), stored,
                    decoded.text.isascii())
    return FileResult(record, doc, cleaned.units, terms, words)


# --- a batch of files, as compact arrays ------------------------------------------------------------


class Numbering(dict):
    """Keys numbered 0, 1, ... in order of first appearance: a missing key gets the next
    number, so ``map(numbering.__getitem__, keys)`` numbers new keys without a Python loop."""

    def __missing__(self, key: str) -> int:
        n = self[key] = len(self)
        return n


class Numberings:
    """The term and word numbers a reader gives: shared by the batches of one process, so
    that a batch carries only the terms and words that process had not met before."""

    def __init__(self):
        self.terms = Numbering()
        self.words = Numbering()


class Batch:
    """What a run of files adds to the index, with term and word ids of its ``source``'s numbering.

    A source (a :class:`Numberings`, a worker, or None for a batch numbered on its own)
    numbers terms and words in order of first appearance over its batches, which it
    reads in file order; a batch lists those it numbered first (``terms`` from id
    ``terms_from`` on, ``words`` and their ``stems`` from ``words_from`` on). Merging
    the batches in file order then numbers the corpus's terms and words in order of
    first appearance, whichever process read them.
    """

    # per unit: tokens (term ids) and lengths, offsets, kind, passage, document;
    # per file: the ids of the words it looked up (words) and how many (nwords)
    ARRAYS = (("tokens", "i"), ("lengths", "i"), ("start", "q"), ("end", "q"), ("kind", "b"),
              ("passage", "i"), ("doc", "i"), ("words", "i"), ("nwords", "i"))

    def __init__(self, source=None):
        self.source = source
        self.files: list[FileRecord] = []  # ``doc`` numbers the batch's own documents
        self.docs: list[DocRecord] = []
        self.terms: list[str] = []
        self.words: list[str] = []
        self.stems: list[str] = []  # the term of each of ``words``
        self.terms_from = self.words_from = 0
        self.arrays = {name: array(code) for name, code in self.ARRAYS}
        self.passages = 0

    @classmethod
    def read(cls, files: list[reader.SourceFile], analyzer: RecordingAnalyzer, numberings: Numberings,
             folder: Path | None = None, progress: Callable[[int], None] | None = None) -> "Batch":
        """The batch of ``files``, read in this process (``progress`` hears how many are done before each)."""
        batch = cls(numberings)
        batch.terms_from, batch.words_from = len(numberings.terms), len(numberings.words)
        for n, f in enumerate(files):
            if progress:
                progress(n)
            batch._add(index_file(f, analyzer, folder), numberings)
        batch.terms = list(islice(numberings.terms, batch.terms_from, None))
        batch.words = list(islice(numberings.words, batch.words_from, None))
        batch.stems = list(map(analyzer.stems.__getitem__, batch.words))
        return batch

    def _add(self, result: FileResult, numberings: Numberings) -> None:
        a = self.arrays
        a["words"].extend(map(numberings.words.__getitem__, result.words))
        a["nwords"].append(len(result.words))
        record = result.file
        self.files.append(record)
        if result.doc is None:
            return
        record.doc = len(self.docs)
        self.docs.append(result.doc)
        units = result.units
        a["tokens"].extend(map(numberings.terms.__getitem__, chain.from_iterable(result.terms)))
        a["lengths"].extend(map(len, result.terms))
        a["start"].extend([u.start for u in units])
        a["end"].extend([u.end for u in units])
        a["kind"].extend([KINDS.index(u.kind) for u in units])
        a["doc"].extend(repeat(record.doc, len(units)))
        last_para, in_passage = None, PASSAGE_UNITS
        for u in units:
            if u.para != last_para or in_passage == PASSAGE_UNITS:
                self.passages += 1
                last_para, in_passage = u.para, 0
            in_passage += 1
            a["passage"].append(self.passages - 1)

    # The wire format between a worker and the parent: one JSON line, then the raw arrays.
    def encode(self) -> bytes:
        header = {
            "files": [astuple(f) for f in self.files], "docs": [vars(d) for d in self.docs],
            "terms": self.terms, "terms_from": self.terms_from, "words": self.words, "words_from": self.words_from,
            "stems": self.stems, "passages": self.passages, "sizes": [len(self.arrays[name]) for name, _ in self.ARRAYS],
        }
        return json.dumps(header).encode() + b"\n" + b"".join(self.arrays[name].tobytes() for name, _ in self.ARRAYS)

    @classmethod
    def decode(cls, stream) -> "Batch":
        """The batch :meth:`encode` wrote to ``stream`` (its source is for the reader to set)."""
        line = stream.readline()
        if not line:
            raise WorkerFailed("index worker stopped")
        header = json.loads(line)
        batch = cls()
        batch.files = [FileRecord(*f) for f in header["files"]]
        batch.docs = [DocRecord(**d) for d in header["docs"]]
        batch.terms, batch.terms_from = header["terms"], header["terms_from"]
        batch.words, batch.words_from = header["words"], header["words_from"]
        batch.stems = header["stems"]
        batch.passages = header["passages"]
        for (name, code), size in zip(cls.ARRAYS, header["sizes"]):
            arr = array(code)
            raw = stream.read(size * arr.itemsize)
            if len(raw) != size * arr.itemsize:
                raise WorkerFailed("index worker stopped")
            arr.frombytes(raw)
            batch.arrays[name] = arr
        return batch


# --- merging batches in file order ----------------------------------------------------------------


def _np(arr: array, dtype) -> np.ndarray:
    return np.frombuffer(arr, dtype=dtype) if len(arr) else np.zeros(0, dtype=dtype)


class Merger:
    """Batches joined in file order, with corpus-wide term, word, document and passage numbers."""

    def __init__(self):
        self.vocab: dict[str, int] = Numbering()
        self.stems: dict[str, str] = {}  # word -> term; a word's id is its position
        self.word_ids: dict[str, int] = Numbering()
        self.docs: list[DocRecord] = []
        self.files: list[FileRecord] = []
        self.arrays = {name: array(code) for name, code in Batch.ARRAYS}
        self.passages = 0
        self._tables: dict = {}  # source -> corpus-wide ids of its term ids and of its word ids

    def add(self, batch: Batch) -> None:
        empty = np.zeros(0, dtype=np.int32)
        terms, words = self._tables.get(batch.source, (empty, empty)) if batch.source is not None else (empty, empty)
        if (len(terms), len(words)) != (batch.terms_from, batch.words_from):
            raise ValueError("batches of one source merged out of order")
        terms = np.concatenate([terms, np.fromiter(map(self.vocab.__getitem__, batch.terms), np.int32, len(batch.terms))])
        words = np.concatenate([words, np.fromiter(map(self.word_ids.__getitem__, batch.words), np.int32, len(batch.words))])
        self.stems.update(zip(batch.words, batch.stems))  # a word's term is the same in every batch
        if batch.source is not None:
            self._tables[batch.source] = (terms, words)
        a = self.arrays
        a["tokens"].frombytes(terms[_np(batch.arrays["tokens"], np.int32)].tobytes())
        a["words"].frombytes(words[_np(batch.arrays["words"], np.int32)].tobytes())
        for name in ("lengths", "start", "end", "kind", "nwords"):
            a[name].extend(batch.arrays[name])
        a["passage"].frombytes((_np(batch.arrays["passage"], np.int32) + self.passages).astype(np.int32).tobytes())
        a["doc"].frombytes((_np(batch.arrays["doc"], np.int32) + len(self.docs)).astype(np.int32).tobytes())
        self.files.extend(replace(f, doc=f.doc + len(self.docs) if f.doc >= 0 else -1) for f in batch.files)
        self.passages += batch.passages
        self.docs.extend(batch.docs)

    @property
    def skipped(self) -> list[tuple[str, str]]:
        """Files to report: skipped ones and indexed ones with a warning, each with its reason."""
        return [(f.doc_id, f.note) for f in self.files if f.note]

    def array(self, name: str, dtype) -> np.ndarray:
        return _np(self.arrays[name], dtype)


def serial(chunks: list[list[reader.SourceFile]], progress, folder: Path | None = None) -> Iterator[Batch]:
    """Batches of the given chunks of files, read in this process."""
    analyzer, numberings = RecordingAnalyzer(), Numberings()
    total, done = sum(len(c) for c in chunks), 0
    for chunk in chunks:
        heard = (lambda n, before=done: progress(before + n, total)) if progress else None
        yield Batch.read(chunk, analyzer, numberings, folder, heard)
        done += len(chunk)


def file_chunks(files: list[reader.SourceFile]) -> list[list[reader.SourceFile]]:
    chunks, current, size = [], [], 0
    for f in files:
        current.append(f)
        size += f.size
        if size >= CHUNK_BYTES or len(current) >= CHUNK_FILES:
            chunks.append(current)
            current, size = [], 0
    if current:
        chunks.append(current)
    return chunks
