"""Separate article text from web-scrape debris, keeping offsets into the raw file.

Rules look at the shape of a line (sentence punctuation, length, share of
letters, link-like teasers, repetition, general boilerplate words, whether its
words occur in the article body) and never at particular strings, so a new
scrape with other ads is cleaned as well.
"""

import re
import string
from dataclasses import dataclass, field
from itertools import chain

from qa.corpus import metadata, sentences
from qa.text.fold import fold
from qa.text.tokens import Analyzer
from qa.text.wordlists import BOILERPLATE, ERROR_PHRASES, TEASER_PREFIXES

_WS = " \t\r\n\f\v\u00a0\ufeff\u200b"
_ENDS = frozenset(".!?…")  # a sentence ends with one of these, then maybe closing quotes or brackets
_CLOSERS = "\"'”’)]"
_ASCII_LETTERS = string.ascii_letters.encode("ascii")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_ASCII_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)*")  # the same on ASCII text, and twice as fast
_CREDIT = re.compile(
    r"\s*\(?\b(?:photos?|images?|pictures?|photograph|credits?|pic)\s*(?::|by\b)[^()]*\)?\s*$", re.I
)
_CREDIT_WORDS = ("pic", "photo", "image", "credit")  # one of them is in every _CREDIT match
_MARKDOWN = re.compile(r"^(?:#{1,6}\s+|[-*+]\s+|>\s*|\d+[.)]\s+)")
_NAV_SEPARATORS = re.compile(r"\s(?:>|»|›|\|)\s")
_TEASERS = frozenset(TEASER_PREFIXES)
_TEASER_FIELDS = tuple(prefix + ":" for prefix in TEASER_PREFIXES)  # "read more: ..."
# A line with at least this many words is prose even without final punctuation.
PROSE_WORDS = 15


@dataclass(frozen=True)
class Unit:
    """A quotable piece of the document: a sentence or a heading."""

    start: int
    end: int
    kind: str  # "sentence" | "heading"
    para: int


@dataclass(frozen=True)
class Dropped:
    """A span left out of the index, with the reason shown by `qa corpus show`."""

    start: int
    end: int
    reason: str


@dataclass
class CleanDoc:
    text: str
    title: str | None = None
    date: str | None = None
    source: str | None = None
    units: list[Unit] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)


@dataclass
class _Line:
    start: int
    end: int
    markdown_heading: bool = False


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in _WS):  # as str.strip does, and zero-width
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _WS):
        end -= 1
    return start, end


def _ends_sentence(line: str) -> bool:
    """The line ends like a sentence: ``.``, ``!``, ``?`` or ``…``, then maybe closing quotes or brackets
    (the regular expression ``[.!?…][closers]*$``, without trying every position of a long line)."""
    if line.endswith("\n"):  # ``$`` also matches before a final newline
        line = line[:-1]
    return line.rstrip(_CLOSERS)[-1:] in _ENDS


def _may_credit(line: str) -> bool:
    """Whether ``_CREDIT`` can match: it needs a credit word, ignoring case as ``re`` does
    (where İ and ı also match "i"), and searching for one is far cheaper."""
    low = line.lower()
    return any(word in low for word in _CREDIT_WORDS) or "\u0130" in line or "\u0131" in line


def _physical_lines(text: str) -> list[tuple[int, int]]:
    lines, pos = [], 0
    for m in re.finditer(r"\r\n|\r|\n", text):
        lines.append((pos, m.start()))
        pos = m.end()
    lines.append((pos, len(text)))
    return lines


def _is_hard_wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    """Prose wrapped at a fixed width: most long lines stop mid-sentence."""
    lengths = [(e - s, text[s:e].rstrip()) for s, e in lines if e > s and text[s:e].strip()]
    if len(lengths) < 4:
        return False
    width = max(n for n, _ in lengths)
    if width > 120:
        return False
    long_lines = [line for n, line in lengths if n >= 0.6 * width]
    open_ended = sum(1 for line in long_lines if not _ends_sentence(line))
    return open_ended >= 0.5 * len(long_lines)


def _logical_lines(text: str) -> list[_Line]:
    """Lines as a reader sees them: wrapped prose joined back into paragraphs."""
    physical = [_trim(text, s, e) for s, e in _physical_lines(text)]
    wrapped = _is_hard_wrapped(text, physical)
    out: list[_Line] = []
    previous_blank = True
    for s, e in physical:
        if s == e:
            previous_blank = True
            continue
        md = _MARKDOWN.match(text, s, e)
        is_heading = bool(md and text[s] == "#")
        if md:
            s = md.end()
        joinable = out and not previous_blank and not is_heading and not out[-1].markdown_heading
        if joinable and not _ends_sentence(text[out[-1].start : out[-1].end]):
            starts_lower = text[s].islower()
            if wrapped or starts_lower:
                out[-1].end = e
                previous_blank = False
                continue
        out.append(_Line(s, e, is_heading))
        previous_blank = False
    return out


def _words(line: str) -> list[str]:
    return (_ASCII_WORD if line.isascii() else _WORD).findall(line)


def _letters(line: str) -> int:
    """How many characters of ``line`` are letters (``str.isalpha``)."""
    if line.isascii():
        return len(line) - len(line.encode("ascii").translate(None, _ASCII_LETTERS))
    return sum(map(str.isalpha, line))


def _junk_reason(line: str, low: str, words: list[str]) -> str | None:
    """Why a whole line is not article text, judged by its shape alone (``low`` is ``fold(line)``, ``words`` its words)."""
    if any(p in low for p in ERROR_PHRASES) and (len(words) <= 20 or line.startswith(("[", "<"))):
        return "error message"
    if not words or _letters(line) < 0.5 * len(line.replace(" ", "")):
        return "symbols or widget"
    if len(_NAV_SEPARATORS.findall(line)) >= 2:
        return "navigation"
    if low.strip(" :-") in _TEASERS or low.startswith(_TEASER_FIELDS):
        return "teaser link"
    if not _ends_sentence(line):
        boiler = sum(w in BOILERPLATE for w in words)
        if boiler >= 2 or (boiler and len(words) < PROSE_WORDS):
            return "boilerplate"
    return None


def _looks_like_prose(line: str) -> bool:
    return _ends_sentence(line) or len(_words(line)) >= PROSE_WORDS


def clean(text: str, analyzer: Analyzer | None = None) -> CleanDoc:
    """Clean one raw document into quotable units plus metadata and dropped spans."""
    analyzer = analyzer or Analyzer()
    doc = CleanDoc(text)
    seen: dict[str, int] = {}
    repeated_keys: set[str] = set()
    candidates: list[tuple[_Line, str]] = []  # kept lines and their repetition key

    for line in _logical_lines(text):
        s, e = line.start, line.end
        raw = text[s:e]
        prefix = metadata.date_prefix(raw)
        if prefix:
            doc.date = doc.date or prefix[0]
            doc.dropped.append(Dropped(s, s + prefix[1], "metadata"))
            s, e = _trim(text, s + prefix[1], e)
            raw = text[s:e]
            if s == e:
                continue
        stated = metadata.dateline(raw)
        if stated:
            doc.date = doc.date or stated[0]
            doc.source = doc.source or stated[1]
            doc.dropped.append(Dropped(s, e, "metadata"))
            continue
        publisher = metadata.source_line(raw)
        if publisher:
            doc.source = doc.source or publisher
            doc.dropped.append(Dropped(s, e, "metadata"))
            continue
        credit = _CREDIT.search(raw) if _may_credit(raw) else None
        if credit and credit.start() > 0:
            cut = s + credit.start()
            if not _ends_sentence(text[s:cut].rstrip()):
                doc.dropped.append(Dropped(s, e, "caption"))
                continue
            doc.dropped.append(Dropped(cut, e, "photo credit"))
            s, e = _trim(text, s, cut)
            raw = text[s:e]
        low = fold(raw)
        words = _words(low)
        reason = None if line.markdown_heading else _junk_reason(raw, low, words)
        if reason:
            doc.dropped.append(Dropped(s, e, reason))
            continue
        key = " ".join(words)
        if key in seen:
            repeated_keys.add(key)
            doc.dropped.append(Dropped(s, e, "repeated"))
            continue
        seen[key] = len(candidates)
        candidates.append((_Line(s, e, line.markdown_heading), key))

    prose_terms = [  # every prose line is tokenized first, in order, whether or not a heading needs body_terms
        analyzer.terms(text[line.start : line.end])
        for line, _ in candidates
        if _looks_like_prose(text[line.start : line.end]) and not line.markdown_heading
    ]
    body_terms = None
    first_body = None
    for para, (line, key) in enumerate(candidates):
        raw = text[line.start : line.end]
        if line.markdown_heading or not _looks_like_prose(raw):
            terms = analyzer.terms(raw)
            if body_terms is None:
                body_terms = set(chain.from_iterable(prose_terms))
            on_topic = not body_terms or sum(t in body_terms for t in terms) >= 0.5 * len(terms)
            if not (terms and (on_topic or line.markdown_heading or key in repeated_keys)):
                doc.dropped.append(Dropped(line.start, line.end, "off-topic line"))
                continue
            doc.units.append(Unit(line.start, line.end, "heading", para))
            if doc.title is None and (key in repeated_keys or first_body is None):
                doc.title = raw
            continue
        first_body = para if first_body is None else first_body
        for s, e in sentences.split(raw):
            piece = raw[s:e]
            if not _ends_sentence(piece) and len(_words(piece)) < 3:
                doc.dropped.append(Dropped(line.start + s, line.start + e, "fragment"))
                continue
            doc.units.append(Unit(line.start + s, line.start + e, "sentence", para))
    doc.dropped.sort(key=lambda d: d.start)
    return doc
