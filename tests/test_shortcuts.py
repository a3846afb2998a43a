"""The build's shortcuts decide as the long way does: each is checked against the code or rule it stands for."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from nltk.tokenize.punkt import PunktSentenceTokenizer

from qa.corpus import clean as cleaning
from qa.corpus import metadata, sentences
from qa.index.batches import RecordingAnalyzer
from qa.text.fold import _fold_char, fold_case_kept
from qa.text.tokens import Analyzer


def _texts(pieces: list[str], most: int = 12):
    return st.lists(st.sampled_from(pieces), max_size=most).map("".join)


PUNKT_PIECES = ["word", "Next", "Dr", "dr", "e.g", "U.S", "A", "ab", "no", "Inc", "etc", "St", "Mr", ".", "?", "!",
                " ", "  ", "\n", "\t", "\xa0", "\x1c", "\u2003", '"', "'", ")", "(", "”", "“", "--", "...", "5", "1.",
                "-", ",", ";", ":", "Ünï", "é", "well-known", "mid-dr"]


@settings(max_examples=2000, deadline=None)
@given(_texts(PUNKT_PIECES))
def test_the_plain_sentence_break_shortcut_decides_as_punkt(text):
    punkt = sentences._punkt()
    assert punkt.text_contains_sentbreak(text) == PunktSentenceTokenizer.text_contains_sentbreak(punkt, text)


@settings(max_examples=500, deadline=None)
@given(_texts(PUNKT_PIECES, most=30))
def test_sentence_spans_are_nltks(text):
    plain = PunktSentenceTokenizer(sentences._punkt()._params)  # NLTK's own, time limits and all
    assert list(sentences._punkt().span_tokenize(text)) == list(plain.span_tokenize(text))


def test_fused_sentence_ends_are_found_as_the_look_behind_first_pattern_finds_them():
    rule = re.compile(r"(?<=[a-z0-9%)\]])[.!?](?P<quote>[\"“”]?)(?=[A-Z][a-z]{2,})")
    text = 'a statement.Pena said 5%.Then leaders."Today (see).Next x.Yz ab!"Cde'
    found = [(m.span(), m["quote"]) for m in sentences._FUSED.finditer(text)]
    assert found == [(m.span(), m["quote"]) for m in rule.finditer(text)] and len(found) == 5


@settings(max_examples=1000, deadline=None)
@given(_texts([".", "!", "?", "…", '"', "'", "”", "’", ")", "]", "a", " ", "\n"], most=8))
def test_a_sentence_end_is_what_the_regular_expression_finds(text):
    assert cleaning._ends_sentence(text) == bool(re.search(r"[.!?…][\"'”’)\]]*$", text))


CREDIT_PIECES = ["Photo", "PHOTOS", "photograph", "pic", "PİC", "pıc", "Pictures", "image", "credit", "ſ", "by", ":", " ", "(",
                 ")", "AP", "x", "."]


@settings(max_examples=1000, deadline=None)
@given(_texts(CREDIT_PIECES))
def test_a_line_said_to_hold_no_credit_holds_none(text):
    assert cleaning._may_credit(text) or not cleaning._CREDIT.search(text)


@given(st.text(max_size=40))
def test_letters_are_counted_as_str_isalpha_counts_them(text):
    assert cleaning._letters(text) == sum(map(str.isalpha, text))


@given(st.text(max_size=40) | st.text("ab'’ -1_", max_size=20))
def test_words_are_those_of_the_unicode_pattern(text):
    assert cleaning._words(text) == cleaning._WORD.findall(text)


DATE_PIECES = ["January", "Jan.", "Sept", "ſeptember", "may", "24", "24th", "1st", "2019", "1999", "20", "19", ",", " ", ":",
               "Source:", "Publisher:", "via", "News.Az", "AP", "11:41", "12:30:15", "am", "p.m.", "EST", "2018-05", "by", "the"]


@settings(max_examples=2000, deadline=None)
@given(_texts(DATE_PIECES))
def test_a_line_said_to_state_more_than_a_date_is_no_dateline(text):
    if metadata._states_more(text):
        assert _dateline_the_long_way(text) is None  # nor an error ("ſeptember"): the shortcut must not hide one


def _dateline_the_long_way(line):
    states_more = metadata._states_more
    metadata._states_more = lambda line: False
    try:
        return metadata.dateline(line)
    finally:
        metadata._states_more = states_more


@given(st.text(max_size=30))
def test_folding_by_table_folds_each_character(text):
    assert fold_case_kept(text) == "".join(map(_fold_char, text))


TOKEN_PIECES = ["United", "States", "united", "Nations", "per", "cent", "P.E.R.", "Latin", "Americans", "U.S.", "US", "Us",
                "UK's", "45", "%", " %", "1,000", "3.5", "it's", "Gonzalez's", "González", "the", "said", " ", ". ", "\n", "-"]


@settings(max_examples=1000, deadline=None)
@given(_texts(TOKEN_PIECES, most=10))
def test_tokens_and_looked_up_words_do_not_depend_on_what_was_tokenized_before(text):
    fresh, used = RecordingAnalyzer(), RecordingAnalyzer()
    used.terms("United States per cent US it's 45% Latin Americans said")  # fills its caches
    used.forget()
    assert used._tokenize(text, used.words) == fresh._tokenize(text, fresh.words)
    assert list(used.words) == list(fresh.words)


def test_two_word_names_acronyms_and_numbers():
    a = Analyzer()
    assert a.terms("united united states") == [a.term("united"), "usa"]
    assert a.terms("P.E.R. cent of the U.S. and US, not us") == ["percent", "usa", "usa"]
    assert a.terms("Latin Americans and the UK's 1,000,000 or 45 %") == ["latinamerica", "uk", "1000000", "45", "percent"]
    assert [(t.term, t.start, t.end) for t in a.tokens("the United States")] == [("usa", 4, 17)]


def test_the_words_a_file_looked_up_are_in_order_with_stopwords_and_without_names_or_numbers():
    a = RecordingAnalyzer()
    a.terms("The United States and Latin America said 45% of UK voters agreed")
    assert list(a.words) == ["the", "and", "said", "percent", "of", "voters", "agreed"]


@given(st.text(max_size=60) | st.text("\x00\x07\t\n\x0b\x0c\r\x1b\x7f\x85\x9f\xa0a", max_size=60))
def test_control_characters_are_counted_as_the_code_points_say(text):
    from qa.corpus.reader import _CONTROL

    expected = sum(1 for c in text if (ord(c) < 32 and c not in "\t\n\r\f\v") or 127 <= ord(c) < 160)
    assert len(_CONTROL.findall(text)) == expected
