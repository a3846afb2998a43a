"""Who someone is: "Who is Ruiz?" is answered by what the text calls them: "opposition candidate Ana Ruiz",
"Peru's President-elect Ana Ruiz", "Ana Ruiz, the winner of the election", "Ruiz is a chemist"."""

import re

from qa.answer.spans import TypedSpan
from qa.text.fold import fold, fold_case_kept
from qa.text.wordlists import DEMONYMS, IRREGULAR_VERBS, STOPWORDS, TITLES, is_person_noun

_PARTICLES = "of|de|da|di|du|van|von|der|del|la|le|bin|ibn"
_ASKED = re.compile(rf"^\s*(?i:who\s+(?:is|was))\s+(?P<name>[A-Z][\w'’.-]*(?:\s+(?:(?:{_PARTICLES})\s+)?[A-Z][\w'’.-]*)*)\s*\??\s*$")
_RUN = re.compile(rf"[A-Z][\w'’.-]*(?:\s+(?:(?:{_PARTICLES})\s+)?[A-Z][\w'’.-]*)*")
_BEFORE = re.compile(r"([\w'’-]+)\s+$")
_TITLE_OF = re.compile(r"\b[A-Z][\w-]*\s+(?:to|of)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)*$")  # "Ambassador to the UN "
_ROLE_THEN_COMMA = re.compile(r"(\w[\w-]*),\s+$")
# After the name: ", the winner of ..." / ", who was a chemist" / " is a chemist" up to the end of the clause.
_APPOSITIVE = re.compile(r",\s+((?:a|an|the|one of|who (?:is|was|has been|had been|became))\s[^,;:()\"“”]+?)\s*(?=[,;:()\"“”]|\.(?:\s|$)|$)")
_COPULA = re.compile(r"\s+(?:is|was|has been|had been|became)\s+((?:a|an|the)\s[^,;:()\"“”]+?)\s*(?=[,;:()\"“”]|\.(?:\s|$)|$)")
MAX_WORDS = 15


def asked_about(question: str) -> str | None:
    """The name in "Who is/was NAME?", unless it is only a title ("Who is President?") or names someone's
    someone ("Who was Guy's Rival?")."""
    m = _ASKED.match(question)
    if not m or re.search(r"['’]s\b", m.group("name")):
        return None
    name = m.group("name")
    return None if all(w.lower().strip(".") in TITLES for w in name.split()) else name


def _a_role(word: str) -> bool:
    """A title or a noun for people: "candidate", "President-elect", "Ambassador"."""
    w = fold(word).lower().strip(".,'’")
    return w in TITLES or w.split("-")[0] in TITLES or is_person_noun(w)


def _leads(word: str) -> bool:
    """Can the word stand before a name as part of what the text calls someone: a title, a people's or a
    country's name in the possessive ("Peru's"), an acronym ("UN")?"""
    w = word.strip(".,")
    return _a_role(w) or w.endswith(("'s", "’s")) or (w.isupper() and 1 < len(w) <= 4) or fold(w).lower() in DEMONYMS


def _said_before(sentence: str, start: int, titled: bool) -> int:
    """Where the words calling someone what they are start, before ``start`` (the name or its title):
    modifiers back to a function word, a verb form or a mark ("of opposition presidential candidate"), across
    "to the" after a title ("Ambassador to the UN"), and no lower-case word before a capitalised one ("states
    US Ambassador"; ``titled``: the words after are capitalised)."""
    while (m := _BEFORE.search(sentence, 0, start)) and start - m.start() < 60:
        word = m.group(1)
        if word in ("to", "of", "the") and (title := _TITLE_OF.search(sentence, 0, start)):
            start, titled = title.start(), True
            continue
        lower = word.lower()
        if (lower in STOPWORDS and not word.isupper() or not word[0].isalpha() or titled and word[0].islower()
                or (lower.endswith(("ed", "ing")) or lower in IRREGULAR_VERBS) and not _a_role(lower)):
            break
        start, titled = m.start(), titled or word[0].isupper()
    return start


def identities(sentence: str, name: str) -> list[TypedSpan]:
    """What the sentence calls the person ``name`` names (a word of it is enough: "Ruiz" for "Ana Ruiz")."""
    def plain(word: str) -> str:
        return word.lower().strip(".,").removesuffix("'s").removesuffix("’s")

    wanted = {plain(w) for w in fold(name).split()} - STOPWORDS
    text = fold_case_kept(sentence)
    found = []
    for run in _RUN.finditer(text):
        words = list(re.finditer(r"\S+", run.group(0).rstrip(".")))
        if not any(plain(w.group(0)) in wanted for w in words):
            continue
        run_end = run.start() + words[-1].end()
        lead = 0  # the run's titles before the name itself: "Peru's President-elect"
        while lead < len(words) - 1 and _leads(words[lead].group(0)):
            lead += 1
        end = run.start() + words[lead - 1].end() if lead else run.start()
        start = _said_before(text, run.start(), lead > 0)
        if (before := _ROLE_THEN_COMMA.search(text, 0, run.start())) and start == run.start():  # "The main candidate, Ana Ruiz,"
            start, end = _said_before(text, before.start(1), False), before.end(1)
        called = text[start:end].rstrip()
        if any(map(_a_role, called.split())):
            found.append(TypedSpan(start, start + len(called), "identity"))
        for pattern in (_APPOSITIVE, _COPULA):
            if (m := pattern.match(text, run_end)) and len(m.group(1).split()) <= MAX_WORDS:
                found.append(TypedSpan(m.start(1), m.end(1), "identity"))
    return found
