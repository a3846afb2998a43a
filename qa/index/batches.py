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

import numpy as np

from qa.corpus import reader
from qa.corpus.clean import clean
from qa.errors import CorpusError
from qa.index.corpus_index import KINDS, DocRecord
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
    """An :class:`Analyzer` that remembers the tokens of the texts the cleaner asks about.

    The cleaner tokenizes every prose line (to judge headings); those tokens are
    reused for the line's sentences instead of tokenizing them again.
    """

    def __init__(self, stems: dict[str, str] | None = None):
        super().__init__(stems)
        self.seen: list[tuple[str, list[Token]]] = []
        self.by_text: dict[str, list[Token]] = {}

    def terms(self, text: str) -> list[str]:
        tokens = self.tokens(text)
        self.seen.append((text, tokens))
        self.by_text[text] = tokens
        return [t.term for t in tokens]

    def forget(self) -> None:
        self.seen = []
        self.by_text = {}


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


def _index_file(f: reader.SourceFile, analyzer: RecordingAnalyzer):
    """``(DocRecord, units, unit terms)`` of one file, or the reason it is skipped (a str)."""
    try:
        text = reader.read_text(f)
    except CorpusError as exc:
        return str(exc)
    analyzer.forget()
    cleaned = clean(text, analyzer)
    if not cleaned.units:
        analyzer.forget()
        return "no article text"
    terms = _unit_terms(text, cleaned.units, analyzer)
    analyzer.forget()
    record = DocRecord(f.doc_id, cleaned.title, cleaned.date, cleaned.source, f.size, f.mtime_ns, len(cleaned.dropped))
    return record, cleaned.units, terms


# --- a batch of files, as compact arrays ------------------------------------------------------------


class Batch:
    """What a run of files adds to the index, with term ids local to the batch."""

    ARRAYS = (("tokens", "i"), ("lengths", "i"), ("start", "q"), ("end", "q"), ("kind", "b"),
              ("passage", "i"), ("doc", "i"))

    def __init__(self):
        self.files = 0
        self.docs: list[DocRecord] = []
        self.skipped: list[tuple[str, str]] = []
        self.vocab: dict[str, int] = {}
        self.stems: list[tuple[str, str]] = []
        self.arrays = {name: array(code) for name, code in self.ARRAYS}
        self.passages = 0

    def add(self, f: reader.SourceFile, analyzer: RecordingAnalyzer) -> None:
        self.files += 1
        result = _index_file(f, analyzer)
        if isinstance(result, str):
            self.skipped.append((f.doc_id, result))
            return
        record, units, unit_terms = result
        d = len(self.docs)
        self.docs.append(record)
        a = self.arrays
        vocab = self.vocab
        last_para, in_passage = None, PASSAGE_UNITS
        for u, terms in zip(units, unit_terms):
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
            "files": self.files, "docs": [vars(d) for d in self.docs], "skipped": self.skipped,
            "terms": list(self.vocab), "stems": self.stems, "passages": self.passages,
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
        batch.files = header["files"]
        batch.docs = [DocRecord(**d) for d in header["docs"]]
        batch.skipped = [tuple(s) for s in header["skipped"]]
        batch.vocab = {t: i for i, t in enumerate(header["terms"])}
        batch.stems = [tuple(s) for s in header["stems"]]
        batch.passages = header["passages"]
        for (name, code), size in zip(cls.ARRAYS, header["sizes"]):
            arr = array(code)
            raw = stream.read(size * arr.itemsize)
            if len(raw) != size * arr.itemsize:
                raise WorkerFailed("index worker stopped")
            arr.frombytes(raw)
            batch.arrays[name] = arr
        return batch


class NewStems:
    """Stems an analyzer learned since the last call (a dict keeps insertion order)."""

    def __init__(self, analyzer: Analyzer):
        self.analyzer = analyzer
        self.known = len(analyzer.stems)

    def take(self) -> list[tuple[str, str]]:
        from itertools import islice

        items = list(islice(self.analyzer.stems.items(), self.known, None))
        self.known += len(items)
        return items


# --- merging batches in file order ----------------------------------------------------------------


class Merger:
    def __init__(self):
        self.vocab: dict[str, int] = {}
        self.stems: dict[str, str] = {}
        self.docs: list[DocRecord] = []
        self.skipped: list[tuple[str, str]] = []
        self.arrays = {name: array(code) for name, code in Batch.ARRAYS}
        self.passages = 0

    def add(self, batch: Batch) -> None:
        vocab = self.vocab
        to_global = np.array([vocab.setdefault(t, len(vocab)) for t in batch.vocab], dtype=np.int32)
        local = np.frombuffer(batch.arrays["tokens"], dtype=np.int32) if batch.arrays["tokens"] else np.zeros(0, np.int32)
        self.arrays["tokens"].frombytes(to_global[local].tobytes())
        for name in ("lengths", "start", "end", "kind"):
            self.arrays[name].extend(batch.arrays[name])
        passage = np.frombuffer(batch.arrays["passage"], dtype=np.int32) if batch.arrays["passage"] else np.zeros(0, np.int32)
        doc = np.frombuffer(batch.arrays["doc"], dtype=np.int32) if batch.arrays["doc"] else np.zeros(0, np.int32)
        self.arrays["passage"].frombytes((passage + self.passages).astype(np.int32).tobytes())
        self.arrays["doc"].frombytes((doc + len(self.docs)).astype(np.int32).tobytes())
        self.passages += batch.passages
        self.docs.extend(batch.docs)
        self.skipped.extend(batch.skipped)
        self.stems.update(batch.stems)

    def array(self, name: str, dtype) -> np.ndarray:
        arr = self.arrays[name]
        return np.frombuffer(arr, dtype=dtype) if len(arr) else np.zeros(0, dtype=dtype)


def serial(files: list[reader.SourceFile], stems: dict[str, str], progress) -> Iterator[Batch]:
    analyzer = RecordingAnalyzer()
    done = 0
    for chunk in file_chunks(files):
        batch = Batch()
        for f in chunk:
            if progress:
                progress(done, len(files))
            batch.add(f, analyzer)
            done += 1
        yield batch
    stems.update(analyzer.stems)


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
