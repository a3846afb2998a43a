"""Sentence boundaries with NLTK's Punkt, given parameters instead of a downloaded model."""

import re
from functools import lru_cache

from qa.text.wordlists import ABBREVIATIONS

# A sentence end glued to the next sentence: "a statement.Pena said" / 'leaders."Today'.
_FUSED = re.compile(r"(?<=[a-z0-9%)\]])[.!?](?P<quote>[\"“”]?)(?=[A-Z][a-z]{2,})")
_WORD_BEFORE = re.compile(r"([A-Za-z.]+)[.!?]$")


@lru_cache(maxsize=1)
def _punkt():
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    return PunktSentenceTokenizer(params)


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
    return spans
