"""`qa eval`: the evaluation report on a small question set of the test's own."""

import json

from qa.evaluation import EvalItem, evaluate

CORPUS = {"lighthouse.txt": (
    "The lighthouse at Cape Mora was built in 1871 by the engineer Tomas Reyes.\n\n"
    "Its lamp can be seen from 22 nautical miles away.\n\n"
    "The keeper, Ana Duarte, lived in the tower for thirty years.\n"
)}

ITEMS = [
    {"id": "a", "question": "When was the lighthouse at Cape Mora built?", "accept": ["was built in 1871"], "short": "1871", "kind": "when"},
    {"id": "b", "question": "Who built the lighthouse?", "accept": ["by the engineer Tomas Reyes"], "short": "Tomas Reyes", "kind": "who"},
    {"id": "c", "question": "How long did the keeper live in the tower?", "accept": ["lived in the tower for thirty years"], "short": "thirty years", "kind": "how_many"},
    {"id": "d", "question": "How many years did she stay?", "after": "c", "accept": ["lived in the tower for thirty years"], "short": "thirty", "kind": "followup"},
    {"id": "u", "question": "Who painted the Mona Lisa?", "accept": [], "short": None, "kind": "unanswerable"},
]


def test_evaluation_report_counts_hits_abstentions_and_follow_ups(make_corpus):
    from qa import Engine

    report = evaluate(Engine.open(make_corpus(CORPUS)), [EvalItem(**i) for i in ITEMS])
    assert report.questions == 5 and report.answerable == 4
    assert report.hit1 == 1.0 and report.hit3 == 1.0
    assert report.abstain == 1.0 and report.false_abstain == 0.0
    assert report.followup_hit1 == 1.0
    assert report.short1 >= 0.5
    assert report.misses == []


def test_eval_command_prints_json_and_lists_misses(make_corpus, run_cli, tmp_path):
    corpus = make_corpus(CORPUS)
    items = ITEMS + [{"id": "x", "question": "When was the lighthouse built?", "accept": ["thirty years"], "kind": "when"}]
    path = tmp_path / "set.jsonl"
    path.write_text("\n".join(json.dumps(i) for i in items), encoding="utf-8")
    code, out, _ = run_cli("eval", str(path), "--corpus", str(corpus), "--json")
    report = json.loads(out)
    assert code == 0 and [m["id"] for m in report["misses"]] == ["x"]
    code, out, _ = run_cli("eval", str(path), "--corpus", str(corpus))
    assert "hit1" in out and "MISS x" in out


def test_eval_refuses_a_file_that_is_not_a_question_set(run_cli, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("not json\n", encoding="utf-8")
    code, _, err = run_cli("eval", str(bad))
    assert code == 1 and "not a question set" in err
