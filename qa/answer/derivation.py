"""Words derived from one another: "invasion" / "invade", "founder" / "found", "marriage" / "marry".

A stemmer keeps inflections together ("invaded", "invading") but not derivations,
so a question that says "When did they invade?" would miss "after the invasion".
These rules are general English morphology; a form counts only if the corpus has it.
"""

# (ending of one form, ending of the other), applied both ways.
_PAIRS = (
    ("sion", "de"), ("sion", "d"), ("ssion", "t"), ("ssion", "ss"), ("tion", "te"), ("ion", ""), ("ation", ""),
    ("ation", "e"), ("ication", "y"), ("ment", ""), ("al", "e"), ("al", ""), ("iage", "y"), ("age", ""), ("age", "e"), ("er", ""), ("er", "e"),
    ("or", ""), ("or", "e"), ("ance", ""), ("ance", "e"), ("ence", ""), ("ence", "e"), ("ure", "e"), ("ure", ""),
    ("th", ""), ("y", ""), ("ist", "ism"), ("ian", "y"), ("ic", "y"), ("ction", "ce"), ("ution", "ve"),
)
_IRREGULAR = (
    "conquest conquer", "birth born bear", "death die dead", "loss lose", "choice choose", "proof prove",
    "belief believe", "sale sell", "gift give", "flight fly flee", "speech speak", "thought think",
    "defence defend", "defense defend", "offence offend", "offense offend", "response respond", "pursuit pursue",
    "descent descend", "ascent ascend", "success succeed", "failure fail", "height high", "length long",
    "width wide", "depth deep", "strength strong",
)
_IRREGULAR_OF = {w: set(group.split()) - {w} for group in _IRREGULAR for w in group.split()}
_SHORTEST_BASE, _SHORTEST_WHOLE = 4, 5


def _uninflected(word: str) -> set[str]:
    """Candidate base forms of a past form: "introduced" -> "introduce", "settled" -> "settle", "carried" ->
    "carry", "planned" -> "plan"."""
    if not word.endswith("ed") or len(word) < 6:
        return set()
    stem = word[:-2]
    forms = {stem, word[:-1]}
    if word.endswith("ied"):
        forms.add(word[:-3] + "y")
    if len(stem) > 2 and stem[-1] == stem[-2]:
        forms.add(stem[:-1])
    return forms


def derived_forms(word: str) -> set[str]:
    """Candidate words derived from ``word`` or that it derives from (not all are English words)."""
    word = word.lower()
    forms = set(_IRREGULAR_OF.get(word, ()))
    for stem in {word} | _uninflected(word):  # "introduced" -> "introduce" -> "introduction"
        for a, b in _PAIRS:
            for have, other in ((a, b), (b, a)):
                base = len(stem) - len(have)
                # a whole short word takes no ending: "man" is not "many", nor "part" "party"
                if stem.endswith(have) and base >= (_SHORTEST_WHOLE if not have else _SHORTEST_BASE):
                    forms.add(stem[:base] + other)
    forms.discard(word)
    return forms
