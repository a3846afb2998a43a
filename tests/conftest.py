"""Shared fixtures: every test gets its own index cache and no inherited QA_CORPUS."""

import io
import sys
from pathlib import Path

import pytest

from qa.engine import Engine

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(autouse=True)
def isolated_index(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("QA_INDEX_DIR", str(tmp_path_factory.mktemp("index-cache")))
    monkeypatch.delenv("QA_CORPUS", raising=False)


@pytest.fixture(scope="session")
def seeds_engine() -> Engine:
    return Engine.open()


@pytest.fixture
def make_corpus(tmp_path):
    """Write {name: text or bytes} into a fresh corpus folder and return its path."""

    def make(files: dict[str, str | bytes]) -> Path:
        root = tmp_path / "corpus"
        root.mkdir(exist_ok=True)
        for name, content in files.items():
            path = root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        return root

    return make


@pytest.fixture
def run_cli(capsys, monkeypatch):
    """Run `qa ARGS` in-process with optional stdin bytes; returns (exit code, stdout, stderr)."""
    from qa.cli import main

    def run(*args: str, stdin: bytes | None = None):
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
        try:
            code = main(list(args))
        except SystemExit as exc:  # argparse usage errors and --help/--version
            code = exc.code
        out = capsys.readouterr()
        return code, out.out, out.err

    return run
