"""One exchange of the chat: the question, then its quotes or why there are none."""

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Label, LoadingIndicator, Static

from qa.models import Response
from qa.tui.widgets.quote_card import QuoteCard


class Turn(Vertical):
    """A question, pending until :meth:`show` gives it a response."""

    DEFAULT_CSS = """
    Turn {
        height: auto;
        margin: 0 0 1 0;
        & > .turn--question { text-style: bold; color: $text-primary; padding: 0 1; }
        & > .turn--note { color: $text-muted; text-style: italic; padding: 0 1 0 3; }
        & > LoadingIndicator { height: 1; width: 12; margin-left: 3; }
        &.-unanswered > .turn--none { color: $text-warning; text-style: bold; padding: 0 1 0 3; }
        & > .turn--searched { color: $text-muted; padding: 0 1 0 3; margin-bottom: 1; }
        & > .turn--related { color: $text-muted; text-style: bold; padding: 0 1 0 3; }
    }
    """

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        yield Label(f"› {self.question}", classes="turn--question", markup=False)
        yield LoadingIndicator()

    def show(self, response: Response) -> None:
        """Replace the spinner with the answer cards, or the no-answer report."""
        self.query(LoadingIndicator).remove()
        self.mount_all(self._body(response))

    def supersede(self) -> None:
        """Mark the question as dropped in favour of a newer one."""
        self.query(LoadingIndicator).remove()
        self.mount(Static("Skipped: a newer question was asked.", classes="turn--note"))

    def _body(self, r: Response) -> list:
        body = []
        if r.interpreted_as:
            body.append(Static(f"interpreted as: {r.interpreted_as}", classes="turn--note", markup=False))
        if r.answered:
            return body + [QuoteCard(a) for a in r.answers]
        self.add_class("-unanswered")
        searched = ", ".join(r.searched_for) or "nothing (no content words)"
        body.append(Static("No answer in the corpus.", classes="turn--none"))
        note = f"Searched for: {searched}."
        if r.missing:
            note += f"\nNot found anywhere in the corpus: {', '.join(r.missing)}."
        body.append(Static(note, classes="turn--searched", markup=False))
        if r.related:
            body.append(Static("Related sentences — these do not answer the question:", classes="turn--related"))
            body += [QuoteCard(a, related=True) for a in r.related]
        return body
