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
from qa.text.wordlists import DEMONYMS, IRREGULAR_VERBS, STOPWORDS

_TOKEN = re.compile(
    r"(?P<acro>(?:[A-Za-z]\.){2,})"
    r"|(?P<num>\d+(?:[.,]\d+)*)(?P<pct>\s?%)?"
    r"|(?P<word>[A-Za-z]+(?:'[A-Za-z]+)*)"
)
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


@dataclass(frozen=True, slots=True)
class Token:
    """One index term and where its word sits in the analysed text."""

    term: str
    start: int
    end: int


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

    def terms(self, text: str) -> list[str]:
        return [t.term for t in self.tokens(text)]

    def tokens(self, text: str) -> list[Token]:
        """The terms of ``text`` with their offsets (the last few thousand texts are remembered)."""
        known = self._recent.get(text)
        if known is None:
            known = self._recent[text] = tuple(self._tokenize(text))
            if len(self._recent) > RECENT_TEXTS:
                self._recent.popitem(last=False)
        return list(known)

    def _tokenize(self, text: str) -> list[Token]:
        folded = fold_case_kept(text)
        raw: list[tuple[str, int, int, bool]] = []  # (lower word, start, end, is_acronym)
        for m in _TOKEN.finditer(folded):
            if m.group("acro"):
                raw.append((m.group("acro").replace(".", "").lower(), m.start(), m.end(), True))
            elif m.group("num"):
                num = m.group("num")
                if re.fullmatch(r"\d{1,3}(?:,\d{3})+", num):
                    num = num.replace(",", "")
                raw.append(("#" + num.rstrip(".,"), m.start("num"), m.end("num"), False))
                if m.group("pct"):
                    raw.append(("percent", m.start("pct"), m.end("pct"), False))
            else:
                word = m.group("word")
                lower = word.lower()
                if lower.endswith("'s"):
                    lower = lower[:-2]
                raw.append((lower, m.start(), m.end(), word.isupper() and len(word) > 1))
        out: list[Token] = []
        i = 0
        while i < len(raw):
            word, start, end, acro = raw[i]
            if i + 1 < len(raw) and (word, raw[i + 1][0]) in _PHRASES:
                out.append(Token(_PHRASES[(word, raw[i + 1][0])], start, raw[i + 1][2]))
                i += 2
                continue
            i += 1
            if word.startswith("#"):
                out.append(Token(word[1:], start, end))
            elif acro and word in _ACRONYMS:
                out.append(Token(_ACRONYMS[word], start, end))
            else:
                term = self.term(word)
                if term:
                    out.append(Token(term, start, end))
        return out

    def term(self, word: str) -> str:
        """The index term of one lower-case word ("" for a stopword)."""
        term = self.stems.get(word)
        if term is None:
            term = self._analyse_word(word)
            self.stems[word] = term
        return term

    def _analyse_word(self, word: str) -> str:
        word = word.replace("'", "")
        if word in STOPWORDS or len(word) < 2 and not word.isdigit():
            return ""
        word = IRREGULAR_VERBS.get(word, word)
        country = DEMONYMS.get(word) or (word.endswith("s") and DEMONYMS.get(word[:-1]))
        if country:
            return country
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
                forms += [stem + b for b in bases]
        for form in forms:
            term = self.stems.get(form)
            if term and not term.startswith(UNKNOWN):
                return term
        return None
