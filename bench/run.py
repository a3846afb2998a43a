"""Benchmark qa against rank_bm25 and bm25s: build, size, memory, latency, start-up.

    python -m bench.run --sizes 10000 100000 1000000
    python -m bench.run --folder DIR            # any folder of .txt/.md files
    python -m bench.run --sizes 2000 --engines qa rank_bm25 --cold-runs 1   # CI smoke size

Every engine runs in its own subprocess (``bench.engines``) so peak RSS is its
own. Synthetic corpora (``bench.corpus``, fixed seed) and their indexes are
cached under ``--cache`` (default: the user cache folder, ``qa-bench``).
Prints one Markdown table per corpus, then the targets of the issue and
whether they are met; ``--json FILE`` keeps the raw numbers.
"""

import argparse
import compileall
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ENGINES = ("qa", "rank_bm25", "bm25s")
# Questions about the bundled articles, for the warm in-process latency.
BUNDLED_QUESTIONS = [
    "Who recognized González?",
    "Who was the main opposition candidate in 2018?",
    "What is the population of Venezuela?",
    "When did Venezuela sever diplomatic relations with Paraguay?",
    "How many votes did Henri Falcón get?",
]
COLD_QUESTIONS = {
    "qa ask --json 'Who was the main opposition candidate in 2018?' (every word in the index's stem table)":
        "Who was the main opposition candidate in 2018?",
    "qa ask --json 'Who recognized González?' (README example; 'recognized' is not a word of the corpus)":
        "Who recognized González?",
}


def machine() -> dict:
    info = {"python": platform.python_version(), "platform": platform.platform(), "nproc": os.cpu_count()}
    try:
        info["nproc"] = len(os.sched_getaffinity(0))
    except AttributeError:
        pass
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                info["ram_gb"] = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        info.setdefault("cpu", platform.processor())
    for module in ("numpy", "rank_bm25", "bm25s"):
        try:
            from importlib.metadata import version

            info[module] = version(module.replace("_", "-"))
        except Exception:
            info[module] = None
    return info


def have(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is not None


def task(name: str, *args: str, env: dict, timeout: float = 24 * 3600) -> dict:
    """Run ``bench.engines NAME ARGS`` in a fresh interpreter; its last stdout line is the result."""
    cmd = [sys.executable, "-m", "bench.engines", name, *args]
    started = time.perf_counter()
    proc = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True, timeout=timeout)
    wall = time.perf_counter() - started
    lines = proc.stdout.strip().splitlines()
    if proc.returncode != 0 or not lines:
        tail = (proc.stderr.strip().splitlines() or ["(no output)"])[-1]
        return {"error": f"{name} failed (exit {proc.returncode}): {tail}", "wall_s": round(wall, 2)}
    result = json.loads(lines[-1])
    result["wall_s"] = round(wall, 2)
    return result


def qa_command() -> list[str]:
    script = Path(sys.executable).parent / "qa"
    return [str(script)] if script.exists() else [sys.executable, "-m", "qa"]


def timed(cmd: list[str], env: dict) -> float:
    started = time.perf_counter()
    proc = subprocess.run(cmd, cwd=REPO, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if proc.returncode not in (0,):
        raise RuntimeError(f"{' '.join(cmd[:3])}… exited {proc.returncode}: {proc.stderr.strip()[-300:]}")
    return elapsed


def cold_start(runs: int, env: dict) -> dict:
    """Median wall time of a fresh `qa ask --json` on the bundled corpus next to importing numpy + pydantic."""
    qa = qa_command()
    baseline = [sys.executable, "-c", "import numpy, pydantic"]
    cmds = {"python -c 'import numpy, pydantic'": baseline}
    cmds.update({label: qa + ["ask", "--json", q] for label, q in COLD_QUESTIONS.items()})
    # numpy and pydantic were byte-compiled when pip installed them; qa, installed editable, is compiled on
    # its first import unless PYTHONDONTWRITEBYTECODE forbids keeping the result: compile it as an install would.
    compileall.compile_dir(REPO / "qa", quiet=1)
    for cmd in cmds.values():  # builds the bundled index if needed, warms the file cache
        timed(cmd, env)
    samples: dict[str, list[float]] = {label: [] for label in cmds}
    for _ in range(runs):
        for label, cmd in cmds.items():  # interleaved, so drift hits all alike
            samples[label].append(timed(cmd, env))
    return {label: round(statistics.median(s), 4) for label, s in samples.items()}


def cli_end_to_end(corpus: Path, questions: list[str], env: dict, runs: int = 3) -> dict:
    """`qa ask - --json --corpus DIR` fed every question at once (after one untimed run): the time to its first
    answer (start-up and the first question), then per question from the first answer to the last (each answer
    is flushed)."""
    if len(questions) < 2:
        raise ValueError("timing between answers takes two questions or more")
    cmd = qa_command() + ["ask", "-", "--json", "--corpus", str(corpus)]
    stdin = "".join(q + "\n" for q in questions).encode("utf-8")
    firsts, per = [], []
    for run in range(runs + 1):
        with tempfile.TemporaryFile() as err:
            started = time.perf_counter()
            proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=err)
            feeder = threading.Thread(target=_feed, args=(proc.stdin, stdin))
            feeder.start()
            arrivals = [time.perf_counter() for _ in iter(proc.stdout.readline, b"")]
            feeder.join()
            proc.wait()
            err.seek(0)
            errors = err.read().decode("utf-8", "replace")
        if proc.returncode != 0 or len(arrivals) != len(questions):
            raise RuntimeError(f"qa ask - exited {proc.returncode} after {len(arrivals)} answers: {errors.strip()[-300:]}")
        if run:  # the first run warms the file cache
            firsts.append(arrivals[0] - started)
            per.append((arrivals[-1] - arrivals[0]) / (len(arrivals) - 1))
    return {"first_answer_s": round(statistics.median(firsts), 4), "questions": len(questions),
            "per_question_ms": round(statistics.median(per) * 1000, 3)}


def _feed(pipe, data: bytes) -> None:
    with pipe:
        pipe.write(data)


def run_corpus(label: str, corpus: Path, work: Path, args, env: dict) -> dict:
    out = {"label": label, "corpus": str(corpus)}
    env = dict(env, QA_INDEX_DIR=str(work / "qa-index"))
    prep_dir = work / "prep"
    print(f"[{label}] qa: building the index…", file=sys.stderr, flush=True)
    out["qa_build"] = build = task("qa-build", "--corpus", str(corpus), env=env)
    if "error" in build:
        return out
    out["text_bytes"] = sum(p.stat().st_size for p in corpus.rglob("*") if p.is_file() and not p.name.startswith("."))
    print(f"[{label}] preparing unit texts and {args.queries} questions…", file=sys.stderr, flush=True)
    out["prep"] = task("prep", "--corpus", str(corpus), "--out", str(prep_dir), "--queries", str(args.queries),
                       "--seed", str(args.seed), env=env)
    if "error" in out["prep"]:
        return out
    units = build["units"]
    n_ask = min(args.queries, 100)
    print(f"[{label}] qa: querying…", file=sys.stderr, flush=True)
    out["qa_query"] = task("qa-query", "--corpus", str(corpus), "--prep", str(prep_dir), "--kernel", str(args.queries),
                           "--ask", str(n_ask), env=env)
    if "rank_bm25" in args.engines:
        n = args.okapi_queries or (50 if units <= 20_000 else 20 if units <= 200_000 else 5)
        print(f"[{label}] rank_bm25: building and {n} queries…", file=sys.stderr, flush=True)
        out["okapi"] = task("okapi", "--prep", str(prep_dir), "--n", str(n), env=env)
    if "bm25s" in args.engines:
        if have("bm25s"):
            save = work / "bm25s-index"
            shutil.rmtree(save, ignore_errors=True)
            print(f"[{label}] bm25s: building and querying…", file=sys.stderr, flush=True)
            out["bm25s_build"] = task("bm25s-build", "--prep", str(prep_dir), "--save", str(save), "--n", str(args.queries), env=env)
            out["bm25s_query"] = task("bm25s-query", "--prep", str(prep_dir), "--save", str(save), "--n", str(args.queries), env=env)
        else:
            out["bm25s_build"] = out["bm25s_query"] = {"error": "bm25s not installed (pip install -e '.[bench]')"}
    if args.cli:
        questions = [q["question"] for q in json.loads((prep_dir / "queries.json").read_text(encoding="utf-8"))][: args.cli_questions]
        print(f"[{label}] qa ask - --json: start-up and {len(questions)} questions…", file=sys.stderr, flush=True)
        try:
            out["cli"] = cli_end_to_end(corpus, questions, env)
        except Exception as exc:
            out["cli"] = {"error": str(exc)}
    return out


# --- report -----------------------------------------------------------------------------------------------


def _f(value, digits=2, unit=""):
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:,.{digits}f}{unit}"
    return f"{value:,}{unit}"


def _lat(d: dict | None, key="p50") -> float | None:
    return d.get(key) if d and d.get("n") else None


def _pair(d: dict | None) -> str:
    return f"{_f(_lat(d), 3)} / {_f(_lat(d, 'p95'), 3)}" if d and d.get("n") else "–"


def _ratio(a, b):
    return a / b if a is not None and b else None


def table(r: dict) -> tuple[str, dict]:
    b, q = r.get("qa_build", {}), r.get("qa_query", {})
    ok, sb, sq = r.get("okapi", {}), r.get("bm25s_build", {}), r.get("bm25s_query", {})
    cli = r.get("cli", {})
    errors = [f"- {name}: {d['error']}" for name, d in r.items() if isinstance(d, dict) and "error" in d]
    mb = lambda n: n / 1e6 if n else None  # noqa: E731
    qa_rss_build = b.get("rss_mb")
    workers = b.get("workers", 1)
    qa_rss_total = (qa_rss_build or 0) + (workers if workers > 1 else 0) * (b.get("workers_rss_mb") or 0) if qa_rss_build else None
    head = (f"### {r['label']}: {_f(b.get('units'))} units (sentences and headings) in {_f(b.get('docs'))} documents, "
            f"{_f(mb(r.get('text_bytes')), 1)} MB of text; vocabulary {_f(b.get('vocab'))}, {_f(b.get('postings'))} sentence postings\n")
    rows = [
        "| | qa | rank_bm25 (BM25Okapi) | bm25s | ratio |",
        "|---|---|---|---|---|",
        f"| build (s) | {_f(b.get('build_s'))} (read, clean, Punkt, tokenize, BM25 ×3 levels, save; {workers} process{'es' if workers > 1 else ''}) "
        f"| {_f(ok.get('build_s'))} (BM25Okapi() on qa's terms) | {_f(sb.get('build_s'))} (tokenize + index) "
        f"| qa/bm25s {_f(_ratio(b.get('build_s'), sb.get('build_s')), 2, '×')} |",
        f"| index on disk (MB) | {_f(mb(b.get('index_bytes')), 1)} (3 levels) | – (memory only) | {_f(mb(sb.get('index_bytes')), 1)} "
        f"| qa/bm25s {_f(_ratio(b.get('index_bytes'), sb.get('index_bytes')), 2, '×')} |",
        f"| peak RSS, build (MB) | {_f(qa_rss_build, 0)}" + (f" + {workers}×{_f(b.get('workers_rss_mb'), 0)} workers = {_f(qa_rss_total, 0)}" if workers > 1 else "")
        + f" | {_f(ok.get('rss_mb'), 0)} (build + queries) | {_f(sb.get('rss_mb'), 0)} | qa/bm25s {_f(_ratio(qa_rss_total, sb.get('rss_mb')), 2, '×')} |",
        f"| peak RSS, query process (MB) | {_f(q.get('rss_mb'), 0)} (after open: {_f(q.get('rss_after_open_mb'), 0)}) | – | {_f(sq.get('rss_mb'), 0)} "
        f"| qa/bm25s {_f(_ratio(q.get('rss_mb'), sq.get('rss_mb')), 2, '×')} |",
        f"| resident at the end of the query process: private / file-backed (MB) | {_f(q.get('rss_anon_mb'), 0)} / {_f(q.get('rss_file_mb'), 0)} "
        f"(file-backed: pages of the memory-mapped index the queries touched, plus code) | – | {_f(sq.get('rss_anon_mb'), 0)} / {_f(sq.get('rss_file_mb'), 0)} "
        f"| private qa/bm25s {_f(_ratio(q.get('rss_anon_mb'), sq.get('rss_anon_mb')), 2, '×')} |",
        f"| open index (s) | {_f(q.get('open_s'), 3)} | – | {_f(sq.get('open_s'), 3)} | |",
        f"| kernel, all matches p50 / p95 (ms) | score_postings {_pair(q.get('score_postings'))} | get_scores {_pair(ok.get('get_scores'))} "
        f"(n={ok.get('get_scores', {}).get('n', 0)}) | – | okapi/qa {_f(_ratio(_lat(ok.get('get_scores')), _lat(q.get('score_postings'))), 0, '×')} |",
        f"| kernel, top 10 p50 / p95 (ms) | top_k {_pair(q.get('top_k'))} | – | retrieve(k=10) {_pair(sq.get('retrieve'))} "
        f"| bm25s/qa {_f(_ratio(_lat(sq.get('retrieve')), _lat(q.get('top_k'))), 2, '×')} |",
        f"| kernel, dense scores of every unit p50 / p95 (ms) | scores {_pair(q.get('dense_scores'))} | | "
        f"get_scores {_pair((sq.get('retrieve') or {}).get('get_scores'))} | |",
        f"| Engine.ask p50 / p95 (ms) | {_pair(q.get('ask'))} | | | |",
        f"| `qa ask - --json --corpus DIR`: first answer (s); then per question (ms) | {_f(cli.get('first_answer_s'), 3)}; "
        f"{_f(cli.get('per_question_ms'), 2)} (n={cli.get('questions', 0)}) | | | |",
        f"| same top 10 as rank_bm25 / max abs score difference | {ok.get('same_top10', '–')} / {ok.get('max_abs_diff', '–')} | | | |",
    ]
    summary = {
        "units": b.get("units"),
        "okapi_over_qa": _ratio(_lat(ok.get("get_scores")), _lat(q.get("score_postings"))),
        "bm25s_over_qa": _ratio(_lat(sq.get("retrieve")), _lat(q.get("top_k"))),
        "build_ratio": _ratio(b.get("build_s"), sb.get("build_s")),
        "rss_build_ratio": _ratio(qa_rss_total, sb.get("rss_mb")),
        "rss_query_ratio": _ratio(q.get("rss_mb"), sq.get("rss_mb")),
        "anon_query_ratio": _ratio(q.get("rss_anon_mb"), sq.get("rss_anon_mb")),
        "ask_p50": _lat(q.get("ask")),
        "okapi_over_cli": _ratio(_lat(ok.get("get_scores")), cli.get("per_question_ms")),
        "bm25s_over_cli": _ratio(_lat(sq.get("retrieve")), cli.get("per_question_ms")),
    }
    text = head + "\n" + "\n".join(rows) + "\n"
    if errors:
        text += "\nNot measured:\n" + "\n".join(errors) + "\n"
    return text, summary


def verdict(ok: bool | None) -> str:
    return "–" if ok is None else ("met" if ok else "NOT met")


def targets(cold: dict | None, warm: dict | None, summaries: list[dict]) -> str:
    lines = ["| target | measured | |", "|---|---|---|"]
    if cold:
        base = cold.get("python -c 'import numpy, pydantic'")
        for label in COLD_QUESTIONS:
            value = cold.get(label)
            ratio = _ratio(value, base)
            lines.append(f"| bundled cold `{label.split(' (')[0]}` ≤ 2.5× numpy+pydantic import | {_f(value, 3)} s vs {_f(base, 3)} s = {_f(ratio, 2, '×')} "
                         f"| {verdict(ratio <= 2.5 if ratio else None)} |")
    if warm:
        p50 = _lat(warm.get("ask"))
        lines.append(f"| warm in-process answer (bundled) ≤ 5 ms p50 | {_f(p50, 3)} ms | {verdict(p50 <= 5 if p50 else None)} |")
    big = max((s for s in summaries if s.get("units")), key=lambda s: s["units"], default=None)
    if big:
        n = _f(big["units"])
        lines += [
            f"| {n} units: kernel p50 ≥ 100× faster than BM25Okapi.get_scores | {_f(big['okapi_over_qa'], 0, '×')} "
            f"| {verdict(big['okapi_over_qa'] >= 100 if big['okapi_over_qa'] else None)} |",
            f"| {n} units: top 10 no slower than bm25s retrieve | bm25s/qa = {_f(big['bm25s_over_qa'], 2, '×')} "
            f"| {verdict(big['bm25s_over_qa'] >= 1 if big['bm25s_over_qa'] else None)} |",
            f"| {n} units: build ≤ 2× bm25s | {_f(big['build_ratio'], 2, '×')} | {verdict(big['build_ratio'] <= 2 if big['build_ratio'] else None)} |",
            f"| {n} units: peak RSS ≤ 2× bm25s (build / query process) | {_f(big['rss_build_ratio'], 2, '×')} / {_f(big['rss_query_ratio'], 2, '×')} "
            f"| {verdict(big['rss_build_ratio'] <= 2 and big['rss_query_ratio'] <= 2 if big['rss_build_ratio'] and big['rss_query_ratio'] else None)} |",
            f"| {n} units: query process private memory ≤ 2× bm25s (RSS without the mapped index pages) | {_f(big['anon_query_ratio'], 2, '×')} "
            f"| {verdict(big['anon_query_ratio'] <= 2 if big['anon_query_ratio'] else None)} |",
            f"| {n} units, end to end: `qa ask -` per question ≥ 100× faster than BM25Okapi.get_scores "
            f"| {_f(big['okapi_over_cli'], 0, '×')} | {verdict(big['okapi_over_cli'] >= 100 if big['okapi_over_cli'] else None)} |",
            f"| {n} units, end to end: `qa ask -` per question no slower than bm25s retrieve "
            f"| bm25s/qa = {_f(big['bm25s_over_cli'], 2, '×')} | {verdict(big['bm25s_over_cli'] >= 1 if big['bm25s_over_cli'] else None)} |",
        ]
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="*", default=[], help="synthetic corpora of this many sentences")
    ap.add_argument("--folder", action="append", default=[], help="also benchmark this folder of .txt/.md files")
    ap.add_argument("--seed", type=int, default=13, help="seed of the synthetic corpora and of the questions")
    ap.add_argument("--engines", nargs="+", default=list(ENGINES), choices=ENGINES)
    ap.add_argument("--queries", type=int, default=200, help="questions per corpus (qa kernel, bm25s)")
    ap.add_argument("--okapi-queries", type=int, default=0, help="questions for rank_bm25 (default: 50, 20 or 5 by size)")
    ap.add_argument("--cold-runs", type=int, default=7, help="runs of each cold start-up command (0 = skip)")
    ap.add_argument("--no-cli", dest="cli", action="store_false", help="skip `qa ask - --json` end to end")
    ap.add_argument("--cli-questions", type=int, default=50)
    ap.add_argument("--cache", type=Path, default=None, help="where corpora and indexes are kept")
    ap.add_argument("--json", type=Path, default=None, help="write the raw results here")
    args = ap.parse_args(argv)
    if not args.sizes and not args.folder:
        args.sizes = [10_000, 100_000, 1_000_000]
    if args.cache is None:
        from platformdirs import user_cache_dir

        args.cache = Path(user_cache_dir("qa-bench", appauthor=False))
    args.cache.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, TQDM_DISABLE="1", PYTHONPATH=os.pathsep.join(p for p in (str(REPO), os.environ.get("PYTHONPATH")) if p))
    env.pop("QA_CORPUS", None)
    results = {"machine": machine(), "corpora": []}
    if args.cold_runs > 0 and "qa" in args.engines:
        print(f"cold start-up, {args.cold_runs} runs each…", file=sys.stderr, flush=True)
        bundled_env = {k: v for k, v in env.items() if k != "QA_INDEX_DIR"}
        try:
            results["cold"] = cold_start(args.cold_runs, bundled_env)
        except Exception as exc:
            results["cold"] = {"error": str(exc)}
        results["warm"] = task("qa-warm", "--questions", json.dumps(BUNDLED_QUESTIONS), "--repeat", "20", env=bundled_env)
    from bench import corpus as synthetic

    jobs = []
    for n in args.sizes:
        print(f"synthetic corpus of {n:,} sentences (seed {args.seed})…", file=sys.stderr, flush=True)
        root = synthetic.ensure(args.cache, n, args.seed)
        jobs.append((f"synthetic Zipf corpus, {n:,} sentences", root, root.parent))
    for folder in args.folder:
        path = Path(folder).expanduser().resolve()
        import hashlib

        work = args.cache / f"folder-{path.name}-{hashlib.sha256(str(path).encode()).hexdigest()[:10]}"
        jobs.append((f"folder {path}", path, work))
    for label, root, work in jobs:
        work.mkdir(parents=True, exist_ok=True)
        results["corpora"].append(run_corpus(label, root, work, args, env))

    m = results["machine"]
    report = [f"## qa benchmark\n\nmachine: {m.get('cpu')}, {m.get('nproc')} CPUs, {m.get('ram_gb')} GB RAM; "
              f"Python {m['python']}, numpy {m.get('numpy')}, rank_bm25 {m.get('rank_bm25')}, bm25s {m.get('bm25s')}\n"]
    cold, warm = results.get("cold"), results.get("warm")
    if cold and "error" not in cold:
        report.append("### start-up on the bundled corpus (median wall time of a fresh process)\n")
        report.append("| command | s |\n|---|---|\n" + "".join(f"| {k} | {_f(v, 3)} |\n" for k, v in cold.items()))
    elif cold:
        report.append(f"start-up not measured: {cold['error']}\n")
    if warm and "error" not in warm:
        report.append(f"warm in-process Engine.ask on the bundled corpus (p50 / p95 ms): {_pair(warm.get('ask'))}\n")
    summaries = []
    for r in results["corpora"]:
        text, summary = table(r)
        report.append(text)
        summaries.append(summary)
    report.append("### targets (the issue's; the size-dependent ones are stated for 1M sentences and checked here on the largest corpus of this run)\n")
    report.append(targets(cold if cold and "error" not in cold else None, warm if warm and "error" not in warm else None, summaries))
    print("\n".join(report))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
