"""What the screen shows while the index of the corpus is opened or built."""

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Label, ProgressBar


class IndexProgress(Vertical):
    """A message and a progress bar fed by the engine's ``progress`` callback."""

    DEFAULT_CSS = """
    IndexProgress {
        height: auto;
        padding: 1 2;
        & > Label { color: $text-muted; margin-bottom: 1; }
        &.-failed > Label { color: $text-error; text-style: bold; }
        &.-failed > ProgressBar { display: none; }
    }
    """

    def compose(self) -> ComposeResult:
        yield Label("Opening the index…", markup=False)
        yield ProgressBar(show_eta=False)

    def start(self, message: str) -> None:
        """Show ``message`` and an indeterminate bar until progress arrives."""
        self.remove_class("-failed")
        self.query_one(Label).update(message)
        self.query_one(ProgressBar).update(total=None, progress=0)
        self.display = True

    def advance(self, done: int, total: int) -> None:
        self.query_one(Label).update(f"Indexing documents… {done} of {total}")
        self.query_one(ProgressBar).update(total=total, progress=done)

    def fail(self, message: str) -> None:
        """Leave the reason the corpus cannot be used on screen."""
        self.add_class("-failed")
        self.query_one(Label).update(message)
        self.display = True
