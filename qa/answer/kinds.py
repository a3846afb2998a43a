"""The thing of the kind a "what X" question asks for, when it is no name: "What mechanism moves coal?" is
answered by the words that qualify "mechanism" in "a chain or screw stoking mechanism", "What working fluid
is used?" by the subject of "Mercury is the working fluid", "What are the stages called?" by what follows
"called".

Plain patterns over general English: a run of modifiers before the kind's word, a copula either side of it,
and "called", "named" or "known as" after it.
"""

import re
from collections.abc import Iterable
from functools import lru_cache

from qa.answer.spans import TypedSpan
from qa.text.fold import fold
from qa.text.tokens import Analyzer
from qa.text.wordlists import DETERMINERS, EVALUATIVE, IRREGULAR_VERBS, LIGHT_WORDS, NUMBER_WORDS, STOPWORDS, is_person_noun

_WORD = re.compile(r"[A-Za-z\d][\w'’-]*")
_LINKS = {"and", "or"}  # inside a run of modifiers: "chain or screw stoking mechanism"
_TIMES = {"century", "centuries", "year", "years", "decade", "decades", "era", "age", "period"}  # "the 19th century compound"
MAX_MODIFIERS = 5
_BE = r"(?:is|are|was|were)"
_SUBJECT = re.compile(rf"(?:^|[,;:(]\s*)((?:[\w'’-]+\s+){{0,3}}?[\w'’-]+)\s+{_BE}\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}$")
_OF = r"(?:\s+of\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}?)?"  # "The fuel (of the lamps in Olm) was whale oil"
_PHRASE = r"((?:[\w'’-]+\s+){0,4}?[\w'’-]+)"
_ENDS = (r"(?=\s*(?:[,;:.()]|$|\s+(?:and|or|which|that|who|whom|whose|because|since|when|where|until|till|in|on|at|"
         r"from|by|for|with|after|before|during)\b))")
_COMPLEMENT = re.compile(rf"^{_OF}\s+{_BE}\s+(?!(?:not|never|also|used|usually|often|called|named|known|termed|the\s+same)\b"
                         rf"|[\w'’-]+ed\b){_PHRASE}{_ENDS}")
_CALLED = re.compile(rf"^{_OF}\s*(?:(?:,\s*)?{_BE}\s+)?(?:also\s+)?(?:called|named|termed|known\s+as)\s+"
                     rf"(?!(?:after|for|on|upon|off|at|in|into|to|by|back|up|out)\b){_PHRASE}{_ENDS}")
_OPENING_PHRASE = re.compile(r"^\W*(?:after|before|during|in|on|at|by|for|with|from|since|until|when|while|as|"
                             r"following|despite|although|though|because|if|once|under)\b[^,]*$", re.I)  # "After the war,"
_DETERMINED = re.compile(rf"\b(?:{'|'.join(DETERMINERS)})\s+(?:[\w-]+\s+){{0,3}}$", re.I)  # "the", "her" ... before the kind
_APPOSED = re.compile(r",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}$")  # "oak, a hard wood": oak is the wood
_NAMING = {"name", "names", "title", "titles", "term", "terms", "word", "words"}  # "its Dutch name": of no kind
_LEADING = re.compile(r"^(?:(?:the|a|an)\s+|[\w'’-]+ly\s+)+", re.I)  # "Normally water", "the trunnion"


_SINGULAR_S = frozenset("gas lens species series news means chaos canvas".split())


def plural_or_verb(word: str) -> bool:
    """Does the word end like a plural noun or a verb after "he" ("ships", "offers"), not "glass", "gas"?"""
    return word.endswith("s") and not word.endswith(("ss", "us", "is")) and word not in _SINGULAR_S


def is_light(word: str) -> bool:
    """A very common English word, in any inflection ("gets", "owned", "coming", "took")."""
    stems = (word, word[:-1], word[:-2], word[:-3], word[:-3] + "e", word[:-2] + "e", IRREGULAR_VERBS.get(word))
    return any(w in LIGHT_WORDS for w in stems if w)


def past_or_adverb(word: str) -> bool:
    """A past form or an adverb ("heated", "usually"), not "red", "bed", "holy", "family"."""
    return len(word) > 4 and (word.endswith("ed") or word.endswith("ly") and not word.endswith(("ily", "olly", "elly", "ully")))


def judges(word: str) -> bool:
    """Does the word only judge or measure a thing ("old", "ambitious"), or is it the superlative of one
    ("oldest", "largest", "biggest", "earliest")?"""
    if word in EVALUATIVE:
        return True
    stem = word[:-3] if word.endswith("est") and len(word) > 5 else None
    return stem is not None and any(f in EVALUATIVE for f in (stem, stem + "e", stem[:-1], stem[:-1] + "y"))


def _modifiers(sentence: str, start: int, asked: set[str], analyzer: Analyzer) -> TypedSpan | None:
    """The words right before ``start`` that qualify the word there, less the question's own words and words
    that only judge or measure at either end: "a chain or screw stoking" -> "chain or screw stoking"; "the
    19th century compound" -> "compound"; "a long comic" -> "comic"; "a terrible" -> None."""
    run: list[re.Match] = []
    for m in reversed(list(_WORD.finditer(sentence, max(0, start - 80), start))):
        if sentence[m.end() : run[0].start() if run else start].strip():
            break  # a comma or bracket ends the phrase
        word = fold(m.group())
        if (word in STOPWORDS and word not in _LINKS) or word in IRREGULAR_VERBS or past_or_adverb(word) \
                or word in _TIMES or word[0].isdigit() or word in NUMBER_WORDS or plural_or_verb(word) \
                or len(run) == MAX_MODIFIERS:
            break  # a modifier is a singular noun or an adjective: not "offers", "two", "ships"
        run.insert(0, m)

    def said(m: re.Match) -> bool:  # the question's own words, and words that judge or measure ("old", "oldest")
        word = fold(m.group())
        return word in _LINKS or judges(word) or analyzer.term(word) in asked

    while run and said(run[0]):
        run.pop(0)
    while run and said(run[-1]):
        run.pop()
    return TypedSpan(run[0].start(), run[-1].end(), "kind") if run else None


def _trimmed(sentence: str, start: int, end: int) -> TypedSpan | None:
    """A span without a leading article or adverb ("Normally water" -> "water")."""
    lead = _LEADING.match(sentence, start, end)
    start = lead.end() if lead else start
    return TypedSpan(start, end, "kind") if start < end else None


def of_kind(sentence: str, kind_terms: Iterable[str], asked: set[str], analyzer: Analyzer, sorts: bool) -> list[TypedSpan]:
    """Spans of ``sentence`` that tell which thing of the asked kind it is: for each word whose term is one of
    ``kind_terms``, the modifiers before it, the subject or complement of a copula beside it, the name
    after "called" or "known as", and the thing it is said of ("oak, a hard wood"). A lone lower-case word after
    a copula is taken only with ``sorts`` ("what type of government": "was military", not "was loud")."""
    kinds = set(kind_terms)
    found: list[TypedSpan] = []
    for token in analyzer.tokens(sentence):
        if token.term not in kinds:
            continue
        if span := _modifiers(sentence, token.start, asked, analyzer):
            found.append(span)
        before = sentence[: token.start]
        art = _DETERMINED.search(before)
        if subject := _SUBJECT.search(before):
            found.append(_trimmed(sentence, subject.start(1), subject.end(1)))
        after = sentence[token.end :]
        told = _COMPLEMENT.match(after) if art else None  # "The fuel of the lamps was whale oil"
        word = told and told.group(1)
        if word and (" " in word or word[0].isupper() or sorts and not judges(fold(word))):  # not "was loud"
            found.append(_trimmed(sentence, token.end + told.start(1), token.end + told.end(1)))
        if called := _CALLED.match(after):
            found.append(_trimmed(sentence, token.end + called.start(1), token.end + called.end(1)))
        if (apposed := _APPOSED.search(before)) and not _OPENING_PHRASE.match(before[: apposed.start()]):
            found.append(_modifiers(sentence, apposed.start(), asked, analyzer))
    return [s for s in found if s is not None]


@lru_cache(maxsize=256)
def _kind_pattern(head: str) -> str:
    """The head word and its other number: "church" / "churches", "buses" / "bus", "county" / "counties",
    "movies" / "movie" (every form the ending allows, the word itself first)."""
    forms = [head]
    if plural_or_verb(head) or head.endswith("ses"):
        forms += [head[:-1], head[:-2]] + ([head[:-3] + "y"] if head.endswith("ies") else [])
    else:
        forms += [head + "s", head + "es"] + ([head[:-1] + "ies"] if head.endswith("y") else [])
    return rf"\b(?:{'|'.join(map(re.escape, dict.fromkeys(f for f in forms if len(f) > 1)))})\b(?!['’])"


@lru_cache(maxsize=4096)  # asked of one span by the ranking, new_information and type_fit alike
def names_the_kind(sentence: str, span: TypedSpan, head: str) -> bool:
    """Is the name said to be of the kind asked for: "poet Theodor Fontane", "the county of Westerby", "This
    charter, the Compact of Olm", "the Church of Saint Ives", "President Joe Biden" (its own head word or
    title; not "Old School House"), "the Varn cycle", "Olm, a river"? ("the poet's sister" is no poet.)"""
    if span.kind not in ("name", "list") or head in _NAMING:
        return False
    kind = _kind_pattern(head)
    words = re.split(r"\s+of\s+", sentence[span.start : span.end])[0].split()
    if not words:
        return False
    heads = {words[-1], words[0]} if is_person_noun(head) else {words[-1]}  # "Church of X"; a title: "President Joe Biden"
    ends = r"(?=\s*(?:[,.;:)]|$|\s+(?:of|in|on|at|from|for|with|who|which|that|and|or|to|by|near)\b))"  # "a company lawyer"
    return bool(any(re.fullmatch(kind, w, re.I) for w in heads)
                or re.search(rf"{kind}(?:\s+of)?\s*(?:,\s*(?:the|a|an)\s+)?$", sentence[max(0, span.start - 40) : span.start], re.I)
                or re.match(rf"(?:\s+|,?\s+(?:(?:is|was)\s+)?(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}){kind}{ends}",
                            sentence[span.end : span.end + 50], re.I))
