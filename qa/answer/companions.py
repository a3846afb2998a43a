"""The answer to "Along with X and Y, what ...?": the other members of the sentence's list that holds X or Y."""

import re

from qa.answer.spans import TypedSpan
from qa.text.fold import fold
from qa.text.wordlists import IRREGULAR_VERBS, PREPOSITIONS, STOPWORDS

SEPARATOR = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or|as well as)\s+")
_WORD = re.compile(r"[^\W\d_][\w'’-]*|\d[\d,.]*")
ITEM_WORDS = 4  # a list member is a short noun phrase
_RELATIVE = frozenset("which who whom whose that where when while".split())


def _pieces(clause: str, offset: int) -> list[tuple[int, int]]:
    """The clause cut at commas and "and"/"or": (start, end) of each piece in the sentence."""
    out, start = [], 0
    for m in SEPARATOR.finditer(clause):
        out.append((offset + start, offset + m.start()))
        start = m.end()
    out.append((offset + start, offset + len(clause.rstrip(" .!?;:()"))))
    return [(a, b) for a, b in out if b > a]


def _small(word: str) -> bool:
    return word.lower() in STOPWORDS or word.lower() in PREPOSITIONS


def _verb(word: str) -> bool:
    """A word no list member holds: a verb ("drove", "propelled", "using") or an adverb ("independently")."""
    low = word.lower()
    return low in IRREGULAR_VERBS or low.endswith(("ed", "ing", "ly")) and len(low) > 3


def _item(words: list[re.Match], before: bool, after: bool, names: bool) -> tuple[int, int, bool] | None:
    """The member in a piece of the list (its words): in a piece before the ones named, the words after the
    clause's lead ("Steam drove machinery in factories" -> "factories"); after them, the words before the
    clause's rest ("cheetahs hunt in the reserve" -> "cheetahs"). In a list of ``names`` a member is a run of
    capitalised words ("France borders Belgium" -> "Belgium"; "a striker" is none). The flag: a lead was cut off."""
    cut = False
    if names:
        caps = [i for i, w in enumerate(words) if w.group()[0].isupper()]
        if not caps:
            return None
        first = caps[-1] if before else caps[0]
        last = first
        while before and first > 0 and words[first - 1].group()[0].isupper():
            first -= 1
        while not before and last + 1 < len(words) and words[last + 1].group()[0].isupper():
            last += 1
        cut = first > 0
        words = words[first : last + 1]
    else:
        if before:
            ends = [i for i, w in enumerate(words) if _small(w.group()) or _verb(w.group())]
            cut = bool(ends)
            words = words[max(ends, default=-1) + 1 :]
        if after and words and words[0].group().lower() in _RELATIVE:
            return None  # "..., which are mixed before baking": a clause, no member
        while words and _small(words[0].group()):
            words = words[1:]
        if after and words and _verb(words[0].group()):
            return None  # "..., were added in 1750"
        if after:  # up to a small word, a verb, or a word before its object ("the Niger drain the continent")
            end = next((i for i, w in enumerate(words) if i and (_small(w.group()) or _verb(w.group())
                        or i + 1 < len(words) and _small(words[i + 1].group()))), len(words))
            words = words[:end]
    if not words or len(words) > ITEM_WORDS:
        return None
    return words[0].start(), words[-1].end(), cut


def others_listed(sentence: str, companions: tuple[str, ...]) -> TypedSpan | None:
    """The members of a list that also names one of the ``companions``, less those (from the first other to
    the last): "machinery in factories, mills and mines" for "Along with mills and mines, ..." -> "factories"."""
    named = [re.compile(rf"\b{re.escape(fold(c).lower())}\b") for c in companions]
    names = all(c[:1].isupper() for c in companions)
    offset = 0
    for clause in re.split(r"(?<=[;:()])", sentence):
        pieces = _pieces(clause, offset)
        offset += len(clause)
        folded = [fold(sentence[a:b]).lower() for a, b in pieces]
        holds = [n for n, text in enumerate(folded) if any(c.search(text) for c in named)]
        if not holds:
            continue
        words = {n: list(_WORD.finditer(sentence, a, b)) for n, (a, b) in enumerate(pieces)}
        items = {n: _item(words[n], n < holds[0], n > holds[-1], names) for n in words if n not in holds}
        # The list: the named pieces and the members next to them, not past a lead before the first one named
        # ("The museum, which opened in 1990, displays paintings": "displays" leads)
        lo, hi = holds[0], holds[-1]
        m = next(filter(None, (c.search(folded[lo]) for c in named)))
        lead = [w for w in _WORD.findall(folded[lo][: m.start()]) if not _small(w)]
        while not lead and lo - 1 in items and items[lo - 1]:
            lo -= 1
            if items[lo][2]:  # "... driving machinery in factories": the list starts here
                break
        while hi + 1 in items and (items[hi + 1] or names and hi + 2 in items and items[hi + 2]):
            hi += 1  # past an appositive in a list of names ("Luis Gomez, a striker, and Omar Haddad")
        others = [items[n] for n in range(lo, hi + 1) if items.get(n)]
        if others:
            return TypedSpan(others[0][0], others[-1][1], "others")
    return None


_BESIDE = r"(?:along with|together with|as well as|in addition to|besides|aside from|apart from|other than)"
_COMPANIONS = re.compile(rf"\b{_BESIDE}\s+([^,?]+(?:,\s*[^,?]+)*?),\s*(?=(?:what|which|who|whom|where|how|in|on|at|to)\b)",
                         re.I)
_ASIDE = re.compile(rf",\s*{_BESIDE}\s+([^,?]+),", re.I)  # "Who, along with Watt, built it?"


def asked_beside(text: str) -> tuple[str, ...]:
    """The things a question names beside the ones it asks for: "Along with road vehicles, locomotives and
    ships, on what vehicles ...?" -> ("road vehicles", "locomotives", "ships")."""
    m = _COMPANIONS.search(text) or _ASIDE.search(text)
    items = SEPARATOR.split(m.group(1)) if m else []
    return tuple(i.strip() for i in items if i.strip())
