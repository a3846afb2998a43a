"""Corpus folder -> :class:`CorpusIndex` (clean, split, tokenize, BM25 at three levels).

Files are cleaned and tokenized in batches (:mod:`qa.index.batches`), by worker
processes for a large corpus (:mod:`qa.index.workers`); files unchanged since
the previous index are copied from it instead (:mod:`qa.index.reuse`). The
merged term ids become BM25 postings at sentence, passage and document level.
"""

import time
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

from qa.corpus import reader
from qa.errors import CorpusError
from qa.index import reuse
from qa.index.batches import Merger, file_chunks, serial
from qa.index.bm25 import BM25Matrix, count_postings, group_postings
from qa.index.corpus_index import CorpusIndex
from qa.index.workers import WorkerFailed, parallel, worker_count
from qa.text.tokens import Analyzer


def build_index(
    root: Path,
    progress: Callable[[int, int], None] | None = None,
    *,
    folder: Path | None = None,
    previous: CorpusIndex | None = None,
) -> CorpusIndex:
    """Read, clean and index every usable file under ``root``.

    Unusable files (binary, undecodable, too large) are skipped with a reason;
    a corpus with no usable sentence is a :class:`CorpusError`. ``progress``
    hears ``(files done, files to read)`` as the build goes. Texts the index
    must keep (HTML, other encodings) are stored under ``folder``, the index
    folder. With ``previous`` (this corpus's last index, file tables loaded),
    only new and changed files are read.
    """
    started = time.perf_counter()
    files = reader.discover(root)
    old = reuse.Previous(previous) if previous is not None and previous.files is not None else None
    runs = reuse.plan(files, old)
    to_read = [f for run in runs if run.reuse is None for f in run.files]
    try:
        merged = _merge(runs, old, worker_count(to_read), progress, folder)
    except WorkerFailed:
        # Workers cannot run here (or hit a bug): build in this process, which
        # either succeeds or raises the real error with its traceback.
        merged = _merge(runs, old, 1, progress, folder)
    if progress:
        progress(len(to_read), len(to_read))
    if not merged.docs:
        skipped = merged.skipped
        why = f" ({len(skipped)} files skipped)" if skipped else ""
        raise CorpusError(f"no usable text in {root}: it needs .txt, .md or .html files with sentences{why}")
    analyzer = Analyzer(merged.stems)
    for word in _query_words():
        analyzer.term(word)  # so queries find these stems without loading the stemmer
    unit_doc = merged.array("doc", np.int32)
    unit_passage = merged.array("passage", np.int32)
    lengths = merged.array("lengths", np.int32)
    tokens = merged.array("tokens", np.int32)
    vocab = dict(merged.vocab)  # a plain dict: a missing term must not get a number
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
        files=merged.files,
        file_word_indptr=np.concatenate([[0], np.cumsum(merged.array("nwords", np.int32), dtype=np.int64)]),
        file_word_ids=merged.array("words", np.int32),
        folder=folder,
    )


def _merge(runs: list[reuse.Run], previous: reuse.Previous | None, workers: int, progress, folder) -> Merger:
    """The runs' batches merged in file order: reused runs copied, the others read (by ``workers`` processes)."""
    chunks = [file_chunks(run.files) if run.reuse is None else [] for run in runs]
    todo = [chunk for run_chunks in chunks for chunk in run_chunks]
    fresh = serial(todo, progress, folder) if workers == 1 else parallel(todo, workers, progress, folder)
    merged = Merger()
    try:
        for run, run_chunks in zip(runs, chunks):
            if run.reuse is not None:
                merged.add(reuse.batch(previous, run))
            for _ in run_chunks:
                merged.add(next(fresh))
    finally:
        fresh.close()
    return merged


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
