"""What a question asks for, and the typed spans a sentence offers, on plain English."""

import pytest

from qa.answer import spans
from qa.answer.question import analyze
from qa.text.tokens import Analyzer

ANALYZER = Analyzer()


@pytest.mark.parametrize(("question", "expected", "wants_person"), [
    ("Name the nobleman who established the town.", "person", True),
    ("Which schoolteacher started the race?", "person", True),
    ("Which teachers started the race?", "list", True),
    ("Who was the first mayor of the town?", "person", True),
    ("Who was the largest trading partner?", "person", False),  # a country may be one
    ("What is the name of the foreign minister?", "person", True),
    ("What was the voter turnout percentage?", "number", False),
    ("Which of the rivers is the longest?", "entity", False),
])
def test_expected_answer_type(question, expected, wants_person):
    q = analyze(question, ANALYZER)
    assert (q.expected, q.wants_person) == (expected, wants_person)


def test_the_opening_word_of_a_question_is_not_part_of_a_name():
    q = analyze("Besides Ana Ruiz, who else spoke?", ANALYZER)
    assert q.surface_names == ["Ana Ruiz"]


@pytest.mark.parametrize(("sentence", "name", "person_like"), [
    ("It is the capital of the province of Darmund.", "Darmund", False),
    ("The town was founded by Count Aldric of Darmund.", "Count Aldric of Darmund", True),
    ("The Royal Society of Physics gives the medal.", "Royal Society of Physics", False),
])
def test_person_like_names(sentence, name, person_like):
    span = next(s for s in spans.names(sentence) if sentence[s.start : s.end] == name)
    assert spans.is_person_like(sentence, span) is person_like


@pytest.mark.parametrize("sentence", [
    "Archaeological finds show that the valley was settled early.",
    "Since 1980 the society has given the medal.",
])
def test_capitalised_ordinary_words_opening_a_sentence_are_not_names(sentence):
    first = sentence.split()[0]
    assert all(sentence[s.start : s.end] != first for s in spans.names(sentence))


def test_titles_acronyms_and_nationality_are_not_part_of_a_person():
    sentence = "Russian Ambassador to the UN Vasily Nebenzya spoke, and the US Ambassador listened."
    cores = [spans.person_core(sentence, s) for s in spans.names(sentence)]
    assert [sentence[c.start : c.end] for c in cores if c] == ["Vasily Nebenzya"]
