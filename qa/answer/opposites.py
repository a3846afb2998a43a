"""Does a sentence say the opposite of what the question asks ("heavily populated" for "sparsely populated")?"""

import re
from collections.abc import Callable
from functools import lru_cache

from qa.text.fold import fold_case_kept
from qa.text.wordlists import OPPOSITES

_OPPOSITE: dict[str, set[str]] = {}
for _a, _b in OPPOSITES:
    _OPPOSITE.setdefault(_a, set()).add(_b)
    _OPPOSITE.setdefault(_b, set()).add(_a)
# "un-" and "non-" negate; "in-" only these ("infamous" is no opposite of "famous", nor "inflammable" of "flammable").
_NEGATED = re.compile(r"^(?:un(?=[a-z]{5})|non-?(?=[a-z]{4}))")
_IN_NEGATED = {"in" + w for w in "significant complete correct accurate active direct formal dependent visible sufficient "
               "efficient frequent competent consistent secure stable valid capable adequate appropriate".split()} | {
    "im" + w for w in "possible probable mature moral patient perfect practical".split()} | {
    "il" + w for w in "legal logical literate".split()} | {"ir" + w for w in "regular relevant responsible".split()}
_INVERTERS = {"not", "least", "less", "no", "never", "hardly", "fewer", "nor", "without"}  # "least densely" = "most sparsely"
_RELATION = {"of", "than", "from", "to"}  # "west of", "older than": said the other way round of the other thing
_COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "northward", "southward",
            "eastward", "westward"}


@lru_cache(maxsize=8192)
def _base(word: str) -> str:
    """A word without its comparative or superlative ending, if that gives a word with opposites
    ("larger" -> "large", "bigger" -> "big", "heavier" -> "heavy")."""
    if word in _OPPOSITE:
        return word
    for end, add in (("iest", "y"), ("ier", "y"), ("est", ""), ("er", ""), ("est", "e"), ("er", "e"), ("st", ""), ("r", "")):
        stem = word[: -len(end)] + add if word.endswith(end) else ""
        for form in (stem, stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""):  # "bigg" -> "big"
            if form in _OPPOSITE:
                return form
    return word


def _positive(word: str) -> str:
    """"insignificant" -> "significant", "unimportant" -> "important"; other words as they are."""
    if word in _IN_NEGATED:
        return word[2:]
    return _NEGATED.sub("", word)


def _opposed(a: str, b: str) -> bool:
    """"lighter" and "darker", "significant" and "insignificant" (lower-case words)."""
    a, b = _base(a), _base(b)
    return b in _OPPOSITE.get(a, ()) or a != b and (_positive(a) == b or _positive(b) == a)


def _converse(words: list[str], i: int) -> bool:
    """Is the comparative or compass word at ``i`` a relation to something named after it ("west of Orlon",
    "older than Jakob", "the older brother of Jakob"): then the opposite may say the same the other way round."""
    word, after = words[i], words[i + 1 : i + 3]
    if word in _COMPASS:
        return after[:1] == ["of"]
    return _base(word) != word and word.endswith("er") and bool(_RELATION & set(after))


def opposite_pair(question: str, sentence: str, term: Callable[[str], str]) -> tuple[str, str] | None:
    """"sparsely populated" asked, only "heavily populated" told: two neighbouring words of the question said
    with the opposite of one of them, and that one never said. Returns the question's two words.

    Not when the opposite is part of a name ("East Germany"), follows a word that turns it ("the least densely
    populated"), is a relation ("west of Orlon"), or the question offers alternatives ("the Olm or the Vell")."""
    def words(text: str) -> list[str]:
        return re.findall(r"[A-Za-z][A-Za-z-]*", fold_case_kept(text))

    told_raw, asked_raw = words(sentence), words(question)
    told, asked = [w.lower() for w in told_raw], [w.lower() for w in asked_raw]
    if "or" in asked:
        return None
    present = {_base(w) for w in told} | set(filter(None, map(term, told)))
    both = {w for w in asked if any(_opposed(w, v) for v in asked)}  # "where do the cold and warm waters meet"

    def plain(raw: list[str], low: list[str], i: int) -> bool:  # a lower-case word not turned around
        return raw[i].islower() and not _INVERTERS & set(low[max(0, i - 2) : i]) and not _converse(low, i)

    for opposite_first in (True, False):  # "sparsely populated" before "usually sparsely"
        for j in range(len(asked) - 1):
            a, b = asked[j], asked[j + 1]
            k = j if opposite_first else j + 1  # the question's word whose opposite the sentence may say
            same, other = (b, a) if opposite_first else (a, b)
            if (not term(same) or _base(other) in present or term(other) in present or not plain(asked_raw, asked, k)
                    or a in both or b in both):
                continue
            for i in range(len(told) - 1):
                at, opp = (i + 1, i) if opposite_first else (i, i + 1)
                if term(told[at]) == term(same) and _opposed(other, told[opp]) and plain(told_raw, told, opp):
                    return a, b
    return None
