"""Does a sentence speak of another year, rank, age, people, country or owner than the one the question asks about?

Each check is a reason to rank a sentence lower or to decline it ("the last abbot"
asked, "the first abbot" told), whatever words the two share.
"""

import re
from collections.abc import Callable
from functools import lru_cache

from qa.answer.counting import TENS
from qa.answer.kinds import plural_or_verb
from qa.answer.spans import EARLY_YEAR, YEAR, centuries
from qa.text.fold import fold, fold_case_kept
from qa.text.spelling import likeness
from qa.text.tokens import Analyzer, Token
from qa.text.wordlists import (CAPITALS, COUNTRIES, COUNTRY_ALIASES, DEMONYMS, MONTHS, ORDINAL_WORDS, PREPOSITIONS, STOPWORDS,
                               WEEKDAYS)

_ORDINALS = {**{w: n for n, w in enumerate(ORDINAL_WORDS[:10], 1)}, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5,
             "earliest": 1, "last": -1, "final": -1, "latest": -1}
_NOW = re.compile(r"\b(?:today|currently|nowadays|at present|presently)\b", re.I)
_NOT_A_RANK = re.compile(r"\b(?:(?:last|next|this)\s+(?:year|month|week|day|night|time|century|decade|season|summer|"
                         r"winter|spring|autumn)|at\s+(?:first|last)|[a-z0-9-]+?[\s-]centur(?:y|ies))\b")
_MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY = re.compile(rf"\b(?:(?:{_MONTH_WORDS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)|\d{{1,2}}(?:st|nd|rd|th)\s+(?:of\s+)?(?:{_MONTH_WORDS}))\b")
# "the twenty-fourth film"; not "the 94th minute", "the 8th inning": a digit ordinal is often a time or a place
_COMPOUND_RANK = re.compile(rf"\b({'|'.join(TENS)})[\s-]({'|'.join(ORDINAL_WORDS[:9])})\b")


def _compound_rank(m: re.Match) -> int:
    """"twenty-fourth" -> 24."""
    return TENS[m.group(1)] + ORDINAL_WORDS.index(m.group(2)) + 1


@lru_cache(maxsize=4096)
def _ranks(text: str) -> frozenset[int]:
    """Ranks the text names ("the first abbot", "Second Symphony", "the twenty-fourth film"); "last year" and
    "at first" are none."""
    plain = _DAY.sub(" ", _NOT_A_RANK.sub(" ", fold(text)))  # "May 29th" is a day
    compound = {_compound_rank(m) for m in _COMPOUND_RANK.finditer(plain)}
    words = re.findall(r"[a-z0-9]+", _COMPOUND_RANK.sub(" ", plain))
    return frozenset(compound | {_ORDINALS[w] for w in words if w in _ORDINALS})


def other_rank(question: str, sentence: str) -> bool:
    """"the last abbot" asked, "the first abbot" told: the sentence names other places in an order."""
    asked = _ranks(question)
    return bool(asked) and bool(told := _ranks(sentence)) and not asked & told


def _century(year: str) -> int:
    return (int(year) - 1) // 100 + 1


def other_year(years: list[str], sentence: str, doc_date: str | None, asked_centuries: set[int] = frozenset()) -> bool:
    """The sentence names years (or centuries), or speaks of today, and none of them (nor its article's) is one asked.

    A question's century ("in the 11th century") is met by a year in it (1066) or by that century named."""
    told_years = set(YEAR.findall(sentence))
    told = told_years or ({"now"} if _NOW.search(sentence) else set())
    if years and told and not (told | {(doc_date or "")[:4]}) & set(years):
        return True
    if not asked_centuries:
        return False
    told_centuries = centuries_told(sentence, doc_date)
    return bool(told_centuries) and not told_centuries & asked_centuries


# "in the 1980s" (a decade) or "in the 1600s" (a century); not "until", "after" or "by the 1980s", which reach further.
_IN_DECADE = re.compile(r"\b(?:in|during|throughout)\s+the\s+(?:(?:early|mid|late)[\s-]+)?((?:1\d|20)\d0)s\b", re.I)
_DECADES = re.compile(r"\b((?:1\d|20)\d0)s\b")


def _span(decade: str) -> range:
    """The years of "1980s" (1980-1989) or of "1600s" (1600-1699)."""
    start = int(decade)
    return range(start, start + (100 if start % 100 == 0 else 10))


# Years that reach over a time ("(1979–1990)", "from 1975 to 1995", "since 1975", "until 1992") and decades in words.
_SPANNING = re.compile(r"\b(?:since|until|till|from|between|through|throughout)\s+(?:the\s+)?(?:1\d|20)\d\d"
                       r"|\b(?:1\d|20)\d\d\s*(?:–|-|—|to)\s*\d{2,4}\b|['’]\d0s\b"
                       r"|\b(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b", re.I)


def other_decade(question: str, sentence: str) -> bool:
    """"in the 1980s" asked, only "in the 1990s" or 1994 told: the sentence dates things, none of them in the
    decade (or the hundred years: "the 1600s") the question names, and none over a time that may hold it."""
    if _SPANNING.search(sentence):
        return False
    asked = [_span(d) for d in _IN_DECADE.findall(question)]
    told = [int(y) for y in YEAR.findall(sentence)] + [int(d) for d in _DECADES.findall(sentence)]
    return bool(asked and told) and not any(y in span for y in told for span in asked)


_ERA = re.compile(r"\b(prehistoric|ancient|classical|medieval|modern|contemporary)\s+([a-z]{3,})\b")
# "English words", "Russian Ambassador", "China's ambassador": kept when the first word is a people's or a country's
_PEOPLE = re.compile(r"\b([A-Z][a-z]+(?:['’]s)?)\s+(?=([A-Za-z][a-z]{2,})\b)")  # overlapping: "The French army"


def _said_of(pattern: re.Pattern, text: str, term: Callable[[str], str], keep) -> list[tuple[str, str, str, str]]:
    """``(modifier, noun, modifier's term, noun's term)`` for each match of ``pattern`` whose modifier ``keep``s."""
    return [(m.group(1), m.group(2), term(fold(m.group(1))), term(m.group(2).lower()))
            for m in pattern.finditer(text) if keep(fold(m.group(1)))]


def _other_said_of(pattern: re.Pattern, question: str, sentence: str, term: Callable[[str], str], keep):
    """The question's modifier and noun when the sentence says the same noun only with other modifiers of the
    kind (and never the question's modifier anywhere)."""
    told: dict[str, set[str]] = {}
    for _, _, modifier, noun in _said_of(pattern, sentence, term, keep):
        told.setdefault(noun, set()).add(modifier)
    everywhere = set(map(term, re.findall(r"[a-z]+", fold(sentence))))
    return next(((m, n) for m, n, modifier, noun in _said_of(pattern, question, term, keep)
                 if noun in told and modifier not in told[noun] and modifier not in everywhere), None)


def other_era(question: str, sentence: str, term: Callable[[str], str]) -> tuple[str, str] | None:
    """"modern Europe" asked, only "medieval Europe" told: the same thing in another age ("the ancient city"
    asked, "near modern Nasiriyah" told is fine)."""
    return _other_said_of(_ERA, fold(question), fold(sentence), term, lambda word: True)


def other_modifier(question: str, sentence: str, term: Callable[[str], str]) -> tuple[str, str] | None:
    """"the German army" asked, only "the French army" told: the same thing, said of another people ("China's
    ambassador" asked, "the Russian Ambassador" told).

    Returns the question's demonym and noun; ``term`` is the analyzer's (so "American" is the USA's)."""
    return _other_said_of(_PEOPLE, question, sentence, term, _people_or_country)


def _people_or_country(word: str) -> bool:
    """"english", or a country's possessive: "china's"."""
    owner = re.sub(r"['’]s$", "", word)
    return word in DEMONYMS or owner != word and (owner in COUNTRIES or owner in COUNTRY_ALIASES)


_NAMED_THING = re.compile(r"\b((?:[A-Z][\w’'-]*\s+)*[A-Z][\w’'-]*?)(?:['’]s)?((?:\s+[a-z][\w-]*){1,3})")
_LINKING = PREPOSITIONS | STOPWORDS
_POINTING_BACK = re.compile(r"\b(?:he|she|they|his|her|their|him|them)\b|^\W*It\b", re.I)
_OPENING_WORDS = STOPWORDS | frozenset("which what who whose was were is are did does do".split())  # "Which Berlin network"
_TIMES = frozenset("today tomorrow yesterday tonight".split()) | frozenset(MONTHS) | WEEKDAYS  # "Monday's market"


def _named_things(text: str, term: Callable[[str], str]) -> list[tuple[str, set[str]]]:
    """Each name said just before lower-case words ("The Paris network", "Watt's engine", "Nixon joined"): the
    name, folded, and the terms of those words up to a stopword or a preposition. A name that opens the sentence
    counts only after a stopword or a question word ("The Paris network", "At Harker's mill", "Which Berlin
    network"; they are no part of it) or as a possessive ("Steam engines ..." names nothing, "Harker's mill" does,
    "Today's mill" does not)."""
    out = []
    text = fold_case_kept(text)  # "Émile's mill"
    for m in _NAMED_THING.finditer(text):
        words = m.group(1).split()
        lead = next((i for i, w in enumerate(words) if w.lower() not in _OPENING_WORDS), len(words))
        opening = not text[: m.start()].strip(" \"“'(")
        if lead:
            words = words[lead:]  # "The Paris network", "At Harker's mill", "Which Berlin network"
        elif opening and (text[m.end(1) : m.end(1) + 2] not in ("'s", "’s") or words[0].lower() in _TIMES):
            continue
        nouns = []
        for w in m.group(2).split():
            if w in _LINKING:
                break
            nouns.append(term(w))
        if words and nouns:
            out.append((fold(" ".join(words)), set(nouns) - {""}))
    return out


def _same_name(asked: str, told: str) -> bool:
    """Are two names likely one: spelt alike ("McBrindle", "MacBrindle"), one the other's start ("Tarn",
    "Tarnish"), or one the initials of the other ("OVR", "Olm Valley Railway")?"""
    initials = "".join(w[0] for w in re.findall(r"[a-z]+", asked)), "".join(w[0] for w in re.findall(r"[a-z]+", told))
    return (likeness(asked, told) >= 0.75 or asked.startswith(told) or told.startswith(asked)
            or len(asked) > 1 and len(told) > 1 and (told.replace(" ", "") == initials[0] or asked.replace(" ", "") == initials[1]))


def other_owner(question: str, sentence: str, term: Callable[[str], str]) -> tuple[str, str] | None:
    """"the Berlin pneumatic network" asked, only "The Paris network" told: the same thing, of another name
    that the question does not say, while the sentence never says the question's name, nor the thing without
    a name ("the cycle ... as in the Carnot cycle"), nor "he", "they" or an opening "It" (who may be the
    question's). A people ("the Huguenots") is left alone, and so is a name like the question's (_same_name).
    Returns the two names."""
    if _POINTING_BACK.search(sentence):
        return None
    words = [t for w in re.findall(r"[a-z]+", fold(sentence)) if (t := term(w))]
    asked_words = set(map(term, re.findall(r"[a-z]+", fold(question)))) - {""}
    told = _named_things(sentence, term)
    for name, nouns in _named_things(question, term):
        people = plural_or_verb(name) and not name.endswith("es")  # "the Huguenots", not "Paris" nor "Wales"
        if set(map(term, re.findall(r"[a-z]+", name))) & set(words) or people or name in DEMONYMS:
            continue
        for other, shared in ((n, ns & nouns) for n, ns in told):
            named_each_time = all(words.count(t) == sum(t in ns for _, ns in told) for t in shared)
            if (shared and named_each_time and not set(map(term, re.findall(r"[a-z]+", other))) & asked_words
                    and not _same_name(name, other)):
                return name, other
    return None


def time_around(years: list[str], asked_centuries: set[int], sentence: str, neighbours: list[str],
                doc_date: str | None) -> bool:
    """A sentence that dates nothing, in an article of another time, among ``neighbours`` that date things only in
    other years (or centuries) than the ones asked: it tells of their time."""
    if years:  # "at the 2021 census" names its year too
        around = set().union(*map(YEAR.findall, neighbours))
        told = YEAR.search(sentence) or any(y in sentence for y in years) or (doc_date or "")[:4] in years
        return not told and bool(around) and not around & set(years)
    if not asked_centuries or centuries_told(sentence, doc_date) or (doc_date and _century(doc_date[:4]) in asked_centuries):
        return False
    around = set().union(*(centuries_told(n, None) for n in neighbours))
    return bool(around) and not around & asked_centuries


_WHO_DID = re.compile(r"^who\s+([a-z]+)\s+((?:[a-z][a-z'-]*\s*){1,3})")
_AUXILIARIES = frozenset("did does do was were is are has have had can could will would should may might must".split())
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be|got)\s+(?:\w+ly\s+)?$", re.I)


def reversed_roles(question: str, sentence: str, term: Callable[[str], str]) -> bool:
    """"Who replaced the Normans?" asked, "the Normans replaced the Saxons" told: what the question has acted
    upon acts in the sentence (just before the verb, in the active voice) and is not acted upon there."""
    m = _WHO_DID.match(fold(question))
    if not m or m.group(1) in _AUXILIARIES:
        return False
    verb = term(m.group(1))
    thing = []  # the words of the object up to its first small word: "the Normans as..." -> Normans
    for word in m.group(2).split()[1 if m.group(2).startswith(("the ", "a ", "an ")) else 0 :]:
        if not term(word):
            break
        thing.append(term(word))
    words = list(re.finditer(r"[A-Za-z][\w'-]*", sentence))
    terms = [term(fold(w.group())) for w in words]
    if not verb or not thing or terms.count(verb) != 1:
        return False
    v = terms.index(verb)
    passive = _PASSIVE_BEFORE.search(sentence, 0, words[v].start()) or re.match(r"\s+by\b", sentence[words[v].end() :])
    acting = [i for i in range(max(0, v - 6), v) if terms[i] in thing]
    if not acting or passive or any(t in terms[v + 1 :] for t in thing):
        return False
    # Only when nothing else may be doing it: no clause ("which Bell invented"), comma, other name or pronoun between.
    between = sentence[words[acting[-1]].end() : words[v].start()]
    after = sentence[words[v].end() :].split()[:1]
    return (not re.search(r"[,;:]|\b(?:which|that|whom|who|whose|he|she|they|it|we)\b|\b[A-Z]", between)
            and not (after and after[0].strip(".,;").lower() in ("him", "her", "them", "it", "us", "me")))


_DID_SUBJECT = re.compile(r"^(?i:who|whom|what|when|where|why|which\s+\w+|how(?:\s+\w+)?)\s+(?i:did|does|do|has|have|had)\s+"
                          r"(?:the\s+)?(?P<subject>[A-Z][\w'’-]*(?:\s+(?:of\s+|the\s+)*[A-Z][\w'’-]*)*)\s+(?P<verb>[a-z]+)\b")
# Verbs whose two sides may swap ("X married Y" is "Y married X"): only a possessive turns them ("Y married X's sister").
_DETERMINERS = frozenset("the a an its their his her our this that these those third second first".split())
_SYMMETRIC = frozenset("marry wed meet fight battle ally border merge join partner compete negotiate trade play face "
                       "clash debate correspond collaborate".split())


def _subject_and_verb(question: str, term: Callable[[str], str]) -> tuple[str, str, list[str]] | None:
    """The subject as written, the verb's term and the subject's terms of "Who/When... did SUBJECT VERB ...?",
    if the question is put so (not "did Tull's university open": that subject is a possessive)."""
    m = _DID_SUBJECT.match(fold_case_kept(question.strip()))
    if not m or m.group("subject").endswith(("'s", "’s")):
        return None
    verb = term(m.group("verb"))
    names = [t for t in (term(w.lower()) for w in re.findall(r"[\w'-]+", m.group("subject"))) if t]
    return (m.group("subject"), verb, names) if verb and names else None


def _said(sentence: str, term: Callable[[str], str]) -> tuple[list[re.Match], list[str]]:
    """The sentence's words and their terms, a possessive's without its "'s" or "s'" ("the Normans' duke")."""
    words = list(re.finditer(r"[A-Za-z][\w'’-]*", fold_case_kept(sentence)))
    return words, [term(re.sub(r"['’]s?$", "", w.group().lower())) for w in words]


def _active(sentence: str, verb: re.Match) -> bool:
    """Is the verb said in the active voice ("was ... conquered", "conquered by" are passive)?"""
    return not (_PASSIVE_BEFORE.search(sentence, 0, verb.start()) or re.match(r"\s+by\b", sentence[verb.end() :]))


def subject_acted_upon(question: str, sentence: str, term: Callable[[str], str], rarity: Callable[[str], int]) -> bool:
    """"Who did King Charles swear fealty to?" asked, "... agreed to swear fealty to King Charles" told: the
    one the question has acting is only named after the verb in the sentence, in the active voice.
    ``rarity`` ranks a name's terms (the rarest stands for the name: "Harold" in "King Harold II")."""
    if not (asked := _subject_and_verb(question, term)):
        return False
    _, verb, names = asked
    name = min(names, key=rarity)
    words, terms = _said(sentence, term)
    if terms.count(verb) != 1 or name not in terms:
        return False
    v = terms.index(verb)
    after = [i for i in range(v + 1, min(len(terms), v + 9)) if terms[i] == name]
    noun = (v and words[v - 1].group().lower() in _DETERMINERS) or re.match(r"\s+of\b", sentence[words[v].end() :])
    between = sentence[words[v].end() : words[after[0]].start()] if after else ""
    named = after and re.search(r"\b(?:is|are|was|were|be|been)\s+(?:\w+\s+)?$", sentence[: words[after[0]].start()])
    # A comma between starts another clause ("After conquering England in 1066, William built ..."), and "by"
    # makes the name the agent ("released in 2007 by Apple"); "... was Hervé" says who it is, not whom.
    if not after or not _active(sentence, words[v]) or noun or named or re.search(r",|\bby\b", between) or name in terms[:v]:
        return False
    return verb not in {term(w) for w in _SYMMETRIC} or words[after[0]].group().endswith(("'s", "’s"))


def other_subject(question: str, sentence: str, term: Callable[[str], str]) -> str | None:
    """"When did Richard II flee to Normandy?" asked, "Ethelred fled to Normandy in 1013" told: the verb
    (once, active) comes right after a name that is not the question's subject, and the sentence never
    names that subject. Returns the other name's last word."""
    if not (asked := _subject_and_verb(question, term)):
        return None
    subject, verb, names = asked
    words, terms = _said(sentence, term)
    parts = {term(p) for w in words for p in w.group().lower().split("-")}  # "Anglo-Saxons": Saxons
    if terms.count(verb) != 1 or set(names) & (set(terms) | parts) or not (v := terms.index(verb)):
        return None
    before, ahead = words[v - 1].group(), words[v - 2].group().lower() if v > 1 else ""
    # Not a title ("The Duke"), a place in one ("Duke of Normandy"), a people, a group, a country or a capital
    # standing for one ("the French", "Legions", "USSR", "Paris"), nor a name that only follows a punctuation mark.
    folded = fold(before)
    if (not before[0].isupper() or before.isupper() or before.endswith("s") or ahead in ("the", "a", "an", "of")
            or folded in STOPWORDS or folded in DEMONYMS or folded in CAPITALS or folded in COUNTRIES
            or sentence[words[v - 1].end() : words[v].start()].strip()
            or not _active(sentence, words[v]) or re.match(r"\s+of\b", sentence[words[v].end() :])):
        return None
    # "Wesel" for a misspelt "Wessel" is the same one
    return None if max(likeness(before, w) for w in subject.split()) >= 0.75 else before


def year_fit(years: list[str], asked_centuries: set[int], text: str, doc_date: str | None) -> float:
    """+1 when the sentence or its article is from the year (or century) the question names, -1 when from
    another."""
    if years:
        if any(y in text for y in years) or (doc_date and doc_date[:4] in years):
            return 1.0
        return -1.0 if doc_date else 0.0
    told = centuries_told(text, doc_date) if asked_centuries else set()
    return (1.0 if told & asked_centuries else -1.0) if told else 0.0


def centuries_told(sentence: str, doc_date: str | None) -> set[int]:
    """The centuries a sentence names or names years of, "in 911" too (its article's as well, when it names any)."""
    told = centuries(sentence) | {_century(y) for y in YEAR.findall(sentence) + EARLY_YEAR.findall(sentence)}
    return told | {_century(doc_date[:4])} if told and doc_date else told


class Countries:
    """Countries, their other names ("Holland") and capitals standing for them, as terms."""

    def __init__(self, analyzer: Analyzer):
        pairs = [(c, c) for c in COUNTRIES] + list(CAPITALS.items()) + list(COUNTRY_ALIASES.items())
        self.of = {term: country for term, country in ((analyzer.term(a), analyzer.term(b)) for a, b in pairs
                                                       if " " not in a + b) if term and country and "." not in term}

    def other(self, question_terms: list[str], tokens: list[Token], answer: tuple[int, int]) -> bool:
        """Does the sentence speak of other countries than the ones the question names (outside its answer)?"""
        asked = {self.of[t] for t in question_terms if t in self.of}
        told = {self.of[t.term] for t in tokens if t.term in self.of and not answer[0] <= t.start < answer[1]}
        return bool(asked and told and not asked & told)


_NOT_SUPERLATIVE = frozenset("""west midwest southwest northwest forest interest honest rest test harvest protest contest
request suggest arrest modest earnest quest chest guest nest pest vest manifest conquest invest digest crest zest jest
inquest priest behest tempest unrest""".split())
_SUPERLATIVE = re.compile(r"\b((?:most|least)\s+[a-z]+|[a-z]{2,}est)\s+(?:[a-z]+\s+)?([a-z]{3,})\b")


def _superlatives(text: str, term: Callable[[str], str]) -> list[tuple[str, str, str]]:
    """(superlative as written, its term, the noun's term): "the oldest work" -> ("oldest", "oldest", "work"),
    "the most famous work" -> ("most famous", "famous", "work"). A capitalised "-est" word is a name ("Everest")."""
    out = []
    cased = fold_case_kept(text)
    for m in _SUPERLATIVE.finditer(fold(text)):
        word = m.group(1).split()[-1]
        if " " not in m.group(1) and (word in _NOT_SUPERLATIVE or cased[m.start(1)].isupper()):
            continue
        noun = m.group(2) if m.group(0).count(" ") == (2 if " " in m.group(1) else 1) else m.group(0).split()[-2]
        out.append((m.group(1), term(word), term(noun)))
    return out


# Superlatives that may say the same of a thing: "the largest city" is "the most populous city".
_ALIKE = ("largest biggest longest tallest highest greatest widest vast huge populous massive", "deepest lowest",
          "brightest luminous")


def other_superlative(question: str, sentence: str, term: Callable[[str], str],
                      synonyms: dict[str, set[str]]) -> tuple[str, str] | None:
    """"the oldest work" asked, only "the most famous work" told: the question's superlative is nowhere in
    the sentence, which gives another (no synonym, nor one of :data:`_ALIKE`) for the same noun. Returns
    both, as written."""
    told = _superlatives(sentence, term)
    everywhere = set(map(term, re.findall(r"[a-z]+", fold(sentence))))
    groups = [set(map(term, group.split())) for group in _ALIKE]

    def alike(a: str, b: str) -> bool:
        return b in synonyms.get(a, ()) or any({a, b} <= g for g in groups)

    for asked, sup, noun in _superlatives(question, term):
        others = [(said, s) for said, s, n in told if n == noun and s != sup]
        if others and sup not in everywhere and not any(alike(sup, s) for _, s in others):
            return asked, others[0][0]
    return None
