"""`qa eval FILE`: print the evaluation report."""

import sys

from qa.evaluation import evaluate, load_items


def run_eval(engine, path: str, as_json: bool) -> int:
    report = evaluate(engine, load_items(path))
    if as_json:
        sys.stdout.write(report.model_dump_json() + "\n")
        return 0
    print(f"questions {report.questions} ({report.answerable} answerable)")
    for name in ("hit1", "hit3", "short1", "abstain", "false_abstain", "followup_hit1", "latency_ms_p50"):
        print(f"{name:15} {getattr(report, name)}")
    for m in report.misses:
        print(f"MISS {m.id}: {m.question}\n     got: {m.got}")
    return 0
