"""Names a question gives that the corpus never says: a word of them it never uses (or uses only as another
word of its stem: "Mars", "marred"), an acronym with another number ("MI66" where it says "MI6"), or words it
says only apart: "Clawshot Princess" where the corpus only says "Twilight Princess" and "the Clawshot", each
word a name of its own."""

import re
from collections.abc import Callable
from functools import reduce

import numpy as np

from qa.index.corpus_index import KINDS, CorpusIndex
from qa.text.fold import fold, fold_case_kept
from qa.text.spelling import likeness
from qa.text.tokens import Analyzer
from qa.text.wordlists import DEMONYMS, TITLES

MAX_SHARED = 200  # words of a name that share more sentences than this are taken to be said together somewhere
SAMPLE = 20  # sentences read to tell whether the corpus writes a word as a name, or an acronym with a number
SAME_WORD = 0.75  # likeness of a name's word to a corpus word of its stem that makes it the same word ("islamic" / "islam" 0.83)
SLACK = 2  # other words a name's words may have among them ("President Barack Obama", "City of New York")
# Words a name may be said with or without, or in another order: "the Pacific" for "the Pacific Ocean",
# "the University of Oxford" for "Oxford University" (and a title first: "Victoria" for "Queen Victoria").
_GENERIC = frozenset("""
ocean sea river lake mount mountain mountains desert island islands peninsula bay gulf strait valley canal
delta basin plain forest falls cape coast city town village county province state republic kingdom empire
university college school institute museum church cathedral abbey castle palace bridge street road square
park station airport port war battle treaty
""".split())


def _parts(name: str) -> list[str]:
    """A name cut at its possessives, less a leading "the": "the Rhine's Delta" -> ["Rhine", "Delta"]."""
    pieces = re.split(r"['’]s\b|(?<=s)['’](?=\s)", name)
    return [p for p in (re.sub(r"^[Tt]he\s+", "", p.strip()) for p in pieces) if p]


def _said_together(index: CorpusIndex, terms: list[str]) -> bool:
    """Do the terms come close together, in any order, in some sentence (no more than ``SLACK`` other terms
    among them; the forward index leaves out stopwords)? True also when they share too many sentences to
    look at."""
    shared = reduce(np.intersect1d, (index.sentences.postings(t)[0] for t in terms))
    if len(shared) > MAX_SHARED:
        return True
    wanted, width = {index.sentences.vocab[t] for t in terms}, len(terms) + SLACK
    for u in shared.tolist():
        row = index.unit_term_ids[index.unit_term_indptr[u] : index.unit_term_indptr[u + 1]].tolist()
        if any(wanted <= set(row[i : i + width]) for i, t in enumerate(row) if t in wanted):
            return True
    return False


def _written_as_name(index: CorpusIndex, quote_of: Callable[[int], str], word: str, term: str) -> bool:
    """Is ``word`` written capitalised after another word or an opening bracket or quote, in one of the first
    sentences (not headings) that hold it: "the Clawshot", "In 1975, Microsoft", not "Enemies react" nor
    "- Enemies flee"."""
    pattern = re.compile(rf"(?:(?<=\w\s)|(?<=\w,\s)|(?<=[(\"“‘]))\b{re.escape(word)}\b")
    units = [u for u in index.sentences.postings(term)[0][: SAMPLE * 2].tolist() if KINDS[index.unit_kind[u]] == "sentence"]
    return any(pattern.search(fold_case_kept(quote_of(u))) for u in units[:SAMPLE])


def unsaid_names(names: list[str], index: CorpusIndex, analyzer: Analyzer, quote_of: Callable[[int], str]) -> list[str]:
    """The names of two or more words, each a name the corpus writes, that it never says together: one word
    of another name put with a word of a second. Names with a generic word ("Ocean") or a title first
    ("Queen Victoria") are left alone."""
    out = []
    for part in (p for name in names for p in _parts(name)):
        words = [w for w in re.findall(r"[^\W_][\w-]*", fold_case_kept(part)) if analyzer.term(w.lower())]
        terms = analyzer.terms(part)  # "United States" is one term, "usa"
        if (len(set(terms)) < 2 or len(terms) != len(words) or any(w.lower() in _GENERIC for w in words)
                or words[0].lower() in TITLES
                or not all(t in index.sentences.vocab for t in terms)):
            continue
        if not _said_together(index, terms) and all(
                _written_as_name(index, quote_of, w, t) for w, t in zip(words, terms) if w[0].isupper()):
            out.append(part)
    return out


def _unknown(name: str, missing: set[str], index: CorpusIndex, analyzer: Analyzer, quote_of: Callable[[int], str]) -> bool:
    """Does the corpus never use a word of the name? An acronym may be spelt out in the text ("NATO", "CO2"),
    but not one with a number whose letters the corpus writes with another number ("MI66" where it says "MI6")."""
    if not any(t in missing for t in analyzer.terms(name)):
        return False
    if not name.isupper():
        return True
    letters = re.sub(r"[^A-Za-z]", "", name)
    if not re.search(r"\d", name) or not (term := analyzer.term(letters.lower())):
        return False
    sibling = re.compile(rf"\b{re.escape(letters)}[-\s]?\d")
    return any(sibling.search(quote_of(u)) for u in index.sentences.postings(term)[0][:SAMPLE].tolist())


def _said_otherwise(name: str, index: CorpusIndex, analyzer: Analyzer, quote_of: Callable[[int], str]) -> bool:
    """Does the corpus say a word of the name only as another word of the same stem ("Mars" where it says only
    "marred")? Read in the few sentences that hold the stem; a form like it ("Normans", "Islam" for "Islamic")
    is the word."""
    for token in analyzer.tokens(name):
        word = name[token.start : token.end]
        units = index.sentences.postings(token.term)[0]
        if (not word.isalpha() or not word[0].isupper() or word.isupper() or fold(word) in DEMONYMS
                or not 0 < len(units) <= SAMPLE):
            continue  # not one plain word of a name ("United Nations" is the term of "UN"), or too common to read
        said = {quote[t.start : t.end] for u in units.tolist() for quote in (quote_of(u),)
                for t in analyzer.tokens(quote) if t.term == token.term}
        if not any(likeness(word, w) >= SAME_WORD or _base(word) == _base(w) or not w.isalpha() for w in said):  # "2nd"
            return True
    return False


def _base(word: str) -> str:
    """A word less its inflection ("married" -> "marry"; "marred" -> "marr", not "mars")."""
    w = fold(word)
    for suffix, base in (("ied", "y"), ("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            return w[: -len(suffix)] + base
    return w


def never_said(names: list[str], missing: set[str], index: CorpusIndex, analyzer: Analyzer,
               quote_of: Callable[[int], str]) -> list[str]:
    """The question's names the corpus never says (``missing``: the question's terms it lacks), else those it
    never says together."""
    return ([n for n in names if _unknown(n, missing, index, analyzer, quote_of) or _said_otherwise(n, index, analyzer, quote_of)]
            or unsaid_names(names, index, analyzer, quote_of))
