"""Clean and tokenize a large corpus in worker processes.

Workers are plain ``python -c`` subprocesses running :func:`worker_main`,
speaking JSON + raw arrays over pipes (no pickle, no fork). Results come back
in file order, so the index is the same whatever the number of workers.
``QA_BUILD_WORKERS`` overrides the number of workers (1 = build in this process).
"""

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from qa.corpus import reader
from qa.index.batches import Batch, Numberings, RecordingAnalyzer, WorkerFailed

# Worker processes are worth their start-up (~0.3 s each) from this much text on.
PARALLEL_BYTES = 8 * 1024 * 1024
MAX_WORKERS = 8


class Worker:
    """One worker subprocess (see :func:`worker_main`)."""

    def __init__(self):
        import subprocess
        import tempfile

        env = dict(os.environ)
        package_parent = str(Path(__file__).resolve().parents[2])
        env["PYTHONPATH"] = os.pathsep.join(p for p in (package_parent, env.get("PYTHONPATH")) if p)
        self.stderr = tempfile.TemporaryFile()
        self.proc = subprocess.Popen(
            [sys.executable, "-c", "from qa.index.workers import worker_main; worker_main()"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.stderr, env=env,
        )

    def run(self, chunk: list[reader.SourceFile], folder: Path | None) -> Batch:
        files = [[f.doc_id, str(f.path), f.size, f.mtime_ns] for f in chunk]
        request = {"folder": str(folder) if folder else None, "files": files}
        self.proc.stdin.write(json.dumps(request).encode() + b"\n")
        self.proc.stdin.flush()
        batch = Batch.decode(self.proc.stdout)
        batch.source = self  # its ids are this worker's numbers
        return batch

    def close(self) -> None:
        try:
            self.proc.stdin.close()
        except OSError:
            pass
        try:
            self.proc.wait(timeout=5)
        except Exception:  # subprocess.TimeoutExpired: it does not want to stop
            self.proc.kill()
            self.proc.wait()
        self.proc.stdout.close()
        self.stderr.close()

    def error(self) -> str:
        """The last line the worker wrote to stderr (after making sure it is gone)."""
        try:
            self.proc.kill()
            self.proc.wait(timeout=5)
            self.stderr.seek(0)
            return self.stderr.read().decode(errors="replace").strip().splitlines()[-1]
        except Exception:  # the worker's own last words are a courtesy
            return "no message"


def parallel(chunks: list[list[reader.SourceFile]], workers: int, progress, folder: Path | None = None) -> Iterator[Batch]:
    """Batches of the given chunks of files in order, cleaned and tokenized by ``workers`` subprocesses."""
    import queue
    import threading

    total = sum(len(c) for c in chunks)
    todo: queue.Queue = queue.Queue()
    for n, chunk in enumerate(chunks):
        todo.put((n, chunk))
    done: dict[int, Batch | BaseException] = {}
    ready = threading.Condition()
    stop = threading.Event()

    def feed(worker: Worker) -> None:
        while not stop.is_set():
            try:
                n, chunk = todo.get_nowait()
            except queue.Empty:
                return
            try:
                result = worker.run(chunk, folder)
            except Exception:  # reported by the consumer, in file order
                result = WorkerFailed(f"index worker failed: {worker.error()}")
            with ready:
                done[n] = result
                ready.notify_all()
            if isinstance(result, BaseException):
                return

    if progress:
        progress(0, total)
    pool: list[Worker] = []
    try:
        for _ in range(min(workers, len(chunks))):
            pool.append(Worker())
    except OSError as exc:  # no interpreter to start
        for w in pool:
            w.close()
        raise WorkerFailed(f"cannot start an index worker: {exc}") from None
    threads = [threading.Thread(target=feed, args=(w,), daemon=True) for w in pool]
    for t in threads:
        t.start()
    files_done = 0
    try:
        for n in range(len(chunks)):
            with ready:
                while n not in done:
                    if not any(t.is_alive() for t in threads) and n not in done:
                        raise WorkerFailed("index workers stopped")
                    ready.wait(timeout=0.5)
                result = done.pop(n)
            if isinstance(result, BaseException):
                raise result
            files_done += len(result.files)
            if progress:
                progress(files_done, total)
            yield result
    finally:
        stop.set()
        for w in pool:
            w.close()
        for t in threads:
            t.join()


def worker_count(files: list[reader.SourceFile]) -> int:
    """How many worker processes to build with (1 = in this process)."""
    chosen = os.environ.get("QA_BUILD_WORKERS")
    if chosen:
        try:
            return max(1, int(chosen))
        except ValueError:
            pass
    if sum(f.size for f in files) < PARALLEL_BYTES or not sys.executable:
        return 1
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:
        cpus = os.cpu_count() or 1
    return max(1, min(cpus, MAX_WORKERS))


def worker_main() -> None:
    """Serve batches: read a JSON request (files, index folder) per line, answer with an encoded batch."""
    analyzer, numberings = RecordingAnalyzer(), Numberings()
    out = sys.stdout.buffer
    for line in sys.stdin.buffer:
        request = json.loads(line)
        folder = Path(request["folder"]) if request["folder"] else None
        files = [reader.SourceFile(doc_id, Path(path), size, mtime_ns) for doc_id, path, size, mtime_ns in request["files"]]
        out.write(Batch.read(files, analyzer, numberings, folder).encode())
        out.flush()
