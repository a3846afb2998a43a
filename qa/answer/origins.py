"""Where someone or something is from. "Where was Ana Ruiz from?" is answered by a place said as her origin:
"Ana Ruiz from the town of Pons", "Count Aldric of Darmund", "Ana Ruiz, a native of Tull", "Ana Ruiz was born in
Tull", "the Spanish inventor Ana Ruiz", "Tull-born Ana Ruiz"; not by a place she went to or worked in ("Ana Ruiz
arrived at Tull", "printed in Paris").
"""

import re

from qa.answer.spans import TypedSpan
from qa.text.fold import fold

_ASKS = re.compile(r"^\s*(?:where|(?:what|which)\s+(?:[a-z]+\s+)?(?:city|town|village|country|nation|region|province|"
                   r"place|county|island))\b.*\b(?:(?:originally\s+)?from|originate|hail(?:s|ed)?\s+from)\s*\??\s*$", re.I)
_ORIGIN_BEFORE = re.compile(
    r"\b(?:from|of|native\s+of|born\s+in|came\s+from|comes\s+from|hailed\s+from|hails\s+from|native\s+to|raised\s+in)"
    r"\s+(?:the\s+)?(?:(?:town|city|village|county|province|region|country|island|kingdom|duchy|parish)\s+of\s+)?$", re.I)
MAX_GAP = 60  # characters from the name to the place said as its origin
_NEAR_BEFORE = 30  # "the Spanish inventor Ana Ruiz": a people's word or "Tull-born" this close before the name


def asks_origin(question: str) -> bool:
    """Does the question ask where someone or something is from ("Where was X originally from?")?"""
    return bool(_ASKS.search(question))


def as_origin(sentence: str, span: TypedSpan, names: list[str]) -> TypedSpan | None:
    """The place (or people's word) at ``span`` if it is said as the origin of one of the question's ``names``."""
    folded = fold(sentence)
    said = sentence[span.start : span.end]
    for name in names:
        for m in re.finditer(rf"\b{re.escape(fold(name).removesuffix(chr(39) + 's'))}\b", folded):
            between = sentence[m.end() : span.start]
            if 0 <= len(between) <= MAX_GAP and not re.search(r"[.;]", between) and _ORIGIN_BEFORE.search(between):
                return span  # "Elie Prioleau from the town of Pons"
            before = sentence[span.end : m.start()]
            if 0 <= len(before) <= _NEAR_BEFORE and (span.kind == "demonym" or said.endswith("-born")
                                                      or sentence[span.end : span.end + 5] == "-born"):
                return span  # "the Spanish inventor X", "Tull-born X"
    return None


_PLACE_AFTER = re.compile(r",?\s+(?:from|of|a\s+native\s+of|born\s+in|who\s+came\s+from)\s+(?:the\s+)?"
                          r"(?:(?:town|city|village|county|province|region|country|island|kingdom|duchy|parish)\s+of\s+)?"
                          r"([A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*)*)")


_PLACE_BEFORE = re.compile(r"(?:\b(?:[Bb]orn|[Rr]aised)\s+in\s+(?:the\s+)?([A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)*),\s+"
                           r"|\b([A-Z][\w'’]*)-born\s+(?:[a-z]+\s+)?)$")  # "Born in Tull, X", "Tull-born X", "Tull-born poet X"


def said_origins(sentence: str, names: list[str]) -> list[TypedSpan]:
    """The places said just after or before one of ``names`` as where it is from: "Count Aldric of Darmund",
    "Elie Marot from the town of Pons", "Born in Tull, Ana Ruiz", "Tull-born Ana Ruiz" (found whether or not the
    whole is taken for one name)."""
    folded = fold(sentence)
    out = []
    for name in names:
        for m in re.finditer(rf"\b{re.escape(fold(name).removesuffix(chr(39) + 's'))}\b", folded):
            if place := _PLACE_AFTER.match(sentence, m.end()):
                out.append(TypedSpan(place.start(1), place.end(1), "place"))
            if place := _PLACE_BEFORE.search(sentence[: m.start()]):
                group = 1 if place.group(1) else 2
                out.append(TypedSpan(place.start(group), place.end(group), "place"))
    return out

