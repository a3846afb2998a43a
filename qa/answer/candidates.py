"""Sentences being scored for a question, and which of them become the quotes shown."""

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from qa.answer import highlight as hl
from qa.answer import kinds
from qa.answer.question import DATE, ENTITY, LIST, NUMBER, ORG, PERSON, PLACE, Question
from qa.index.corpus_index import KINDS, CorpusIndex
from qa.models import Answer, Source, Span
from qa.text.tokens import Analyzer

TYPED = {PERSON, PLACE, ORG, ENTITY, DATE, NUMBER, LIST}
TYPED_MARGIN = 0.25  # a sentence with the wanted answer type this close to a best one without it goes first
DUPLICATE_JACCARD = 0.8
OTHER_YEAR_SHARE = 0.7  # an answer from another year's article is shown if it scores this share of the best
# What an answer of the wanted type adds to a sentence's score, as a share of answerer.W_TYPE (type_fit).
LONE_NAME_CREDIT = 0.5  # a one-word name as the answer to "who": often a place or a term, not a person
ROLE_CREDIT = 0.25  # a person told by role ("the head of the commission") rather than by name
DEMONYM_CREDIT = 0.5  # a country told by its people ("the Japanese actress") rather than by name
CLAUSE_CREDIT = 0.5  # what a sentence says after the question's words ("What does X drive?"): weak evidence
SHARE_CREDIT = 0.5  # a count told as a share ("44% of the vote" for "how many votes")
NAMED_KIND_BONUS = 0.25  # the name is said to be of the kind asked: "poet Theodor Fontane" for "what poet"


@dataclass
class Candidate:
    """A unit being scored: first from the index alone (a sketch), then read (finished)."""

    unit: int
    base: float  # retrieval's BM25 mix
    rank: int  # its place in retrieval's order (breaks ties between equal scores)
    year: str | None  # of its article
    terms: set[str]
    nearby: set[str]  # terms of the sentences around it and of its title
    score: float = 0.0
    bound: float = 0.0  # the most its score can become once it is read (a sketch's)
    coverage: float = 0.0
    text: str = ""  # the sentence, once read
    highlight: hl.TypedSpan | None = None
    matches: list[tuple[int, int]] = field(default_factory=list)


def type_fit(q: Question, c: Candidate) -> float:
    """1 for an answer of the wanted type; more for a name said to be of the kind asked; less for a person told
    by role, or by a lone capitalised word (:func:`highlight.lone_name`), a country told by its people, a
    count by a share and a description by the rest of a clause."""
    if c.highlight is None:
        return 0.0
    if c.highlight.kind == "role":
        return ROLE_CREDIT
    if c.highlight.kind == "demonym":
        return DEMONYM_CREDIT
    if c.highlight.kind == "clause":
        return CLAUSE_CREDIT
    if q.counted and not q.wants_percent and hl.is_share(c.text, c.highlight):
        return SHARE_CREDIT
    if q.kind_words and kinds.names_the_kind(c.text, c.highlight, q.kind_words[-1]):
        return 1.0 + NAMED_KIND_BONUS
    return LONE_NAME_CREDIT if q.expected == PERSON and hl.lone_name(c.text, c.highlight, c.matches) else 1.0


def ranked(cands) -> list[Candidate]:
    return sorted(cands, key=lambda c: (-c.score, c.rank))


def typed_first(q: Question, cands: list[Candidate], fits: Callable[[Candidate], bool]) -> list[Candidate]:
    """A close candidate that holds the wanted type of answer goes before a best one that holds none, unless it
    ``fits`` the question less (it does not tell what happened, or is about something else)."""
    if q.expected not in TYPED or cands[0].highlight is not None:
        return cands
    close = next((c for c in cands[1:] if c.highlight is not None and c.score >= cands[0].score - TYPED_MARGIN
                  and (fits(c) or not fits(cands[0]))), None)
    return [close, *(c for c in cands if c is not close)] if close else cands


def distinct(cands: list[Candidate], k: int) -> list[Candidate]:
    """The top ``k`` candidates, skipping near-duplicates of ones already chosen."""
    chosen: list[Candidate] = []
    for c in cands:
        if len(chosen) == k:
            break
        if not repeats(c, chosen):
            chosen.append(c)
    return chosen


def repeats(c: Candidate, chosen: list[Candidate]) -> bool:
    """Is ``c`` a near-copy of a chosen quote (a repeated headline, a reworded line)?"""
    return any(len(c.terms & o.terms) / max(len(c.terms | o.terms), 1) >= DUPLICATE_JACCARD for o in chosen)


def _one_year(chosen: list[Candidate]) -> set[str] | None:
    """The year all the chosen quotes' articles share, as a set, when the first holds an answer; else None."""
    years = {c.year for c in chosen}
    return years if len(chosen) >= 2 and len(years) == 1 and None not in years and chosen[0].highlight is not None else None


def with_another_year(chosen: list[Candidate], cands: list[Candidate]) -> list[Candidate]:
    """When all quotes come from articles of one year, the last slot goes to a close answer from another
    year (2018's figures next to 2024's): for a question that names no year to choose by."""
    years = _one_year(chosen)
    if not years:
        return chosen
    other = next((c for c in cands[len(chosen) :] if c.highlight is not None and c.year not in years
                  and c.score >= OTHER_YEAR_SHARE * chosen[0].score and not repeats(c, chosen[:-1])), None)
    return [*chosen[:-1], other] if other else chosen


def settled(q: Question, cands: list[Candidate], rest: list[Candidate], k: int, fits: Callable[[Candidate], bool]) -> bool:
    """Can none of ``rest`` (sketches, highest bound first) change the ``k`` quotes chosen from ``cands``
    (finished, ranked)?

    Each is below the ``k`` quotes chosen, too far below the best to go first
    for its type of answer, and, when the quotes share one year, too low to
    stand for another year."""
    ceiling = rest[0].bound
    if ceiling >= cands[0].score - TYPED_MARGIN:
        return False
    chosen = distinct(typed_first(q, cands, fits), k)
    if len(chosen) < k or min(c.score for c in chosen) <= ceiling:
        return False
    years = None if q.years else _one_year(chosen)
    return not years or all(c.bound < OTHER_YEAR_SHARE * chosen[0].score for c in rest if c.year not in years)


_POINTER = re.compile(r"\b(this|that|these|those|the same|the said)\s+([A-Za-z]+)", re.I)


def points_back(c: Candidate, q: Question, analyzer: Analyzer) -> bool:
    """Does the sentence name the question's head noun as something said before, with the right number ("this
    group" for "which group", "these countries" for "which countries"), close after the question's words?"""
    if not q.head_term:
        return False
    plural = ("these", "those") if q.wants_list else ("this", "that", "the same", "the said")

    def follows_a_match(m: re.Match) -> bool:
        before = [end for _, end in c.matches if end <= m.start()]
        return bool(before) and len(c.text[max(before) : m.start()].split()) <= 3

    return any(analyzer.term(m.group(2)) == q.head_term and m.group(1).lower() in plural and follows_a_match(m)
               for m in _POINTER.finditer(c.text))


def as_answer(c: Candidate, index: CorpusIndex) -> Answer:
    """The quote shown for a finished candidate: the sentence verbatim, where it sits in its file, its source."""
    rec = index.docs[int(index.unit_doc[c.unit])]
    source = Source(doc_id=rec.doc_id, path=str(index.text_path(rec)), title=rec.title, date=rec.date, publisher=rec.publisher)
    return Answer(
        quote=c.text,
        start=int(index.unit_start[c.unit]),
        end=int(index.unit_end[c.unit]),
        score=round(c.score, 4),
        source=source,
        highlight=Span(start=c.highlight.start, end=c.highlight.end) if c.highlight else None,
        matches=[Span(start=s, end=e) for s, e in c.matches],
        kind=KINDS[index.unit_kind[c.unit]],
    )
