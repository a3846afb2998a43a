"""The `qa` command: a thin face on :class:`qa.Engine`.

Exit codes: 0 answered or declined, 1 user error (bad question, corpus or
file), 2 usage error (unknown option or command), 3 internal error.
"""

import argparse
import json
import os
import sys

from qa.errors import QAError
from qa.models import ErrorInfo, Response

EXIT_OK, EXIT_USER, EXIT_INTERNAL = 0, 1, 3  # 2: usage errors, exited by argparse


def _version() -> str:
    from qa import __version__

    return __version__


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--corpus", metavar="DIR", default=argparse.SUPPRESS,
                        help="folder of .txt/.md/.html files (default: $QA_CORPUS, else the bundled articles)")
    parser = argparse.ArgumentParser(
        prog="qa", parents=[common],
        description="Ask questions about a folder of documents; answers are sentences quoted from it.",
        epilog="Exit codes: 0 answered or no answer found, 1 user error, 2 usage error, 3 internal error.",
    )
    parser.add_argument("--version", action="version", version=f"qa {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    ask = sub.add_parser("ask", parents=[common], help="answer a question (or '-' for one per line on stdin)")
    ask.add_argument("question", nargs="+", help="the question, or '-' to read questions from stdin")
    ask.add_argument("-k", type=int, default=3, metavar="N", help="number of quotes (default 3)")
    ask.add_argument("--json", action="store_true", help="print JSON (JSON Lines with '-')")

    chat = sub.add_parser("chat", parents=[common], help="a conversation: each stdin line is a turn")
    chat.add_argument("-k", type=int, default=3, metavar="N", help="number of quotes (default 3)")
    chat.add_argument("--json", action="store_true", help="one JSON object per turn")

    index = sub.add_parser("index", parents=[common], help="rebuild the index and print a summary")
    index.add_argument("--json", action="store_true")

    corpus = sub.add_parser("corpus", parents=[common], help="inspect the corpus as cleaned")
    corpus_sub = corpus.add_subparsers(dest="corpus_command", metavar="ACTION", required=True)
    listing = corpus_sub.add_parser("list", parents=[common], help="documents with title and date")
    listing.add_argument("--json", action="store_true")
    show = corpus_sub.add_parser("show", parents=[common], help="a document as cleaned, with what was dropped")
    show.add_argument("doc", help="document id, file name or unique prefix")
    show.add_argument("--json", action="store_true")
    show.add_argument("--kept-only", action="store_true", help="hide dropped lines")

    sub.add_parser("schema", parents=[common], help="print the JSON Schema of the answer object")

    ev = sub.add_parser("eval", parents=[common], help="score a question set (JSON Lines) against the corpus")
    ev.add_argument("file", help="questions with gold answers, as in shared/eval/dev.jsonl")
    ev.add_argument("--json", action="store_true")
    return parser


def _print_json(obj) -> None:
    sys.stdout.write(obj.model_dump_json() + "\n" if hasattr(obj, "model_dump_json") else json.dumps(obj) + "\n")
    sys.stdout.flush()


def _error_response(question: str, exc: QAError) -> Response:
    return Response(question=question, answered=False, error=ErrorInfo(code=exc.code, message=str(exc)))


def _open(args):
    from qa.engine import Engine

    def notify(message: str) -> None:
        print(f"qa: {message}", file=sys.stderr)

    return Engine.open(getattr(args, "corpus", None), rebuild=args.command == "index", notify=notify)


def _stdin_lines():
    """Lines of stdin as text, or a QAError for a line that is not valid UTF-8."""
    for raw in sys.stdin.buffer:
        raw = raw.rstrip(b"\r\n")
        try:
            yield raw.decode("utf-8"), None
        except UnicodeDecodeError as exc:
            yield raw.decode("utf-8", "replace"), QAError(f"input line is not valid UTF-8 (byte {exc.start})")


def _answer_stream(args, session) -> int:
    """Answer stdin line by line; output line N always answers input line N."""
    from qa.cli import render

    failed = broken = False
    for text, problem in _stdin_lines():
        if args.command == "chat" and not text.strip() and problem is None:
            continue
        try:
            if problem:
                raise problem
            response = session(text)
        except QAError as exc:
            failed = True
            response = _error_response(text, exc)
            if not args.json:
                print(f"qa: {exc}", file=sys.stderr)
                continue
        except Exception as exc:  # a bug in qa on this line: the other lines are still answered
            broken = True
            message = f"internal error: {type(exc).__name__}: {exc} (please report it)"
            print(f"qa: {message}", file=sys.stderr)
            response = Response(question=text, answered=False, error=ErrorInfo(code="internal", message=message))
            if not args.json:
                continue
        if args.json:
            _print_json(response)
        else:
            print(f"Q: {text}\n{render.response(response)}\n", flush=True)
    return EXIT_INTERNAL if broken else EXIT_USER if failed else EXIT_OK


def _ask(args, engine) -> int:
    from qa.cli import render

    if args.question == ["-"]:
        return _answer_stream(args, lambda text: engine.ask(text, args.k))
    question = " ".join(args.question)
    try:
        response = engine.ask(question, args.k)
    except QAError as exc:
        if args.json:
            _print_json(_error_response(question, exc))
        print(f"qa: {exc}", file=sys.stderr)
        return EXIT_USER
    if args.json:
        _print_json(response)
    else:
        print(render.response(response))
    return EXIT_OK


def _chat(args, engine) -> int:
    conversation = engine.conversation()
    if sys.stdin.isatty() and not args.json:
        from qa.cli import render

        print("Ask a question (empty line or Ctrl-D to quit).")
        while True:
            try:
                text = input("> ")
            except (EOFError, KeyboardInterrupt):
                print()
                return EXIT_OK
            if not text.strip():
                return EXIT_OK
            try:
                print(render.response(conversation.ask(text, args.k)) + "\n")
            except QAError as exc:
                print(f"qa: {exc}", file=sys.stderr)
    return _answer_stream(args, lambda text: conversation.ask(text, args.k))


def _corpus(args, engine) -> int:
    from qa.cli import render

    if args.corpus_command == "list":
        docs = engine.documents()
        if args.json:
            _print_json({"documents": [d.model_dump() for d in docs]})
        for d in [] if args.json else docs:
            print(f"{d.doc_id}  {d.date or 'undated':10}  {d.sentences:4} sentences  {d.title or '(untitled)'}")
        return EXIT_OK
    view = engine.document(args.doc)
    if args.json:
        _print_json(view)
    else:
        print(render.document(view, show_dropped=not args.kept_only))
    return EXIT_OK


def _run(args) -> int:
    if args.command == "schema":
        _print_json(Response.model_json_schema())
        return EXIT_OK
    engine = _open(args)
    if args.command == "index":
        from qa.cli import render

        summary = engine.summary()
        if args.json:
            _print_json(summary)
        else:
            print(render.summary(summary))
        return EXIT_OK
    if args.command == "eval":
        from qa.cli.evaluate import run_eval

        return run_eval(engine, args.file, args.json)
    return {"ask": _ask, "chat": _chat, "corpus": _corpus}[args.command](args, engine)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _run(args)
    except QAError as exc:
        if getattr(args, "json", False):
            _print_json(_error_response(" ".join(getattr(args, "question", []) or []), exc))
        print(f"qa: error: {exc}", file=sys.stderr)
        return EXIT_USER
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head`: stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:  # a bug in qa: still one line, never a traceback
        print(f"qa: internal error: {type(exc).__name__}: {exc} (please report it)", file=sys.stderr)
        return EXIT_INTERNAL
