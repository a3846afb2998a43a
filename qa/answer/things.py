"""The thing a question names to ask about it ("another term for the drying kiln", "an example of a rotary
mill"), and spans cut clean of quotation marks."""

import re

_CLAUSE = re.compile(r"\s+(?:(?:in|on|at|by|with|from|of|for|through)\s+)?(?:which|that|who|whom|where|whose|when)\b.*"
                     r"|\s+(?:did|does|do|is|was|were|are|has|have|had|will|would|can|could)\b.*", re.I)  # "kiln did the miller use"
_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.I)
ARTICLE = r"(?:(?:the|a|an)\s+)?"  # an optional article before a name or a phrase, in the patterns that read them


def asked_thing(text: str, patterns: list[re.Pattern]) -> tuple[str, list[tuple[int, int]]] | None:
    """The thing (the group ``thing`` of the first of ``patterns`` to match), less a clause about it and its
    article, and where the other words of the match are."""
    m = next((m for rx in patterns if (m := rx.search(text))), None)
    if not m:
        return None
    thing = _DETERMINER.sub("", _CLAUSE.sub("", m.group("thing")).strip(" .!"))
    if not thing:
        return None
    frame = [(m.start(), m.start("thing")), (m.end("thing"), m.end())]
    return thing, [(a, b) for a, b in frame if a < b]


def trimmed(sentence: str, start: int, end: int) -> tuple[int, int]:
    """A span without its quotation marks, trailing punctuation and space."""
    while end > start and sentence[end - 1] in " \"”'’.,;:":
        end -= 1
    while start < end and sentence[start] in " \"“'‘":
        start += 1
    return start, end
