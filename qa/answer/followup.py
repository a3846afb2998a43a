"""Resolve a follow-up question against the previous turn of the conversation.

"How many votes did he get?" after "Who was the main opposition candidate?"
(answered "Henri Falcón") becomes "How many votes did Henri Falcón get?";
"What about Paraguay?" re-asks the previous question about Paraguay; "Why did
it do that?" names the previous question's subject and carries its words;
"How many did his rival get?" takes the count left out from the previous
question. What each pronoun stands for is referents.py's.
"""

import re
from dataclasses import dataclass, field

from qa.answer.referents import YEAR_WORD, Referents, names, person_phrase
from qa.text.wordlists import STOPWORDS

_YEARS_AWAY = re.compile(r"\b\w+\s+years?\s+(?:before|after|earlier|later)(?:\s+that)?\b", re.I)
# a question that only points back and shifts the time: "What was that number two years earlier?"
_SHIFTED = re.compile(r"^\s*(?:and\s+)?(?:what|how\s+(?:many|much))\s+(?:(?:was|were|is|are|about)\s+)?"
                      r"(?:(?:that|this|it|there|they)(?:\s+[a-z]+)?\s+)?\w+\s+years?\s+(?:before|after|earlier|later)"
                      r"(?:\s+that)?\s*\?*\s*$", re.I)
# "how many" with its noun left out ("How many did his rival get?"), and the noun of the previous "how many"
_ELIDED = re.compile(r"\bhow\s+many\s+(?=(?:did|does|do|was|were|is|are|has|have|had|will|would)\b)", re.I)
_COUNTED = re.compile(r"\bhow\s+many\s+((?:[\w.'’-]+\s+){0,2}?[\w.'’-]+)\s+"
                      r"(?:did|does|do|was|were|is|are|has|have|had|will|would)\b", re.I)
_THAT = re.compile(r"\b(?:do|did|does|doing|done)\s+(?:(?:that|this|so)\b|it\b(?!\s+[a-z]))"  # not "did it win"
                   r"|\b(?:that|this)\s*\?*$", re.I)
_WHAT_ABOUT = re.compile(r"^\s*(?:and\s+)?(?:what|how)\s+about\s+(?P<x>.+?)\s*\??\s*$", re.I)
_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10}
_AND_X = re.compile(r"^\s*[Aa]nd\s+(?P<x>(?:[A-Z]|(?:in\s+)?\d|\w+\s+years?\s).*?)\s*\?\s*$")
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
    answered: bool = True


@dataclass
class Resolved:
    question: str  # the question to analyse, names put back in place of pronouns
    shown: str | None = None  # how it was understood, for the user (None: taken as asked)
    context: str = ""  # words carried from the previous turn: searched, but not part of the question
    dangling: list[str] = field(default_factory=list)  # pronouns that point back to a turn with no answer


def _shift_year(previous: str, phrase: str) -> str | None:
    """"two years before that" / "in 2015" applied to the year of the previous question."""
    years = YEAR_WORD.findall(previous)
    stated = re.fullmatch(r"(?:in\s+)?(\d{4})", phrase.strip())
    if stated and YEAR_WORD.fullmatch(stated.group(1)):
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
        said = next((name for _, name in names(previous.question)), None)
        someone = person_phrase(previous.question)  # "What about the incumbent?" after "... did the main challenger get?"
        old = someone if someone and (person_phrase(new) or not said) else said
        text = previous.question.replace(old, new, 1) if old else f"{previous.question.rstrip('?')} {new}?"
        return Resolved(text, text)
    away = _YEARS_AWAY.search(question) if _SHIFTED.match(question) else None
    if away and (shifted := _shift_year(previous.question, away.group(0))):
        return Resolved(shifted, shifted)  # "What was that number two years earlier?"
    text, left = Referents.of(previous.question, previous.answer, previous.answer_is_name).put_back(question)
    counted = _COUNTED.search(previous.question)
    if counted and _ELIDED.search(text):  # "And how many did his rival get?" after "How many votes did X get?"
        text = _ELIDED.sub(lambda m: f"{m.group(0)}{counted.group(1)} ", text, count=1)
    told = _THAT.search(question) or _points_back(question, previous.question)
    if not (left or told):
        return Resolved(text, text if text != question else None)
    gist = _LEAD.sub("", previous.question).rstrip(" ?")
    # what was done ("did that") takes its answer along; a pronoun left as it is only the previous question's words
    context = f"{gist} {previous.answer or ''}".strip() if told else gist
    return Resolved(text, f"{text.rstrip(' ?')} ({context})?", context, dangling=left if not previous.answered else [])
