"""The weighted terms looked up for a question, and how much of them a sentence covers."""

from dataclasses import dataclass, field
from functools import cached_property

SYNONYM_BOOST, SYNONYM_CREDIT = 0.5, 0.7  # a synonym counts half in BM25, 70% in coverage
CONTEXT_CREDIT = 0.5  # a question word found only in the sentences around (two before, one after) or the title
# A word that only sets the question's scene ("during the straightening program") counts half in BM25, and in full
# when found around the sentence: the sentence before often tells the scene, the answer's own sentence the rest.
SETTING_BOOST, SETTING_CREDIT = 0.5, 1.0


@dataclass
class Query:
    """The weighted terms looked up for a question."""

    terms: list[str]  # distinct question terms
    weight: dict[str, float]  # idf-based importance of each question term
    related: dict[str, list[str]]  # term -> synonyms present in the corpus
    missing: list[str]  # terms found nowhere in the corpus, not even as a synonym
    names: dict[str, list[str]] = field(default_factory=dict)  # each name the question mentions -> its terms
    possessive_only: bool = False  # the names are all possessives ("Margaret's husband")
    setting: set[str] = field(default_factory=set)  # terms that set the scene: told around the answer as well
    pairs: list[tuple[str, str]] = field(default_factory=list)  # terms next to each other in the question
    focus: list[str] = field(default_factory=list)  # the most specific names, which the answer must be about
    nouns: set[str] = field(default_factory=set)  # terms of the question's words after "the", "a", "its"... (nouns, or
    # their first adjective: "the old mill")

    @cached_property
    def _pair_weights(self) -> list[float]:
        return [min(self.weight[a], self.weight[b]) for a, b in self.pairs]

    def proximity(self, ordered: list[str], present: set[str]) -> float:
        """Share of the question's pairs of neighbouring terms ("Wii version", "rate ... flow") that the sentence
        (its terms in text order, and as a set) also says side by side, each pair weighted by its lighter term."""
        held = [(p, w) for p, w in zip(self.pairs, self._pair_weights) if p[0] in present and p[1] in present]
        if not held:
            return 0.0
        said = set(zip(ordered, ordered[1:]))
        return sum(w for p, w in held if p in said) / sum(self._pair_weights)

    @cached_property
    def known(self) -> set[str]:
        """The question's terms and their synonyms: an answer must bring something else."""
        return set(self.terms).union(*self.related.values())

    @cached_property
    def named(self) -> set[str]:
        """The question's terms and the synonyms of its names and nouns ("Caracas" -> "venezuela", "the stream"
        -> "river"): what an answer that is a name must bring more than ("London Exhibition" does for "Where
        was it shown?", a verb's synonym)."""
        said = {t for ts in self.names.values() for t in ts} | self.nouns
        return set(self.terms).union(*(self.related.get(t, ()) for t in said))

    def bm25_terms(self) -> tuple[list[str], list[float]]:
        terms, boosts = list(self.terms), [SETTING_BOOST if t in self.setting else 1.0 for t in self.terms]
        for t in self.terms:
            for r in self.related[t]:
                if r not in terms:
                    terms.append(r)
                    boosts.append(SYNONYM_BOOST)
        return terms, boosts

    def coverage(self, present: set[str], nearby: set[str] = frozenset()) -> float:
        """Share of the question's weight found in the sentence (synonyms and nearby sentences count partly)."""

        def credit(t: str) -> float:
            if t in present:
                return 1.0
            if any(r in present for r in self.related[t]):
                return SYNONYM_CREDIT
            if t in nearby or any(r in nearby for r in self.related[t]):
                return SETTING_CREDIT if t in self.setting else CONTEXT_CREDIT
            return 0.0

        return sum(w * credit(t) for t, w in self.weight.items()) / max(sum(self.weight.values()), 1e-9)

    def mentions(self, present: set[str], names: list[str] | None = None) -> bool:
        """Do the terms (a sentence's, its neighbours' and its title's) mention one of the names (a word of it, or
        a synonym)? ``names``: the question's names by default."""
        names = self.names if names is None else names
        return not names or any(t in present or any(r in present for r in self.related.get(t, ()))
                                for n in names for t in self.names[n])

    def names_focus(self, terms: set[str]) -> bool:
        """Do the terms (a sentence's own) name each of the most specific names, with all its words?"""
        return all(t in terms for n in self.focus for t in self.names[n])

    def names_a_focus_word(self, terms: set[str]) -> bool:
        """Do the terms name a word of one of the most specific names ("Energiprojekt's" for "Energiprojekt AB")?"""
        return any(t in terms for n in self.focus for t in self.names[n])
