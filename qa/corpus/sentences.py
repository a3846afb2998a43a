"""Sentence boundaries with NLTK's Punkt, given parameters instead of a downloaded model."""

import re
from functools import lru_cache

from qa.text.wordlists import ABBREVIATIONS

# A sentence end glued to the next sentence: "a statement.Pena said" / 'leaders."Today'.
# (The look-behind comes after the mark, so that a search jumps from mark to mark.)
_FUSED = re.compile(r"[.!?](?<=[a-z0-9%)\]][.!?])(?P<quote>[\"“”]?)(?=[A-Z][a-z]{2,})")
_WORD_BEFORE = re.compile(r"([A-Za-z.]+)[.!?]$")
# The commonest context Punkt weighs, "word. Next": a word of two or more letters, its
# sentence end, a space and a visible character. Punkt breaks there unless "word." is a
# known abbreviation (with no collocations, sentence starters or orthographic data given,
# nothing else applies to a word of two or more letters).
_PLAIN_BREAK = re.compile(r"([A-Za-z]{2,})([.?!])[ \t\n\r\f\v]+[!-~]")
# Footnote marks that open a piece belong to the sentence before: "released in 2006.[b] The story ..."
_OPENING_NOTES = re.compile(r"(?:\[[^\[\]\n]{1,20}\])+")
# A question or exclamation mark that ends nothing: "(Hepburn: Zeruda no Densetsu?) is an action game".
MAX_JOINED = 1000  # characters: lower-case text after many a "?" is no one sentence
_OPEN_MARK = re.compile(r"[?!][)\]\"'”’]*$")


def _untimed(pattern):
    """NLTK's own compiled pattern without the time limit newer NLTK puts on every match
    (a guard against patterns callers supply, which costs more than the match here)."""
    return getattr(pattern, "_rx", pattern)


@lru_cache(maxsize=1)
def _punkt():
    from nltk.tokenize.punkt import PunktLanguageVars, PunktParameters, PunktSentenceTokenizer

    class LanguageVars(PunktLanguageVars):
        re_boundary_realignment = _untimed(PunktLanguageVars.re_boundary_realignment)

        def period_context_re(self):
            return _untimed(super().period_context_re())

        def _word_tokenizer_re(self):
            return _untimed(super()._word_tokenizer_re())

    class Punkt(PunktSentenceTokenizer):
        """Punkt deciding the plain "word. Next" context without its token machinery (same answers)."""

        def text_contains_sentbreak(self, text: str) -> bool:
            m = _PLAIN_BREAK.match(text)
            if m and (m.group(2) != "." or m.group(1).lower() not in self._params.abbrev_types):
                return True
            return super().text_contains_sentbreak(text)

    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    return Punkt(params, lang_vars=LanguageVars())


def _fused_breaks(text: str) -> list[int]:
    breaks = []
    for m in _FUSED.finditer(text):
        before = _WORD_BEFORE.search(text[max(0, m.start() - 12) : m.start() + 1])
        if before and before.group(1).lower().rstrip(".") in ABBREVIATIONS:
            continue
        quote = m.group("quote")
        opening = quote == "“" or (quote == '"' and text.count('"', 0, m.end() - 1) % 2 == 0)
        breaks.append(m.start() + 1 if opening or not quote else m.end())
    return breaks


def split(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of one paragraph, whitespace trimmed."""
    spans = []
    cuts = [0, *_fused_breaks(text), len(text)]
    punkt = _punkt()
    for lo, hi in zip(cuts, cuts[1:]):
        for s, e in punkt.span_tokenize(text[lo:hi]):
            piece = text[lo + s : lo + e]
            left = len(piece) - len(piece.lstrip())
            right = len(piece.rstrip())
            if right > left:
                spans.append((lo + s + left, lo + s + right))
    return _rejoined(text, spans)


def _rejoined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pieces Punkt cut off that belong to the sentence before: footnote marks glued to its end
    ("2006.[b]", not "so. [T]he statute" or "[x] Done"), and a lower-case continuation after a "?" or "!"
    inside a sentence."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out:
            notes = _OPENING_NOTES.match(text, start)
            if notes and start == out[-1][1] and (notes.end() == end or text[notes.end()].isspace()):
                out[-1] = (out[-1][0], notes.end())
                start = notes.end() + len(text[notes.end() : end]) - len(text[notes.end() : end].lstrip())
                if start >= end:
                    continue
            if (text[start].islower() and end - out[-1][0] <= MAX_JOINED
                    and _OPEN_MARK.search(text, max(out[-1][0], out[-1][1] - 8), out[-1][1])):
                out[-1] = (out[-1][0], end)
                continue
        out.append((start, end))
    return out
