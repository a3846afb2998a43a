"""Incremental re-indexing: a changed corpus re-reads its changed files only and equals a full rebuild."""

import json
import os
from pathlib import Path

import numpy as np
import pytest

from qa.corpus import reader
from qa.index import store
from qa.index.manager import open_index

FILES = 300


def _write_corpus(root: Path) -> None:
    for n in range(FILES):
        path = root / f"d{n % 10}" / f"f{n:03d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"Note {n}: the ferry to island {n % 17} left at {n % 12 + 1} o'clock.\n\n"
                        f"Passengers counted {n * 3} gulls on the way {n}.\n", encoding="utf-8")
    (root / "page.html").write_text("<nav>Home</nav><p>The harbour master rang the bell at noon.</p>", encoding="utf-8")
    (root / "old.txt").write_bytes("The caf\xe9 by the pier sold smoked fish.".encode("cp1252"))
    (root / "pic.txt").write_bytes(b"\x89PNG\x00\x00\x00")
    (root / "empty.md").write_bytes(b"")


def snapshot(folder: Path) -> dict:
    """Everything the live generation of an index folder holds, except when and how fast it was built."""
    generation = folder / (folder / store.POINTER).read_text(encoding="utf-8").strip()
    out = {}
    for path in sorted(generation.iterdir()):
        if path.suffix == ".npy":
            out[path.name] = np.load(path, allow_pickle=False).tolist()
        else:
            content = json.loads(path.read_text(encoding="utf-8"))
            if path.name == store.HEADER:
                for volatile in ("built_at", "build_seconds", "_generation"):
                    content.pop(volatile, None)
            if path.name == store.TERMS:
                content["stems"] = list(content["stems"].items())  # the order counts too
            out[path.name] = content
    return out


def _set_mtime(path: Path, later_by_s: int = 5) -> None:
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + later_by_s * 10**9))


def _change(root: Path, change: str) -> str | None:
    """Apply one change to the corpus; returns the file that must be read again (None: no file)."""
    target = root / "d3" / "f013.txt"
    if change == "edit":
        target.write_text("Note 13: the ferry was cancelled because of the storm.\n", encoding="utf-8")
    elif change == "same-size edit":
        target.write_bytes(target.read_bytes().replace(b"ferry", b"barge"))
    elif change == "touch":
        _set_mtime(target)
        return None
    elif change == "add":
        target = root / "d3" / "f013b.txt"
        target.write_text("A new note says the lighthouse was repainted white.\n", encoding="utf-8")
    elif change == "delete":
        target.unlink()
        return None
    elif change == "edit html":
        target = root / "page.html"
        target.write_text("<nav>Home</nav><p>The harbour master rang the bell at dawn.</p>", encoding="utf-8")
    elif change == "binary becomes text":
        target = root / "pic.txt"
        target.write_text("The picture turned out to be a poem about herons.\n", encoding="utf-8")
    if target.exists():
        _set_mtime(target)  # a change within the file system's time resolution still shows
    return target.relative_to(root).as_posix()


def _indexed(tmp_path: Path) -> tuple[Path, Path]:
    """A corpus and the folder of its index, just built."""
    root, folder = tmp_path / "corpus", tmp_path / "idx"
    _write_corpus(root)
    open_index(root, folder)
    return root, folder


def _equals_a_full_rebuild(root: Path, folder: Path, tmp_path: Path) -> bool:
    open_index(root, tmp_path / "fresh")
    return snapshot(folder) == snapshot(tmp_path / "fresh")


@pytest.fixture
def counted_reads(monkeypatch):
    """The doc ids :func:`reader.read_text` is called for (in this process: one build worker)."""
    monkeypatch.setenv("QA_BUILD_WORKERS", "1")
    reads: list[str] = []
    real = reader.read_text

    def read_text(f):
        reads.append(f.doc_id)
        return real(f)

    monkeypatch.setattr(reader, "read_text", read_text)
    return reads


@pytest.mark.parametrize("change", ["edit", "same-size edit", "touch", "add", "delete", "edit html", "binary becomes text"])
def test_one_changed_file_is_read_again_alone_and_the_index_equals_a_full_rebuild(change, counted_reads, tmp_path):
    root, folder = _indexed(tmp_path)
    assert len(counted_reads) == FILES + 4
    counted_reads.clear()
    changed = _change(root, change)
    messages = []
    updated = open_index(root, folder, notify=messages.append)
    assert counted_reads == ([changed] if changed else [])
    assert messages == ["corpus changed since the index was built; updating it"]
    counted_reads.clear()
    assert open_index(root, folder).fingerprint == updated.fingerprint and counted_reads == [], "now current"
    assert _equals_a_full_rebuild(root, folder, tmp_path)
    assert len(counted_reads) == FILES + 4 + (change == "add") - (change == "delete"), "the full rebuild read all"


def test_an_update_built_by_worker_processes_equals_a_full_rebuild(monkeypatch, tmp_path):
    monkeypatch.setenv("QA_BUILD_WORKERS", "2")
    root, folder = _indexed(tmp_path)
    for change in ("edit", "add", "edit html"):
        _change(root, change)
    open_index(root, folder)
    assert _equals_a_full_rebuild(root, folder, tmp_path)


def test_damage_in_what_an_update_would_copy_is_caught_by_its_checksum(counted_reads, tmp_path):
    root, folder = _indexed(tmp_path)
    generation = folder / (folder / store.POINTER).read_text(encoding="utf-8").strip()
    starts = generation / "unit_start.npy"
    data = bytearray(starts.read_bytes())
    data[-8:] = (10**9).to_bytes(8, "little")  # same size, plausible numbers: only the checksum tells
    starts.write_bytes(bytes(data))
    counted_reads.clear()
    _change(root, "edit")
    messages = []
    open_index(root, folder, notify=messages.append)
    assert any(m.endswith("(unit_start.npy does not match its checksum); reading every file again") for m in messages)
    assert len(counted_reads) == FILES + 4
    assert _equals_a_full_rebuild(root, folder, tmp_path)


def test_qa_index_reads_every_file_again(counted_reads, tmp_path):
    root, folder = _indexed(tmp_path)
    counted_reads.clear()
    open_index(root, folder, rebuild=True)
    assert len(counted_reads) == FILES + 4
