"""A one-dimensional ``.npy`` array read from its file a slice at a time.

A question needs short runs of an index's large arrays: a term's postings, a
sentence's terms. Memory-mapping those arrays leaves every page a question
touched resident in the process, and the kernel maps whole runs of pages
around each one (fault-around, large folios), so after a few hundred questions
most of the index counts as the process's memory. Reading the run with
``pread`` keeps only what the question uses, while it uses it.
"""

import os
import threading
import weakref
from pathlib import Path

import numpy as np


class DiskArray:
    """The array in an ``.npy`` file (one dimension, plain dtype); ``a[lo:hi]`` reads that slice."""

    def __init__(self, path: Path):
        with open(path, "rb") as fh:
            version = np.lib.format.read_magic(fh)
            if version == (1, 0):
                shape, fortran, dtype = np.lib.format.read_array_header_1_0(fh)
            elif version == (2, 0):
                shape, fortran, dtype = np.lib.format.read_array_header_2_0(fh)
            else:
                raise ValueError(f"unsupported .npy version {version}")
            offset = fh.tell()
        if len(shape) != 1 or dtype.hasobject:
            raise ValueError(f"not a one-dimensional array of numbers: {shape} {dtype}")
        self.path, self.dtype, self.shape, self._offset = path, dtype, shape, offset
        self._fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        weakref.finalize(self, os.close, self._fd)
        self._lock = None if hasattr(os, "pread") else threading.Lock()

    def __len__(self) -> int:
        return self.shape[0]

    def __getitem__(self, key: slice) -> np.ndarray:
        if not isinstance(key, slice):
            raise TypeError("a DiskArray is read by slices")
        start, stop, step = key.indices(len(self))
        if step != 1:
            raise ValueError("a DiskArray is read by contiguous slices")
        size = self.dtype.itemsize
        count = max(0, stop - start)
        data = self._read(count * size, self._offset + start * size)
        if len(data) != count * size:
            raise OSError(f"{self.path} is shorter than its header says")
        return np.frombuffer(data, dtype=self.dtype)

    def __array__(self, dtype=None, copy=None) -> np.ndarray:
        whole = self[:]
        return whole if dtype is None else whole.astype(dtype)

    def _read(self, n: int, offset: int) -> bytes:
        """``n`` bytes from ``offset`` (fewer only at the end of the file)."""
        parts = []
        while n > 0:
            part = self._read_once(n, offset)
            if not part:
                break
            parts.append(part)
            n -= len(part)
            offset += len(part)
        return b"".join(parts) if len(parts) != 1 else parts[0]

    def _read_once(self, n: int, offset: int) -> bytes:
        if self._lock is None:
            return os.pread(self._fd, n, offset)
        with self._lock:  # no pread (Windows): seek and read, one thread at a time
            os.lseek(self._fd, offset, os.SEEK_SET)
            return os.read(self._fd, n)
