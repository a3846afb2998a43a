"""The `qa-tui` command line, and the rule that only the app itself imports Textual."""

import subprocess
import sys

import pytest

from qa import __version__
from qa.tui import main


def test_help_describes_the_options(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert "usage: qa-tui" in out and "--corpus DIR" in out and "QA_CORPUS" in out


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"qa-tui {__version__}"


def test_engine_cli_and_entry_point_do_not_import_textual():
    code = "import sys, qa, qa.cli, qa.tui; print(any(m.split('.')[0] == 'textual' for m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
