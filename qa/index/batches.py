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
from collections.abc import Iterator
from dataclasses import astuple, dataclass, field, replace
from pathlib import Path

import numpy as np

from qa.corpus import reader
from qa.corpus.clean import Unit, clean
from qa.errors import CorpusError
from qa.index import texts
from qa.index.corpus_index import KINDS, DocRecord, FileRecord
from qa.text.tokens import Analyzer, Token

# Consecutive units of one paragraph grouped into a passage.
PASSAGE_UNITS = 3
# Files handed to a worker at a time: about this many bytes, at most this many files.
CHUNK_BYTES = 1024 * 1024
CHUNK_FILES = 256


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
        tokens = self.by_text.get(text)
        if tokens is None:  # tokenized afresh for each file, so that every word of the file is looked up
            tokens = self.by_text[text] = self._tokenize(text)
        self.seen.append((text, tokens))
        return [t.term for t in tokens]

    def term(self, word: str) -> str:
        self.words[word] = None
        known = self.stems.get(word)
        return known if known is not None else super().term(word)

    def forget(self) -> None:
        self.seen: list[tuple[str, list[Token]]] = []
        self.by_text: dict[str, list[Token]] = {}
        self.words: dict[str, None] = {}


def _cut(tokens: list[Token], starts: list[int], lo: int, hi: int) -> list[str] | None:
    """Terms of the tokens inside ``[lo, hi)`` of a line; None when a token crosses an edge.

    Tokenizing is left to right with no look-behind, so when no token of the
    line crosses ``lo`` or ``hi``, the tokens inside are exactly those of the
    substring on its own.
    """
    i, j = bisect_left(starts, lo), bisect_left(starts, hi)
    if i and tokens[i - 1].end > lo:
        return None
    if j > i and tokens[j - 1].end > hi:
        return None
    return [t.term for t in tokens[i:j]]


def _unit_terms(text: str, units, analyzer: RecordingAnalyzer) -> list[list[str]]:
    """The terms of each unit, from the line tokens the cleaner computed (tokenizing anew if unsure)."""
    out: list[list[str]] = []
    seen = analyzer.seen
    cursor = 0
    line = None  # (para, line start in text, tokens, token starts)
    for u in units:
        piece = text[u.start : u.end]
        tokens = analyzer.by_text.get(piece)
        if tokens is not None:
            out.append([t.term for t in tokens])
            continue
        if line is None or line[0] != u.para:
            line = None
            for k in range(cursor, len(seen)):
                candidate, tokens = seen[k]
                offset = candidate.find(piece)
                begin = u.start - offset
                if offset >= 0 and begin >= 0 and text.startswith(candidate, begin):
                    line = (u.para, begin, tokens, [t.start for t in tokens])
                    cursor = k + 1
                    break
        terms = None
        if line is not None:
            _, begin, tokens, starts = line
            terms = _cut(tokens, starts, u.start - begin, u.end - begin)
        out.append(terms if terms is not None else analyzer.terms(piece))
    return out


@dataclass
class FileResult:
    """What one file adds to the index (only ``file``, with its ``note``, when it is skipped)."""

    file: FileRecord
    doc: DocRecord | None = None
    units: list[Unit] = field(default_factory=list)
    terms: list[list[str]] = field(default_factory=list)
    words: list[tuple[str, str]] = field(default_factory=list)  # (word, term) looked up, first seen first


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
    words = [(w, analyzer.stems[w]) for w in analyzer.words]
    analyzer.forget()
    if not cleaned.units:
        record.note = "no article text"
        return FileResult(record, words=words)
    stored = texts.write(folder, decoded.text) if decoded.converted else None
    doc = DocRecord(f.doc_id, cleaned.title, cleaned.date, cleaned.source, f.size, f.mtime_ns, len(cleaned.dropped), stored)
    return FileResult(record, doc, cleaned.units, terms, words)


# --- a batch of files, as compact arrays ------------------------------------------------------------


class Batch:
    """What a run of files adds to the index, with term and word ids local to the batch.

    Local ids are numbered in order of first appearance, as merging expects:
    the merged vocabulary is then numbered in order of first appearance in the
    corpus, whichever batches it came in.
    """

    # per unit: tokens (term ids) and lengths, offsets, kind, passage, document;
    # per file: the ids of the words it looked up (words) and how many (nwords)
    ARRAYS = (("tokens", "i"), ("lengths", "i"), ("start", "q"), ("end", "q"), ("kind", "b"),
              ("passage", "i"), ("doc", "i"), ("words", "i"), ("nwords", "i"))

    def __init__(self):
        self.files: list[FileRecord] = []  # ``doc`` numbers the batch's own documents
        self.docs: list[DocRecord] = []
        self.vocab: dict[str, int] = {}
        self.words: dict[str, int] = {}
        self.stems: list[str] = []  # the term of each word
        self.arrays = {name: array(code) for name, code in self.ARRAYS}
        self.passages = 0

    def add(self, f: reader.SourceFile, analyzer: RecordingAnalyzer, folder: Path | None = None) -> None:
        self.add_result(index_file(f, analyzer, folder))

    def add_result(self, result: FileResult) -> None:
        a = self.arrays
        for word, term in result.words:
            if word not in self.words:
                self.words[word] = len(self.words)
                self.stems.append(term)
            a["words"].append(self.words[word])
        a["nwords"].append(len(result.words))
        record = result.file
        self.files.append(record)
        if result.doc is None:
            return
        record.doc = d = len(self.docs)
        self.docs.append(result.doc)
        vocab = self.vocab
        last_para, in_passage = None, PASSAGE_UNITS
        for u, terms in zip(result.units, result.terms):
            if u.para != last_para or in_passage == PASSAGE_UNITS:
                self.passages += 1
                last_para, in_passage = u.para, 0
            in_passage += 1
            a["tokens"].extend([vocab.setdefault(t, len(vocab)) for t in terms])
            a["lengths"].append(len(terms))
            a["start"].append(u.start)
            a["end"].append(u.end)
            a["kind"].append(KINDS.index(u.kind))
            a["passage"].append(self.passages - 1)
            a["doc"].append(d)

    # The wire format between a worker and the parent: one JSON line, then the raw arrays.
    def encode(self) -> bytes:
        header = {
            "files": [astuple(f) for f in self.files], "docs": [vars(d) for d in self.docs],
            "terms": list(self.vocab), "words": list(self.words), "stems": self.stems, "passages": self.passages,
            "sizes": [len(self.arrays[name]) for name, _ in self.ARRAYS],
        }
        return json.dumps(header).encode() + b"\n" + b"".join(self.arrays[name].tobytes() for name, _ in self.ARRAYS)

    @classmethod
    def decode(cls, stream) -> "Batch":
        line = stream.readline()
        if not line:
            raise WorkerFailed("index worker stopped")
        header = json.loads(line)
        batch = cls()
        batch.files = [FileRecord(*f) for f in header["files"]]
        batch.docs = [DocRecord(**d) for d in header["docs"]]
        batch.vocab = {t: i for i, t in enumerate(header["terms"])}
        batch.words = {w: i for i, w in enumerate(header["words"])}
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
        self.vocab: dict[str, int] = {}
        self.stems: dict[str, str] = {}  # word -> term; a word's id is its position
        self.word_ids: dict[str, int] = {}
        self.docs: list[DocRecord] = []
        self.files: list[FileRecord] = []
        self.arrays = {name: array(code) for name, code in Batch.ARRAYS}
        self.passages = 0

    def add(self, batch: Batch) -> None:
        vocab, a = self.vocab, self.arrays
        to_global = np.array([vocab.setdefault(t, len(vocab)) for t in batch.vocab], dtype=np.int32)
        a["tokens"].frombytes(to_global[_np(batch.arrays["tokens"], np.int32)].tobytes())
        words = np.array([self._word(w, t) for w, t in zip(batch.words, batch.stems)], dtype=np.int32)
        a["words"].frombytes(words[_np(batch.arrays["words"], np.int32)].tobytes())
        for name in ("lengths", "start", "end", "kind", "nwords"):
            a[name].extend(batch.arrays[name])
        a["passage"].frombytes((_np(batch.arrays["passage"], np.int32) + self.passages).astype(np.int32).tobytes())
        a["doc"].frombytes((_np(batch.arrays["doc"], np.int32) + len(self.docs)).astype(np.int32).tobytes())
        self.files.extend(replace(f, doc=f.doc + len(self.docs) if f.doc >= 0 else -1) for f in batch.files)
        self.passages += batch.passages
        self.docs.extend(batch.docs)

    def _word(self, word: str, term: str) -> int:
        n = self.word_ids.get(word)
        if n is None:
            n = self.word_ids[word] = len(self.word_ids)
            self.stems[word] = term
        return n

    @property
    def skipped(self) -> list[tuple[str, str]]:
        """Files to report: skipped ones and indexed ones with a warning, each with its reason."""
        return [(f.doc_id, f.note) for f in self.files if f.note]

    def array(self, name: str, dtype) -> np.ndarray:
        return _np(self.arrays[name], dtype)


def serial(chunks: list[list[reader.SourceFile]], progress, folder: Path | None = None) -> Iterator[Batch]:
    """Batches of the given chunks of files, read in this process."""
    analyzer = RecordingAnalyzer()
    total, done = sum(len(c) for c in chunks), 0
    for chunk in chunks:
        batch = Batch()
        for f in chunk:
            if progress:
                progress(done, total)
            batch.add(f, analyzer, folder)
            done += 1
        yield batch


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
