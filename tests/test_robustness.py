"""Any corpus: HTML, other encodings, binary, empty, huge and special files, and a 2,000-file mixed folder."""

import json
import os
import random
import re
from pathlib import Path

import pytest

from qa.corpus import html, reader
from qa.engine import MAX_ANSWERS, MAX_QUESTION_CHARS
from qa.errors import CorpusError

MB = 1024 * 1024


def quoted(answer: dict) -> str:
    """The text at the answer's offsets in the file its source names (``open(path).read()[start:end]``)."""
    with open(answer["source"]["path"], encoding="utf-8", newline="") as fh:
        return fh.read()[answer["start"] : answer["end"]]


def page(body: str, title: str = "Town news") -> str:
    """An HTML page with the debris real pages carry around ``body``."""
    return (f"<!DOCTYPE html><html><head><title>{title}</title><style>p {{ color: red }}</style>"
            "<script>var teaser = '<p>Click here to win a prize.</p>';</script></head><body>"
            "<header><a href='/'>Home</a> | <a href='/news'>News</a></header>"
            "<nav><ul><li>Weather</li><li>Sport</li></ul></nav>"
            f"<main><article>{body}</article></main><aside>Most read: a cat on a roof.</aside>"
            "<form><input name='q'><button>Search</button></form><footer>Copyright 2024 Town News Ltd.</footer>"
            "</body></html>")


def test_html_keeps_what_a_reader_sees():
    text = html.extract(page("<h1>Otters return</h1><p>Otters were seen in the\n   Thames &amp; its "
                             "tributaries in 2021.<br>Experts &mdash; cautious &#8212; agreed.</p>"
                             "<ul><li>First item.</li><li>Second item.</li></ul>"
                             "<svg><title>icon</title></svg><noscript>Enable scripts.</noscript>"))
    assert text == ("Town news\n\n# Otters return\n\nOtters were seen in the Thames & its tributaries in 2021.\n"
                    "Experts — cautious — agreed.\n\nFirst item.\n\nSecond item.\n")


@pytest.mark.parametrize("data,text,warning", [
    ("Plain text.".encode(), "Plain text.", None),
    ("\ufeffWith a BOM.".encode(), "\ufeffWith a BOM.", None),  # kept, as open(path, encoding="utf-8") keeps it
    ("Little end.".encode("utf-16-le").join([b"\xff\xfe", b""]), "Little end.", None),
    ("Big end.".encode("utf-16"), "Big end.", None),
    ("Caf\xe9 \u201cnoir\u201d.".encode("cp1252"), "Caf\xe9 \u201cnoir\u201d.",
     "not UTF-8 (byte 3): indexed as Windows-1252 text"),
    (b"Odd \x81 byte \xe9.", "Odd \x81 byte \xe9.", "not UTF-8 (byte 4): indexed as Latin-1 text"),
])
def test_text_encodings_are_decoded(data, text, warning):
    decoded, _, said = reader.decode(data)
    assert (decoded, said) == (text, warning)


@pytest.mark.parametrize("data,reason", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    (random.Random(1).randbytes(4096), "binary file"),
    (bytes(range(1, 32)) * 50 + b"\xff", "binary file"),  # no NUL, but control characters only
    ("Broken.".encode("utf-16")[:-1], "broken UTF-16 text (byte 14)"),
])
def test_binary_and_broken_files_are_refused(data, reason):
    with pytest.raises(CorpusError, match=re.escape(reason)):
        reader.decode(data)


def test_quotes_from_converted_documents_index_their_stored_text(run_cli, make_corpus):
    root = make_corpus({
        "museum.html": page("<p>The glacier museum in Troms\xf8 opened its doors in 2004.</p>"),
        "workshop.txt": "Se\xf1or \xc1lvarez founded the ceramics workshop in Toledo in 1951.".encode("cp1252"),
        "cable.txt": "The first submarine telegraph cable reached Iceland in 1906.".encode("utf-16"),
        "plain.txt": "The lighthouse keeper Mara Quist painted the tower red in 1987.",
    })
    before = sorted(p.name for p in root.iterdir())
    for question, sentence in [("When did the glacier museum open its doors?", "The glacier museum in Troms\xf8"),
                               ("Who founded the ceramics workshop in Toledo?", "Se\xf1or \xc1lvarez founded"),
                               ("When did the submarine telegraph cable reach Iceland?", "The first submarine"),
                               ("Who painted the lighthouse tower red?", "The lighthouse keeper")]:
        code, out, err = run_cli("ask", question, "--corpus", str(root), "--json")
        answer = json.loads(out)["answers"][0]
        assert code == 0 and answer["quote"].startswith(sentence) and quoted(answer) == answer["quote"]
        stored = answer["source"]["doc_id"] != "plain.txt"
        assert (Path(answer["source"]["path"]).parent.name == "texts") is stored
    assert sorted(p.name for p in root.iterdir()) == before, "nothing is written into the corpus"


def test_a_file_above_the_size_limit_is_refused_and_the_rest_indexed(run_cli, make_corpus):
    root = make_corpus({"small.txt": "Herons stand still in shallow water for a long time."})
    with open(root / "huge.txt", "wb") as fh:
        fh.truncate(reader.MAX_FILE_BYTES + MB)  # sparse: nothing is written
    code, out, err = run_cli("index", "--corpus", str(root), "--json")
    summary = json.loads(out)
    assert code == 0 and summary["documents"] == 1
    assert summary["skipped"] == [{"doc_id": "huge.txt", "reason": "too large (65 MB; the limit is 64 MB per file)"}]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_without_blocking(run_cli, make_corpus):
    root = make_corpus({"small.txt": "Herons stand still in shallow water for a long time."})
    os.mkfifo(root / "pipe.txt")
    code, out, _ = run_cli("index", "--corpus", str(root), "--json")
    assert code == 0 and json.loads(out)["skipped"] == [{"doc_id": "pipe.txt", "reason": "not a regular file"}]


def test_a_file_name_that_is_not_utf8_is_refused_by_name(run_cli, make_corpus):
    root = make_corpus({"small.txt": "Herons stand still in shallow water for a long time."})
    try:
        with open(os.fsencode(root) + b"/caf\xe9.txt", "wb") as fh:
            fh.write(b"The cafe opened in 1921.")
    except OSError:
        pytest.skip("this file system only takes UTF-8 names")
    code, out, err = run_cli("index", "--corpus", str(root), "--json")
    assert code == 0 and json.loads(out)["skipped"] == [
        {"doc_id": "caf\\xe9.txt", "reason": "file name is not UTF-8 (rename the file to index it)"}]


def test_question_and_answer_limits_through_the_cli(run_cli):
    code, out, _ = run_cli("ask", "Who recognized González?", "-k", "1000", "--json")
    assert code == 0 and 1 <= len(json.loads(out)["answers"]) <= MAX_ANSWERS
    code, out, _ = run_cli("ask", "Who recognized González?", "-k", "0", "--json")
    assert code == 0 and len(json.loads(out)["answers"]) == 1
    longest = ("Who recognized González " * 100)[: MAX_QUESTION_CHARS - 1] + "?"
    assert run_cli("ask", longest, "--json")[0] == 0
    code, _, err = run_cli("ask", longest + "x")
    assert code == 1 and f"limit is {MAX_QUESTION_CHARS}" in err and len(err.strip().splitlines()) == 1


def test_a_corpus_of_unusable_files_says_so(run_cli, make_corpus):
    root = make_corpus({"empty.txt": "", "pic.txt": b"\x89PNG\x00\x00", "rule.md": "-----\n*****\n"})
    code, out, err = run_cli("ask", "anything?", "--corpus", str(root))
    assert code == 1 and out == "" and "Traceback" not in err
    assert err.strip().splitlines()[-1] == (f"qa: error: no usable text in {root}: it needs .txt, .md or .html "
                                            "files with sentences (3 files skipped)")


# --- a 2,000-file corpus of mixed quality -----------------------------------------------------------

FACTS = [  # (file, question, the sentence that answers it)
    ("special/lighthouse.md", "Who painted the lighthouse tower red?",
     "The lighthouse keeper Mara Quist painted the tower red in 1987."),
    ("special/museum.html", "When did the glacier museum in Tromsø open its doors?",
     "The glacier museum in Tromsø opened its doors in 2004."),
    ("special/workshop.txt", "Who founded the ceramics workshop in Toledo?",
     "Señor Álvarez founded the ceramics workshop in Toledo in 1951."),
    ("special/cable.txt", "When did the submarine telegraph cable reach Iceland?",
     "The first submarine telegraph cable reached Iceland in 1906."),
    ("special/ledger.txt", "When does the oldest ledger of the harbour archive date from?",
     "The oldest ledger of the harbour archive dates from 1642."),
]
TOPICS = ["road repairs", "library hours", "school meals", "bus routes", "park benches", "street lights"]


def _write_mixed_corpus(root: Path) -> dict[str, str]:
    """2,000+ files of every kind; returns the reason each reported file must be given."""
    rng = random.Random(7)
    for n in range(1900):
        folder = root / f"notes{n % 20:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        lines = [f"Report {n}-{k}: the council discussed {rng.choice(TOPICS)} on day {rng.randint(1, 28)} "
                 f"and approved {rng.randint(2, 9)} proposals." for k in range(3)]
        (folder / f"note{n:04d}.txt").write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    special = root / "special"
    special.mkdir()
    for n in range(40):
        (special / f"page{n:02d}.html").write_text(page(f"<h2>Minutes {n}</h2><p>The board reviewed {TOPICS[n % 6]} "
                                                        f"for the {n}th time this year.</p>"), encoding="utf-8")
        (special / f"memo{n:02d}.md").write_text(f"# Memo {n}\n\nStaff asked about {TOPICS[n % 6]} again.\n", encoding="utf-8")
    expected = {}
    for n in range(15):
        (special / f"image{n:02d}.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rng.randbytes(2000))
        (special / f"empty{n:02d}.txt").write_bytes(b"")
        (special / f"old{n:02d}.txt").write_bytes(f"The caf\xe9 served {n} guests at the r\xe9ception.".encode("cp1252"))
        expected.update({f"special/image{n:02d}.txt": "binary file", f"special/empty{n:02d}.txt": "no article text",
                         f"special/old{n:02d}.txt": "not UTF-8 (byte 7): indexed as Windows-1252 text"})
    for n in range(5):
        (special / f"broken{n}.txt").write_bytes("Half a character.".encode("utf-16")[:-1])
        (special / f"bom{n}.txt").write_bytes(f"\ufeffThe BOM file {n} is read as UTF-8 text.".encode("utf-8"))
        expected[f"special/broken{n}.txt"] = "broken UTF-16 text (byte 34)"
    (special / "photo.jpg").write_bytes(b"\xff\xd8\xff")  # not a document: never looked at
    (special / ".hidden.txt").write_text("Hidden files are not part of the corpus.", encoding="utf-8")
    (special / "lighthouse.md").write_text(f"# The lighthouse\n\n{FACTS[0][2]}\n", encoding="utf-8")
    (special / "museum.html").write_text(page(f"<h1>Museum</h1><p>{FACTS[1][2]}</p>"), encoding="utf-8")
    (special / "workshop.txt").write_bytes(FACTS[2][2].encode("cp1252"))
    expected["special/workshop.txt"] = "not UTF-8 (byte 2): indexed as Windows-1252 text"
    (special / "cable.txt").write_bytes(FACTS[3][2].encode("utf-16"))
    # 50 MB of fixed-width records padded with spaces: big on disk, quick to clean
    record = ("Archive filler record, nothing new here." + " " * 8150 + "\n").encode()
    with open(special / "ledger.txt", "wb") as fh:
        fh.write(FACTS[4][2].encode() + b"\n\n" + record * (50 * MB // len(record)))
    with open(special / "huge.txt", "wb") as fh:
        fh.truncate(reader.MAX_FILE_BYTES + MB)
    expected["special/huge.txt"] = "too large (65 MB; the limit is 64 MB per file)"
    return expected


def test_a_2000_file_mixed_corpus_indexes_reports_what_it_skipped_and_answers(run_cli, tmp_path):
    root = tmp_path / "mixed"
    expected = _write_mixed_corpus(root)
    assert sum(1 for p in root.rglob("*") if p.is_file()) >= 2000
    assert os.path.getsize(root / "special" / "ledger.txt") >= 50 * 1000 * 1000
    code, out, err = run_cli("index", "--corpus", str(root), "--json")
    summary = json.loads(out)
    assert code == 0 and "Traceback" not in err
    assert {s["doc_id"]: s["reason"] for s in summary["skipped"]} == expected
    assert summary["documents"] == 1900 + 40 + 40 + 15 + 5 + len(FACTS)  # notes, pages, memos, cp1252, BOM, facts
    assert "more files skipped or read with a warning" in err
    for name, question, sentence in FACTS:
        code, out, err = run_cli("ask", question, "--corpus", str(root), "--json")
        response = json.loads(out)
        assert code == 0 and err == "", "the index is reused, not rebuilt"
        assert [a["quote"] for a in response["answers"]][:1] == [sentence], question
        assert response["answers"][0]["source"]["doc_id"] == name
        assert all(quoted(a) == a["quote"] for a in response["answers"] + response["related"])
