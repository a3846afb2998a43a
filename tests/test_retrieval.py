"""Shortcuts in answering give what the plain way gives: retrieval opens only the best passages, and the
answerer reads only the sentences that can still change the answers."""

import json
import random
from pathlib import Path

import numpy as np
import pytest

from qa import Engine
from qa.answer import answerer, retrieval
from qa.answer.answerer import Answerer
from qa.index.build import build_index

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
BENCH_EVAL = SEEDS.parent / "bench" / "eval"


def _every_unit_ranked(index, terms, boosts, k, prefer_doc):
    """The plain way: dense BM25 of every unit, its passage and its document, over all units in play."""
    held = np.array([any(t in terms for t in index.unit_terms(u)) for u in range(index.n_units)])
    if not held.any():
        return [], []
    s = index.sentences.scores(terms, boosts)
    p = index.passages.scores(terms, boosts)[index.unit_passage]
    d = index.documents.scores(terms, boosts)[index.unit_doc]
    units = np.flatnonzero(held | (p > 0))
    s, p, d, held = s[units], p[units], d[units], held[units]

    def share(x):
        return np.clip(x, 0, None) / x.max() if x.max() > 0 else np.zeros(len(x))

    base = 1.0 * share(s) + 0.25 * share(p) + 0.25 * share(d)
    if prefer_doc is not None:
        base = base + 0.3 * (index.unit_doc[units] == prefer_doc)
    order = np.argsort(-(base + held + (p > 0)), kind="stable")[:k]
    return units[order].tolist(), base[order].tolist()


@pytest.fixture(scope="module")
def random_index(tmp_path_factory):
    root = tmp_path_factory.mktemp("corpus")
    rng = random.Random(7)
    words = [f"{a}{b}" for a in ("ka", "lo", "mi", "nu", "pe", "ro", "sa") for b in ("ban", "dor", "fil", "gat", "hum")]
    weights = [1 / (i + 1) for i in range(len(words))]
    for n in range(30):
        paragraphs = []
        for _ in range(rng.randint(1, 6)):
            sentences = [" ".join(rng.choices(words, weights, k=rng.randint(3, 12))).capitalize() + "."
                         for _ in range(rng.randint(1, 5))]
            paragraphs.append(" ".join(sentences))
        (root / f"f{n:02d}.txt").write_text("\n\n".join(paragraphs), encoding="utf-8")
    return build_index(root), words


def test_top_units_equal_ranking_every_unit_in_play(random_index):
    index, words = random_index
    rare = words[len(words) // 2 :]  # few units hold them, so units that only share a passage make the cut
    passage_only = 0
    for seed in range(60):
        rng = random.Random(seed)
        terms = [w for w in dict.fromkeys(rng.sample(rare if seed % 2 else words, rng.randint(1, 4)))
                 if w in index.sentences.vocab] + (["absentword"] if seed % 5 == 0 else [])
        boosts = [rng.choice([1.0, 0.3, 2.0]) for _ in terms]
        k = rng.choice([1, 3, 10, 25, 60])
        prefer = rng.randrange(len(index.docs)) if seed % 3 == 0 else None
        units, bases = retrieval.top_units(index, terms, boosts, k, prefer)
        expected_units, expected_bases = _every_unit_ranked(index, terms, boosts, k, prefer)
        assert (units.tolist(), bases.tolist()) == (expected_units, expected_bases), seed
        passage_only += sum(not set(terms) & set(index.unit_terms(u)) for u in units.tolist())
    assert passage_only > 20, "the random questions must reach units that only share a passage with a match"


def test_no_unit_holds_a_term():
    index = build_index(SEEDS)
    units, bases = retrieval.top_units(index, ["zzzabsent"], [1.0], 5)
    assert units.tolist() == [] and bases.tolist() == []


@pytest.mark.parametrize("name,corpus", [("seeds-paraphrased", SEEDS), ("encyclopedia", BENCH_EVAL / "encyclopedia")])
def test_reading_only_what_can_matter_answers_as_reading_everything(name, corpus, monkeypatch):
    questions = [json.loads(line)["question"] for line in (BENCH_EVAL / f"{name}.jsonl").read_text().splitlines()]
    engine = Engine.open(corpus)
    read = []
    finish = Answerer._finish
    monkeypatch.setattr(Answerer, "_finish", lambda self, c, *a: read.append(c.unit) or finish(self, c, *a))
    lazy = [engine.ask(q, k).model_dump() for q in questions for k in (1, 3)]
    lazily_read = len(read)
    monkeypatch.setattr(answerer, "settled", lambda *a: False)
    read.clear()
    eager = [engine.ask(q, k).model_dump() for q in questions for k in (1, 3)]
    assert lazy == eager
    assert lazily_read < 0.7 * len(read), "the early stop should spare reading many sentences"


def test_the_early_stop_leaves_room_for_a_sentence_that_hands_over_to_the_one_before(make_corpus, monkeypatch):
    # "joined the same year" has no date of its own: for "which year" it hands over to the sentence before,
    # which then scores above what that sentence alone could.
    files = {
        "d0.txt": "News 0\n2024-08-17\n\nThe town of Autun joined the league in 974. The church of Tours joined the "
                  "league in 1086. The abbey of Hirsau joined the league in 1146. The priory of Vezelay joined the order "
                  "in 950 with its lands. The convent of Paray joined the same year.\n",
        "d1.txt": "News 1\n2017-07-14\n\nThe priory of Vezelay left the order in 1144. The church of Tours joined the "
                  "league in 1058. The abbey of Hirsau joined the order in 1138. The monks of Gorze joined the same year, "
                  "its monks said. The monks of Gorze left the order in 1175.\n",
        "d2.txt": "News 2\n2003-08-15\n\nThe abbey of Cluny joined the order in 1141 after a long debate.\n",
        "d3.txt": "News 3\n2023-08-11\n\nThe church of Tours joined the order in 1003 as its bishop wished. The priory "
                  "of Vezelay joined the order in 1069 under abbot Hugh. The priory of Vezelay joined the same year, its "
                  "monks said. The abbey of Cluny left the order in 1137.\n",
        "d4.txt": "News 4\n2019-03-17\n\nThe house of Citeaux was rebuilt in 1145. The convent of Paray joined the order "
                  "in 922 after a long debate. The abbey of Hirsau joined the same year as well. The priory of Vezelay "
                  "joined the order in 950. The priory of Vezelay joined the same year, its monks said.\n",
    }
    engine = Engine.open(make_corpus(files))
    questions = ["In which year did the priory join the order?", "In which year did the convent join the order?",
                 "In what year did the monks join?"]
    lazy = [engine.ask(q, k).model_dump() for q in questions for k in (1, 2, 3)]
    monkeypatch.setattr(answerer, "settled", lambda *a: False)
    assert lazy == [engine.ask(q, k).model_dump() for q in questions for k in (1, 2, 3)]
