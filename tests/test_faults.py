"""Faults: a build killed half-way, every index file damaged in turn, an index folder that cannot be written."""

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from qa import paths
from qa.index import lock, store, texts
from test_concurrency import ANSWER, QUESTION, write_trips
from test_robustness import page, quoted

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")


def _qa(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "qa", *args], capture_output=True, text=True, timeout=120)


def _kill_when(proc: subprocess.Popen, ready, delay_s: float) -> None:
    """SIGKILL ``proc`` ``delay_s`` seconds after ``ready()`` first holds (or let it be, if it ends first)."""
    while proc.poll() is None and not ready():
        time.sleep(0.001)
    time.sleep(delay_s)
    proc.send_signal(signal.SIGKILL)
    proc.wait()  # reaped: its pid is no longer alive


def test_a_build_killed_half_way_leaves_a_whole_index_and_no_lock_in_the_way(tmp_path):
    corpus = tmp_path / "trips"
    write_trips(corpus, 1200)
    folder = paths.index_dir(corpus)
    building = lambda: (folder / lock.LOCK).exists()  # noqa: E731
    writing = lambda: any(folder.glob(".tmp-*"))  # noqa: E731
    left_locked = []
    # the first victim has no index before it; the others have the one the previous round's `qa ask` built
    for n, (ready, delay) in enumerate([(building, 0.3), (building, 0.0), (writing, 0.0), (building, 1.0)]):
        victim = subprocess.Popen([sys.executable, "-m", "qa", "index", "--corpus", str(corpus)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _kill_when(victim, ready, delay)
        left_locked.append(building())
        # a changed corpus: the next command must build, so it must get past whatever the victim left
        (corpus / "log01" / "trip0001.txt").write_text(f"Trip 1 was logged again, {n} times.\n", encoding="utf-8")
        asked = _qa("ask", QUESTION, "--corpus", str(corpus), "--json")
        assert asked.returncode == 0 and "Traceback" not in asked.stderr, asked.stderr
        answer = json.loads(asked.stdout)["answers"][0]
        assert answer["quote"].startswith(ANSWER) and quoted(answer) == answer["quote"]
        left = sorted(p.name for p in folder.iterdir())
        assert lock.LOCK not in left and not [name for name in left if name.startswith(".tmp-")], left
    assert any(left_locked), "at least one victim died holding the lock"


def _live_files(folder: Path) -> list[Path]:
    generation = folder / (folder / store.POINTER).read_text(encoding="utf-8").strip()
    return [folder / store.POINTER, *sorted(generation.iterdir()), *sorted((folder / texts.FOLDER).iterdir())]


def test_every_damaged_index_file_is_reported_and_rebuilt(run_cli, make_corpus):
    root = make_corpus({
        "lighthouse.txt": "The lighthouse keeper Mara Quist painted the tower red in 1987.\n",
        "museum.html": page("<p>The glacier museum in Troms\xf8 opened its doors in 2004.</p>"),
        "herons.md": "# Herons\n\nHerons stand still in shallow water for a long time.\n",
    })
    ask = ("ask", "When did the glacier museum open its doors?", "--corpus", str(root), "--json")
    assert run_cli(*ask)[0] == 0
    folder = paths.index_dir(root)
    names = [p.relative_to(folder).as_posix() for p in _live_files(folder)]
    assert len(names) >= 20 and store.HEADER in {Path(n).name for n in names}
    for n in range(len(names)):
        for damage in ("truncate", "garbage"):
            path = _live_files(folder)[n]  # the same file of the index rebuilt by the previous round
            data = path.read_bytes()
            path.write_bytes(data[: len(data) // 2] if damage == "truncate" else b"\x00garbage\xff" * 7)
            code, out, err = run_cli(*ask)
            assert code == 0 and "Traceback" not in err, (path.name, damage, err)
            assert len(err.splitlines()) == 1 and err.rstrip().endswith("; rebuilding"), (path.name, damage, err)
            assert "corrupt" in err or "damaged" in err, (path.name, damage, err)
            answer = json.loads(out)["answers"][0]
            assert answer["quote"] == "The glacier museum in Troms\xf8 opened its doors in 2004."
            assert quoted(answer) == answer["quote"]
            assert run_cli(*ask)[2] == "", "whole again: no message, no rebuild"


def test_a_stored_text_damaged_in_place_is_made_again_from_its_file(run_cli, make_corpus):
    root = make_corpus({"museum.html": page("<p>The glacier museum in Troms\xf8 opened its doors in 2004.</p>")})
    ask = ("ask", "When did the glacier museum open its doors?", "--corpus", str(root), "--json")
    run_cli(*ask)
    [stored] = (paths.index_dir(root) / texts.FOLDER).iterdir()
    stored.write_bytes(b"x" * stored.stat().st_size)  # same size: only its hash tells
    code, out, err = run_cli(*ask)
    answer = json.loads(out)["answers"][0]
    assert code == 0 and err == "" and quoted(answer) == answer["quote"]


def test_an_index_folder_that_cannot_be_written_is_one_clear_error(run_cli, make_corpus, tmp_path, monkeypatch):
    root = make_corpus({"herons.md": "Herons stand still in shallow water for a long time.\n"})
    (tmp_path / "not-a-folder").write_text("a file where the index folder should go", encoding="utf-8")
    monkeypatch.setenv("QA_INDEX_DIR", str(tmp_path / "not-a-folder"))
    code, out, err = run_cli("ask", "Where do herons stand?", "--corpus", str(root))
    assert code == 1 and "Traceback" not in err and len(err.splitlines()) == 1
    assert err.startswith("qa: error: cannot write the index in ")
