"""The qa chat app: open the corpus in the background, then answer questions with quotes."""

import threading
from collections.abc import Iterable
from pathlib import Path

from textual import on, work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Header, Input
from textual.worker import Worker, get_current_worker

from qa.engine import Conversation, Engine
from qa.errors import QAError
from qa.models import Answer, CorpusSummary, DocumentView, Response
from qa.tui.screens.help import HelpScreen
from qa.tui.screens.source import SourceScreen
from qa.tui.transcript import export
from qa.tui.widgets.chat_log import ChatLog
from qa.tui.widgets.index_progress import IndexProgress
from qa.tui.widgets.question_input import QuestionInput
from qa.tui.widgets.quote_card import QuoteCard
from qa.tui.widgets.turn import Turn


def _message(exc: Exception) -> str:
    """A user error's own message; anything else is named, never shown as a traceback."""
    return str(exc) if isinstance(exc, QAError) else f"internal error: {exc!r}"


class QAApp(App[None]):
    """Chat with a folder of documents; every answer is a quoted sentence with its source."""

    CSS_PATH = "app.tcss"
    TITLE = "qa"
    BINDINGS = [
        Binding("f1", "help", "Help", id="app.help"),
        Binding("question_mark", "help", "Help", show=False, id="app.help_key"),
        Binding("ctrl+s", "export", "Export", id="app.export"),
        Binding("ctrl+l", "clear", "Clear", id="app.clear"),
        Binding("ctrl+r", "rebuild", "Reindex", id="app.rebuild"),
        Binding("ctrl+q", "quit", "Quit", priority=True, id="app.quit"),
    ]

    def __init__(self, corpus: str | Path | None = None) -> None:
        super().__init__()
        self.corpus = corpus
        self.engine: Engine | None = None
        self.summary: CorpusSummary | None = None
        self.conversation: Conversation | None = None
        self.responses: list[Response] = []
        self._pending: Turn | None = None
        self._asking = threading.Lock()  # a Conversation is not thread-safe
        self._engine_opened = threading.Event()  # set once the engine is open (or failed to open)
        self._progress = IndexProgress()

    def compose(self) -> ComposeResult:
        yield Header()
        yield self._progress
        yield ChatLog()
        yield QuestionInput(id="question")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(QuestionInput).focus()  # typing works at once; a question waits for the index
        self.open_engine(rebuild=False)

    # The index -----------------------------------------------------------------

    @work(thread=True, exclusive=True, group="index")
    def open_engine(self, rebuild: bool) -> None:
        """Load (or build) the index off the UI thread, feeding the progress bar."""
        progress = self._progress
        self.call_from_thread(progress.start, "Rebuilding the index…" if rebuild else "Opening the index…")
        shown = -1

        def on_progress(done: int, total: int) -> None:
            nonlocal shown
            if (percent := done * 100 // max(total, 1)) != shown:
                shown = percent
                self.call_from_thread(progress.advance, done, total)

        try:
            engine = Engine.open(self.corpus, rebuild=rebuild, progress=on_progress,
                                 notify=lambda note: self.call_from_thread(self.notify, note, markup=False))
            summary = engine.summary()
        except Exception as exc:
            self.call_from_thread(self._engine_failed, _message(exc))
            return
        self.call_from_thread(self._engine_ready, engine, summary, rebuild)

    def _engine_ready(self, engine: Engine, summary: CorpusSummary, rebuilt: bool) -> None:
        self.engine, self.summary = engine, summary
        self.conversation = engine.conversation()
        self.sub_title = (f"{Path(summary.corpus).name} · {summary.documents} documents · "
                          f"{summary.sentences} sentences · indexed {summary.built_at[:10]}")
        self._progress.display = False
        self.query_one(ChatLog).welcome(summary)
        self._engine_opened.set()
        if summary.skipped:
            names = ", ".join(f"{s.doc_id} ({s.reason})" for s in summary.skipped[:3])
            self.notify(f"{len(summary.skipped)} files skipped: {names}", severity="warning", markup=False)
        if rebuilt:
            self.notify(f"Index rebuilt in {summary.build_seconds:.1f} s; a new conversation starts.")

    def _engine_failed(self, message: str) -> None:
        self._engine_opened.set()
        self._progress.fail(f"Cannot open the corpus: {message}")
        self.notify(message, title="Cannot open the corpus", severity="error", markup=False)

    # Questions -----------------------------------------------------------------

    @on(Input.Submitted, "#question")
    async def ask_question(self, event: Input.Submitted) -> None:
        """Show the question at once and answer it in a worker."""
        box = self.query_one(QuestionInput)
        box.remember(event.value.strip())
        box.clear()
        if self._pending:
            self._pending.supersede()
        self._pending = await self.query_one(ChatLog).add_turn(event.value)
        self.ask(event.value, self._pending)

    @work(thread=True, exclusive=True, group="ask")
    def ask(self, question: str, turn: Turn) -> None:
        """Answer in a thread; a newer question cancels this one, whose result is then dropped."""
        worker = get_current_worker()
        self._engine_opened.wait()
        try:
            if self.conversation is None:
                raise QAError("the corpus could not be opened; see the message above")
            with self._asking:
                response = self.conversation.ask(question)
        except Exception as exc:
            self.call_from_thread(self._ask_failed, worker, turn, _message(exc))
            return
        self.call_from_thread(self._answered, worker, turn, response)

    def _answered(self, worker: Worker, turn: Turn, response: Response) -> None:
        if worker.is_cancelled:
            return
        self._pending = None
        self.responses.append(response)
        turn.show(response)
        self.call_after_refresh(turn.scroll_visible, top=True, animate=False)

    def _ask_failed(self, worker: Worker, turn: Turn, message: str) -> None:
        if worker.is_cancelled:
            return
        self._pending = None
        turn.remove()
        self.notify(message, severity="error", markup=False)

    # Sources -------------------------------------------------------------------

    def on_quote_card_selected(self, message: QuoteCard.Selected) -> None:
        self.open_source(message.answer)

    @work(thread=True, exclusive=True, group="source")
    def open_source(self, answer: Answer) -> None:
        """Read and clean the quoted document off the UI thread, then show it."""
        try:
            view = self.engine.document(answer.source.doc_id)
        except Exception as exc:
            self.call_from_thread(self.notify, _message(exc), severity="error", markup=False)
            return
        self.call_from_thread(self._show_source, view, answer)

    def _show_source(self, view: DocumentView, answer: Answer) -> None:
        self.push_screen(SourceScreen(view, answer))

    # Actions -------------------------------------------------------------------

    def action_help(self) -> None:
        """Show keys and usage."""
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_export(self) -> None:
        """Save the conversation as Markdown in the current folder."""
        if not self.responses:
            self.notify("Nothing to export yet: ask a question first.", severity="warning")
            return
        try:
            path = export(self.responses, self.summary.corpus, Path.cwd())
        except OSError as exc:
            self.notify(f"Cannot write the export: {exc.strerror}", severity="error", markup=False)
            return
        self.notify(f"Conversation saved to {path}", title="Exported", markup=False)

    def action_clear(self) -> None:
        """Forget the chat and start a fresh conversation (follow-ups start over)."""
        self.workers.cancel_group(self, "ask")
        self._pending = None
        self.responses.clear()
        self.query_one(ChatLog).clear()
        if self.engine:
            self.conversation = self.engine.conversation()
        self.set_focus(self.query_one(QuestionInput))

    def action_rebuild(self) -> None:
        """Rebuild the index from the corpus files (questions asked meanwhile wait for it)."""
        self._engine_opened.clear()
        self.open_engine(rebuild=True)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool:
        """Chat actions apply on the chat screen only."""
        return action not in {"export", "clear", "rebuild"} or len(self.screen_stack) == 1

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Help", "Keys and how answers are shown", self.action_help)
        yield SystemCommand("Export conversation", "Save the questions, quotes and citations as Markdown",
                            self.action_export)
        yield SystemCommand("Clear chat", "Remove all turns and start a new conversation", self.action_clear)
        yield SystemCommand("Rebuild index", "Re-read the corpus and rebuild its index", self.action_rebuild)
        if isinstance(screen.focused, QuoteCard):
            yield SystemCommand("Copy quote", "Copy the focused quote with its citation",
                                screen.focused.action_copy)


def create_app(corpus: str | Path | None = None) -> QAApp:
    """The app for ``corpus`` (default: ``$QA_CORPUS``, else the bundled articles)."""
    return QAApp(corpus)
