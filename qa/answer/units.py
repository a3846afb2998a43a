"""The units a number answer may carry ("612 kilometres", "1,000 m3/s", "15 seconds") and the answer span
with its unit and range ("between 300 and 400 km")."""

import re

from qa.answer.question import Question
from qa.answer.spans import TypedSpan

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
