"""The benchmark runs end to end at a tiny size and prints its table (timings are not checked here)."""

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_benchmark_runs_at_its_smallest_size(tmp_path):
    engines = ["qa", "rank_bm25"] + (["bm25s"] if importlib.util.find_spec("bm25s") else [])
    raw = tmp_path / "results.json"
    proc = subprocess.run(
        [sys.executable, "-m", "bench.run", "--sizes", "2000", "--engines", *engines, "--queries", "20",
         "--okapi-queries", "10", "--cold-runs", "1", "--cli-questions", "5", "--cache", str(tmp_path / "cache"),
         "--json", str(raw)],
        cwd=REPO, capture_output=True, text=True, timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = proc.stdout
    assert "| | qa | rank_bm25 (BM25Okapi) | bm25s | ratio |" in out
    for row in ("| build (s) |", "| index on disk (MB) |", "| peak RSS, build (MB) |", "| kernel, all matches p50 / p95 (ms) |",
                "| Engine.ask p50 / p95 (ms) |", "### targets", "numpy+pydantic import"):
        assert row in out, row
    results = json.loads(raw.read_text())
    corpus = results["corpora"][0]
    assert corpus["qa_build"]["units"] > 1000
    assert corpus["okapi"]["same_top10"] == "10/10", "qa's scores rank like rank_bm25's"
    assert corpus["qa_query"]["ask"]["n"] == 20, "every question was answered through Engine.ask"
    if "bm25s" in engines:
        assert "error" not in corpus["bm25s_build"] and "error" not in corpus["bm25s_query"]
    assert "error" not in corpus["cli"] and "error" not in results["cold"]
    generated = Path(corpus["corpus"])
    assert len(list(generated.rglob("*.txt"))) >= 2, "the synthetic corpus is plain .txt files"


def test_a_squad_file_becomes_a_corpus_and_a_question_set_that_qa_eval_reads(tmp_path):
    from bench.squad import convert
    from qa.evaluation import load_items

    context = "The Velm rises in the hills. It was first bridged in 1467 by the monks of Orl. Trade grew."
    squad = {"data": [{"title": "Velm River", "paragraphs": [{"context": context, "qas": [
        {"id": "a", "question": "When was the Velm first bridged?", "is_impossible": False,
         "answers": [{"text": "1467", "answer_start": context.index("1467")}]},
        {"id": "b", "question": "Who bridged the Velm in 1200?", "is_impossible": True, "answers": []}]}]}]}
    assert convert(squad, tmp_path) == (1, 1)
    assert (tmp_path / "corpus" / "velm_river.txt").read_text(encoding="utf-8").startswith("Velm River\n\nThe Velm")
    answerable, unanswerable = load_items(tmp_path / "questions.jsonl")
    assert answerable.accept == ["first bridged in 1467 by the monks"] and answerable.kind == "when"
    assert unanswerable.kind == "unanswerable" and not unanswerable.accept
