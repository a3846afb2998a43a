"""Several qa processes on one index: one build at a time, readers never see half an index, no lock left blocking."""

import json
import os
import random
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from qa.index import lock
from qa.index.lock import build_lock

ISLANDS = ["Arran", "Bute", "Mull", "Iona", "Skye", "Eigg", "Rum", "Coll", "Tiree", "Jura"]
QUESTION, ANSWER = "Who guided the ferry through the storm?", "The harbour pilot Ida Lund guided the ferry"

# A qa process (library use, as the TUI does): counts its builds, answers QUESTION, checks the quote's offsets.
PROBE = r"""
import json, sys, time
from pathlib import Path

import qa.index.build as build

real_build = build.build_index


def counted_build(*args, **kwargs):
    print("BUILD", flush=True)
    return real_build(*args, **kwargs)


build.build_index = counted_build  # the manager imports it when it builds
corpus, go, rounds = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
while not go.exists():  # start together with the other probes
    time.sleep(0.005)
from qa.engine import Engine

done = 0
while done < rounds or (rounds == 0 and not (go / "stop").exists()):
    engine = Engine.open(corpus, notify=lambda message: print("NOTE", message, flush=True))
    answer = engine.ask(sys.argv[4], 1).answers[0]
    with open(answer.source.path, encoding="utf-8", newline="") as fh:
        whole = fh.read()[answer.start : answer.end] == answer.quote
    print("ANSWER", json.dumps([answer.quote, whole]), flush=True)
    done += 1
"""


def write_trips(root: Path, n: int = 2000) -> None:
    """``n`` small logbook files: enough for a build of a second or two."""
    rng = random.Random(5)
    for t in range(n):
        folder = root / f"log{t % 25:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        paragraphs = [f"On trip {t} the ferry to {rng.choice(ISLANDS)} left at {rng.randint(1, 12)} o'clock with "
                      f"{rng.randint(5, 300)} passengers. The crew counted {rng.randint(1, 50)} seals near the "
                      "harbour wall." for _ in range(3)]
        if t == 7:
            paragraphs.append(ANSWER + " through the storm of 1953.")
        (folder / f"trip{t:04d}.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")


def probe(corpus: Path, go: Path, rounds: int = 1) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", PROBE, str(corpus), str(go), str(rounds), QUESTION],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finish(proc: subprocess.Popen) -> list[str]:
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0 and "Traceback" not in err, err
    return out.splitlines()


def test_processes_that_find_no_current_index_build_it_once_and_share_it(tmp_path):
    corpus, go = tmp_path / "trips", tmp_path / "go"
    write_trips(corpus, 1000)
    for _round in range(2):  # no index at all; then a changed corpus
        procs = [probe(corpus, go) for _ in range(3)]
        go.mkdir()
        outputs = [finish(p) for p in procs]
        go.rmdir()
        assert sum(line == "BUILD" for out in outputs for line in out) == 1
        answers = {line for out in outputs for line in out if line.startswith("ANSWER")}
        assert [json.loads(line.split(" ", 1)[1]) for line in answers] == [[ANSWER + " through the storm of 1953.", True]]
        (corpus / "log00" / "trip0000.txt").write_text("The ferry was cancelled on trip 0.\n", encoding="utf-8")
    index_folder = Path(os.environ["QA_INDEX_DIR"])
    assert not list(index_folder.rglob(lock.LOCK)), "the lock is gone once the build is done"


def test_readers_keep_answering_from_whole_indexes_while_qa_index_rebuilds(tmp_path):
    corpus, go = tmp_path / "trips", tmp_path / "go"
    write_trips(corpus, 500)
    subprocess.run([sys.executable, "-m", "qa", "index", "--corpus", str(corpus)], check=True, capture_output=True)
    go.mkdir()
    reader = probe(corpus, go, rounds=0)  # asks again and again until told to stop
    for _ in range(3):
        rebuild = subprocess.run([sys.executable, "-m", "qa", "index", "--corpus", str(corpus)], capture_output=True, text=True)
        assert rebuild.returncode == 0 and "Traceback" not in rebuild.stderr
    (go / "stop").mkdir()
    out = finish(reader)
    assert "BUILD" not in out, "a reader of a current index never builds"
    answers = [json.loads(line.split(" ", 1)[1]) for line in out if line.startswith("ANSWER")]
    assert answers and all(whole and quote.startswith(ANSWER) for quote, whole in answers)


# --- the lock itself ----------------------------------------------------------------------------------


def _foreign_lock(folder: Path, pid: int, host: str, age_s: float = 0.0) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / lock.LOCK
    path.write_text(json.dumps({"pid": pid, "host": host, "started": time.time() - age_s}), encoding="utf-8")
    os.utime(path, (time.time() - age_s, time.time() - age_s))


def test_a_lock_left_by_a_dead_process_is_taken_over(tmp_path):
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    _foreign_lock(tmp_path, int(gone.stdout), socket.gethostname())
    with build_lock(tmp_path) as waited:
        assert not waited and json.loads((tmp_path / lock.LOCK).read_text())["pid"] == os.getpid()
    assert not (tmp_path / lock.LOCK).exists()


@pytest.mark.parametrize("content", ["host", "empty"])
def test_a_lock_nobody_touched_for_long_is_taken_over(tmp_path, content):
    if content == "host":  # another machine's process cannot be asked whether it runs: only the age tells
        _foreign_lock(tmp_path, 1, "another-host", age_s=lock.STALE_SECONDS + 60)
    else:  # created, then the process died before writing its details
        (tmp_path / lock.LOCK).write_bytes(b"")
        os.utime(tmp_path / lock.LOCK, (time.time() - 60, time.time() - 60))
    with build_lock(tmp_path) as waited:
        assert not waited
    assert not (tmp_path / lock.LOCK).exists()


def test_a_live_holder_is_waited_for(tmp_path):
    held, release = threading.Event(), threading.Event()

    def hold():
        with build_lock(tmp_path):
            held.set()
            release.wait(60)

    holder = threading.Thread(target=hold)
    holder.start()
    held.wait(60)
    messages = []

    def notify(message):
        messages.append(message)
        release.set()  # let the holder finish once we are known to wait

    with build_lock(tmp_path, notify) as waited:
        assert waited and json.loads((tmp_path / lock.LOCK).read_text())["pid"] == os.getpid()
    holder.join()
    assert messages == [f"waiting for qa process {os.getpid()} on {socket.gethostname()} to finish the index"]
