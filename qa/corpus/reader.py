"""Find the text files of a corpus folder and decode them exactly as stored."""

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from qa.errors import CorpusError

SUFFIXES = (".txt", ".md", ".markdown", ".text")
MAX_FILE_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class SourceFile:
    """A corpus file as found on disk (before reading its contents)."""

    doc_id: str  # path relative to the corpus root, with forward slashes
    path: Path
    size: int
    mtime_ns: int


@dataclass(frozen=True)
class Skipped:
    doc_id: str
    reason: str


def discover(root: Path) -> list[SourceFile]:
    """All candidate text files under ``root``, sorted by id (hidden entries skipped)."""
    if not root.exists():
        raise CorpusError(f"corpus folder not found: {root}")
    if not root.is_dir():
        raise CorpusError(f"corpus is not a folder: {root}")
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if name.startswith(".") or not name.lower().endswith(SUFFIXES):
                continue
            path = Path(dirpath) / name
            try:
                st = path.stat()
            except OSError:
                continue
            doc_id = path.relative_to(root).as_posix()
            found.append(SourceFile(doc_id, path, st.st_size, st.st_mtime_ns))
    return sorted(found, key=lambda f: f.doc_id)


def fingerprint(files: list[SourceFile]) -> str:
    """A digest of names, sizes and modification times: changes when any file does."""
    h = hashlib.sha256()
    for f in files:
        h.update(f"{f.doc_id}\0{f.size}\0{f.mtime_ns}\n".encode())
    return h.hexdigest()[:32]


def decode(data: bytes) -> str:
    """Decode file bytes without touching newlines, so offsets match the file.

    UTF-8 (a BOM stays in the text as U+FEFF, as a plain UTF-8 decode keeps it)
    and UTF-16 with BOM are accepted; anything with
    NUL bytes is binary, anything else that is not UTF-8 is refused.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise CorpusError(f"broken UTF-16 text (byte {exc.start})") from None
    if b"\x00" in data[:8192]:
        raise CorpusError("binary file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CorpusError(f"not UTF-8 text (byte {exc.start})") from None


def read_text(f: SourceFile) -> str:
    """The decoded text of one file; :class:`CorpusError` says why it cannot be used."""
    if f.size > MAX_FILE_BYTES:
        raise CorpusError(f"file larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    try:
        data = f.path.read_bytes()
    except OSError as exc:
        raise CorpusError(f"cannot read: {exc.strerror}") from None
    return decode(data)
