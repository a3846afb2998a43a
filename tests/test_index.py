"""BM25 scores, persistence, staleness and corruption of the stored index."""

import random
import zipfile

import numpy as np
import pytest
from rank_bm25 import BM25Okapi

from qa.engine import Engine
from qa.index import store
from qa.index.bm25 import BM25Matrix
from qa.index.manager import open_index


@pytest.mark.parametrize("seed", range(20))
def test_scores_equal_rank_bm25_on_random_corpora(seed):
    rng = random.Random(seed)
    vocab = [f"w{i}" for i in range(rng.randint(2, 60))]
    weights = [1 / (i + 1) for i in range(len(vocab))]  # Zipf-like
    docs = [rng.choices(vocab, weights, k=rng.randint(1, 25)) for _ in range(rng.randint(1, 200))]
    reference = BM25Okapi(docs)
    ours = BM25Matrix.build(docs)
    for _ in range(10):
        query = rng.choices(vocab + ["unseen"], k=rng.randint(1, 6))
        expected, got = reference.get_scores(query), ours.scores(query)
        assert np.allclose(got, expected, rtol=0, atol=1e-9)
        assert list(np.argsort(-got, kind="stable")) == list(np.argsort(-expected, kind="stable"))


CORPUS = {
    "a.txt": "Tides\n\nThe moon pulls the oceans of the Earth. Tides rise twice a day.\n",
    "b.md": "# Volcanoes\n\nMount Etna erupted in 2021. Lava reached the villages below.\n",
}


def test_index_round_trips_through_disk(make_corpus, tmp_path):
    root = make_corpus(CORPUS)
    built = open_index(root, tmp_path / "idx")
    loaded = open_index(root, tmp_path / "idx")
    assert loaded.fingerprint == built.fingerprint
    assert [vars(d) for d in loaded.docs] == [vars(d) for d in built.docs]
    for level in ("sentences", "passages", "documents"):
        a, b = getattr(built, level), getattr(loaded, level)
        assert a.vocab == b.vocab
        assert np.array_equal(a.weights, b.weights) and np.array_equal(a.doc_ids, b.doc_ids)
    assert np.array_equal(built.unit_start, loaded.unit_start)


def test_index_file_is_not_a_pickle_and_loads_without_pickle(make_corpus, tmp_path):
    open_index(make_corpus(CORPUS), tmp_path / "idx")
    path = tmp_path / "idx" / store.INDEX_FILE
    with zipfile.ZipFile(path) as zf:
        assert all(name.endswith(".npy") for name in zf.namelist())
    with np.load(path, allow_pickle=False) as z:
        assert "header" in z.files
    assert not list((tmp_path / "idx").glob("*.tmp")), "no temporary file is left behind"


def test_stale_index_is_rebuilt_when_a_file_changes(make_corpus, tmp_path):
    root = make_corpus(CORPUS)
    messages = []
    open_index(root, tmp_path / "idx")
    (root / "c.txt").write_text("Glaciers carve valleys slowly over centuries.", encoding="utf-8")
    index = open_index(root, tmp_path / "idx", notify=messages.append)
    assert "c.txt" in [d.doc_id for d in index.docs]
    assert any("changed" in m for m in messages)


@pytest.mark.parametrize("damage", ["truncate", "garbage", "empty"])
def test_corrupt_index_is_reported_and_rebuilt(make_corpus, tmp_path, damage):
    root = make_corpus(CORPUS)
    open_index(root, tmp_path / "idx")
    path = tmp_path / "idx" / store.INDEX_FILE
    data = path.read_bytes()
    path.write_bytes({"truncate": data[: len(data) // 2], "garbage": b"not an index" * 10, "empty": b""}[damage])
    messages = []
    index = open_index(root, tmp_path / "idx", notify=messages.append)
    assert len(index.docs) == 2
    assert any("corrupt" in m or "not a qa index" in m for m in messages)
    assert store.load(path).n_units == index.n_units  # the rebuilt file is whole again


def test_corrupt_arrays_are_caught_when_loading(make_corpus, tmp_path):
    root = make_corpus(CORPUS)
    open_index(root, tmp_path / "idx")
    path = tmp_path / "idx" / store.INDEX_FILE
    with np.load(path, allow_pickle=False) as z:
        arrays = {k: z[k] for k in z.files}
    arrays["sentences.doc_ids"] = arrays["sentences.doc_ids"] + 1000
    with open(path, "wb") as fh:
        np.savez(fh, **arrays)
    messages = []
    open_index(root, tmp_path / "idx", notify=messages.append)
    assert any("corrupt" in m for m in messages)


def test_other_corpora_keep_their_index_out_of_the_corpus_folder(make_corpus, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    monkeypatch.setenv("QA_INDEX_DIR", str(cache))
    root = make_corpus(CORPUS)
    engine = Engine.open(root)
    assert engine.index_folder.parent == cache
    assert sorted(p.name for p in root.iterdir()) == ["a.txt", "b.md"]
    other = make_corpus({"sub/x.txt": "Deserts are dry places with little rain."})
    assert Engine.open(other / "sub").index_folder != engine.index_folder


def test_corpus_option_wins_over_environment(make_corpus, monkeypatch, tmp_path):
    root = make_corpus(CORPUS)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "z.txt").write_text("Penguins live in the southern hemisphere.", encoding="utf-8")
    monkeypatch.setenv("QA_CORPUS", str(elsewhere))
    assert [d.doc_id for d in Engine.open().index.docs] == ["z.txt"]
    assert [d.doc_id for d in Engine.open(root).index.docs] == ["a.txt", "b.md"]
