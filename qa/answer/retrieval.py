"""The first stage of answering: the few units (sentences, headings) worth reading closely, from BM25 alone.

A unit's base score mixes the BM25 of the unit, of its passage and of its document,
each as a share of the best among the units in play, and it is in play when it holds
a question term or its passage does (a sentence may say "the city" where its
passage names it). Units rank by base score, plus 1 for holding a term and 1 for
a passage that scores: in a tiny corpus BM25 can be 0, and presence counts apart.

:func:`top_units` gives what ranking every unit in play would give, but touches
only the units that hold a term and the passages that score: all the other units
of a passage tie, so only the best ``k`` passages are opened up, and none when
``k`` units that hold a term outrank anything a unit without one can score.
"""

import numpy as np

from qa.index.bm25 import best_first, gather, union_sorted
from qa.index.corpus_index import CorpusIndex

W_SENTENCE, W_PASSAGE, W_DOCUMENT = 1.0, 0.25, 0.25
W_SAME_DOC = 0.3  # a follow-up leans towards the document of the previous answer


def _share(scores: np.ndarray, top: float) -> np.ndarray:
    """Scores as a share of ``top`` (0..1); BM25 in a tiny corpus can be <= 0 and then says nothing."""
    return np.clip(scores, 0.0, None) / top if top > 0 else np.zeros(len(scores))


def _held(hits: np.ndarray, units: np.ndarray) -> np.ndarray:
    """For each of ``units``: 1.0 if it holds a question term (is one of the ascending ``hits``), else 0.0."""
    return gather(hits, np.ones(len(hits)), units)


def _max(*arrays: np.ndarray) -> float:
    return max((float(a.max()) for a in arrays if len(a)), default=0.0)


def top_units(index: CorpusIndex, terms: list[str], boosts: list[float], k: int,
              prefer_doc: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """``(units, base scores)`` of the ``k`` best units in play, best first (ties: the earlier unit)."""
    hits, hit_scores = index.sentences.score_postings(terms, boosts)
    if not len(hits):
        return np.zeros(0, dtype=np.int64), np.zeros(0)
    p_ids, p_scores = index.passages.score_postings(terms, boosts)
    d_ids, d_scores = index.documents.score_postings(terms, boosts)
    hits = hits.astype(np.int64)
    hit_docs, hit_passages = index.unit_doc[hits], index.unit_passage[hits]
    (p_of_hits,) = index.passages.lookup(p_ids, p_scores, hit_passages)
    (d_of_hits,) = index.documents.lookup(d_ids, d_scores, hit_docs)
    # A passage or document holds a term only through a unit that does: the best of each is a hit's.
    tops = _max(hit_scores), _max(p_of_hits), _max(d_of_hits)

    def rank(s, p, d, docs, held):
        base = W_SENTENCE * _share(s, tops[0]) + W_PASSAGE * _share(p, tops[1]) + W_DOCUMENT * _share(d, tops[2])
        if prefer_doc is not None:
            base = base + W_SAME_DOC * (docs == prefer_doc)
        return base, base + held + (p > 0)

    _, key = rank(hit_scores, p_of_hits, d_of_hits, hit_docs, 1.0)
    best_hits = np.sort(best_first(key, k))
    # A unit that holds no term ranks at most this high: k better ones holding a term leave no room for it.
    ceiling = 1.0 + W_PASSAGE + W_DOCUMENT + (W_SAME_DOC if prefer_doc is not None else 0.0)
    if len(best_hits) == k and key[best_hits].min() > ceiling:
        units = hits[best_hits]
    else:
        units = union_sorted(hits[best_hits], _around(index, hits, hit_passages, p_ids, p_scores, d_ids, d_scores, rank, k))
    held = _held(hits, units)
    base, key = rank(gather(hits, hit_scores, units), gather(p_ids, p_scores, index.unit_passage[units]),
                     gather(d_ids, d_scores, index.unit_doc[units]), index.unit_doc[units], held)
    order = best_first(key, k)
    return units[order], base[order]


def _around(index, hits, hit_passages, p_ids, p_scores, d_ids, d_scores, rank, k) -> np.ndarray:
    """The units that hold no term in the ``k`` best scoring passages that have such units (they all tie)."""
    scoring = p_ids[p_scores > 0].astype(np.int64)  # passages whose every unit is in play
    p_of_scoring = p_scores[p_scores > 0]
    scoring_docs = index.passage_doc(scoring)
    (d_of_scoring,) = index.documents.lookup(d_ids, d_scores, scoring_docs)
    first, stop = index.passage_bounds(scoring)
    held_in = np.searchsorted(hit_passages, scoring, "right") - np.searchsorted(hit_passages, scoring, "left")
    open_ = np.flatnonzero(stop - first > held_in)
    _, key = rank(np.zeros(len(open_)), p_of_scoring[open_], d_of_scoring[open_], scoring_docs[open_], 0.0)
    opened = np.sort(open_[best_first(key, k)])
    spans = [np.arange(a, b) for a, b in zip(first[opened].tolist(), stop[opened].tolist())]
    around = np.concatenate(spans) if spans else np.zeros(0, dtype=np.int64)
    return around[_held(hits, around) == 0]
