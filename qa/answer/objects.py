"""What "What does X verb?" asks for: the thing the verb acts on, said just after the verb in a sentence
("... generate electricity by heating water" for "What do the plants heat to make steam?", "led to an increase
in the land" for "What did their use lead to?").

The question leaves a word's object out when a preposition, "to" or its end comes right after the word.
"""

import re
from functools import lru_cache

from qa.answer.spans import TypedSpan
from qa.text.tokens import Analyzer
from qa.text.wordlists import STOPWORDS

_ASKS_OBJECT = re.compile(r"^\s*(?:what|which\s+[a-z]+)\s+(?:do|does|did|will|would|can|could|should|might|must)\s+", re.I)
_PREPOSITIONS = "to|as|in|on|at|for|with|from|by|into|onto|about|against|through|over|under|upon"
_STRANDED = re.compile(rf"\s*(?:({_PREPOSITIONS})\b|\?|$)", re.I)
_THING = re.compile(
    rf"\s+(?:(?:the|a|an|its|their|his|her|this|these|that|those)\s+)?"
    rf"(?P<thing>[\w'’-]+(?:\s+[\w'’-]+){{0,5}}?)(?=\s*(?:[,;:.()]|$|\s+(?:{_PREPOSITIONS}|of|and|or|but|which|that|who"
    r"|where|when|is|are|was|were|so|because|while|if|than)\b|\s+[a-z]+(?:ed|ing)\s+(?:to|by|with|from|in|on|at|for|into|the|a|an)\b))", re.I)  # "a turbine connected to"


_NOT_A_VERB = ("ed", "ing", "tion", "sion", "ity", "ness", "ment", "ance", "ence", "ical", "ous", "tive", "sive", "ful")


def _plain_verb(word: str) -> bool:
    """Can the word be a verb's plain form, as after "did" ("heat", "lead"; not "engines", "farming", "generated")?"""
    return (word.islower() and word not in STOPWORDS and not word.endswith(_NOT_A_VERB)
            and (not word.endswith("s") or word.endswith("ss")))


@lru_cache(maxsize=256)
def open_slot(question: str, analyzer: Analyzer) -> tuple[str, str] | None:
    """The term of the question's verb whose object it asks for, and the preposition left after it ("lead
    to?" -> ("lead", "to"); "heat to create ..." -> ("heat", ""), as "to" starts another verb): the first plain
    verb after the subject that a preposition, "to" or the question's end follows."""
    opening = _ASKS_OBJECT.match(question)
    if not opening:
        return None
    for m in re.finditer(r"[A-Za-z][\w'’-]*", question[opening.end() :]):
        after = _STRANDED.match(question, opening.end() + m.end())
        term = analyzer.term(m.group().lower())
        if after and term and _plain_verb(m.group()):
            ends = not question[after.end() :].strip(" ?")
            return term, (after.group(1) or "").lower() if ends else ""
    return None


def objects(sentence: str, slot: tuple[str, str], asked: set[str], analyzer: Analyzer) -> list[TypedSpan]:
    """What the sentence says right after the verb of ``slot`` (and the preposition the question left after
    it), when it says none of the question's words (``asked``: its terms)."""
    verb, preposition = slot
    after_verb = re.compile(rf"\s+{preposition}\b", re.I) if preposition else None
    out = []
    for t in analyzer.tokens(sentence):
        if t.term != verb:
            continue
        stranded = after_verb.match(sentence, t.end) if after_verb else None
        if after_verb and not stranded:
            continue
        m = _THING.match(sentence, stranded.end() if stranded else t.end)
        terms = set(analyzer.terms(m.group("thing"))) if m else set()
        # Not the question's own words: "said the new bridge ..." for "What did he say about the bridge?"
        if m and m.group("thing").split()[0].lower() not in STOPWORDS and terms and not terms & asked:
            out.append(TypedSpan(m.start("thing"), m.end("thing"), "clause"))
    return out
