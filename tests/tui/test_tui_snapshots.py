"""SVG snapshots of the main states, on the tests' own two-document corpus.

The answers are replayed from ``recorded_responses.json`` (recorded from the
engine on ``tests/tui/corpus``), so these pictures test the UI, not the
ranking, which is tuned elsewhere; the pilot tests run the live engine.
Update with ``pytest tests/tui --snapshot-update`` and look at the SVGs in
``__snapshots__/`` before committing them.
"""

import json
from pathlib import Path

import pytest

from qa.engine import Conversation, Engine
from qa.models import Response
from qa.tui.app import create_app
from qa.tui.widgets.question_input import QuestionInput
from qa.tui.widgets.quote_card import QuoteCard

SIZE = (100, 30)
ANSWERED = "When did the last keeper leave?"
UNANSWERED = "Who was the lighthouse keeper in 1900?"
RECORDED = json.loads((Path(__file__).parent / "recorded_responses.json").read_text(encoding="utf-8"))


@pytest.fixture
def app(corpus, monkeypatch):
    """The app on the test corpus, with replayed answers and a fixed "indexed" date."""
    summary = Engine.summary
    frozen = {"built_at": "2025-01-01T00:00"}
    monkeypatch.setattr(Engine, "summary", lambda self: summary(self).model_copy(update=frozen))
    monkeypatch.setattr(Conversation, "ask", lambda self, question, k=3: Response.model_validate(RECORDED[question]))
    return create_app(corpus)


@pytest.fixture
def steady(settle):
    """Wait for the workers and stop the cursor blinking, so the picture is the same every run."""

    async def run(pilot):
        await settle(pilot)
        pilot.app.query_one(QuestionInput).cursor_blink = False
        await pilot.pause()

    return run


def test_empty_start(snap_compare, app, steady):
    assert snap_compare(app, terminal_size=SIZE, run_before=steady)


def _asking(ask, steady, question, theme=None):
    """``run_before`` for a snapshot: ask ``question`` (in ``theme``) and wait until the screen is still."""

    async def run(pilot):
        if theme:
            pilot.app.theme = theme
        await ask(pilot, question)
        await steady(pilot)

    return run


def test_answer(snap_compare, app, ask, steady):
    assert snap_compare(app, terminal_size=SIZE, run_before=_asking(ask, steady, ANSWERED))


def test_answer_small_terminal(snap_compare, app, ask, steady):
    assert snap_compare(app, terminal_size=(80, 24), run_before=_asking(ask, steady, ANSWERED))


def test_answer_light_theme(snap_compare, app, ask, steady):
    assert snap_compare(app, terminal_size=SIZE, run_before=_asking(ask, steady, ANSWERED, "textual-light"))


def test_no_answer(snap_compare, app, ask, steady):
    assert snap_compare(app, terminal_size=SIZE, run_before=_asking(ask, steady, UNANSWERED))


def test_source_view(snap_compare, app, ask, steady):
    async def run(pilot):
        await ask(pilot, ANSWERED)
        pilot.app.query(QuoteCard).first().focus()
        await pilot.press("enter")
        await steady(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=run)


def test_help_screen(snap_compare, app, steady):
    async def run(pilot):
        await steady(pilot)
        await pilot.press("f1")
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZE, run_before=run)
