"""What happened, in a question about when ("When did the army enter the city walls?" -> enter, city, walls), and a
date said by a name, which tells when it was made ("the Olm Bridge (1932)")."""

import re

from qa.text.fold import fold, fold_case_kept
from qa.text.wordlists import IRREGULAR_VERBS

_WHEN = r"^\s*(?:when|(?:in|during|by|until|since)?\s*(?:what|which)\s+(?:year|century|decade|month|period|era|date|day))\s+"
_ASKED_WHEN = (re.compile(_WHEN + r"(?:did|does|do|will|would|could|can|might)\s+(?P<rest>.+)", re.I),
               re.compile(_WHEN + r"(?:was|were|is|are|has been|have been|had been)\s+(?P<rest>.+)", re.I))
# Words after which a verb's subject or object may end: "enter Rhineland", "discovered by", "end?".
_AFTER_VERB = frozenset("and in into to from at on with for by of up down out off away over back through across "
                        "against under after before again the a an his her its their this that".split())
_NOUN_ENDING = re.compile(r"(?:tion|sion|ment|ity|ness|ism|ist|ance|ence|ship|age|ure|ery|ory|al|or|(?<!s)s)$")
_HAPPENING = re.compile(r"\b(?:occur|happen|exist|t(?:ake|akes|ook|aken|aking)\s+place)", re.I)  # the event is all around
_NAME_LINKS = frozenset("of the de da del der van von la le bin ibn al".split())  # "Piet van Aalst", "Duke of York"


def asked_event(text: str) -> tuple[str, ...]:
    """What happened, in a question about when: its verb and the lower-case words after it ("When did the
    Holocene end?" -> ("end",), "When did the army enter the city walls?" -> ("enter", "city", "walls")).

    The verb is the first lower-case word after the subject followed by the question's end, a preposition, an
    article or a name, and after "was" a past participle; after a name it is the next word. A word picked too
    early only adds words. Empty for "When did the war take place?", whose event is all the question says."""
    for passive, rx in enumerate(_ASKED_WHEN):
        m = rx.match(fold_case_kept(text))  # "Émile" is a name, not "mile"
        if m and _HAPPENING.search(m.group("rest")):
            return ()
        words = re.findall(r"[A-Za-z][\w'-]*", m.group("rest")) if m else []
        first, last, after_name = 1, len(words), False
        if words and words[0][0].isupper():  # a name is the subject: the verb comes right after it
            after_name = True
            first = next((i for i, w in enumerate(words) if not w[0].isupper() and w not in _NAME_LINKS
                          and not w.endswith("ly")), len(words))  # "Europe fully forested": past the adverb
            last = min(first + 1, len(words))
        for i in range(first, last):
            word, after = words[i], words[i + 1] if i + 1 < len(words) else None
            if not word.islower() or word in _AFTER_VERB:
                continue
            if after is not None and after not in _AFTER_VERB and not after[0].isupper() and not after_name:
                continue  # (after a name, the verb may have its object: "When did Peru break relations ...?")
            if passive and not (word.endswith(("ed", "en")) or word in IRREGULAR_VERBS):
                continue
            if not passive and _NOUN_ENDING.search(word) and not word.endswith("er"):
                continue
            return tuple(w for w in words[i:] if w.islower() and w not in _AFTER_VERB)
    return ()


# Verbs of making: a date said by a name ("the Olm Bridge (1932)") tells when it was made.
MADE = ("built", "completed", "opened", "founded", "established", "erected", "constructed", "created", "born", "launched",
        "issued", "signed", "passed", "enacted", "published", "released", "introduced", "formed", "invented", "patented",
        "commissioned", "written", "composed", "painted")
_BRACKET_DATE = re.compile(rf"\(\s*(?:(?:{'|'.join(MADE)})\s+)?$|\s+of\s+$")  # "(1932)", "(completed 1932)", "HMS Olm of 1905"


def dated_after_name(sentence: str, start: int, names: list[str]) -> bool:
    """Is the date at ``start`` in brackets or after "of" just after one of the (folded) ``names``: "the Olm Bridge
    (1932)", "(completed 1932)", "the Olm Bridge of 1932"?"""
    before = sentence[max(0, start - 40) : start]
    m = _BRACKET_DATE.search(before)
    return bool(m) and fold(sentence[: start - len(before) + m.start()].rstrip()).endswith(tuple(names))
