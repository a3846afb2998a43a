"""Two nouns the question puts side by side ("solar engines") that the corpus never says together, while the
closest sentence says one of them with another noun ("steam engines", "solar energy"): the question speaks of
another thing than the sentence does."""

import re
from collections.abc import Callable
from functools import lru_cache

import numpy as np

from qa.answer.kinds import is_light, judges, past_or_adverb
from qa.index.corpus_index import CorpusIndex
from qa.text.fold import fold_case_kept
from qa.text.tokens import Analyzer
from qa.text.wordlists import AUXILIARIES, DETERMINERS, IRREGULAR_VERBS, NUMBER_WORDS, ORDINAL_WORDS, PREPOSITIONS, STOPWORDS

SAMPLE = 40  # sentences read to tell whether the corpus uses a word as a noun
TOPIC_SHARE = 0.1  # a word in this share of its document's sentences (or in its title) is what it is about
MAX_SHARED = 200  # two words that share more sentences than this are taken to be said together somewhere
ASKED_WORDS = 3  # at most these words after "what" or "which" are what is asked for ("What textile industry")
SAME_START = 5  # letters a sentence's word shares with the question's to say it ("southern" / "south")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*|-|[^\sA-Za-z-]+")
_PREFIXES = frozenset("non anti pre post semi co re ex self".split())  # "non-religious" is one word
_ASKING = frozenset("what which whose".split())
_KIND_WORDS = frozenset("type types kind kinds sort sorts form forms".split())
_AFTER_NOUN = AUXILIARIES | frozenset("of and or that which who whose whom".split())  # "the river pumps were"
_NOT_NOUNS = STOPWORDS | PREPOSITIONS | NUMBER_WORDS | frozenset(ORDINAL_WORDS) | _KIND_WORDS | frozenset("many much".split())


def _words(text: str) -> list[str]:
    """The words of ``text`` (accents folded, case kept) and its other marks, one per item; a hyphen between
    two words is dropped ("steam-powered" is "steam powered"), unless the first is a prefix ("non-religious"
    stays one word)."""
    out: list[str] = []
    pieces = _WORD.findall(fold_case_kept(text))
    for n, piece in enumerate(pieces):
        if piece == "-" and out and out[-1].isalpha() and n + 1 < len(pieces) and pieces[n + 1][0].isalpha():
            if out[-1].lower() in _PREFIXES:
                out[-1] += "-"
            continue
        if out and out[-1].endswith("-"):
            out[-1] += piece
        else:
            out.append(piece)
    return out


def _content(word: str) -> bool:
    """Could the word be one noun of a pair: a lower-case word that is not a stopword, a number, a verb of
    every day, an adverb or a past form ("widely", "heated", "built"), nor one that only judges ("usual", "largest")?"""
    return (word.isalpha() and word.islower() and len(word) > 2 and word not in _NOT_NOUNS
            and word not in IRREGULAR_VERBS and not is_light(word) and not judges(word) and not past_or_adverb(word))


@lru_cache(maxsize=1024)
def _pairs(question: str) -> list[tuple[str, str]]:
    """The question's neighbouring words that may be two nouns, less those after "what" or "which" (and
    "what kind of"): they are what is asked for; and less the verbs around "to" ("attempts to fix")."""
    words = _words(question)
    asking: set[int] = set()
    for n, w in enumerate(words):
        if w.lower() in _ASKING:
            m, nouns = n + 1, 0
            while m < len(words) and nouns < ASKED_WORDS and (words[m] in _KIND_WORDS | {"of"} or _content(words[m])):
                nouns += _content(words[m])
                asking.add(m)
                m += 1
    infinitives = {n for n, w in enumerate(words) if w == "to" and n + 1 < len(words) and _content(words[n + 1])}
    verbs = {n + 1 for n in infinitives} | {n - 1 for n in infinitives}  # "to examine", "attempts to fix"
    return [(words[n], words[n + 1]) for n in range(len(words) - 1)
            if not {n, n + 1} & (asking | verbs) and _content(words[n]) and _content(words[n + 1])]


class Compounds:
    """What the corpus says of two words: whether it ever says them side by side, whether it uses a word as a
    noun ("the river pumps were ...", not "the cake bakes for ..."), whether a document is about a word."""

    def __init__(self, index: CorpusIndex, analyzer: Analyzer, quote_of: Callable[[int], str]):
        self.index, self.analyzer, self.quote_of = index, analyzer, quote_of
        self._nouns: dict[str, bool] = {}

    def other(self, question: str, sentence: str, doc: int, synonyms: dict[str, set[str]]) -> tuple[str, str] | None:
        """``(asked, told)`` when the question says two words side by side that the corpus never says together,
        and the sentence (of document ``doc``) says one of them only beside another noun, and never the other:
        "solar engines" asked, "steam engines" told; "individual cranks" asked, "individual pistons" told.
        Not when the other noun is one the question says (or like it), nor when the word left out is what the
        document is about ("the town bridge" in a town's article that says "the suspension bridge"; "adult
        warblers" where it says "adult birds"). A word told before the one kept must be a noun ("the annual
        regatta" may be the town regatta). The words after "what" or "which" are left alone ("What textile
        industry ...?" is answered by "the linen industry")."""
        asked = _pairs(question)
        if not asked:
            return None
        term = self.analyzer.term
        question_terms = {term(w.lower()) for w in _words(question) if w.isalpha()} - {""}
        question_terms |= {s for t in question_terms for s in synonyms.get(t, ())}
        told = _words(sentence)
        told_terms = [term(w) if _content(w) else "" for w in told]
        for a, b in asked:
            ta, tb = term(a), term(b)
            for kept, swapped, side in ((tb, a, -1), (ta, b, 1)):
                if kept not in told_terms or self._says(told, told_terms, swapped):
                    continue
                beside = [(min(i, j), max(i, j)) for i, t in enumerate(told_terms) if t == kept
                          and 0 <= (j := i + side) < len(told) and told_terms[j] and self._noun(told_terms[j])]
                others = {told_terms[i] for pair in beside for i in pair} - {kept}
                if (beside and not others & question_terms and not self._said_together(ta, tb)
                        and self._noun(ta) and self._noun(tb) and not self._topic(term(swapped), doc)):
                    return f"{a} {b}", " ".join(told[beside[0][0] : beside[0][1] + 1])
        return None

    def _says(self, words: list[str], terms: list[str], word: str) -> bool:
        """Does the sentence say the word, one that starts like it ("south" for "southern") or one made with it
        ("lifeboat" for "boat")?"""
        if self.analyzer.term(word) in terms:
            return True
        lowered = [w.lower() for w in words if w.isalpha()]
        return (len(word) >= SAME_START and any(w[:SAME_START] == word[:SAME_START] for w in lowered)
                or len(word) >= 4 and any(len(w) > len(word) and (w.endswith(word) or w.startswith(word)) for w in lowered))

    def _topic(self, term: str, doc: int) -> bool:
        """Is the document about the word: in its title, or in a good share of its sentences?"""
        index = self.index
        if term in self.analyzer.terms(index.docs[doc].title or ""):
            return True
        if term not in index.sentences.vocab:
            return False
        in_doc = index.unit_doc == doc
        with_term = int(np.count_nonzero(index.unit_doc[index.sentences.postings(term)[0]] == doc))
        return with_term >= 2 and with_term >= TOPIC_SHARE * int(np.count_nonzero(in_doc))

    def _said_together(self, a: str, b: str) -> bool:
        """Does some sentence say the two terms one right after the other, in either order (stopwords aside)?
        True also when they share too many sentences to look at."""
        index = self.index.sentences
        if a not in index.vocab or b not in index.vocab:
            return False
        shared = set(index.postings(a)[0].tolist()) & set(index.postings(b)[0].tolist())
        if len(shared) > MAX_SHARED:
            return True
        pair = {index.vocab[a], index.vocab[b]}
        ids, indptr = self.index.unit_term_ids, self.index.unit_term_indptr
        return any({x, y} == pair for u in shared for row in (ids[indptr[u] : indptr[u + 1]].tolist(),)
                   for x, y in zip(row, row[1:]))

    def _noun(self, term: str) -> bool:
        """Does the corpus use the term's word as a noun: closing a phrase of one to three lower-case words
        after a determiner, before a verb like "is" or a word like "of" ("the river pumps were"), or alone
        before a mark ("the engine.")? Not "the annual regatta", "the cake bakes for", "while the sponge
        rises." Read in the first sentences that hold it."""
        if term not in self._nouns:
            vocab = self.index.sentences.vocab
            units = self.index.sentences.postings(term)[0][:SAMPLE].tolist() if term in vocab else []
            self._nouns[term] = any(self._noun_in(self.quote_of(u), term) for u in units)
        return self._nouns[term]

    def _noun_in(self, quote: str, term: str) -> bool:
        words = _words(quote)
        for n, w in enumerate(words):
            if w.lower() not in DETERMINERS:
                continue
            end = n + 1
            while end < len(words) and words[end].isalpha() and words[end].islower() and words[end] not in STOPWORDS:
                end += 1
            length = end - n - 1
            after = words[end].lower() if end < len(words) else "."
            closing = after in _AFTER_NOUN or length == 1 and not after[0].isalnum()  # "the sponge rises." is no noun
            if closing and 1 <= length <= 3 and self.analyzer.term(words[end - 1]) == term:
                return True
        return False
