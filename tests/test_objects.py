"""'What does X verb?': the thing the verb acts on, said just after the verb in a sentence."""

import pytest

from qa import Engine
from qa.answer.objects import objects, open_slots
from qa.text.tokens import Analyzer

ANALYZER = Analyzer()


@pytest.mark.parametrize(("question", "verb", "preposition"), [
    ("What do the mills grind to make flour?", "grind", ""),  # "to make": another verb
    ("What did the flood lead to?", "lead", "to"),  # the preposition is left at the end
    ("What does the wheel drive?", "drive", ""),
    ("What does the water carried by the race turn?", "turn", ""),  # not "carried by"
    ("What did the owner of the mill in the valley build?", "build", ""),  # not "mill", "valley"
    ("What do the millers use as a sieve?", "use", ""),
    ("What does the ferry carry across the lake?", "carry", ""),  # the end is a place
    ("What did the flood sweep away?", "sweep", ""),
    ("What does the mill need?", "need", ""),
])
def test_the_verb_whose_object_is_asked(question, verb, preposition):
    assert open_slots(question, ANALYZER)[0] == (ANALYZER.term(verb), preposition)


@pytest.mark.parametrize("question", ["Who built the mill?", "What is the mill made of?", "What did the miller say?",
                                      "What did the crew use for steering?"])  # "steering" is no verb here
def test_questions_without_an_object_to_find(question):
    assert open_slots(question, ANALYZER) == ()  # "say" has a clause for its object


@pytest.mark.parametrize(("sentence", "question", "thing"), [
    ("The mills grind oats by turning heavy stones, to make flour.", "What do the mills grind to make flour?", "oats"),
    ("The flood led to a shortage of bread in the town.", "What did the flood lead to?", "shortage of bread"),
    ("The water turns a wheel connected to the stones.", "What does the water carried by the race turn?", "wheel"),
    ("In winter the millers use a fine cloth as a sieve.", "What do the millers use as a sieve?", "fine cloth"),
    ("Its wheel drives a pair of stones.", "What does the wheel drive?", "pair of stones"),
    ("The ferry at Tarn carries carts across the lake.", "What does the ferry carry across the lake?", "carts"),
    ("The flood swept the bridge away.", "What did the flood sweep away?", "bridge"),
    ("The flood swept away the old mill.", "What did the flood sweep away?", "old mill"),
    ("The storm damaged the landing badly.", "What did the storm damage?", "landing"),
    ("The wheel consists of one or more paddles mounted on a shaft.", "What does the wheel consist of?",
     "one or more paddles"),
])
def test_what_the_verb_acts_on(sentence, question, thing):
    found = objects(sentence, open_slots(question, ANALYZER), set(ANALYZER.terms(question)), ANALYZER)
    assert [sentence[s.start : s.end] for s in found][:1] == [thing]


@pytest.mark.parametrize(("sentence", "question"), [
    ("The flood led the town into debt.", "What did the flood lead to?"),  # not "led to"
    ("The mills grind by night.", "What do the mills grind to make flour?"),  # nothing ground is said
    ("The millers use the sieve.", "What do the millers use as a sieve?"),  # only the question's own words
    ("The village trade suffered after the flood.", "What does the village trade?"),  # a noun, not the verb
])
def test_no_object_when_the_sentence_says_none(sentence, question):
    assert objects(sentence, open_slots(question, ANALYZER), set(ANALYZER.terms(question)), ANALYZER) == []


def test_the_object_is_the_short_answer(make_corpus):
    e = Engine.open(make_corpus({"mill.txt": (
        "The Tull mill\n\nThe Tull mill stands by the river. Its wheel drives two grinding stones connected by a belt. "
        "The mill was built in 1820.\n")}))
    a = e.ask("What does the wheel of the Tull mill drive?").answers[0]
    assert a.quote[a.highlight.start : a.highlight.end] == "two grinding stones"
