"""The question box: Enter asks, Up/Down walk through earlier questions."""

from textual.binding import Binding
from textual.widgets import Input


class QuestionInput(Input):
    """An :class:`Input` that remembers what was asked."""

    BINDINGS = [
        Binding("up", "history(-1)", "Previous question", show=False, id="question.previous"),
        Binding("down", "history(1)", "Next question", show=False, id="question.next"),
    ]

    def __init__(self, **kwargs) -> None:
        super().__init__(
            placeholder="Ask a question and press Enter · ↑↓ earlier questions · F1 help",
            **kwargs,
        )
        self.history: list[str] = []
        self._position = 0
        self._draft = ""

    def remember(self, question: str) -> None:
        """Add ``question`` to the history (not twice in a row) and reset browsing."""
        if question and (not self.history or self.history[-1] != question):
            self.history.append(question)
        self._position = len(self.history)
        self._draft = ""

    def action_history(self, step: int) -> None:
        """Show the previous/next question; past the newest, the unsent draft returns."""
        position = self._position + step
        if not 0 <= position <= len(self.history):
            return
        if self._position == len(self.history):
            self._draft = self.value
        self._position = position
        self.value = self.history[position] if position < len(self.history) else self._draft
        self.cursor_position = len(self.value)
