"""Typed spans inside a sentence: dates, numbers, names, lists of names, reasons, quotations.

Plain regular expressions over general English; offsets index the sentence.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from qa.text.fold import fold, fold_case_kept
from qa.text.thesaurus import common_words
from qa.text.wordlists import (
    CAPITALS,
    COUNTRIES,
    DEMONYMS,
    IRREGULAR_VERBS,
    MONTHS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    STOPWORDS,
    TITLES,
    WEEKDAYS,
    is_person_noun,
)


@dataclass(frozen=True)
class TypedSpan:
    start: int
    end: int
    kind: str  # "date" "number" "name" "list" "role" "place" "reason" "quote" "demonym" "form" "others" "identity"


_MONTH = "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True))
# A year from 1000 to 2099, unless it is an amount: "$1500", "1,500", "1200 monks", "1500 metres", "45%".
# After a word of time ("in 2018 elections were held", "by 1066 Normandy had") it is a year whatever follows.
_TIME_WORDS = ("in", "In", "since", "Since", "by", "By", "from", "From", "until", "till", "before", "Before", "after",
               "After", "during", "During", "of", "around", "circa", "year", "summer", "winter", "spring", "autumn")
_AFTER_TIME_WORD = "(?:" + "|".join(rf"(?<=\b{w} )" for w in _TIME_WORDS) + ")"
_AMOUNT_AFTER = (r"(?!\s?(?:%|percent|per cent|[°º])|\s+(?!(?:was|has|is|his|this|its|as|us|thus|whereas|always|"
                 r"perhaps|towards|afterwards|besides)\b)[a-z]+s\b|\s+(?:people|men|women|children|feet|km|m|kg)\b)")
_YEAR = (rf"(?<![\d,.$€£])(?:{_AFTER_TIME_WORD}(?:1\d|20)\d\d(?![\d.,]\d)(?!\s?(?:%|percent|per cent|[°º]))"
         rf"|(?:1\d|20)\d\d(?![\d.,]\d){_AMOUNT_AFTER})")
YEAR = re.compile(rf"\b{_YEAR}\b")
# A year before 1000 only after a word of time that rarely precedes an amount ("began in 911 as a fief"), and
# not followed by "of" or a plural ("in 300 of the towns", "in 300 years"; "from 200 to 300" is no year either).
_EARLY_YEAR = ("(?:" + "|".join(rf"(?<=\b{w} )" for w in _TIME_WORDS if w.lower() not in ("by", "from", "of", "year", "around"))
               + rf")[1-9]\d\d(?![\d.,]\d)(?!\s+of\b){_AMOUNT_AFTER}")
EARLY_YEAR = re.compile(rf"\b{_EARLY_YEAR}\b")
_PLAIN_YEAR = r"(?<![\d,.$€£])(?:1\d|20)\d\d"  # in a range ("between 1402 and 1405", "1990-95")
_ERA = r"(?:\s+(?:BC|BCE|AD|CE|B\.C\.|A\.D\.)(?![\w]))"
_ORDINAL = rf"(?:\d{{1,2}}(?:st|nd|rd|th)|twenty-(?:first|second)|{'|'.join(ORDINAL_WORDS)})"
_PART = r"(?:(?:early|mid|late|the\s+(?:first|second|latter|last)\s+half\s+of\s+the)[\s-]+)"
_CENTURY = (rf"(?:the\s+)?{_PART}?{_ORDINAL}(?:[\s-]+(?:and|or|to|through)\s+(?:the\s+)?{_PART}?{_ORDINAL})?"
            rf"[\s-]+centur(?:y|ies){_ERA}?")
_DECADE = r"(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?\d{2,3}0s\b|(?:the\s+)?['’]\d0s\b"  # "the 880s", "the '60s", not "his 30s"
_FULL_MONTH = "|".join(m.capitalize() for m in MONTHS if len(m) > 3 or m == "may")
_DAY_MONTH = rf"(?:(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+{_YEAR})?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH})\.?(?:,?\s+{_YEAR})?)"
_POINT = rf"(?:{_DAY_MONTH}|(?:{_MONTH})\.?\s+{_YEAR}|{_YEAR}{_ERA}?|{_EARLY_YEAR}{_ERA}?|(?:AD|A\.D\.)\s+\d{{1,4}}|\d{{1,4}}{_ERA})"
# Before the present ("2.5 million years ago", "~11,600 BP", "22,000–14,000 yr BP"): a date that is also an amount.
_AMOUNT = r"(?<![\d,.])\d+(?:[,.]\d+)*"  # anchored at the number's start: no retrying inside "1,2,3,..."
_AGO = (rf"{_AMOUNT}(?:\s*[–—-]\s*{_AMOUNT})?(?:\s+(?:thousand|million|billion))?\s*"
        r"(?:(?:years?|yrs?)\s+(?:ago|BP|before\s+present)|(?:BP|MBP|kya|mya)(?![\w]))")
AGO = re.compile(_AGO)
# A named age ("the Jurassic Period", "the Ice Ages", "the Miocene", "Roman times", "World War I"), not part of a
# longer name ("the Ice Age Trail", "The Age of Reason", "the World War II Memorial").
_EPOCHS = "Paleocene|Palaeocene|Eocene|Oligocene|Miocene|Pliocene|Pleistocene|Holocene|Anthropocene"
_NAMED_AGE = (r"(?:(?:the\s+)?(?:(?!The\b)[A-Z][\w-]+\s+){1,2}(?:Era|Period|Epoch|Ages?|era|period|epoch)"
              r"|(?:[A-Z][a-z]+(?:an|ic|ish|ese|ine)|medieval|ancient|prehistoric|colonial|biblical)\s+times"
              r"|(?:the\s+)?(?:First|Second)\s+World\s+War|World\s+War\s+(?:II|I|One|Two|1|2))\b(?!\s+(?:[A-Z]|of\b))"
              rf"|(?:the\s+)?(?:{_EPOCHS})\b")  # "the Holocene Rhine delta" still dates it
_DATE = (  # compiled on first use (a tenth of a cold start; most questions never need it)
    rf"\b(?:(?:the\s+)?(?:end|beginning|start|middle|spring|summer|autumn|fall|winter)\s+of\s+)?"
    rf"(?:(?:early|mid|late)[\s-])?"
    rf"(?:(?:[Bb]etween|[Ff]rom)\s+{_PLAIN_YEAR}{_ERA}?\s+(?:and|to|until)\s+{_PLAIN_YEAR}{_ERA}?"
    rf"|{_PLAIN_YEAR}\s*[–—-]\s*(?:{_PLAIN_YEAR}|\d\d)(?!\d)"
    rf"|{_AGO}|{_NAMED_AGE}"
    rf"|{_CENTURY}|{_DECADE}"
    rf"|{_POINT}"
    rf"|the\s+\d{{1,2}}(?:st|nd|rd|th)"
    rf"|(?:in|by|until|till|since|from|during|before|after)\s+(?:{_FULL_MONTH})(?!\s*\d)"
    rf"|(?:last|this|next|the\s+following)\s+(?:week|month|year|decade|century)"
    rf"|{'|'.join(w.capitalize() for w in WEEKDAYS)}|yesterday|today"
    rf"|(?:at|by)\s+(?:night|dawn|dusk|noon|midnight)|in\s+the\s+(?:morning|afternoon|evening)s?"
    rf"|(?:in|during)\s+(?:the\s+)?(?:spring|summer|autumn|fall|winter)"
    rf"|(?:every|each)\s+(?:day|night|morning|evening|week|month|year)|daily|weekly|monthly|annually|nightly)\b"
)


_BARE_YEAR = re.compile(_YEAR)  # YEAR without the word boundaries, matched where a number starts
CENTURY = re.compile(rf"\b{_CENTURY}", re.I)
_ORDINAL_VALUE = re.compile(rf"\b(?:(\d{{1,2}})(?:st|nd|rd|th)|twenty-(first|second)|({'|'.join(ORDINAL_WORDS)}))\b", re.I)


_HUNDREDS = re.compile(r"\b(\d{1,2})00['’]?s\b")  # "the 1100s" is the 12th century


def centuries(text: str) -> set[int]:
    """The centuries a text names ("the 10th and 11th centuries" -> {10, 11}; "the ninth century" -> {9};
    "the 1100s" -> {12}; none BC)."""
    found = {int(hundreds) + 1 for hundreds in _HUNDREDS.findall(text)}
    for m in CENTURY.finditer(text):
        if re.search(r"\b(?:BC|BCE|B\.C\.)$", m.group(0)):
            continue
        for digits, twenty, word in _ORDINAL_VALUE.findall(re.sub(_PART, " ", m.group(0), flags=re.I)):
            found.add(int(digits) if digits else 20 + ORDINAL_WORDS.index(twenty.lower()) + 1 if twenty
                      else ORDINAL_WORDS.index(word.lower()) + 1)
    return found


_NUMWORD = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_NUMBER = re.compile(
    r"[$€£¥]\s?\d+(?:[.,]\d+)*\s?(?:bn|mn|tn|m|k)\b|"  # a sum of money shortened: "$4.5bn", "€5m", "£20k"
    rf"(?:[$€£¥]\s?)?(?<![\w.])(?:\d+(?:[.,]\d+)*|(?:{_NUMWORD})(?:[\s-](?:{_NUMWORD}))*)\b"
    rf"(?:\s?%|\s(?:percent|per cent))?"
    rf"(?:\s(?:hundred|thousand|million|billion|trillion))?",
    re.I,
)
# A fraction: "one-eighth", "two thirds of", "a fifth of the land", "half of", "one quarter the size" (not "a third term").
FRACTION = re.compile(
    r"\b(?:(?:one|two|three|four|five|six|seven|eight|nine|ten)-(?:half|third|quarter|fifth|sixth|seventh|eighth|ninth"
    r"|tenth)s?\b|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:third|quarter|fifth|sixth|seventh"
    r"|eighth|ninth|tenth|hundredth|thousandth)s?(?=\s+(?:of|the)\b)|(?:one[\s-])?half(?=\s+(?:of|the|as)\b))",
    re.I,
)
_CAP = r"(?:[A-Z][\w'’.-]*[\w]|[A-Z])"
_NAME = re.compile(rf"{_CAP}(?:\s+(?:(?:of|de|del|la|las|los|da|do|dos|van|von|der|bin|al|y)\s+){{0,2}}{_CAP})*")
_LIST_GAP = re.compile(r"^(?:,\s*|,?\s+(?:and|or)\s+)(?:the\s+)?$")
_REASON = re.compile(
    r"\b(?:because(?:\s+of)?|due\s+to|owing\s+to|as\s+a\s+result\s+of|following|in\s+order\s+to|so\s+that|"
    r"aimed\s+at|in\s+a\s+bid\s+to|on\s+the\s+grounds\s+that|in\s+protest|in\s+response\s+to|to\s+prevent|"
    r"to\s+avoid|after)\b[^.;,]*",
    re.I,
)
_QUOTE = re.compile(r"[\"“]([^\"“”]{3,})[\"”]")
# Capitalised words that open sentences without naming anything.
_STARTERS = {"following", "according", "among", "prior", "however", "meanwhile", "today", "yesterday", "now",
             "although", "despite", "besides", "instead", "still", "yet", "later", "earlier", "hundreds",
             "thousands", "millions", "several", "many", "most", "some", "this", "these", "those", "it",
             "since", "while", "whereas", "unless", "until", "upon", "within", "without", "throughout", "across",
             "along", "amid", "beyond", "except", "towards", "toward", "via", "whether", "thus", "hence",
             "therefore", "moreover", "furthermore", "nevertheless", "nonetheless", "otherwise", "indeed",
             "perhaps", "also", "only", "even", "already", "often", "sometimes", "usually", "finally", "then",
             "here", "there", "once", "like", "unlike", "born", "each", "every", "both", "either", "neither"}
# Endings of English adjectives and abstract nouns, which names rarely have ("Archaeological finds show ...").
_WORD_ENDINGS = ("ical", "tion", "tions", "sion", "sions", "ments", "ous", "ful", "less", "able", "ible")
_NOT_NAMES = {m.capitalize() for m in MONTHS} | {d.capitalize() for d in WEEKDAYS}


# An answer looks at the same few dozen candidate sentences for every question of a conversation: the spans
# of a text are remembered (they depend on the text alone).
_REMEMBERED = 4096


@lru_cache(maxsize=1)
def _date_pattern() -> re.Pattern:
    return re.compile(_DATE)


@lru_cache(maxsize=_REMEMBERED)
def dates(text: str) -> tuple[TypedSpan, ...]:
    return tuple(TypedSpan(m.start(), m.end(), "date") for m in _date_pattern().finditer(fold_case_kept(text)))


@lru_cache(maxsize=_REMEMBERED)
def numbers(text: str) -> tuple[TypedSpan, ...]:
    folded = fold_case_kept(text)
    out = [TypedSpan(m.start(), m.end(), "number") for m in FRACTION.finditer(folded)]
    fractions = list(out)
    for m in _NUMBER.finditer(folded):
        value = m.group(0).strip()
        year = _BARE_YEAR.match(folded, m.start())
        if (year and year.end() == m.start() + len(value)) or value.lower() in ("one", "half", "quarter"):
            continue  # a bare year is a date; "one" is mostly a pronoun
        if not any(f.start <= m.start() < f.end for f in fractions):
            out.append(TypedSpan(m.start(), m.start() + len(m.group(0).rstrip()), "number"))
    return tuple(sorted(out, key=lambda n: n.start))


@lru_cache(maxsize=_REMEMBERED)
def names(text: str) -> tuple[TypedSpan, ...]:
    folded = fold_case_kept(text)
    out = []
    for m in _NAME.finditer(folded):
        s, e = m.start(), m.end()
        word = m.group(0)
        if word.endswith(("'s", "’s")):
            e -= 2
            word = word[:-2]
        first = word.split()[0]
        at_start = not folded[:s].strip(" \"“'(")
        if at_start and (first.lower() in STOPWORDS or first.lower() in _STARTERS or first.lower() in common_words()
                         or first.lower().endswith(_WORD_ENDINGS)):
            rest = word[len(first):].lstrip()
            if not rest:
                continue
            s, word = e - len(rest), rest
        last = word.split()[-1].lower()
        if (word in _NOT_NAMES or word.lower() in STOPWORDS or word.lower() in NUMBER_WORDS
                or last in DEMONYMS or last.rstrip("s") in DEMONYMS):
            continue
        out.append(TypedSpan(s, e, "name"))
    return tuple(out)


# Words that make a capitalised name an organisation or a place rather than a person.
_NOT_PERSON = frozenset("""
ministry ministries republic council organization organisation party union bank university state states
nations agency committee court assembly government army navy company group network house office
department commission association league federation cartel society institute foundation church
school college hospital museum club corporation airlines times news post city county province river
mountain mountains lake island islands sea ocean gulf bay street square park bridge airport station
region regions kingdom empire district village town capital port valley duchy counties plain academy
conservatory orchestra observatory library abbey harbour harbor cathedral palace monastery
""".split())
_WEB_NAME = re.compile(r"[a-z]{2,}\.[a-z]{2,}")  # "news.az", "amazon.com": a site, not a person ("j.r.r." is initials)
_PLACE_FIRST = frozenset("fort castle cape tower".split())  # first or before "of": "Fort Caroline", not "Barbara Castle"


_PLACE_NOUNS = ("province city county region kingdom district village town republic state island duchy capital "
                "port valley municipality").split()
_OF_A_PLACE = re.compile(rf"\b(?:{'|'.join(_PLACE_NOUNS)})\s+of\s+$", re.I)


_WORKS_AND_EVENTS = frozenset("""
award awards prize prizes medal medals trophy cup championship championships games olympics book books album albums
song songs film films movie movies series chart charts festival festivals war wars battle battles treaty
treaties revolution crusade expedition conference summit election elections edict edicts act acts decree decrees
charter constitution declaration testament gospel bible massacre rebellion uprising siege
""".split())
_ALSO_SURNAMES = frozenset({"battle", "book", "song", "games", "cup"})  # Kathleen Battle, Song Kang-ho


def demonyms(text: str) -> tuple[TypedSpan, ...]:
    """Words of a people that tell where someone is from: "Japanese" in "the Japanese voice actress Aki Ono"
    (a person noun within two words; not "French fries", "speaks French fluently", "a Panamanian flag")."""
    return tuple(TypedSpan(m.start(1), m.end(1), "demonym")
                 for m in re.finditer(r"\b([A-Z][a-z]+)((?:\s+[a-z]+){1,2})", fold_case_kept(text))
                 if m.group(1).lower() in DEMONYMS and any(is_person_noun(w) for w in m.group(2).split()))


def names_a_thing(text: str, span: TypedSpan) -> bool:
    """A name of a work, prize or event ("Grammy Awards", "Book of Isaiah", "Battle of Hastings"): never a who.
    A word that is also a surname counts only before "of"."""
    words = [w.lower().strip(".,'’") for w in text[span.start : span.end].split()]
    return any(w in _WORKS_AND_EVENTS and (w not in _ALSO_SURNAMES or words[i + 1 : i + 2] == ["of"])
               for i, w in enumerate(words))


def is_person_like(text: str, span: TypedSpan) -> bool:
    """A name that could be a person's: no organisation or place word in or before it ("the province of X"),
    not a country, not a web site ("News.Az")."""
    words = [w.lower().strip(".,'’") for w in text[span.start : span.end].split()]
    joined = " ".join(w for w in words if w not in ("the",))
    placed = any(w in _PLACE_FIRST and (i == 0 or words[i + 1 : i + 2] == ["of"]) for i, w in enumerate(words))
    return (not placed and not any(w in _NOT_PERSON or _WEB_NAME.fullmatch(w) for w in words) and joined not in COUNTRIES
            and not _OF_A_PLACE.search(text[max(0, span.start - 30) : span.start]))


_IN_A_PLACE = re.compile(r"\b(?:in|into|near|inside|throughout|across|within)\s+(?:the\s+)?$", re.I)


_ALSO_GIVEN_NAMES = frozenset("chad jordan georgia israel india kenya paris".split())  # "passed the ball to Chad"
_TO_A_PLACE = re.compile(r"\b(?:from|to|at|via|toward|towards)\s+(?:the\s+)?$", re.I)


def after_a_place_word(text: str, start: int) -> bool:
    """Does a word that puts a place after it ("in", "to", "near", "from the") come just before ``start``?"""
    before = text[max(0, start - 16) : start]
    return bool(_IN_A_PLACE.search(before) or _TO_A_PLACE.search(before))


def in_a_place(text: str, span: TypedSpan) -> bool:
    """A name said as a place: just after "in", "into", "near"..., or a country or capital after "from", "to", "at"
    ("ambassadors from Caracas"; "a letter from Lima Ortiz" is someone's); not a possessive ("in Rollo's army")."""
    before = text[max(0, span.start - 16) : span.start]
    place = fold(text[span.start : span.end]).removeprefix("the ")
    known = place in COUNTRIES | CAPITALS.keys() and place not in _ALSO_GIVEN_NAMES
    place_of = _OF_A_PLACE.search(text, max(0, span.start - 30), span.start)  # "the town of Dessau Point"
    return bool(_IN_A_PLACE.search(before) or place_of or known and _TO_A_PLACE.search(before)) and not re.match(r"['’]s\b", text[span.end :])


def person_core(text: str, span: TypedSpan) -> TypedSpan | None:
    """The name without the titles, acronyms and nationality before it ("UN Ambassador Ann Lowe" -> "Ann Lowe",
    "Secretary of State Ann Lowe" -> "Ann Lowe"). None when nothing is left ("US Ambassador" names a post)."""
    words = list(re.finditer(r"\S+", text[span.start : span.end]))
    after_of = False  # "Secretary of State": what follows "of" in a title is part of it
    for i, w in enumerate(words):
        word = w.group(0).strip(".,")
        lowered = word.lower()
        acronym = word.isupper() and 1 < len(word) <= 4
        if not (lowered in TITLES or lowered in DEMONYMS or acronym or lowered in ("of", "the") or after_of):
            if words[-1].group(0).strip(".,").lower() in TITLES:
                return None  # "Federal Minister", "the Grand Duke": a post
            return TypedSpan(span.start + w.start(), span.end, span.kind) if i else span
        after_of = lowered == "of" and i > 0
    return None


def titled(text: str, span: TypedSpan, role: str | None) -> bool:
    """Is the name given the role asked about: "Duke William" or "William, the duke" for "who was the duke"?"""
    if not role:
        return False
    stem = re.escape(role[:-1] if role.endswith("s") else role)
    words = text[span.start : span.end].split()
    own = text[span.start : span.start + len(" ".join(words[:-1]))] if len(words) > 1 else ""  # "Duke" of "Duke Odo"
    before = re.search(rf"\b{stem}s?\b(?:\s+of\s+\w+)?\s*$", text[max(0, span.start - 40) : span.start] + own, re.I)
    after = re.match(rf",?\s+(?:the|a|an|its|their)\s+(?:\w+\s+)?{stem}s?\b", text[span.end : span.end + 40], re.I)
    return bool(before or after)


def lists(text: str) -> list[TypedSpan]:
    """Runs of two or more names joined by commas and "and"/"or"."""
    found = names(text)
    out, run = [], list(found[:1])
    for span in found[1:]:
        if _LIST_GAP.match(text[run[-1].end : span.start]):
            run.append(span)
            continue
        if len(run) >= 2:
            out.append(TypedSpan(run[0].start, run[-1].end, "list"))
        run = [span]
    if len(run) >= 2:
        out.append(TypedSpan(run[0].start, run[-1].end, "list"))
    return out


_COMPASS = r"(?:north-?east|north-?west|south-?east|south-?west|north|south|east|west)"
_DIRECTION = rf"\b{_COMPASS}(?:ern)?\b"
_RELATIVE_PLACE = re.compile(
    rf"\b(?:(?:about|some|roughly|nearly)\s+)?(?:\d[\d,.]*|[a-z]+)\s+(?:kilometres?|kilometers?|km|miles?|metres?|meters?)"
    rf"\s+(?:to\s+the\s+)?{_DIRECTION}(?:\s+of\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?"
    rf"|\b(?:[Tt]o\s+the\s+)?(?i:{_DIRECTION})\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*"
)


_ROLE = re.compile(  # the words after a determiner are looked at, not taken: the next role may start among them
    r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[A-Z][\w-]*['’]s)(?=((?:\s+[a-z'’-]+){1,3}))"
)
_OF_WHAT = re.compile(r"\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2}")
_WORD_RUN = re.compile(r"[\w-]+")
_NOT_ROLES = frozenset({"person", "people", "someone", "somebody", "individual"})


@lru_cache(maxsize=_REMEMBERED)
def roles(text: str) -> tuple[TypedSpan, ...]:
    """People told by what they are rather than by name: "the head of the election commission", "her father"."""
    out = []
    for m in _ROLE.finditer(text):
        for word in re.finditer(r"\S+", m.group(1)):
            noun = word.group(0)
            if is_person_noun(noun) and noun not in _NOT_ROLES:
                end = m.start(1) + word.end()
                out.append(TypedSpan(m.start(), _of_what(text, end), "role"))
                break
    return tuple(out)


def _of_what(text: str, end: int) -> int:
    """The end of "of the election commission" after a role ending at ``end``: its words up to a function
    word or a verb form ("the leader of the party said ..." stops before "said")."""
    of = _OF_WHAT.match(text, end)
    if not of:
        return end
    words = list(_WORD_RUN.finditer(text, end, of.end()))
    keep = words[: 3 if words[1].group(0) == "the" else 2]  # "of (the) X"
    for w in words[len(keep) :]:
        lowered = w.group(0).lower()
        if lowered in STOPWORDS or lowered in IRREGULAR_VERBS or lowered.endswith("ed"):
            break
        keep.append(w)
    return keep[-1].end()


def relative_places(text: str) -> list[TypedSpan]:
    """Places told by distance and direction: "two kilometres to the west", "north of Brennick"."""
    return [TypedSpan(m.start(), m.end(), "place") for m in _RELATIVE_PLACE.finditer(text)]


_HEADING = re.compile(rf"\b(?i:{_COMPASS})(?:wards?|erly|ward)?\b(?!\s+[A-Z])"  # not "North Sea"
                      r"|\b(?i:upstream|downstream|uphill|downhill|inland|seawards?|(?:anti|counter)?clockwise)\b")


def directions(text: str) -> list[TypedSpan]:
    """Compass directions and ways of moving ("north", "westward", "downstream"), for "which direction"."""
    return [TypedSpan(m.start(), m.end(), "place") for m in _HEADING.finditer(text)]


def reasons(text: str) -> list[TypedSpan]:
    return [TypedSpan(m.start(), m.end(), "reason") for m in _REASON.finditer(text)]


def quotations(text: str) -> list[TypedSpan]:
    return [TypedSpan(m.start(1), m.end(1), "quote") for m in _QUOTE.finditer(text)]
