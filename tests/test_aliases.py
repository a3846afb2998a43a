"""Questions for another name or an example of a thing: what asks one, where a sentence gives one, and declining when none does."""

import pytest

from qa import Engine
from qa.answer.aliases import asked_alias, other_names
from qa.answer.examples import asked_example, examples
from qa.text.tokens import Analyzer


@pytest.mark.parametrize(("question", "thing"), [
    ("What is another term for the drying kiln?", "drying kiln"),
    ("What is another name for a grain store in which oats are kept?", "grain store"),  # less the clause
    ("What was another word used for the famine?", "famine"),
    ("What is another way of referring to millstones?", "millstones"),
    ("What is an alternative name for the east tower?", "east tower"),
    ("By what other name was the bridge known?", "bridge"),
    ("By what name was the bridge also known?", "bridge"),
    ("A hot kiln is also referred to as what kind of kiln?", "hot kiln"),
    ("What is the mill race sometimes called?", "mill race"),
    ("What else is the mill race also called?", "mill race"),
    ("What other terms for the kiln did the miller use?", "kiln"),  # less the rest of the question
    ("What was another name given to the Marigold?", "Marigold"),
])
def test_the_thing_whose_other_name_is_asked(question, thing):
    assert asked_alias(question)[0] == thing


@pytest.mark.parametrize("question", [
    "By what name is the bridge known today?",  # its name, not another one
    "What is the name of the bridge?",
    "What term did the miller use?",
    "What other towns had mills?",
    "What other terms of the lease did the miller accept?",  # the terms of a lease
])
def test_questions_that_do_not_ask_for_another_name(question):
    assert asked_alias(question) is None


@pytest.mark.parametrize(("sentence", "thing", "alias"), [
    ("The mill had two millstones (grinding wheels) on the upper floor.", "millstones", "grinding wheels"),
    ("Hot (dry) kilns burn wood.", "hot kiln", "dry"),  # a bracket inside the thing
    ("The grain went to a store (called variously a granary, a barn) by the river.", "store", "granary"),
    ("The drying kiln, also known as the oast, stood by the road.", "drying kiln", "oast"),
    ("The mill race is sometimes referred to as a leat because it is narrow.", "mill race", "leat"),
    ('They took to "banking the fire" or rather, damping the fire, at night.', "damping the fire", "banking the fire"),
    ("The heavy wheels (millstones) turned slowly.", "millstones", "heavy wheels"),
    ("Locals said Oldbridge, the bridge of the monks, was haunted.", "bridge", "Oldbridge"),
    ('It was later called the "hungry winter" by the villagers.', "famine", "hungry winter"),
    ("The flour passed to a supply bin (hopper) above the stones.", "flour supply bin", "hopper"),  # less its first word
    ("The hammer, or mallet, was made of beech.", "hammer", "mallet"),
    ("The galley on the Marigold, also known as the Swift, sank.", "galley on the Marigold", "Swift"),
])
def test_where_a_sentence_gives_another_name(sentence, thing, alias):
    a = Analyzer()
    found = other_names(sentence, thing, a, set(a.terms(thing)))
    assert [sentence[s.start : s.end] for s in found][:1] == [alias]


@pytest.mark.parametrize(("sentence", "thing"), [
    ("The millstones turned slowly all day.", "millstones"),  # named, but no other name
    ("The water ran past the mill race or in the ditch beside it.", "mill race"),  # "or in": no name
    ("The millstones (1820) were cut in France.", "millstones"),  # a year in brackets
    ("Dry kilns burn wood.", "hot kiln"),  # another thing
    ("The east tower (grinding wheels) fell.", "drying grinding tower"),  # the thing is not said
    ("Visitors came to see the mill or the kiln every summer.", "mill"),  # "or" joins two things
    ("The granary (c. 1820) stood by the road.", "granary"),
    ("The wheelhouse (now ruined) stood by the road.", "wheelhouse"),
    ("The sawpit (in Tarn) was deep.", "sawpit"),
    ("A stove (see plate 4) heated the room.", "stove"),
    ("The cutters (saws, chisels and files) hung on the wall.", "cutters"),  # examples, not another name
    ("The old tower beside the granary, also called the Red Keep, fell.", "granary"),  # the tower's name
    ("In Harrowgate, the mill ground oats.", "mill"),  # an opening phrase
    ("The mill, which was named after Tomas Brindle, stood by the river.", "mill"),
])
def test_sentences_that_give_no_other_name(sentence, thing):
    a = Analyzer()
    assert other_names(sentence, thing, a, set(a.terms(thing))) == []


MILL = {"mill.txt": (
    "The old mill\n\n"
    "The mill at Westerby was built in 1820 and ground oats for the village. "
    "Its two millstones (grinding wheels) sat on the upper floor. "
    "The millstones were cut from French stone. "
    "Water reached the wheel through the mill race, which the villagers also called the leat. "
    "The drying kiln stood beside the mill and burned wood.\n"
)}


@pytest.fixture
def mill(make_corpus) -> Engine:
    return Engine.open(make_corpus(MILL))


@pytest.mark.parametrize(("question", "short"), [
    ("What is another term for millstones?", "grinding wheels"),
    ("What is another way of referring to the mill race?", "leat"),
])
def test_another_name_is_answered_by_the_sentence_that_gives_it(mill, question, short):
    r = mill.ask(question)
    a = r.answers[0]
    assert r.answered and a.quote[a.highlight.start : a.highlight.end] == short


def test_a_thing_the_corpus_gives_no_other_name_is_declined(mill):
    r = mill.ask("What is another name for the drying kiln?")
    assert not r.answered and "another name" in r.declined_because
    assert any("drying kiln" in a.quote for a in r.related)


@pytest.mark.parametrize(("question", "thing"), [
    ("What is an example of a rotary mill?", "rotary mill"),
    ("What was an example of a type of boat that needed oars?", "boat"),  # less "a type of" and the clause
    ("Give one example of a grain the mill ground.", "grain the mill ground"),
])
def test_the_thing_an_example_of_which_is_asked(question, thing):
    assert asked_example(question)[0] == thing


@pytest.mark.parametrize(("sentence", "thing", "example"), [
    ("The valley had many mills, such as the Brindle mill, and two kilns.", "mill", "Brindle mill"),
    ("Other tools were kept there; hammers (such as a claw hammer) hung by the door.", "hammer tool", "claw hammer"),
    ("It used a wheelless water engine such as the Tarn engine in place of the wheel.", "water engine without wheels",
     "Tarn engine"),  # "wheelless" says "wheel"
    ("Boats, for example the Tarn ferry, crossed the lake.", "boat", "Tarn ferry"),
])
def test_where_a_sentence_gives_an_example(sentence, thing, example):
    found = examples(sentence, thing, Analyzer())
    assert [sentence[s.start : s.end] for s in found][:1] == [example]


@pytest.mark.parametrize(("sentence", "thing"), [
    ("The valley had many large mills (such as the Brindle mill).", "small mill"),  # another kind of mill
    ("The valley had many mills, and the kilns stood beside them.", "mill"),  # no example
    ("Many tools, such as (see plate 4), were kept.", "tool"),
    ("Engines such as \t, and others ran.", "engine"),  # nothing after the marker
])
def test_sentences_that_give_no_example(sentence, thing):
    assert examples(sentence, thing, Analyzer()) == []


def test_an_example_is_answered_by_the_sentence_that_gives_it_and_declined_without_one(make_corpus):
    e = Engine.open(make_corpus({"mills.txt": (
        "Mills of the valley\n\n"
        "The valley once had twelve water mills. Several rotary mills, such as the Brindle mill, ground oats. "
        "The windmills of the valley were pulled down in 1900.\n")}))
    r = e.ask("What is an example of a rotary mill?")
    assert r.answered and r.answers[0].quote[r.answers[0].highlight.start : r.answers[0].highlight.end] == "Brindle mill"
    r = e.ask("What is an example of a windmill of the valley?")
    assert not r.answered and "example" in r.declined_because


def test_a_thing_of_stopwords_only_is_declined_not_a_crash(mill):
    r = mill.ask("Of the old mill, what is another word for it?")
    assert not r.answered


@pytest.mark.parametrize(("sentence", "thing", "example"), [
    ("River boats such as the Heron carry wool down to Tarn.", "river boat", "Heron"),  # the name, not its verb
    ("Engines such as the V8 drove the pumps.", "engine", "V8"),
    ("Small craft (e.g. punts, rafts and skiffs) sailed.", "small craft", "punts"),
])
def test_an_example_is_the_name_given(sentence, thing, example):
    assert [sentence[s.start : s.end] for s in examples(sentence, thing, Analyzer())][:1] == [example]


@pytest.mark.parametrize(("sentence", "thing"), [
    ("Many villages, for example, kept a mill.", "village"),  # an aside
    ("Carts, such as the one Bess pulled, carried hay.", "cart"),
])
def test_asides_give_no_example(sentence, thing):
    assert examples(sentence, thing, Analyzer()) == []
