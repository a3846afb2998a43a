"""The kind of unit a question asks for ("how tall": a length), the units a number answer may carry ("612
kilometres", "1,000 m3/s", "15 seconds"), the answer span with its unit and range ("between 300 and 400 km"),
and what a share asked is of ("the inflation rate")."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from qa.answer.kinds import is_light, judges, past_or_adverb
from qa.answer.spans import TypedSpan

if TYPE_CHECKING:
    from qa.answer.question import Question
    from qa.text.tokens import Analyzer

_UNITS = {
    "length": r"(?:kilometres?|kilometers?|km|metres?|meters?|m|miles?|mi|feet|foot|ft|yards?|centimetres?|"
              r"centimeters?|cm|millimetres?|mm|inches|inch|in)\b",
    "weight": r"(?:kilograms?|kg|grams?|g|tonnes?|tons?|pounds?|lb|lbs|ounces?|oz)\b",
    "volume": r"(?:m3|m³|km3|km³|cu\s?(?:ft|m)|cubic\s+(?:metres?|meters?|feet|foot|kilometres?|kilometers?|km|miles?)|litres?|liters?|"
              r"gallons?|barrels?)(?:/s\b|/sec\b|\s+per\s+(?:second|day|year)\b)?(?![\w])",
    "duration": r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|decades?|centuries)\b",
    "age": r"(?:years?|months?)(?:[\s-]old)?\b",
    "temperature": r"(?:°\s?[CFK]?|º\s?[CF]|degrees?(?:\s+(?:Celsius|Fahrenheit|centigrade|C|F))?|kelvins?|K)(?![\w])",
}


_UNIT_OF = [
    ("duration", r"\bhow long (?:did|does|do|will|would|can|could|has|have|had)\b(?!.*\b(?:run|flow|stretch|extend|"
                 r"reach|span|measure|grow|get)\b)"  # an action lasts ("did X rule"); a river runs a length, a snake grows one
                 r"|\bhow long (?:was|is|were|are)\b.*\b(?:take|need|last|spend|wait|stay|live|run)\b"
                 r"|\bhow many (?:years|months|weeks|days|hours|minutes|seconds)\b|\b(?:duration|how long ago)\b"),
    ("length", r"\bhow (?:long|tall|high|deep|wide|far|low|short)\b|\b(?:length|height|width|depth|distance|diameter|radius|elevation|altitude)\b"
               r"|\bhow many (?:miles|kilometres|kilometers|metres|meters|feet|inches|yards)\b"),
    ("weight", r"\bhow heavy\b|\b(?:weight|mass)\b|\bhow many (?:pounds|kilograms|kilos|grams|tons|tonnes|ounces)\b"),
    ("volume", r"\bhow much (?:water|discharge)\b|\bdischarge\b|\bhow many (?:litres|liters|gallons|barrels|cubic)\b"),
    ("age", r"\bhow old\b|\bwhat age\b|\bage\b"),
    ("temperature", r"\bhow (?:hot|cold|warm)\b|^\s*(?:at )?(?:what|which)\b(?:\s+\w+){0,4}\s+temperatures?\b"
                    r"|\b(?:boiling|melting|freezing) point\b|\bin degrees\b|\bhow many degrees\b"),
]


def asked_unit(lowered: str) -> str | None:
    """The kind of unit a number answer needs: "how long ... take" wants a duration, "how tall" a length."""
    return next((kind for kind, rx in _UNIT_OF if re.search(rx, lowered)), None)


def is_unit_word(word: str) -> bool:
    """Is the word a unit ("miles", "years", "kg")?"""
    return any(re.fullmatch(rx, word, re.I) for rx in _UNITS.values())


def _unit_after(text: str, span: TypedSpan, unit: str) -> re.Match | None:
    return re.match(rf"[\s-]*{_UNITS[unit]}", text[span.end : span.end + 24], re.I)


def has_unit(text: str, span: TypedSpan, unit: str) -> bool:
    """Is the number followed by a unit of that kind ("612 kilometres", "15 seconds", "96-metre")?
    For an age, "at the age of 72" also counts."""
    if _unit_after(text, span, unit):
        return True
    return unit == "age" and bool(re.search(r"\bage(?:d| of)\s*$", text[max(0, span.start - 12) : span.start], re.I))


_RANGE_BEFORE = re.compile(r"(?:\b(?:between|from)\s+)?\d[\d,.]*\s*(?:–|-|—|to|and)\s*$")


def with_unit(sentence: str, span: TypedSpan, question: Question) -> TypedSpan:
    """The number with its unit ("1,000 m3/s" for "how much water"), and the number that opens its range
    ("between 300 and 400 km"); the unit is left out when the question's words have it ("8,000" for "how
    many years ago")."""
    if m := _RANGE_BEFORE.search(sentence, 0, span.start):
        span = TypedSpan(m.start(), span.end, span.kind)
    m = _unit_after(sentence, span, question.unit)
    unit = re.findall(r"[a-z]+", m.group().lower())[:1] if m else []
    if not unit or re.search(rf"\b{unit[0]}\b", question.text.lower()):
        return span
    return TypedSpan(span.start, span.end + m.end(), span.kind)


_SHARE_BEFORE = re.compile(r"\b(?:what|which)\s+(?:(?:is|was|are|were)\s+the\s+)?((?:[a-z]+\s+){1,2}?)(?:rate|percentage|share|proportion)\b")
_SHARE_AFTER = re.compile(r"\b(?:rate|percentage|share|proportion)\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?((?:[a-z]+(?:['’]s)?\s+){0,2}[a-z]+)")
_NOT_OF = frozenset("annual yearly monthly weekly daily average overall total official estimated approximate current "
                    "final national global".split())  # "the official turnout percentage" is a share of turnout


def share_of(lowered: str, analyzer: Analyzer) -> tuple[str, ...]:
    """The terms of what a question's share is of: "annual inflation rate" -> inflation, "percentage of the
    vote" -> vote, "of the nation's earnings" -> earnings (the sentence must say one of them)."""
    for pattern in (_SHARE_BEFORE, _SHARE_AFTER):
        m = pattern.search(lowered)
        words = [w for w in (m.group(1).split() if m else ()) if not w.endswith(("'s", "’s"))]  # "the nation's earnings"
        if pattern is _SHARE_AFTER:  # the noun phrase ends at a verb: "of voters supported X", "of the earnings comes"
            words = list(itertools.takewhile(lambda w: not (is_light(w) or past_or_adverb(w)), words))
        terms = tuple(t for w in words if w not in _NOT_OF and not judges(w) and (t := analyzer.term(w)))
        if terms:
            return terms
    return ()
