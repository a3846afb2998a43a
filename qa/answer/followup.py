"""Resolve a follow-up question against the previous turn of the conversation.

"How many votes did he get?" after "Who was the main opposition candidate?"
(answered "Henri Falcón") becomes "How many votes did Henri Falcón get?";
"What about Paraguay?" re-asks the previous question about Paraguay; "Why did
it do that?" names the previous question's subject and carries its words.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from qa.answer.spans import TypedSpan, is_person_like
from qa.text.fold import fold
from qa.text.wordlists import CAPITALS, COUNTRIES, COUNTRY_ALIASES, DEMONYMS, STOPWORDS, is_person_noun

_PERSONAL = r"he|she|him|her|his|hers|himself|herself"
_NEUTER = r"it|its|they|them|their|theirs"
_PRONOUN = re.compile(rf"\b({_PERSONAL}|{_NEUTER})\b", re.I)
_PLURAL = frozenset("they them their theirs".split())
_SAYING = re.compile(r"\b(?:say|says|said|claim|claims|claimed|think|thinks|believe|believes|expect|expects)\s+$", re.I)
_LIST = re.compile(r"[A-Z][\w'’.-]*,?\s+and\s+[A-Z]|,\s*[A-Z]")  # "Argentina, Brazil and Peru"
# Where a phrase for someone may start: "Maduro's predecessor", "the Venezuelan president"
_PERSON_START = re.compile(r"\b(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*['’]s|the)\s+")
_ASKS_WHO = re.compile(r"^\s*(?:who|whom|whose|(?:which|what)\s+(?:[a-z]+\s+)?(?:person|man|woman|leader|candidate|president|"
                      r"official|minister|player|politician|king|queen|general|author|artist|writer|founder))\b", re.I)
_YEARS_AWAY = re.compile(r"\b\w+\s+years?\s+(?:before|after|earlier|later)(?:\s+that)?\b", re.I)
_THERE = re.compile(r"\bthere\b(?=\s*[?.!]|\s+(?:in|on|at|during|since|until|before|after|when|then)\b)", re.I)  # not "there were"
_WHERE = re.compile(r"^\s*(?:where|(?:in|to|from)\s+(?:what|which)\s+(?:country|city|town|place|region|state))\b", re.I)
_ELIDED = re.compile(r"\bhow\s+(?:many|much)\s+(?=(?:did|does|do|was|were|is|are|has|have|had|will|would)\b)", re.I)
_COUNTED = re.compile(r"\bhow\s+(?:many|much)\s+((?:[\w.'’-]+\s+){0,2}?[\w.'’-]+)\s+(?:did|does|do|was|were|is|are|has|have|had|will|would)\b", re.I)
_ASKED_PLURAL = re.compile(r"^\s*(?:which|what)\s+((?:[a-z]+\s+){0,2}[a-z]+s)\s+(?:did|do|have|had|were|are|[a-z]+ed)\b", re.I)
_THAT = re.compile(r"\b(?:do|did|does|doing|done)\s+(?:that|this|so|it)\b|\b(?:that|this)\s*\?*$", re.I)
_WHAT_ABOUT = re.compile(r"^\s*(?:and\s+)?(?:what|how)\s+about\s+(?P<x>.+?)\s*\??\s*$", re.I)
_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10}
_AND_X = re.compile(r"^\s*[Aa]nd\s+(?P<x>(?:[A-Z]|(?:in\s+)?\d|\w+\s+years?\s).*?)\s*\?\s*$")
_NAME = re.compile(r"\b[A-Z][\w'’.-]*(?:\s+(?:of|de|del|la|los)?\s*[A-Z][\w'’.-]*)*")
_LEAD = re.compile(
    r"^\s*(?:(?:which|what|whose)\s+\w+|who|whom|what|when|where|why|how(?:\s+\w+)?)\s+"
    r"(?:(?:did|does|do|was|were|is|are|has|have|had|will|would|can|could)\s+)?",
    re.I,
)


@dataclass
class Turn:
    """What a later question may refer back to."""

    question: str  # as interpreted
    answer: str | None  # the short answer (highlight), if any
    answer_is_name: bool
    doc: int | None  # document of the top answer
    terms: list[str] = field(default_factory=list)


@dataclass
class Resolved:
    question: str  # the question to analyse, names put back in place of pronouns
    shown: str | None = None  # how it was understood, for the user (None: taken as asked)
    context: str = ""  # words carried from the previous turn: searched, but not part of the question


def _subject(question: str, keep: Callable[[str], bool] = lambda name: True) -> str | None:
    """The first name a question mentions after its question word (that ``keep`` keeps)."""
    for m in _NAME.finditer(question):
        name = m.group(0).removesuffix("'s").removesuffix("’s")
        if m.start() > 0 and keep(name):
            return name
    return None


def _shift_year(previous: str, phrase: str) -> str | None:
    """"two years before that" / "in 2015" applied to the year of the previous question."""
    years = re.findall(r"\b(?:1[6-9]|20)\d\d\b", previous)
    stated = re.fullmatch(r"(?:in\s+)?((?:1[6-9]|20)\d\d)", phrase.strip())
    if stated:
        return previous.replace(years[-1], stated.group(1)) if years else f"{previous.rstrip(' ?')} in {stated.group(1)}?"
    m = re.fullmatch(r"(?P<n>\w+)\s+years?\s+(?P<way>before|after|earlier|later)(?:\s+that)?", phrase.strip(), re.I)
    if not (m and years):
        return None
    n = m.group("n").lower()
    count = int(n) if n.isdigit() else _NUMBERS.get(n)
    if count is None:
        return None
    sign = -1 if m.group("way").lower() in ("before", "earlier") else 1
    return previous.replace(years[-1], str(int(years[-1]) + sign * count))


_POINTER = re.compile(r"\b(?:that|this|these|those|the same)\s+([a-z]{3,})", re.I)


def _points_back(question: str, previous: str) -> bool:
    """"that mandate" when the previous question spoke of a mandate: its words belong to this one."""
    said = {w[:5] for w in re.findall(r"[a-z]+", previous.lower()) if w not in STOPWORDS}
    return any(m.group(1).lower() not in STOPWORDS and m.group(1).lower()[:5] in said
               for m in _POINTER.finditer(question))


def resolve(question: str, previous: Turn | None) -> Resolved:
    if previous is None:
        return Resolved(question)
    about = _WHAT_ABOUT.match(question) or _AND_X.match(question)
    if about:
        new = about.group("x")
        shifted = _shift_year(previous.question, new)
        if shifted:
            return Resolved(shifted, shifted)
        old = _subject(previous.question)
        text = previous.question.replace(old, new, 1) if old else f"{previous.question.rstrip('?')} {new}?"
        return Resolved(text, text)
    away = _YEARS_AWAY.search(question)
    if away and not re.search(r"\b(?:1[6-9]|20)\d\d\b", question) and (shifted := _shift_year(previous.question, away.group(0))):
        return Resolved(shifted, shifted)  # "What was that number two years earlier?"
    person = _person(previous)
    answer = previous.answer if previous.answer_is_name else None
    thing = _subject(previous.question, lambda name: not _person_like(name)) or answer
    many = (answer if answer and _LIST.search(answer) else None) or _asked_phrase(previous.question) or thing
    left: list[str] = []

    def substitute(m: re.Match) -> str:
        word = m.group(0).lower()
        said = _SAYING.search(question, 0, m.start())  # "does the opposition say it got": its own subject
        if said:
            return m.group(0)
        target = person if re.fullmatch(_PERSONAL, word) else many if word in _PLURAL else thing
        if not target:
            left.append(word)
            return m.group(0)
        return target + ("'s" if word in ("his", "her", "its", "their", "hers", "theirs") else "")

    text = question if _subject(question) else _PRONOUN.sub(substitute, question)
    counted = _COUNTED.search(previous.question)
    if counted and _ELIDED.search(text):  # "And how many did his rival get?" after "How many votes did X get?"
        text = _ELIDED.sub(lambda m: f"{m.group(0)}{counted.group(1)} ", text, count=1)
    place = _place(previous)
    text = _THERE.sub(f"in {place}", text) if place else text
    if not (left or _THAT.search(question) or _points_back(question, previous.question)):
        return Resolved(text, text if text != question else None)
    gist = _LEAD.sub("", previous.question).rstrip(" ?")
    # what was done ("did that") takes its answer along; a pronoun left as it is only the previous question's words
    told = _THAT.search(question) or _points_back(question, previous.question)
    context = f"{gist} {previous.answer or ''}".strip() if told else gist
    return Resolved(text, f"{text.rstrip(' ?')} ({context})?", context)


def _person_like(name: str) -> bool:
    """Could the name be a person's: not a people ("Venezuelan"), a country, a place or a body ("the Council")?"""
    folded = fold(name).lower()
    return (folded not in DEMONYMS and folded.rstrip("s") not in DEMONYMS and not name.isupper()
            and is_person_like(name, TypedSpan(0, len(name), "name")))


def _person(previous: Turn) -> str | None:
    """Whom "he" or "she" points to: the previous answer to "who" if it names a person; else someone the previous
    question names by a noun for people ("Maduro's predecessor", "the opposition candidate") or by name."""
    if previous.answer and previous.answer_is_name and _ASKS_WHO.match(previous.question) and _person_like(previous.answer):
        return previous.answer
    for m in _PERSON_START.finditer(previous.question):
        words = re.findall(r"[\w'’-]+|[^\w\s]", previous.question[m.end() :])[:3]
        for n, word in enumerate(words):
            if not re.fullmatch(r"[A-Za-z-]+", word):
                break
            if word.islower() and is_person_noun(word):
                return m.group(0) + " ".join(words[: n + 1])
    return _subject(previous.question, _person_like)


def _place(previous: Turn) -> str | None:
    """Where "there" points to: the previous answer to "where", else a country or capital the previous question names."""
    if previous.answer and previous.answer_is_name and _WHERE.match(previous.question):
        return previous.answer
    return _subject(previous.question, lambda name: (n := fold(name).lower()) in COUNTRIES or n in CAPITALS or n in COUNTRY_ALIASES)


def _asked_phrase(question: str) -> str | None:
    """What "Which four nations ...?" asks for, as "the four nations": what "they" may stand for after it."""
    m = _ASKED_PLURAL.match(question)
    return f"the {m.group(1)}" if m else None
