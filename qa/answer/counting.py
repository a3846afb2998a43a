"""What a "how many" question counts, and whether a sentence counts it: "nine dungeons", "one button"."""

import re

from qa.answer import spans
from qa.answer.question import Question
from qa.answer.spans import TypedSpan
from qa.text.fold import fold
from qa.text.tokens import Analyzer

_VAGUE_COUNT = re.compile(r"(?<!\bno )(?<!\bat )(?<!\bthe )\b(?:one|several|a few|a couple of)\s+(?!of\b)"
                          r"((?:[\w'-]+\s+)?[\w'-]+)", re.I)


# What a sum of money counts ("How much money did it take?" answered by "a budget around $245 million").
_MONEY_WORDS = "money cost budget price funding fund spending revenue income salary fee fine profit cash sum"
_CURRENCY_BEFORE = re.compile(r"(?:[$€£¥]|\b(?:US|USD|EUR|GBP)\s?)$")
_CURRENCY_AFTER = re.compile(r"\s*(?:(?:hundred|thousand|million|billion|trillion)\s+)?"
                             r"(?:dollars?|euros?|pounds?(?! of)|yen|francs?|marks?|rupees?|pesos?|yuan|rubles?|roubles?)\b", re.I)


def is_money(text: str, number: TypedSpan) -> bool:
    """Is the number a sum of money ("$245 million", "US 5 billion", "20 million euros")?"""
    return (text[number.start] in "$€£¥" or bool(_CURRENCY_BEFORE.search(text[max(0, number.start - 4) : number.start]))
            or bool(_CURRENCY_AFTER.match(text, number.end)))


def counts_in_words(sentence: str, counted: str, analyzer: Analyzer) -> list[TypedSpan]:
    """"one button", "several awards": a count that the number finder leaves out ("one" is mostly a pronoun),
    when it counts what the question does (``counted`` is one of the next two words; not "no one", "at one")."""
    return [TypedSpan(m.start(), m.start(1) - 1, "number") for m in _VAGUE_COUNT.finditer(sentence)
            if counted in analyzer.terms(m.group(1))]


def counted_after(text: str, end: int, analyzer: Analyzer) -> str | None:
    """The term of what the number ending at ``end`` counts: the last word of the run of content words after
    it ("nine dungeons where ..." -> dungeon, "5 Olympic Games" -> game)."""
    head = None
    for word in re.findall(r"[A-Za-z][\w'-]*", re.match(r"[\sA-Za-z'-]*", text[end : end + 40]).group())[:3]:
        if not (t := analyzer.term(fold(word))):
            break
        head = t
    return head


def counts_asked(q: Question, text: str, around: set[str], related: list[str], analyzer: Analyzer) -> bool:
    """Does the sentence (``around``: its terms and those of the sentences by it) speak of what the question
    counts? "two tankers" after "a blockade of vessels" counts vessels, "nine dungeons" "how many dungeon rooms",
    "$245 million" "how much money"."""
    if q.counted in around or any(r in around for r in related):
        return True
    money = q.counted in analyzer.terms(_MONEY_WORDS)
    return any(counted_after(text, n.end, analyzer) in q.counted_kind or money and is_money(text, n)
               for n in spans.numbers(text))


_SMALL = {w: str(n) for n, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}


def _value(number: str) -> str:
    """"Four", "4" and "4.0" alike: the number as digits when it is a small number word."""
    low = number.lower().replace(",", "").lstrip("$€£¥ ")
    return _SMALL.get(low, low.removesuffix(".0"))


def _counts(text: str, analyzer: Analyzer) -> list[tuple[str, str, str]]:
    """``(number as written, its value, the term of what it counts)`` for each number of the text that counts
    something ("four men", "16 October"); not a year."""
    out = []
    for n in spans.numbers(text):
        said = text[n.start : n.end]
        if not spans.YEAR.fullmatch(said) and (counted := counted_after(text, n.end, analyzer)):
            out.append((said, _value(said), counted))
    return out


def other_count(question: str, sentence: str, analyzer: Analyzer) -> tuple[str, str] | None:
    """"Who kills four men?" asked, "Bond kills three men" told: the sentence counts the question's thing with
    another number and never says the question's. Returns both counts as written ("four men", "three men")."""
    told = _counts(sentence, analyzer)
    values = {value for _, value, _ in told} | {_value(n) for n in re.findall(r"\d[\d,.]*", sentence)}
    for said, value, counted in _counts(question, analyzer):
        other = next((s for s, v, c in told if c == counted and v != value), None)
        if other and value not in values:
            return said, other
    return None
