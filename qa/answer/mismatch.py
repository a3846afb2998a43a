"""Does a sentence speak of another year, rank, age, people or country than the one the question asks about?

Each check is a reason to rank a sentence lower or to decline it ("the last abbot"
asked, "the first abbot" told), whatever words the two share.
"""

import re
from collections.abc import Callable
from functools import lru_cache

from qa.answer.spans import EARLY_YEAR, YEAR, centuries
from qa.text.fold import fold
from qa.text.tokens import Analyzer, Token
from qa.text.wordlists import CAPITALS, COUNTRIES, ORDINAL_WORDS

_ORDINALS = {**{w: n for n, w in enumerate(ORDINAL_WORDS[:10], 1)}, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5,
             "earliest": 1, "last": -1, "final": -1, "latest": -1}
_NOW = re.compile(r"\b(?:today|currently|nowadays|at present|presently)\b", re.I)


_NOT_A_RANK = re.compile(r"\b(?:(?:last|next|this)\s+(?:year|month|week|day|night|time|century|decade|season|summer|"
                         r"winter|spring|autumn)|at\s+(?:first|last)|[a-z0-9-]+\s+centur(?:y|ies))\b")


@lru_cache(maxsize=4096)
def _ranks(text: str) -> frozenset[int]:
    """Ranks the text names ("the first abbot", "Second Symphony"); "last year" and "at first" are none."""
    words = re.findall(r"[a-z0-9]+", _NOT_A_RANK.sub(" ", fold(text)))
    return frozenset(_ORDINALS[w] for w in words if w in _ORDINALS)


def other_rank(question: str, sentence: str) -> bool:
    """"the last abbot" asked, "the first abbot" told: the sentence names other places in an order."""
    asked = _ranks(question)
    return bool(asked) and bool(told := _ranks(sentence)) and not asked & told


def _century(year: str) -> int:
    return (int(year) - 1) // 100 + 1


def other_year(years: list[str], sentence: str, doc_date: str | None, asked_centuries: set[int] = frozenset()) -> bool:
    """The sentence names years (or centuries), or speaks of today, and none of them (nor its article's) is one asked.

    A question's century ("in the 11th century") is met by a year in it (1066) or by that century named."""
    told_years = set(YEAR.findall(sentence))
    told = told_years or ({"now"} if _NOW.search(sentence) else set())
    if years and told and not (told | {(doc_date or "")[:4]}) & set(years):
        return True
    if not asked_centuries:
        return False
    told_centuries = centuries_told(sentence, doc_date)
    return bool(told_centuries) and not told_centuries & asked_centuries


_ERAS = re.compile(r"\b(prehistoric|ancient|classical|medieval|modern|contemporary)\b")


def other_era(question: str, sentence: str) -> bool:
    """"modern Europe" asked, "medieval Europe" told: the sentence speaks of another age."""
    asked, told = set(_ERAS.findall(fold(question))), set(_ERAS.findall(fold(sentence)))
    return bool(asked and told and not asked & told)


# A capitalised adjective of people or place (English, Norman, Byzantine, Turkish, Venezuelan) before a noun.
_MODIFIED = re.compile(r"\b([A-Z][a-z]+(?:ish|ese|an|ian|ic|ine|ch))\s+([a-z]{3,})\b")


def other_modifier(question: str, sentence: str, term: Callable[[str], str]) -> tuple[str, str] | None:
    """"the English words" asked, only "the French words" told: the same thing, said of another people or place.

    Returns the question's adjective and noun; ``term`` is the analyzer's (so "U.S."/"American" match)."""
    told: dict[str, set[str]] = {}
    for m in _MODIFIED.finditer(sentence):
        told.setdefault(term(m.group(2)), set()).add(term(fold(m.group(1))))
    for m in _MODIFIED.finditer(question):
        asked, noun = term(fold(m.group(1))), term(m.group(2))
        if noun and asked and noun in told and asked not in told[noun]:
            return m.group(1), m.group(2)
    return None


def century_around(asked_centuries: set[int], sentence: str, nearby_terms: set[str], doc_date: str | None) -> bool:
    """A sentence that dates nothing, among sentences (``nearby_terms``: theirs) whose years are all of other
    centuries than the ones asked: it tells of their time."""
    if not asked_centuries or centuries_told(sentence, doc_date) or (doc_date and _century(doc_date[:4]) in asked_centuries):
        return False
    around = {_century(t) for t in nearby_terms if len(t) == 4 and t.isdigit() and 1000 <= int(t) <= 2099}
    return bool(around) and not around & asked_centuries


_NUMBERED = re.compile(r"\b([A-Z][a-z]+)\s+([IVX]+)\b")  # "Henry II", "Pope Gregory VII"


def other_numbered(question: str, sentence: str) -> str | None:
    """"Henry II" asked, only "Henry III" told: another of the same name. Returns the name asked."""
    told: dict[str, set[str]] = {}
    for name, numeral in _NUMBERED.findall(sentence):
        told.setdefault(name, set()).add(numeral)
    return next((f"{name} {numeral}" for name, numeral in _NUMBERED.findall(question)
                 if name in told and numeral not in told[name]), None)


_WHO_DID = re.compile(r"^who\s+([a-z]+)\s+((?:[a-z][a-z'-]*\s*){1,3})")
_AUXILIARIES = frozenset("did does do was were is are has have had can could will would should may might must".split())
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be|got)\s+(?:\w+ly\s+)?$", re.I)


def reversed_roles(question: str, sentence: str, term: Callable[[str], str]) -> bool:
    """"Who replaced the Normans?" asked, "the Normans replaced the Saxons" told: what the question has acted
    upon acts in the sentence (just before the verb, in the active voice) and is not acted upon there."""
    m = _WHO_DID.match(fold(question))
    if not m or m.group(1) in _AUXILIARIES:
        return False
    verb = term(m.group(1))
    thing = []  # the words of the object up to its first small word: "the Normans as..." -> Normans
    for word in m.group(2).split()[1 if m.group(2).startswith(("the ", "a ", "an ")) else 0 :]:
        if not term(word):
            break
        thing.append(term(word))
    words = list(re.finditer(r"[A-Za-z][\w'-]*", sentence))
    terms = [term(fold(w.group())) for w in words]
    if not verb or not thing or terms.count(verb) != 1:
        return False
    v = terms.index(verb)
    passive = _PASSIVE_BEFORE.search(sentence, 0, words[v].start()) or re.match(r"\s+by\b", sentence[words[v].end() :])
    acting = any(t in terms[max(0, v - 6) : v] for t in thing)
    return acting and not any(t in terms[v + 1 :] for t in thing) and not passive


def centuries_told(sentence: str, doc_date: str | None) -> set[int]:
    """The centuries a sentence names or names years of, "in 911" too (its article's as well, when it names any)."""
    told = centuries(sentence) | {_century(y) for y in YEAR.findall(sentence) + EARLY_YEAR.findall(sentence)}
    return told | {_century(doc_date[:4])} if told and doc_date else told


class Countries:
    """Countries, and capitals standing for them, as terms."""

    def __init__(self, analyzer: Analyzer):
        pairs = [(c, c) for c in COUNTRIES] + list(CAPITALS.items())
        self.of = {term: country for term, country in ((analyzer.term(a), analyzer.term(b)) for a, b in pairs
                                                       if " " not in a + b) if term and country and "." not in term}

    def other(self, question_terms: list[str], tokens: list[Token], answer: tuple[int, int]) -> bool:
        """Does the sentence speak of other countries than the ones the question names (outside its answer)?"""
        asked = {self.of[t] for t in question_terms if t in self.of}
        told = {self.of[t.term] for t in tokens if t.term in self.of and not answer[0] <= t.start < answer[1]}
        return bool(asked and told and not asked & told)
