"""Property tests: any question gives a valid answer object or a clear error, never a crash."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qa.errors import QAError
from qa.models import Response

QUESTION = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=80),
    st.sampled_from(["", "   ", "\t\n", "?", "مَن اعترف بغونزاليس؟", "🙂 who? 🙂", "Who recognized González?" * 60,
                     "WHO RECOGNIZED GONZALEZ", "who\u200brecognized", "how many votes did he get"]),
    st.lists(st.sampled_from(["who", "Maduro", "votes", "2018", "the", "of", "Paraguay", "why", "%", "U.S."]),
             max_size=12).map(" ".join),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(question=QUESTION)
def test_any_question_gives_a_valid_response_or_a_clear_error(seeds_engine, question):
    try:
        response = seeds_engine.ask(question)
    except QAError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    Response.model_validate_json(response.model_dump_json())
    assert response.answered == bool(response.answers)
    for answer in response.answers + response.related:
        raw = seeds_engine.text(seeds_engine.find_document(answer.source.doc_id))
        assert raw[answer.start : answer.end] == answer.quote
        if answer.highlight:
            assert 0 <= answer.highlight.start < answer.highlight.end <= len(answer.quote)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(turns=st.lists(st.text(max_size=60), min_size=1, max_size=4))
def test_a_conversation_of_arbitrary_turns_never_crashes(seeds_engine, turns):
    chat = seeds_engine.conversation()
    for turn in turns:
        try:
            chat.ask(turn)
        except QAError:
            pass
