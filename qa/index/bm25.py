"""Okapi BM25 with precomputed per-term weights.

Scores equal ``rank_bm25.BM25Okapi(corpus, k1, b, epsilon).get_scores(query)``
(Robertson-Sparck Jones idf, negative idf floored to ``epsilon * mean idf``),
but a query only touches the postings of its own terms: each term keeps the
ids of the documents that contain it and the finished BM25 weight there, and
a query sums those weights. Cost grows with the postings, not the corpus.
"""

import math
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

K1, B, EPSILON = 1.5, 0.75, 0.25


def idf_okapi(n_docs: int, doc_freq: np.ndarray, epsilon: float) -> np.ndarray:
    """rank_bm25's idf: log((N - n + 0.5) / (n + 0.5)), negatives set to eps * mean."""
    idf = np.array([math.log(n_docs - f + 0.5) - math.log(f + 0.5) for f in doc_freq.tolist()])
    if len(idf):
        idf[idf < 0] = epsilon * (float(np.sum(idf)) / len(idf))
    return idf


def term_weight(idf: np.ndarray, tf: np.ndarray, doc_len: np.ndarray, avgdl: float, k1: float, b: float):
    """One term's BM25 contribution, written as rank_bm25 writes it (same rounding)."""
    return idf * (tf * (k1 + 1) / (tf + k1 * (1 - b + b * doc_len / avgdl)))


@dataclass
class BM25Matrix:
    """Term -> (document ids, weights) in CSR form, plus the vocabulary."""

    vocab: dict[str, int]
    indptr: np.ndarray  # int64, len(vocab) + 1
    doc_ids: np.ndarray  # int32, postings
    weights: np.ndarray  # float64, postings
    n_docs: int

    @classmethod
    def build(cls, docs: Iterable[list[str]], k1: float = K1, b: float = B, epsilon: float = EPSILON):
        vocab: dict[str, int] = {}
        term_ids: list[int] = []
        doc_ids: list[int] = []
        tfs: list[int] = []
        lengths: list[int] = []
        for d, terms in enumerate(docs):
            lengths.append(len(terms))
            counts: dict[int, int] = {}
            for t in terms:
                tid = vocab.setdefault(t, len(vocab))
                counts[tid] = counts.get(tid, 0) + 1
            term_ids.extend(counts)
            doc_ids.extend([d] * len(counts))
            tfs.extend(counts.values())
        n_docs = len(lengths)
        tid_arr = np.asarray(term_ids, dtype=np.int64)
        order = np.argsort(tid_arr, kind="stable")
        tid_sorted = tid_arr[order]
        doc_arr = np.asarray(doc_ids, dtype=np.int32)[order]
        tf_arr = np.asarray(tfs, dtype=np.float64)[order]
        doc_freq = np.bincount(tid_sorted, minlength=len(vocab))
        indptr = np.zeros(len(vocab) + 1, dtype=np.int64)
        np.cumsum(doc_freq, out=indptr[1:])
        length_arr = np.asarray(lengths, dtype=np.float64)
        avgdl = float(sum(lengths)) / n_docs if n_docs else 1.0
        idf = idf_okapi(n_docs, doc_freq, epsilon)
        weights = term_weight(idf[tid_sorted], tf_arr, length_arr[doc_arr], avgdl or 1.0, k1, b)
        return cls(vocab, indptr, doc_arr, np.asarray(weights, dtype=np.float64), n_docs)

    def postings(self, term: str) -> tuple[np.ndarray, np.ndarray]:
        tid = self.vocab.get(term)
        if tid is None:
            return self.doc_ids[:0], self.weights[:0]
        lo, hi = self.indptr[tid], self.indptr[tid + 1]
        return self.doc_ids[lo:hi], self.weights[lo:hi]

    def scores(self, query: list[str], boosts: list[float] | None = None) -> np.ndarray:
        """Dense scores of every document; a repeated query term counts again.

        ``boosts`` optionally scales each query term's contribution (1.0 = plain BM25).
        """
        out = np.zeros(self.n_docs, dtype=np.float64)
        for n, term in enumerate(query):
            ids, w = self.postings(term)
            out[ids] += w if boosts is None else w * boosts[n]
        return out

    def doc_freq(self, term: str) -> int:
        tid = self.vocab.get(term)
        return 0 if tid is None else int(self.indptr[tid + 1] - self.indptr[tid])
