"""Names a question gives that the corpus never says as such: "Clawshot Princess" where the corpus only
says "Twilight Princess" and "the Clawshot", each word a name of its own."""

import re
from collections.abc import Callable
from functools import reduce

import numpy as np

from qa.index.corpus_index import CorpusIndex
from qa.text.fold import fold_case_kept
from qa.text.tokens import Analyzer

MAX_SHARED = 200  # words of a name that share more sentences than this are taken to be said together somewhere
SAMPLE = 8  # sentences read to tell whether the corpus writes a word as a name


def _parts(name: str) -> list[str]:
    """A name cut at its possessives, less a leading "the": "the Rhine's Delta" -> ["Rhine", "Delta"]."""
    return [p for p in (re.sub(r"^[Tt]he\s+", "", p.strip()) for p in re.split(r"['’]s\b", name)) if p]


def _said_together(index: CorpusIndex, terms: list[str]) -> bool:
    """Do the terms come one after another in some sentence (the forward index leaves out stopwords, so
    "Ocarina of Time" is "ocarina", "time")? True also when they share too many sentences to look at."""
    ids = [index.sentences.vocab[t] for t in terms]
    shared = reduce(np.intersect1d, (index.sentences.postings(t)[0] for t in terms))
    if len(shared) > MAX_SHARED:
        return True
    wanted = np.array(ids)
    for u in shared.tolist():
        row = np.asarray(index.unit_term_ids[index.unit_term_indptr[u] : index.unit_term_indptr[u + 1]])
        starts = np.flatnonzero(row[: len(row) - len(wanted) + 1] == wanted[0])
        if any((row[s : s + len(wanted)] == wanted).all() for s in starts.tolist()):
            return True
    return False


def _written_as_name(index: CorpusIndex, quote_of: Callable[[int], str], word: str, term: str) -> bool:
    """Does the corpus write ``word`` capitalised inside a sentence ("the Clawshot", not "Enemies react")?"""
    pattern = re.compile(rf"(?<=\S\s)\b{re.escape(word)}\b")
    units = index.sentences.postings(term)[0][:SAMPLE]
    return any(pattern.search(fold_case_kept(quote_of(int(u)))) for u in units)


def unsaid_names(names: list[str], index: CorpusIndex, analyzer: Analyzer, quote_of: Callable[[int], str]) -> list[str]:
    """The names of two or more words, each of them a name the corpus knows, that it never says together."""
    out = []
    for part in (p for name in names for p in _parts(name)):
        words = [w for w in re.findall(r"[^\W_][\w-]*", fold_case_kept(part)) if analyzer.term(w.lower())]
        terms = [analyzer.term(w.lower()) for w in words]
        if len(set(terms)) < 2 or not all(t in index.sentences.vocab for t in terms):
            continue
        if not _said_together(index, terms) and all(
                _written_as_name(index, quote_of, w, t) for w, t in zip(words, terms) if w[0].isupper()):
            out.append(part)
    return out
