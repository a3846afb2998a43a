"""Find the documents of a corpus folder and decode them into the text the index quotes.

A plain UTF-8 file is indexed as it is stored (quote offsets index the file
itself). Anything else that is indexed is *converted*: HTML (its visible text),
UTF-16/UTF-32 with a byte-order mark, and, as a fallback with a warning,
Windows-1252 (or Latin-1); the index stores such text beside itself, since
the file does not decode to it as UTF-8. Binary files, files above
:data:`MAX_FILE_BYTES` and unreadable files are refused with a reason.
"""

import hashlib
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from qa.corpus import html
from qa.errors import CorpusError

HTML_SUFFIXES = (".html", ".htm")
SUFFIXES = (".txt", ".md", ".markdown", ".text", *HTML_SUFFIXES)
MAX_FILE_BYTES = 64 * 1024 * 1024
_MB = 1024 * 1024
_SNIFF = 8192  # bytes (or characters) looked at to tell binary from text
_CONTROL_SHARE = 0.1  # text where more than this share of the start is control characters is binary
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # control characters but tab, newlines, \f and \v
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),  # longest first: UTF-32 LE starts as UTF-16 LE
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


@dataclass(frozen=True)
class SourceFile:
    """A corpus file as found on disk (before reading its contents)."""

    doc_id: str  # path relative to the corpus root, with forward slashes
    path: str | os.PathLike
    size: int
    mtime_ns: int


class Refused(CorpusError):
    """A file that was read but cannot be used (binary, broken text); its hash tells whether it changed."""

    def __init__(self, message: str, digest: str):
        super().__init__(message)
        self.digest = digest


@dataclass(frozen=True)
class Decoded:
    """A file's text as the index sees it: quote offsets index ``text``."""

    text: str
    digest: str  # hash of the file's bytes (tells a touched file from a changed one)
    converted: bool  # not the file's own UTF-8 text, so the index stores it
    warning: str | None = None  # indexed, but the user should know (a guessed encoding)


def discover(root: Path) -> list[SourceFile]:
    """All candidate documents under ``root``, sorted by id (hidden entries skipped)."""
    if not root.exists():
        raise CorpusError(f"corpus folder not found: {root}")
    if not root.is_dir():
        raise CorpusError(f"corpus is not a folder: {root}")
    found = []
    top = os.fspath(root)
    for dirpath, dirnames, filenames in os.walk(top):  # plain strings: a large corpus has many files
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        below = os.path.relpath(dirpath, top)
        prefix = "" if below == os.curdir else below.replace(os.sep, "/") + "/"
        for name in filenames:
            if name.startswith(".") or not name.lower().endswith(SUFFIXES):
                continue
            path = os.path.join(dirpath, name)
            try:
                st = os.stat(path)
            except OSError:
                continue
            found.append(SourceFile(_printable(prefix + name), path, st.st_size, st.st_mtime_ns))
    return sorted(found, key=lambda f: f.doc_id)


def _printable(name: str) -> str:
    """``name`` with the bytes of a file name that is not UTF-8 written as ``\\xNN`` (so it can be shown and stored)."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def fingerprint(files: list[SourceFile]) -> str:
    """A digest of names, sizes and modification times: changes when any file does."""
    h = hashlib.sha256()
    for f in files:
        h.update(f"{f.doc_id}\0{f.size}\0{f.mtime_ns}\n".encode())
    return h.hexdigest()[:32]


def _binary(text: str) -> bool:
    sample = text[:_SNIFF]
    controls = len(_CONTROL.findall(sample))
    return "\x00" in sample or controls > _CONTROL_SHARE * len(sample)


def decode(data: bytes) -> tuple[str, str, str | None]:
    """``(text, encoding, warning)`` of file bytes, newlines untouched so offsets match.

    UTF-8 (a BOM stays in the text as U+FEFF, as a plain UTF-8 decode keeps
    it), UTF-16/32 with a BOM, else Windows-1252 or, for the five bytes it
    leaves undefined, Latin-1, which decodes any byte. NUL bytes or mostly
    control characters mean binary.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise CorpusError(f"broken {codec.upper()} text (byte {exc.start})") from None
            if _binary(text):
                raise CorpusError("binary file")
            return text, codec, None
    if b"\x00" in data[:_SNIFF]:
        raise CorpusError("binary file")
    try:
        return data.decode("utf-8"), "utf-8", None
    except UnicodeDecodeError as exc:
        bad = exc.start
    try:
        text, codec = data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        text, codec = data.decode("latin-1"), "Latin-1"
    if _binary(text):
        raise CorpusError("binary file")
    return text, codec, f"not UTF-8 (byte {bad}): indexed as {codec} text"


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:32]


def read_bytes(f: SourceFile) -> bytes:
    """The bytes of one file, refusing anything but a regular file of at most :data:`MAX_FILE_BYTES`."""
    if f.size > MAX_FILE_BYTES:
        raise CorpusError(_too_large(f.size))
    if _printable(str(f.path)) != str(f.path):
        raise CorpusError("file name is not UTF-8 (rename the file to index it)")
    try:
        fd = os.open(f.path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise CorpusError(f"cannot read: {exc.strerror}") from None
    with open(fd, "rb") as fh:
        st = os.fstat(fh.fileno())
        if not stat.S_ISREG(st.st_mode):
            raise CorpusError("not a regular file")
        if st.st_size > MAX_FILE_BYTES:
            raise CorpusError(_too_large(st.st_size))
        try:
            data = fh.read(st.st_size + 1)  # a byte more tells whether it grew since
            if len(data) > st.st_size:
                data += fh.read(MAX_FILE_BYTES + 1 - len(data))
        except OSError as exc:
            raise CorpusError(f"cannot read: {exc.strerror}") from None
    if len(data) > MAX_FILE_BYTES:  # grew after it was looked at
        raise CorpusError(_too_large(len(data)))
    return data


def _too_large(size: int) -> str:
    return f"too large ({size / _MB:.0f} MB; the limit is {MAX_FILE_BYTES // _MB} MB per file)"


def read_text(f: SourceFile) -> Decoded:
    """The indexed text of one file; :class:`CorpusError` says why it cannot be used."""
    data = read_bytes(f)
    try:
        text, encoding, warning = decode(data)
        converted = encoding != "utf-8"
        if f.doc_id.lower().endswith(HTML_SUFFIXES):
            text, converted = html.extract(text), True
    except CorpusError as exc:
        raise Refused(str(exc), digest(data)) from None
    return Decoded(text, digest(data), converted, warning)
