"""Rebuild from changed files only: take what the previous index read from the others.

A file is unchanged when its size and modification time are those the
previous index recorded or, when only the time differs, when the hash of its
bytes is. Unchanged files are not read again: their units, terms and words
are copied from the previous index, a run of consecutive files at a time,
and numbered as a fresh read would number them (in order of first
appearance), so the merged result, and the BM25 levels computed from it
(idf depends on the whole corpus, so they are always recomputed), equal
those of a full rebuild.
"""

from array import array
from dataclasses import dataclass, replace

import numpy as np

from qa.corpus import reader
from qa.errors import CorpusError
from qa.index import texts
from qa.index.batches import Batch
from qa.index.corpus_index import CorpusIndex, FileRecord


@dataclass
class Run:
    """Consecutive corpus files, to read again (``reuse`` None) or to copy from the previous index."""

    files: list[reader.SourceFile]
    reuse: range | None = None  # their positions in the previous index's file table


class Previous:
    """The previous index of the corpus, with its file tables loaded and its id lists at hand."""

    def __init__(self, index: CorpusIndex):
        self.index = index
        self.terms = list(index.sentences.vocab)
        self.words = list(index.stems)
        self.position = {f.doc_id: n for n, f in enumerate(index.files)}


def plan(files: list[reader.SourceFile], previous: Previous | None) -> list[Run]:
    """The corpus files in order, grouped into runs to read and runs to reuse."""
    runs: list[Run] = []
    for f in files:
        n = previous.position.get(f.doc_id) if previous else None
        keep = n is not None and _unchanged(f, previous.index.files[n], previous.index)
        last = runs[-1] if runs else None
        if keep and last and last.reuse is not None and last.reuse.stop == n:
            last.files.append(f)
            last.reuse = range(last.reuse.start, n + 1)
        elif keep:
            runs.append(Run([f], range(n, n + 1)))
        elif last and last.reuse is None:
            last.files.append(f)
        else:
            runs.append(Run([f]))
    return runs


def _unchanged(f: reader.SourceFile, old: FileRecord, index: CorpusIndex) -> bool:
    if old.doc >= 0:
        stored = index.docs[old.doc].text
        if stored and not texts.intact(index.folder, stored):
            return False  # its stored text is damaged: read it again to store it again
    if old.digest is None:  # never read: only "too large" stays true without reading
        return f.size == old.size and f.size > reader.MAX_FILE_BYTES
    if (f.size, f.mtime_ns) == (old.size, old.mtime_ns):
        return True
    if f.size != old.size:
        return False
    try:
        return reader.digest(reader.read_bytes(f)) == old.digest
    except CorpusError:
        return False


def first_seen(ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``ids`` renumbered 0, 1, ... in order of first appearance, and the original id of each new number."""
    if not len(ids):
        return np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.int64)
    unique, first, inverse = np.unique(ids, return_index=True, return_inverse=True)
    order = np.argsort(first, kind="stable")
    rank = np.empty(len(unique), dtype=np.int64)
    rank[order] = np.arange(len(unique))
    return rank[inverse.ravel()].astype(np.int32), unique[order]


def _array(code: str, values: np.ndarray, dtype) -> array:
    out = array(code)
    out.frombytes(np.ascontiguousarray(values, dtype=dtype).tobytes())
    return out


def batch(previous: Previous, run: Run) -> Batch:
    """The batch a fresh read of the run's files would give, copied from the previous index."""
    index = previous.index
    lo, hi = run.reuse.start, run.reuse.stop
    old = index.files[lo:hi]
    numbers = [r.doc for r in old if r.doc >= 0]
    d0, d1 = (numbers[0], numbers[-1] + 1) if numbers else (0, 0)
    u0, u1 = (int(u) for u in np.searchsorted(index.unit_doc, [d0, d1]))
    ptr = index.unit_term_indptr
    tokens, term_ids = first_seen(np.asarray(index.unit_term_ids[ptr[u0] : ptr[u1]]))
    wptr = index.file_word_indptr
    words, word_ids = first_seen(np.asarray(index.file_word_ids[wptr[lo] : wptr[hi]]))
    passage = np.asarray(index.unit_passage[u0:u1], dtype=np.int64)
    b = Batch()
    b.terms = [previous.terms[i] for i in term_ids.tolist()]
    b.words = [previous.words[i] for i in word_ids.tolist()]
    b.stems = [index.stems[w] for w in b.words]
    b.passages = int(passage[-1] - passage[0]) + 1 if len(passage) else 0
    b.arrays = {
        "tokens": _array("i", tokens, np.int32),
        "lengths": _array("i", np.diff(ptr[u0 : u1 + 1]), np.int32),
        "start": _array("q", index.unit_start[u0:u1], np.int64),
        "end": _array("q", index.unit_end[u0:u1], np.int64),
        "kind": _array("b", index.unit_kind[u0:u1], np.int8),
        "passage": _array("i", passage - passage[0] if len(passage) else passage, np.int32),
        "doc": _array("i", np.asarray(index.unit_doc[u0:u1], dtype=np.int64) - d0, np.int32),
        "words": _array("i", words, np.int32),
        "nwords": _array("i", np.diff(wptr[lo : hi + 1]), np.int32),
    }
    for r, f in zip(old, run.files):
        b.files.append(FileRecord(r.doc_id, f.size, f.mtime_ns, r.digest, r.doc - d0 if r.doc >= 0 else -1, r.note))
        if r.doc >= 0:
            b.docs.append(replace(index.docs[r.doc], size=f.size, mtime_ns=f.mtime_ns))
    return b
