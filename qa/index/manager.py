"""Open the index of a corpus: load it if current, rebuild it if missing, stale or corrupt.

A rebuild reads only changed files (:mod:`qa.index.reuse`) and runs in one
process at a time (:mod:`qa.index.lock`); opening a current index never waits for it.
"""

import hashlib
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from qa.corpus import reader
from qa.errors import StoredIndexError
from qa.index import store, texts
from qa.index.corpus_index import CorpusIndex, FileRecord
from qa.index.lock import build_lock

_PACKAGE = Path(__file__).resolve().parent.parent
# The code whose behaviour is baked into an index: change it and old indexes are rebuilt.
_INDEXING_CODE = ("corpus", "text", "index/build.py", "index/batches.py", "index/reuse.py", "index/texts.py", "index/bm25.py",
                  "index/store.py")


# Files that count: code, and the word lists it reads (qa/text/data/*.txt); never __pycache__.
_CODE_SUFFIXES = (".py", ".txt", ".json")


@lru_cache(maxsize=1)
def code_version() -> str:
    h = hashlib.sha256(str(store.VERSION).encode())
    for name in _INDEXING_CODE:
        path = _PACKAGE / name
        files = [path] if not path.is_dir() else sorted(
            f for f in path.rglob("*") if f.suffix in _CODE_SUFFIXES and "__pycache__" not in f.parts and f.is_file())
        for f in files:
            h.update(f.relative_to(_PACKAGE).as_posix().encode() + b"\0")
            h.update(f.read_bytes())
    return h.hexdigest()[:16]


SKIPPED_SHOWN = 10
# Stored texts no index names any more are kept this long for readers of an older index.
TEXTS_KEPT_SECONDS = 600


def open_index(
    corpus: Path,
    folder: Path,
    *,
    rebuild: bool = False,
    notify: Callable[[str], None] = lambda message: None,
    progress: Callable[[int, int], None] | None = None,
) -> CorpusIndex:
    """The up-to-date index of ``corpus`` stored in ``folder``.

    A current index is loaded without waiting for anything: a build elsewhere
    swaps its result in atomically. Otherwise this process takes the build
    lock, waiting while another process builds, and uses that build's result
    when it is current; else it builds, reading only the files changed since
    the previous index (every file when ``rebuild`` asks for a fresh build).
    ``notify`` hears why an index was rebuilt (corrupt file, changed corpus or
    qa code), that it waits for another process, and which files a new build
    skipped or read with a warning; a missing index is simply built.
    """
    if not rebuild:
        index = _current(corpus, folder, notify)
        if index is not None:
            return index
    before = store.pointed(folder)
    try:
        with build_lock(folder, notify):
            if not rebuild or store.pointed(folder) != before:  # built by another process meanwhile?
                index = _current(corpus, folder, lambda message: None)
                if index is not None:
                    return index
            previous = None if rebuild else _previous(folder, notify)
            from qa.index.build import build_index  # the build pipeline; opening a current index skips it

            index = build_index(corpus, progress, folder=folder, previous=previous)
            store.save(index, folder, code=code_version(), abandoned_after=0)
            texts.sweep(folder, keep={d.text for d in index.docs if d.text}, older_than=TEXTS_KEPT_SECONDS)
    except OSError as exc:
        raise StoredIndexError(f"cannot write the index in {folder}: {exc.strerror or exc}") from None
    _report(index, notify, reported=previous.files if previous is not None else [])
    return index


def _current(corpus: Path, folder: Path, notify: Callable[[str], None]) -> CorpusIndex | None:
    """The stored index if it is whole and up to date, else None (``notify`` hears why, unless it is missing)."""
    if not store.exists(folder):
        return None
    try:
        header = store.read_header(folder)
        if header.get("code") != code_version():
            notify("index was built by another version of qa; rebuilding")
            return None
        if header.get("fingerprint") != reader.fingerprint(reader.discover(corpus)):
            notify("corpus changed since the index was built; updating it")
            return None
        index = store.load(folder, header)
    except StoredIndexError as exc:
        notify(f"{exc}; rebuilding")
        return None
    except FileNotFoundError:  # removed while we looked: simply build it
        return None
    damaged = [d.doc_id for d in index.docs if d.text and not texts.intact(folder, d.text)]
    if damaged:
        more = f" and {len(damaged) - 1} more" if len(damaged) > 1 else ""
        notify(f"the stored text of {damaged[0]}{more} is missing or damaged; rebuilding")
        return None
    index.root = corpus
    return index


def _previous(folder: Path, notify: Callable[[str], None]) -> CorpusIndex | None:
    """The stored index with its file tables, to copy unchanged files from; None when unusable."""
    try:
        header = store.read_header(folder)
        if header.get("code") != code_version():
            return None
        index = store.load(folder, header)
    except (StoredIndexError, FileNotFoundError):  # already reported by _current
        return None
    try:
        store.load_files(index, header)
    except StoredIndexError as exc:
        notify(f"{exc}; reading every file again")
        return None
    return index


def _report(index: CorpusIndex, notify: Callable[[str], None], reported: list[FileRecord]) -> None:
    """Name the files skipped or read with a warning, except those the previous build named already."""
    before = {(f.doc_id, f.note) for f in reported}
    indexed = {f.doc_id for f in index.files if f.doc >= 0}
    new = [(doc_id, note) for doc_id, note in index.skipped if (doc_id, note) not in before]
    for doc_id, note in new[:SKIPPED_SHOWN]:
        notify(f"{doc_id}: {note}" if doc_id in indexed else f"skipped {doc_id}: {note}")
    if len(new) > SKIPPED_SHOWN:
        notify(f"... and {len(new) - SKIPPED_SHOWN} more files skipped or read with a warning (`qa index` lists them all)")
