"""Does the closest sentence say something else than the question asks about? Its words alone tell.

Each check compares the question's text with the sentence's: another rank, age, people, count or
superlative, or the same thing of another name; the opposite of a word, or the word negated;
the roles turned round, or someone else doing it (mismatch.py, opposites.py, counting.py).
"""

from collections.abc import Callable

from qa.answer import mismatch
from qa.answer.counting import other_count
from qa.answer.opposites import negated_word, non_word, opposite_word
from qa.text.tokens import Analyzer


def contradiction(question: str, sentence: str, analyzer: Analyzer, synonyms: dict[str, set[str]],
                  rarity: Callable[[str], int]) -> str | None:
    """Why the sentence speaks of something else than the question, or None. ``rarity`` ranks terms (a
    name's rarest stands for it)."""
    term = analyzer.term
    if mismatch.other_rank(question, sentence):
        return "the closest sentence speaks of another one in the order (first, second, last...)"
    if mismatch.other_decade(question, sentence):
        return "the closest sentence speaks of another decade"
    if era := mismatch.other_era(question, sentence, term):
        return f"the closest sentence does not speak of the {' '.join(era)}"
    if modified := mismatch.other_modifier(question, sentence, term):
        return f"the closest sentence does not speak of the {' '.join(modified)}"
    if owners := mismatch.other_owner(question, sentence, term):
        return "the closest sentence speaks of {1}, not {0}".format(*owners)
    if opposed := opposite_word(question, sentence, term):
        return "the closest sentence says \"{1}\", not \"{0}\"".format(*opposed)
    if negated := negated_word(question, sentence, term):
        return f"the closest sentence says the opposite: it negates \"{negated}\""
    if negated := non_word(question, sentence, term):
        return f"the closest sentence says \"non-{negated}\", not \"{negated}\""
    if counts := other_count(question, sentence, analyzer):
        return "the question says {0}, the closest sentence {1}".format(*counts)
    if other := mismatch.other_superlative(question, sentence, term, synonyms):
        return f"the closest sentence says \"{other[1]}\", not \"{other[0]}\""
    if mismatch.reversed_roles(question, sentence, term):
        return "in the closest sentence, what the question acts upon is the one acting"
    if someone := mismatch.other_subject(question, sentence, term):
        return f"in the closest sentence, {someone} does it"
    if mismatch.subject_acted_upon(question, sentence, term, rarity):
        return "in the closest sentence, the one the question has acting is acted upon"
    return None
