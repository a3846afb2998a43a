"""A document as the engine cleaned it, scrolled to the quoted sentence."""

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from qa.models import Answer, DocumentView, Piece


def _piece(piece: Piece, answer: Answer) -> Static:
    """A kept sentence, a heading or a dropped line; the quoted one carries its short answer."""
    if piece.kind == "dropped":
        label = (f"[dropped: {piece.reason}] ", "italic")
        return Static(Content.assemble(label, piece.text.strip()), classes="-dropped")
    quoted = piece.start < answer.end and answer.start < piece.end
    text = Content(piece.text)
    if quoted and answer.highlight:
        shift = answer.start - piece.start
        text = text.stylize("bold underline", shift + answer.highlight.start, shift + answer.highlight.end)
    return Static(text, classes=f"-{piece.kind}" + (" -quoted" if quoted else ""))


class SourceScreen(Screen):
    """The cleaned document with the quote highlighted; Escape returns to the chat."""

    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back to chat", id="source.back"),
        Binding("d", "toggle_dropped", "Dropped lines", id="source.dropped"),
    ]

    DEFAULT_CSS = """
    SourceScreen {
        #source-meta { padding: 0 2; background: $panel; color: $text-muted; height: auto; }
        #source-text { padding: 1 2; }
        #source-text > Static { margin-bottom: 1; }
        .-heading { text-style: bold; color: $text-primary; }
        .-quoted { background: $accent 25%; border-left: wide $accent; padding-left: 1; }
        .-dropped { display: none; color: $text-muted; }
        &.-show-dropped .-dropped { display: block; }
    }
    """

    def __init__(self, view: DocumentView, answer: Answer) -> None:
        super().__init__()
        self.view = view
        self.answer = answer

    def compose(self) -> ComposeResult:
        info = self.view.info
        bits = (info.date or "undated", info.publisher, info.doc_id, f"{info.sentences} sentences",
                f"quote at characters {self.answer.start}–{self.answer.end}")
        yield Header()
        yield Static(" · ".join(bit for bit in bits if bit), id="source-meta", markup=False)
        with VerticalScroll(id="source-text"):
            yield from (_piece(p, self.answer) for p in self.view.pieces)
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = self.view.info.title or self.view.info.doc_id
        text = self.query_one("#source-text", VerticalScroll)
        text.focus()
        quoted = text.query(".-quoted")
        if quoted:
            self.call_after_refresh(text.scroll_to_center, quoted.first(), animate=False)

    def action_toggle_dropped(self) -> None:
        """Show or hide the lines the cleaner dropped (navigation, captions, …)."""
        self.toggle_class("-show-dropped")
