"""Pilot tests: type questions, press keys, read what the widgets show."""

import threading

from textual.widgets import Label, ProgressBar, Static

from qa.engine import Conversation, Engine
from qa.tui.app import create_app
from qa.tui.screens.help import HelpScreen
from qa.tui.screens.source import SourceScreen
from qa.tui.widgets.chat_log import ChatLog
from qa.tui.widgets.index_progress import IndexProgress
from qa.tui.widgets.question_input import QuestionInput
from qa.tui.widgets.quote_card import QuoteCard
from qa.tui.widgets.turn import Turn

PENA = "Pena expressed his support for Gonzalez Urrutia"


def shown(widget) -> str:
    """The text a widget displays (its own content, for cards and statics)."""
    return str(widget.render())


def toasts(app, severity: str) -> list[str]:
    """The notifications of ``severity`` on screen."""
    return [shown(t) for t in app.screen.query("Toast") if t.has_class(f"-{severity}")]


def texts(turn: Turn) -> str:
    return "\n".join(shown(w) for w in turn.query("Static, Label, QuoteCard"))


def test_answer_is_a_quote_card_with_source(drive, ask):
    async def scenario(pilot):
        await ask(pilot, "Who recognized González?", typed=True)
        cards = pilot.app.query(QuoteCard)
        assert cards, "no quote cards"
        pena = [c for c in cards if PENA in shown(c)]
        assert pena, [shown(c) for c in cards]
        card = pena[0]
        assert card.answer.source.doc_id in shown(card)
        assert card.answer.source.date in shown(card)
        assert "Who recognized González?" in texts(pilot.app.query_one(Turn))
        assert pilot.app.query_one(QuestionInput).value == ""

    drive(create_app(), scenario)


def test_off_topic_question_says_no_answer(drive, ask):
    async def scenario(pilot):
        await ask(pilot, "Who won the 2022 football World Cup?")
        turn = pilot.app.query_one(Turn)
        assert turn.has_class("-unanswered")
        text = texts(turn)
        assert "No answer in the corpus." in text
        assert "Searched for:" in text
        assert all(card.has_class("-related") for card in turn.query(QuoteCard))
        assert pilot.app.responses[-1].answered is False

    drive(create_app(), scenario)


def test_follow_up_shows_interpretation(drive, ask):
    async def scenario(pilot):
        await ask(pilot, "Who was the main opposition candidate in 2018?")
        await ask(pilot, "How many votes did he get?")
        first, second = pilot.app.query(Turn)
        assert "interpreted as:" not in texts(first)
        assert "interpreted as:" in texts(second)
        assert pilot.app.responses[-1].interpreted_as in texts(second)

    drive(create_app(), scenario)


def test_enter_on_a_card_opens_the_source_and_escape_returns(drive, ask, settle):
    async def scenario(pilot):
        await ask(pilot, "Who recognized González?")
        await pilot.press("shift+tab")  # from the question box to the newest quote
        assert isinstance(pilot.app.focused, QuoteCard)
        await pilot.press("up", "up")
        card = pilot.app.focused
        assert card is pilot.app.query(QuoteCard).first()
        await pilot.press("enter")
        await settle(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, SourceScreen)
        quoted = screen.query_one(".-quoted", Static)
        assert card.answer.quote in shown(quoted)
        assert quoted.region.height and screen.query_one("#source-text").region.contains_region(quoted.region)
        assert card.answer.source.doc_id in shown(screen.query_one("#source-meta", Static))
        dropped = screen.query(".-dropped").first()
        assert not dropped.display
        await pilot.press("d")
        assert dropped.display and "[dropped: " in shown(dropped)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(pilot.app.screen, SourceScreen)
        assert pilot.app.focused is card
        await pilot.press("escape")
        assert isinstance(pilot.app.focused, QuestionInput)

    drive(create_app(), scenario)


def test_clicking_a_card_opens_its_source(drive, ask, settle):
    async def scenario(pilot):
        await ask(pilot, "Who recognized González?")
        first = pilot.app.query(QuoteCard).first()
        await pilot.click(QuoteCard)
        await settle(pilot)
        assert isinstance(pilot.app.screen, SourceScreen)
        assert shown(pilot.app.screen.query_one(".-quoted", Static)) == first.answer.quote

    drive(create_app(), scenario)


def test_history_with_up_and_down(drive, ask):
    async def scenario(pilot):
        await ask(pilot, "Who recognized González?")
        await ask(pilot, "Who won the 2022 football World Cup?", typed=True)
        box = pilot.app.query_one(QuestionInput)
        await pilot.press(*"draft")
        await pilot.press("up")
        assert box.value == "Who won the 2022 football World Cup?"
        await pilot.press("up")
        assert box.value == "Who recognized González?"
        await pilot.press("up")
        assert box.value == "Who recognized González?"
        await pilot.press("down", "down")
        assert box.value == "draft"

    drive(create_app(), scenario)


def test_export_writes_markdown(drive, ask, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)

    async def scenario(pilot):
        await ask(pilot, "Who recognized González?")
        await ask(pilot, "Who won the 2022 football World Cup?")
        await pilot.press("ctrl+s")
        await pilot.pause()

    drive(create_app(), scenario)
    [path] = tmp_path.glob("qa-conversation-*.md")
    text = path.read_text(encoding="utf-8")
    assert "## Who recognized González?" in text
    assert f"> {PENA}" in text
    assert "003_a3afba280f0ed575.txt" in text
    assert "No answer in the corpus." in text


def test_copy_puts_quote_and_citation_on_the_clipboard(drive, ask, corpus):
    async def scenario(pilot):
        await ask(pilot, "When did the last keeper leave?")
        pilot.app.query(QuoteCard).first().focus()
        await pilot.press("c")
        card = pilot.app.query(QuoteCard).first()
        assert pilot.app.clipboard.startswith(f"“{card.answer.quote}”")
        assert card.answer.source.doc_id in pilot.app.clipboard

    drive(create_app(corpus), scenario)


def test_question_mark_types_in_the_box_and_f1_opens_help(drive, settle, corpus):
    async def scenario(pilot):
        await settle(pilot)
        await pilot.press("?")
        assert pilot.app.query_one(QuestionInput).value == "?"
        assert not isinstance(pilot.app.screen, HelpScreen)
        await pilot.press("f1")
        assert isinstance(pilot.app.screen, HelpScreen)
        await pilot.press("escape")
        assert not isinstance(pilot.app.screen, HelpScreen)

    drive(create_app(corpus), scenario)


def test_empty_question_is_a_notification_not_a_turn(drive, settle, corpus):
    async def scenario(pilot):
        await settle(pilot)
        await pilot.press("space", "enter")
        await settle(pilot)
        assert not pilot.app.query(Turn)
        [note] = toasts(pilot.app, "error")
        assert "empty" in note

    drive(create_app(corpus), scenario)


def test_new_question_cancels_a_stale_one(drive, settle, monkeypatch, corpus):
    release = threading.Event()
    original = Conversation.ask

    def slow_ask(self, question, k=3):
        if question == "slow question":
            release.wait(5)
        return original(self, question, k)

    monkeypatch.setattr(Conversation, "ask", slow_ask)

    async def scenario(pilot):
        await settle(pilot)
        box = pilot.app.query_one(QuestionInput)
        for question in ("slow question", "When did the last keeper leave?"):
            box.insert_text_at_cursor(question)
            await pilot.press("enter")
        release.set()
        await settle(pilot)
        stale, fresh = pilot.app.query(Turn)
        assert "Skipped" in texts(stale) and not stale.query(QuoteCard)
        assert fresh.query(QuoteCard)
        assert [r.question for r in pilot.app.responses] == ["When did the last keeper leave?"]

    drive(create_app(corpus), scenario)


def test_clear_empties_the_chat(drive, ask, corpus):
    async def scenario(pilot):
        await ask(pilot, "When did the last keeper leave?")
        await pilot.press("ctrl+l")
        await pilot.pause()
        assert not pilot.app.query(Turn) and not pilot.app.responses

    drive(create_app(corpus), scenario)


def test_rebuild_reindexes_in_a_worker(drive, settle, corpus):
    async def scenario(pilot):
        await settle(pilot)
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert pilot.app.query_one(QuestionInput).has_focus
        assert any("Index rebuilt" in note for note in toasts(pilot.app, "information"))

    drive(create_app(corpus), scenario)


def test_first_start_shows_indexing_progress(drive, settle, corpus, monkeypatch):
    release = threading.Event()
    original = Engine.open.__func__

    def slow_open(cls, corpus=None, *, rebuild=False, notify=print, progress=None):
        progress(1, 4)
        release.wait(5)
        return original(cls, corpus, rebuild=rebuild, notify=notify, progress=progress)

    monkeypatch.setattr(Engine, "open", classmethod(slow_open))

    async def scenario(pilot):
        progress = pilot.app.query_one(IndexProgress)
        bar = progress.query_one(ProgressBar)
        for _ in range(100):
            await pilot.pause(0.01)
            if bar.percentage:
                break
        assert progress.display and bar.percentage == 0.25
        assert "1 of 4" in shown(progress.query_one(Label))
        await pilot.press(*"Who recognized Pena?", "enter")  # typed while indexing: it waits, nothing is lost
        assert pilot.app.query_one(ChatLog).query(Turn)
        release.set()
        await settle(pilot)
        assert not progress.display and pilot.app.responses
        assert pilot.app.responses[0].question == "Who recognized Pena?"

    drive(create_app(corpus), scenario)


def test_missing_corpus_is_reported_without_a_traceback(drive, settle, tmp_path):
    async def scenario(pilot):
        await settle(pilot)
        progress = pilot.app.query_one(IndexProgress)
        assert progress.has_class("-failed")
        assert "corpus folder not found" in shown(progress.query_one(Label))
        await pilot.press(*"anything?", "enter")
        await settle(pilot)
        assert any("could not be opened" in note for note in toasts(pilot.app, "error"))

    drive(create_app(tmp_path / "missing"), scenario)


def test_palette_offers_the_chat_commands(drive, settle, corpus):
    async def scenario(pilot):
        await settle(pilot)
        titles = {c.title for c in pilot.app.get_system_commands(pilot.app.screen)}
        assert {"Export conversation", "Clear chat", "Rebuild index", "Help"} <= titles

    drive(create_app(corpus), scenario)
