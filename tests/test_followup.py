"""Follow-up questions resolved against the previous turn."""

import pytest

from qa import Engine
from qa.answer.followup import Turn, resolve


def _turn(question, answer=None, is_name=False):
    return Turn(question=question, answer=answer, answer_is_name=is_name, doc=0)


def test_a_standalone_question_is_taken_as_asked():
    assert resolve("Who built the dam?", None).shown is None
    assert resolve("Which rivers feed the Olse?", _turn("Who built the dam?")).shown is None


def test_personal_pronoun_becomes_the_previous_answer():
    r = resolve("How many votes did he get?", _turn("Who was the main candidate?", "Henri Falcón", True))
    assert r.question == "How many votes did Henri Falcón get?" and r.shown == r.question


def test_it_becomes_the_previous_subject_and_that_carries_the_previous_question():
    r = resolve("Why did it do that?", _turn("Which country did Venezuela cut ties with in 2025?", "Paraguay", True))
    assert r.question == "Why did Venezuela do that?"
    assert "cut ties" in r.context and "Paraguay" in r.context and "cut ties" in r.shown


def test_that_x_carries_the_previous_question_when_it_spoke_of_x():
    r = resolve("When was that treaty broken?", _turn("Who signed the treaty of Lund?", "Ana Ruiz", True))
    assert "treaty of Lund" in r.context
    assert resolve("When was that war over?", _turn("Who signed the treaty of Lund?", "Ana Ruiz", True)).context == ""


def test_what_about_swaps_the_subject():
    r = resolve("What about Peru?", _turn("Who recognized Chile?", "Someone", True))
    assert r.question == "Who recognized Peru?"


@pytest.mark.parametrize("follow,year", [("What about two years before that?", "2015"), ("What about 2020?", "2020"),
                                         ("And three years later?", "2020"), ("What about a year after that?", "2018")])
def test_what_about_shifts_the_year(follow, year):
    r = resolve(follow, _turn("How many people lived abroad in 2017?", "1.6 million"))
    assert r.question == f"How many people lived abroad in {year}?"


def test_year_follow_up_highlights_the_figure_of_that_year(make_corpus):
    engine = Engine.open(make_corpus({"m.txt": "The number of residents abroad rose to 1.6 million in 2017 from 700,000 in 2015."}))
    chat = engine.conversation()
    first = chat.ask("How many residents lived abroad in 2017?")
    second = chat.ask("What about two years before that?")
    short = lambda r: r.answers[0].quote[r.answers[0].highlight.start : r.answers[0].highlight.end]
    assert short(first) == "1.6 million"
    assert second.interpreted_as.endswith("in 2015?") and short(second) == "700,000"


def test_that_followed_by_a_function_word_points_nowhere():
    r = resolve("Who claims that the vote was rigged?", _turn("Who founded the rowing club?", "Anna Weiss", True))
    assert r.context == ""


@pytest.mark.parametrize(("previous", "answer", "is_name", "follow", "resolved"), [
    # "he" is a person: not a place answered, nor a people's word; a noun for people stands for one
    ("What illness killed Ana Ruiz's predecessor?", "Tull", True, "In what year did he die?",
     "In what year did Ana Ruiz's predecessor die?"),
    ("On what date was the opposition candidate in Peru?", "Jan. 4", False, "Who did he meet there?",
     "Who did the opposition candidate meet in Peru?"),
    ("How many votes had the Peruvian president received?", "5.8 million", False, "How many did his rival get?",
     "How many votes did the Peruvian president's rival get?"),  # the count left out is the previous one
    # "they" after a list, or after "which four nations" with no name answered
    ("Which four nations suspended Peru?", "Chile, Bolivia and Ecuador", True, "What reason did they give?",
     "What reason did Chile, Bolivia and Ecuador give?"),
    ("Which four nations suspended Peru?", None, False, "What reason did they give?", "What reason did the four nations give?"),
    # "it" is never a number, and "does the opposition say it got" has its own subject
    ("What share did the council award to the mayor?", "51%", False, "What did it cost?", "What did it cost?"),
    ("What share did the council award to the mayor?", "51%", False, "What share does the opposition say it got?",
     "What share does the opposition say it got?"),
    ("How many people lived abroad in 2017?", "1.6 million", False, "What was that number two years earlier?",
     "How many people lived abroad in 2015?"),
])
def test_pronouns_point_to_what_they_can_stand_for(previous, answer, is_name, follow, resolved):
    assert resolve(follow, _turn(previous, answer, is_name)).question == resolved


def test_a_pronoun_left_unresolved_carries_the_previous_question():
    r = resolve("What did it cost?", _turn("What share did the council award to the mayor?", "51%"))
    assert "council award" in r.context and r.shown.startswith("What did it cost (") and "council award" in r.shown


@pytest.mark.parametrize(("previous", "answer", "follow", "resolved"), [
    # a name of the question's own that is no person leaves "she" to the previous turn
    ("Who was elected mayor of Tull in 1990?", "Ada Brenn", "Who did she meet in Harlow?", "Who did Ada Brenn meet in Harlow?"),
    # the question explains its own pronoun: a person named before it, "the council ... its", "announce that it"
    ("Who was elected mayor of Tull in 1990?", "Ada Brenn", "Did Owen Marsh accept that he had lost?",
     "Did Owen Marsh accept that he had lost?"),
    ("Who was elected mayor of Tull in 1990?", "Ada Brenn", "Why did the council change its name?",
     "Why did the council change its name?"),
    ("Who was elected mayor of Tull in 1990?", "Ada Brenn", "Did the council announce that it would close the mill?",
     "Did the council announce that it would close the mill?"),
    # "it" is what the question named, not the person answered; "her" before no noun is no possessive
    ("Who founded Harwick Rovers?", "Tom Dace", "When did it win the cup?", "When did Harwick Rovers win the cup?"),
    ("Who was elected mayor of Tull in 1990?", "Ada Brenn", "Who beat her?", "Who beat Ada Brenn?"),
    ("Who was elected mayor of Tull in 1990?", "Ada Brenn", "Who was her rival?", "Who was Ada Brenn's rival?"),
    # a place is never "he": the mayor of Tull, the Orlin mill; a second pronoun for the same one stays
    ("Who was elected mayor of Tull in 1990?", None, "How many votes did she get?", "How many votes did she get?"),
    ("Who bought the Orlin mill?", "Kessler Group", "How much did he pay?", "How much did he pay?"),
    ("Who led the Varnish Party?", "Mira Tolk", "What did he tell him?", "What did Mira Tolk tell him?"),
    # "Did Ruth Fane ...": the opening word is no part of the name
    ("Did Ruth Fane survive?", None, "Where did she live?", "Where did Ruth Fane live?"),
    # "then" and "that year" are the previous year, "there" the place answered to "where"
    ("When did the Marigold sink?", "1911", "What happened that year?", "What happened in 1911?"),
    ("Where did the Marigold sink?", "Selby Point", "How many passengers died there?", "How many passengers died in Selby Point?"),
    # "how much" with no noun needs none: only "how many" leaves its count out
    ("How many votes did Ada Brenn get in 1990?", "4,210", "How much would the mill repairs have cost?",
     "How much would the mill repairs have cost?"),
    ("WHO LED THE VARNISH PARTY?", "Mira Tolk", "HOW MANY SEATS DID THEY WIN?", "HOW MANY SEATS DID THEY WIN?"),
    # "which (prominent) leader" asks who, wherever it stands; "What about the incumbent?" swaps the person asked about
    ("Besides Ada Brenn, which prominent leader did the mayor meet?", "Owen Marsh", "How is he described?",
     "How is Owen Marsh described?"),
    ("How many votes did the main challenger get in 2018?", "1.8 million", "What about the incumbent?",
     "How many votes did the incumbent get in 2018?"),
    # a question of its own that names a time is no shift of the previous one's year
    ("Who won the 2018 election?", "Ada Brenn", "Who did she marry two years later?", "Who did Ada Brenn marry two years later?"),
    ("How many people lived abroad in 2017?", "1.6 million", "How many were there two years earlier?",
     "How many people lived abroad in 2015?"),
    # a name whose first word starts like an opening word; a title said in capitals is a person
    ("Did Di Marco say he lost?", None, "Did he lose?", "Did Di Marco lose?"),
    ("What did the Russian Ambassador say?", None, "Why did he say it?", "Why did the Russian Ambassador say it?"),
])
def test_what_a_pronoun_stands_for_in_a_chat(previous, answer, follow, resolved):
    assert resolve(follow, _turn(previous, answer, answer is not None and not answer[0].isdigit())).question == resolved


def test_a_declined_turn_leaves_no_answer_to_point_to(make_corpus):
    chat = Engine.open(make_corpus({"a.txt": "Tull\n\nThe town of Tull lies on the Orm. Its mill was built in 1820.\n"})).conversation()
    assert not chat.ask("Who painted the Mona Lisa?").answered
    assert chat.previous.answer is None


def test_a_pronoun_after_a_question_with_no_answer_is_declined(make_corpus):
    chat = Engine.open(make_corpus({"a.txt": "Orm\n\nIn 2018 Ana Ruiz won 67.8 percent of the vote in Orm.\n"})).conversation()
    assert not chat.ask("Who won the 1990 election in Peru?").answered
    r = chat.ask("How many votes did he get?")
    assert not r.answered and r.declined_because.startswith('"he" points back to the previous question')
