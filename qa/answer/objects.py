"""What "What does X verb?" asks for: the thing the verb acts on, said just after the verb in a sentence
("water" in "... generate electricity by heating water" for "What do the plants heat to make steam?", "a pair
of stones" in "drives a pair of stones" for "What does the wheel drive?", "an increase" in "led to an increase"
for "What did their use lead to?").

The verb is guessed from where the question leaves its object out: before "to" or "as" and another word
("heat to create ...", "use as a sieve"), else just before the question's end, a preposition stranded there ("lead
to?") or a place after it ("carry across the lake?"). A verb of saying has a clause for its object, which the
rest of the clause gives better ("said the wheel was cracked").
"""

import re
from functools import lru_cache

from qa.answer.spans import TypedSpan
from qa.text.tokens import Analyzer
from qa.text.wordlists import DETERMINERS, STOPWORDS

_ASKS_OBJECT = re.compile(r"^\s*(?:what|which\s+[a-z]+)\s+(?:do|does|did|will|would|can|could|should|might|must)\s+", re.I)
_PREPOSITIONS = ("to|as|in|on|at|for|with|from|by|into|onto|about|against|through|over|under|upon|across|along|"
                 "around|behind|beside|between|near|past|toward|towards")
_PARTICLES = frozenset("away up down out off back".split())  # "What did the flood sweep away?"
_SAYING = frozenset("say tell claim report announce state write argue believe think suggest".split())
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_THING = re.compile(
    rf"\s+(?:(?:away|up|down|out|off|back)\s+)?(?:(?:{'|'.join(DETERMINERS)})\s+)?"  # "swept away the"
    rf"(?P<thing>[\w'’-]+(?:\s+or\s+(?:more|fewer|less|so))?"  # "one or more rotors"
    rf"(?:\s+(?:of\s+(?:the\s+|a\s+|an\s+)?)?[\w'’-]+){{0,5}}?)"  # "a pair of stones"
    rf"(?=\s*(?:[,;:.()]|$|\s+(?:{_PREPOSITIONS}|and|or|but|which|that|who|where|when|is|are|was|were|so|because|while"
    r"|if|than|instead|too|again|also|then|away|up|down|out|off|back)\b|\s+[a-z]+ly\b"
    r"|\s+[a-z]+(?:ed|ing)\s+(?:to|by|with|from|in|on|at|for|into|the|a|an)\b))", re.I)  # "a turbine connected to"
_NOT_A_VERB = ("ed", "ing", "tion", "sion", "ity", "ness", "ment", "ance", "ence", "ical", "ous", "tive", "sive", "ful")
_VERBS_LIKE_NOUNS = frozenset("need feed bleed breed heed proceed succeed exceed bring ring sing spring sting string "
                              "swing wring fling cling influence".split())  # verbs with a noun's ending


def _plain_verb(word: str) -> bool:
    """Can the word be a verb's plain form, as after "did"? Not a plural, a participle or a word with a noun's or
    an adjective's ending ("engines", "farming", "generated", "electricity"); "need" and "bring" can."""
    return word in _VERBS_LIKE_NOUNS or (word.islower() and word not in STOPWORDS and not word.endswith(_NOT_A_VERB)
                                         and (not word.endswith("s") or word.endswith("ss")))


@lru_cache(maxsize=256)
def open_slots(question: str, analyzer: Analyzer) -> tuple[tuple[str, str], ...]:
    """The terms of the words that may be the question's verb, most likely first, each with the preposition
    the question leaves after it ("lead to?" -> ("lead", "to")); none for a verb of saying."""
    opening = _ASKS_OBJECT.match(question)
    words = [m.group() for m in _WORD.finditer(question[opening.end() :])] if opening else []
    if not words:
        return ()
    lowered = [w.lower() for w in words]
    found = [(word, "") for word, after, then in zip(words, lowered[1:], [*words[2:], ""])
             if after in ("to", "as") and then]  # "heat to create ...", "use as a sieve"
    if re.fullmatch(_PREPOSITIONS, lowered[-1]) or lowered[-1] in _PARTICLES or lowered[-1] == "of":  # "consist of?"
        found.append((words[-2] if len(words) > 1 else "", "" if lowered[-1] in _PARTICLES else lowered[-1]))  # "lead to?"
    elif len(words) > 3 and lowered[-2] in DETERMINERS and re.fullmatch(_PREPOSITIONS, lowered[-3]):
        found.append((words[-4], ""))  # "carry across the lake?": the end is a place, the verb comes before it
    else:
        found.append((words[-1], ""))
    slots = [(analyzer.term(w.lower()), p) for w, p in found if _plain_verb(w) and w.lower() not in _SAYING]
    return tuple(dict.fromkeys(s for s in slots if s[0]))


def objects(sentence: str, slots: tuple[tuple[str, str], ...], asked: set[str], analyzer: Analyzer) -> list[TypedSpan]:
    """What the sentence says right after the verb of the first of ``slots`` it says (and the preposition the
    question left after it), when it says something the question does not (``asked``: its terms)."""
    tokens = analyzer.tokens(sentence)
    for verb, preposition in slots:
        out = []
        for t in (t for t in tokens if t.term == verb):
            at = t.end
            if preposition:
                stranded = re.compile(rf"\s+{preposition}\b", re.I).match(sentence, at)
                if not stranded:
                    continue
                at = stranded.end()
            m = _THING.match(sentence, at)
            said = m.group("thing") if m else ""
            first = said.split()[0].lower() if said else ""
            terms = set(analyzer.terms(said))
            if first and first not in STOPWORDS and not first.endswith("ed") and terms and not terms <= asked:
                out.append(TypedSpan(m.start("thing"), m.end("thing"), "clause"))
        if out:
            return out
    return []
