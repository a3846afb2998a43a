"""Spellings one typing slip away from a word ("Emmrich" -> "Emmerich"), to look up in a corpus's words, and
how alike two spellings are ("Rijn" and "Rhine")."""

import string
from difflib import SequenceMatcher

from qa.text.fold import fold

SHORTEST = 5  # shorter words have too many neighbours ("Nors" is "Norse", but also "Nord", "nous"...)


def one_slip(word: str) -> set[str]:
    """Every spelling one deletion, swap of neighbours, replacement or insertion of a letter away."""
    if len(word) < SHORTEST or not word.isalpha():
        return set()
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    letters = string.ascii_lowercase
    return ({a + b[1:] for a, b in splits if b}
            | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
            | {a + c + b[1:] for a, b in splits if b for c in letters}
            | {a + c + b for a, b in splits for c in letters}) - {word}


def likeness(a: str, b: str) -> float:
    """How alike two spellings are, case and accents aside: difflib's ratio, 0..1 ("rijn" / "rhine" 0.67)."""
    return SequenceMatcher(None, fold(a), fold(b)).ratio()
