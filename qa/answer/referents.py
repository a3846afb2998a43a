"""What the pronouns of a follow-up question stand for, and the question with them put back.

"he" or "she" stands for a person (the answer to "who", or someone the previous question names: "Maduro's
predecessor", "the opposition candidate", "Ada Brenn"); "it" for a thing it names; "they" for a list answered
or the things asked ("which four nations"); "there" for a place, "then" for a year. A pronoun that the question
itself explains is left alone: "Why did the council change its name?", "Did Owen Marsh say he had lost?".
"""

import re
from dataclasses import dataclass

from qa.answer.spans import TypedSpan, is_person_like
from qa.text.fold import fold
from qa.text.wordlists import CAPITALS, COUNTRIES, COUNTRY_ALIASES, DEMONYMS, PREPOSITIONS, is_person_noun

_PERSONAL = r"he|she|him|her|his|hers|himself|herself"
_NEUTER = r"it|its|they|them|their|theirs"
_PRONOUN = re.compile(rf"\b({_PERSONAL}|{_NEUTER})\b", re.I)
_PLURAL = frozenset("they them their theirs".split())
_POSSESSIVE = frozenset("his its their hers theirs".split())  # "her" is one before a noun ("her rival", not "beat her")
_SAYING = re.compile(r"\b(?:say|says|said|claim|claims|claimed|think|thinks|believe|believes|expect|expects|"
                     r"announce|announced|announces|admit|admitted|accept|accepted|deny|denied|that)\s+$", re.I)
_OWN_SUBJECT = re.compile(r"\b(?:the|a|an|this)\s+[a-z]|(?<!^)\b[A-Z]")  # "did the council change its name"
_LIST = re.compile(r"[A-Z][\w'’.-]*,?\s+and\s+(?:the\s+)?[A-Z]|,\s*[A-Z]")  # "Argentina, Brazil and Peru"
# Where a phrase for someone may start: "Maduro's predecessor", "the Venezuelan president"
_PERSON_START = re.compile(r"\b(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*['’]s|the)\s+")
_ASKS_WHO = re.compile(r"^\s*(?:who|whom|whose)\b", re.I)
_WHICH = re.compile(r"\b(?:which|what)\s+((?:[a-z]+\s+){0,2}[a-z]+)", re.I)  # "Besides X, which prominent leader ..."
_WHERE = re.compile(r"^\s*(?:where|(?:in|to|from)\s+(?:what|which)\s+(?:country|city|town|village|place|region|state))\b", re.I)
_ASKED_PLURAL = re.compile(r"^\s*(?:which|what)\s+((?:[a-z]+\s+){0,2}[a-z]+s)\s+(?:did|do|have|had|were|are|[a-z]+ed)\b", re.I)
_NAME = re.compile(r"\b[A-Z][\w'’.-]*(?:\s+(?:of|de|del|la|los)?\s*[A-Z][\w'’.-]*)*")
_OPENING = frozenset("who whom whose what which when where why how did does do was were is are has have had will would "
                     "can could and in on at".split())
_PLACE_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(PREPOSITIONS | {'of', 'in', 'at', 'from', 'to'}))})\s+(?:the\s+)?$", re.I)
_THERE = re.compile(r"\bthere\b(?=\s*[?.!]|\s+(?:in|on|at|during|since|until|before|after|when|then)\b)",  # not "there were"
                    re.I)
_THEN = re.compile(r"\s+\b(?:then|that year|at that time|that time)\s*(?=\?*\s*$)", re.I)  # "Who was their captain then?"
YEAR_WORD = re.compile(r"\b(?:1\d|20)\d\d\b")  # a year as a word of a question or a short answer


def names(question: str) -> list[tuple[int, str]]:
    """The names a question says, with where each starts, less an opening word glued to one ("Did Owen
    Marsh" is "Owen Marsh"); none in a question written in capitals."""
    if question.isupper():
        return []
    out = []
    for m in _NAME.finditer(question):
        words = [(w.start() + m.start(), w.group()) for w in re.finditer(r"\S+", m.group(0))]
        while words and words[0][1].lower() in _OPENING:
            words = words[1:]
        if words and words[0][0] > 0:
            out.append((words[0][0], question[words[0][0] : m.end()].removesuffix("'s").removesuffix("’s")))
    return out


def _people(name: str) -> bool:
    """A people's word: "Venezuelan", "Americans"."""
    folded = fold(name).lower()
    return folded in DEMONYMS or folded.rstrip("s") in DEMONYMS


def person_like(name: str) -> bool:
    """Could the name be a person's: not a people ("Venezuelan"), a country, a place or a body ("the Council")?"""
    return not _people(name) and not name.isupper() and is_person_like(name, TypedSpan(0, len(name), "name"))


def _said_as_person(question: str, start: int, name: str) -> bool:
    """Is the name said as someone's, not as a place or as a thing's name: not after "of", "in", "to"... ("the
    mayor of Tull") nor after "the" ("the Orlin mill")?"""
    before = question[:start]
    return person_like(name) and not _PLACE_BEFORE.search(before) and not re.search(r"\bthe\s+$", before, re.I)


def _asks_who(question: str) -> bool:
    """"Who ...?", or "Which (prominent) official ...?": a noun for people among the words after "which" or "what"."""
    m = _WHICH.search(question)
    return bool(_ASKS_WHO.match(question)) or bool(m) and any(is_person_noun(w) for w in m.group(1).split())


def _person(question: str, answer: str | None, asked_who: bool) -> str | None:
    """Whom "he" or "she" points to after ``question``: its answer if it asked "who" and a person answered;
    else someone it names by a noun for people ("Maduro's predecessor", "the opposition candidate") or by name."""
    if answer and asked_who and person_like(answer):
        return answer
    named = (name for start, name in names(question) if _said_as_person(question, start, name))
    return person_phrase(question) or next(named, None)


def person_phrase(text: str) -> str | None:
    """The first phrase that names someone by a noun for people: "Maduro's predecessor", "the main challenger"."""
    for m in _PERSON_START.finditer(text):
        words = re.findall(r"[\w'’-]+|[^\w\s]", text[m.end() :])[:3]
        for n, word in enumerate(words):
            if not re.fullmatch(r"[A-Za-z-]+", word):
                break
            if is_person_noun(word.lower()):  # "the main challenger", "the Russian Ambassador"
                return m.group(0) + " ".join(words[: n + 1])
    return None


@dataclass(frozen=True)
class Referents:
    """What the previous turn offers a pronoun: someone, something, some things, a place and a year."""

    person: str | None
    thing: str | None
    things: str | None
    place: str | None
    year: str | None

    @classmethod
    def of(cls, question: str, answer: str | None, answer_is_name: bool) -> "Referents":
        """From the previous question and its short answer (a name or not)."""
        named = answer if answer_is_name else None
        asked_who = _asks_who(question)
        person = _person(question, named, asked_who)
        thing = (next((n for _, n in names(question) if n not in (person or "") and not _people(n)), None)
                 or (named if named and not asked_who else None))
        asked = _ASKED_PLURAL.match(question)
        things = (named if named and _LIST.search(named) else None) or (f"the {asked.group(1)}" if asked else None) or thing
        countries = (n for _, n in names(question) if (f := fold(n).lower()) in COUNTRIES or f in CAPITALS or f in COUNTRY_ALIASES)
        place = named if named and _WHERE.match(question) else next(countries, None)
        years = YEAR_WORD.findall(question) or YEAR_WORD.findall(answer or "")
        return cls(person, thing, things, place, years[-1] if years else None)

    def put_back(self, question: str) -> tuple[str, list[str]]:
        """The question with its pronouns replaced, and the pronouns left as they were for want of a referent.
        A pronoun the question explains itself (a name or "the council" before it, then a possessive or "that
        ...", "said ..."), and a second pronoun for the same referent ("What did he tell him?"), stay."""
        left: list[str] = []
        used: set[str] = set()
        own_names = names(question)

        def substitute(m: re.Match) -> str:
            word, before = m.group(0).lower(), question[: m.start()]
            personal = re.fullmatch(_PERSONAL, word) is not None
            possessive = word in _POSSESSIVE or word == "her" and bool(re.match(r"\s+(?!(?:and|or|to|in|of|for|with)\b)[a-z]", question[m.end() :]))
            if personal and any(start < m.start() and _said_as_person(question, start, name) for start, name in own_names):
                return m.group(0)  # "Did Owen Marsh accept that he had lost?"
            if (possessive or _SAYING.search(before)) and _OWN_SUBJECT.search(before):
                return m.group(0)  # "Why did the council change its name?", "does the opposition say it got"
            target = self.person if personal else self.things if word in _PLURAL else self.thing
            if not target or target in used:
                left.append(word)
                return m.group(0)
            used.add(target)
            return target + ("'s" if possessive else "")

        text = _PRONOUN.sub(substitute, question)
        if self.place:
            text = _THERE.sub(f"in {self.place}", text)
        if self.year:
            text = _THEN.sub(f" in {self.year}", text)
        return text, left
