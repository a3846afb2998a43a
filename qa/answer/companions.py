"""The answer to "Along with X and Y, what ...?": the other members of the sentence's list that holds X or Y."""

import itertools
import re

from qa.answer.spans import TypedSpan
from qa.text.fold import fold
from qa.text.wordlists import IRREGULAR_VERBS, STOPWORDS

_SEPARATOR = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_WORD = re.compile(r"[^\W\d_][\w'’-]*|\d[\d,.]*")
ITEM_WORDS = 4  # a list member is a short noun phrase


def _pieces(clause: str, offset: int) -> list[tuple[int, int]]:
    """The clause cut at commas and "and"/"or": (start, end) of each piece in the sentence."""
    out, start = [], 0
    for m in _SEPARATOR.finditer(clause):
        out.append((offset + start, offset + m.start()))
        start = m.end()
    out.append((offset + start, offset + len(clause.rstrip(" .!?;:()"))))
    return [(a, b) for a, b in out if b > a]


def _ends_item(word: str) -> bool:
    """A word no list member holds: a small word or a verb ("drove", "propelled", "using")."""
    low = word.lower()
    return low in STOPWORDS or low in IRREGULAR_VERBS or low.endswith(("ed", "ing")) and len(low) > 3


def _item(sentence: str, a: int, b: int, before: bool, after: bool, names: bool) -> tuple[int, int, bool] | None:
    """The member in a piece of the list: in a piece before the ones named, the words after the clause's lead
    ("Steam drove machinery in factories" -> "factories"); after them, the words before the clause's rest
    ("docks used steam" -> "docks"); less a leading small word ("for road engines"). In a list of ``names``
    a member is a name ("France borders Belgium" -> "Belgium"). The flag: the piece opens the list (a
    clause's lead was cut off)."""
    words = list(_WORD.finditer(sentence, a, b))
    cut = -1
    if before:
        if names:  # the trailing run of capitalised words
            cut = len(words) - 1
            while cut >= 0 and words[cut].group()[0].isupper():
                cut -= 1
        else:
            cut = max((i for i, w in enumerate(words) if _ends_item(w.group())), default=-1)
        words = words[cut + 1 :]
    while words and words[0].group().lower() in STOPWORDS:
        words = words[1:]
    if after:
        words = words[: next((i for i, w in enumerate(words) if i and _ends_item(w.group())), len(words))]
    if not words or len(words) > ITEM_WORDS:
        return None
    return words[0].start(), words[-1].end(), cut >= 0


def others_listed(sentence: str, companions: tuple[str, ...]) -> TypedSpan | None:
    """The first run of members of a list that also names one of the ``companions``, less those: "machinery
    in factories, mills and mines" for "Along with mills and mines, ..." -> "factories"."""
    named = [fold(c).lower() for c in companions]
    offset = 0
    for clause in re.split(r"(?<=[;:()])", sentence):
        pieces = _pieces(clause, offset)
        offset += len(clause)
        holds = [n for n, (a, b) in enumerate(pieces) if any(c in fold(sentence[a:b]).lower() for c in named)]
        if not holds:
            continue
        names = all(c[:1].isupper() for c in companions)
        items = {n: _item(sentence, a, b, n < holds[0], n > holds[-1], names) for n, (a, b) in enumerate(pieces)
                 if n not in holds}
        lo, hi = holds[0], holds[-1]  # the list: the named pieces and the members next to them
        # Not past a lead before the first one named: "... Kanaal and redistributes in the IJssel and Nederrijn"
        first = fold(sentence[pieces[lo][0] : pieces[lo][1]]).lower()
        lead = list(itertools.dropwhile(lambda w: w in STOPWORDS, _WORD.findall(first[: min(first.find(c) for c in named
                                                                                          if c in first)])))
        while not any(map(_ends_item, lead)) and lo - 1 in items and items[lo - 1]:
            lo -= 1
            if items[lo][2]:  # "... driving machinery in factories": the list starts here
                break
        while hi + 1 in items and items[hi + 1]:
            hi += 1
        run = []
        for n in range(lo, hi + 1):
            if items.get(n):
                run.append(items[n][:2])
            elif run:
                break
        if run:
            return TypedSpan(run[0][0], run[-1][1], "others")
    return None
