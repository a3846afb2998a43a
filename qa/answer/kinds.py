"""The thing of the kind a "what X" question asks for, when it is no name: "What mechanism moves coal?" is
answered by the words that qualify "mechanism" in "a chain or screw stoking mechanism", "What working fluid
is used?" by the subject of "Mercury is the working fluid", "What are the stages called?" by what follows
"called".

Plain patterns over general English: a run of modifiers before the kind's word, a copula either side of it,
and "called", "named" or "known as" after it.
"""

import re
from collections.abc import Iterable

from qa.answer.spans import TypedSpan
from qa.text.fold import fold
from qa.text.tokens import Analyzer
from qa.text.wordlists import IRREGULAR_VERBS, STOPWORDS

_WORD = re.compile(r"[A-Za-z\d][\w'’-]*")
_LINKS = {"and", "or"}  # inside a run of modifiers: "chain or screw stoking mechanism"
_TIMES = {"century", "centuries", "year", "years", "decade", "decades", "era", "age", "period"}  # "the 19th century compound"
MAX_MODIFIERS = 5
_BE = r"(?:is|are|was|were)"
_SUBJECT = re.compile(rf"(?:^|[,;:(]\s*)((?:[\w'’-]+\s+){{0,3}}?[\w'’-]+)\s+{_BE}\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}$")
_COMPLEMENT = re.compile(rf"^(?:\s+of\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)??)?\s+{_BE}\s+(?!(?:not|also|used|usually|often|the\s+same)\b)((?:[\w'’-]+\s+){{0,4}}?[\w'’-]+)(?=\s*(?:[,;:.()]|$|\s+(?:which|that|who|because|since|when|where)\b))")
_CALLED = re.compile(rf"^\s*(?:(?:,\s*)?{_BE}\s+)?(?:also\s+)?(?:called|named|termed|known\s+as)\s+((?:[\w'’-]+\s+){{0,4}}?[\w'’-]+)(?=\s*(?:[,;:.()]|$|\s+(?:and|or|which|that|with|in|of|by|for)\b))")
_NAMING = {"name", "names", "title", "titles", "term", "terms", "word", "words"}  # "its Dutch name": of no kind
_LEADING = re.compile(r"^(?:(?:the|a|an)\s+|[\w'’-]+ly\s+)+", re.I)  # "Normally water", "the trunnion"


def _plain(word: str) -> str:
    return fold(word).lower()


def _modifiers(sentence: str, start: int, asked: set[str], analyzer: Analyzer) -> TypedSpan | None:
    """The words right before ``start`` that qualify the word there, less the question's own words at either
    end: "a chain or screw stoking" -> "chain or screw stoking"; "the 19th century compound" -> "compound"."""
    run: list[re.Match] = []
    for m in reversed(list(_WORD.finditer(sentence, max(0, start - 80), start))):
        if sentence[m.end() : run[0].start() if run else start].strip():
            break  # a comma or bracket ends the phrase
        word = _plain(m.group())
        if (word in STOPWORDS and word not in _LINKS) or word in IRREGULAR_VERBS or word.endswith(("ed", "ly")) \
                or word in _TIMES or word[0].isdigit() or len(run) == MAX_MODIFIERS:
            break
        run.insert(0, m)

    def said(m: re.Match) -> bool:
        return _plain(m.group()) in _LINKS or analyzer.term(_plain(m.group())) in asked

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


def of_kind(sentence: str, kind_terms: Iterable[str], asked: set[str], analyzer: Analyzer) -> list[TypedSpan]:
    """Spans of ``sentence`` that tell which thing of the asked kind it is: for each word whose term is one of
    ``kind_terms``, the modifiers before it, the subject or complement of a copula beside it, and the name
    after "called" or "known as"."""
    kinds = set(kind_terms)
    found: list[TypedSpan] = []
    for token in analyzer.tokens(sentence):
        if token.term not in kinds:
            continue
        if span := _modifiers(sentence, token.start, asked, analyzer):
            found.append(span)
        before = sentence[: token.start]
        art = re.search(r"\b(?:the|a|an)\s+(?:[\w-]+\s+){0,3}$", before, re.I)
        if subject := _SUBJECT.search(before):
            found.append(_trimmed(sentence, subject.start(1), subject.end(1)))
        after = sentence[token.end :]
        told = _COMPLEMENT.match(after) if art else None  # "The fuel of the lamps was whale oil"
        if told and (" " in told.group(1) or told.group(1)[0].isupper()):  # one lower-case word may be an adjective: "loud"
            found.append(_trimmed(sentence, token.end + told.start(1), token.end + told.end(1)))
        if called := _CALLED.match(after):
            found.append(_trimmed(sentence, token.end + called.start(1), token.end + called.end(1)))
    return [s for s in found if s is not None]


def names_the_kind(sentence: str, span: TypedSpan, head: str) -> bool:
    """Is the name said to be of the kind asked for: "poet Theodor Fontane", "the county of Westchester",
    "This document, the Guanabara Confession", "the French Church of London", "Olm, a river"?"""
    if span.kind not in ("name", "list") or head in _NAMING:
        return False
    stem = re.escape(head[:-1] if head.endswith("s") and not head.endswith("ss") else head)
    kind = rf"\b{stem}(?:s|es)?\b"
    return bool(re.search(kind, sentence[span.start : span.end], re.I)
                or re.search(rf"{kind}(?:\s+of)?\s*(?:,\s*(?:the|a|an)\s+)?$", sentence[max(0, span.start - 40) : span.start], re.I)
                or re.match(rf",?\s+(?:(?:is|was)\s+)?(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}{kind}", sentence[span.end : span.end + 50], re.I))
