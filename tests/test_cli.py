"""The `qa` command: JSON contract, batch mode, subcommands and bad input."""

import json
import subprocess
import sys

import pytest

from conftest import SEEDS

PENA = "Pena expressed his support for Gonzalez Urrutia in a phone call"


def _check_offsets(answer):
    raw = open(answer["source"]["path"], encoding="utf-8", newline="").read()
    assert raw[answer["start"] : answer["end"]] == answer["quote"]


def test_ask_json_contract(run_cli):
    code, out, _ = run_cli("ask", "Who recognized González?", "--json")
    assert code == 0
    obj = json.loads(out)
    assert obj["question"] == "Who recognized González?" and obj["answered"] is True
    assert any(PENA in a["quote"] for a in obj["answers"])
    for a in obj["answers"]:
        assert set(a) >= {"quote", "start", "end", "score", "source", "highlight"}
        assert set(a["source"]) >= {"doc_id", "path", "title", "date"}
        _check_offsets(a)
        if a["highlight"]:
            assert 0 <= a["highlight"]["start"] < a["highlight"]["end"] <= len(a["quote"])
    assert obj["answers"][0]["source"]["doc_id"] == "003_a3afba280f0ed575.txt"


def test_ask_text_output_quotes_with_source(run_cli):
    code, out, _ = run_cli("ask", "Who recognized González?", "-k", "1")
    assert code == 0
    quote, source, answer = out.split("\n   — ")[0], out.split("\n   — ")[1].split("\n")[0], out.split("answer: ")[1]
    assert quote.startswith("1. “") and "Pena" in quote and "Pena" in answer
    assert "003_a3afba280f0ed575.txt" in source and "2025-01-07" in source


def test_k_limits_the_number_of_quotes(run_cli):
    _, out, _ = run_cli("ask", "Which countries recalled their ambassadors?", "-k", "1", "--json")
    assert len(json.loads(out)["answers"]) == 1


def test_off_topic_question_is_declined(run_cli):
    code, out, _ = run_cli("ask", "Who won the 2022 football World Cup?", "--json")
    obj = json.loads(out)
    assert code == 0 and obj["answered"] is False and obj["answers"] == []
    assert obj["searched_for"]


def test_off_topic_text_output_says_so(run_cli):
    _, out, _ = run_cli("ask", "What is the population of Venezuela?")
    assert "No answer in the corpus" in out and "population" in out


def test_batch_stdin_gives_one_json_line_per_input_line_in_order(run_cli):
    lines = [b"Who recognized Gonz\xc3\xa1lez?", b"   ", b"bad \xff\xfe bytes", b"ctrl \x07 char", b"x" * 100_000,
             b"How many votes did Henri Falc\xc3\xb3n get?"]
    code, out, _ = run_cli("ask", "-", "--json", stdin=b"\n".join(lines) + b"\n")
    objs = [json.loads(line) for line in out.splitlines()]
    assert len(objs) == len(lines)
    assert objs[0]["answered"] and objs[5]["answered"]
    assert [o["error"]["code"] if o["error"] else None for o in objs] == [None, "question", "error", "question", "question", None]
    assert "1000" in objs[4]["error"]["message"]
    assert code == 1  # some lines were the user's error


def test_chat_resolves_a_follow_up(run_cli):
    stdin = "Who was the main opposition candidate in 2018?\nHow many votes did he get?\n".encode()
    code, out, _ = run_cli("chat", "--json", stdin=stdin)
    first, second = (json.loads(line) for line in out.splitlines())
    assert code == 0
    assert "Falcón" in first["answers"][0]["quote"]
    assert "Falcón" in second["interpreted_as"]
    assert "1.8 million votes" in second["answers"][0]["quote"]


@pytest.mark.parametrize("question,message", [("", "empty"), ("   \t ", "empty"), ("a" * 100_000, "too long"), ("why\x1b[2J", "control")])
def test_bad_questions_get_one_clear_line_and_exit_1(run_cli, question, message):
    code, out, err = run_cli("ask", question)
    assert code == 1 and message in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_bad_question_with_json_prints_an_error_object(run_cli):
    code, out, _ = run_cli("ask", "", "--json")
    obj = json.loads(out)
    assert code == 1 and obj["answered"] is False and obj["error"]["code"] == "question"


def test_empty_corpus_folder_is_a_user_error(run_cli, tmp_path):
    (tmp_path / "empty").mkdir()
    code, out, err = run_cli("ask", "anything?", "--corpus", str(tmp_path / "empty"))
    assert code == 1 and "no usable text" in err and "Traceback" not in err


def test_missing_corpus_folder_is_a_user_error(run_cli, tmp_path):
    code, _, err = run_cli("index", "--corpus", str(tmp_path / "nope"))
    assert code == 1 and "not found" in err


def test_binary_and_non_utf8_files_are_skipped_and_reported(run_cli, make_corpus):
    root = make_corpus({
        "good.txt": "Owls hunt at night. They can turn their heads a long way.",
        "image.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
        "latin1.txt": "Caf\xe9 society met in Par\xeds.".encode("latin-1"),
        "utf16.txt": "Bats sleep by day.".encode("utf-16"),
        "broken16.txt": "Bats sleep by day.".encode("utf-16")[:-1],
    })
    code, out, _ = run_cli("index", "--corpus", str(root), "--json")
    summary = json.loads(out)
    assert code == 0 and summary["documents"] == 3  # good.txt, utf16.txt and, with a warning, latin1.txt
    assert {s["doc_id"]: s["reason"] for s in summary["skipped"]} == {
        "image.txt": "binary file", "latin1.txt": "not UTF-8 (byte 3): indexed as Windows-1252 text",
        "broken16.txt": "broken UTF-16 text (byte 36)"}
    code, out, _ = run_cli("ask", "When do owls hunt?", "--corpus", str(root), "--json")
    assert json.loads(out)["answers"][0]["source"]["doc_id"] == "good.txt"


def test_index_prints_a_summary(run_cli):
    code, out, _ = run_cli("index")
    assert code == 0
    for word in ("documents   5", "sentences", "dropped", "vocabulary", "index       "):
        assert word in out


def test_corpus_show_lists_kept_and_dropped_text(run_cli):
    code, out, _ = run_cli("corpus", "show", "002")
    assert code == 0
    assert "[dropped: boilerplate] 'Contact us'" in out
    assert "On January 10, 2019, Maduro was sworn in" in out
    code, _, err = run_cli("corpus", "show", "nonexistent")
    assert code == 1 and "no document" in err


def test_corpus_list(run_cli):
    code, out, _ = run_cli("corpus", "list", "--json")
    docs = json.loads(out)["documents"]
    assert [d["doc_id"] for d in docs] == sorted(p.name for p in SEEDS.iterdir())


def test_schema_describes_the_answer_object(run_cli):
    code, out, _ = run_cli("schema")
    schema = json.loads(out)
    assert code == 0 and {"question", "answered", "answers"} <= set(schema["properties"])


def test_usage_errors_exit_2(run_cli):
    assert run_cli("frobnicate")[0] == 2
    assert run_cli("ask", "x", "-k", "many")[0] == 2


@pytest.mark.parametrize("sub", [[], ["ask"], ["chat"], ["index"], ["corpus"], ["corpus", "show"], ["schema"], ["eval"]])
def test_every_subcommand_has_help(run_cli, sub):
    code, out, _ = run_cli(*sub, "--help")
    assert code == 0 and "usage: qa" in out and "--corpus" in out


def test_console_script_runs_from_another_directory(tmp_path):
    qa = [sys.executable, "-m", "qa"]
    version = subprocess.run([*qa, "--version"], capture_output=True, text=True, cwd=tmp_path)
    assert version.returncode == 0 and version.stdout.startswith("qa ")
    proc = subprocess.run([*qa, "ask", "Who recognized González?", "--json"], capture_output=True, text=True, cwd=tmp_path)
    assert proc.returncode == 0 and "Traceback" not in proc.stderr
    assert json.loads(proc.stdout)["answered"] is True


def test_ask_does_not_import_the_tui():
    code = "import sys; from qa.cli import main; main(['ask', 'Who recognized González?']); print('textual' in sys.modules)"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.stdout.strip().endswith("False")


def test_a_new_build_names_each_skipped_file_on_stderr(run_cli, make_corpus):
    root = make_corpus({"good.txt": "Owls hunt at night.", "pic.txt": b"\x00\x01\x02binary"})
    code, out, err = run_cli("ask", "When do owls hunt?", "--corpus", str(root))
    assert code == 0 and "qa: skipped pic.txt: binary file" in err.splitlines()
    assert "Owls hunt at night." in out


def test_a_bug_on_one_batch_line_answers_the_others_and_exits_3(run_cli, monkeypatch):
    from qa.engine import Engine

    real_ask = Engine.ask

    def ask(self, question, k=3):
        if "boom" in question:
            raise RuntimeError("injected")
        return real_ask(self, question, k)

    monkeypatch.setattr(Engine, "ask", ask)
    stdin = b"Who won the 2024 election?\nboom\nWho is the president of Venezuela?\n"
    code, out, err = run_cli("ask", "-", "--json", stdin=stdin)
    objs = [json.loads(line) for line in out.splitlines()]
    assert code == 3 and [o["question"] for o in objs] == ["Who won the 2024 election?", "boom", "Who is the president of Venezuela?"]
    assert objs[1]["error"]["code"] == "internal" and objs[2]["answered"]
    assert "internal error: RuntimeError: injected" in err and "Traceback" not in err
