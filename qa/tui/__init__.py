"""qa-tui: a Textual chat app that answers questions with quoted sentences."""

import argparse


def _parser() -> argparse.ArgumentParser:
    from qa import __version__

    parser = argparse.ArgumentParser(
        prog="qa-tui",
        description="Chat with a folder of documents: every answer is a sentence quoted from it, with its source.",
        epilog="Press F1 in the app for keys; Ctrl+P opens the command palette, Ctrl+Q quits.",
    )
    parser.add_argument("--corpus", metavar="DIR",
                        help="folder of .txt/.md/.html files (default: $QA_CORPUS, else the bundled articles)")
    parser.add_argument("--version", action="version", version=f"qa-tui {__version__}")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the app; exit status 0 after a normal quit."""
    args = _parser().parse_args(argv)
    from qa.tui.app import create_app

    create_app(args.corpus).run()
    return 0
