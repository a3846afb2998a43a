"""What a "how many" question counts, and whether a sentence counts it: "nine dungeons", "one button"."""

import re

from qa.answer import spans
from qa.answer.question import Question
from qa.answer.spans import TypedSpan
from qa.text.fold import fold
from qa.text.tokens import Analyzer

_VAGUE_COUNT = re.compile(r"(?<!\bno )(?<!\bat )(?<!\bthe )\b(?:one|several|a few|a couple of)\s+(?!of\b)"
                          r"((?:[\w'-]+\s+)?[\w'-]+)", re.I)


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
    counts? "two tankers" after "a blockade of vessels" counts vessels, "nine dungeons" "how many dungeon rooms"."""
    if q.counted in around or any(r in around for r in related):
        return True
    return any(counted_after(text, n.end, analyzer) in q.counted_kind for n in spans.numbers(text))
