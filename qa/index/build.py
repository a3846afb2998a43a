"""Corpus folder -> :class:`CorpusIndex` (clean, split, tokenize, BM25 at three levels).

Files are cleaned and tokenized in batches (:mod:`qa.index.batches`), by worker
processes for a large corpus (:mod:`qa.index.workers`); the merged term ids
become BM25 postings at sentence, passage and document level.
"""

import time
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

from qa.corpus import reader
from qa.errors import CorpusError
from qa.index.batches import Merger, serial
from qa.index.bm25 import BM25Matrix, count_postings, group_postings
from qa.index.corpus_index import CorpusIndex
from qa.index.workers import WorkerFailed, parallel, worker_count
from qa.text.tokens import Analyzer


def build_index(root: Path, progress: Callable[[int, int], None] | None = None) -> CorpusIndex:
    """Read, clean and index every usable file under ``root``.

    Unusable files (binary, undecodable, too large) are skipped with a reason;
    a corpus with no usable sentence is a :class:`CorpusError`. ``progress``
    hears ``(files done, files in all)`` as the build goes.
    """
    started = time.perf_counter()
    files = reader.discover(root)
    workers = worker_count(files)
    merged = Merger()
    try:
        batches = serial(files, merged.stems, progress) if workers == 1 else parallel(files, workers, progress)
        for batch in batches:
            merged.add(batch)
    except WorkerFailed:
        # Workers cannot run here (or hit a bug): build in this process, which
        # either succeeds or raises the real error with its traceback.
        merged = Merger()
        for batch in serial(files, merged.stems, progress):
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
