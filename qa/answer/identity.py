"""Who someone is: "Who is Ruiz?" is answered by what the text calls them: "opposition candidate Ana Ruiz",
"Peru's President-elect Ana Ruiz", "Ana Ruiz, the winner of the election", "Ruiz is a chemist"."""

import re

from qa.answer.spans import TypedSpan
from qa.text.fold import fold, fold_case_kept
from qa.text.wordlists import AUXILIARIES, DEMONYMS, IRREGULAR_VERBS, STOPWORDS, TITLES, is_person_noun

_PARTICLES = "of|de|da|di|du|van|von|der|del|la|le|bin|ibn"
_ASKED = re.compile(rf"^\s*(?i:who\s+(?:is|was))\s+(?P<name>[A-Z][\w'’.-]*(?:\s+(?:(?:{_PARTICLES})\s+)?[A-Z][\w'’.-]*)*)\s*\??\s*$")
_RUN = re.compile(rf"[A-Z][\w'.-]*(?:\s+(?:(?:{_PARTICLES})\s+)?[A-Z][\w'.-]*)*")
_BEFORE = re.compile(r"([\w'-]+)\s+$")
_TITLE_OF = re.compile(r"\b[A-Z][\w-]*\s+(?:to|of)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)*$")  # "Ambassador to the UN "
# "The main candidate, Ana Ruiz": a role before a comma, said as a noun phrase (after "the", "her"... or first)
_ROLE_THEN_COMMA = re.compile(r"(?:\b(?:the|a|an|his|her|its|their|our|my|[\w-]+'s)\s+|^)((?:[\w-]+\s+){0,3}?[\w-]+),\s+$", re.I)
# Between a name and what it is called: "(1820-1889)", ", 45,".
_ASIDE = re.compile(r"(?:\s*\([^()]{1,40}\)|,\s*\d{1,3}(?=,))?")
# After the name: ", the winner of ..." / ", who was a chemist" / " is a chemist" up to the end of the clause.
# (The text is folded: curly quotes and dashes are plain ones; a dash between spaces ends a clause.)
_APPOSITIVE = re.compile(r",\s+((?:a|an|the|one of|his|her|their|its|who (?:is|was|has been|had been|became))\s[^,;:()\"]+?)"
                         r"\s*(?P<end>[,;:()\"]|\s-\s|\.(?:\s|$)|$)")
_COPULA = re.compile(r"\s+(?:is|was|has been|had been|became)\s+((?:a|an|the)\s[^,;:()\"]+?)\s*(?=[,;:()\"]|\s-\s|\.(?:\s|$)|$)")
# A name in an opening phrase: what follows its comma is the sentence, not the name's ("Unlike Hugo Brandt, the
# new coach ...", "After meeting Carl Dunn, the president ...").
_OPENERS = ("after before unlike like according despite besides following for with without thanks when while since "
            "although though if unless as by under on in at from").split()
_OPENING = re.compile(rf"^\W*(?:{'|'.join(_OPENERS)})\b[^,;]*$", re.I)
_NOUN_PHRASE_ENDS = frozenset("of who whose from in at for and with".split())
MAX_WORDS = 15


def asked_about(question: str) -> str | None:
    """The name in "Who is/was NAME?", unless it is only a title ("Who is President?") or names someone's
    someone ("Who was Guy's Rival?")."""
    folded = fold_case_kept(question)  # "Émile Zola" is matched as "Emile Zola", and given as asked
    m = _ASKED.match(folded)
    if not m or re.search(r"'s\b", m.group("name")):
        return None
    name = question[m.start("name") : m.end("name")] if len(folded) == len(question) else m.group("name")
    return None if all(w.lower().strip(".") in TITLES for w in m.group("name").split()) else name


def written_as_name(sentence: str, name: str) -> bool:
    """Does the sentence write the last word of the name as a name (capitalised: "Rose", not "prices rose")?"""
    return bool(re.search(rf"(?<!\w){re.escape(fold_case_kept(name).split()[-1])}(?!\w)", fold_case_kept(sentence)))


def _a_role(word: str) -> bool:
    """A title or a noun for people: "candidate", "President-elect", "Ambassador"."""
    w = fold(word).lower().strip(".,'’")
    return w in TITLES or w.split("-")[0] in TITLES or is_person_noun(w)


def _calls_someone(phrase: str) -> bool:
    """Does the phrase after "X was" name what someone is: a role ("a chemist"), or a word that may name one
    ("aviator", "winner") where its noun phrase ends ("an American aviator who ...", not "the better option")?"""
    words = fold(phrase).lower().split()[:6]
    return any(_a_role(w) or len(w) > 4 and w.endswith(("er", "or", "ist", "ian", "ant", "ent"))
               and (i == len(words) - 1 or words[i + 1] in _NOUN_PHRASE_ENDS) for i, w in enumerate(words))


def _leads(word: str) -> bool:
    """Can the word stand before a name as part of what the text calls someone: a title, a people's or a
    country's name in the possessive ("Peru's"), an acronym ("UN")?"""
    w = word.strip(".,")
    return _a_role(w) or w.endswith("'s") or (w.isupper() and 1 < len(w) <= 4) or fold(w).lower() in DEMONYMS


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


def _lead(words: list[str]) -> int:
    """How many of a name's words are its titles: up to the last role ("Health Minister Olga Brandt"), else the
    words that may lead a name ("Peru's", "UN")."""
    roles = [i for i, w in enumerate(words[:-1]) if _a_role(w)]
    if roles:
        return roles[-1] + 1
    lead = 0
    while lead < len(words) - 1 and _leads(words[lead]):
        lead += 1
    return lead


def _name_words(words: list[str]) -> set[str]:
    """The words that tell one person from another: "Jean de Rely" -> {"jean", "rely"}."""
    plain = {w.lower().strip(".,").removesuffix("'s") for w in words}
    return plain - {"the", *_PARTICLES.split("|")}  # "Will Smith" keeps "will"


def _a_noun_phrase(phrase: str) -> bool:
    """Not a clause: no finite verb, no irregular past ("the president flew home")."""
    words = phrase.lower().split()
    return words[0] == "who" or not any(w in AUXILIARIES or w in IRREGULAR_VERBS for w in words)  # "the president flew home"


def identities(sentence: str, name: str) -> list[TypedSpan]:
    """What the sentence calls the person ``name`` names (all its words, or its one word: "Ruiz" for "Ana Ruiz"
    and not "Tom Ruiz" for "Nina Ruiz")."""
    wanted = _name_words(fold(name).split())
    text = fold_case_kept(sentence)
    found = []
    for whole in _RUN.finditer(text):
        opener = re.match(rf"(?:(?:{'|'.join(_OPENERS)}|the|a|an)\s+)*", whole.group(0), re.I).end()  # "Unlike Hugo Brandt"
        if opener == len(whole.group(0)):
            continue
        run = _RUN.match(text, whole.start() + opener)
        words = run.group(0).rstrip(".").split()
        lead = _lead(words)
        named = _name_words(words[lead:])
        if not (named & wanted and (named <= wanted or wanted <= named)):
            continue  # "Tom Berg" is not "Nina Berg"; "Gonzalez Urrutia" is "Edmundo Gonzalez Urrutia"
        offsets = [m.end() for m in re.finditer(r"\S+", run.group(0).rstrip("."))]
        end = run.start() + offsets[lead - 1] if lead else run.start()
        start = _said_before(text, run.start(), lead > 0)
        if start == run.start() == end and (before := _ROLE_THEN_COMMA.search(text, 0, run.start())) and all(
                w.lower() not in STOPWORDS and not w.endswith("ing") for w in before.group(1).split()):
            start, end = before.start(1), before.end(1)  # "The main candidate, Ana Ruiz," (not "Speaking to reporters,")
        called = text[start:end].rstrip()
        if called and (_a_role(called.split()[-1]) if lead == 0 else any(map(_a_role, called.split()))):
            found.append(TypedSpan(start, start + len(called), "identity"))
        after = _ASIDE.match(text, run.start() + offsets[-1]).end()
        if (m := _APPOSITIVE.match(text, after)) and _a_noun_phrase(m.group(1)) and not _OPENING.search(text, 0, run.start()):
            found.append(TypedSpan(m.start(1), m.end(1), "identity"))
        if (m := _COPULA.match(text, after)) and _calls_someone(m.group(1)):
            found.append(TypedSpan(m.start(1), m.end(1), "identity"))
    return [s for s in found if len(text[s.start : s.end].split()) <= MAX_WORDS]
