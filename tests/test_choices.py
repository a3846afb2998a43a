"""Questions that offer their answers: the one the sentence says is the answer."""

import pytest

from qa import Engine
from qa.answer.choices import asked_choices


@pytest.mark.parametrize(("question", "choices"), [
    ("Which of these is the town's main ally: Tull, Orm or Vell?", ("Tull", "Orm", "Vell")),
    ("Who did the mayor meet in Tull: Ada Brenn or Owen Marsh?", ("Ada Brenn", "Owen Marsh")),
    ("Who won, Ada or Ben?", ("Ada", "Ben")),
    ("Which party won: the Greens, the Reds, or the Blues?", ("Greens", "Reds", "Blues")),  # "the" may not be said
    ("Where did he go, in Orlia or in Tull?", ("Orlia", "Tull")),
    ("WHO WON, ADA OR BEN?", ("ADA", "BEN")),
    ("Did they win or lose?", ()),  # no question word: a yes-no question
    ("Who was elected in 2018 or later?", ()),  # no list of answers
    ("Who came first, the mayor who built the bridge or the one who sold it?", ()),  # clauses, not choices
])
def test_the_choices_a_question_offers(question, choices):
    assert asked_choices(question) == choices


@pytest.mark.parametrize(("question", "short"), [
    ("Which of these is described as Orm's main ally: Tull, Vell or Sarn?", "Vell"),
    ("Who did the mayor meet in Tull: Ada Brenn or Owen Marsh?", "Owen Marsh"),
])
def test_the_choice_the_sentence_says_is_the_answer(make_corpus, question, short):
    e = Engine.open(make_corpus({"a.txt": "Orm\n\nAs the main ally of Orm, Vell opposed the tolls. Tull and Sarn stayed "
                                          "neutral. In Tull the mayor met Owen Marsh. Ada Brenn stayed at home.\n"}))
    r = e.ask(question)
    a = r.answers[0]
    assert r.answered and a.quote[a.highlight.start : a.highlight.end] == short


def test_a_question_none_of_whose_choices_is_said_is_declined(make_corpus):
    e = Engine.open(make_corpus({"a.txt": "Orm\n\nAs the main ally of Orm, Vell opposed the tolls.\n"}))
    assert not e.ask("Which of these is Orm's main ally: Tull or Sarn?").answered


def test_choices_are_answers_not_what_is_asked(make_corpus):
    """A sentence that names more of the choices, or names no other country, does not win for that: the one
    that tells what is asked does ("congratulated the winner" here, among other countries)."""
    e = Engine.open(make_corpus({"a.txt": "Reactions\n\nFourteen countries including Canada and Mexico recalled their "
                                          "ambassadors. Among the countries that congratulated the winner are Russia, "
                                          "Cuba and China.\n"}))
    r = e.ask("Which of these congratulated the winner: Canada, Russia or Mexico?")
    a = r.answers[0]
    assert r.answered and a.quote[a.highlight.start : a.highlight.end] == "Russia"


def test_a_long_list_without_or_is_read_in_one_pass():
    assert asked_choices("Who: " + "a, " * 300 + "?") == ()  # once took seconds per two commas more
    assert asked_choices("Which is it, " + "Ada, " * 300 + "Ben and Cy?") == ()


def test_the_choices_are_no_words_the_sentence_must_not_negate(make_corpus):
    """"paid for by the state, not the town" answers "the town or the state?": "town" is a choice, not asked about."""
    e = Engine.open(make_corpus({"a.txt": "Tull\n\nThe Tull bridge was paid for by the state, not the town.\n"}))
    r = e.ask("Who paid for the Tull bridge, the town or the state?")
    a = r.answers[0]
    assert r.answered and a.quote[a.highlight.start : a.highlight.end] == "state"
