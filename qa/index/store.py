"""Save and load a :class:`CorpusIndex` as one ``.npz`` file (arrays + a JSON header).

No pickle anywhere: arrays are loaded with ``allow_pickle=False`` and the
header is JSON. The file is written to a temporary name and renamed over the
old one, so a reader sees the old index or the new one, never half of one.
"""

import io
import json
import os
import tempfile
import zipfile
from pathlib import Path

import numpy as np

from qa.errors import StoredIndexError
from qa.index.bm25 import BM25Matrix
from qa.index.build import CorpusIndex, DocRecord

FORMAT = "qa-index"
# Bump when the file layout changes (code changes are caught by the manager's code hash).
VERSION = 1
INDEX_FILE = "qa-index.npz"
_LEVELS = ("sentences", "passages", "documents")
_UNIT_ARRAYS = ("unit_doc", "unit_start", "unit_end", "unit_kind", "unit_passage")


def save(index: CorpusIndex, folder: Path, code: str = "") -> Path:
    """Write the index atomically; ``code`` identifies the qa code that built it."""
    folder.mkdir(parents=True, exist_ok=True)
    header = {
        "format": FORMAT,
        "version": VERSION,
        "code": code,
        "fingerprint": index.fingerprint,
        "root": str(index.root),
        "built_at": index.built_at,
        "build_seconds": index.build_seconds,
        "docs": [vars(d) for d in index.docs],
        "skipped": index.skipped,
        "stems": index.stems,
        "levels": {
            name: {"vocab": list(getattr(index, name).vocab), "n_docs": getattr(index, name).n_docs}
            for name in _LEVELS
        },
    }
    arrays = {"header": np.frombuffer(json.dumps(header).encode(), dtype=np.uint8)}
    arrays.update({name: getattr(index, name) for name in _UNIT_ARRAYS})
    for name in _LEVELS:
        m: BM25Matrix = getattr(index, name)
        arrays[f"{name}.indptr"] = m.indptr
        arrays[f"{name}.doc_ids"] = m.doc_ids
        arrays[f"{name}.weights"] = m.weights
    target = folder / INDEX_FILE
    fd, tmp = tempfile.mkstemp(prefix=".qa-index-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            np.savez(fh, **arrays)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def read_header(path: Path) -> dict:
    """The JSON header alone (cheap enough to check staleness before loading arrays)."""
    try:
        with zipfile.ZipFile(path) as zf, zf.open("header.npy") as fh:
            raw = np.load(io.BytesIO(fh.read()), allow_pickle=False)
        header = json.loads(raw.tobytes())
    except FileNotFoundError:
        raise
    except Exception as exc:  # any damage to the file is reported the same way
        raise StoredIndexError(f"index file {path} is corrupt ({type(exc).__name__})") from None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise StoredIndexError(f"index file {path} is not a qa index")
    return header


def load(path: Path, header: dict | None = None) -> CorpusIndex:
    header = header or read_header(path)
    try:
        with np.load(path, allow_pickle=False) as z:
            arrays = {name: z[name] for name in z.files if name != "header"}
        levels = {}
        for name in _LEVELS:
            meta = header["levels"][name]
            vocab = {t: i for i, t in enumerate(meta["vocab"])}
            m = BM25Matrix(vocab, arrays[f"{name}.indptr"], arrays[f"{name}.doc_ids"], arrays[f"{name}.weights"], meta["n_docs"])
            _check_matrix(m)
            levels[name] = m
        index = CorpusIndex(
            root=Path(header["root"]),
            fingerprint=header["fingerprint"],
            built_at=header["built_at"],
            build_seconds=header["build_seconds"],
            docs=[DocRecord(**d) for d in header["docs"]],
            **{name: arrays[name] for name in _UNIT_ARRAYS},
            **levels,
            stems=header["stems"],
            skipped=[tuple(s) for s in header["skipped"]],
        )
        _check_units(index)
    except Exception as exc:  # damaged arrays, missing keys, failed consistency checks
        reason = str(exc) if isinstance(exc, StoredIndexError) else f"{type(exc).__name__}: {exc}"
        raise StoredIndexError(f"index file {path} is corrupt ({reason})") from None
    return index


def _check_matrix(m: BM25Matrix) -> None:
    if len(m.indptr) != len(m.vocab) + 1 or m.indptr[-1] != len(m.doc_ids) or len(m.weights) != len(m.doc_ids):
        raise StoredIndexError("index arrays do not agree in length")
    if len(m.doc_ids) and (m.doc_ids.min() < 0 or m.doc_ids.max() >= m.n_docs):
        raise StoredIndexError("index postings point outside the corpus")


def _check_units(index: CorpusIndex) -> None:
    n = index.n_units
    if any(len(getattr(index, name)) != n for name in _UNIT_ARRAYS) or index.sentences.n_docs != n:
        raise StoredIndexError("index unit arrays do not agree in length")
    if n and (index.unit_doc.max() >= len(index.docs) or index.unit_passage.max() >= index.passages.n_docs):
        raise StoredIndexError("index units point outside the corpus")
