"""Two nouns side by side that the corpus never says together ("solar pumps"), against a sentence that says one
of them with another noun ("river pumps"): declined; what the corpus says together, what is asked for and what
the article is about are answered."""

import pytest

from qa import Engine
from qa.answer.compounds import _pairs, _words

TOWN = ("Orm\n\nThe first mill engines burned wood. The mill engines drove the looms of the town. "
        "Later, the river pumps lifted water to the fields. The river pumps were built by Olm Works in 1820. "
        "The town now has solar panels on the school roof. The solar panels were fitted in 2015. "
        "The linen industry grew in Orm after 1850. The engines were loud. The makers dried the clay with "
        "latent heat in the kilns. The looms were sold in 1901. The fields are flooded in spring. "
        "The school has ninety pupils. Olm Works closed in 1930. The square holds a market on Mondays. "
        "Most of the houses are built of brick. The roof of the church fell in 1950. The clay is dug near the mill. "
        "The water of the fields is clean. The works made nails, and the nails were sold in Tull. "
        "The baker sells bread on Fridays. The church bell was cast in 1760. The library opened in 1911. "
        "The road to Tull was paved in 1925. The inn has six rooms. The lane floods after heavy rain. "
        "The doctor lives above the chemist. The post office shut in 1999. The green hosts a fair in May. "
        "The old barn became a museum. The museum shows the looms. The canal was dug by hand. "
        "The canal carried coal to Tull. The river is wide.\n")


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    root = tmp_path_factory.mktemp("compounds")
    (root / "orm.txt").write_text(TOWN, encoding="utf-8")
    return Engine.open(root)


@pytest.mark.parametrize(("question", "told"), [
    ("Who built the canal pumps?", "river pumps"),  # the same noun, another noun before it
    ("Who built the solar pumps?", None),  # "solar" is no noun here: "solar pumps" may be river pumps
    ("What did the mill pumps drive?", "mill engines"),  # the same first noun, another after it
    ("Who fitted the roof panels?", None),  # "solar" may be said of the roof panels: not a noun here
])
def test_two_nouns_never_said_together_are_declined(town, question, told):
    r = town.ask(question)
    if told is None:
        assert not (r.declined_because or "").startswith("the closest sentence speaks of")
    else:
        assert not r.answered
        assert r.declined_because.startswith(f'the closest sentence speaks of "{told}"')


@pytest.mark.parametrize(("question", "quote"), [
    ("Who built the river pumps?", "The river pumps were built by Olm Works in 1820."),
    ("When were the solar panels fitted?", "The solar panels were fitted in 2015."),
    ("What did the mill engines drive?", "The mill engines drove the looms"),
    ("What textile industry grew in Orm?", "The linen industry grew"),  # "what textile industry" is what is asked
    ("What kind of heat dried the clay in the kilns?", "The makers dried the clay"),
])
def test_nouns_the_corpus_says_together_or_asked_for_are_answered(town, question, quote):
    r = town.ask(question)
    assert r.answered and r.answers[0].quote.startswith(quote)


def test_a_word_like_the_question_s_says_it(town):
    """"canal pumps" is not another thing than "the river pumps by the canalside", nor when "canal" and "river"
    are synonyms."""
    compounds = town._answerer.compounds
    assert compounds.other("Who built the canal pumps?", "The river pumps were built by Olm Works.", 0, {})
    assert compounds.other("Who built the canal pumps?", "The river pumps by the canalside were built by Olm Works.", 0, {}) is None
    assert compounds.other("Who built the canal pumps?", "The river pumps were built by Olm Works.", 0, {"canal": {"river"}}) is None


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


@pytest.mark.parametrize(("text", "question"), [
    # what the article is about: its title, or a word of many of its sentences
    ("Tull\n\nTull is a small market town on the river Orm. The suspension bridge was designed by William Clark "
     "and opened in 1832. The annual regatta is held on the river in June. The town hall stands on the square.",
     "Who designed the town bridge?"),
    ("Lemon sponge\n\nBeat the butter and sugar until pale. Fold in the flour and the lemon juice. The sponge cake "
     "bakes for thirty minutes at 180 degrees. Serve the cake cold with cream.", "How long does the lemon cake bake?"),
    # a verb after a noun is no second noun ("the sponge rises", "the female builds")
    ("Lemon sponge\n\nThe oven door must stay shut while the sponge rises. The sponge is served cold.",
     "What must stay shut while the cake rises?"),
    ("The grey warbler\n\nThe grey warbler is a small songbird. The female builds a cup nest of moss in May.",
     "What type of nest does the warbler build?"),
    # an adjective before the noun ("the annual regatta" may be the town's); a word made with the question's
    ("Tull\n\nThe annual regatta is held on the river in June. The regatta draws crowds.", "When is the town regatta held?"),
    ("Orm harbour\n\nThe lifeboat station at Orm opened in 1840. The station has a crew of twenty.",
     "When did the boat station open?"),
])
def test_what_a_careful_reader_answers_is_not_declined(make_corpus, text, question):
    r = Engine.open(make_corpus({"a.txt": text + "\n"})).ask(question)
    assert not (r.declined_because or "").startswith("the closest sentence speaks of")
