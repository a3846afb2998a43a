"""What a question asks for: the expected answer type, its focus terms, what it names."""

import itertools
import re
from dataclasses import dataclass, field

from qa.answer.aliases import asked_alias
from qa.answer.choices import asked_choices
from qa.answer.companions import asked_beside
from qa.answer.events import asked_event
from qa.answer.examples import asked_example
from qa.answer.identity import asked_about
from qa.answer.kinds import plural_or_verb
from qa.answer.languages import asked_language, glossed
from qa.answer.origins import asks_origin
from qa.answer.spans import CENTURY, YEAR, centuries
from qa.answer.units import asked_unit, share_of
from qa.text.fold import fold, fold_case_kept
from qa.text.tokens import Analyzer, Token
from qa.text.wordlists import DETERMINERS, IRREGULAR_VERBS, MONTHS, QUESTION_WORDS, STOPWORDS, WEEKDAYS, is_person_noun

# Answer types.
PERSON, PLACE, ORG, ENTITY, DATE, NUMBER, LIST, REASON, DEFINITION, DESCRIPTION = (
    "person", "place", "organisation", "entity", "date", "number", "list", "reason", "definition", "description",
)

# Nouns after "which/what" and the answer type they ask for.
_HEAD_NOUNS = {
    PLACE: "country countries nation nations state states city cities place places region regions "
    "capital capitals province provinces town towns continent territory location",
    ORG: "group groups organisation organization organisations organizations party parties company "
    "companies agency agencies bloc institution institutions team teams body newspaper network",
    PERSON: "person people leader leaders president presidents minister ministers official officials "
    "candidate candidates ambassador ambassadors man woman men women author king queen member members "
    "spokesman spokesperson envoy politician player players governor chief head",
    DATE: "year years date month months day days time period decade century era",
    NUMBER: "percentage percent share proportion number amount fraction rate portion sum figure total "
    "length height width depth distance size weight area age population temperature speed cost price value "
    "capacity attendance budget revenue income salary elevation altitude volume density diameter radius mass "
    "duration count angle horsepower voltage margin turnout",
    ENTITY: "name names title",
}
_CALENDAR = frozenset(MONTHS) | WEEKDAYS
# Heads that ask for a number but also carry content ("the population of", "the length of").
_MEASURES = set("length height width depth distance size weight area age population temperature speed cost price "
                "value duration capacity attendance budget revenue income salary elevation altitude volume density "
                "diameter radius mass".split())
_HEAD = {w: kind for kind, words in _HEAD_NOUNS.items() for w in words.split()}
_PLURAL_HEADS = {w for w in _HEAD if w.endswith("s") and ({w[:-1], w[:-2], w[:-3] + "y"} & set(_HEAD))} | {
    "people", "men", "women"}


_SORT_OF = r"(?:what|which) (?:kind|type|sort)s? of"
_FRAME = re.compile(
    rf"\bhow (?:many|much|long|far|often|old)\b|\b{_SORT_OF}\b"
    r"|\b(?:what|which) (?:is|was|are|were) the (?:full |official |real )?names? of\b|^\s*name\b"
    r"|\b(?:along|together) with\b|\bin addition to\b|\bas well as\b|\b(?:aside|apart) from\b"  # "Along with X, what"
    r"|\b(?:in )?degrees? (?:celsius|fahrenheit|centigrade|kelvin)\b"  # the unit asked for, which the text may write "°C"
)


@dataclass
class Question:
    text: str
    wh: str | None  # the question word, if any
    expected: str  # one of the answer types above
    wants_list: bool
    tokens: list[Token] = field(default_factory=list)  # content tokens of the question
    names: list[str] = field(default_factory=list)  # capitalised names it mentions (folded)
    surface_names: list[str] = field(default_factory=list)  # the same, as written
    years: list[str] = field(default_factory=list)
    centuries: set[int] = field(default_factory=set)  # "in the 11th century" -> {11}
    head_term: str | None = None  # the term of the noun after "which/what" ("country", "schoolteacher")
    generic_head: bool = False  # the head only names the answer type ("country", "year"): weak evidence
    wants_country: bool = False  # "which country/nation": the answer names a country
    wants_nationality: bool = False  # "what nationality": the answer is a people's word ("British engineer")
    wants_person: bool = False  # "which president", "the name of the minister": a person, not a "who" ally
    wants_percent: bool = False  # "what share/percentage": the answer is a percentage
    choices: tuple[str, ...] = ()  # the answers the question offers: "...: Russia, Cuba or China?"
    share_of: tuple[str, ...] = ()  # terms of what the share is of: "inflation" in "what inflation rate", "vote" in "percentage of the vote"
    unit: str | None = None  # "length", "weight", "duration"...: the kind of unit a number answer carries
    counted: str | None = None  # the term of what "how many ..." counts ("seats" in "how many seats did ...")
    counted_kind: tuple[str, ...] = ()  # terms of the words before it ("dungeon" in "how many dungeon rooms")
    wants_weekday: bool = False  # "on which day of the week"
    wants_year: bool = False  # "in what year": a date with digits, not "the Second World War"
    wants_direction: bool = False  # "which direction does it flow": north, westward, downstream
    wants_origin: bool = False  # "Where was X from?": a place said as X's origin ("X from Pons", "X of Darmund")
    gloss_of: str | None = None  # "What does Obersee mean?": the name whose meaning or translation is asked
    language: str | None = None  # "What is the Rhine called in French?": the language of the name asked for
    event: tuple[str, ...] = ()  # "When was the fault discovered?": the words of what happened ("discovered")
    role: str | None = None  # the person noun asked about ("duke" in "Who was the duke ...", "which duke")
    setting: set[str] = field(default_factory=set)  # terms said only to set the scene ("during the war")
    companions: tuple[str, ...] = ()  # "Along with mills and mines, in what places ...": the others in the answer's list
    identify: str | None = None  # "Who is Ana Ruiz?": the name of the one to tell about (what the text calls them)
    kind_words: tuple[str, ...] = ()  # "What working fluid ...", "what type of engines": the words of the kind asked for
    wants_kind: bool = False  # "What X ...?" or "what type of X" asks for a thing of that kind (which may have no name)
    sorts: bool = False  # "what type/kind/sort of X": the answer may be a word that qualifies X ("military")
    alias_of: str | None = None  # "What is another term for rotors?": the thing whose other name is asked
    example_of: str | None = None  # "What is an example of a rotary engine?": the thing an example of which is asked

    @property
    def terms(self) -> list[str]:
        return [t.term for t in self.tokens]


_IMPERATIVE = re.compile(r"^(?:please )?(?:name|list|identify|give|mention) (?:(?:some|one|two|three|all|any|each) of )?(?:the )?")


def _wh_and_rest(words: list[str]) -> tuple[str | None, list[str]]:
    """The question word and what follows it; "Name (some of) the X ..." asks "which X"."""
    imperative = _IMPERATIVE.match(" ".join(words))
    if imperative:  # before question words: "Name the man who ..."
        return "which", " ".join(words)[imperative.end() :].split()
    for i, w in enumerate(words[:6]):
        if w in QUESTION_WORDS:
            return w, words[i + 1 :]
    # A question word later on asks in place ("She married whom?", "... took a break in which year?");
    # the last one, as an earlier one may open a relative clause ("The film, which ..., was named what?").
    later = [i for i, w in enumerate(words) if w in QUESTION_WORDS]
    return (words[later[-1]], words[later[-1] + 1 :]) if later else (None, words)


_FIELDS = r"(?:study|research|law|expertise|science|medicine|work|interest|business|life)"  # "area of study"
_SORTS = {"kind", "kinds", "type", "types", "sort", "sorts", "form", "forms", "way", "ways", "part", "parts"}
_QUANTIFIERS = {"following", "above", "below", "two", "three", "four", "five", "several", "many", "other", "these",
                "those", "both", "various"}
_IRREGULAR_PLURALS = {"people", "men", "women", "children", "folk"}


def _plural(noun: str) -> bool:
    return noun in _IRREGULAR_PLURALS or noun.endswith("men") or (noun.endswith("s") and not noun.endswith("ss"))


# Verbs that follow "what" itself: "What happens after the lead melts?" asks what took place, not "which happens".
_WHAT_VERBS = frozenset("happens happened happen occurs occurred occur needs means meant remains remained follows "
                        "followed exists existed matters mattered seems seemed".split())
_AUXILIARIES = {"did", "does", "do", "is", "are", "was", "were", "has", "have", "had", "will", "would", "can",
                "could", "should", "may", "might"}


def head_noun(rest: list[str]) -> str | None:
    """The noun right after "which/what" ("which country", "what European country"), if any.

    "what is the length of ..." also has one, when it names a known answer type.
    """
    if rest[:2] in (["is", "the"], ["was", "the"], ["are", "the"], ["were", "the"]):
        phrase = list(itertools.takewhile(lambda w: w not in STOPWORDS or w == "s", rest[2:6]))  # "president's"
        return next((w for w in reversed(phrase) if w in _HEAD), None)  # "the (voter turnout) percentage"
    if rest[:2] == ["of", "the"]:  # "which of the (following) streams"
        return next((w for w in rest[2:5] if w not in STOPWORDS and w not in _QUANTIFIERS), None)
    rest = list(itertools.dropwhile(lambda w: w in _QUANTIFIERS, rest))  # "which other famous singer"
    if not rest or rest[0] in _AUXILIARIES or rest[0] in STOPWORDS or rest[0] in _WHAT_VERBS:
        return None
    # The noun phrase ends at a function word; English puts its head last ("which other famous singer").
    phrase = list(itertools.takewhile(lambda w: w not in STOPWORDS and w not in _AUXILIARIES and not _verb_form(w),
                                      rest[:3]))
    after = rest[len(phrase) : len(phrase) + 1]
    if phrase[:2] in (["present", "day"], ["modern", "day"]):
        phrase = phrase[2:]  # "what present day county": a county
    known = [w for w in phrase if w in _HEAD or is_person_noun(w)]
    if known or not phrase:
        return known[-1] if known else None
    # Before an auxiliary ("what thriller film did") the phrase ends with its head; otherwise its last word
    # may be the verb of a question about the subject ("what animals hunt the pika").
    if len(phrase) == 1 and after and after[0] in DETERMINERS and phrase[0].endswith("s"):
        return None  # "what causes the tides": a verb, the question asks for its subject
    return phrase[-1] if len(phrase) == 1 or not after or after[0] in _AUXILIARIES else phrase[-2]


def _kind_words(rest: list[str], cased: list[str]) -> list[str]:
    """The words naming the kind of thing "what/which" asks for: "what working fluid is used" -> working, fluid;
    "what type of engines" -> engines; "what are the stages called" -> stages. ``cased``: ``rest`` as written.

    A name that opens the phrase is left out ("what German poet"). The phrase ends at a function word or at a
    verb after a singular noun, which is told by what follows: "engines" in "what steam engines were used" is
    the noun, "owns" in "what company owns Kell Mills" the verb."""
    skip = 0
    if rest[:1] and rest[0] in ("is", "are", "was", "were") and rest[1:2] in (["the"], ["a"], ["an"]):
        skip = 2
    while skip < len(rest) and rest[skip] in _QUANTIFIERS:
        skip += 1
    if rest[skip + 1 : skip + 2] == ["of"] and rest[skip : skip + 1] and rest[skip] in _SORTS:
        skip += 2
    phrase: list[str] = []
    for i in range(skip, min(skip + 3, len(rest))):
        word, after = rest[i], rest[i + 1] if i + 1 < len(rest) else None
        if (cased[i][:1].isupper() or word[0].isdigit()) and not phrase:
            continue  # a name or a date qualifying the kind: "what German poet", "which 1990s band"
        if word in STOPWORDS or word in _AUXILIARIES or word in _WHAT_VERBS or _verb_form(word):
            break
        if phrase and plural_or_verb(word) and not plural_or_verb(phrase[-1]) and not (
                after is None or after in _AUXILIARIES or _verb_form(after)):
            break  # "which county borders Westerby", "what mechanism moves coal"
        if phrase and plural_or_verb(phrase[-1]) and not plural_or_verb(word):
            break  # after a plural noun, a plain verb: "what birds nest", "what ships carry coal"
        phrase.append(word)
    return phrase


def _verb_form(word: str) -> bool:
    """A past form ("made", "caused"): "what made X grow" asks what did it, not "which made"."""
    return word not in _HEAD and (word in IRREGULAR_VERBS or (word.endswith("ed") and len(word) > 4))


def _expected(wh: str | None, head: str | None, rest: list[str], lowered: str) -> tuple[str, bool]:
    plural = head in _PLURAL_HEADS if head else False
    if wh in ("who", "whom", "whose"):
        return PERSON, bool(re.search(r"\b(are|were)\b", " ".join(rest[:2])))
    if wh == "when" or re.search(r"\b(since|until|till) when\b", lowered):
        return DATE, False
    if wh == "where":
        return PLACE, False
    if wh == "why":
        return REASON, False
    if wh == "how":
        nxt = rest[0] if rest else ""
        if nxt in ("many", "much", "old", "far", "large", "big", "long", "often", "tall", "high", "wide", "deep", "heavy",
                   "fast", "low", "short", "small", "hot", "cold", "warm", "frequently"):
            return (DATE if nxt == "long" and "ago" in rest else NUMBER), False
        return DESCRIPTION, False
    named = re.search(r"\bnames? of\b", lowered)
    if named and _person_noun(lowered) is not None:
        return PERSON, False  # "the name of the (foreign) minister"
    if head in ("degree", "degrees") and re.search(r"\bat (?:what|which) degrees?\b|\b(?:what|which) degrees?\b.*\bat\W*$", lowered):
        return NUMBER, False  # "At what degree are the cranks set?": an angle, not a diploma
    if wh in ("which", "what") and head in _HEAD:
        kind = _HEAD[head]
        if head == "area" and re.search(rf"\barea of (?:the )?{_FIELDS}\b", lowered):
            return ENTITY, False  # "In what area of study ...?": a field, neither a place nor a measure
        if head == "area" and re.search(r"\b(?:what|which)\s+(?:[a-z]+\s+)?area\s+(?:in|near|around|along|within)\s+"
                                        r"(?!square|hectares|acres|km|kilometres|miles|metres)|\bin (?:what|which) (?:[a-z]+ )?area\b"
                                        r"|\b(?:present|modern)[\s-]day area\b|\barea (?:is|was|are|were) (?:designated|known|called"
                                        r"|named|famous|home|located|situated)\b", lowered):
            kind = PLACE  # "What area in Canada received them?", "In what area ...?" ask where; "What area does it span?" how large
        return (LIST if plural and kind in (PLACE, ORG, PERSON) else kind), plural
    if wh in ("which", "what", "whose") and head and is_person_noun(head):
        return (LIST if _plural(head) else PERSON), _plural(head)
    if wh in ("which", "what") and head and head not in _SORTS:
        return ENTITY, head.endswith("s") and not head.endswith("ss")
    if named or re.search(r"\bnames? (?:did|does|do|is|was)\b|\b(?:called|named)\b", lowered):
        return ENTITY, False
    if _MOVED_TO.match(lowered):
        return REASON, False  # "What prompted Venezuela to cut ties?" asks why
    if wh == "what" and rest[:1] and rest[0] in ("is", "are", "was", "were") and len(rest) <= 4:
        return DEFINITION, False
    return DESCRIPTION, False


_DIRECTION = re.compile(r"(?<!\bin )\b(?:which|what) (?:direction|way)\b.*\b(?:flow|run|ran|turn|go|went|head|move|"
                        r"travel|drift|blow|point|face|bend|sail|march|migrate|spread|lead|lie)(?:s|es|ed|ing)?\b"
                        r"|\b(?:which|what) direction (?:is|was|are|were|does|did|do)\b")
_MOVED_TO = re.compile(r"^\s*what (?:prompted|caused|led|drove|pushed|motivated|forced|spurred|persuaded|inspired|"
                       r"encouraged|compelled|made) (?:[\w'’.-]+ ){1,5}to [a-z]+")
_COUNTED = re.compile(r"\bhow (?:many|much) ((?:[a-z0-9'-]+ ){0,3}?[a-z'-]+?) (?:did|does|do|is|are|was|were|has|have|had|will|would|can|could)\b")


_COUNTED_NOUN = re.compile(r"\bhow many (?:(?:more|other|different|new|additional|total|of the|of|[a-z]+(?:er|est))\s+)*"
                           r"([a-z'-]+)")


# "What is the population of ...?", "What was the number of deaths ...?"
_COUNTED_OF = re.compile(r"^(?:what|which) (?:is|was|are|were) the (?:total |estimated |approximate )?"
                         r"(?:number of (?:the )?([a-z'-]+)|(population))\b")


# "What was the nationality of X?", "What is X's nationality?" (not "When did X take British nationality?")
_NATIONALITY = re.compile(r"^\s*(?:what|which) (?:was|is|were|are) the nationality of\b|^\s*(?:what|which)\b.*'s nationality\s*\??\s*$")


def _counted(lowered: str, analyzer: Analyzer) -> tuple[str | None, tuple[str, ...]]:
    """What "how many/much X did..." counts: the term of the last word of X, else the word after "how many" or
    "the number of" (or "population"); and the terms of X's other words."""
    m = _COUNTED.search(lowered)
    if m:
        *kind, head = m.group(1).split()
        return analyzer.term(head) or None, tuple(t for t in map(analyzer.term, kind) if t)
    m = _COUNTED_NOUN.search(lowered) or _COUNTED_OF.search(lowered)
    return (analyzer.term(m[m.lastindex]) or None if m else None), ()


def _person_noun(lowered: str) -> str | None:
    """The person noun of "who was the first mayor ...", "who is Peru's foreign minister", "the name of the
    foreign minister", if any.

    The noun phrase ends at the first function word ("the name of the dog the president owned" names a dog)."""
    m = re.search(r"\bnames? of (?:the |a |an |this |that )?(\w+(?: \w+){0,2})"
                  r"|^who (?:is|was) (?:the |[\w.-]+['’]s )(\w+(?: \w+){0,2})", lowered)  # "who is Peru's foreign minister"
    if m and lowered[m.end() : m.end() + 2] in ("'s", "’s"):
        return None  # "who was the king's wife" asks about the wife, not a king
    phrase = itertools.takewhile(lambda w: w not in STOPWORDS, (m.group(1) or m.group(2)).split()) if m else ()
    return next((w for w in reversed(list(phrase)) if _HEAD.get(w) == PERSON or is_person_noun(w)), None)


# A four-digit number from 1000 to 2099 that is not an amount ("$1500", "1200 monks", "1500 metres").
_NAME = re.compile(r"\b[A-Z][\w'’.-]*(?:\s+(?:of|de|del|la|los|the)?\s*[A-Z][\w'’.-]*)*")


_LEADING_SETTING = re.compile(r"^\s*(?:after|before|when|while|if|once|since|during|following|as)\b[^,?]*,", re.I)
_TRAILING_SETTING = re.compile(r"\b(?:during|after|before|following|throughout|amid|while)\b[^,?]*\??$", re.I)


_SAYS_LITTLE = frozenset({"happen", "occur", "do", "take", "place"})


def _setting(text: str, analyzer: Analyzer) -> set[str]:
    """Terms said only to set the scene of the question ("After the river was diverted, where ...",
    "... during the straightening program?"): often told by the sentence before the answer. A scene is told
    in common words, besides any names: "after Bingen" is a place, "after Rollo" a successor."""
    wh = re.search(r"\b(?:who|whom|whose|what|which|when|where|why|how)\b", text, re.I)
    if not wh:
        return set()
    found = [m for m in (_LEADING_SETTING.match(text), _TRAILING_SETTING.search(text, wh.end())) if m]
    spans = [m.span() for m in found if not m.start() <= wh.start() < m.end()
             and any(w.islower() and w not in STOPWORDS for w in re.findall(r"[^\W\d_]+", m.group())[1:])]
    inside: set[str] = set()
    outside: set[str] = set()
    for t in analyzer.tokens(text):
        (inside if any(a <= t.start < b for a, b in spans) else outside).add(t.term)
    # With less than two words of its own, the question is about its scene: "What is released during photosynthesis?"
    return inside - outside if len(outside - _SAYS_LITTLE) >= 2 else set()


def _without_opening_word(m: re.Match) -> str:
    """A capitalised run, less the question's first word ("Besides Ana Ruiz" -> "Ana Ruiz")."""
    return m.group(0) if m.start() > 0 else m.group(0).partition(" ")[2].lstrip()


def analyze(text: str, analyzer: Analyzer) -> Question:
    folded = fold(text)
    words = re.findall(r"[a-z0-9]+", folded)
    cased = re.findall(r"[A-Za-z0-9]+", fold_case_kept(text))  # the same words as written
    wh, rest = _wh_and_rest(words)
    head = head_noun(rest) if wh in ("which", "what", "whose") else None
    kind = _kind_words(rest, cased[len(cased) - len(rest):]) if wh in ("what", "which") else []
    if head and kind and head not in kind and head not in _HEAD and head not in _SORTS and not is_person_noun(head):
        head = kind[-1]  # "what ships carry coal": ships, not "coal"
    expected, wants_list = _expected(wh, head, rest, folded)
    if head == "count" and re.search(r"\bCount\b", text):
        expected = PERSON  # "Which Count did the Prince ...?" asks for a nobleman, not a number
    identify = asked_about(text)
    if identify:
        expected = DESCRIPTION
    nationality = head in ("nationality", "nationalities", "citizenship") or bool(_NATIONALITY.search(folded))
    if nationality:
        expected = ENTITY  # a people's word: "British"
    direction = bool(_DIRECTION.search(folded))
    language = asked_language(folded)
    counted, counted_kind = _counted(folded, analyzer)
    if direction:
        expected, wants_list = PLACE, False
    frame = _FRAME.search(folded)  # "how many", "what kind of": part of the question, not of the answer
    sorts = bool(frame and re.match(_SORT_OF, frame.group()))
    alias_of, alias_frame = asked_alias(text) or (None, [])
    example_of, example_frame = asked_example(text) or (None, [])
    if alias_of or example_of:
        expected, wants_list = ENTITY, False
    # The frames and a century named ("in the 11th century", matched to years by the answerer) are not looked up.
    skipped = [(m.start(), m.end()) for m in (frame, *CENTURY.finditer(text)) if m] + alias_frame + example_frame
    tokens = [t for t in analyzer.tokens(text) if not any(start <= t.start < end for start, end in skipped)]
    surface_names = [name for m in re.finditer(_NAME, text) if not any(start <= m.start() < end for start, end in skipped)
                     for name in [_without_opening_word(m)] if name and fold(name) not in STOPWORDS | _CALENDAR]
    names = [fold(n) for n in surface_names]
    return Question(
        text, wh, expected, wants_list or expected == LIST, tokens, names, surface_names,
        re.findall(YEAR, text), centuries(text), analyzer.term(head) if head else None,
        generic_head=head in _HEAD and head not in _MEASURES,
        wants_country=head in ("country", "countries", "nation", "nations"),
        wants_nationality=nationality,
        wants_person=expected in (PERSON, LIST)
        and ((wh not in ("who", "whose") and expected == PERSON) or _person_noun(folded) is not None or bool(head and is_person_noun(head))),
        wants_percent=expected == NUMBER and bool(re.search(r"\b(percent|percentage|share|proportion|rate)\b", folded)),
        share_of=share_of(folded, analyzer) if expected == NUMBER else (),
        choices=asked_choices(text),
        unit=asked_unit(folded) if expected == NUMBER else None,
        counted=counted,
        counted_kind=counted_kind,
        wants_weekday=expected == DATE and bool(re.search(r"\bday of the week\b|\bweekday\b", folded)),
        wants_year=expected == DATE and head in ("year", "years"),
        wants_direction=direction,
        wants_origin=asks_origin(text),
        gloss_of=glossed(text) if expected in (DEFINITION, DESCRIPTION, ENTITY) and not language else None,
        language=language,
        event=asked_event(text) if expected == DATE else (),
        setting=_setting(text, analyzer),
        companions=asked_beside(text),
        identify=identify,
        kind_words=tuple(kind),
        wants_kind=wh in ("what", "which") and expected == ENTITY or sorts,
        sorts=sorts,
        alias_of=alias_of,
        example_of=example_of,
        role=(_person_noun(folded) or (head if head and is_person_noun(head) else None)) if expected == PERSON else None,
    )
