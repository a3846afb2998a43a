"""The text a reader sees in an HTML page, with the standard library's parser.

Scripts, styles, navigation, page header and footer, sidebars, forms and
drawings are left out; block elements (paragraphs, headings, list items, table
cells, ...) become paragraph breaks, ``<br>`` a line break; runs of spaces
collapse as a browser collapses them (except in ``<pre>``); entities are
decoded. Headings are written as Markdown headings ("# ...") so the cleaner
treats them as headings.
"""

import re
from html.parser import HTMLParser

from qa.errors import CorpusError

DROPPED = frozenset({"script", "style", "nav", "header", "footer", "aside", "form", "noscript", "svg",
                     "template", "iframe", "object", "canvas", "select", "button"})
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
BLOCKS = HEADINGS | frozenset({
    "address", "article", "blockquote", "body", "caption", "dd", "details", "dialog", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "hr", "html", "li", "main", "ol", "p", "pre", "section", "summary",
    "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul",
})
_SPACES = re.compile(r"[ \t\n\r\f]+")  # HTML white space (a no-break space is kept)
_BREAK = None  # a paragraph break in the parts list


class _Pre(str):
    """Text of a ``<pre>`` element: its spaces and line breaks are kept as they are."""


class _Extractor(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str | None] = []
        self.hidden = 0  # depth inside dropped elements
        self.pre = 0

    def handle_starttag(self, tag, attrs):
        if tag in DROPPED:
            self.hidden += 1
        elif self.hidden:
            return
        elif tag == "br":
            self.parts.append("\n")
        elif tag in BLOCKS:
            self.parts.append(_BREAK)
            if tag in HEADINGS:
                self.parts.append("# ")
            self.pre += tag == "pre"

    def handle_endtag(self, tag):
        if tag in DROPPED:
            self.hidden = max(0, self.hidden - 1)
        elif not self.hidden and tag in BLOCKS:
            self.parts.append(_BREAK)
            if tag == "pre":
                self.pre = max(0, self.pre - 1)

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(_Pre(data) if self.pre else _SPACES.sub(" ", data))


def _paragraphs(parts: list[str | None]) -> list[str]:
    out, current = [], []
    for part in [*parts, _BREAK]:
        if part is not _BREAK:
            current.append(part)
            continue
        text = "".join(current)
        if not any(isinstance(part, _Pre) for part in current):
            text = re.sub(r" *\n *", "\n", text)
        text = text.strip(" \t\n\r\f")
        if text and text != "#":
            out.append(text)
        current = []
    return out


def extract(markup: str) -> str:
    """The visible text of an HTML page: paragraphs separated by blank lines."""
    parser = _Extractor()
    try:
        parser.feed(markup)
        parser.close()
    except Exception as exc:  # html.parser gives up on a few malformed declarations
        raise CorpusError(f"cannot read as HTML ({type(exc).__name__})") from None
    paragraphs = _paragraphs(parser.parts)
    return "\n\n".join(paragraphs) + "\n" if paragraphs else ""
