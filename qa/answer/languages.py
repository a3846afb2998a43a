"""Questions for a name in another language ("What is the Rhine called in French?") or for its meaning ("What
does Obersee mean?"), and what a sentence gives: the forms ("French: le Rhin", "the French Rhin") and the meanings
('Oude Maas ("Old Meuse")')."""

import re

from qa.answer.spans import TypedSpan
from qa.text.fold import fold, fold_case_kept
from qa.text.spelling import likeness
from qa.text.thesaurus import common_words
from qa.text.wordlists import COUNTRIES, DEMONYMS

# Languages are mostly named like their people ("French", "Dutch"); a few are not.
LANGUAGES = frozenset(DEMONYMS) | frozenset(
    "english latin greek hebrew sanskrit romansh frisian gaelic basque catalan esperanto yiddish gaulish".split())

_ASKED = (
    re.compile(r"\b(?:called|named|known(?:\s+as)?|spelled|spelt|pronounced)\s+in\s+(?P<lang>[a-z]+)\b"),
    re.compile(r"^(?:what|which|how)\s+(?:is|was|are|were)\s+(?:the|its|their)\s+(?:[a-z]+\s+)?(?P<lang>[a-z]+)\s+"
               r"(?:name|word|term|spelling)\b"),
)
LIKENESS = 0.5  # the least difflib ratio of a form to the name asked about ("rijn" / "rhine": 0.67)
_ARTICLES = r"(?:(?:le|la|les|der|die|das|de|het|el|il|lo|los|las)\s+)?"
_CAPITALISED_RUN = r"[^\W\d_][^\s,;:()\[\]\"“”]*(?:\s+(?:(?:de|la|le|del|van|von)\s+)?[A-Z][^\s,;:()\[\]\"“”]*)*"


def asked_language(folded: str) -> str | None:
    """The language whose name for something the question asks ("french"), if it asks for one."""
    for rx in _ASKED:
        m = rx.search(folded)
        if m and m.group("lang") in LANGUAGES:
            return m.group("lang")
    return None


def forms(text: str, language: str, names: list[str]) -> list[TypedSpan]:
    """The words a sentence gives in ``language``: after "French:" all up to the next comma or bracket
    ("Irish: Baile Átha Cliath"); after "French" a capitalised run that is no English word and, when the
    question names what it asks about (``names``, folded), looks like it ("the French Rhin"; not "the
    French Empire", "the Dutch Rijkswaterstaat" for the Rhine)."""
    names = [n for n in names if n not in LANGUAGES]
    out = []
    said = rf"\b{language.capitalize()}(?::\s*(?P<given>[^,;()\[\]]+?)\s*(?=[,;()\[\]]|$)"
    said += rf"|\s+(?:(?:name|word|term|spelling)\s+(?:is\s+|was\s+)?)?(?P<form>{_ARTICLES}{_CAPITALISED_RUN}))"
    for m in re.finditer(said, text):
        if m.group("given"):
            out.append(TypedSpan(m.start("given"), m.end("given"), "form"))
            continue
        word = m.group("form").split()[-1]
        if word[0].islower() or word.lower() in common_words():
            continue
        if names and not any(likeness(word, n) >= LIKENESS for n in names):
            continue
        out.append(TypedSpan(m.start("form"), m.end("form"), "form"))
    return out


# "What is the (English) translation of X?", "What does (the word) X mean?": X is the last capitalised run asked.
_NAMED = r"[A-Z][\w'’-]*(?:\s+(?:(?:of|et|de|la|van|von|der)\s+)?[A-Z][\w'’-]*)*"
GLOSS_WORDS = ("translation", "translate", "meaning", "mean")  # they ask for a gloss; the text may not say them
_GLOSS = (re.compile(r"^\s*[Ww]hat\s+(?:is|was|are|were)\s+the\s+(?:\w+\s+){0,2}?(?:translation|meaning)s?\s+of\s+"
                     r"(?P<rest>[^?]*)"),
          re.compile(r"^\s*[Ww]hat\s+(?:does|did|do)\s+(?P<rest>[^?]*?)\s+(?:mean|translate|stand\s+for)\b"))


def glossed(text: str) -> str | None:
    """The name whose meaning or translation the question asks for, if it asks for one."""
    m = next((m for rx in _GLOSS if (m := rx.search(text))), None)
    names = re.findall(_NAMED, m.group("rest")) if m else []
    return names[-1] if names else None


_GLOSSED = r"[\"“]([^\"“”()]{1,80})[\"”]"
_GLOSS_AFTER = re.compile(rf"\)?\s*\(\s*(?:[A-Z][a-z]+\s+for\s+)?{_GLOSSED}\s*\)"  # 'X ("old Meuse")', '(German for "boat")'
                          rf"|\s*,?\s*(?:meaning|literally|lit\.|or|means|translates\s+as|to\s+mean)\s+{_GLOSSED}")


def glosses(text: str, name: str) -> list[TypedSpan]:
    """What a sentence says ``name`` means, just after it: 'Oude Maas ("Old Meuse")', 'X, meaning "..."',
    'X means "..."', 'X to mean "..."'."""
    out = []
    for m in re.finditer(rf"\b{re.escape(fold(name))}\b", fold(text)):
        after = _GLOSS_AFTER.match(text, m.end())
        if after:
            group = 1 if after.group(1) else 2
            out.append(TypedSpan(after.start(group), after.end(group), "quote"))
    return out


def peoples(text: str) -> tuple[TypedSpan, ...]:
    """The words of a people, which tell a nationality: "British" in "British engineer Arthur Woolf"."""
    return tuple(TypedSpan(m.start(), m.end(), "demonym") for m in re.finditer(r"\b[A-Z][a-z]+\b", fold_case_kept(text))
                 if m.group(0).lower() in DEMONYMS and m.group(0).lower() not in COUNTRIES)
