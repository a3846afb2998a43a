"""Shared fixtures of the TUI tests: an isolated index folder and pilot helpers.

The tests drive the app with ``asyncio.run`` (no async pytest plugin needed).
"""

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot

from qa.tui.app import QAApp

CORPUS = Path(__file__).parent / "corpus"


@pytest.fixture
def corpus() -> Path:
    """A two-document corpus owned by the tests (``tests/tui/corpus``)."""
    return CORPUS


@pytest.fixture(scope="session")
def index_root(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("qa-index")


@pytest.fixture(autouse=True)
def isolated_index(index_root, monkeypatch):
    """Indexes of non-bundled corpora go to a temporary folder; ``QA_CORPUS`` is ignored."""
    monkeypatch.setenv("QA_INDEX_DIR", str(index_root))
    monkeypatch.delenv("QA_CORPUS", raising=False)


async def _settle(pilot: Pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def _ask(pilot: Pilot, question: str, typed: bool = False) -> None:
    await _settle(pilot)
    await pilot.click("#question")
    if typed:
        await pilot.press(*question)
    else:  # a paste: typing costs ~60 ms a key in the pilot
        pilot.app.query_one("#question").insert_text_at_cursor(question)
    await pilot.press("enter")
    await _settle(pilot)


@pytest.fixture
def settle():
    """``await settle(pilot)``: wait until every worker is done and the screen is refreshed."""
    return _settle


@pytest.fixture
def ask():
    """``await ask(pilot, question, typed=False)``: enter the question (key by key if typed), press Enter, wait."""
    return _ask


@pytest.fixture
def drive():
    """``drive(app, scenario)``: run ``scenario(pilot)`` against ``app`` at 100x30."""

    def run(app: QAApp, scenario: Callable[[Pilot], Awaitable[None]], size: tuple[int, int] = (100, 30)) -> None:
        async def main() -> None:
            async with app.run_test(size=size, notifications=True) as pilot:
                await scenario(pilot)

        asyncio.run(main())

    return run
