"""The in-app help: what the app does and every key."""

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown

HELP = """\
# qa — questions answered with quotes

Type a question and press **Enter**. Every answer is a sentence quoted verbatim
from the corpus: the *short answer* is highlighted, the question's words are
underlined and the source is named underneath. Follow-ups (*How many votes did
he get?*) build on the previous answer and say how they were interpreted. When
nothing answers, the app says so and what it searched for.

**Question box** — `Enter` ask · `↑` `↓` earlier and later questions

**Quotes** — `Tab` / `Shift+Tab` move between the question box and the quotes ·
`↑` `↓` previous / next quote · `Enter` or click: open the document at the quote ·
`c` copy the quote with its citation · `Esc` back to the question box

**Document** — `Esc` back to the chat · `d` show or hide lines dropped as non-article text

**Anywhere** — `Ctrl+S` export the conversation as Markdown · `Ctrl+L` clear the chat
and start over · `Ctrl+R` rebuild the index · `Ctrl+P` command palette (themes too) ·
`F1` (or `?` outside the question box) this help · `Ctrl+Q` quit
"""


class HelpScreen(ModalScreen[None]):
    """Keys and usage; Escape, F1 or q closes it."""

    BINDINGS = [Binding("escape,f1,q,question_mark", "dismiss", "Close help", id="help.close")]

    DEFAULT_CSS = """
    HelpScreen {
        align: center middle;
        & > VerticalScroll {
            width: 90;
            max-width: 100%;
            height: auto;
            max-height: 100%;
            border: round $primary;
            background: $surface;
            padding: 0 1;
        }
    }
    """

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Markdown(HELP)
