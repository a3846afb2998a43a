"""Examples of a thing. "What is an example of a rotary engine without pistons?" is answered by "a pistonless
rotary engine such as the Wankel engine", "What is an example of a pump component?" by "pumps (such as an
injector)"; "for example", "for instance", "e.g.", "including" and "notably" give examples too. A sentence that names the thing without an example does not answer, nor one that lacks some of its
words ("small passenger liners" against "large passenger liners (such as the Olympic class)").
"""

import re

from qa.answer.things import ARTICLE, asked_thing, trimmed
from qa.answer.spans import TypedSpan
from qa.text.tokens import Analyzer
from qa.text.wordlists import STOPWORDS

_ASKED = [re.compile(p, re.I) for p in (
    r"\b(?:is|was|are|were)\s+(?:an?|one|some|two|three)\s+examples?\s+of\s+(?P<thing>[^?,;]+)",
    r"^\s*(?:give|name|list)\s+(?:an?|one|some|two|three)\s+examples?\s+of\s+(?P<thing>[^?,;]+)",
)]
_SORT = re.compile(rf"^(?:type|kind|sort|class|form)s?\s+of\s+{ARTICLE}", re.I)  # "a type of warship"
_MARKER = re.compile(
    rf"\s*,?\s*\(?\s*(?:such\s+as|for\s+example|for\s+instance|e\.g\.|including|notably)\s+{ARTICLE}"
    r"(?P<example>[^,;:()]{1,60}?)(?=\s*(?:[,;:.)]|$|\s+(?:and|or|in|on|at|for|with|to|from|by|which|that|who|was|were"
    r"|is|are|can|could|may|might|will|would|should|must|has|have|had|do|does|did)\b|\s+[a-z]+ly\b))")  # not ", for example,"
_NAMED = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|\d+))*")  # "the Heron carry wool": the name alone
_NO_EXAMPLE = frozenset({"one", "ones"}) | STOPWORDS  # "such as the one Bess pulled"
_LINKS = re.compile(r"\b(?:without|within|with|through|across|against|among|between|during|along)\b", re.I)  # not looked for


def asked_example(text: str) -> tuple[str, list[tuple[int, int]]] | None:
    """The thing an example of which the question asks for, and where the words that ask it are."""
    asked = asked_thing(text, _ASKED)
    return (_SORT.sub("", asked[0]) or asked[0], asked[1]) if asked else None


def examples(sentence: str, thing: str, analyzer: Analyzer) -> list[TypedSpan]:
    """The examples the sentence gives just after a word of ``thing`` ("pumps (such as an injector)"), if it
    says all the thing's words."""
    wanted = set(analyzer.terms(re.sub(_LINKS, " ", thing)))
    tokens = analyzer.tokens(sentence)
    words = [sentence[t.start : t.end].lower() for t in tokens]
    if not wanted or not all(any(t.term == w or len(w) >= 4 and word.startswith(w) for t, word in zip(tokens, words))
                             for w in wanted):  # "pistonless" says "piston"
        return []
    out = []
    for t in tokens:
        if t.term in wanted and (m := _MARKER.match(sentence, t.end)):
            start, end = trimmed(sentence, *m.span("example"))
            if named := _NAMED.match(sentence, start, end):  # "the Heron carry wool": the name, and a last word
                rest = sentence[named.end() : end].split()  # or the thing's own after it ("the Brindle mill")
                keep = rest and (len(rest) == 1 or analyzer.term(rest[0]) in wanted)
                end = sentence.index(rest[0], named.end()) + len(rest[0]) if keep else named.end()
            first = sentence[start:end].split()[:1]
            if first and first[0].lower() not in _NO_EXAMPLE:
                out.append(TypedSpan(start, end, "name"))
    return out
