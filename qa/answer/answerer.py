"""Rank sentences for a question, pick the short answer, or decline.

A sentence's score mixes a few signals, each scaled to 0..1:

    score = 1.0 * sentence BM25 (/ best)   + 0.25 * passage BM25 (/ best)
          + 0.25 * document BM25 (/ best)  + 1.0 * coverage of the question's terms (idf-weighted)
          + 0.25 * proximity: the question's neighbouring terms said side by side (idf-weighted share)
          + 1.0 * answer-type match (candidates.type_fit: 0.5 for a one-word "who" answer or the rest of a
            clause as a description, 1.25 for a name said to be of the kind asked, "poet Theodor Fontane" for
            "what poet")
          + 0.3 * year named by the question (-0.3 other year)
          - 0.3 if it is a heading rather than a sentence
          - 2.0 if neither it, its neighbours nor its title mention a name the question mentions
            (0.5 if they mention some, but not the question's most specific ones: "South Carolina" of
            "the Huguenots in South Carolina")
          - 1.0 if it speaks of other countries, or ranks (first, last), than the question (mismatch.py)

It is declined, too, when its words say something else than the question (contradiction.py:
another rank, age, people, count or superlative, the opposite of a word or the word negated,
the roles turned round, someone else doing it), when it speaks of another year or century or
dates nothing among sentences of another century, or, asked when something happened, does not
say it happened ("When did Napoleon die?" answered by "established by Napoleon in 1806";
_decline_reason lists every reason).

The BM25 part (retrieval.py) also picks the few sentences worth scoring. The
weights were chosen on the shared development questions, checked on the
held-out sets in bench/eval (which never decided a rule alone), and kept round.
"""

import math
import re
from collections.abc import Callable

from qa.answer import highlight as hl
from qa.answer import mismatch, spans
from qa.answer.candidates import (TYPED, Candidate, as_answer, distinct, points_back, ranked, settled, type_fit, typed_first,
                                  with_another_year)
from qa.answer.choices import without_choices
from qa.answer.compounds import Compounds
from qa.answer.contradiction import contradiction
from qa.answer.counting import MONEY_WORDS, counts_asked
from qa.answer.derivation import derived_forms
from qa.answer.events import MADE, dated_after_name
from qa.answer.identity import written_as_name
from qa.answer.kinds import is_light
from qa.answer.languages import GLOSS_WORDS
from qa.answer.phrases import never_said
from qa.answer.query import Query
from qa.answer.question import DATE, Question, analyze
from qa.answer.retrieval import top_units
from qa.index.corpus_index import KINDS, CorpusIndex
from qa.models import Response
from qa.text.fold import fold
from qa.text.spelling import one_slip
from qa.text.thesaurus import synonym_table
from qa.text.tokens import Analyzer
from qa.text.wordlists import DETERMINERS, EVENT_PHRASES, MONTHS


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


# Words that point back to what the sentences before name: "he", "there", "The city has ...", "The club won ..."
_REFERS_BACK = re.compile(r"\b(?:he|she|it|they|his|her|its|their|him|them|there)\b|^\W*(?:the|this|these|that|those)\s+(?-i:[a-z])", re.I)
_AFTER_DETERMINER = re.compile(rf"\b(?:{'|'.join(DETERMINERS)})\s+([A-Za-z][\w'’-]*)", re.I)
_MONTH_NAMES = [max((n for n, m in MONTHS.items() if m == month), key=len) for month in range(1, 13)]

W_COVERAGE, W_TYPE, W_YEAR, HEADING_PENALTY = 1.0, 1.0, 0.3, 0.3  # the BM25 weights are retrieval.py's
W_PROXIMITY = 0.25  # neighbouring question terms said side by side (Query.proximity)
OFF_TOPIC_PENALTY = 2.0  # the sentence, its neighbours and its title name nothing the question names
FOCUS_PENALTY = 0.5  # it names some of the question's names, but not the most specific ones (Query.focus)
POSSESSIVE_SHARE = 0.25  # of that penalty, when the question names someone only as a possessive
MISMATCH_PENALTY = 1.0  # it speaks of other countries, or other ranks (first, last), than the question
ARTICLE_DATE_CREDIT = 0.3  # for "when", a sentence without a date whose article is dated
CANDIDATES = 25
GIVE_WAY, GIVE_WAY_MARGIN = 3, 0.25  # a best sentence about something else gives way to one of the 2 next this close
LOWER_CASE_KEPT = 4096  # (document, word) answers remembered by _everyday
# Declining (see _decline_reason): the best sentence covers too little of the question, lacks the wanted
# answer type, or much of the question is absent from the corpus while the best sentence covers little (or two
# or more of its words, and most of them, are absent, and it names none of the question's names: "the boiling point
# of water" against "Red Points"; not "Which firm makes the Zeta phone?" against "The Zeta handset is built by Korvo").
MIN_COVERAGE = 0.15
FOCUS_IDF_MARGIN = 1.0  # a name is a focus of the question if its idf is within this of the rarest name's
MAX_MISSING_SHARE = 0.6
MIN_COVERAGE_WITH_MISSING = 0.25


class Answerer:
    """Answers questions from one :class:`CorpusIndex`."""

    def __init__(self, index: CorpusIndex, analyzer: Analyzer, quote_of: Callable[[int], str],
                 text_of: Callable[[int], str]):
        self.index = index
        self.analyzer = analyzer
        self.quote_of = quote_of  # unit number -> its text, verbatim
        self.text_of = text_of  # document number -> its text
        self._lower_case: dict[tuple[int, str], bool] = {}  # (document, word): does it write the word in lower case?
        self._title_terms: dict[int, frozenset[str]] = {}
        self.dated = set().union(*(self._date_terms(d.date) for d in index.docs))  # years/months of articles
        self.synonyms = synonym_table(analyzer.term)
        self.countries = mismatch.Countries(analyzer)
        self.compounds = Compounds(index, analyzer, quote_of)
        self.money = set(analyzer.terms(MONEY_WORDS))
        self.made = set(map(analyzer.term, MADE))  # "built", "founded"...: a date by a name ("(1932)") tells these
        self.event_phrases: dict[str, re.Pattern] = {}  # a verb's term -> the phrases that may say it
        for verbs, phrase in EVENT_PHRASES:
            for verb in verbs.split():
                self.event_phrases[analyzer.term(verb)] = re.compile(rf"\b(?:{phrase})\b", re.I)

    def _idf(self, term: str) -> float:
        n = self.index.sentences.n_docs
        df = self.index.sentences.doc_freq(term)
        return math.log((n - df + 0.5) / (df + 0.5) + 1.0)

    def _query(self, q: Question, context: list[str]) -> Query:
        derived: dict[str, set[str]] = {}  # term -> terms of words derived from the question's ("invade" -> "invasion")
        stems = self.analyzer.stems
        for t in q.tokens:
            word = fold(q.text[t.start : t.end]).removesuffix("'s")
            forms = {stems[w] for w in derived_forms(word) if w in stems}  # corpus words only
            if not self.index.sentences.doc_freq(t.term):  # a slip of the keyboard: the corpus's most used spelling
                slips = [stems[w] for w in one_slip(word) if stems.get(w)]
                forms.update(sorted(slips, key=self.index.sentences.doc_freq)[-1:])
            derived.setdefault(t.term, set()).update(forms - {"", t.term})
        light = {t.term for t in q.tokens if is_light(fold(q.text[t.start : t.end]))}
        if q.gloss_of:
            light.update(map(self.analyzer.term, GLOSS_WORDS))
        terms = list(dict.fromkeys(q.terms + context))
        # "How much money ...?" may be told by a budget, a cost, a price
        money = {q.counted: self.money - {q.counted}} if q.counted in self.money else {}
        related = {t: sorted(r for r in self.synonyms.get(t, set()) | derived.get(t, set()) | money.get(t, set())
                             if self.index.sentences.doc_freq(r)) for t in terms}
        absent = {t for t in terms if not self.index.sentences.doc_freq(t) and not related[t]
                  and not (t == q.head_term and q.generic_head) and t not in self.dated}
        # An absent "get" or "next" says little, and an absent word carried from the previous turn helps nothing.
        terms = [t for t in terms if t not in absent or (t not in light and t in q.terms)]
        missing = [t for t in terms if t in absent]
        weight, choices = {}, {t for c in q.choices for t in self.analyzer.terms(c)}
        for t in terms:
            w = self._idf(t)  # an absent term gets the highest idf: it is as rare as can be
            if (t == q.head_term and q.generic_head) or t in context or t in choices:  # choices are answers, not what is asked
                w *= 0.3
            weight[t] = w
        # A possessive ("the mayor's rival") mostly qualifies what is asked about: it names the topic only when
        # the question names nothing else ("Who was Margaret's husband?"), and then weakly.
        named = {n: ts for n in q.surface_names if (ts := self.analyzer.terms(n))}
        plain = {n: ts for n, ts in named.items() if not n.endswith(("'s", "’s"))}
        # Neighbouring terms said side by side again: not the words of one name (coverage counts those), nor of
        # the scene (the sentences around may tell it).
        in_names = {pair for ts in named.values() for pair in zip(ts, ts[1:])}
        pairs = [p for p in zip(q.terms, q.terms[1:]) if p[0] != p[1] and set(p) <= weight.keys() - q.setting
                 and p not in in_names]
        nouns = {self.analyzer.term(fold(m.group(1))) for m in _AFTER_DETERMINER.finditer(q.text)}
        query = Query(terms, weight, related, missing, plain or named, possessive_only=bool(named) and not plain, nouns=nouns,
                      setting=q.setting, pairs=pairs)
        query.focus = [] if query.possessive_only else self._focus_names(query)
        return query

    def answer(self, text: str, k: int = 3, *, context: list[str] = (), prefer_doc: int | None = None,
               interpreted_as: str | None = None) -> Response:
        q = analyze(text, self.analyzer)
        query = self._query(q, list(context))
        surface = {t.term: text[t.start : t.end] for t in reversed(q.tokens)}
        base = Response(question=text, answered=False, interpreted_as=interpreted_as, expected=q.expected,
                        searched_for=[surface.get(t, t) for t in query.terms],
                        missing=[surface.get(t, t) for t in query.missing])
        if not query.terms:
            return base.model_copy(update={"declined_because": "the question has no words to look up"})
        # A close typed sentence may go first (typed_first) if it fits: for "when" it tells what happened, and it
        # names what the question is most about itself or points back to it ("he", "The club ...")
        def fits(c: Candidate) -> bool:
            return not self._untold_event(c, q, query) and (query.names_focus(c.terms) or bool(_REFERS_BACK.search(c.text))
                                                            and query.mentions(c.terms | c.nearby, query.focus))

        cands = self._candidates(q, query, prefer_doc, k, fits)
        if not cands:
            return base.model_copy(update={"declined_because": "no sentence shares a word with the question"})
        cands = typed_first(q, cands, fits)
        if q.identify:  # "Rose Bush planted ..." before "prices rose"
            cands.sort(key=lambda c: not written_as_name(c.text, q.identify))
        declined, another = self._decline_reason(q, query, cands[0])
        if another:  # a close sentence that says more of the question and answers goes before one about something else
            other = next((c for c in cands[1:GIVE_WAY] if c.score >= cands[0].score - GIVE_WAY_MARGIN
                          and c.coverage > cands[0].coverage and not self._decline_reason(q, query, c)[0]), None)
            if other:
                cands, declined = [other, *(c for c in cands if c is not other)], None
        chosen = distinct(cands, k)
        if not q.years:
            chosen = with_another_year(chosen, cands)
        answers = [as_answer(c, self.index) for c in chosen]
        if declined:
            return base.model_copy(update={"related": answers, "declined_because": declined})
        return base.model_copy(update={"answered": True, "answers": answers})

    def _decline_reason(self, q: Question, query: Query, best: Candidate) -> tuple[str | None, bool]:
        """Why the best sentence does not answer the question (None if it does), and whether the reason is that
        it speaks of another people, rank or thing (another sentence may answer)."""
        if reason := self._why_not(q, query, best):
            return reason, False
        if reason := self._speaks_of_another(q, best):
            return reason, True
        return self._why_else(q, query, best), False

    def _why_not(self, q: Question, query: Query, best: Candidate) -> str | None:
        """What the question lacks in the corpus or the sentence: names never said, too little said, another count."""
        unknown = (never_said(q.surface_names, set(query.missing), self.index, self.analyzer, self.quote_of)
                   or [y for y in q.years if y in query.missing])  # "the 1990 election"
        if unknown:
            return f"the corpus never mentions {', '.join(unknown)}"
        if best.coverage < MIN_COVERAGE:
            return "no sentence covers enough of the question"
        if q.counted and not counts_asked(q, best.text, best.terms | best.nearby, query.related.get(q.counted, []),
                                          self.analyzer, money=q.counted in self.money, answer=best.highlight):
            return "the closest sentence does not count what the question asks about"
        if q.share_of and not any(t in best.terms or set(query.related.get(t, ())) & best.terms for t in q.share_of):
            return f"the closest sentence gives no share of {' or '.join(q.share_of)}"  # "the inflation rate"
        if not query.mentions(best.terms | best.nearby, query.focus):
            return f"the closest sentence is not about {' or '.join(query.focus)}"
        if q.counted and query.focus and self._counts_for_another(best, q, query):
            return f"the closest sentence counts for someone other than {' or '.join(query.focus)}"
        if q.identify and not written_as_name(best.text, q.identify):
            return f"no sentence names {q.identify}"  # "Who is Rose?" against "prices rose"
        return None

    def _why_else(self, q: Question, query: Query, best: Candidate) -> str | None:
        """What else keeps the sentence from answering: another time, the event untold, no answer of the type asked."""
        doc_date = self.index.docs[int(self.index.unit_doc[best.unit])].date
        centuries = [f"the {_ordinal(c)} century" for c in sorted(q.centuries)]
        if mismatch.other_year(q.years, best.text, doc_date, q.centuries):
            return f"the closest sentence speaks of another time than {' or '.join(q.years or centuries)}"
        before = self._neighbours(best.unit, after=0 if q.years else 1)  # a year after may be where it leads ("until 2025")
        if mismatch.time_around(q.years, q.centuries, best.text, before, doc_date):
            return f"the sentences around the closest one speak of another time than {' or '.join(q.years or centuries)}"
        if self._untold_event(best, q, query):
            return f"the closest sentence does not tell what happened (\"{' '.join(q.event)}\", nor words like these)"
        if q.alias_of and best.highlight is None:
            return f"no sentence gives another name for {q.alias_of}"
        if q.example_of and not q.companions and best.highlight is None:
            return f"no sentence gives an example of {q.example_of}"
        dated = q.expected == DATE and doc_date and not q.wants_weekday  # the article's date may answer "when"
        if best.highlight is None and q.expected in TYPED and not dated:
            return f"no sentence holds {'an' if q.expected[0] in 'aeiou' else 'a'} {q.expected} that answers it"
        missing_share = sum(query.weight[t] for t in query.missing) / sum(query.weight.values())
        named = bool(query.names) and query.mentions(best.terms)  # "Which firm makes the Zeta phone?"
        mostly_absent = not named and len(query.missing) >= 2 and len(query.missing) >= MAX_MISSING_SHARE * len(query.terms)
        if missing_share >= MAX_MISSING_SHARE and (best.coverage < MIN_COVERAGE_WITH_MISSING or mostly_absent):
            return "key words of the question are not in the corpus"
        return None

    def _speaks_of_another(self, q: Question, c: Candidate) -> str | None:
        """Why the sentence speaks of something else than the question (another people, rank or thing), or None.
        The choices a question offers are answers, not what it asks about."""
        asked = without_choices(q.text) if q.choices else q.text
        if reason := contradiction(asked, c.text, self.analyzer, self.synonyms, self.index.sentences.doc_freq):
            return reason
        if swapped := self.compounds.other(asked, c.text, int(self.index.unit_doc[c.unit]), self.synonyms):
            return "the closest sentence speaks of \"{1}\", not \"{0}\"".format(*swapped)
        return None

    def _candidates(self, q: Question, query: Query, prefer_doc: int | None, k: int,
                    fits: Callable[[Candidate], bool]) -> list[Candidate]:
        """The best-scoring sentences, best first: retrieval's best, each sketched from the index, then read
        in order of how high it could score, until the rest cannot change the ``k`` answers."""
        terms, boosts = query.bm25_terms()
        units, bases = top_units(self.index, terms, boosts, CANDIDATES, prefer_doc)
        pending = [self._sketch(u, b, n, q, query) for n, (u, b) in enumerate(zip(units.tolist(), bases.tolist()))]
        pending.sort(key=lambda c: -c.bound)
        out: dict[int, Candidate] = {}
        for n, c in enumerate(pending):
            if out and settled(q, ranked(out.values()), pending[n:], k, fits):
                break
            for found in (self._finish(c, q, query, terms), self._antecedent(c, q, query, terms)):
                if found and (found.unit not in out or out[found.unit].score < found.score):
                    out[found.unit] = found
        return ranked(out.values())

    def _sketch(self, u: int, base: float, rank: int, q: Question, query: Query) -> Candidate:
        """What the index tells of unit ``u`` without reading it: its terms and those around, the coverage and
        the penalties they give, and a bound on what reading it can add (an answer of the wanted type, a year)."""
        idx = self.index
        doc = int(idx.unit_doc[u])
        if doc not in self._title_terms:
            self._title_terms[doc] = frozenset(self.analyzer.terms(idx.docs[doc].title or ""))
        own, around = idx.terms_in_context(u, 2, 1)  # two before, one after: who "the city" or "he" is
        date = idx.docs[doc].date
        c = Candidate(u, base, rank, (date or "")[:4] or None, set(own), set(self._title_terms[doc]).union(around))
        c.coverage = query.coverage(c.terms | self._date_terms(date), c.nearby)
        c.score = base + W_COVERAGE * c.coverage
        if KINDS[idx.unit_kind[u]] == "heading":
            c.score -= HEADING_PENALTY
        else:  # a heading's words are side by side by nature
            c.score += W_PROXIMITY * query.proximity(own, c.terms)
        if not query.mentions(c.terms | c.nearby):
            c.score -= OFF_TOPIC_PENALTY * (POSSESSIVE_SHARE if query.possessive_only else 1.0)
        elif not query.mentions(c.terms | c.nearby, query.focus):
            c.score -= FOCUS_PENALTY
        dated = W_YEAR if q.years or q.centuries else 0.0
        c.bound = c.score + W_TYPE + dated
        if q.head_term and q.head_term in c.terms:  # "this group": the sentence before may take over (_antecedent)
            article_date = W_TYPE * ARTICLE_DATE_CREDIT if q.expected == DATE else 0.0
            c.bound = max(c.bound + article_date, base + W_COVERAGE + W_TYPE + dated)
        return c

    def _finish(self, c: Candidate, q: Question, query: Query, asked: list[str]) -> Candidate:
        """Read the sketched sentence: where the question's words are, its short answer, how well that fits
        the question (type, year), and what contradicts it (other countries, ranks)."""
        c.text = text = self.quote_of(c.unit)
        tokens = self.analyzer.tokens(text)
        doc = int(self.index.unit_doc[c.unit])
        date = self.index.docs[doc].date
        c.matches = [(t.start, t.end) for t in tokens if t.term in asked]
        c.highlight = hl.choose(text, q, self.analyzer, c.matches, query.known,
                                everyday=lambda word: self._everyday(doc, word), named=query.named)
        c.score += W_TYPE * type_fit(q, c) + W_YEAR * mismatch.year_fit(q.years, q.centuries, text, date)
        if q.expected == DATE and c.highlight is None and date and not q.wants_weekday:
            c.score += W_TYPE * ARTICLE_DATE_CREDIT  # the article's own date may be the answer
        answer = (c.highlight.start, c.highlight.end) if c.highlight else (0, 0)
        if (not q.choices and self.countries.other(query.terms, tokens, answer)) or mismatch.other_rank(q.text, text):
            c.score -= MISMATCH_PENALTY
        return c

    def _everyday(self, doc: int, word: str) -> bool:
        """Does document ``doc`` write ``word`` in lower case (remembered)?"""
        if (doc, word) not in self._lower_case:
            if len(self._lower_case) > LOWER_CASE_KEPT:
                self._lower_case.clear()
            self._lower_case[doc, word] = hl.in_lower_case(word, self.text_of(doc))
        return self._lower_case[doc, word]

    def _antecedent(self, c: Candidate, q: Question, query: Query, asked: list[str]) -> Candidate | None:
        """The previous sentence, when ``c`` points back to the answer ("...accuses X of leading this group").

        The pointer must name the question's head noun with the right number
        ("this group" for "which group", "these countries" for "which countries")
        and follow the question's words closely; then the thing itself is usually
        named just before. That sentence takes over ``c``'s match if it holds an
        answer span, and ``c`` loses its own (it only points).
        """
        u = c.unit
        if u == 0 or self.index.unit_doc[u - 1] != self.index.unit_doc[u] or not points_back(c, q, self.analyzer):
            return None
        prev = self._finish(self._sketch(u - 1, c.base, c.rank, q, query), q, query, asked)
        if prev.highlight is None:
            return None
        prev.coverage = max(prev.coverage, c.coverage)
        prev.score = max(prev.score, c.score + W_TYPE * (c.highlight is None))
        if c.highlight is not None:
            c.highlight = None
            c.score -= W_TYPE
        return prev

    def _tells(self, c: Candidate, query: Query, word: str) -> bool:
        """Does the sentence say ``word`` of the question, or a word like it? A very common word counts, and so
        does one the corpus never says (it must say it in other words)."""
        t = self.analyzer.term(word)
        phrase = self.event_phrases.get(t)
        return (is_light(word) or t not in query.weight or t in query.missing or t in c.terms
                or any(r in c.terms for r in query.related.get(t, ())) or bool(phrase and phrase.search(c.text)))

    def _counts_for_another(self, c: Candidate, q: Question, query: Query) -> bool:
        """Does the sentence name someone else, and neither the question's names nor "he", "the club"...?"""
        others = [n for n in spans.names(c.text) if not set(self.analyzer.terms(c.text[n.start : n.end])) & set(q.terms)]
        return bool(others) and not query.names_a_focus_word(c.terms) and not _REFERS_BACK.search(c.text)

    def _untold_event(self, c: Candidate, q: Question, query: Query) -> bool:
        """For "when", does the sentence not tell what happened (nor date a thing made in brackets)? In "begin to
        arrive" what happens is the arrival."""
        event = q.event[1:] if re.search(r"\b(?:begin|start)\s+(?:to\s+\w|\w+ing\b)", q.text) else q.event
        return bool(event) and not any(self._tells(c, query, w) for w in event) and not self._dated_by_name(c, q)

    def _dated_by_name(self, c: Candidate, q: Question) -> bool:
        """Is the answer a date in brackets or after "of" just after a name asked about, and the question asks when
        the thing was made: "the Olm Bridge (1932)", "(completed 1932)" or "the Olm Bridge of 1932" for "When was the
        Olm Bridge built?"."""
        if c.highlight is None or not dated_after_name(c.text, c.highlight.start, q.names):
            return False
        return any(t in self.made or self.synonyms.get(t, set()) & self.made for t in map(self.analyzer.term, q.event))

    def _focus_names(self, query: Query) -> list[str]:
        """The question's most specific names: those about as rare in the corpus as the rarest one.

        Acronyms may be spelled out in the text, so they do not count.
        """
        rarity = {n: sum(map(self._idf, terms)) / len(terms) for n, terms in query.names.items() if not n.isupper()}
        return [n for n, r in rarity.items() if r >= max(rarity.values()) - FOCUS_IDF_MARGIN] if rarity else []

    def _neighbours(self, u: int, after: int = 1) -> list[str]:
        """The sentences around unit ``u`` in its document (two before, one after, as for its nearby terms)."""
        return [self.quote_of(v) for v in self.index.units_around(u, 2, after) if v != u]

    def _date_terms(self, date: str | None) -> set[str]:
        """The year and month of an article's date, which satisfy "in January 2025" in a question."""
        if not date:
            return set()
        terms = {date[:4]}
        if len(date) >= 7:
            terms.add(self.analyzer.term(_MONTH_NAMES[int(date[5:7]) - 1]))
        return terms
