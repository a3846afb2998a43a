"""Open the index of a corpus: load it if current, rebuild it if missing, stale or corrupt."""

import hashlib
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from qa.corpus import reader
from qa.errors import StoredIndexError
from qa.index import store
from qa.index.build import build_index
from qa.index.corpus_index import CorpusIndex

_PACKAGE = Path(__file__).resolve().parent.parent
# The code whose behaviour is baked into an index: change it and old indexes are rebuilt.
_INDEXING_CODE = ("corpus", "text", "index/build.py", "index/bm25.py", "index/store.py")


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


def open_index(
    corpus: Path,
    folder: Path,
    *,
    rebuild: bool = False,
    notify: Callable[[str], None] = lambda message: None,
    progress: Callable[[int, int], None] | None = None,
) -> CorpusIndex:
    """The up-to-date index of ``corpus`` stored in ``folder``.

    ``notify`` hears why an index was rebuilt (corrupt file, changed corpus or
    qa code) and which files a new build skipped; a missing index is simply built.
    """
    if not rebuild and store.exists(folder):
        try:
            header = store.read_header(folder)
            current = reader.fingerprint(reader.discover(corpus))
            if header.get("code") != code_version():
                notify("index was built by another version of qa; rebuilding")
            elif header.get("fingerprint") != current:
                notify("corpus changed since the index was built; rebuilding")
            else:
                index = store.load(folder, header)
                index.root = corpus
                return index
        except StoredIndexError as exc:
            notify(f"{exc}; rebuilding")
        except FileNotFoundError:  # removed while we looked: simply build it
            pass
    index = build_index(corpus, progress)
    store.save(index, folder, code=code_version())
    for doc_id, reason in index.skipped[:SKIPPED_SHOWN]:
        notify(f"skipped {doc_id}: {reason}")
    if len(index.skipped) > SKIPPED_SHOWN:
        notify(f"... and {len(index.skipped) - SKIPPED_SHOWN} more files skipped (`qa index` lists them all)")
    return index
