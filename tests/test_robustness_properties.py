"""Property tests: any small corpus round-trips through disk and keeps every quote's offsets; no byte breaks the reader."""

import tempfile
from pathlib import Path

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from qa.corpus import html, reader
from qa.errors import CorpusError
from qa.index import store
from qa.index.build import build_index
from qa.text.tokens import Analyzer

WORDS = st.sampled_from(["the", "river", "Zürich", "Ærø", "naïve", "café", "東京", "🙂", "U.S.", "2021", "42%",
                         "Mr.", "e.g.", "don't", "—", "«quoted»", "a", "Vote", "\u00a0", "\u200b", "x" * 40])
SENTENCE = st.lists(WORDS, min_size=1, max_size=14).map(" ".join).flatmap(
    lambda body: st.sampled_from([".", "?", "!", "", "...", ".”"]).map(lambda end: body[:1].upper() + body[1:] + end))
PARAGRAPH = st.lists(SENTENCE, min_size=1, max_size=4).map(" ".join)
TEXT = st.one_of(
    st.tuples(st.lists(st.one_of(PARAGRAPH, st.sampled_from(["", "   ", "# Heading", "- item", "***", "date 2019-01-24"])),
                       max_size=8),
              st.sampled_from(["\n", "\n\n", "\r\n", "\r\n\r\n"])).map(lambda pair: pair[1].join(pair[0])),
    st.text(max_size=200),
)
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"])
FILE = st.tuples(st.sampled_from([".txt", ".md", ".html"]), TEXT, ENCODINGS)
CORPUS = st.lists(FILE, min_size=1, max_size=4)


def _write(root: Path, files) -> None:
    for n, (suffix, text, encoding) in enumerate(files):
        if suffix == ".html":
            text = "<html><body><nav>Menu</nav>" + "".join(f"<p>{p}</p>" for p in text.split("\n")) + "</body></html>"
        (root / f"f{n}{suffix}").write_bytes(text.encode(encoding, errors="replace"))


def _same(a, b) -> None:
    for name in ("unit_doc", "unit_start", "unit_end", "unit_kind", "unit_passage", "unit_term_indptr", "unit_term_ids",
                 "file_word_indptr", "file_word_ids"):
        assert np.array_equal(getattr(a, name), getattr(b, name)), name
    for level in ("sentences", "passages", "documents"):
        x, y = getattr(a, level), getattr(b, level)
        assert list(x.vocab) == list(y.vocab) and x.n_docs == y.n_docs
        for part in ("indptr", "doc_ids", "tfs", "idf", "norm"):
            assert np.array_equal(getattr(x, part), getattr(y, part)), f"{level}.{part}"
    assert list(a.stems.items()) == list(b.stems.items())
    for field in ("root", "fingerprint", "built_at", "build_seconds", "docs", "skipped"):
        assert getattr(a, field) == getattr(b, field), field


@settings(max_examples=40, deadline=None)
@given(files=CORPUS)
def test_any_small_corpus_round_trips_through_disk_and_keeps_every_offset(files):
    with tempfile.TemporaryDirectory() as tmp:
        root, folder = Path(tmp) / "corpus", Path(tmp) / "idx"
        root.mkdir()
        _write(root, files)
        try:
            built = build_index(root, folder=folder)
        except CorpusError as exc:  # no usable sentence anywhere: said in one line
            assert str(exc).startswith("no usable text") and "\n" not in str(exc)
            return
        store.save(built, folder, code="test")
        loaded = store.load(folder)
        store.load_files(loaded, store.read_header(folder))
        _same(built, loaded)
        assert loaded.files == built.files
        analyzer = Analyzer(loaded.stems)
        for d, rec in enumerate(loaded.docs):
            with open(loaded.text_path(rec), encoding="utf-8", newline="") as fh:
                text = fh.read()  # what an answer's source.path holds
            assert text == reader.read_text(reader.SourceFile(rec.doc_id, root / rec.doc_id, rec.size, rec.mtime_ns)).text
            for u in np.flatnonzero(loaded.unit_doc == d).tolist():
                start, end = int(loaded.unit_start[u]), int(loaded.unit_end[u])
                quote = text[start:end]
                assert 0 <= start < end <= len(text) and quote.strip() == quote
                assert analyzer.terms(quote) == loaded.unit_terms(u), "the unit's terms are those of the quoted text"


@settings(max_examples=300, deadline=None)
@given(data=st.one_of(st.binary(max_size=600), st.text(max_size=200).map(lambda t: t.encode("utf-16"))))
def test_any_bytes_decode_or_are_refused_with_a_reason(data):
    try:
        text, encoding, warning = reader.decode(data)
    except CorpusError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    assert isinstance(text, str) and (warning is None) == (encoding in ("utf-8", "utf-16", "utf-32"))


@settings(max_examples=300, deadline=None)
@given(markup=st.text(alphabet=st.sampled_from(list("<>/!-&#;=\"' abcpscriptnavbr\n")) | st.characters(), max_size=300),
       secret=st.text(alphabet="xyz", min_size=3, max_size=10))
def test_any_markup_gives_text_or_a_clear_refusal_and_never_shows_scripts(markup, secret):
    try:
        text = html.extract(markup + f"<script>var {secret}_SECRET = 1;</script><p>end</p>")
    except CorpusError as exc:
        assert str(exc).startswith("cannot read as HTML")
        return
    assert isinstance(text, str)
    if "<" not in markup and "&" not in markup:
        assert f"{secret}_SECRET" not in text
