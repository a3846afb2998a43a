"""The scrolling conversation: a welcome note, then one :class:`Turn` per question."""

from textual.containers import VerticalScroll
from textual.widgets import Static

from qa.models import CorpusSummary
from qa.tui.widgets.turn import Turn


class ChatLog(VerticalScroll, can_focus=False):
    """Questions and answers, newest at the bottom."""

    DEFAULT_CSS = """
    ChatLog {
        padding: 1 1 0 1;
        & > #welcome { color: $text-muted; padding: 0 1; margin-bottom: 1; }
    }
    """

    def compose(self):
        yield Static(id="welcome")

    def welcome(self, summary: CorpusSummary) -> None:
        """Say what can be asked of this corpus."""
        self.query_one("#welcome", Static).update(
            f"Ask about the {summary.documents} documents ({summary.sentences} sentences) of this corpus. "
            "Answers are sentences quoted verbatim, with their source; follow-ups build on the previous answer. "
            "Shift+Tab reaches the quotes, Enter opens one in its document, F1 lists every key."
        )

    async def add_turn(self, question: str) -> Turn:
        """Append a pending turn, once mounted (so it can take its answer), and bring it into view."""
        turn = Turn(question)
        await self.mount(turn)
        self.scroll_end(animate=False)
        return turn

    def clear(self) -> None:
        """Remove every turn (the welcome note stays)."""
        self.query(Turn).remove()
