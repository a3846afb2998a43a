"""Where someone or something is from. "Where was Ana Ruiz from?" is answered by a place said as her origin:
"Ana Ruiz from the town of Pons", "Count Aldric of Darmund", "Ana Ruiz, a native of Tull", "Ana Ruiz was born in
Tull", "Ana Ruiz grew up in Tull", "Born in Tull, Ana Ruiz ...", "Tull-born Ana Ruiz", "the Spanish inventor Ana
Ruiz"; not by a place she went to, worked in or heard from ("arrived at Tull", "printed in Paris", "received
letters from Tull"), nor by someone else's origin ("Ana Ruiz's father came from Tull").
"""

import re

from qa.answer.spans import TypedSpan
from qa.text.fold import fold
from qa.text.wordlists import MONTHS, WEEKDAYS

_ASKS = re.compile(r"^\s*(?:where|(?:what|which)\s+(?:[a-z]+\s+)?(?:city|town|village|country|nation|region|province|"
                   r"place|county|island))\b.*\b(?:(?:originally\s+)?from|originate|hail(?:s|ed)?\s+from)\s*\??\s*$", re.I)
_PLACE_OF = r"(?:the\s+)?(?:(?:town|city|village|county|province|region|country|island|kingdom|duchy|parish)\s+of\s+)?"
_CAME_FROM = (r"(?:,?\s+(?:who\s+)?(?:(?:was|is|were|are)\s+)?(?:originally\s+)?(?:from|came\s+from|comes\s+from|hailed\s+from"
              r"|hails\s+from|born(?:\s+and\s+raised)?(?:\s+\d{3,4})?\s+(?:in|at)|grew\s+up\s+in|raised\s+in|brought\s+up\s+in)"
              r"|,\s+a\s+native\s+of)\s+")
_SAID_AFTER = re.compile(rf"{_CAME_FROM}{_PLACE_OF}$", re.I)  # the whole gap from the name to the place
_NAME_RUN = r"([A-Z][\w'’]*(?:\s+(?:of\s+)?[A-Z][\w'’]*)*)"
_PLACE_AFTER = re.compile(rf"(?:{_CAME_FROM}|\s+of\s+){_PLACE_OF}{_NAME_RUN}")  # "Count Aldric of Darmund"
_NATIVE_AFTER = re.compile(rf",\s+an?\s+{_NAME_RUN}(?:-born|\s+native)\b")  # "X, a Tull-born painter", "X, a Tull native"
_PLACE_BEFORE = re.compile(rf"(?:\b(?:[Bb]orn|[Rr]aised)\s+(?:in|at)\s+{_PLACE_OF}{_NAME_RUN}(?:\s+in\s+\d{{3,4}})?,\s+"
                           r"|(?:\b(?:[Tt]he|[Aa]n?)\s+|^|(?<=\s))((?:[A-Z][\w'’]*\s+)*[A-Z][\w'’]*)-born\s+(?:[a-z]+\s+)?)$")  # "Tull-born X"
# A capitalised run after "from" or "of" that names no place: a body, or a time ("from March to June").
_NOT_PLACES = frozenset("company board bank council society church school university college club party office "
                        "committee army navy court".split()) | frozenset(MONTHS) | WEEKDAYS
_IS_A = re.compile(r"(?:,|\s+(?:is|was|are|were))\s+(?:an?\s+)?(?:[a-z]+\s+)?")  # "X is a Japanese actress"
MAX_BEFORE = 30  # "the Spanish inventor Ana Ruiz": a people's word this close before the name


def asks_origin(question: str) -> bool:
    """Does the question ask where someone or something is from ("Where was X originally from?")?"""
    return bool(_ASKS.search(question))


def _mentions(sentence: str, names: list[str]) -> list[re.Match]:
    folded = fold(sentence)
    return [m for name in names for m in re.finditer(rf"\b{re.escape(fold(name).removesuffix(chr(39) + 's'))}\b(?!['’]s)", folded)]


def _a_place(said: str) -> bool:
    """Can a capitalised run after "from" or "of" be a place (not "the Harbour Board", not "March")?"""
    return not set(said.lower().split()) & _NOT_PLACES


def as_origin(sentence: str, span: TypedSpan, names: list[str]) -> TypedSpan | None:
    """The place (or people's word) at ``span`` if it is said as the origin of one of the question's ``names``."""
    for m in _mentions(sentence, names):
        if (m.end() <= span.start and _SAID_AFTER.fullmatch(sentence, m.end(), span.start)
                and _a_place(sentence[span.start : span.end])):
            return span  # "Elie Prioleau, who was born in the town of Pons"
        if span.kind == "demonym" and (span.end <= m.start() <= span.end + MAX_BEFORE
                                       or m.end() <= span.start and _IS_A.fullmatch(sentence, m.end(), span.start)):
            return span  # "the Spanish inventor X", "X is a Japanese actress", "X, a Spanish sailor"
    return None


def said_origins(sentence: str, names: list[str]) -> list[TypedSpan]:
    """The places said just after or before one of ``names`` as where it is from: "Count Aldric of Darmund",
    "X from the town of Pons", "Born in Tull, X", "Tull-born X" (found whether or not the whole is taken for one
    name)."""
    out = []
    for m in _mentions(sentence, names):
        after = _PLACE_AFTER.match(sentence, m.end()) or _NATIVE_AFTER.match(sentence, m.end())
        before = _PLACE_BEFORE.search(sentence[: m.start()])
        for place, group in ((after, 1), (before, 1), (before, 2)):
            if place and place.group(group) and _a_place(place.group(group)):
                out.append(TypedSpan(place.start(group), place.end(group), "place"))
    return out
