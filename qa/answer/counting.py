"""What a "how many" question counts, and whether a sentence counts it: "nine dungeons", "one button"."""

import re

from qa.answer import spans, units
from qa.answer.question import Question
from qa.answer.spans import TypedSpan
from qa.text.fold import fold
from qa.text.tokens import Analyzer
from qa.text.wordlists import AUXILIARIES, IRREGULAR_VERBS, is_person_noun

_VAGUE_COUNT = re.compile(r"(?<!\bno )(?<!\bat )(?<!\bthe )\b(?:one|several|a few|a couple of)\s+(?!of\b)"
                          r"((?:[\w'-]+\s+)?[\w'-]+)", re.I)


# What a sum of money counts ("How much money did it take?" answered by "a budget around $245 million").
MONEY_WORDS = ("money cost budget price funding fund spending revenue income salary wage fee fine profit cash sum "
               "compensation donation grant loan debt tax rent earnings investment payment ransom prize reward")
_CURRENCY_BEFORE = re.compile(r"(?:[$€£¥]|\b(?:US|USD|EUR|GBP|CHF|SEK|NOK|DKK|Rs|INR|R\$|A\$|C\$|NZ\$)\s?)$")
_CURRENCY_AFTER = re.compile(r"\s*(?:(?:hundred|thousand|million|billion|trillion|crore|lakh)\s+)?"
                             r"(?:(?:US|U\.S\.|Swiss|Australian|Canadian|Hong Kong|New Zealand|Swedish|Danish|Norwegian)\s+)?"
                             r"(?:dollars?|euros?|pounds?(?! of)|yen|francs?|marks?|rupees?|pesos?|yuan|rubles?|roubles?|"
                             r"florins?|guilders?|kronor|kroner|krona|krone|guineas?|shillings?|lire|lira|ducats?|dinars?|"
                             r"riyals?|rand|crore|lakh)\b", re.I)


def is_money(text: str, number: TypedSpan) -> bool:
    """Is the number a sum of money ("$245 million", "US 5 billion", "20 million euros")?"""
    before = text[max(0, number.start - 4) : number.start]
    return text[number.start] in "$€£¥" or bool(_CURRENCY_BEFORE.search(before) or _CURRENCY_AFTER.match(text, number.end))


def counts_in_words(sentence: str, counted: str, analyzer: Analyzer) -> list[TypedSpan]:
    """"one button", "several awards": a count that the number finder leaves out ("one" is mostly a pronoun),
    when it counts what the question does (``counted`` is one of the next two words; not "no one", "at one")."""
    return [TypedSpan(m.start(), m.start(1) - 1, "number") for m in _VAGUE_COUNT.finditer(sentence)
            if counted in analyzer.terms(m.group(1))]


def _words_after(text: str, end: int, analyzer: Analyzer) -> list[str]:
    """The terms of the run of (up to three) content words after the number ending at ``end``."""
    terms = []
    for word in re.findall(r"[A-Za-z][\w'-]*", re.match(r"[\sA-Za-z'-]*", text[end : end + 40]).group())[:3]:
        if not (t := analyzer.term(fold(word))):
            break
        terms.append(t)
    return terms


def counted_after(text: str, end: int, analyzer: Analyzer) -> str | None:
    """The term of what the number ending at ``end`` counts: the last word of the run of content words after
    it ("nine dungeons where ..." -> dungeon, "5 Olympic Games" -> game)."""
    return (_words_after(text, end, analyzer) or [None])[-1]


_AFTER_A_VERB = frozenset("in to from at on by for with into during after before across over".split())
_ANY_COUNT = ("times", "occasions", "percent", "strong")  # words after a number that count anything: "5 times"
# Words for people, which count people whatever the question calls them ("12,500 staff" for "how many people").
_PEOPLE = frozenset("""people persons individuals men women children humans staff fans passengers visitors members
spectators volunteers crew tourists guests peacekeepers personnel audience attendees participants climbers pilgrims
supporters voters viewers readers users customers patients victims survivors refugees migrants settlers""".split())


def verb_follows(text: str, number: TypedSpan) -> bool:
    """Is the number the subject of a verb ("Four thousand emigrated to ...", "41 were injured"; not "Fourteen
    armed groups")?"""
    m = re.match(r"\s*([A-Za-z]+)(\s+[A-Za-z]+|\s*[,.;:]|\s*$)?", text[number.end :])
    if not m:
        return False
    word, after = m.group(1).lower(), (m.group(2) or "").strip().lower()
    return word in AUXILIARIES or word in IRREGULAR_VERBS or word.endswith("ed") and (
        not after or not after[0].isalpha() or after in _AFTER_A_VERB or after.endswith("ly"))


COUNTS_IT, UNSAID, ANOTHER = 0, 1, 2  # what a number counts, for the question (counts_what), best first


def counts_what(text: str, number: TypedSpan, q: Question, analyzer: Analyzer) -> int:
    """COUNTS_IT when the number counts what the question does ("1.8 million votes", "44% of the vote", "31
    million tonnes of cargo"), ANOTHER when it counts something else ("3 seats" for votes, "20% support"),
    UNSAID when it does not say ("Ruiz led with 52%", "Four thousand emigrated")."""
    share_of = re.match(r"\s+(?:[A-Za-z-]+\s+){0,2}?of\s+(?:the\s+|all\s+)?([A-Za-z]+)", text[number.end : number.end + 40])
    if share_of and analyzer.term(fold(share_of.group(1))) in {q.counted, *q.counted_kind}:
        return COUNTS_IT
    if verb_follows(text, number):
        return UNSAID  # "Four thousand emigrated": what it counts was said before
    after = _words_after(text, number.end, analyzer)  # "two tankers carrying oil" counts tankers
    if not after:
        return UNSAID
    # "nine dungeons" for "how many dungeon rooms"; not "120 guest beds" for "how many guest rooms"
    return COUNTS_IT if q.counted in after or after[-1] in q.counted_kind else ANOTHER


def _another_thing(q: Question, text: str, number: TypedSpan, related: list[str], analyzer: Analyzer) -> bool:
    """Do the words after the number name another kind of thing than the question counts? Not a word like it
    (``related``), nor people for people ("4,000 men" for soldiers, "55,000 visitors" for people), nor when the
    question counts in units ("how many miles", "how many years")."""
    after = text[number.end : number.end + 40].split()[:3]
    terms = set(_words_after(text, number.end, analyzer))
    if terms & (set(related) | {analyzer.term(w) for w in _ANY_COUNT}):
        return False
    asked = next((w for w in re.findall(r"[a-z]+", fold(q.text)) if analyzer.term(w) == q.counted), "")
    def of_people(word: str) -> bool:
        return word.lower() in _PEOPLE or word.lower() + "s" in _PEOPLE or is_person_noun(word)

    if of_people(asked) and any(of_people(w.strip(".,;")) for w in after):
        return False
    return not units.is_unit_word(asked)


def counts_asked(q: Question, text: str, around: set[str], related: list[str], analyzer: Analyzer,
                 money: bool = False, answer: TypedSpan | None = None) -> bool:
    """Does the sentence (``around``: its terms and those of the sentences by it) speak of what the question
    counts? "two tankers" after "a blockade of vessels" counts vessels, "nine dungeons" "how many dungeon rooms",
    "$245 million" "how much money" (``money``: the question counts money). Not when its ``answer`` counts
    another thing ("Fourteen countries" for a population)."""
    if answer is not None and answer.kind == "number" and not (money or q.unit):
        what = counts_what(text, answer, q, analyzer)
        if what == COUNTS_IT:
            return True
        if what == ANOTHER:  # "12,500 staff" for "how many people", not "Fourteen countries" for a population
            return not _another_thing(q, text, answer, related, analyzer)
    if q.counted in around or any(r in around for r in related):
        return True
    return any(counted_after(text, n.end, analyzer) in q.counted_kind or money and is_money(text, n)
               for n in spans.numbers(text))


_UNITS = {w: n for n, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                     "fourteen fifteen sixteen seventeen eighteen nineteen".split())}
TENS = {w: 10 * n for n, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "trillion": 10**12, "dozen": 12,
           "m": 10**6, "mn": 10**6, "bn": 10**9, "tn": 10**12, "k": 1000}  # "$4.5bn", "€5m" (spans.numbers reads these after money)


_SHARES = {"half": 0.5, "quarter": 0.25}
_RANGE = re.compile(r"(\d[\d,.]*)\s*(?:–|-|—|to|and)\s*(\d[\d,.]*)")


def value(number: str) -> float | None:
    """The value of a number as written: "27", "twenty-seven", "2 million", "two million", "5,000,000", "$4.5bn",
    "half a million"."""
    total = part = 0.0
    seen = False
    for word in re.findall(r"\d[\d,]*(?:\.\d+)?|[a-z]+", number.lower()):
        if word in _SHARES and not part:
            part = _SHARES[word]
        elif word[0].isdigit():
            part += float(word.replace(",", ""))
        elif word in _UNITS or word in TENS:
            part += _UNITS.get(word, 0) + TENS.get(word, 0)
        elif word in _SCALES:
            scale = _SCALES[word]
            if scale >= 1000:
                total, part = total + (part or 1) * scale, 0.0
            else:
                part = (part or 1) * scale
        elif word not in ("and", "a", "of"):
            return None
        seen = True
    return total + part if seen else None


def _counts(text: str, analyzer: Analyzer) -> list[tuple[str, float, str]]:
    """``(number as written, its value, the term of the word right after it)`` for each number of the text
    that counts something ("four men", "16 October"); not a year."""
    out = []
    for n in spans.numbers(text):
        said = text[n.start : n.end]
        share = re.search(r"\b(?:half|(?:a\s+)?quarter)\s+(?:of\s+)?an?\s+$", text[max(0, n.start - 20) : n.start], re.I)
        if share:  # "half a million": the number finder leaves "half" out
            said = share.group() + said
        after = re.match(r"[\s-]*([A-Za-z][\w'-]*)", text[n.end : n.end + 30])
        counted = analyzer.term(fold(after.group(1)).lower()) if after else ""
        describes = text[n.end : n.end + 1] == "-"  # "a 4-cylinder engine", "the thirty-fourth film": no count
        if not spans.YEAR.fullmatch(said) and not describes and counted and (v := value(said)) is not None:
            out.append((said, v, counted))
    return out


def other_count(question: str, sentence: str, analyzer: Analyzer) -> tuple[str, str] | None:
    """"Who kills four men?" asked, "Bond kills three men" told: the sentence counts the question's thing with
    another number and never says the question's. Returns both counts as written ("four men", "three men")."""
    told = _counts(sentence, analyzer)
    values = {value(sentence[n.start : n.end]) for n in spans.numbers(sentence)}
    ranges = [(value(a), value(b)) for a, b in _RANGE.findall(sentence)]  # "between 2,500 and 3,000 troops"
    chosen = re.search(r"\b(?:which|what)\s+(\S+)", question, re.I)  # "Which two astronauts": some of more
    for said, v, counted in _counts(question, analyzer):
        if chosen and question.find(said, chosen.start(1)) == chosen.start(1):
            continue
        other = next((s for s, w, c in told if c == counted and w != v), None)
        if other and v not in values and not any(lo is not None and hi is not None and lo <= v <= hi for lo, hi in ranges):
            return said, other
    return None
