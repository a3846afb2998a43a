"""Questions that offer their answers: "Which of these is its main ally: Russia, Cuba or China?", "Who did she
meet, Trump or Biden?". The answer is the choice the sentence says."""

import re

from qa.answer.spans import TypedSpan
from qa.text.fold import fold
from qa.text.wordlists import DETERMINERS

_ASKING = re.compile(r"^\s*(?:which|who|whom|what|where|when)\b", re.I)
_LAST_OR = re.compile(r"\s+or\s+(?=[^,]*$)", re.I)  # the "or" before the last choice
_LEADING = re.compile(rf"^(?:(?:either|or|in|at|on|to|from|by|{'|'.join(DETERMINERS)})\s+)+", re.I)  # "in Orlia", "the Greens"
MAX_WORDS = 4  # a choice longer than this is a clause, not a choice ("..., or did they wait?")


def _split(question: str) -> tuple[int, list[str]] | None:
    """Where the list of choices starts, and its choices as written: after the last colon or dash, else after
    the first comma; the last choice follows "or". Read in one pass (no backtracking on long lists)."""
    body = question.rstrip()
    if not body.endswith("?") or not _ASKING.match(body):
        return None
    body = body[:-1]
    cut = max(body.rfind(":"), body.rfind("–"), body.rfind("—"), body.rfind(" - "))
    if cut < 0:
        cut = body.find(",")
    if cut < 0:
        return None
    items = body[cut + 1 :].lstrip(" -")
    last = _LAST_OR.search(items)
    if not last:
        return None
    choices = [c.strip() for c in items[: last.start()].split(",")] + [items[last.end() :].strip()]
    return cut, choices


def asked_choices(question: str) -> tuple[str, ...]:
    """The answers a question offers, less a leading word such as "the" or "in" ("Russia", "Cuba", "China"), or none."""
    split = _split(question)
    choices = [_LEADING.sub("", c) for c in split[1] if c] if split else []
    if len(choices) < 2 or any(not c or len(c.split()) > MAX_WORDS for c in choices):
        return ()
    return tuple(choices)


def without_choices(question: str) -> str:
    """The question without the choices it offers: what it asks ("Who paid for the bridge?")."""
    split = _split(question) if asked_choices(question) else None
    return question[: split[0]].rstrip() + "?" if split else question


def said_choices(sentence: str, choices: tuple[str, ...]) -> list[TypedSpan]:
    """Where the sentence says one of the choices (accents and case aside), in the order it says them."""
    folded = fold(sentence)
    found = [TypedSpan(m.start(), m.end(), "name") for c in choices
             for m in re.finditer(rf"(?<!\w){re.escape(fold(c))}(?!\w)", folded)]
    return sorted(found, key=lambda s: s.start)
