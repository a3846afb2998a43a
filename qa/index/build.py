"""Corpus folder -> :class:`CorpusIndex` (clean, split, tokenize, BM25 at three levels)."""

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

from qa.corpus import reader
from qa.corpus.clean import clean
from qa.errors import CorpusError
from qa.index.bm25 import BM25Matrix
from qa.text.thesaurus import synonym_groups
from qa.text.tokens import Analyzer
from qa.text.wordlists import CAPITALS, LIGHT_WORDS, MONTHS

KINDS = ("sentence", "heading")
# Consecutive units of one paragraph grouped into a passage.
PASSAGE_UNITS = 3


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

    @property
    def n_units(self) -> int:
        return len(self.unit_doc)


def build_index(root: Path, progress: Callable[[int, int], None] | None = None) -> CorpusIndex:
    """Read, clean and index every usable file under ``root``.

    Unusable files (binary, undecodable, too large) are skipped with a reason;
    a corpus with no usable sentence is a :class:`CorpusError`.
    """
    started = time.perf_counter()
    files = reader.discover(root)
    analyzer = Analyzer()
    docs: list[DocRecord] = []
    skipped: list[tuple[str, str]] = []
    unit_rows: list[tuple[int, int, int, int, int]] = []
    unit_terms: list[list[str]] = []
    passage_terms: list[list[str]] = []
    doc_terms: list[list[str]] = []
    for n, f in enumerate(files):
        if progress:
            progress(n, len(files))
        try:
            text = reader.read_text(f)
        except CorpusError as exc:
            skipped.append((f.doc_id, str(exc)))
            continue
        cleaned = clean(text, analyzer)
        if not cleaned.units:
            skipped.append((f.doc_id, "no article text"))
            continue
        d = len(docs)
        docs.append(DocRecord(f.doc_id, cleaned.title, cleaned.date, cleaned.source, f.size, f.mtime_ns, len(cleaned.dropped)))
        all_terms: list[str] = []
        last_para, in_passage = None, PASSAGE_UNITS
        for u in cleaned.units:
            terms = analyzer.terms(text[u.start : u.end])
            if u.para != last_para or in_passage == PASSAGE_UNITS:
                passage_terms.append([])
                last_para, in_passage = u.para, 0
            in_passage += 1
            passage_terms[-1].extend(terms)
            unit_rows.append((d, u.start, u.end, KINDS.index(u.kind), len(passage_terms) - 1))
            unit_terms.append(terms)
            all_terms.extend(terms)
        doc_terms.append(all_terms)
    if progress:
        progress(len(files), len(files))
    for word in [w for group in synonym_groups() for w in group] + sorted(LIGHT_WORDS) + sorted(MONTHS) + sorted(CAPITALS):
        analyzer.term(word)  # so queries find these stems without loading the stemmer
    if not unit_rows:
        why = f" ({len(skipped)} files skipped)" if skipped else ""
        raise CorpusError(f"no usable text in {root}: it needs .txt or .md files with sentences{why}")
    rows = np.asarray(unit_rows, dtype=np.int64)
    return CorpusIndex(
        root=root,
        fingerprint=reader.fingerprint(files),
        built_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        build_seconds=round(time.perf_counter() - started, 3),
        docs=docs,
        unit_doc=rows[:, 0].astype(np.int32),
        unit_start=rows[:, 1],
        unit_end=rows[:, 2],
        unit_kind=rows[:, 3].astype(np.int8),
        unit_passage=rows[:, 4].astype(np.int32),
        sentences=BM25Matrix.build(unit_terms),
        passages=BM25Matrix.build(passage_terms),
        documents=BM25Matrix.build(doc_terms),
        stems=analyzer.stems,
        skipped=skipped,
    )
