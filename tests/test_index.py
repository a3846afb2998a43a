"""BM25 scores, persistence, staleness and corruption of the stored index."""

import os
import random
import shutil
from pathlib import Path

import numpy as np
import pytest
from rank_bm25 import BM25Okapi

from qa.engine import Engine
from qa.index import store, texts
from qa.index.bm25 import BM25Matrix
from qa.index.diskarray import DiskArray
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
        assert all(np.array_equal(getattr(a, part), getattr(b, part)) for part in ("indptr", "doc_ids", "tfs", "idf", "norm"))
    assert np.array_equal(built.unit_start, loaded.unit_start)


def _generation(folder):
    return folder / (folder / store.POINTER).read_text(encoding="utf-8").strip()


def test_index_folder_holds_npy_and_json_only_and_loads_without_pickle(make_corpus, tmp_path):
    open_index(make_corpus(CORPUS), tmp_path / "idx")
    generation = _generation(tmp_path / "idx")
    names = sorted(p.name for p in generation.iterdir())
    assert names and all(name.endswith((".npy", ".json")) for name in names)
    for path in generation.glob("*.npy"):
        assert np.load(path, allow_pickle=False).dtype != object
    assert not [p for p in (tmp_path / "idx").iterdir() if p.name.startswith(".tmp")], "no temporary file is left behind"


def test_large_arrays_are_read_a_slice_at_a_time_and_the_others_mapped(make_corpus, tmp_path, monkeypatch):
    built = open_index(make_corpus(CORPUS), tmp_path / "idx")
    monkeypatch.setattr(store, "_WHOLE_BYTES", 0)  # every array counts as large
    loaded = store.load(tmp_path / "idx")
    for level in ("sentences", "passages", "documents"):
        a, b = getattr(built, level), getattr(loaded, level)
        assert isinstance(b.doc_ids, DiskArray) and isinstance(b.tfs, DiskArray)
        for term in a.vocab:
            (ids, weights), (got_ids, got_weights) = a.postings(term), b.postings(term)
            assert np.array_equal(ids, got_ids) and np.array_equal(weights, got_weights)
    assert isinstance(loaded.unit_term_ids, DiskArray) and isinstance(loaded.unit_doc.base, np.memmap)
    assert [loaded.unit_terms(u) for u in range(loaded.n_units)] == [built.unit_terms(u) for u in range(built.n_units)]
    for u in range(loaded.n_units):  # the neighbours' terms, read in one go, stop at the document's edges
        same_doc = [v for v in (u - 2, u - 1, u + 1) if 0 <= v < built.n_units and built.unit_doc[v] == built.unit_doc[u]]
        assert loaded.terms_in_context(u, 2, 1) == (built.unit_terms(u), [t for v in same_doc for t in built.unit_terms(v)])


def _damage(folder, damage):
    generation = _generation(folder)
    if damage == "truncate":
        path = generation / "sentences.tfs.npy"
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2])
    elif damage == "garbage":
        (generation / store.HEADER).write_bytes(b"not an index" * 10)
    elif damage == "empty":
        (folder / store.POINTER).write_bytes(b"")
    elif damage == "missing generation":
        shutil.rmtree(generation)
    elif damage == "no terms":
        (generation / store.TERMS).unlink()


@pytest.mark.parametrize("damage", ["truncate", "garbage", "empty", "missing generation", "no terms"])
def test_corrupt_index_is_reported_and_rebuilt(make_corpus, tmp_path, damage):
    root = make_corpus(CORPUS)
    open_index(root, tmp_path / "idx")
    _damage(tmp_path / "idx", damage)
    messages = []
    index = open_index(root, tmp_path / "idx", notify=messages.append)
    assert len(index.docs) == 2
    assert any("corrupt" in m or "not a qa index" in m for m in messages)
    assert store.load(tmp_path / "idx").n_units == index.n_units  # the rebuilt index is whole again


@pytest.mark.parametrize("array", ["sentences.doc_ids", "passages.doc_ids", "unit_doc", "unit_term_ids"])
def test_corrupt_arrays_are_caught_when_loading(make_corpus, tmp_path, array):
    root = make_corpus(CORPUS)
    open_index(root, tmp_path / "idx")
    path = _generation(tmp_path / "idx") / f"{array}.npy"
    np.save(path, np.load(path) + 1000)
    messages = []
    open_index(root, tmp_path / "idx", notify=messages.append)
    assert any("corrupt" in m for m in messages)


def test_saving_switches_generations_and_keeps_only_the_live_one(make_corpus, tmp_path):
    root = make_corpus(CORPUS)
    folder = tmp_path / "idx"
    folder.mkdir()
    (folder / "qa-index.npz").write_bytes(b"an index of layout version 1")
    (folder / "README.md").write_text("not ours", encoding="utf-8")
    first = open_index(root, folder)
    old = _generation(folder)
    second = open_index(root, folder, rebuild=True)
    new = _generation(folder)
    assert new != old and not old.exists()
    assert sorted(p.name for p in folder.iterdir()) == sorted(["README.md", store.POINTER, new.name])
    for term in first.sentences.vocab:  # the old index still reads
        assert np.array_equal(first.sentences.postings(term)[1], second.sentences.postings(term)[1])


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


def test_a_reader_whose_generation_is_replaced_follows_the_pointer(make_corpus, tmp_path):
    root = make_corpus(CORPUS)
    folder = tmp_path / "idx"
    index = open_index(root, folder)
    header = store.read_header(folder)  # a reader has looked at the old generation...
    store.save(index, folder, code="next")  # ...when a writer replaces (and removes) it
    assert not Path(header["_generation"]).exists()
    loaded = store.load(folder, header)
    assert loaded.n_units == index.n_units
    assert store.read_header(folder)["code"] == "next"


def test_a_disk_array_reads_the_slices_asked_for(tmp_path):
    values = np.arange(1000, dtype=np.int32) * 7
    path = tmp_path / "a.npy"
    np.save(path, values)
    disk = DiskArray(path)
    assert len(disk) == 1000 and disk.dtype == np.int32
    for lo, hi in ((0, 0), (0, 1000), (10, 20), (995, 2000), (-5, None), (30, 10)):
        assert np.array_equal(disk[lo:hi], values[lo:hi])
    assert np.array_equal(np.asarray(disk), values)
    path.write_bytes(path.read_bytes()[:-8])  # cut short under the open file
    with pytest.raises(OSError):
        disk[990:1000]


def test_a_quote_of_an_ascii_text_is_read_alone_and_only_from_the_file_it_was_indexed_from(make_corpus):
    root = make_corpus({"plain.txt": "The mill was built in 1820. It burned down in 1911.\n",
                        "accents.txt": "The café opened in 1950. González ran it for years.\n",
                        "page.html": "<html><body><p>The dam was finished in 1960.</p></body></html>"})
    engine = Engine.open(root)
    idx = engine.index
    reads = {}
    for u in range(idx.n_units):
        doc = int(idx.unit_doc[u])
        assert engine.quote(u) == engine.text(doc)[int(idx.unit_start[u]) : int(idx.unit_end[u])]
        reads[idx.docs[doc].doc_id] = texts.ascii_span(idx, doc, int(idx.unit_start[u]), int(idx.unit_end[u]))
    assert reads["plain.txt"] is not None and reads["page.html"] is not None  # the stored text of the page is ASCII
    assert reads["accents.txt"] is None
    plain = next(n for n, d in enumerate(idx.docs) if d.doc_id == "plain.txt")
    path = root / "plain.txt"
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))  # touched since indexing
    assert texts.ascii_span(idx, plain, 0, 10) is None
