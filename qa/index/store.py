"""Save and load a :class:`CorpusIndex` as a folder of ``.npy`` arrays and JSON files.

Layout of an index folder::

    qa-index.current          the name of the live generation (a one-line text file)
    qa-index.lock             present while a process builds (:mod:`qa.index.lock`)
    texts/                    stored texts of converted documents (:mod:`qa.index.texts`)
    qa-index-<id>/            one generation
        header.json           format, version, code hash, corpus fingerprint, documents,
                              the size of every other file, checksums of what a rebuild reuses
        terms.json            the vocabulary (shared by the three levels) and the stem table
        files.json            every corpus file as read: size, time, hash, document, note
        unit_doc.npy ...      the unit arrays
        file_word_indptr.npy, file_word_ids.npy   the words each file looked up (stem table ids)
        sentences.indptr.npy, sentences.doc_ids.npy, sentences.tfs.npy, sentences.idf.npy,
        sentences.norm.npy, ... (per level)

Opening even a large index reads only its JSON. The arrays a question reads a
short run of (postings, each unit's terms, each file's words) are then read a
slice at a time (:class:`~qa.index.diskarray.DiskArray`), unless they are
small enough to read whole; the others are memory-mapped (``np.load(mmap_mode="r",
allow_pickle=False)``). No pickle anywhere. A file of the wrong size is caught
when the index is opened; what a rebuild copies from the index
(:mod:`qa.index.reuse`) is checked against its checksum first.

Writes are atomic: a generation is written under a temporary name, renamed,
and only then named in ``qa-index.current`` (itself replaced with
``os.replace``), so a reader sees the old index or the new one, never half of
one. Old generations are removed after the switch; a reader that still maps
them keeps working (POSIX), and one that finds its generation gone reads the
pointer again.
"""

import hashlib
import json
import os
import shutil
import time
from dataclasses import astuple
from pathlib import Path

import numpy as np

from qa.errors import StoredIndexError
from qa.index.bm25 import BM25Matrix
from qa.index.corpus_index import CorpusIndex, DocRecord, FileRecord
from qa.index.diskarray import DiskArray

FORMAT = "qa-index"
# Bump when the layout changes (code changes are caught by the manager's code hash).
VERSION = 5
POINTER = "qa-index.current"
GENERATION_PREFIX = "qa-index-"
LEGACY_FILES = ("qa-index.npz",)  # version 1: one .npz file, removed when a new index is saved
HEADER = "header.json"
TERMS = "terms.json"
FILES = "files.json"
_LEVELS = ("sentences", "passages", "documents")
_UNIT_ARRAYS = {"unit_doc": "int32", "unit_start": "int64", "unit_end": "int64", "unit_kind": "int8", "unit_passage": "int32"}
# (tfs: the narrowest unsigned type that holds them)
_LEVEL_ARRAYS = {"indptr": "int64", "doc_ids": "int32", "tfs": None, "idf": "float64", "norm": "float64"}
_FORWARD_ARRAYS = {"unit_term_indptr": "int64", "unit_term_ids": "int32"}
_FILE_ARRAYS = {"file_word_indptr": "int64", "file_word_ids": "int32"}
# Arrays read a slice at a time (when larger than _WHOLE_BYTES; smaller ones are read whole).
_BY_SLICE = ("unit_term_ids", "file_word_ids", *(f"{level}.{part}" for level in _LEVELS for part in ("doc_ids", "tfs")))
_WHOLE_BYTES = 1 << 20
# What a rebuild copies from the previous index (verified against checksums before it does).
_REUSED = (TERMS, FILES, *(f"{name}.npy" for name in (*_UNIT_ARRAYS, *_FORWARD_ARRAYS, *_FILE_ARRAYS)))
# Abandoned generations (a crashed or concurrent writer) older than this are swept away.
_STALE_SECONDS = 600


def _arrays(index: CorpusIndex) -> dict[str, np.ndarray]:
    out = {name: np.ascontiguousarray(getattr(index, name), dtype=dtype) for name, dtype in _UNIT_ARRAYS.items()}
    for group in (_FORWARD_ARRAYS, _FILE_ARRAYS):
        if all(getattr(index, name) is not None for name in group):
            out.update({name: np.ascontiguousarray(getattr(index, name), dtype=dtype) for name, dtype in group.items()})
    for level in _LEVELS:
        m: BM25Matrix = getattr(index, level)
        for part, dtype in _LEVEL_ARRAYS.items():
            out[f"{level}.{part}"] = np.ascontiguousarray(getattr(m, part), dtype=dtype)
    return out


def _write_json(path: Path, obj) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(obj, fh, ensure_ascii=False, separators=(",", ":"))
        fh.flush()
        os.fsync(fh.fileno())


def _file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:  # not possible on every platform; the data itself is already synced
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def save(index: CorpusIndex, folder: Path, code: str = "", abandoned_after: float = _STALE_SECONDS) -> Path:
    """Write the index as a new generation and switch to it atomically; returns the generation folder.

    ``code`` identifies the qa code that built it. Temporary files older than
    ``abandoned_after`` seconds are a crashed writer's and are removed (the
    holder of the build lock knows any other one is abandoned: 0).
    """
    folder.mkdir(parents=True, exist_ok=True)
    shared = index.sentences.vocab
    header = {
        "format": FORMAT,
        "version": VERSION,
        "code": code,
        "fingerprint": index.fingerprint,
        "root": str(index.root),
        "built_at": index.built_at,
        "build_seconds": index.build_seconds,
        "docs": [vars(d) for d in index.docs],
        "skipped": [list(s) for s in index.skipped],
        "levels": {name: {"n_docs": getattr(index, name).n_docs, "k1": getattr(index, name).k1} for name in _LEVELS},
    }
    terms = {"vocab": list(shared), "stems": index.stems, "level_vocab": {}}
    for name in _LEVELS[1:]:
        vocab = getattr(index, name).vocab
        if vocab is not shared and vocab != shared:
            terms["level_vocab"][name] = list(vocab)
    arrays = _arrays(index)
    header["arrays"] = {name: [str(a.dtype), list(a.shape)] for name, a in arrays.items()}
    token = f"{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}-{os.urandom(4).hex()}"
    tmp = folder / f".tmp-{GENERATION_PREFIX}{token}"
    final = folder / f"{GENERATION_PREFIX}{token}"
    try:
        tmp.mkdir()
        for name, a in arrays.items():
            with open(tmp / f"{name}.npy", "wb") as fh:
                np.save(fh, a, allow_pickle=False)
                fh.flush()
                os.fsync(fh.fileno())
        _write_json(tmp / TERMS, terms)
        if index.files is not None:
            _write_json(tmp / FILES, {"files": [astuple(f) for f in index.files]})
        header["sizes"] = {p.name: p.stat().st_size for p in tmp.iterdir()}
        header["checksums"] = {name: _file_digest(tmp / name) for name in _REUSED if name in header["sizes"]}
        _write_json(tmp / HEADER, header)  # written last: a generation with a header is complete
        _fsync_dir(tmp)
        os.replace(tmp, final)
        previous = pointed(folder)
        pointer_tmp = folder / f".tmp-{POINTER}-{token}"
        with open(pointer_tmp, "w", encoding="utf-8") as fh:
            fh.write(final.name + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(pointer_tmp, folder / POINTER)
        _fsync_dir(folder)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        if pointed(folder) != final.name:
            shutil.rmtree(final, ignore_errors=True)
        for leftover in folder.glob(f".tmp-{POINTER}-{token}"):
            leftover.unlink(missing_ok=True)
        raise
    _sweep(folder, keep=final.name, previous=previous, abandoned_after=abandoned_after)
    return final


def pointed(folder: Path) -> str | None:
    """The name in the pointer file (None: no index; "": unreadable)."""
    try:
        name = (folder / POINTER).read_text(encoding="utf-8").strip()
    except (FileNotFoundError, NotADirectoryError):
        return None
    except (OSError, UnicodeDecodeError):
        return ""
    return name


def _sweep(folder: Path, keep: str, previous: str | None, abandoned_after: float) -> None:
    """Remove the generation just replaced, abandoned ones, and a version-1 index file."""
    now = time.time()
    for entry in folder.iterdir():
        name = entry.name
        if name == keep:
            continue
        ours = name.startswith((GENERATION_PREFIX, f".tmp-{GENERATION_PREFIX}", f".tmp-{POINTER}-"))
        if name in LEGACY_FILES:
            entry.unlink(missing_ok=True)
        elif ours and (name == previous or _age(entry, now) > abandoned_after):
            if entry.is_dir():
                shutil.rmtree(entry, ignore_errors=True)  # a mapped file may refuse (Windows): next time
            else:
                entry.unlink(missing_ok=True)


def _age(path: Path, now: float) -> float:
    try:
        return now - path.stat().st_mtime
    except OSError:
        return 0.0


def _generation(location: Path) -> Path:
    """The live generation folder of an index folder (``location`` may also be its pointer file)."""
    folder = location.parent if location.name == POINTER else location
    name = pointed(folder)
    if name is None:
        raise FileNotFoundError(folder / POINTER)
    if not name.startswith(GENERATION_PREFIX) or "/" in name or "\\" in name or name in (".", ".."):
        raise StoredIndexError(f"index in {folder} is corrupt (bad pointer file)")
    return folder / name


def exists(folder: Path) -> bool:
    return (folder / POINTER).exists()


def read_header(location: Path) -> dict:
    """The header alone (cheap enough to check staleness before loading arrays).

    ``location`` is the index folder (or its pointer file). The header knows
    which generation it came from, so :func:`load` reads the same one.
    """
    generation = _generation(location)
    try:
        try:
            fh = open(generation / HEADER, encoding="utf-8")
        except FileNotFoundError:
            newer = _generation(location)  # replaced while we looked: read the new one
            if newer == generation:
                raise
            generation = newer
            fh = open(generation / HEADER, encoding="utf-8")
        with fh:
            header = json.load(fh)
    except FileNotFoundError:
        raise StoredIndexError(f"index in {generation.parent} is corrupt (missing {generation.name}/{HEADER})") from None
    except Exception as exc:  # any damage to the file is reported the same way
        raise StoredIndexError(f"index in {generation.parent} is corrupt ({type(exc).__name__})") from None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise StoredIndexError(f"index in {generation.parent} is not a qa index")
    if header.get("version") != VERSION:
        raise StoredIndexError(f"index in {generation.parent} has layout version {header.get('version')}, not {VERSION}")
    header["_generation"] = str(generation)
    return header


def load(location: Path, header: dict | None = None) -> CorpusIndex:
    """The index stored in ``location`` (an index folder or its pointer file); large arrays stay on disk."""
    for attempt in range(3):
        header = header or read_header(location)
        try:
            return _load(Path(header["_generation"]), header)
        except FileNotFoundError:  # replaced by a newer generation meanwhile: follow the pointer again
            if attempt == 2:
                raise StoredIndexError(f"index in {location} is corrupt (files missing)") from None
            header = None
    raise AssertionError("unreachable")


def _load(generation: Path, header: dict) -> CorpusIndex:
    try:
        for name, size in header["sizes"].items():
            if (generation / name).stat().st_size != size:
                raise StoredIndexError(f"{name} has been truncated or changed")
        with open(generation / TERMS, encoding="utf-8") as fh:
            terms = json.load(fh)
        on_disk, arrays = {}, {}
        for name, (dtype, shape) in header["arrays"].items():
            disk = on_disk[name] = DiskArray(generation / f"{name}.npy")
            if str(disk.dtype) != dtype or list(disk.shape) != shape:
                raise StoredIndexError(f"array {name} is not {dtype}{shape}")
            if disk.shape[0] * disk.dtype.itemsize <= _WHOLE_BYTES:
                arrays[name] = disk[:]
            elif name in _BY_SLICE:
                arrays[name] = disk
            else:  # a plain ndarray over the mapping: np.memmap's Python-level __getitem__ slows scalar reads
                arrays[name] = np.load(disk.path, mmap_mode="r", allow_pickle=False).view(np.ndarray)
        shared = {t: i for i, t in enumerate(terms["vocab"])}
        levels = {}
        for name in _LEVELS:
            own = terms["level_vocab"].get(name)
            vocab = shared if own is None else {t: i for i, t in enumerate(own)}
            m = BM25Matrix(vocab, *(arrays[f"{name}.{part}"] for part in _LEVEL_ARRAYS), k1=header["levels"][name]["k1"])
            _check_matrix(m, header["levels"][name]["n_docs"], on_disk[f"{name}.doc_ids"])
            levels[name] = m
        index = CorpusIndex(
            root=Path(header["root"]),
            fingerprint=header["fingerprint"],
            built_at=header["built_at"],
            build_seconds=header["build_seconds"],
            docs=[DocRecord(**d) for d in header["docs"]],
            **{name: arrays[name] for name in _UNIT_ARRAYS},
            **levels,
            stems=terms["stems"],
            skipped=[tuple(s) for s in header["skipped"]],
            **{name: arrays[name] for name in _FORWARD_ARRAYS},
            **{name: arrays.get(name) for name in _FILE_ARRAYS},
            folder=generation.parent,
        )
        _check_units(index, on_disk)
    except FileNotFoundError:
        raise
    except Exception as exc:  # damaged arrays, missing keys, failed consistency checks
        reason = str(exc) if isinstance(exc, StoredIndexError) else f"{type(exc).__name__}: {exc}"
        raise StoredIndexError(f"index in {generation.parent} is corrupt ({reason})") from None
    return index


def load_files(index: CorpusIndex, header: dict) -> None:
    """Give a loaded index its file table, for a rebuild that copies unchanged files from it.

    What would be copied is first checked against the checksums taken when it
    was saved, so damage is not carried into the next index.
    """
    generation = Path(header["_generation"])
    try:
        for name, expected in header["checksums"].items():
            if _file_digest(generation / name) != expected:
                raise StoredIndexError(f"{name} does not match its checksum")
        with open(generation / FILES, encoding="utf-8") as fh:
            index.files = [FileRecord(*f) for f in json.load(fh)["files"]]
        _check_files(index)
    except Exception as exc:  # missing, damaged or inconsistent: the rebuild reads every file instead
        index.files = None
        reason = str(exc) if isinstance(exc, StoredIndexError) else f"{type(exc).__name__}: {exc}"
        raise StoredIndexError(f"index in {generation.parent} is corrupt ({reason})") from None


def _check_files(index: CorpusIndex) -> None:
    ptr, ids, files = index.file_word_indptr, index.file_word_ids, index.files
    if ptr is None or len(ptr) != len(files) + 1 or ptr[0] != 0 or ptr[-1] != len(ids) or bool((np.diff(ptr) < 0).any()):
        raise StoredIndexError("file tables do not agree in length")
    if not _within(ids, 0, len(index.stems)):
        raise StoredIndexError("file words point outside the stem table")
    if [(f.doc_id, f.doc) for f in files if f.doc >= 0] != [(d.doc_id, n) for n, d in enumerate(index.docs)]:
        raise StoredIndexError("file table does not match the documents")


def _check_matrix(m: BM25Matrix, n_docs: int, doc_ids: DiskArray) -> None:
    if len(m.indptr) != len(m.vocab) + 1 or len(m.idf) != len(m.vocab) or m.n_docs != n_docs:
        raise StoredIndexError("index arrays do not agree in length")
    if m.indptr[-1] != len(m.doc_ids) or len(m.tfs) != len(m.doc_ids):
        raise StoredIndexError("index arrays do not agree in length")
    if len(m.indptr) and m.indptr[0] != 0 or len(m.indptr) > 1 and bool((np.diff(m.indptr) < 0).any()):
        raise StoredIndexError("index postings are out of order")
    if not _within(doc_ids, 0, m.n_docs):
        raise StoredIndexError("index postings point outside the corpus")


def _check_units(index: CorpusIndex, on_disk: dict[str, DiskArray]) -> None:
    """Consistency of the unit arrays (values are read through ``on_disk``, so that nothing stays resident)."""
    n = index.n_units
    if any(len(getattr(index, name)) != n for name in _UNIT_ARRAYS) or index.sentences.n_docs != n:
        raise StoredIndexError("index unit arrays do not agree in length")
    if not (_within(on_disk["unit_doc"], 0, len(index.docs)) and _within(on_disk["unit_passage"], 0, index.passages.n_docs)):
        raise StoredIndexError("index units point outside the corpus")
    if index.documents.n_docs != len(index.docs):
        raise StoredIndexError("index documents do not agree in number")
    if index.unit_term_ids is not None:
        ptr, ids = index.unit_term_indptr, index.unit_term_ids
        if len(ptr) != n + 1 or ptr[0] != 0 or ptr[-1] != len(ids) or not _ascending(on_disk["unit_term_indptr"]):
            raise StoredIndexError("index forward arrays do not agree in length")
        if not _within(on_disk["unit_term_ids"], 0, len(index.sentences.vocab)):
            raise StoredIndexError("index forward arrays point outside the vocabulary")


_READ_CHUNK = 1 << 22  # values per read when checking an array


def _chunks(a: DiskArray | np.ndarray, overlap: int = 0):
    """``a`` in slices of _READ_CHUNK values, each starting ``overlap`` values early."""
    for start in range(0, len(a), _READ_CHUNK):
        yield a[max(0, start - overlap) : start + _READ_CHUNK]


def _within(a: DiskArray | np.ndarray, lo: int, hi: int) -> bool:
    """Every value of ``a`` is in ``[lo, hi)``."""
    return all(chunk.min() >= lo and chunk.max() < hi for chunk in _chunks(a))


def _ascending(a: DiskArray) -> bool:
    """The values of ``a`` never decrease."""
    return not any(bool((np.diff(chunk) < 0).any()) for chunk in _chunks(a, overlap=1))
