"""Turn text into index terms: fold accents, drop stopwords, stem, unify aliases.

Queries and documents go through the same :class:`Analyzer`, so "González"
matches "Gonzalez", "U.S." matches "United States" and "elections" matches
"election". The Snowball stemmer is imported only when a word is not already
in the stem table (an index ships the table of its own vocabulary), which keeps
NLTK off the start-up path of a query.
"""

import re
from collections import OrderedDict
from dataclasses import dataclass

from qa.text.fold import fold_case_kept
from qa.text.wordlists import DEMONYMS, IRREGULAR_VERBS, ORDINAL_WORDS, STOPWORDS

_TOKEN = re.compile(
    r"(?=[A-Za-z\d])"  # where a token can start (lets a search skip other characters quickly)
    r"(?:(?P<acro>(?:[A-Za-z]\.){2,})"
    r"|(?P<num>\d+(?:[.,]\d+)*)(?:(?P<pct>\s?%)|(?P<nth>st|nd|rd|th)(?![A-Za-z]))?"
    r"|(?P<word>[A-Za-z]+(?:'[A-Za-z]+)*))"
)
_ACRO, _NUM, _PCT, _NTH, _WORD = 1, 2, 3, 4, 5  # its groups (``Match.lastindex`` tells which matched)
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")  # 1,000,000
# Acronyms (written in capitals or with dots) that name one thing.
_ACRONYMS = {"us": "usa", "usa": "usa", "un": "un", "uk": "uk", "eu": "eu"}
RECENT_TEXTS = 4096
UNKNOWN = "~"  # prefix of the term of a word no corpus word shares a stem with (closed analyzers)
# Inflectional endings and what the base form ends with instead ("studies" -> "study", "hoped" -> "hope").
_INFLECTIONS = (("ies", ("y",)), ("ied", ("y",)), ("es", ("", "e")), ("s", ("",)), ("ed", ("", "e")),
                ("ing", ("", "e")), ("ly", ("",)))
# Multi-word names folded into the acronym's term.
_PHRASES = {("united", "states"): "usa", ("united", "nations"): "un",
            ("united", "kingdom"): "uk", ("european", "union"): "eu", ("per", "cent"): "percent",
            **{(region, a): f"{region}america" for region in ("latin", "south", "north", "central")
               for a in ("america", "american", "americans")}}
_PHRASE_STARTS = frozenset(first for first, _ in _PHRASES)
_COUNTRY_NAMES = frozenset(DEMONYMS.values())  # kept whole, not stemmed


def _spelling(word: str) -> tuple[str, str | None, bool]:
    """A word token as written -> the word looked up (lower case, without "'s"), its acronym's
    term when written in capitals ("US" -> "usa"), and whether it may start a two-word name."""
    lower = word.lower()
    if lower.endswith("'s"):
        lower = lower[:-2]
    acronym = _ACRONYMS.get(lower) if word.isupper() and len(word) > 1 else None
    return lower, acronym, lower in _PHRASE_STARTS


def _raw_words(m: re.Match) -> list[tuple[str, int, int, str | None]]:
    """A match of ``_TOKEN`` as raw words ``(key, start, end, fixed)``: ``key`` is what two-word
    names are matched on, ``fixed`` the term of a number or an acronym (else the key is looked up)."""
    if m.lastindex == _WORD:
        key, acronym, _ = _spelling(m.group())
        return [(key, m.start(), m.end(), acronym)]
    if m.lastindex == _ACRO:
        key = m.group().replace(".", "").lower()
        return [(key, m.start(), m.end(), _ACRONYMS.get(key))]
    num = m.group(_NUM)
    if _GROUPED.fullmatch(num):
        num = num.replace(",", "")
    num = num.rstrip(".,")
    raws = [("#" + num, m.start(_NUM), m.end(_NUM), num)]
    if m.lastindex == _PCT:
        raws.append(("percent", m.start(_PCT), m.end(_PCT), None))
    elif m.lastindex == _NTH and num.isdigit() and 0 < int(num) <= len(ORDINAL_WORDS):  # "19th" is also "nineteenth"
        raws.append((ORDINAL_WORDS[int(num) - 1], m.start(), m.end(), None))
    return raws


@dataclass(frozen=True, slots=True)
class Token:
    """One index term and where its word sits in the analysed text."""

    term: str
    start: int
    end: int


# A contraction of a stopword is one: "they've", "don't", "won't", "it's" (not "O'Brien", "d'Arc", "Be'er").
_CONTRACTED = {w for w in STOPWORDS if len(w) > 1} | {"won", "ain"}
_CONTRACTIONS = frozenset("ve re ll d s t m".split())


class Analyzer:
    """Text -> terms. ``stems`` maps lower-case words to terms ("" = stopword)."""

    def __init__(self, stems: dict[str, str] | None = None, *, closed: bool = False):
        """``closed``: ``stems`` holds every word of the corpus (an index's table), so a word not in
        it cannot be a corpus word; it is matched to a known inflection of it, or kept apart,
        and the stemmer is never loaded (it costs more than the rest of answering a question)."""
        self.stems: dict[str, str] = dict(stems or {})
        self.closed = closed
        self._stemmer = None
        self._recent: OrderedDict[str, tuple[Token, ...]] = OrderedDict()  # one answer tokenizes a sentence often
        self._words: dict[str, tuple[str, str | None]] = {}  # word as written -> _word(word)

    def terms(self, text: str) -> list[str]:
        return [t.term for t in self.tokens(text)]

    def tokens(self, text: str) -> list[Token]:
        """The terms of ``text`` with their offsets (the last few thousand texts are remembered)."""
        known = self._recent.get(text)
        if known is None:
            known = self._recent[text] = tuple(map(Token, *self._tokenize(text)))
            if len(self._recent) > RECENT_TEXTS:
                self._recent.popitem(last=False)
        return list(known)

    def _word(self, word: str) -> tuple[str, str | None]:
        """``(key, term)`` of a word token, remembered per spelling; ``term`` is None for a word that
        may start a two-word name or is an acronym (its term depends on what follows or on case)."""
        key, acronym, opens = _spelling(word)
        known = self._words[word] = (key, None if acronym or opens else self.term(key))
        return known

    def _tokenize(self, text: str, lookups: dict[str, None] | None = None) -> tuple[list[str], list[int], list[int]]:
        """The terms of ``text`` and the start and end offsets of each; ``lookups`` (when
        given) hears every word looked up in the stem table, in order.

        A plain word (nearly every token) takes the first branch; other matches become
        raw words (:func:`_raw_words`), held back while one may start a two-word name.
        """
        terms: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        add_term, add_start, add_end = terms.append, starts.append, ends.append
        known = self._words
        pending = None  # a raw word that may start a two-word name, until the next one is seen
        for m in _TOKEN.finditer(fold_case_kept(text)):
            if pending is None and m.lastindex == _WORD:
                key, term = known.get(m.group()) or self._word(m.group())
                if term is not None:
                    if lookups is not None:
                        lookups[key] = None
                    if term:
                        add_term(term)
                        start, end = m.span()
                        add_start(start)
                        add_end(end)
                    continue
            for raw in _raw_words(m):
                if pending is not None:
                    phrase = _PHRASES.get((pending[0], raw[0]))
                    if phrase:
                        add_term(phrase)
                        add_start(pending[1])
                        add_end(raw[2])
                        pending = None
                        continue
                    self._add(pending, terms, starts, ends, lookups)
                    pending = None
                if raw[0] in _PHRASE_STARTS:
                    pending = raw
                else:
                    self._add(raw, terms, starts, ends, lookups)
        if pending is not None:
            self._add(pending, terms, starts, ends, lookups)
        return terms, starts, ends

    def _add(self, raw: tuple, terms: list[str], starts: list[int], ends: list[int], lookups: dict[str, None] | None) -> None:
        """Append the term of a raw word: its fixed one, or the one its key looks up (none for a stopword)."""
        key, start, end, term = raw
        if term is None:
            if lookups is not None:
                lookups[key] = None
            term = self.term(key)
            if not term:
                return
        terms.append(term)
        starts.append(start)
        ends.append(end)

    def term(self, word: str) -> str:
        """The index term of one lower-case word ("" for a stopword)."""
        term = self.stems.get(word)
        if term is None:
            term = self._analyse_word(word)
            self.stems[word] = term
        return term

    def _analyse_word(self, word: str) -> str:
        before, mark, after = word.partition("'")
        if mark and after in _CONTRACTIONS and before in _CONTRACTED:  # "they've", "don't", "it's"; not "O'Brien"
            return ""
        word = word.replace("'", "")
        if word in STOPWORDS or len(word) < 2 and not word.isdigit():
            return ""
        word = IRREGULAR_VERBS.get(word, word)
        country = DEMONYMS.get(word) or (word.endswith("s") and DEMONYMS.get(word[:-1]))
        if country:
            return country
        if word in _COUNTRY_NAMES:
            return word  # as its people's word gives it: "France" and "French" are one term (not "franc")
        if self.closed:
            return self._known_inflection(word) or UNKNOWN + word
        if self._stemmer is None:
            from nltk.stem.snowball import EnglishStemmer

            self._stemmer = EnglishStemmer()
        return self._stemmer.stem(word)

    def _known_inflection(self, word: str) -> str | None:
        """The term of another inflection of ``word`` in the table ("recognized" -> "recognize")."""
        forms = [word + "s", word + "es", word + "d", word + "ed", word + "ing"]
        if word.endswith("e"):
            forms.append(word[:-1] + "ing")
        for suffix, bases in _INFLECTIONS:
            if word.endswith(suffix) and len(word) > len(suffix) + 2:
                stem = word[: -len(suffix)]
                if suffix == "es" and not stem.endswith(("s", "x", "z", "ch", "sh", "o")):
                    bases = bases[::-1]  # "planes" is "plane" + s, "boxes" "box" + es
                forms += [stem + b for b in bases]
        for form in forms:
            term = self.stems.get(form)
            if term and not term.startswith(UNKNOWN):
                return term
        return None
