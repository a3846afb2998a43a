"""Corpus folder -> :class:`CorpusIndex` (clean, split, tokenize, BM25 at three levels).

The build streams: one file is read, cleaned and tokenized at a time, and what
it leaves behind is compact (term ids in ``array('i')``, unit offsets in
``array('q')``), so memory is bounded by the index, not by the text. Each line
is tokenized once: the tokens the cleaner computes for a paragraph are cut
into its sentences (see :func:`_unit_terms`).

A large corpus is cleaned and tokenized by several worker processes (plain
``python -c`` subprocesses running :func:`_worker_main`, speaking JSON + raw arrays
over pipes; no pickle, no fork). Results are merged in file order, so the index
is the same whatever the number of workers. ``QA_BUILD_WORKERS`` overrides
the number of workers (1 = build in this process).
"""

import json
import os
import sys
import time
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

from qa.corpus import reader
from qa.corpus.clean import clean
from qa.errors import CorpusError
from qa.index.bm25 import BM25Matrix, count_postings, group_postings
from qa.text.tokens import Analyzer, Token

KINDS = ("sentence", "heading")
# Consecutive units of one paragraph grouped into a passage.
PASSAGE_UNITS = 3
# Worker processes are worth their start-up (~0.3 s each) from this much text on.
PARALLEL_BYTES = 8 * 1024 * 1024
MAX_WORKERS = 8
# Files handed to a worker at a time: about this many bytes, at most this many files.
CHUNK_BYTES = 1024 * 1024
CHUNK_FILES = 256


@dataclass
class DocRecord:
    doc_id: str
    title: str | None
    date: str | None
    publisher: str | None
    size: int
    mtime_ns: int
    dropped: int


@dataclass
class CorpusIndex:
    """Everything a query needs, as plain arrays and lists (saved by :mod:`qa.index.store`)."""

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
    _passage_start: np.ndarray | None = field(default=None, init=False, repr=False, compare=False)
    _term_list: list[str] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def n_units(self) -> int:
        return len(self.unit_doc)

    def unit_terms(self, u: int) -> list[str]:
        """The terms of unit ``u`` as the analyzer gives them (``Analyzer(index.stems).terms(text)``), without tokenizing."""
        if self._term_list is None:
            self._term_list = list(self.sentences.vocab)
        ids = self.unit_term_ids[self.unit_term_indptr[u] : self.unit_term_indptr[u + 1]].tolist()
        terms = self._term_list
        return [terms[i] for i in ids]

    def units_of_passages(self, passages: np.ndarray) -> np.ndarray:
        """The units (ascending) of the given passages (ascending): units of a passage are consecutive."""
        if self._passage_start is None:
            self._passage_start = np.searchsorted(self.unit_passage, np.arange(self.passages.n_docs + 1))
        passages = np.asarray(passages, dtype=np.int64)
        first, stop = self._passage_start[passages], self._passage_start[passages + 1]
        counts = stop - first
        total = int(counts.sum())
        if not total:
            return np.zeros(0, dtype=np.int64)
        # first[i], first[i] + 1, ..., stop[i] - 1 for each passage, without a Python loop
        step = np.ones(total, dtype=np.int64)
        edges = np.cumsum(counts)[:-1]
        step[0] = first[0]
        step[edges] = first[1:] - stop[:-1] + 1
        return np.cumsum(step)


# --- one file -------------------------------------------------------------------------------------


class _RecordingAnalyzer(Analyzer):
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


def _unit_terms(text: str, units, analyzer: _RecordingAnalyzer) -> list[list[str]]:
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


def _index_file(f: reader.SourceFile, analyzer: _RecordingAnalyzer):
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


class _Batch:
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

    def add(self, f: reader.SourceFile, analyzer: _RecordingAnalyzer) -> None:
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
    def decode(cls, stream) -> "_Batch":
        line = stream.readline()
        if not line:
            raise _WorkerFailed("index worker stopped")
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
                raise _WorkerFailed("index worker stopped")
            arr.frombytes(raw)
            batch.arrays[name] = arr
        return batch


class _NewStems:
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


class _Merger:
    def __init__(self):
        self.vocab: dict[str, int] = {}
        self.stems: dict[str, str] = {}
        self.docs: list[DocRecord] = []
        self.skipped: list[tuple[str, str]] = []
        self.arrays = {name: array(code) for name, code in _Batch.ARRAYS}
        self.passages = 0

    def add(self, batch: _Batch) -> None:
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


def _serial(files: list[reader.SourceFile], stems: dict[str, str], progress) -> Iterator[_Batch]:
    analyzer = _RecordingAnalyzer()
    done = 0
    for chunk in _chunks(files):
        batch = _Batch()
        for f in chunk:
            if progress:
                progress(done, len(files))
            batch.add(f, analyzer)
            done += 1
        yield batch
    stems.update(analyzer.stems)


def _chunks(files: list[reader.SourceFile]) -> list[list[reader.SourceFile]]:
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


class _WorkerFailed(RuntimeError):
    """A worker process died or could not start (the build then runs in this process)."""


class _Worker:
    """One worker subprocess (see :func:`_worker_main`)."""

    def __init__(self):
        import subprocess
        import tempfile

        env = dict(os.environ)
        package_parent = str(Path(__file__).resolve().parents[2])
        env["PYTHONPATH"] = os.pathsep.join(p for p in (package_parent, env.get("PYTHONPATH")) if p)
        self.stderr = tempfile.TemporaryFile()
        self.proc = subprocess.Popen(
            [sys.executable, "-c", "from qa.index.build import _worker_main; _worker_main()"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.stderr, env=env,
        )

    def run(self, chunk: list[reader.SourceFile]) -> _Batch:
        request = [[f.doc_id, str(f.path), f.size, f.mtime_ns] for f in chunk]
        self.proc.stdin.write(json.dumps(request).encode() + b"\n")
        self.proc.stdin.flush()
        return _Batch.decode(self.proc.stdout)

    def close(self) -> None:
        try:
            self.proc.stdin.close()
        except OSError:
            pass
        try:
            self.proc.wait(timeout=5)
        except Exception:  # subprocess.TimeoutExpired: it does not want to stop
            self.proc.kill()
            self.proc.wait()
        self.proc.stdout.close()
        self.stderr.close()

    def error(self) -> str:
        """The last line the worker wrote to stderr (after making sure it is gone)."""
        try:
            self.proc.kill()
            self.proc.wait(timeout=5)
            self.stderr.seek(0)
            return self.stderr.read().decode(errors="replace").strip().splitlines()[-1]
        except Exception:  # the worker's own last words are a courtesy
            return "no message"


def _parallel(files: list[reader.SourceFile], workers: int, progress) -> Iterator[_Batch]:
    """Batches in file order, cleaned and tokenized by ``workers`` subprocesses."""
    import queue
    import threading

    chunks = _chunks(files)
    todo: queue.Queue = queue.Queue()
    for n, chunk in enumerate(chunks):
        todo.put((n, chunk))
    done: dict[int, _Batch | BaseException] = {}
    ready = threading.Condition()
    stop = threading.Event()

    def feed(worker: _Worker) -> None:
        while not stop.is_set():
            try:
                n, chunk = todo.get_nowait()
            except queue.Empty:
                return
            try:
                result = worker.run(chunk)
            except Exception:  # reported by the consumer, in file order
                result = _WorkerFailed(f"index worker failed: {worker.error()}")
            with ready:
                done[n] = result
                ready.notify_all()
            if isinstance(result, BaseException):
                return

    if progress:
        progress(0, len(files))
    pool: list[_Worker] = []
    try:
        for _ in range(min(workers, len(chunks))):
            pool.append(_Worker())
    except OSError as exc:  # no interpreter to start
        for w in pool:
            w.close()
        raise _WorkerFailed(f"cannot start an index worker: {exc}") from None
    threads = [threading.Thread(target=feed, args=(w,), daemon=True) for w in pool]
    for t in threads:
        t.start()
    files_done = 0
    try:
        for n in range(len(chunks)):
            with ready:
                while n not in done:
                    if not any(t.is_alive() for t in threads) and n not in done:
                        raise _WorkerFailed("index workers stopped")
                    ready.wait(timeout=0.5)
                result = done.pop(n)
            if isinstance(result, BaseException):
                raise result
            files_done += result.files
            if progress:
                progress(files_done, len(files))
            yield result
    finally:
        stop.set()
        for w in pool:
            w.close()
        for t in threads:
            t.join()


def worker_count(files: list[reader.SourceFile]) -> int:
    """How many worker processes to build with (1 = in this process)."""
    chosen = os.environ.get("QA_BUILD_WORKERS")
    if chosen:
        try:
            return max(1, int(chosen))
        except ValueError:
            pass
    if sum(f.size for f in files) < PARALLEL_BYTES or not sys.executable:
        return 1
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:
        cpus = os.cpu_count() or 1
    return max(1, min(cpus, MAX_WORKERS))


def _worker_main() -> None:
    """Serve batches: read a JSON list of files per line, answer with an encoded batch."""
    analyzer = _RecordingAnalyzer()
    new = _NewStems(analyzer)
    out = sys.stdout.buffer
    for line in sys.stdin.buffer:
        batch = _Batch()
        for doc_id, path, size, mtime_ns in json.loads(line):
            batch.add(reader.SourceFile(doc_id, Path(path), size, mtime_ns), analyzer)
        batch.stems = new.take()
        out.write(batch.encode())
        out.flush()


# --- the index ------------------------------------------------------------------------------------


def build_index(root: Path, progress: Callable[[int, int], None] | None = None) -> CorpusIndex:
    """Read, clean and index every usable file under ``root``.

    Unusable files (binary, undecodable, too large) are skipped with a reason;
    a corpus with no usable sentence is a :class:`CorpusError`. ``progress``
    hears ``(files done, files in all)`` as the build goes.
    """
    started = time.perf_counter()
    files = reader.discover(root)
    workers = worker_count(files)
    merged = _Merger()
    try:
        batches = _serial(files, merged.stems, progress) if workers == 1 else _parallel(files, workers, progress)
        for batch in batches:
            merged.add(batch)
    except _WorkerFailed:
        # Workers cannot run here (or hit a bug): build in this process, which
        # either succeeds or raises the real error with its traceback.
        merged = _Merger()
        for batch in _serial(files, merged.stems, progress):
            merged.add(batch)
    if progress:
        progress(len(files), len(files))
    if not merged.docs:
        skipped = merged.skipped
        why = f" ({len(skipped)} files skipped)" if skipped else ""
        raise CorpusError(f"no usable text in {root}: it needs .txt or .md files with sentences{why}")
    analyzer = Analyzer(merged.stems)
    for word in _query_words():
        analyzer.term(word)  # so queries find these stems without loading the stemmer
    unit_doc = merged.array("doc", np.int32)
    unit_passage = merged.array("passage", np.int32)
    lengths = merged.array("lengths", np.int32)
    tokens = merged.array("tokens", np.int32)
    vocab = merged.vocab
    levels = {}
    unit_term_indptr = np.zeros(len(lengths) + 1, dtype=np.int64)
    np.cumsum(lengths, out=unit_term_indptr[1:])
    indptr, doc_ids, tfs = count_postings(tokens, lengths, len(vocab))
    levels["sentences"] = BM25Matrix.from_counts(vocab, indptr, doc_ids, tfs, lengths)
    for name, group_of, n_groups in (("passages", unit_passage, merged.passages), ("documents", unit_doc, len(merged.docs))):
        g_indptr, g_ids, g_tfs = group_postings(indptr, doc_ids, tfs, group_of)
        g_lengths = np.bincount(group_of, weights=lengths, minlength=n_groups).astype(np.int64)
        levels[name] = BM25Matrix.from_counts(vocab, g_indptr, g_ids, g_tfs, g_lengths)
    return CorpusIndex(
        root=root,
        fingerprint=reader.fingerprint(files),
        built_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        build_seconds=round(time.perf_counter() - started, 3),
        docs=merged.docs,
        unit_doc=unit_doc,
        unit_start=merged.array("start", np.int64),
        unit_end=merged.array("end", np.int64),
        unit_kind=merged.array("kind", np.int8),
        unit_passage=unit_passage,
        **levels,
        stems=analyzer.stems,
        skipped=merged.skipped,
        unit_term_indptr=unit_term_indptr,
        unit_term_ids=tokens,
    )


def _query_words() -> list[str]:
    """Words queries are likely to hold beyond the corpus: every word of qa's own word lists.

    Their stems go into the index's stem table, so answering a question (and
    setting up the answerer, which looks up its synonym and capital lists)
    does not need to load the stemmer.
    """
    import re

    from qa.text import wordlists
    from qa.text.thesaurus import synonym_groups

    whole = [w for group in synonym_groups() for w in group]  # looked up as they are, phrases too
    listed: list[str] = []
    for name in dir(wordlists):
        value = getattr(wordlists, name)
        if name.startswith("_") or not isinstance(value, (set, frozenset, dict, list, tuple)):
            continue
        items = list(value) + (list(value.values()) if isinstance(value, dict) else [])
        listed += [item for item in items if isinstance(item, str)]
    words = re.findall(r"[a-z]+(?:'[a-z]+)*", " ".join(whole + listed).lower())
    return list(dict.fromkeys(whole + [w for w in listed if " " not in w] + words))
