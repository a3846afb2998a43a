"""Okapi BM25 over postings of term frequencies.

Scores equal ``rank_bm25.BM25Okapi(corpus, k1, b, epsilon).get_scores(query)``
(Robertson-Sparck Jones idf, negative idf floored to ``epsilon * mean idf``),
but a query only touches the postings of its own terms: each term keeps the
ids of the documents that contain it (ascending) and its frequency there; its
idf and each document's length normalisation are kept apart, and a query
weighs its terms' postings with them (:func:`term_weight`, bit for bit the
weights rank_bm25 computes) and sums. Cost grows with the postings, not the
corpus:

- :meth:`BM25Matrix.score_postings` returns the matched documents and their
  scores only (the fast path);
- :meth:`BM25Matrix.top_k` the best ``k`` of them;
- :meth:`BM25Matrix.scores` the dense vector over every document (kept for
  callers that want it; it costs one array of ``n_docs`` floats).

Building never holds per-posting Python objects: term ids go into ``array('i')``
buffers and the counting is done with numpy (one sort of the token stream).
"""

import math
import threading
from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np

K1, B, EPSILON = 1.5, 0.75, 0.25


def idf_okapi(n_docs: int, doc_freq: np.ndarray, epsilon: float) -> np.ndarray:
    """rank_bm25's idf: log((N - n + 0.5) / (n + 0.5)), negatives set to eps * mean."""
    idf = np.array([math.log(n_docs - f + 0.5) - math.log(f + 0.5) for f in doc_freq.tolist()], dtype=np.float64)
    if len(idf):
        idf[idf < 0] = epsilon * (float(np.sum(idf)) / len(idf))
    return idf


def length_norm(doc_len: np.ndarray, avgdl: float, k1: float, b: float) -> np.ndarray:
    """The document-length part of BM25's denominator, ``k1 * (1 - b + b * |D| / avgdl)``."""
    return k1 * (1 - b + b * doc_len / avgdl)


def term_weight(idf, tf: np.ndarray, norm: np.ndarray, k1: float) -> np.ndarray:
    """One term's BM25 contribution, written as rank_bm25 writes it (same rounding):
    ``idf * (tf * (k1 + 1) / (tf + k1 * (1 - b + b * |D| / avgdl)))`` with ``norm`` from :func:`length_norm`."""
    return idf * (tf * (k1 + 1) / (tf + norm))


def count_postings(term_ids: np.ndarray, lengths: np.ndarray, n_terms: int):
    """Token stream -> postings sorted by (term, doc): ``(indptr, doc_ids, tfs)``.

    ``term_ids`` holds the terms of document 0, then of document 1, ...;
    ``lengths[d]`` is how many of them document ``d`` has. One sort of one
    int64 key per token; the other temporaries are int32 or bool.
    """
    n_docs = len(lengths)
    if not len(term_ids):
        return np.zeros(n_terms + 1, dtype=np.int64), np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.int32)
    keys = term_ids.astype(np.int64)
    keys *= n_docs
    keys += np.repeat(np.arange(n_docs, dtype=np.int32), lengths)
    keys.sort()
    first = np.empty(len(keys), dtype=bool)
    first[0] = True
    np.not_equal(keys[1:], keys[:-1], out=first[1:])
    starts = np.flatnonzero(first)
    del first
    tfs = np.empty(len(starts), dtype=np.int32)
    np.subtract(starts[1:], starts[:-1], out=tfs[:-1], casting="unsafe")
    tfs[-1] = len(keys) - starts[-1]
    keys = keys[starts]
    del starts
    indptr = np.zeros(n_terms + 1, dtype=np.int64)
    np.cumsum(np.bincount(keys // n_docs, minlength=n_terms), out=indptr[1:])
    keys %= n_docs
    return indptr, keys.astype(np.int32), tfs


def group_postings(indptr: np.ndarray, doc_ids: np.ndarray, tfs: np.ndarray, group_of: np.ndarray):
    """Postings of documents -> postings of groups of consecutive documents (passages, files).

    ``group_of[d]`` is the group of document ``d`` and never decreases with ``d``,
    so each term's postings stay sorted and only need merging, not sorting.
    """
    if not len(doc_ids):
        return indptr.copy(), doc_ids.copy(), tfs.copy()
    groups = group_of[doc_ids].astype(np.int32)
    first = np.empty(len(groups), dtype=bool)
    first[0] = True
    np.not_equal(groups[1:], groups[:-1], out=first[1:])
    term_starts = indptr[:-1][np.diff(indptr) > 0]
    first[term_starts] = True  # a new term starts a new posting even in the same group
    starts = np.flatnonzero(first)
    del first
    new_tfs = np.add.reduceat(tfs, starts).astype(np.int32, copy=False)
    new_ids = groups[starts]
    new_indptr = np.searchsorted(starts, indptr).astype(np.int64)
    return new_indptr, new_ids, new_tfs


def gather(ids: np.ndarray, values: np.ndarray, at: np.ndarray, default: float = 0.0) -> np.ndarray:
    """``values`` of the ids ``at`` (``ids`` ascending, as :meth:`BM25Matrix.score_postings` returns them);
    ``default`` where an id is absent. With ``at = unit_passage[units]`` it gives each unit its passage's score."""
    at = np.asarray(at)
    if not len(ids):
        return np.full(len(at), default, dtype=np.float64)
    pos = np.searchsorted(ids, at)
    pos[pos == len(ids)] = 0
    found = ids[pos] == at
    return np.where(found, values[pos], default)


def best_first(scores: np.ndarray, k: int) -> np.ndarray:
    """Positions of the ``k`` highest scores, best first, ties in position order: what
    ``np.argsort(-scores, kind="stable")[:k]`` gives, without sorting every score."""
    if len(scores) > k:
        part = np.argpartition(-scores, k - 1)[:k]
        keep = np.flatnonzero(scores >= scores[part].min())  # every tie at the cut, so ties resolve by position
        return keep[np.argsort(-scores[keep], kind="stable")[:k]]
    return np.argsort(-scores, kind="stable")[:k]


def union_sorted(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """The sorted distinct ids of two ascending id arrays (cheaper than ``np.union1d``, which hashes)."""
    both = np.concatenate([np.asarray(a, dtype=np.int64), np.asarray(b, dtype=np.int64)])
    both.sort(kind="stable")  # two sorted runs: a merge
    if len(both) < 2:
        return both
    keep = np.empty(len(both), dtype=bool)
    keep[0] = True
    np.not_equal(both[1:], both[:-1], out=keep[1:])
    return both[keep]


@dataclass
class BM25Matrix:
    """Term -> (document ids, term frequencies) in CSR form, the vocabulary, and what weighs them.

    ``doc_ids`` and ``tfs`` are sliced a term at a time: arrays, or arrays read
    from disk a slice at a time (:class:`qa.index.diskarray.DiskArray`).
    """

    vocab: dict[str, int]
    indptr: np.ndarray  # int64, len(vocab) + 1
    doc_ids: np.ndarray  # int32, postings (ascending within a term)
    tfs: np.ndarray  # unsigned integers, postings: how often the term occurs in the document
    idf: np.ndarray  # float64, len(vocab)
    norm: np.ndarray  # float64, n_docs: length_norm of each document
    k1: float = K1
    _scratch: threading.local = field(default_factory=threading.local, init=False, repr=False, compare=False)

    @property
    def n_docs(self) -> int:
        return len(self.norm)

    @classmethod
    def build(cls, docs: Iterable[list[str]], k1: float = K1, b: float = B, epsilon: float = EPSILON) -> "BM25Matrix":
        """BM25 over documents given as lists of terms (streamed: nothing per posting is kept in Python)."""
        vocab: dict[str, int] = {}
        tokens = array("i")
        lengths = array("i")
        for terms in docs:
            tokens.extend([vocab.setdefault(t, len(vocab)) for t in terms])
            lengths.append(len(terms))
        term_ids = np.frombuffer(tokens, dtype=np.int32) if tokens else np.zeros(0, dtype=np.int32)
        length_arr = np.frombuffer(lengths, dtype=np.int32) if lengths else np.zeros(0, dtype=np.int32)
        indptr, doc_ids, tfs = count_postings(term_ids, length_arr, len(vocab))
        return cls.from_counts(vocab, indptr, doc_ids, tfs, length_arr, k1, b, epsilon)

    @classmethod
    def from_counts(cls, vocab: dict[str, int], indptr: np.ndarray, doc_ids: np.ndarray, tfs: np.ndarray,
                    lengths: np.ndarray, k1: float = K1, b: float = B, epsilon: float = EPSILON) -> "BM25Matrix":
        """BM25 from term frequencies (postings sorted by term, then document)."""
        n_docs = len(lengths)
        avgdl = float(int(np.sum(lengths, dtype=np.int64))) / n_docs if n_docs else 1.0
        idf = idf_okapi(n_docs, np.diff(indptr), epsilon)
        norm = length_norm(np.asarray(lengths, dtype=np.float64), avgdl or 1.0, k1, b)
        tfs = tfs.astype(np.min_scalar_type(int(tfs.max())) if len(tfs) else np.uint8)
        return cls(vocab, indptr, np.ascontiguousarray(doc_ids, dtype=np.int32), tfs, idf, norm, k1)

    def postings(self, term: str) -> tuple[np.ndarray, np.ndarray]:
        """Ids (ascending) of the documents holding ``term`` and its BM25 weight in each."""
        tid = self.vocab.get(term)
        if tid is None:
            return np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.float64)
        lo, hi = int(self.indptr[tid]), int(self.indptr[tid + 1])
        ids = self.doc_ids[lo:hi]
        return ids, term_weight(self.idf[tid], self.tfs[lo:hi].astype(np.float64), self.norm[ids], self.k1)

    def scores(self, query: list[str], boosts: list[float] | None = None) -> np.ndarray:
        """Dense scores of every document; a repeated query term counts again.

        ``boosts`` optionally scales each query term's contribution (1.0 = plain BM25).
        """
        out = np.zeros(self.n_docs, dtype=np.float64)
        for n, term in enumerate(query):
            ids, w = self.postings(term)
            out[ids] += w if boosts is None else w * boosts[n]
        return out

    def score_postings(self, query: list[str], boosts: list[float] | None = None) -> tuple[np.ndarray, np.ndarray]:
        """``(ids, scores)`` of the documents holding at least one query term, ids ascending.

        ``scores`` equal ``self.scores(query, boosts)[ids]`` exactly (same additions
        in the same order); every other document scores 0. Cost grows with the
        postings of the query terms, not with ``n_docs``.
        """
        lists = []
        for n, term in enumerate(query):
            ids, w = self.postings(term)
            if len(ids):
                if boosts is not None and boosts[n] != 1.0:  # x * 1.0 == x: skip the copy
                    w = w * boosts[n]
                lists.append((ids, w))
        if not lists:
            return np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.float64)
        if len(lists) == 1:
            ids, w = lists[0]
            return np.array(ids, dtype=np.int32), 0.0 + w
        # Postings side by side, sorted by document (stable: in query order within one), then each
        # document's weights added left to right, one query term a pass: the order dense scoring adds them.
        ids = np.concatenate([ids for ids, _ in lists])
        order = np.argsort(ids, kind="stable")
        ids, weights = ids[order], np.concatenate([w for _, w in lists])[order]
        first = np.empty(len(ids), dtype=bool)
        first[0] = True
        np.not_equal(ids[1:], ids[:-1], out=first[1:])
        starts = np.flatnonzero(first)
        counts = np.diff(starts, append=len(ids))
        scores = 0.0 + weights[starts]  # as dense scoring starts from zeros (-0.0 becomes 0.0)
        for n in range(1, len(lists)):
            more = np.flatnonzero(counts > n)
            if not len(more):
                break
            scores[more] += weights[starts[more] + n]
        return ids[starts], scores

    def lookup(self, ids: np.ndarray, scores: np.ndarray, *at: np.ndarray) -> list[np.ndarray]:
        """The ``scores`` of ``ids`` (as :meth:`score_postings` gives them) at each array of ids in ``at``,
        0 where absent: :func:`gather` through the zeroed work array, for long ``at``."""
        acc = self._work_array()
        try:
            acc[ids] = scores
            return [acc[a] for a in at]
        finally:
            acc[ids] = 0.0

    def top_k(self, query: list[str], k: int = 10, boosts: list[float] | None = None) -> tuple[np.ndarray, np.ndarray]:
        """The ``k`` best ``(ids, scores)``, best first; ties go to the lower id (as a stable sort would)."""
        ids, scores = self.score_postings(query, boosts)
        order = best_first(scores, k)
        return ids[order], scores[order]

    def doc_freq(self, term: str) -> int:
        tid = self.vocab.get(term)
        return 0 if tid is None else int(self.indptr[tid + 1] - self.indptr[tid])

    def _work_array(self) -> np.ndarray:
        """A per-thread zeroed array of ``n_docs`` scores (left zeroed after each use)."""
        local = self._scratch
        if getattr(local, "acc", None) is None:
            local.acc = np.zeros(self.n_docs, dtype=np.float64)
        return local.acc
