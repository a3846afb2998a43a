"""General-English synonym groups used to widen a query (at half weight).

The groups live in ``data/thesaurus.txt``: everyday paraphrases of news and
encyclopedia prose, none taken from a particular corpus or question set.
"""

from functools import lru_cache
from pathlib import Path

_FILE = Path(__file__).with_name("data") / "thesaurus.txt"


@lru_cache(maxsize=1)
def synonym_groups() -> list[list[str]]:
    lines = _FILE.read_text(encoding="utf-8").splitlines()
    return [line.split() for line in lines if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Everyday English words (those of the synonym groups): capitalised, they open a sentence, not a name."""
    return frozenset(w for group in synonym_groups() for w in group)
