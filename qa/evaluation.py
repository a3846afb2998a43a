"""Score the engine on a question set with gold answers (the format of shared/eval/dev.jsonl).

Each line: {"id", "question", "accept": [substrings of a correct quote], "short": str|null,
"kind": "..."|"unanswerable", "after": id of the turn it follows (optional)}.
"""

import re
import time
import unicodedata
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from qa.engine import Engine
from qa.errors import QAError
from qa.models import Response


class EvalItem(BaseModel):
    model_config = ConfigDict(extra="ignore")
    id: str
    question: str
    accept: list[str] = []
    short: str | None = None
    kind: str = ""
    after: str | None = None


class Miss(BaseModel):
    id: str
    question: str
    got: str


class EvalReport(BaseModel):
    questions: int
    answerable: int
    hit1: float
    hit3: float
    short1: float
    abstain: float
    false_abstain: float
    followup_hit1: float
    latency_ms_p50: float
    misses: list[Miss]


def _norm(s: str) -> str:
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    s = s.translate(str.maketrans("‘’“”", "''\"\""))
    return re.sub(r"\s+", " ", s).strip().lower()


def load_items(path: str | Path) -> list[EvalItem]:
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise QAError(f"cannot read question set {path}: {exc}") from None
    try:
        return [EvalItem.model_validate_json(line) for line in lines if line.strip()]
    except ValidationError as exc:
        raise QAError(f"{path} is not a question set: {exc.errors()[0]['msg']}") from None


def _hit(r: Response, item: EvalItem, n: int) -> bool:
    return r.answered and any(_norm(a) in _norm(ans.quote) for ans in r.answers[:n] for a in item.accept)


def _short_ok(r: Response, item: EvalItem) -> bool:
    top = r.answers[0] if r.answers else None
    if not (item.short and top and top.highlight):
        return False
    span = _norm(top.quote[top.highlight.start : top.highlight.end])
    return bool(span) and (_norm(item.short) in span or span in _norm(item.short))


def evaluate(engine: Engine, items: list[EvalItem]) -> EvalReport:
    by_id = {i.id: i for i in items}
    latencies, responses = [], {}
    for item in items:
        chat = engine.conversation()
        if item.after and item.after in by_id:
            chat.ask(by_id[item.after].question)
        started = time.perf_counter()
        try:
            responses[item.id] = chat.ask(item.question)
        except QAError as exc:
            responses[item.id] = Response(question=item.question, answered=False, error={"code": exc.code, "message": str(exc)})
        latencies.append((time.perf_counter() - started) * 1000)
    answerable = [i for i in items if i.kind != "unanswerable"]
    unanswerable = [i for i in items if i.kind == "unanswerable"]
    followups = [i for i in answerable if i.after]
    misses = []
    for i in items:
        r = responses[i.id]
        ok = (not r.answered) if i.kind == "unanswerable" else _hit(r, i, 1)
        if not ok:
            got = r.answers[0].quote if r.answers else "(no answer)"
            misses.append(Miss(id=i.id, question=i.question, got=got[:160]))

    def share(hits: int, total: list) -> float:
        return round(hits / len(total), 3) if total else 0.0

    latencies.sort()
    return EvalReport(
        questions=len(items),
        answerable=len(answerable),
        hit1=share(sum(_hit(responses[i.id], i, 1) for i in answerable), answerable),
        hit3=share(sum(_hit(responses[i.id], i, 3) for i in answerable), answerable),
        short1=share(sum(_hit(responses[i.id], i, 1) and _short_ok(responses[i.id], i) for i in answerable), answerable),
        abstain=share(sum(not responses[i.id].answered for i in unanswerable), unanswerable),
        false_abstain=share(sum(not responses[i.id].answered for i in answerable), answerable),
        followup_hit1=share(sum(_hit(responses[i.id], i, 1) for i in followups), followups),
        latency_ms_p50=round(latencies[len(latencies) // 2], 2) if latencies else 0.0,
        misses=misses,
    )
