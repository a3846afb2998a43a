"""Resolve a follow-up question against the previous turn of the conversation.

"How many votes did he get?" after "Who was the main opposition candidate?"
(answered "Henri Falcón") becomes "How many votes did Henri Falcón get?";
"What about Paraguay?" re-asks the previous question about Paraguay; "Why did
it do that?" names the previous question's subject and carries its words.
"""

import re
from dataclasses import dataclass, field

_PERSONAL = r"he|she|him|her|his|hers|himself|herself"
_NEUTER = r"it|its|they|them|their|theirs"
_PRONOUN = re.compile(rf"\b({_PERSONAL}|{_NEUTER})\b", re.I)
_THAT = re.compile(r"\b(?:do|did|does|doing|done)\s+(?:that|this|so|it)\b|\b(?:that|this)\s*\?*$", re.I)
_WHAT_ABOUT = re.compile(r"^\s*(?:and\s+)?(?:what|how)\s+about\s+(?P<x>.+?)\s*\??\s*$", re.I)
_AND_X = re.compile(r"^\s*and\s+(?P<x>[A-Z].*?)\s*\?\s*$")
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
    text: str  # the question as it will be answered
    rewritten: bool
    context: str = ""  # extra words carried from the previous turn (searched, not shown as asked)


def _subject(question: str) -> str | None:
    """The first name a question mentions after its question word."""
    for m in _NAME.finditer(question):
        if m.start() > 0:
            return m.group(0).removesuffix("'s").removesuffix("’s")
    return None


def resolve(question: str, previous: Turn | None) -> Resolved:
    if previous is None:
        return Resolved(question, False)
    about = _WHAT_ABOUT.match(question) or _AND_X.match(question)
    if about:
        new = about.group("x")
        old = _subject(previous.question)
        text = previous.question.replace(old, new, 1) if old else f"{previous.question.rstrip('?')} {new}?"
        return Resolved(text, True)
    person = previous.answer if previous.answer_is_name else _subject(previous.question)
    thing = _subject(previous.question) or previous.answer
    changed = False

    def substitute(m: re.Match) -> str:
        nonlocal changed
        word = m.group(0).lower()
        target = person if re.fullmatch(_PERSONAL, word) else thing
        if not target:
            return m.group(0)
        changed = True
        return target + ("'s" if word in ("his", "her", "its", "their", "hers", "theirs") else "")

    text = question if _subject(question) else _PRONOUN.sub(substitute, question)
    context = ""
    if _THAT.search(question):
        gist = _LEAD.sub("", previous.question).rstrip(" ?")
        context = f"{gist} {previous.answer or ''}".strip()
        text = f"{text.rstrip(' ?')} ({context})?"
        changed = True
    return Resolved(text, changed, context)
