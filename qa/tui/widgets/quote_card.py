"""A quoted sentence with its short answer highlighted and its source underneath."""

from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.widget import Widget

from qa.models import Answer
from qa.tui.transcript import citation, quote_with_citation


class QuoteCard(Widget, can_focus=True):
    """One answer (or related sentence); Enter or a click opens its source."""

    BINDINGS = [
        Binding("enter", "select", "Source", id="card.open"),
        Binding("c", "copy", "Copy", id="card.copy"),
        Binding("up", "move(-1)", "Previous quote", show=False, id="card.previous"),
        Binding("down", "move(1)", "Next quote", show=False, id="card.next"),
        Binding("escape", "app.focus('question')", "Back to question", show=False, id="card.back"),
    ]

    COMPONENT_CLASSES = {"quote-card--answer", "quote-card--match", "quote-card--source"}

    DEFAULT_CSS = """
    QuoteCard {
        height: auto;
        padding: 0 1;
        margin: 0 0 1 2;
        border-left: wide $primary 50%;
        &:focus { border-left: wide $accent; background: $boost; }
        &:hover { background: $boost; }
        &.-related { border-left: wide $foreground 20%; color: $text-muted; }
        & > .quote-card--answer { text-style: bold; color: $text-accent; background: $accent-muted; }
        & > .quote-card--match { text-style: underline; }
        & > .quote-card--source { color: $foreground-muted; text-style: italic; }
    }
    """

    class Selected(Message):
        """The user wants to read this quote in its document."""

        def __init__(self, answer: Answer) -> None:
            super().__init__()
            self.answer = answer

    def __init__(self, answer: Answer, *, related: bool = False) -> None:
        super().__init__(classes="-related" if related else None)
        self.answer = answer
        self.tooltip = "Enter or click: open the source · c: copy"

    def render(self) -> Content:
        a = self.answer
        style = self.get_visual_style  # full styles: component backgrounds are opaque
        quote = Content(a.quote)
        for span in a.matches:
            quote = quote.stylize(style("quote-card--match"), span.start, span.end)
        if a.highlight and not self.has_class("-related"):
            quote = quote.stylize(style("quote-card--answer"), a.highlight.start, a.highlight.end)
        return Content.assemble("“", quote, "”\n", (f"— {citation(a)}", style("quote-card--source")))

    def on_click(self) -> None:
        self.post_message(self.Selected(self.answer))

    def action_select(self) -> None:
        self.post_message(self.Selected(self.answer))

    def action_copy(self) -> None:
        self.app.copy_to_clipboard(quote_with_citation(self.answer))
        self.notify("Quote and citation copied to the clipboard.")

    def action_move(self, step: int) -> None:
        """Focus the neighbouring card; past the last one, focus what follows."""
        cards = list(self.screen.query(QuoteCard))
        index = cards.index(self) + step
        if 0 <= index < len(cards):
            self.screen.set_focus(cards[index])  # at once, so key repeat is not lost
        elif step > 0:
            self.screen.focus_next()
