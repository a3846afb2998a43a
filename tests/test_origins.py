"""'Where was X from?': a place said as X's origin, not one X went to or worked in."""

import pytest

from qa import Engine
from qa.answer.origins import asks_origin


@pytest.mark.parametrize(("question", "asks"), [
    ("Where was Ana Ruiz from?", True),
    ("What town was Ana Ruiz originally from?", True),
    ("Which country did the settlers hail from?", True),
    ("Where did Ana Ruiz travel from Tull?", False),  # "from Tull" is not the end
    ("Where did Ana Ruiz work?", False),
])
def test_what_asks_an_origin(question, asks):
    assert asks_origin(question) is asks


@pytest.mark.parametrize(("text", "question", "short"), [
    ("In 1685 Rev. Elie Marot from the town of Pons was among the first to settle there.", "Where was Elie Marot from?", "Pons"),
    ("The abbey was founded by Count Aldric of Darmund in 1102.", "Where was Count Aldric originally from?", "Darmund"),
    ("Ana Ruiz, a native of Tull, designed the bridge.", "What town was Ana Ruiz from?", "Tull"),
    ("The Spanish inventor Tomas Vell built the first pump.", "What country was Tomas Vell from?", "Spanish"),
    ("Ana Ruiz was born in Tull in 1901 and moved to Orm.", "Where was Ana Ruiz from?", "Tull"),
    ("Born in Tull, Ana Ruiz moved to Orm.", "Where was Ana Ruiz from?", "Tull"),
    ("The Tull-born poet Ana Ruiz moved to Orm.", "Where was Ana Ruiz originally from?", "Tull"),
    ("The Port Orm-born painter Ana Ruiz won the prize.", "Where was Ana Ruiz from?", "Port Orm"),
    ("Ana Ruiz, a Tull native, won the prize.", "Where was Ana Ruiz from?", "Tull"),
    ("Tomas Vell is a Spanish inventor who lives in Orm.", "What country is Tomas Vell from?", "Spanish"),
    ("Ana Ruiz grew up in Tull and moved to Orm.", "Where was Ana Ruiz from?", "Tull"),
    ("Born in Tull in 1850, Ana Ruiz moved to Orm.", "Where was Ana Ruiz from?", "Tull"),
])
def test_an_origin_is_answered(make_corpus, text, question, short):
    e = Engine.open(make_corpus({"a.txt": "Notes\n\n" + text + " The valley lies south of Orm.\n"}))
    r = e.ask(question)
    assert r.answered and r.answers[0].quote[r.answers[0].highlight.start : r.answers[0].highlight.end] == short


@pytest.mark.parametrize(("text", "question"), [
    ("A version based on his manuscript, by Jean Marel, was printed in Paris in 1487.", "Where was Jean Marel from?"),
    ("Maria Vell arrived at the Cape of Storms in 1652 with her husband.", "What city was Maria Vell from?"),
    ("Ana Ruiz moved to Orm in 1920.", "Where was Ana Ruiz from?"),
    ("Ana Ruiz received letters from Tull every week.", "Where was Ana Ruiz from?"),  # "from" of the letters
    ("Ana Ruiz returned from Tull in 1921.", "Where was Ana Ruiz from?"),
    ("Ana Ruiz was the mayor of Orm.", "Where was Ana Ruiz from?"),
    ("Ana Ruiz's father came from Tull.", "Where was Ana Ruiz from?"),  # someone else's origin
    ("Ana Ruiz, whose husband came from Tull, lived in Orm.", "Where was Ana Ruiz from?"),
    ("A letter to Ana Ruiz from the Harbour Board arrived.", "Where was Ana Ruiz from?"),  # a body, no place
    ("Ana Ruiz from March to June worked in Orm.", "Where was Ana Ruiz from?"),  # a time
    ("Ana Ruiz later hired the Tull-born sailor Ben Kell.", "Where was Ana Ruiz from?"),  # his origin
    ("Ana Ruiz married a Spanish sailor in Orm.", "What country was Ana Ruiz from?"),  # the sailor's people
])
def test_a_place_someone_went_to_is_no_origin(make_corpus, text, question):
    e = Engine.open(make_corpus({"a.txt": "Notes\n\n" + text + " The valley lies south of Orm.\n"}))
    assert not e.ask(question).answered
