"""Cleaning: web-scrape debris goes, article text stays, offsets point into the raw file."""

import pytest

from conftest import SEEDS
from qa.corpus.clean import clean


def _seed(name: str):
    text = (SEEDS / name).read_text(encoding="utf-8")
    return text, clean(text)


def _kept(text, doc):
    return [text[u.start : u.end] for u in doc.units]


def _dropped(text, doc):
    return {text[d.start : d.end]: d.reason for d in doc.dropped}


# (seed, must be dropped, must stay as a unit)
SEED_CASES = [
    ("000_7e6ae38072b03573.txt",
     ["More news: Snail Memory Transplant Performed Using RNA, Scientists Say", "Related news",
      "[an error occurred while processing the directive]"],
     ["North Korea congratulated Nicolás Maduro on winning Venezuela's election",
      "Venezuela relies on oil exports for 90 percent of its foreign income, and most of Venezuela's oil exports go to the United States."]),
    ("001_36f0148e6bc26a1b.txt",
     ["date 2018-05 "],
     ["The main opposition candidate, Henri Falcón, had 1.8 million votes or 21.2%."]),
    ("002_8a2b0857bd4246b4.txt",
     ["Professional Manufacturer For Headset and Earphone Since 1997", "Contact us", "Hot Headphone",
      "Smartphone accessories supplier china", "BT headphone supplier china",
      "January 24, 2019 11:41 Source: China News Network", "(Finish)"],
     ["On January 10, 2019, Maduro was sworn in as the new Venezuelan president."]),
    ("003_a3afba280f0ed575.txt",
     ["+ ↺ − 16 px", "News.Az", " Photo: Carlos Becerra/Bloomberg/Getty Images"],
     ["Pena expressed his support for Gonzalez Urrutia in a phone call, recognizing him as the winner of presidential elections in Venezuela held in July 2024.",
      "The opposition claims to have won with 67% of the vote."]),
    ("004_63440574aee5505d.txt",
     ["US Ambassador to the UN, Mike Waltz (Photo: Getty Images)"],
     ["Russia sharply criticized US actions.", "Washington accuses Maduro of leading this group."]),
]


@pytest.mark.parametrize("name,dropped,kept", SEED_CASES, ids=[c[0][:3] for c in SEED_CASES])
def test_seed_cleaning(name, dropped, kept):
    text, doc = _seed(name)
    gone = _dropped(text, doc)
    units = _kept(text, doc)
    for line in dropped:
        assert line in gone, f"{line!r} should be dropped"
    for d in doc.dropped:
        assert not any(u.start < d.end and d.start < u.end for u in doc.units), "a unit overlaps dropped text"
    for sentence in kept:
        assert sentence in units


def test_no_ad_or_navigation_text_survives_in_the_scrape_with_a_shop_around_it():
    text, doc = _seed("002_8a2b0857bd4246b4.txt")
    joined = " ".join(_kept(text, doc)).lower()
    for junk in ("headphone", "supplier", "manufacturer", "contact", "home > news"):
        assert junk not in joined


def test_repeated_headline_is_kept_once_and_becomes_the_title():
    text, doc = _seed("000_7e6ae38072b03573.txt")
    headline = "North Korea congratulated Nicolás Maduro on winning Venezuela's election"
    assert _kept(text, doc).count(headline) == 1
    assert sum(reason == "repeated" for reason in (d.reason for d in doc.dropped)) == 2
    assert doc.title == headline


@pytest.mark.parametrize("name,title,date,source", [
    ("000_7e6ae38072b03573.txt", "North Korea congratulated Nicolás Maduro on winning Venezuela's election", None, None),
    ("001_36f0148e6bc26a1b.txt", None, "2018-05", None),
    ("002_8a2b0857bd4246b4.txt", "Venezuela announces breaking diplomatic relations with the United States", "2019-01-24", "China News Network"),
    ("003_a3afba280f0ed575.txt", None, "2025-01-07", "News.Az"),
    ("004_63440574aee5505d.txt", "US steps up pressure on Maduro, declares his regime illegitimate at UN", None, None),
])
def test_seed_metadata(name, title, date, source):
    _, doc = _seed(name)
    assert (doc.title, doc.date, doc.source) == (title, date, source)


def test_every_unit_of_every_seed_is_an_exact_slice_of_the_raw_file():
    for path in sorted(SEEDS.iterdir()):
        raw = path.read_bytes().decode("utf-8")
        doc = clean(raw)
        assert doc.units
        for u in doc.units:
            piece = raw[u.start : u.end]
            assert piece and piece == piece.strip()
            assert "\n\n" not in piece


MADE_UP_SCRAPE = """\
Cheap Garden Hoses Wholesale Factory Price

Menu | Home | Gardening | Contact

Local council approves new river bridge

Local council approves new river bridge

Published: 2021-03-14

The council voted on Tuesday to build a second bridge over the river.Work will start in May and cost 12 million euros.

Read more: Ten tips for spring planting

Construction workers at the site (Photo: J. Smith/Agency)

* ✓ ☰ 12 px

Error 404 - page not found

Mayor Ana Pérez said the bridge would cut traffic by 30% in the old town.

Bridge engineering
The design uses steel arches, according to the engineers.

Follow us on Facebook and subscribe to our newsletter
"""


def test_made_up_scrape_is_cleaned_by_general_rules():
    doc = clean(MADE_UP_SCRAPE)
    units = _kept(MADE_UP_SCRAPE, doc)
    assert units == [
        "Local council approves new river bridge",
        "The council voted on Tuesday to build a second bridge over the river.",
        "Work will start in May and cost 12 million euros.",
        "Mayor Ana Pérez said the bridge would cut traffic by 30% in the old town.",
        "Bridge engineering",
        "The design uses steel arches, according to the engineers.",
    ]
    assert doc.title == "Local council approves new river bridge"
    assert doc.date == "2021-03-14"
    reasons = set(_dropped(MADE_UP_SCRAPE, doc).values())
    assert {"boilerplate", "navigation", "teaser link", "caption", "symbols or widget", "error message", "repeated"} <= reasons


def test_undated_document_has_no_date_and_month_dates_are_kept_as_months():
    assert clean("Rain fell all day. The river rose by two metres.").date is None
    assert clean(" date 2018-05 The vote was held on Sunday.").date == "2018-05"
    assert clean("March 3, 2020 09:15\n\nThe vote was held on Sunday.").date == "2020-03-03"


def test_hard_wrapped_prose_is_joined_into_sentences():
    text = ("The committee met in the capital on a cold morning and\n"
            "discussed the budget for the coming year in great detail,\n"
            "before it adjourned without any formal vote on the matter.\n"
            "A second meeting is planned for next week in the same hall\n"
            "where members will consider the amendments again.\n")
    doc = clean(text)
    units = _kept(text, doc)
    assert len(units) == 2
    assert units[0].startswith("The committee met") and units[0].endswith("on the matter.")


def test_markdown_headings_are_headings_not_sentences():
    text = "# Tides\n\nThe moon pulls the oceans. Tides follow it twice a day.\n"
    doc = clean(text)
    assert [(text[u.start:u.end], u.kind) for u in doc.units] == [
        ("Tides", "heading"), ("The moon pulls the oceans.", "sentence"), ("Tides follow it twice a day.", "sentence"),
    ]


@pytest.mark.parametrize("text", ["AO\x1f", "\x1cTitle line\x85", "Heading\u2028"])
def test_a_unit_is_trimmed_of_every_kind_of_white_space(text):
    units = clean(text).units
    assert units and all(text[u.start : u.end] == text[u.start : u.end].strip() for u in units)
