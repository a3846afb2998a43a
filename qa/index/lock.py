"""One builder at a time per index folder, and no lock left blocking by a crashed one.

The lock is a file created with ``O_CREAT | O_EXCL`` holding the builder's
pid, host and start time. While it builds, a thread touches the file every
few seconds. Another process waits for it; it takes over a lock whose holder
is gone: a pid that no longer runs on this host, or a file nobody touched for
:data:`STALE_SECONDS` (the only test possible for another host). Taking over
is serialized by a second, short-lived lock file, so two waiters cannot both
remove a stale lock and one of them a fresh one.
"""

import json
import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

LOCK = "qa-index.lock"
STALE_SECONDS = 120.0  # a lock not touched for this long is abandoned
HEARTBEAT_SECONDS = 5.0
POLL_SECONDS = 0.1
_UNWRITTEN_SECONDS = 5.0  # a lock file still empty after this long was left by a crash


def _create(path: Path, content: bytes) -> bool:
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
    except FileExistsError:
        return False
    try:
        os.write(fd, content)
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        path.unlink(missing_ok=True)
        raise
    os.close(fd)
    return True


def _read(path: Path) -> tuple[bytes, float] | None:
    """The lock's content and age in seconds, or None when there is no lock."""
    try:
        with open(path, "rb") as fh:
            return fh.read(), time.time() - os.fstat(fh.fileno()).st_mtime
    except FileNotFoundError:
        return None


def _holder(content: bytes) -> dict | None:
    try:
        holder = json.loads(content)
    except ValueError:
        return None
    return holder if isinstance(holder, dict) else None


def _alive(pid) -> bool:
    """Whether process ``pid`` of this host runs (True when that cannot be told: then the age decides)."""
    if not isinstance(pid, int) or pid <= 0:
        return False
    if os.name == "nt":  # os.kill(pid, 0) would send it Ctrl+C there
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists but is not ours (PermissionError), or no way to tell
        return True
    return True


def _stale(content: bytes, age: float) -> bool:
    holder = _holder(content)
    if holder is None:
        return age > _UNWRITTEN_SECONDS
    if holder.get("host") == socket.gethostname() and not _alive(holder.get("pid")):
        return True
    return age > STALE_SECONDS


def _take_over(path: Path, content: bytes) -> None:
    """Remove the lock if it still holds ``content`` (under a guard: only one process does this at a time)."""
    guard = path.with_name(path.name + ".break")
    if not _create(guard, b""):
        seen = _read(guard)
        if seen is not None and seen[1] > STALE_SECONDS:
            guard.unlink(missing_ok=True)  # a crash in the few instructions below
        return
    try:
        now = _read(path)
        if now is not None and now[0] == content:
            path.unlink(missing_ok=True)
    finally:
        guard.unlink(missing_ok=True)


@contextmanager
def build_lock(folder: Path, notify: Callable[[str], None] = lambda message: None) -> Iterator[bool]:
    """Hold the build lock of ``folder``; yields whether another process held it first (and was waited for)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOCK
    mine = json.dumps({"pid": os.getpid(), "host": socket.gethostname(), "started": time.time(),
                       "token": os.urandom(8).hex()}).encode()
    waited = told = False
    while not _create(path, mine):
        seen = _read(path)
        if seen is None:
            continue
        if _stale(*seen):
            _take_over(path, seen[0])
            continue
        if not told:
            holder = _holder(seen[0]) or {}
            notify(f"waiting for qa process {holder.get('pid', '?')} on {holder.get('host', '?')} to finish the index")
            told = True
        waited = True
        time.sleep(POLL_SECONDS)
    stop = threading.Event()
    beat = threading.Thread(target=_heartbeat, args=(path, stop), daemon=True)
    beat.start()
    try:
        yield waited
    finally:
        stop.set()
        beat.join()
        seen = _read(path)
        if seen is not None and seen[0] == mine:  # still ours (not taken over while we were stopped)
            path.unlink(missing_ok=True)


def _heartbeat(path: Path, stop: threading.Event) -> None:
    while not stop.wait(HEARTBEAT_SECONDS):
        try:
            os.utime(path)
        except OSError:  # taken over or removed: nothing left to keep fresh
            return
