"""Proposed changes to the answerer (measured by the benchmark, not used by qa itself).

``qa.answer.answerer.Answerer._candidates`` scores every unit densely three
times and argsorts all of them; its cost grows with the corpus. This version
gives the same candidates in the same order (bit-identical keys, same stable
tie-break) but only touches the units that can be candidates: the units that
hold a query term and the units of passages that score above zero.

:func:`nearby_terms` reads the terms of the sentences around a candidate from
the index's forward arrays (``CorpusIndex.unit_terms``) instead of
tokenizing them again for every candidate.

:func:`memo_tokens` remembers the tokens of recent texts: one question
tokenizes the same candidate several times (scoring, highlight, neighbours).

:func:`find_document` looks a document id up in a dict: ``Conversation.ask``
calls ``Engine.find_document`` after every answer, which builds two lists of
every document name (60% of an answer's time at 25,000 documents).

The benchmark patches them in (``install()``) to time them and checks that
every response is identical to the current code's; to adopt them, paste their
bodies into ``Answerer._candidates``, ``Answerer._nearby_terms``,
``Analyzer.tokens`` (or a memo in the answerer) and ``Engine.find_document``.
"""

from collections import OrderedDict

import numpy as np

from qa.answer import answerer as A
from qa.engine import Engine
from qa.index.bm25 import gather, union_sorted
from qa.text.tokens import Analyzer

TOKEN_MEMO = 4096  # texts whose tokens an analyzer keeps (a candidate is tokenized several times per question)


def _share_of_best(scores: np.ndarray) -> np.ndarray:
    # Over the touched units only: every unit left out scores 0, which changes
    # neither a positive maximum nor the "nothing positive" case.
    top = scores.max() if len(scores) else 0.0
    return np.clip(scores, 0.0, None) / top if top > 0 else np.zeros_like(scores)


def candidates(self, q, query, prefer_doc):
    idx = self.index
    terms, boosts = query.bm25_terms()
    hit_ids, hit_scores = idx.sentences.score_postings(terms, boosts)
    if not len(hit_ids):
        return []
    p_ids, p_scores = idx.passages.score_postings(terms, boosts)
    d_ids, d_scores = idx.documents.score_postings(terms, boosts)
    # Units that can be candidates: those holding a term, and those whose passage scores > 0.
    units = union_sorted(hit_ids, idx.units_of_passages(p_ids[p_scores > 0]))
    matched = np.zeros(len(units), dtype=bool)
    s = np.zeros(len(units), dtype=np.float64)
    at = np.searchsorted(units, hit_ids)
    matched[at] = True
    s[at] = hit_scores
    p = gather(p_ids, p_scores, idx.unit_passage[units])
    d = gather(d_ids, d_scores, idx.unit_doc[units])
    base = A.W_SENTENCE * _share_of_best(s) + A.W_PASSAGE * _share_of_best(p) + A.W_DOCUMENT * _share_of_best(d)
    if prefer_doc is not None:
        base = base + A.W_SAME_DOC * (idx.unit_doc[units] == prefer_doc)
    order = np.argsort(-(base + matched + (p > 0)), kind="stable")[: A.CANDIDATES]
    base_of = dict(zip(units[order].tolist(), base[order].tolist()))
    out = {u: self._candidate(u, b, q, query, terms) for u, b in base_of.items()}
    for c in list(out.values()):
        antecedent = self._antecedent(c, q, query, terms, base_of[c.unit])
        if antecedent and (antecedent.unit not in out or out[antecedent.unit].score < antecedent.score):
            out[antecedent.unit] = antecedent
    out = list(out.values())
    out.sort(key=lambda c: -c.score)
    return out


def nearby_terms(self, u: int) -> set[str]:
    """``Answerer._nearby_terms`` on the index's forward arrays: no tokenizing (same sets)."""
    idx = self.index
    doc = int(idx.unit_doc[u])
    titles = self.__dict__.setdefault("_title_terms", {})
    if doc not in titles:
        titles[doc] = frozenset(self.analyzer.terms(idx.docs[doc].title or ""))
    terms = set(titles[doc])
    for v in (u - 1, u - 2, u + 1):
        if 0 <= v < idx.n_units and idx.unit_doc[v] == doc:
            terms.update(idx.unit_terms(v))
    return terms


_plain_tokens = Analyzer.tokens
_plain_find_document = Engine.find_document


def memo_tokens(self, text: str):
    """``Analyzer.tokens`` remembering the last few thousand texts (tokens are frozen; the list is copied)."""
    memo = self.__dict__.get("_memo")
    if memo is None:
        memo = self.__dict__["_memo"] = OrderedDict()
    tokens = memo.get(text)
    if tokens is None:
        tokens = memo[text] = _plain_tokens(self, text)
        if len(memo) > TOKEN_MEMO:
            memo.popitem(last=False)
    return list(tokens)


def find_document(self, name: str) -> int:
    """``Engine.find_document`` with a dict for exact ids (what answers carry); anything else as before."""
    numbers = self.__dict__.get("_doc_numbers")
    if numbers is None:
        numbers = self.__dict__["_doc_numbers"] = {d.doc_id: n for n, d in enumerate(self.index.docs)}
    n = numbers.get(name)
    return n if n is not None else _plain_find_document(self, name)


def install(nearby: bool = True, memo: bool = True, documents: bool = True):
    """Use the proposed versions from now on (in this process)."""
    A.Answerer._candidates = candidates
    if nearby and hasattr(A.Answerer, "_nearby_terms"):
        A.Answerer._nearby_terms = nearby_terms
    if memo:
        Analyzer.tokens = memo_tokens
    if documents:
        Engine.find_document = find_document
