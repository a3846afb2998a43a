"""The fast paths give the same results as the plain ones.

- sparse scoring (:meth:`BM25Matrix.score_postings`, :meth:`top_k`) equals the
  dense scores and ``rank_bm25``;
- the streamed, numpy-counted build equals BM25 built from per-unit term lists;
- sentences cut from their line's tokens have the terms of the sentence alone;
- a build with worker processes equals one in-process build.
"""

import random
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from rank_bm25 import BM25Okapi

from qa.index import batches, workers
from qa.index import store
from qa.index.bm25 import BM25Matrix, count_postings, gather, group_postings, union_sorted
from qa.index.build import build_index
from qa.text.tokens import Analyzer

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _random_corpus(seed):
    rng = random.Random(seed)
    vocab = [f"w{i}" for i in range(rng.randint(2, 80))]
    weights = [1 / (i + 1) for i in range(len(vocab))]
    docs = [rng.choices(vocab, weights, k=rng.randint(0, 25)) for _ in range(rng.randint(1, 300))]
    return rng, vocab, docs


@pytest.mark.parametrize("seed", range(25))
def test_sparse_scores_equal_dense_scores_and_rank_bm25(seed):
    rng, vocab, docs = _random_corpus(seed)
    if not any(docs):
        docs[0] = [vocab[0]]
    ours = BM25Matrix.build(docs)
    reference = BM25Okapi(docs)
    for _ in range(10):
        query = rng.choices(vocab + ["unseen"], k=rng.randint(1, 6))
        boosts = [rng.choice([1.0, 0.5, 2.0]) for _ in query] if rng.random() < 0.5 else None
        dense = ours.scores(query, boosts)
        ids, scores = ours.score_postings(query, boosts)
        assert list(ids) == sorted(set(ids.tolist())), "ids ascending and distinct"
        matched = sorted({d for t in query for d in ours.postings(t)[0].tolist()})
        assert ids.tolist() == matched
        assert np.array_equal(scores, dense[ids]), "bit-identical to the dense path"
        rest = np.ones(ours.n_docs, dtype=bool)
        rest[ids] = False
        assert not dense[rest].any()
        if boosts is None:
            expected = reference.get_scores(query)
            assert np.allclose(dense, expected, rtol=0, atol=1e-9)
        k = rng.randint(1, 12)
        top_ids, top_scores = ours.top_k(query, k, boosts)
        order = np.argsort(-dense[ids], kind="stable")[:k]
        assert top_ids.tolist() == ids[order].tolist()
        assert np.array_equal(top_scores, dense[ids][order])


def test_sparse_scoring_leaves_no_state_behind():
    docs = [["a", "b"], ["b", "c"], ["c"], ["a", "c", "c"]]
    m = BM25Matrix.build(docs)
    first = m.score_postings(["a", "c"])
    m.score_postings(["b", "c", "a"])
    again = m.score_postings(["a", "c"])
    assert np.array_equal(first[0], again[0]) and np.array_equal(first[1], again[1])
    assert m.score_postings(["nothing"])[0].size == 0


def test_counting_postings_with_numpy_equals_counting_in_python():
    rng = np.random.default_rng(5)
    lengths = rng.integers(0, 9, size=200).astype(np.int32)
    terms = rng.integers(0, 30, size=int(lengths.sum())).astype(np.int32)
    indptr, doc_ids, tfs = count_postings(terms, lengths, 30)
    expected: dict[int, dict[int, int]] = {}
    pos = 0
    for d, n in enumerate(lengths.tolist()):
        for t in terms[pos : pos + n].tolist():
            expected.setdefault(t, {}).setdefault(d, 0)
            expected[t][d] += 1
        pos += n
    for t in range(30):
        lo, hi = indptr[t], indptr[t + 1]
        assert dict(zip(doc_ids[lo:hi].tolist(), tfs[lo:hi].tolist())) == expected.get(t, {})
        assert list(doc_ids[lo:hi]) == sorted(doc_ids[lo:hi])
    group_of = np.repeat(np.arange(50, dtype=np.int32), 4)
    g_indptr, g_ids, g_tfs = group_postings(indptr, doc_ids, tfs, group_of)
    for t in range(30):
        grouped: dict[int, int] = {}
        for d, n in expected.get(t, {}).items():
            grouped[d // 4] = grouped.get(d // 4, 0) + n
        lo, hi = g_indptr[t], g_indptr[t + 1]
        assert dict(zip(g_ids[lo:hi].tolist(), g_tfs[lo:hi].tolist())) == grouped


def _reference_levels(index):
    """BM25 of the three levels built the plain way: each unit tokenized on its own."""
    analyzer = Analyzer(index.stems)
    texts = {}
    units, passages, documents = [], [], []
    for u in range(index.n_units):
        d = int(index.unit_doc[u])
        if d not in texts:
            texts[d] = (index.root / index.docs[d].doc_id).read_text(encoding="utf-8")
        terms = analyzer.terms(texts[d][int(index.unit_start[u]) : int(index.unit_end[u])])
        units.append(terms)
        p = int(index.unit_passage[u])
        if p == len(passages):
            passages.append([])
        passages[p].extend(terms)
        if d == len(documents):
            documents.append([])
        documents[d].extend(terms)
    return {"sentences": BM25Matrix.build(units), "passages": BM25Matrix.build(passages),
            "documents": BM25Matrix.build(documents), "units": units}


def _assert_same_levels(a, b):
    for level in ("sentences", "passages", "documents"):
        x, y = (a[level] if isinstance(a, dict) else getattr(a, level)), (b[level] if isinstance(b, dict) else getattr(b, level))
        assert x.vocab == y.vocab and x.n_docs == y.n_docs
        assert np.array_equal(x.indptr, y.indptr)
        assert np.array_equal(x.doc_ids, y.doc_ids)
        for part in ("tfs", "idf", "norm"):
            assert np.array_equal(getattr(x, part), getattr(y, part)), f"{level}.{part}"


TRICKY = {
    "a.txt": (
        "Trade talks\n\n"
        "Officials met in the United. States delegates left early, a statement.Pena said the talks would resume. "
        "Prices rose 5 %. Growth was 2.5 % in the U.S. Then it fell.\n\n"
        "The minister's office said: \"We agree.\"Talks go on. Mr. Smith disagreed with the plan of the U.N. today.\n"
        "A short line\n\n"
        "Per cent. Cent values rose again in the European. Union members voted.\n"
    ),
    "b.md": "# Volcanoes erupt\n\nMount Etna erupted in 2021. Lava reached the villages below.\n\n## Aftermath\n\nThe villages were rebuilt.\n",
}


@pytest.mark.parametrize("corpus", ["seeds", "tricky"])
def test_streamed_build_equals_tokenizing_every_unit_on_its_own(corpus, make_corpus, tmp_path):
    root = SEEDS if corpus == "seeds" else make_corpus(TRICKY)
    index = build_index(root)
    reference = _reference_levels(index)
    _assert_same_levels(index, reference)
    assert index.passages.vocab is index.sentences.vocab, "the levels share one vocabulary"
    assert [index.unit_terms(u) for u in range(index.n_units)] == reference["units"], "the forward index"
    store.save(index, tmp_path / "idx")
    loaded = store.load(tmp_path / "idx")
    _assert_same_levels(loaded, reference)
    assert [loaded.unit_terms(u) for u in range(loaded.n_units)] == reference["units"]


def test_sorted_id_helpers():
    rng = np.random.default_rng(2)
    for _ in range(50):
        a = np.unique(rng.integers(0, 100, size=rng.integers(0, 30)))
        b = np.unique(rng.integers(0, 100, size=rng.integers(0, 30)))
        assert union_sorted(a, b).tolist() == np.union1d(a, b).tolist()
        values = rng.random(len(a))
        at = rng.integers(0, 100, size=20)
        expected = [values[a.tolist().index(x)] if x in a else -1.0 for x in at.tolist()]
        assert gather(a, values, at, default=-1.0).tolist() == expected


@pytest.mark.parametrize("seed", range(10))
def test_lookup_through_the_work_array_equals_gather(seed):
    rng, vocab, docs = _random_corpus(seed)
    docs[0] = docs[0] or [vocab[0]]
    m = BM25Matrix.build(docs)
    query = rng.sample(vocab, min(3, len(vocab)))
    ids, scores = m.score_postings(query)
    at = [np.array([rng.randrange(m.n_docs) for _ in range(rng.randint(0, 40))], dtype=np.int64) for _ in range(2)]
    assert [x.tolist() for x in m.lookup(ids, scores, *at)] == [gather(ids, scores, a).tolist() for a in at]
    assert m.score_postings(query)[1].tolist() == m.scores(query)[ids].tolist(), "the work array is left zeroed"


def test_a_build_with_worker_processes_equals_an_in_process_build(monkeypatch, tmp_path):
    root = tmp_path / "corpus"
    rng = random.Random(3)
    words = [f"{a}{b}" for a in ("ka", "lo", "mi", "nu", "pe", "ro") for b in ("ban", "dor", "fil", "gat", "hum")]
    for n in range(12):
        sentences = [" ".join(rng.choices(words, k=rng.randint(4, 12))).capitalize() + "." for _ in range(rng.randint(1, 15))]
        path = root / f"d{n % 3}" / f"f{n:02d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n\n".join(" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)), encoding="utf-8")
    (root / "bad.txt").write_bytes(b"\x00\x01binary")
    monkeypatch.setattr(batches, "CHUNK_FILES", 2)
    monkeypatch.setenv("QA_BUILD_WORKERS", "1")
    serial = build_index(root)
    monkeypatch.setenv("QA_BUILD_WORKERS", "3")
    seen = []
    parallel = build_index(root, progress=lambda done, total: seen.append((done, total)))
    _assert_same_levels(serial, parallel)
    assert [vars(d) for d in serial.docs] == [vars(d) for d in parallel.docs]
    assert serial.skipped == parallel.skipped
    assert serial.stems == parallel.stems
    for name in ("unit_doc", "unit_start", "unit_end", "unit_kind", "unit_passage"):
        assert np.array_equal(getattr(serial, name), getattr(parallel, name))
    assert seen[-1] == (13, 13) and [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_a_build_whose_workers_cannot_start_runs_in_process(monkeypatch, make_corpus):
    root = make_corpus({"a.txt": "Mount Etna erupted in 2021. Lava reached the villages below.\n"})
    monkeypatch.setenv("QA_BUILD_WORKERS", "2")
    monkeypatch.setattr(workers.sys, "executable", "/nonexistent/python")
    index = build_index(root)
    assert index.n_units == 2


def test_a_build_whose_worker_dies_runs_in_process(monkeypatch, make_corpus):
    root = make_corpus({f"{n}.txt": f"Document {n} says the river rose in 20{n:02d}. It fell later.\n" for n in range(6)})
    monkeypatch.setenv("QA_BUILD_WORKERS", "2")
    monkeypatch.setattr(batches, "CHUNK_FILES", 2)

    def dies(stream):
        raise batches.WorkerFailed("index worker stopped")

    monkeypatch.setattr(batches.Batch, "decode", staticmethod(dies))
    index = build_index(root)
    assert len(index.docs) == 6 and index.n_units == 12


@given(st.lists(st.sampled_from([0.0, 0.5, 1.0, 1.5, 2.0, 3.25]), max_size=60), st.integers(1, 20))
def test_best_first_is_a_stable_sort_cut_short(scores, k):
    from qa.index.bm25 import best_first

    scores = np.array(scores, dtype=np.float64)
    assert best_first(scores, k).tolist() == np.argsort(-scores, kind="stable")[:k].tolist()
