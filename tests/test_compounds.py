"""Two nouns side by side that the corpus never says together ("solar pumps"), against a sentence that says one
of them with another noun ("river pumps"): declined; what the corpus says together is answered."""

import pytest

from qa import Engine
from qa.answer.compounds import _pairs, _words

TOWN = ("Pumps of Orm\n\nThe first mill engines burned wood, and the mill engines drove the looms of the town. "
        "Later, the river pumps lifted water to the fields. The river pumps were built by Olm Works in 1820. "
        "The town now has solar panels on the school roof, and the solar panels were fitted in 2015. "
        "The linen industry grew in Orm after 1850. The engines were loud. The makers dried the clay with "
        "latent heat in the kilns.\n")


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    root = tmp_path_factory.mktemp("compounds")
    (root / "orm.txt").write_text(TOWN, encoding="utf-8")
    return Engine.open(root)


@pytest.mark.parametrize(("question", "told"), [
    ("Who built the solar pumps?", "river pumps"),  # the same noun, another noun before it
    ("When were the river panels fitted?", "solar panels"),
    ("What did the mill pumps drive?", "mill engines"),  # the same first noun, another after it
])
def test_two_nouns_never_said_together_are_declined(town, question, told):
    r = town.ask(question)
    assert not r.answered
    assert r.declined_because.startswith(f'the closest sentence speaks of "{told}"')


@pytest.mark.parametrize(("question", "quote"), [
    ("Who built the river pumps?", "The river pumps were built by Olm Works in 1820."),
    ("When were the solar panels fitted?", "The town now has solar panels"),
    ("What did the mill engines drive?", "The first mill engines burned wood"),
    ("What textile industry grew in Orm?", "The linen industry grew"),  # "what textile industry" is what is asked
    ("What kind of heat dried the clay in the kilns?", "The makers dried the clay"),
])
def test_nouns_the_corpus_says_together_or_asked_for_are_answered(town, question, quote):
    r = town.ask(question)
    assert r.answered and r.answers[0].quote.startswith(quote)


def test_a_word_like_the_question_s_says_it(town):
    """"southern" is said by "south", so "the southern pumps" is not another thing than "river pumps ... south"."""
    compounds = town._answerer.compounds
    assert compounds.other("Who built the solar pumps?", "The river pumps were built by Olm Works.", {})
    assert compounds.other("Who built the southern pumps?", "The river pumps in the south were built by Olm Works.", {}) is None
    assert compounds.other("Who built the stream pumps?", "The river pumps were built by Olm Works.", {"stream": {"river"}}) is None


@pytest.mark.parametrize(("question", "pairs"), [
    ("Who built the solar pumps?", [("solar", "pumps")]),
    ("What textile industry grew in Orm?", []),  # asked for
    ("What type of heating element warms toy chamber engines?", [("toy", "chamber"), ("chamber", "engines")]),
    ("Who built the usual pumps?", []),  # "usual" only judges
    ("How many river pumps did Olm Works build?", [("river", "pumps")]),
    ("Why were injectors widely used?", []),  # an adverb and a past form
    ("Who made the non-religious pumps?", []),  # "non-religious" is one word, written with a hyphen
    ("When were the steam-powered mill pumps built?", [("mill", "pumps")]),  # "powered", "built": past forms
])
def test_what_may_be_two_nouns(question, pairs):
    assert _pairs(question) == pairs


def test_words_keep_hyphenated_prefixes_whole():
    assert _words("A non-combustion, steam-powered pump") == ["A", "non-combustion", ",", "steam", "powered", "pump"]
