"""Texts stored beside the index, for documents whose file is not the text their offsets index.

An HTML page's visible text, or a file decoded from UTF-16 or Windows-1252,
is written as UTF-8 to ``texts/<hash>-<bytes>.txt`` in the index folder, and
an answer's ``source.path`` names that file, so that
``open(path, encoding="utf-8", newline="").read()[start:end] == quote``.
Texts are named by their content: a rebuild reuses an unchanged one, and a
reader of an older index keeps its texts until they are swept (unreferenced
and old). Writes are atomic (a temporary file, then ``os.replace``).
"""

import hashlib
import os
import stat
import time
from pathlib import Path

from qa.corpus import reader
from qa.errors import CorpusError

FOLDER = "texts"


def name_of(text: str) -> str:
    data = text.encode("utf-8")
    return f"{hashlib.sha256(data).hexdigest()[:32]}-{len(data)}.txt"


def write(folder: Path | None, text: str) -> str:
    """Store ``text`` under ``folder`` (the index folder; None: only name it) and return its name."""
    name = name_of(text)
    if folder is None or read(folder, name) == text:
        return name
    where = folder / FOLDER
    where.mkdir(parents=True, exist_ok=True)
    tmp = where / f".tmp-{name}-{os.getpid()}-{os.urandom(4).hex()}"
    try:
        with open(tmp, "wb") as fh:
            fh.write(text.encode("utf-8"))
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, where / name)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return name


def _expected_size(name: str) -> int:
    return int(name.rsplit("-", 1)[-1].removesuffix(".txt"))


def intact(folder: Path, name: str) -> bool:
    """The stored text exists with its recorded size (a cheap check; :func:`read` checks its hash)."""
    try:
        return (folder / FOLDER / name).stat().st_size == _expected_size(name)
    except (OSError, ValueError):
        return False


def read(folder: Path, name: str) -> str | None:
    """The stored text, or None when it is missing or damaged."""
    try:
        data = (folder / FOLDER / name).read_bytes()
        text = data.decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    return text if name_of(text) == name else None


def document_text(index, doc: int) -> str:
    """The text document ``doc`` of ``index`` was indexed from (what its quote offsets index).

    A stored text that is missing or damaged is made again from its file when
    that file still gives the same text.
    """
    rec = index.docs[doc]
    if not rec.text:
        return _source_text(index, rec)
    text = read(index.folder, rec.text)
    if text is None:
        text = _source_text(index, rec)
        if name_of(text) != rec.text:
            raise CorpusError(f"{rec.doc_id} changed since it was indexed; run `qa index`")
        try:
            write(index.folder, text)
        except OSError:  # the text is right; storing it again can wait for the next build
            pass
    return text


def ascii_span(index, doc: int, start: int, end: int) -> str | None:
    """``document_text(index, doc)[start:end]`` read alone, for an ASCII text (None: read the whole text).

    Only from a regular file of the size (and, for the document's own file, the
    modification time) it was indexed with, whose bytes there are still ASCII.
    """
    rec = index.docs[doc]
    if not rec.ascii:
        return None
    try:
        fd = os.open(index.text_path(rec), os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError:
        return None
    with open(fd, "rb", buffering=0) as fh:
        try:
            st = os.fstat(fd)
            same = (st.st_size == _expected_size(rec.text) if rec.text
                    else (st.st_size, st.st_mtime_ns) == (rec.size, rec.mtime_ns))
            if not (stat.S_ISREG(st.st_mode) and same):
                return None
            fh.seek(start)
            data = fh.read(end - start)
        except OSError:
            return None
    return data.decode("ascii") if len(data) == end - start and data.isascii() else None


def _source_text(index, rec) -> str:
    try:
        return reader.read_text(reader.SourceFile(rec.doc_id, index.root / rec.doc_id, rec.size, rec.mtime_ns)).text
    except CorpusError as exc:
        raise CorpusError(f"{rec.doc_id}: {exc}") from None


def sweep(folder: Path, keep: set[str], older_than: float) -> None:
    """Remove stored texts not in ``keep`` and older than ``older_than`` seconds, and temporary files.

    Called by the holder of the build lock: any temporary file is a crashed writer's.
    """
    where = folder / FOLDER
    if not where.is_dir():
        return
    now = time.time()
    for entry in where.iterdir():
        try:
            if entry.name.startswith(".tmp-") or (entry.name not in keep and now - entry.stat().st_mtime > older_than):
                entry.unlink()
        except OSError:  # gone already, or in use (Windows): next time
            pass
