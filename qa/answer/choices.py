"""Questions that offer their answers: "Which of these is its main ally: Russia, Cuba or China?", "Who did she
meet, Trump or Biden?". The answer is the choice the sentence says."""

import re

from qa.answer.spans import TypedSpan
from qa.text.fold import fold

# the choices close the question, after a colon, a dash or a comma: "...: A, B or C?", "..., A or B?"
_CHOICES = re.compile(r"(?:[:–—]|,|\s-)\s*(?P<list>(?:[^,:?;]+,\s*)*[^,:?;]+?)\s*,?\s+or\s+(?P<last>[^,:?;]+?)\s*\?\s*$")
_ASKING = re.compile(r"^\s*(?:which|who|whom|what|where|when)\b", re.I)
MAX_WORDS = 4  # a choice longer than this is a clause, not a choice ("..., or did they wait?")


def asked_choices(question: str) -> tuple[str, ...]:
    """The answers a question offers, in its words ("Russia", "Cuba", "China"), or none."""
    m = _CHOICES.search(question)
    if not m or not _ASKING.match(question):
        return ()
    choices = [c.strip() for c in m.group("list").split(",")] + [m.group("last").strip()]
    choices = [re.sub(r"^(?:or|either)\s+", "", c, flags=re.I) for c in choices if c]
    if len(choices) < 2 or any(len(c.split()) > MAX_WORDS for c in choices):
        return ()
    return tuple(choices)


def said_choices(sentence: str, choices: tuple[str, ...]) -> list[TypedSpan]:
    """Where the sentence says one of the choices (accents and case aside), in the order it says them."""
    folded = fold(sentence)
    found = [TypedSpan(m.start(), m.end(), "name") for c in choices
             for m in re.finditer(rf"(?<!\w){re.escape(fold(c))}(?!\w)", folded)]
    return sorted(found, key=lambda s: s.start)
