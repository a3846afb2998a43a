"""Other names of a thing. "What is another term for rotors?" is answered by "rotors (rotating discs)", and
"... also referred to as what kind of cooling tower?" by "Evaporative (wet) cooling towers"; so are
'"shortening the cutoff" or rather, shortening the admission event', "X, also known as Y", "Y (X)" and
"Huguon, the gate of King Hugo". A sentence that names the thing without another name does not answer.

Plain patterns over general English, on the words of the thing as the question gives them.
"""

import re
from collections.abc import Iterator

from qa.answer.spans import TypedSpan
from qa.answer.things import ARTICLE, asked_thing, trimmed
from qa.text.tokens import Analyzer, Token
from qa.text.wordlists import STOPWORDS

_OTHER = r"another|(?:an?\s+)?(?:alternative|alternate|different)"  # not a bare "other": "What other terms of the lease"
_CALLED = r"(?:known|referred\s+to|called|termed|named)"
_ASKED = [re.compile(p, re.I) for p in (
    # "What is another term for X?", "another name used for X", "an alternative word to describe X"
    rf"\b(?:{_OTHER})\s+(?:[a-z]+\s+)?(?:term|name|word|expression|phrase)s?\s+(?:(?:that\s+)?(?:is|was|are|were)\s+)?"
    r"(?:given\s+to|(?:(?:used|given|applied)\s+)?(?:for|to\s+describe|to\s+refer\s+to|of))\s+(?P<thing>[^?,;]+)",
    r"\bother\s+(?:term|name|word|expression)s?\s+(?:(?:used|given)\s+)?for\s+(?P<thing>[^?,;]+)",  # "What other terms for X"
    # "another way of referring to X"
    rf"\b(?:{_OTHER})\s+way\s+(?:of|to)\s+(?:referring\s+to|refer\s+to|saying|say|describing|describe|calling|call"
    r"|naming|name)\s+(?P<thing>[^?,;]+)",
    # "By what other name was X known?", "By what name was X also known?" (not "By what name is X known today?")
    rf"\bwhat\s+(?:other|else|{_OTHER})\s+name\s+(?:is|was|are|were)\s+(?P<thing>[^?,;]+?)\s+{_CALLED}\b",
    rf"\bwhat\s+name\s+(?:is|was|are|were)\s+(?P<thing>[^?,;]+?)\s+(?:also|otherwise|sometimes|often|commonly)\s+{_CALLED}\b",
    # "X is also referred to as what (kind of Y)?"
    rf"^\s*(?P<thing>[^?,;]+?)\s+(?:is|was|are|were)\s+(?:also|sometimes|often|commonly|otherwise)\s+{_CALLED}"
    r"\s+(?:as\s+)?what\b",
    # "What else is X (also) called?", "What is X also known as?"
    rf"^\s*what\s+(?:else\s+)?(?:is|was|are|were)\s+(?P<thing>[^?,;]+?)\s+(?:also|sometimes|often|commonly|otherwise)"
    rf"\s+{_CALLED}(?:\s+as)?\s*\??\s*$",
)]

_ALIAS = r"(?P<alias>[\"“][^\"”]{1,60}[\"”]|(?:[\w'’-]+\s+){0,3}?[\w'’-]+)"
_NOT_A_NAME = r"(?!(?:in|on|at|by|for|with|from|to|into|not|rather|else|even|so|as|after)\b)"
# Between the words of the thing: a bracket ("Evaporative (wet) cooling"), articles and prepositions ("mill on the hill").
_INSIDE = re.compile(r"\s*(?:\(([^()]{1,60})\)\s*)?(?:(?:the|a|an|of|at|on|in|by|near|for|from|to|with)\s+)*", re.I)
# An alias opens with none of these: "(in Tarn)", "(see plate 4)", "(c. 1820)", "(now ruined)", "In Harrowgate, the mill"
_NOT_OPENING = frozenset("see c ca about approx approximately circa now pictured left right above below eg".split()) | STOPWORDS
_ATTACHED = re.compile(r"\b(?:of|beside|near|behind|by|with|from|in|at|on|under|above|below|inside|outside)\s+"
                       rf"{ARTICLE}$", re.I)  # "the tower beside the granary, also called ...": not the granary
_AFTER = [
    re.compile(r"\s*\(\s*(?:(?:also\s+)?(?:called|known\s+as|termed|or|i\.e\.,?)\s+)?(?:variously\s+)?"
               rf"{ARTICLE}(?P<alias>[^()]{{1,60}}?)\s*\)"),  # "rotors (rotating discs)"
    re.compile(rf"(?:\s*,\s*or|\s+or\s+rather)\s*,?\s+{ARTICLE}(?P<alias>(?:[\w'’-]+\s+){{0,2}}?[\w'’-]+)"
               r"(?=\s*[,;:.)])"),  # "The hammer, or mallet, ...": a bare "or" joins two things ("the mill or the kiln")
    re.compile(rf"\s*,?\s+(?:(?:is|are|was|were|has\s+been|have\s+been)\s+)?(?:(?:also|otherwise|sometimes|often|commonly|"
               rf"usually|widely)\s+)?(?:called|known\s+as|termed|referred\s+to\s+as|i\.e\.)\s*,?\s+"
               rf"{_NOT_A_NAME}{ARTICLE}{_ALIAS}(?=\s*(?:[,;:.)]|$|\s+(?:and|but|which|that|who|is|are|was|"
               r"were|in|on|of|for|with|by|because|since|when|while|as|after|before|from|to|at)\b))"),  # "X, also known as Y"
    re.compile(rf"\s*,?\s+(?:which|that)\s+(?:[\w'’-]+\s+){{0,3}}?(?:(?:also|sometimes|often|commonly|usually)\s+)?"
               rf"(?:call|calls|called|name|names|named|term|terms|termed)\s+(?:it\s+)?{_NOT_A_NAME}{ARTICLE}{_ALIAS}"
               r"(?=\s*(?:[,;:.)]|$|\s+(?:and|but|because|since|when|after|before)\b))"),  # "X, which locals call Y"
]
_BEFORE = [
    re.compile(r"(?P<alias>[\"“][^\"”]{1,60}[\"”])\s*,?\s*(?:or(?:\s+rather)?|i\.e\.|also\s+(?:called|known\s+as))\s*,?"
               rf"\s*{ARTICLE}$"),  # '"shortening the cutoff" or rather, shortening the admission event'
    re.compile(r"(?P<alias>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}),\s+(?:also\s+(?:called|known\s+as)\s+)?"
               rf"{ARTICLE}$"),  # "Huguon, the gate of King Hugo"
]
_BEFORE_BRACKET = re.compile(r"(?:\b(?i:the|a|an|of|and|or|in|on|to|by|with|for|from|as)\s+|^)(?P<alias>(?:[\w'’-]+\s+){0,2}"
                             r"[\w'’-]+)\s*\(\s*[\"“]?\s*(?:(?:the|a|an|these|those|this|that)\s+)?$")  # "static discs (stators)"
_PRONOUN_CALLED = re.compile(rf"^\W*(?:It|This|They|These)\s+(?:(?:is|was|are|were|has\s+been|have\s+been|had\s+been)\s+)?"
                             rf"(?:(?:later|also|often|sometimes|commonly|popularly|widely)\s+)?(?:{_CALLED}(?:\s+as)?|dubbed"
                             rf"|nicknamed)\s+{ARTICLE}{_ALIAS}")  # 'It was later called the "first oil shock"'


def asked_alias(text: str) -> tuple[str, list[tuple[int, int]]] | None:
    """The thing whose other name the question asks for, and where the words that ask it are (not looked up)."""
    return asked_thing(text, _ASKED)


def names_a_thing(sentence: str, start: int, end: int) -> bool:
    """Can the words at ``start``..``end`` be a name: no number ("(1698)", "(about 5 m)"), no opening word of a
    note or a phrase ("(see plate 4)", "(in Tarn)"), and no list of examples in brackets unless they are "called"
    ("(saws, chisels and files)"; "(called variously combustion chamber, firebox)")?"""
    said = sentence[start:end]
    first = re.match(r"[\w'’]+", said)
    if re.search(r"\d", said) or not first or first.group().lower() in _NOT_OPENING:
        return False
    bracket = sentence.rfind("(", 0, start)
    if bracket < 0 or ")" in sentence[bracket:start]:
        return True
    listed = re.match(r"\([^)]*,[^)]*\band\b", sentence[bracket:])
    return not listed or bool(re.search(r"\b(?:called|known\s+as|termed)\s", sentence[bracket:start]))


def _said(sentence: str, words: list[str], tokens: list[Token]) -> Iterator[tuple[int, int, list[tuple[int, int]]]]:
    """Where the sentence says the terms ``words`` in a row, with only brackets, articles or "of" among them:
    (start, end, the brackets among them)."""
    for i in range(len(tokens) - len(words) + 1):
        run = tokens[i : i + len(words)]
        if [t.term for t in run] != words:
            continue
        gaps = [_INSIDE.fullmatch(sentence, a.end, b.start) for a, b in zip(run, run[1:])]
        if all(gaps):
            yield run[0].start, run[-1].end, [g.span(1) for g in gaps if g.group(1)]


def _beside(sentence: str, start: int, end: int) -> list[tuple[int, int]]:
    """Other names said just after or before the thing at ``start``..``end``."""
    attached = _ATTACHED.search(sentence[:start])  # a comma's "also called" is then said of the noun before
    found = [m.span("alias") for rx in _AFTER if (m := rx.match(sentence, end))
             and not (attached and sentence[end : m.start("alias")].lstrip().startswith(","))]
    found += [m.span("alias") for rx in _BEFORE if (m := rx.search(sentence[:start]))]
    if re.match(r"[\s\"”'’]*\)", sentence[end:]) and (m := _BEFORE_BRACKET.search(sentence[:start])):
        found.append(m.span("alias"))  # "Y (X)": the bracket closes after X
    return found


def other_names(sentence: str, thing: str, analyzer: Analyzer, asked: set[str]) -> list[TypedSpan]:
    """The other names the sentence gives ``thing``, each less any of its list items that only repeat the
    question (``asked``: its terms): "(called variously combustion chamber, firebox)" gives "combustion chamber"
    when the question names the firebox."""
    wanted = analyzer.terms(thing)
    if not wanted:  # "another word for it"
        return []
    brackets = [m.span() for m in re.finditer(r"\([^()]*\)", sentence)]
    tokens = analyzer.tokens(sentence)
    outside = [t for t in tokens if not any(a < t.start < b for a, b in brackets)]  # "Evaporative (wet) cooling towers"
    found: list[tuple[int, int]] = []
    said = False
    for n in range(max(1, len(wanted) - 1)):  # the thing as asked, else less its first words ("a supply bin")
        for start, end, inner in (place for toks in (tokens, outside) for place in _said(sentence, wanted[n:], toks)):
            said = True
            found += inner + _beside(sentence, start, end)
        if found:
            break
    if not said and (m := _PRONOUN_CALLED.match(sentence)):
        found.append(m.span("alias"))
    out = []
    for start, end in dict.fromkeys(found):
        for item in re.finditer(r"[^,;]+", sentence[start:end]):
            a, b = trimmed(sentence, start + item.start(), start + item.end())
            terms = set(analyzer.terms(sentence[a:b]))
            if terms and not terms <= asked | set(wanted) and names_a_thing(sentence, a, b):
                out.append(TypedSpan(a, b, "name"))
    return out
