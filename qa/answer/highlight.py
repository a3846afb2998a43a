"""The short answer inside a quoted sentence: the span of the type the question wants."""

import itertools
import re
from collections.abc import Callable

from qa.answer import aliases, counting, examples, kinds, languages, objects, origins, spans, units
from qa.answer.choices import said_choices
from qa.answer.companions import others_listed
from qa.answer.identity import identities
from qa.answer.question import (
    DATE,
    DEFINITION,
    DESCRIPTION,
    ENTITY,
    LIST,
    NUMBER,
    ORG,
    PERSON,
    PLACE,
    REASON,
    Question,
)
from qa.answer.spans import TypedSpan
from qa.text.fold import fold, fold_case_kept
from qa.text.spelling import likeness
from qa.text.tokens import Analyzer
from qa.text.wordlists import COUNTRIES, TITLES, WEEKDAYS

_FROM = re.compile(r"\b(?:from|born|nationality|citizen|native)\b", re.I)  # asked where someone is from
_SOURCE = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.I)
# a question about who tells or counts it ("Whose statistics were quoted?"): a source may answer it
_TOLD = re.compile(r"\b(?:says?|said|tell|told|reports?|reported|reporting|claims?|claimed|stated|states? that|announced?|"
                   r"according|quoted?|quotes|cited?|cites|citing|statistics?|figures?|sources?|data|estimates?|estimated|"
                   r"surveys?|polls?|polled|counts?|counted)\b", re.I)
GLOSS_LIKENESS = 0.6  # difflib ratio of a bracketed name to the word before it: "lorrin" / "lorrinus" 0.86

_FINDERS = {
    PERSON: (spans.lists, spans.names, spans.roles),
    PLACE: (spans.lists, spans.names, spans.relative_places),
    ORG: (spans.names,),
    ENTITY: (spans.names,),
    LIST: (spans.lists, spans.names),
    DATE: (spans.dates,),
    NUMBER: (spans.numbers,),
    REASON: (spans.reasons,),
    DEFINITION: (spans.quotations,),
    DESCRIPTION: (spans.quotations,),
}


_STATES = r"(?:republic|kingdom|empire|confederation|commonwealth|federation|sultanate|caliphate|principality|emirate)"
_STATE = re.compile(rf"^(?:[a-z'-]+\s+){{1,3}}{_STATES}$|^{_STATES}\s+of\s+(?:the\s+)?[a-z'-]+(?:\s+[a-z'-]+)?$")


def _countries(text: str) -> list[bool]:
    """For each item of a name or list span: is it a country ("Chile", "the Dutch Republic", "Kingdom of Sicily")?"""
    items = [re.sub(r"^[Tt]he\s+", "", i.strip()) for i in re.split(r",\s*|\s+(?:and|or)\s+", fold_case_kept(text))]
    return [re.sub(r"^republic\s+of\s+", "", i.lower()) in COUNTRIES or i[0].isupper() and bool(_STATE.match(i.lower()))
            for i in items if i]  # not "the animal kingdom"


def is_share(sentence: str, span: TypedSpan) -> bool:
    """Is the number span a percentage or a fraction ("one-fifth")?"""
    fraction = spans.FRACTION.match(sentence, span.start)
    return bool(re.search(r"%|percent|per cent", sentence[span.start : span.end]) or fraction and fraction.end() == span.end)


def typed_spans(sentence: str, question: Question) -> list[TypedSpan]:
    """Every span of the expected type in the sentence (numbers inside dates excluded)."""
    if question.identify:
        return identities(sentence, question.identify)
    if question.gloss_of and (said := languages.glosses(sentence, question.gloss_of)):
        return said
    if question.language and (given := languages.forms(sentence, question.language, question.names)):
        return given
    if question.companions and question.expected not in (DATE, NUMBER):
        if others := others_listed(sentence, question.companions):
            return [others]
    if question.wants_nationality:
        return list(languages.peoples(sentence))
    finders = (spans.directions,) if question.wants_direction else _FINDERS.get(question.expected, ())
    found = [s for finder in finders for s in finder(sentence)]
    if question.expected == NUMBER:
        taken = [d for d in spans.dates(sentence) if not spans.AGO.search(sentence, d.start, d.end)]  # "8,000 years ago"
        found = [s for s in found if not any(d.start <= s.start and s.end <= d.end for d in taken)]
        if question.unit:
            found = [units.with_unit(sentence, s, question) for s in found if units.has_unit(sentence, s, question.unit)]
        if question.wants_percent:
            found = [s for s in found if is_share(sentence, s)]
    elif question.expected != DATE and any(s.kind in ("name", "list") for s in found):  # "World War I" is no place
        taken = spans.dates(sentence)
        found = [s for s in found if s.kind not in ("name", "list") or not any(d.start < s.end and s.start < d.end for d in taken)]
    if question.wants_year:
        found = [s for s in found if any(c.isdigit() for c in sentence[s.start : s.end])]
    if question.wants_weekday:
        found = [s for s in found if sentence[s.start : s.end].lower() in WEEKDAYS]
    if question.expected == PERSON:  # "his stay in Normandy": a name in a place is no who ("in Rollo's army" is)
        found = [s for s in found if s.kind != "name" or spans.person_core(sentence, s) and not spans.names_a_thing(sentence, s)
                 and not spans.in_a_place(sentence, s)]
        if not _TOLD.search(question.text):  # "..., according to Reuters" tells who reports it, not who did it
            found = [s for s in found if not _SOURCE.search(sentence, 0, s.start)]
    if question.expected == PLACE:  # "President Joe Biden" is no place
        found = [s for s in found if s.kind != "name" or sentence[s.start : s.end].split()[0].lower().strip(".") not in TITLES]
    if question.wants_person:  # judged on the name without its titles ("Secretary of State X")
        found = [s for s in found if s.kind in ("list", "role")
                 or spans.is_person_like(sentence, spans.person_core(sentence, s) or s)]
    if question.wants_country:  # a country named, or told by its people ("the Japanese actress")
        found = [s for s in found if sum(_countries(sentence[s.start : s.end])) * 2 > len(_countries(sentence[s.start : s.end]))]
        people = list(spans.demonyms(sentence))  # where someone is from may be told by their people
        found = (people or found) if _FROM.search(question.text) else (found or people)
    return found


def new_information(span: TypedSpan, sentence: str, asked: set[str], analyzer: Analyzer, named: set[str],
                    kind: str | None) -> bool:
    """False when the span only repeats what the question already says (``asked``: its terms and their synonyms;
    a name is judged on ``named``, :attr:`Query.named`). A name in another language is news however like the
    one asked it looks ("Olmé" for the Olm), and so is a name of the ``kind`` asked that adds a word to it
    ("the Rankine cycle" for "What cycle ...?")."""
    if span.kind in ("form", "others"):  # a name in another language; the others of a list the question names
        return True
    terms = analyzer.terms(sentence[span.start : span.end])
    if not terms:
        return span.kind in ("number", "date")
    if span.kind in ("name", "list") and kind and kinds.names_the_kind(sentence, span, kind):
        return any(t not in named for t in terms)
    if span.kind in ("name", "list"):
        return sum(t in named for t in terms) < 0.5 * len(terms)
    return any(t not in asked for t in terms)


def _glossing(sentence: str, span: TypedSpan, matches: list[tuple[int, int]]) -> bool:
    """Is the name another name of the question's word just before it, in brackets and like it: "the grey
    lorrin (Lorrinus)"? ("the architect (Christopher Wren)" names the architect; "the Olm Bridge (1932)" dates it.)"""
    if span.kind not in ("name", "list") or sentence[span.start - 1 : span.start] != "(" or sentence[span.end : span.end + 1] != ")":
        return False
    before = len(sentence[: span.start - 1].rstrip())
    word = next((sentence[s:e] for s, e in matches if e == before), None)
    return word is not None and likeness(word, sentence[span.start : span.end]) >= GLOSS_LIKENESS


_BY_AGENT = re.compile(r"\bby\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+)*$")  # "by Odo", "by President Odo"


def lone_name(sentence: str, span: TypedSpan, matches: list[tuple[int, int]]) -> bool:
    """A one-word name, which often stands for a place or a thing rather than a person, unless it is the agent
    of a question word just before it ("commissioned by Odo")."""
    if span.kind != "name" or " " in sentence[span.start : span.end]:
        return False
    by = _BY_AGENT.search(sentence, 0, span.start)
    return not (by and any(0 <= by.start() - end <= 1 for _, end in matches))


def _marks(sentence: str) -> list[bool]:
    """For each character: is it a clause mark (a bracket, or a comma, semicolon or colon before a space, not the
    commas of "1,250,000")?"""
    return [c in "()" or c in ",;:" and sentence[i + 1 : i + 2].isspace() for i, c in enumerate(sentence)]


# Asked when something ended or began, a date said as that bound ("lasted from 1806 until 1814").
_UNTIL = re.compile(r"\b(?:until|till|to|ended|ending|ends)\s+(?:in\s+)?$", re.I)
_SINCE = re.compile(r"\b(?:from|since|began|beginning|begins|started)\s+(?:in\s+)?$", re.I)
_BOUNDS = {**{w: _UNTIL for w in "end ended ends finish finished close closed stop stopped cease ceased".split()},
           **{w: _SINCE for w in "begin began begun start started commence commenced".split()}}
CLAUSE_MARK_DISTANCE = 25  # "Berlin in 1865, Paris in 1866": Paris's year is the one in its own clause
_CLAUSE_LEAD = re.compile(r"^[\s,:;\"“”'-]*(?:that\s+|to\s+)?")


def _rest_of_clause(sentence: str, matches: list[tuple[int, int]]) -> TypedSpan | None:
    """What the sentence says after the last of the question's words ("X said <this>")."""
    if not matches:
        return None
    start = max(end for _, end in matches)
    start += _CLAUSE_LEAD.match(sentence[start:]).end()
    end = len(sentence.rstrip(" .!?\"”'"))
    if len(sentence[start:end].split()) < 3:
        return None
    return TypedSpan(start, end, "clause")


def in_lower_case(word: str, text: str) -> bool:
    """Does ``text`` write ``word`` in lower case more than once ("early", "steam"): a common word, not a name?
    (Once may be a pun on a name: "Amber ... an amber ring".)"""
    said = re.finditer(rf"(?<![\w'’-]){re.escape(word.lower())}(?![\w'’-])", text)
    return next(said, None) is not None and next(said, None) is not None


_LANDMARKS = frozenset("hill hills rock rocks harbour harbor cove creek ridge".split())  # not in spans' list: surnames


def _place_or_body(sentence: str, word: TypedSpan) -> bool:
    """Does the word end the name of a place or an organisation ("Harbour", "Bank", "Mills")?"""
    return not spans.is_person_like(sentence, word) or sentence[word.start : word.end].lower() in _LANDMARKS


def _without_common_opening(sentence: str, span: TypedSpan, everyday: Callable[[str], bool]) -> TypedSpan | None:
    """A name of one or two words that opens the sentence, less its first word if that is a common word
    capitalised only to open it ("Early versions ...", "Early Watt engines"): the rest if a name is left, else
    None. A longer name is kept whole ("Golden Gate Mills"), and so is a place or body ("Red Hill")."""
    words = sentence[span.start : span.end].split()
    if (span.kind != "name" or not words or len(words) > 2 or sentence[: span.start].strip(" \"“'(") or not everyday(words[0])
            or len(words) == 2 and _place_or_body(sentence, TypedSpan(span.end - len(words[1]), span.end, "name"))):
        return span  # "Red Hill", "White Harbour", "Kell Bank"
    return TypedSpan(span.end - len(words[1]), span.end, "name") if len(words) == 2 and words[1][:1].isupper() else None


def choose(sentence: str, question: Question, analyzer: Analyzer, matches: list[tuple[int, int]],
           asked: set[str], everyday: Callable[[str], bool], named: set[str]) -> TypedSpan | None:
    """The best answer span: new information of the right type, close to the question's words (``asked`` and
    ``named``: see :func:`new_information`). ``everyday`` tells a word the sentence's document writes in lower
    case more than once: opening a sentence, it is no name."""
    def core(span: TypedSpan) -> TypedSpan:  # "Duke Odo" brings "Odo" to "who was the duke"
        return (spans.person_core(sentence, span) or span) if question.expected == PERSON and span.kind == "name" else span

    if question.choices:  # "...: Russia, Cuba or China?": the one the sentence says, by the question's words
        said = said_choices(sentence, question.choices)
        return min(said, key=lambda s: min((abs(s.start - m[0]) for m in matches), default=0)) if said else None
    if question.alias_of:
        return next(iter(aliases.other_names(sentence, question.alias_of, analyzer, asked)), None)
    if question.example_of and not question.companions:  # "Along with X, what is an example of ...": the others listed
        return next(iter(examples.examples(sentence, question.example_of, analyzer)), None)
    found = [s for s in (_without_common_opening(sentence, s, everyday) for s in typed_spans(sentence, question)) if s]
    kind = question.kind_words[-1] if question.kind_words else None  # the head word: "fluid" of "working fluid"
    if kind and question.wants_kind and not (question.gloss_of or question.identify or question.language):
        names_found = [s for s in found if s.kind in ("name", "list")]  # "Blue Harbor Syndicate", not "Blue Harbor"
        found += [k for k in kinds.of_kind(sentence, [analyzer.term(kind)], asked, analyzer, question.sorts)
                  if not any(n.start < k.end and k.start < n.end for n in names_found)]
    if question.expected == NUMBER and question.counted and not question.unit:
        if not question.wants_percent and question.counted not in analyzer.terms(sentence):
            found = [s for s in found if not is_share(sentence, s)]  # a share answers "how many votes" if one of votes
        found = found + [s for s in counting.counts_in_words(sentence, question.counted, analyzer) if s not in found]
    glossed = question.expected in (PERSON, PLACE, ORG)  # "who described the lorrin (Lorrinus)": not the lorrin
    options = [s for s in found if new_information(core(s), sentence, asked, analyzer, named, kind)
               and not (glossed and _glossing(sentence, s, matches))]
    if question.wants_origin and question.surface_names:  # "Where was X from?": not where X went ("printed in Paris")
        told = origins.said_origins(sentence, question.surface_names)  # "Count Aldric of Darmund"
        options = told + [o for s in options if (o := origins.as_origin(sentence, s, question.surface_names)) and o not in told]
    if not options and question.expected in (DESCRIPTION, DEFINITION) and not (question.gloss_of or question.identify):
        acted_on = objects.objects(sentence, objects.open_slots(question.text, analyzer), asked, analyzer)  # "heating water"
        return acted_on[0] if acted_on else _rest_of_clause(sentence, matches)
    if not options:
        return None
    if question.identify:  # the fullest of what the text calls them: "who was a chemist at the institute", not "Dr."
        return max(options, key=lambda s: s.end - s.start)
    options = [s for s in options if s.kind != "role"] or options  # a name before "the head of X"
    lists = [s for s in options if s.kind == "list"]
    singles = [s for s in options if s.kind != "list"]
    options = (lists or singles) if question.wants_list else (singles or lists)

    anchors = [(m.start(), m.end()) for y in question.years for m in re.finditer(rf"\b{y}\b", sentence)]
    # "in 2015": the answer sits by the year the question names; a count by whose it is ("Ruiz's 44%")
    def plain(word: str) -> str:
        return fold(word).removesuffix("'s")

    name_words = {plain(w) for n in question.names for w in n.split()} if question.counted else set()
    named = [m for m in matches if plain(sentence[m[0] : m[1]]) in name_words]
    # not the counted word itself: in "27 people died and 41 were injured" the count of the injured is by "injured"
    told = [m for m in matches if not question.counted or analyzer.term(fold(sentence[m[0] : m[1]])) != question.counted]
    near = anchors or named or told or matches

    marks_before = [0, *itertools.accumulate(1 if m else 0 for m in _marks(sentence))]  # clause marks before i

    def distance(span: TypedSpan) -> int:
        """Characters to the nearest of the question's words, and more for each clause mark between."""
        if not near:
            return 0

        def apart(m_start: int, m_end: int) -> int:
            if span.start < m_end and m_start < span.end:  # the span holds the word: how far it reaches past
                return abs(m_start - span.end)
            lo, hi = (m_end, span.start) if span.start >= m_end else (span.end, m_start)
            marks = marks_before[hi] - marks_before[lo]
            if span.kind in ("date", "number") and sentence[hi - 1 : hi] == "(" and sentence[span.end : span.end + 1] == ")":
                marks -= 1  # the bracket holds just the answer: "the Olm Bridge (1932)"
            # a count goes before what it counts and its verb: "27 people died and 41 were injured"
            ahead = question.counted and span.kind == "number" and m_start >= span.end
            return (hi - lo) // (2 if ahead else 1) + CLAUSE_MARK_DISTANCE * marks

        return min(apart(*m) for m in near)

    bound = _BOUNDS.get(question.event[0]) if question.event else None  # "ended": the date after "until"

    def rank(span: TypedSpan):  # "1.8 million votes" before "3 seats"; for "who", "Lauryn Hill" before "Grammy"
        length_bonus = min(span.end - span.start, 40) / 40
        lone = question.expected == PERSON and lone_name(sentence, core(span), matches)
        other_bound = bool(bound) and not bound.search(sentence, max(0, span.start - 12), span.start)
        counts = (False, False, False)  # "how many votes": not "3 seats", nor an unnamed "52", and a count before a share
        if question.counted and span.kind == "number":
            what, share = counting.counts_what(sentence, span, question, analyzer), is_share(sentence, span)
            unnamed = what == counting.UNSAID and not share and not counting.verb_follows(sentence, span)
            counts = (what == counting.ANOTHER, unnamed, share)
        thing = question.expected == PERSON and span.kind == "name" and not spans.is_person_like(sentence, span)  # "Halden Bank"
        # for "where", a name said as a place ("in the Caribbean Sea") before another ("the US Coast Guard intercepted")
        elsewhere = question.expected == PLACE and span.kind == "name" and not spans.after_a_place_word(sentence, span.start)
        named_kind = bool(kind) and kinds.names_the_kind(sentence, span, kind)
        return (*counts, not named_kind, not spans.titled(sentence, span, question.role), thing or elsewhere, lone, other_bound,
                distance(span) - 15 * length_bonus)

    best = min(options, key=rank)
    return spans.person_core(sentence, best) if question.expected == PERSON and best.kind == "name" else best
