"""Accent and punctuation folding that keeps string length, so offsets survive."""

import unicodedata

_PUNCT = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u200b": " ",
}


def _fold_char(ch: str) -> str:
    folded = _PUNCT.get(ch)
    if folded is None:
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        folded = base[:1] if len(base) >= 1 else ch
        if len(folded) != 1:
            folded = ch
    return folded


class _Folds(dict):
    """Code point -> its folded character, worked out on first sight: a table for ``str.translate``."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        return folded


_FOLDS = _Folds()


def fold(text: str) -> str:
    """Lower-case, strip accents (González -> gonzalez) and unify quotes/dashes.

    The result has exactly the length of the input, character for character.
    """
    if text.isascii():
        return text.lower()
    kept = fold_case_kept(text)
    lowered = kept.lower()
    if len(lowered) == len(kept):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in kept)


def fold_case_kept(text: str) -> str:
    """Like :func:`fold` but keeps letter case (used where capitals carry meaning)."""
    if text.isascii():
        return text
    return text.translate(_FOLDS)
