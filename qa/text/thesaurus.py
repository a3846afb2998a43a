"""General-English synonym groups used to widen a query (at half weight).

The groups live in ``data/thesaurus.txt``: everyday paraphrases of news and
encyclopedia prose, none taken from a particular corpus or question set. A
capital stands for its country ("Caracas", "Buenos Aires": Argentina).
"""

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from qa.text.wordlists import CAPITALS, COUNTRY_ALIASES

_FILE = Path(__file__).with_name("data") / "thesaurus.txt"


@lru_cache(maxsize=1)
def synonym_groups() -> list[list[str]]:
    lines = _FILE.read_text(encoding="utf-8").splitlines()
    return [line.split() for line in lines if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Everyday English words (those of the synonym groups): capitalised, they open a sentence, not a name."""
    return frozenset(w for group in synonym_groups() for w in group)


def synonym_table(term: Callable[[str], str]) -> dict[str, set[str]]:
    """Term -> the terms of its synonyms: the groups, a capital and its country, a country and its other name
    ("Holland"); each word of a capital of two words stands for its country, unless it is an everyday word
    ("Buenos Aires": Argentina, not "city" of "Mexico City")."""
    table: dict[str, set[str]] = {}
    pairs = [[city, country] for city, country in {**CAPITALS, **COUNTRY_ALIASES}.items() if " " not in city + country]
    for group in synonym_groups() + pairs:
        terms = {term(w) for w in group} - {""}
        for t in terms:
            table.setdefault(t, set()).update(terms - {t})
    for city, country in CAPITALS.items():
        words = city.split()
        for word in words if len(words) > 1 else ():
            if len(word) > 2 and word not in common_words():
                table.setdefault(term(word), set()).add(term(country))
    return table
