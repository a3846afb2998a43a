"""Turn a SQuAD 2.0 file into a corpus folder and a question set in the shared format.

    python -m bench.squad dev-v2.0.json OUT [--articles N]

writes ``OUT/corpus/<slug of the title>.txt`` (the title, then each paragraph, verbatim)
and ``OUT/questions.jsonl``, ready for
``QA_CORPUS=OUT/corpus python ../shared/eval/score.py --cmd qa --set OUT/questions.jsonl --seeds OUT/corpus``
or ``qa eval OUT/questions.jsonl --corpus OUT/corpus``. An answerable question
accepts the quote that holds its answer with up to three words either side
(within the sentence); an unanswerable one ("is_impossible") must be declined.
The file itself is not shipped: it is public data, fetched by whoever runs this.
"""

import argparse
import json
import re
from pathlib import Path

from qa.text.fold import fold

_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z])")
_KINDS = [("how_many", r"\bhow (?:many|much|long|old)\b|\bwhat percentage\b"),
          ("when", r"\bwhen\b|\bwhat (?:year|century|date)\b"), ("who", r"\bwho(?:m|se)?\b"), ("where", r"\bwhere\b")]


def slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", fold(title)).strip("_") or "untitled"


def kind(question: str) -> str:
    """The question's kind, by its earliest question word."""
    found = [(m.start(), k) for k, rx in _KINDS if (m := re.search(rx, question.lower()))]
    return min(found)[1] if found else "what"


def accepted(context: str, start: int, text: str, words: int = 3) -> str:
    """The answer widened to whole words and up to ``words`` words either side, not crossing a sentence end."""
    ends = [m.end() for m in _SENTENCE_END.finditer(context)]
    lo = max([e for e in ends if e <= start], default=0)
    hi = min([e for e in ends if e >= start + len(text)], default=len(context))
    before = list(re.finditer(r"\S+", context[lo:start + 1]))[-words - 1 :]
    after = list(re.finditer(r"\S+", context[start + len(text) - 1 : hi]))[: words + 1]
    s = lo + before[0].start() if before else start
    e = start + len(text) - 1 + after[-1].end() if after else start + len(text)
    return context[s:e].strip()


def convert(squad: dict, out: Path, articles: int | None = None) -> tuple[int, int]:
    """Write the corpus and question set; returns (answerable, unanswerable) counts."""
    corpus = out / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    rows = []
    for article in squad["data"][:articles]:
        doc = slug(article["title"]) + ".txt"
        contexts = [p["context"] for p in article["paragraphs"]]
        (corpus / doc).write_text(article["title"] + "\n\n" + "\n\n".join(contexts) + "\n", encoding="utf-8")
        for paragraph in article["paragraphs"]:
            for qa in paragraph["qas"]:
                if qa.get("is_impossible"):
                    rows.append({"id": qa["id"], "question": qa["question"], "doc": None, "accept": [],
                                 "short": None, "kind": "unanswerable", "about": doc})
                    continue
                found = [a for a in qa["answers"] if paragraph["context"][a["answer_start"] :].startswith(a["text"])]
                if found:
                    accept = list(dict.fromkeys(accepted(paragraph["context"], a["answer_start"], a["text"]) for a in found))
                    rows.append({"id": qa["id"], "question": qa["question"], "doc": doc, "accept": accept,
                                 "short": found[0]["text"], "kind": kind(qa["question"])})
    with open(out / "questions.jsonl", "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    unanswerable = sum(r["kind"] == "unanswerable" for r in rows)
    return len(rows) - unanswerable, unanswerable


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("squad", type=Path, help="a SQuAD 2.0 JSON file (dev-v2.0.json, train-v2.0.json)")
    ap.add_argument("out", type=Path)
    ap.add_argument("--articles", type=int, help="only the first N articles")
    a = ap.parse_args()
    answerable, unanswerable = convert(json.loads(a.squad.read_text(encoding="utf-8")), a.out, a.articles)
    print(f"{answerable} answerable and {unanswerable} unanswerable questions in {a.out}")


if __name__ == "__main__":
    main()
