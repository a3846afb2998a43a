"""Answering through the library API, on the seeds and on small corpora of the tests' own."""

import pytest

from qa import Engine, Response
from qa.errors import QuestionError

PENA = "Pena expressed his support for Gonzalez Urrutia in a phone call"

HARBOUR = {
    "harbour.txt": (
        "New harbour opens in Porto Verde\n\n"
        "New harbour opens in Porto Verde\n\n"
        " date 2023-06-02 The harbour of Porto Verde opened on June 1, 2023 after four years of work.\n\n"
        "Mayor Clara Santos cut the ribbon in front of 3,000 residents.\n\n"
        "The project cost 45 million euros, according to the city council.\n\n"
        "Fishermen from Lagos, Faro and Sines moved their boats to the new docks.\n\n"
        "The old harbour closed because its breakwater had collapsed in a storm.\n"
    ),
    "bakery.txt": (
        "Village bakery wins prize\n\n"
        "The bakery of Monte Alto won the regional bread prize in 2019.\n\n"
        "Its owner, Rui Costa, bakes two hundred loaves every morning.\n"
    ),
}


@pytest.fixture
def harbour(make_corpus) -> Engine:
    return Engine.open(make_corpus(HARBOUR))


def _notes(make_corpus, text: str) -> Engine:
    """An engine over one file of notes holding ``text``."""
    return Engine.open(make_corpus({"a.txt": "Notes\n\n" + text + "\n"}))


def _top(r: Response) -> tuple[str, str | None]:
    a = r.answers[0]
    return a.quote, (a.quote[a.highlight.start : a.highlight.end] if a.highlight else None)


def test_library_answers_with_the_models_the_cli_prints(seeds_engine):
    r = seeds_engine.ask("Who recognized González?")
    assert isinstance(r, Response) and r.answered
    assert any(PENA in a.quote for a in r.answers)
    assert r.answers[0].source.doc_id == "003_a3afba280f0ed575.txt"


def test_every_quote_is_verbatim_from_its_file(seeds_engine):
    for q in ("Who recognized González?", "How many votes did Henri Falcón get?", "When did Chavez die?",
              "Which countries suspended Venezuela from Mercosur?", "What is the population of Venezuela?"):
        r = seeds_engine.ask(q, k=5)
        for a in r.answers + r.related:
            raw = open(a.source.path, encoding="utf-8", newline="").read()
            assert raw[a.start : a.end] == a.quote


def test_repeated_headline_never_fills_two_slots(seeds_engine):
    r = seeds_engine.ask("North Korea congratulated Maduro on winning the election", k=5)
    quotes = [a.quote for a in r.answers + r.related]
    assert len(quotes) == len(set(quotes))


@pytest.mark.parametrize("question,sentence,short", [
    ("Who cut the ribbon?", "Mayor Clara Santos cut the ribbon", "Clara Santos"),
    ("How much did the project cost?", "The project cost 45 million euros", "45 million"),
    ("When did the harbour open?", "opened on June 1, 2023", "June 1, 2023"),
    ("Where did the fishermen come from?", "Fishermen from Lagos, Faro and Sines", "Lagos"),
    ("Why did the old harbour close?", "The old harbour closed because", "because its breakwater had collapsed in a storm"),
    ("How many loaves does the bakery make?", "two hundred loaves", "two hundred"),
])
def test_right_sentence_first_with_its_short_answer(harbour, question, sentence, short):
    r = harbour.ask(question)
    assert r.answered
    quote, highlight = _top(r)
    assert sentence in quote
    assert highlight is not None and short in highlight


@pytest.mark.parametrize("question", ["What is the capital of Peru?", "Who invented the telephone?",
                                      "How many goals did the striker score?"])
def test_questions_the_corpus_cannot_answer_are_declined(harbour, question):
    r = harbour.ask(question)
    assert not r.answered and r.answers == []
    assert r.searched_for


def test_accents_in_the_question_do_not_matter(make_corpus):
    engine = Engine.open(make_corpus({"a.txt": "Señor Núñez opened the café in Bogotá in 1999."}))
    assert engine.ask("When did Senor Nunez open the cafe?").answered


@pytest.mark.parametrize("bad", ["", "   ", "x" * 5000, "what\x00now"])
def test_bad_questions_raise_a_clear_error(seeds_engine, bad):
    with pytest.raises(QuestionError):
        seeds_engine.ask(bad)


def test_follow_up_uses_the_previous_answer(harbour):
    chat = harbour.conversation()
    chat.ask("Who cut the ribbon in front of the residents?")
    r = chat.ask("What did the council of Porto Verde say about its cost?")  # names its own subject: no rewrite
    assert r.interpreted_as is None
    chat = harbour.conversation()
    chat.ask("Who is the owner of the bakery?")
    r = chat.ask("How many loaves does he bake?")
    assert r.interpreted_as and "Rui Costa" in r.interpreted_as
    assert "two hundred loaves" in r.answers[0].quote


def test_short_answer_is_the_one_in_the_clause_of_the_question_word(make_corpus):
    engine = Engine.open(make_corpus({"trams.txt": (
        "Trams of the north\n\nThe first tram lines opened in Oslo in 1894, Bergen in 1897 and Trondheim in 1901.\n")}))
    quote, highlight = _top(engine.ask("In what year did Bergen open its tram line?"))
    assert "Bergen in 1897" in quote and highlight == "1897"


def test_which_direction_is_answered_by_a_direction(make_corpus):
    engine = Engine.open(make_corpus({"river.txt": (
        "The Olm\n\nThe Olm rises in the Brack Hills in 1890 surveys.\n\n"
        "After leaving Lake Vinn, the Olm flows generally westward past Tull, in the Dorr valley.\n")}))
    for question in ("Which direction does the Olm flow after leaving Lake Vinn?",
                     "When the Olm leaves Lake Vinn, which way does it flow?"):
        r = engine.ask(question)
        assert r.answered and r.expected == "place"
        assert _top(r)[1] == "westward"


@pytest.mark.parametrize(("text", "question", "short"), [
    ("The Olm Bridge (1932) stands at Tull, where the wooden bridge of 1890 stood.", "When was the Olm Bridge built?", "1932"),
    ("The steamer Varn Queen of 1905 was the first ship on the lake with a turbine. Two smaller boats were launched later.",
     "When was the Varn Queen launched?", "1905"),  # "launched" is said, but not of her: her date tells it
    ("The army that Xerxes led across the strait in 480 BCE numbered some 2,600,000.", "How large was the army that Xerxes led?",
     "2,600,000"),
])
def test_short_answers_around_brackets_and_eras(make_corpus, text, question, short):
    engine = _notes(make_corpus, text)
    assert _top(engine.ask(question))[1] == short


@pytest.mark.parametrize(("text", "question", "short"), [
    ("Roussel tried to carve out an independent state in Asia Minor, but he was stopped by Alexius Komnenos.",
     "Who ruined Roussel's plans for an independent state?", "Alexius Komnenos"),
    ("The painter, who worked in Orlon's old quarter, was taught by Ida Voss.", "Who taught the painter?", "Ida Voss"),
    ("The mill was the pride of the town, and in Anton Berg's time it ground grain for Tull.",
     "Who ran the mill when it ground grain for Tull?", "Anton Berg"),
    ("The envoys brought a letter from Lima Ortiz to the council.", "Who wrote the letter to the council?", "Lima Ortiz"),
    ("Sam Reed passed the ball to Chad, who scored from close range.", "Who did Sam Reed pass the ball to?", "Chad"),
    ("Ilse Marwick, the chief executive of Halden Bank, resigned on Monday.", "Who resigned on Monday?", "Ilse Marwick"),
    ("The observatory stands above the town of Corwen, where Ada Price works.", "Who works at the observatory?", "Ada Price"),
])
def test_a_name_in_a_place_is_no_who(make_corpus, text, question, short):
    engine = _notes(make_corpus, text)
    assert _top(engine.ask(question))[1] == short


def test_a_capital_one_comes_from_is_no_who(make_corpus):
    engine = _notes(make_corpus, "Fourteen countries recalled their envoys from Caracas in protest.")
    r = engine.ask("Who recalled their envoys?")
    assert [a.highlight for a in r.answers + r.related] == [None]


def test_what_a_name_means_is_its_gloss(make_corpus):
    engine = Engine.open(make_corpus({"lake.txt": (
        "The lake\n\nThe Untersee is shallow and warm in summer.\n\n"
        'The lake has two parts, the Obersee ("upper lake") and the Untersee ("lower lake").\n')}))
    for question in ("What does Untersee mean?", "What is the translation of Untersee?"):
        quote, short = _top(engine.ask(question))
        assert short == "lower lake"


def test_a_slip_of_the_keyboard_in_a_name_is_forgiven(make_corpus):
    engine = Engine.open(make_corpus({"bridge.txt": (
        "Bridges\n\nThe bridge at Emmerich crosses the 400 m wide river.\n\nThe ferry at Orlon is older.\n")}))
    r = engine.ask("How wide is the river at Emmrich?")
    assert r.answered and "Emmerich" in r.answers[0].quote and not r.missing
    assert not engine.ask("How wide is the river at Emmrichstadt?").answered  # two slips away: not this name


def test_a_translation_named_in_a_who_question_is_no_gloss_question(make_corpus):
    engine = Engine.open(make_corpus({"poem.txt": (
        "Poems\n\nThe poet Seamus Heaney published a celebrated translation of Beowulf in 1999.\n")}))
    assert _top(engine.ask("Who published a celebrated translation of Beowulf?"))[1] == "Seamus Heaney"
    assert _top(engine.ask("When did Heaney publish his translation of Beowulf?"))[1] == "1999"


def test_who_is_someone_is_answered_by_what_the_text_calls_them(make_corpus):
    engine = Engine.open(make_corpus({"a.txt": (
        "Notes\n\nTomas Berg then travelled to Lima, where he met President Ana Ruiz.\n\n"
        "Tomas Berg visited the port on Friday and spoke to the dock workers.\n\n"
        "The court heard opposition presidential candidate Tomas Berg on Monday.\n")}))
    r = engine.ask("Who is Tomas Berg?")
    assert r.answered and r.expected == "description"
    assert _top(r) == ("The court heard opposition presidential candidate Tomas Berg on Monday.", "opposition presidential candidate")
    assert _top(engine.ask("Who is Ruiz?"))[1] == "President"


def test_who_is_a_name_the_corpus_only_uses_as_a_common_word_is_declined(make_corpus):
    engine = _notes(make_corpus, "Prices rose sharply in the spring, and the bushes wilted in the heat.")
    for question in ("Who is Rose?", "Who is Bush?"):
        r = engine.ask(question)
        assert not r.answered and r.declined_because.startswith("no sentence names"), question
    engine = Engine.open(make_corpus({"b.txt": "Notes\n\nRose Bush planted the garden in the spring.\n"}))
    assert engine.ask("Who is Rose?").answered


def test_nationality_is_answered_by_a_peoples_word(make_corpus):
    engine = Engine.open(make_corpus({"a.txt": (
        "Notes\n\nThe valve was invented in 1804 by British engineer Arthur Woolf, who patented his Woolf compound engine.\n\n"
        "The cycle is named after William Rankine, a Scottish polymath.\n\n"
        "Thomas Newcomen built the first commercial engine in 1712.\n")}))
    assert _top(engine.ask("What nationality was Arthur Woolf?"))[1] == "British"
    assert _top(engine.ask("What is William Rankine's nationality?"))[1] == "Scottish"
    r = engine.ask("What was the nationality of Thomas Newcomen?")
    assert not r.answered


def test_a_temperature_in_degrees_is_read_with_its_unit(make_corpus):
    engine = _notes(make_corpus, "Gas turbines have turbine entry temperatures approaching 1500 °C.")
    r = engine.ask("What is the turbine entry temperature of a gas turbine, in degrees Celsius?")
    assert r.answered and _top(r)[1] == "1500 °C"


@pytest.mark.parametrize(("text", "question", "short"), [
    ("This month, the Norland Coast Guard intercepted two tankers in the Caribbean Sea.",
     "Where were the tankers intercepted?", "Caribbean Sea"),
    ("Ana Ruiz then travelled to Lima, where she spoke with President Tomas Berg.", "Where did Ana Ruiz travel?", "Lima"),
])
def test_where_wants_a_name_said_as_a_place(make_corpus, text, question, short):
    engine = _notes(make_corpus, text)
    assert _top(engine.ask(question))[1] == short


@pytest.mark.parametrize(("text", "question", "short"), [
    ("Inside the tower, a rope and pulley mechanism turns the great wheel of the mill.",
     "What mechanism turns the wheel of the mill?", "rope and pulley"),
    ("Diesel is the fuel that the island ferries burn.", "What fuel do the island ferries burn?", "Diesel"),
    ("The cake's layers are called tiers, after the steps of a temple.", "What are the layers of the cake called?", "tiers"),
    ("By the end of the 19th century paddle steamer boats crossed the lake twice a day.",
     "What type of boats crossed the lake at the end of the 19th century?", "paddle steamer"),
    ("The fuel of the lamps was whale oil, which the traders brought from the north.",
     "What fuel did the lamps burn?", "whale oil"),
])
def test_a_thing_of_the_kind_asked_is_answered_without_a_name(make_corpus, text, question, short):
    engine = _notes(make_corpus, text)
    r = engine.ask(question)
    assert r.answered and _top(r)[1] == short


def test_a_common_word_opening_a_sentence_is_no_name(make_corpus):
    lamps = make_corpus({"lamps.txt": "Lamps\n\nEarly lamps came from the works by the harbour.\n\n"
                                      "In the early years the works made rope, and early in the day they sold it.\n"})
    r = Engine.open(lamps).ask("Which company made the lamps?")
    assert r.answers + r.related and all(a.highlight is None for a in r.answers + r.related)
    for text, question, name in [
        ("Early founded the lamp works by the harbour.", "Who founded the lamp works?", "Early"),
        ("Amber founded the animal shelter in 1990. She always wore an amber ring.", "Who founded the animal shelter?", "Amber"),
        ("Golden Gate Mills made the sails. The golden sails were famous, and golden flags too.",
         "Which company made the sails?", "Golden Gate Mills"),
    ]:  # never or once in lower case, or a longer name
        assert _top(_notes(make_corpus, text).ask(question))[1] == name


@pytest.mark.parametrize(("text", "question", "short"), [
    ("Among the guests were the banker Ivo Marsh and the poet Lena Tarr, both of old Tarvel families.",
     "What poet came from an old Tarvel family?", "Lena Tarr"),
    ("The harbour town lies in the county of Westerby, a day's ride from Orlon Castle.",
     "What present day county is the harbour town in?", "Westerby"),
    ("This charter, the Compact of Olm, was signed by Ivo Marsh at Orlon Castle.",
     "What charter did Ivo Marsh sign?", "Compact of Olm"),
])
def test_a_name_said_to_be_of_the_kind_asked_goes_first(make_corpus, text, question, short):
    engine = _notes(make_corpus, text)
    assert _top(engine.ask(question))[1] == short


def test_of_two_sentences_the_one_naming_a_thing_of_the_kind_asked_goes_first(make_corpus):
    engine = Engine.open(make_corpus({"a.txt": (
        "Notes\n\nThe settlers who founded Tarvel built their first church there with stone from Orlon.\n\n"
        "In 1550 the Church of Saint Ives was founded in Tarvel.\n")}))
    quote, short = _top(engine.ask("What church did the settlers found in Tarvel?"))
    assert quote.startswith("In 1550") and short == "Church of Saint Ives"


@pytest.mark.parametrize(("text", "question", "short"), [
    ("The Kell ships were built of oak, a hard wood from the hills.", "What type of wood were the Kell ships built of?", "oak"),
    ("The drink of Ostra is called cider by the locals, who make it every autumn.", "What drink is made in Ostra?", "cider"),
    ("The Tarn is a slow river that flows through Olm.", "What river flows through Olm?", "Tarn"),
    ("Kell Mills is owned by Varn Textiles, which also runs the Kell Dye Works.", "What company owns Kell Mills?", "Varn Textiles"),
    ("Pia Lund studied at Harwick Academy, near the Old School House in Varn.", "What school did Pia Lund attend?",
     "Harwick Academy"),
    ("The fuel of the lamps in Olm was whale oil.", "What fuel did the lamps in Olm burn?", "whale oil"),
    ("The Dovria government was military until 1950.", "What type of government ruled Dovria?", "military"),
    ("Selby Bay, which is the oldest port on the coast, exports wool.", "What port exports wool?", "Selby Bay"),
    ("Anna Kell, a company lawyer, said the bridge was built by Brask and Sons.", "What company built the bridge?",
     "Brask"),
    ("The kilns burned peat, the cheapest fuel in the valley.", "What fuel did the kilns burn?", "peat"),
    ("The Lorne family lived on Church Street in Haxby. Every Sunday the Lorne family attended St Bede's.",
     "Which church did the Lorne family attend?", "St Bede"),
    ("In 1901 the River Orm flooded Haxby.", "Which village did the stream flood in 1901?", "Haxby"),
    ("The Pelby Castle garrison surrendered to Ada Roan.", "To whom did the fort's garrison surrender?", "Ada Roan"),
    ("Red Hill is a village on the Tyl. Its houses have red roofs and red doors.", "What village lies on the Tyl?",
     "Red Hill"),
])
def test_the_kind_asked_is_read_from_the_words_around_it(make_corpus, text, question, short):
    engine = _notes(make_corpus, text)
    r = engine.ask(question)
    assert r.answered and _top(r)[1] == short


def test_the_kind_asked_after_a_possessive(make_corpus):
    engine = Engine.open(make_corpus({"a.txt": "Lena Voss\n\nLena Voss grew up in Pelby. Her instrument was the cello.\n"}))
    assert _top(engine.ask("What instrument did Lena Voss play?"))[1] == "the cello"


@pytest.mark.parametrize(("text", "question"), [
    ("In 1820 a terrible disease killed most of the cattle in Brenmoor.", "What disease killed the cattle in Brenmoor?"),
    ("Lena Varga played the old instrument her grandfather had built.", "What instrument did Lena Varga play?"),
    ("A small ship called at Port Venn every spring.", "What ship called at Port Venn?"),
    ("In Sava a large grey animal roamed the hills.", "What animal roamed the hills of Sava?"),
    ("Miners in Kell used a simple but effective tool to find gold.", "What tool did the miners in Kell use to find gold?"),
    ("The village's only bridge was named after the miller who paid for it.", "What bridge was named after the miller?"),
    ("Ola Strand hoped to win a prize at the Varn fair but never did.", "What prize did Ola Strand win at the Varn fair?"),
    ("The longest bridge in the county crosses the Orm at Haxby.", "What bridge crosses the Orm at Haxby?"),
    ("In 1902 the council of Orm adopted an ambitious plan.", "What plan did the council of Orm adopt?"),
    ("After the war, the main fuel burned in Haxby was peat.", "What fuel was burned in Haxby?"),
])
def test_a_word_that_only_judges_or_measures_the_thing_does_not_say_which_it_is(make_corpus, text, question):
    engine = _notes(make_corpus, text)
    r = engine.ask(question)
    assert not r.answered and all(a.highlight is None for a in r.related)


def test_a_quality_said_of_the_kind_asked_is_no_type_of_it(make_corpus):
    engine = _notes(make_corpus, "The steam engines of the mill were loud.")
    r = engine.ask("What type of steam engines did the mill use?")
    assert r.answers + r.related and all(a.highlight is None for a in r.answers + r.related)


@pytest.mark.parametrize(("text", "question", "short"), [
    ("The new loom was exhibited at the Harwick Exhibition in 1862.", "Where was the new loom shown?", "Harwick Exhibition"),
    ("As the main ally of Peru, Chile has firmly opposed the sanctions.", "Which nation is Lima's closest partner?", "Chile"),
    ("The ideal cycle used to study the engine is called the Varn cycle.", "What cycle is used to study the engine?",
     "Varn"),
])
def test_a_name_is_news_unless_it_repeats_the_question_or_its_names(make_corpus, text, question, short):
    engine = _notes(make_corpus, text)
    assert _top(engine.ask(question))[1] == short
