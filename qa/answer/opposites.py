"""Does a sentence say the opposite of what the question asks ("heavily populated" for "sparsely populated"), or
say it only negated ("these streams no longer carry water" for "What streams carry water?")?"""

import bisect
import re
from collections.abc import Callable
from functools import lru_cache

from qa.text.fold import fold_case_kept
from qa.text.wordlists import OPPOSITES, is_person_noun

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
_DEGREES = {"most", "least", "more", "less"}
_RELATION = {"of", "than", "from", "to"}  # "west of", "older than": said the other way round of the other thing
_COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "northward", "southward",
            "eastward", "westward"}
_COMPASS_WAYS = {"north", "south", "east", "west"}  # a way ("fly south") or a region ("the north")


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
    "older than Jakob", "more water than the Olm"): then the opposite may say the same the other way round."""
    word, after = words[i], words[i + 1 : i + 3]
    if word in _COMPASS:
        return after[:1] == ["of"]
    if word in ("more", "less"):
        return "than" in words[i + 1 : i + 4]
    return _base(word) != word and word.endswith("er") and bool(_RELATION & set(after))


def _words(text: str) -> tuple[list[str], list[str]]:
    """The words and clause marks of a text as written, and lower-cased."""
    raw = re.findall(r"[A-Za-z][A-Za-z-]*|[,;:.!?()]", fold_case_kept(text))
    return raw, [w.lower() for w in raw]


def _plain(raw: list[str], low: list[str], i: int) -> bool:
    """A lower-case word not turned around ("the least densely"), not a relation ("west of Orlon"), not a
    measure asked ("how long", "how much more"), not "at least", and not "the late" of a dead person."""
    before = set(low[max(0, i - 3) : i])
    return (raw[i].islower() and not _INVERTERS & set(low[max(0, i - 2) : i]) and "how" not in before
            and not _converse(low, i) and not (low[i] in ("least", "most") and "at" in before)
            and not (low[i] == "late" and i + 1 < len(raw) and (raw[i + 1][0].isupper() or is_person_noun(low[i + 1]))))


_ARTICLES = {"the", "a", "an"}
_TOWARDS = {"to", "towards", "toward", "in", "into", "from"}  # "turn to the north": the way of "turn"


def _around(low: list[str], j: int, term: Callable[[str], str]) -> set[str]:
    """The terms of what a word at ``j`` qualifies or tells the way of: the content words right after it
    ("the largest river port"; past "of the" for "most of the water"), and for a compass word the word before
    it, past an article and a preposition ("turn to the north")."""
    after = []
    for k in range(j + 1, min(len(low), j + 5)):
        t = term(low[k]) if low[k].isalpha() or "-" in low[k] else ""
        if t:
            after.append(t)
        elif not (low[j] in _DEGREES and not after and low[k] in ("of", "the")):
            break
    if low[j] not in _COMPASS:
        return set(after[:2])
    k = j - 1
    while k >= 0 and low[k] in _ARTICLES | _TOWARDS:
        k -= 1
    return set(after[:2]) | ({term(low[k])} - {""} if k >= 0 else set())


def _compass_use(low: list[str], i: int) -> bool:
    """Is the bare compass word at ``i`` a region ("the north") rather than a way ("fly south")?"""
    return i > 0 and low[i - 1] == "the"


def opposite_word(question: str, sentence: str, term: Callable[[str], str]) -> tuple[str, str] | None:
    """"the smallest port" asked, only "the largest river port" told: the sentence says the opposite of a word
    of the question, of something the question speaks of, and never says that word nor one like it ("biggest"
    for "largest"). Returns the question's word and the sentence's.

    Not when either is part of a name ("East Germany"), follows a word that turns it ("the least densely
    populated"), is a relation ("west of Orlon"), the opposite qualifies something the question does not speak
    of ("large deposits" for "the small town"), or the question offers alternatives ("the Olm or the Vell")."""
    asked_raw, asked = _words(question)
    told_raw, told = _words(sentence)
    if "or" in asked:
        return None
    by_base: dict[str, list[int]] = {}  # each form of the sentence's words -> where it is said
    by_positive: dict[str, list[int]] = {}  # "insignificant" -> the places of "insignificant" under "significant"
    for j, w in enumerate(told):
        by_base.setdefault(_base(w), []).append(j)
        if (positive := _positive(_base(w))) != _base(w):
            by_positive.setdefault(positive, []).append(j)

    def opposites_told(word: str) -> list[int]:
        """Where the sentence says an opposite of ``word``, in order."""
        b = _base(word)
        places = [j for o in _OPPOSITE.get(b, set()) | {_positive(b)} - {b} for j in by_base.get(o, ())]
        return sorted(set(places + by_positive.get(b, [])))

    present = set(by_base) | set(filter(None, map(term, told)))
    asked_terms = set(filter(None, map(term, asked)))
    tried: set[tuple[str, bool]] = set()
    for i, word in enumerate(asked):
        poles = _OPPOSITE.get(_base(word), set())
        if (_base(word) in present or term(word) in present or not _plain(asked_raw, asked, i)
                or any(poles & _OPPOSITE.get(b, set()) for b in by_base)  # "biggest" told for "largest"
                or any(_opposed(word, other) for other in asked)):  # "where do the cold and warm waters meet"
            continue
        if word in _DEGREES and i + 1 < len(asked) and opposites_told(asked[i + 1]):
            continue  # "the least densely" asked, "the most sparsely" told: the same, turned twice
        use = word in _COMPASS_WAYS and _compass_use(asked, i)
        if (word, use) in tried:  # the sentence side depends on nothing else
            continue
        tried.add((word, use))
        for j in opposites_told(word):
            if (_plain(told_raw, told, j) and _around(told, j, term) & (asked_terms - {term(word)})
                    and (word not in _COMPASS_WAYS or use == _compass_use(told, j))):
                return word, told[j]
    return None


_NEGATION = re.compile(r"(?:\b(?:no longer|not|never|no|neither|nor|without|cannot)|n't)\b", re.I)
_NOT_NEGATING = {"only", "just", "merely", "least", "far", "long", "many", "much", "all", "every"}  # "not far from"
_ITS_TIME = {"until", "till", "before"}  # "not until 1934", "was not opened before 1932": it was, then
_EXCEPT = {"other", "except", "but", "apart", "besides", "save"}  # "no language other than Orlish", "no industry but"
_CONTRASTED = re.compile(r"\bbut\s+(?:rather\s+)?(?:by|in|into|to|at|on|from|for|with|the|a|an|[A-Z])\b|\binstead\b|\brather than\b")
_NEGATIVE_QUESTION = re.compile(r"(?:\b(?:not|never|no|none|nor|neither|without|cannot|unable|fail\w*|refus\w*|"
                                r"reject\w*|den(?:y|ies|ied)|declin\w*|lack\w*|stop\w*|ceas\w*|avoid\w*|ban(?:s|ned|ning)?)|n't)\b",
                                re.I)


def negated_word(question: str, sentence: str, term: Callable[[str], str]) -> str | None:
    """"What streams carry water?" asked, "these streams no longer carry water" told: a word of the question
    that the sentence only ever says after a negation (the first content word after it). Returns that word.

    Not when the question itself is negative ("Which river does not freeze?", "What did he refuse to sign?"),
    nor for "not only", "not far from", "not (opened) until/before", "no X other than Y", "not by A but by B",
    "no longer called X, now Y"."""
    if _NEGATIVE_QUESTION.search(question):
        return None
    asked_raw, _ = _words(question)
    asked = {term(w.lower()) for w in asked_raw if w.islower()} - {""}
    text = fold_case_kept(sentence)
    told = list(re.finditer(r"[A-Za-z][A-Za-z-]*", text))
    starts = [w.start() for w in told]
    negated: dict[str, int] = {}
    later_now = max((m.start() for m in re.finditer(r"\b(?:now|today|instead)\b", text)), default=-1)
    for m in _NEGATION.finditer(text):
        first = bisect.bisect_left(starts, m.end())
        after = [w.group() for w in told[first : first + 6]]
        if not after or after[0].lower() in _NOT_NEGATING or _ITS_TIME & set(after):
            continue
        if m.group().lower() == "no longer" and later_now > m.end():
            continue  # "no longer called Vell, it is now known as Tull"
        clause = re.split(r"[.;:!?]", text[m.end() : m.end() + 120])[0]
        if _CONTRASTED.search(clause):
            continue  # "not built by the Romans but by the Celts": it was built
        k = next((k for k, w in enumerate(after) if term(w.lower())), None)
        said = after[k] if k is not None else None
        if said and said.islower() and term(said) in asked and not _EXCEPT & {w.lower() for w in after[k + 1 : k + 4]}:
            negated[term(said)] = negated.get(term(said), 0) + 1
    # Only if the sentence never says the word plainly as well ("the Normans, who did not adopt X, adopted Y").
    return next((word for word in asked_raw if (t := term(word.lower())) in negated
                 and sum(term(w.group().lower()) == t for w in told) == negated[t]), None)


_NOT_NON = frozenset("nonsense nonetheless nonchalant nonplussed".split())  # words of their own


def non_word(question: str, sentence: str, term: Callable[[str], str]) -> str | None:
    """"a combustion heat source" asked, only "Non-combustion heat sources" told: a word of the question that the
    sentence says only with "non-" before it, in any inflection ("Non-members paid, each member ..." says it
    plainly too). Not when the question is itself negative ("not members", "without a stop")."""
    if _NEGATIVE_QUESTION.search(question):
        return None
    asked = {t: w for w in re.findall(r"(?<![\w-])[a-z][a-z]+(?![\w-])", fold_case_kept(question)) if (t := term(w.lower()))}
    text = fold_case_kept(sentence)
    prefixed = [m for m in re.finditer(r"\b[Nn]on-?([a-z]{3,})\b", text) if m.group().lower() not in _NOT_NON]
    plain = {term(w.lower()) for w in re.findall(r"(?<![\w-])[A-Za-z][a-z]+(?![\w-])", text) if not w.lower().startswith("non")}
    for m in prefixed:
        t = term(m.group(1))
        if t in asked and t not in plain:
            return asked[t]
    return None
