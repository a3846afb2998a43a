"""One measurement per process: ``python -m bench.engines TASK --options``.

Each task prints one JSON object on its last stdout line, including its own
peak resident memory (``getrusage``), so every engine is measured alone. Only
the modules a task needs are imported (qa, rank_bm25 or bm25s).
"""

import argparse
import json
import os
import random
import re
import resource
import statistics
import sys
import time
from pathlib import Path


def _peak_rss_mb(who=resource.RUSAGE_SELF) -> float:
    kb = resource.getrusage(who).ru_maxrss
    return round(kb / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


def _status_mb(field: str) -> float | None:
    """A memory field of /proc/self/status in MB (Linux; None elsewhere)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return None


def _current_rss_mb() -> float | None:
    return _status_mb("VmRSS")


def _rss_split() -> dict:
    """Resident memory now: private (anonymous) and file-backed (mapped files: code, memory-mapped arrays)."""
    return {"rss_anon_mb": _status_mb("RssAnon"), "rss_file_mb": _status_mb("RssFile")}


def _ms(samples_ns: list[int]) -> dict:
    if not samples_ns:
        return {"n": 0}
    ms = sorted(s / 1e6 for s in samples_ns)
    p95 = ms[min(len(ms) - 1, int(round(0.95 * (len(ms) - 1))))]
    return {"n": len(ms), "p50": round(statistics.median(ms), 4), "p95": round(p95, 4), "mean": round(sum(ms) / len(ms), 4)}


def _folder_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _emit(result: dict) -> None:
    print(json.dumps(result))


# --- qa ---------------------------------------------------------------------------------------------


def qa_build(args) -> None:
    from qa import Engine
    from qa.corpus import reader
    from qa.index import store
    from qa.index.workers import worker_count

    files = reader.discover(Path(args.corpus))
    started = time.perf_counter()
    engine = Engine.open(args.corpus, rebuild=True)
    seconds = time.perf_counter() - started
    idx = engine.index
    generation = store._generation(engine.index_folder)
    _emit({
        "build_s": round(seconds, 3), "files": len(files), "docs": len(idx.docs), "units": idx.n_units,
        "vocab": len(idx.sentences.vocab), "postings": int(len(idx.sentences.doc_ids)),
        "workers": worker_count(files), "index_bytes": _folder_bytes(generation),
        "rss_mb": _peak_rss_mb(), "workers_rss_mb": _peak_rss_mb(resource.RUSAGE_CHILDREN),
    })


_WORD = re.compile(r"[A-Za-z]{4,}")


def prep(args) -> None:
    """Unit texts and qa terms for the other engines, and the questions (sampled with a fixed seed)."""
    from qa import Engine

    engine = Engine.open(args.corpus)
    idx, analyzer = engine.index, engine.analyzer
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    with open(out / "units.txt", "w", encoding="utf-8") as texts, open(out / "terms.txt", "w", encoding="utf-8") as terms:
        for u in range(idx.n_units):
            d = int(idx.unit_doc[u])
            piece = engine.text(d)[int(idx.unit_start[u]) : int(idx.unit_end[u])]
            texts.write(" ".join(piece.split()) + "\n")
            terms.write(" ".join(analyzer.terms(piece)) + "\n")
    questions = []
    tries = 0
    while len(questions) < args.queries and tries < args.queries * 50:
        tries += 1
        u = rng.randrange(idx.n_units)
        words = list(dict.fromkeys(_WORD.findall(engine.quote(u))))
        if len(words) < 2:
            continue
        picked = rng.sample(words, min(len(words), rng.randint(2, 4)))
        question = "What about " + " ".join(picked) + "?"
        qterms = analyzer.terms(question)
        if qterms:
            questions.append({"question": question, "terms": qterms})
    (out / "queries.json").write_text(json.dumps(questions), encoding="utf-8")
    (out / "complete.json").write_text(json.dumps({"units": idx.n_units, "fingerprint": idx.fingerprint}), encoding="utf-8")
    _emit({"units": idx.n_units, "queries": len(questions)})


def qa_query(args) -> None:
    from qa import Engine

    queries = json.loads((Path(args.prep) / "queries.json").read_text(encoding="utf-8"))
    started = time.perf_counter()
    engine = Engine.open(args.corpus)
    open_s = time.perf_counter() - started
    rss_open = _current_rss_mb()
    m = engine.index.sentences
    for q in queries[:3]:  # warm-up
        m.score_postings(q["terms"])
        engine.ask(q["question"])
    sparse_ns, topk_ns, dense_ns = [], [], []
    top = []
    for q in queries[: args.kernel]:
        t0 = time.perf_counter_ns()
        m.score_postings(q["terms"])
        t1 = time.perf_counter_ns()
        ids, scores = m.top_k(q["terms"], 10)
        t2 = time.perf_counter_ns()
        m.scores(q["terms"])
        t3 = time.perf_counter_ns()
        sparse_ns.append(t1 - t0)
        topk_ns.append(t2 - t1)
        dense_ns.append(t3 - t2)
        top.append({"ids": ids.tolist(), "scores": scores.tolist()})
    (Path(args.prep) / "qa_top.json").write_text(json.dumps(top), encoding="utf-8")
    ask_ns, responses = [], []
    for q in queries[: args.ask]:
        t0 = time.perf_counter_ns()
        r = engine.ask(q["question"])
        ask_ns.append(time.perf_counter_ns() - t0)
        responses.append(r.model_dump())
    result = {
        "open_s": round(open_s, 4), "rss_after_open_mb": rss_open,
        "score_postings": _ms(sparse_ns), "top_k": _ms(topk_ns), "dense_scores": _ms(dense_ns), "ask": _ms(ask_ns),
        "answered": sum(r["answered"] for r in responses),
    }
    result["rss_mb"] = _peak_rss_mb()
    result.update(_rss_split())
    _emit(result)


def qa_warm(args) -> None:
    """Warm in-process answers on a corpus (default: the bundled one)."""
    from qa import Engine

    questions = json.loads(args.questions)
    engine = Engine.open(args.corpus or None)
    for q in questions:
        engine.ask(q)
    samples = []
    for _ in range(args.repeat):
        for q in questions:
            t0 = time.perf_counter_ns()
            engine.ask(q)
            samples.append(time.perf_counter_ns() - t0)
    result = {"ask": _ms(samples)}
    result["rss_mb"] = _peak_rss_mb()
    _emit(result)


# --- rank_bm25 ----------------------------------------------------------------------------------------


def okapi(args) -> None:
    import numpy as np
    from rank_bm25 import BM25Okapi

    prep_dir = Path(args.prep)
    with open(prep_dir / "terms.txt", encoding="utf-8") as fh:
        corpus = [line.split() for line in fh]
    queries = json.loads((prep_dir / "queries.json").read_text(encoding="utf-8"))[: args.n]
    qa_top = json.loads((prep_dir / "qa_top.json").read_text(encoding="utf-8")) if (prep_dir / "qa_top.json").exists() else []
    started = time.perf_counter()
    model = BM25Okapi(corpus)
    build_s = time.perf_counter() - started
    samples, same_top, max_diff = [], 0, 0.0
    for n, q in enumerate(queries):
        t0 = time.perf_counter_ns()
        scores = model.get_scores(q["terms"])
        samples.append(time.perf_counter_ns() - t0)
        if n < len(qa_top) and qa_top[n]["ids"]:
            ours = qa_top[n]
            order = np.argsort(-scores, kind="stable")[: len(ours["ids"])]
            same_top += order.tolist() == ours["ids"]
            max_diff = max(max_diff, float(np.max(np.abs(scores[ours["ids"]] - np.array(ours["scores"])))))
    _emit({"build_s": round(build_s, 3), "get_scores": _ms(samples), "same_top10": f"{same_top}/{min(len(queries), len(qa_top))}",
           "max_abs_diff": max_diff, "rss_mb": _peak_rss_mb()})


# --- bm25s --------------------------------------------------------------------------------------------


def _bm25s_queries(bm25s, prep_dir: Path, n: int):
    queries = json.loads((prep_dir / "queries.json").read_text(encoding="utf-8"))[:n]
    return [bm25s.tokenize(q["question"], show_progress=False, return_ids=False)[0] for q in queries]


def _bm25s_retrieve(retriever, tokenized, n_docs: int) -> dict:
    """retrieve(k=10) as documented, and get_scores alone (its scoring kernel, before top-k selection)."""
    k = min(10, n_docs)
    for q in tokenized[:3]:
        retriever.retrieve([q], k=k, show_progress=False)
    samples, kernel = [], []
    for q in tokenized:
        t0 = time.perf_counter_ns()
        retriever.retrieve([q], k=k, show_progress=False)
        t1 = time.perf_counter_ns()
        retriever.get_scores(q)
        t2 = time.perf_counter_ns()
        samples.append(t1 - t0)
        kernel.append(t2 - t1)
    return {**_ms(samples), "get_scores": _ms(kernel)}


def bm25s_build(args) -> None:
    import bm25s

    prep_dir = Path(args.prep)
    with open(prep_dir / "units.txt", encoding="utf-8") as fh:
        texts = fh.read().splitlines()
    started = time.perf_counter()
    tokens = bm25s.tokenize(texts, show_progress=False)
    retriever = bm25s.BM25()
    retriever.index(tokens, show_progress=False)
    build_s = time.perf_counter() - started
    del tokens
    save = Path(args.save)
    retriever.save(str(save), show_progress=False)
    tokenized = _bm25s_queries(bm25s, prep_dir, args.n)
    result = {"build_s": round(build_s, 3), "index_bytes": _folder_bytes(save),
              "retrieve": _bm25s_retrieve(retriever, tokenized, len(texts)), "rss_mb": _peak_rss_mb()}
    _emit(result)


def bm25s_query(args) -> None:
    import bm25s

    started = time.perf_counter()
    retriever = bm25s.BM25.load(args.save, show_progress=False)
    open_s = time.perf_counter() - started
    tokenized = _bm25s_queries(bm25s, Path(args.prep), args.n)
    n_docs = json.loads((Path(args.prep) / "complete.json").read_text(encoding="utf-8"))["units"]
    _emit({"open_s": round(open_s, 4), "retrieve": _bm25s_retrieve(retriever, tokenized, n_docs), "rss_mb": _peak_rss_mb(),
           **_rss_split()})


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(prog="python -m bench.engines")
    sub = ap.add_subparsers(dest="task", required=True)
    p = sub.add_parser("qa-build")
    p.add_argument("--corpus", required=True)
    p = sub.add_parser("prep")
    p.add_argument("--corpus", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--queries", type=int, default=200)
    p.add_argument("--seed", type=int, default=7)
    p = sub.add_parser("qa-query")
    p.add_argument("--corpus", required=True)
    p.add_argument("--prep", required=True)
    p.add_argument("--kernel", type=int, default=200)
    p.add_argument("--ask", type=int, default=100)
    p = sub.add_parser("qa-warm")
    p.add_argument("--corpus", default="")
    p.add_argument("--questions", required=True, help="JSON list")
    p.add_argument("--repeat", type=int, default=20)
    p = sub.add_parser("okapi")
    p.add_argument("--prep", required=True)
    p.add_argument("--n", type=int, default=20)
    for name in ("bm25s-build", "bm25s-query"):
        p = sub.add_parser(name)
        p.add_argument("--prep", required=True)
        p.add_argument("--save", required=True)
        p.add_argument("--n", type=int, default=200)
    args = ap.parse_args(argv)
    {"qa-build": qa_build, "prep": prep, "qa-query": qa_query, "qa-warm": qa_warm, "okapi": okapi,
     "bm25s-build": bm25s_build, "bm25s-query": bm25s_query}[args.task](args)


if __name__ == "__main__":
    os.environ.setdefault("TQDM_DISABLE", "1")
    main()
