"""Byline shapes: each composed line must give its rule id and the names it holds."""
import pytest

import declutter
from declutter.rules import RuleSet
from declutter.stages.byline import NameCheck, parse_byline

from conftest import PROSE, PROSE2, page


@pytest.mark.parametrize("lang,text,names,rule", [
    ("en", "By JANE DOE, Associated Press", ["JANE DOE"], "byline.cue"),
    ("en", "By Jane Doe and John Roe", ["Jane Doe", "John Roe"], "byline.cue"),
    ("en", "Reporting by Jason Hovet; Editing by Mark Potter", ["Jason Hovet"], "byline.cue"),
    ("en", "by Julia Horowitz @juliakhorowitz November 29, 2016: 3:42 PM ET", ["Julia Horowitz"], "byline.cue"),
    ("en", "By Mary Major, Staff Writer", ["Mary Major"], "byline.cue"),
    ("en", "January 17, 2017 at 6:08 PM ET by Kori Schulman", ["Kori Schulman"], "byline.inner-cue"),
    ("en", "Mattias Geniar, April 19, 2020", ["Mattias Geniar"], "byline.name-then-meta"),
    ("en", "Paddy Smith · April 19, 2019 · Mac · 7 comments", ["Paddy Smith"], "byline.name-then-meta"),
    ("en", "Jen MillsPublished Jul 17, 2024, 11:21am", ["Jen Mills"], "byline.name-then-meta"),
    ("en", "26 September 2019 Ulrike Stockhausen Leave a comment", ["Ulrike Stockhausen"],
     "byline.date-then-name"),
    ("en", "Birgit Baumann", ["Birgit Baumann"], "byline.name-line"),
    ("ar", "كتبت أسماء نصار", ["أسماء نصار"], "byline.cue"),
    ("ar", "أنقرة - جلال فواز", ["جلال فواز"], "byline.place-dash-name"),
])
def test_shapes(lang, text, names, rule):
    got = parse_byline(text, RuleSet.for_language(lang))
    assert got is not None, text
    assert got[0] == names
    assert got[2] == rule


@pytest.mark.parametrize("text", [
    "The mayor said the plan was late.",
    "Share this article",
    "Latest News",
    "Donald Trump (campaign page)",              # a caption, not a byline
    "By the way, the council met on Monday.",    # a cue word starting a sentence
])
def test_not_bylines(text):
    assert parse_byline(text, RuleSet.for_language("en")) is None


def test_name_check_needs_two_capitalised_words_without_a_cue():
    check = NameCheck(RuleSet.for_language("en"))
    assert check.ok("Anna Giulia Fink", strict=True)
    assert not check.ok("Anna", strict=True)
    assert not check.ok("the budget", strict=True)
    assert not check.ok("Monday March", strict=True)      # month and weekday names
    assert check.ok("anna", strict=False)                 # a user name after "By"


def test_bare_name_under_headline_becomes_the_byline():
    a = declutter.clean(page("Budget plan delayed again", "Birgit Baumann", "12 March 2024", PROSE, PROSE2))
    assert a.authors == ["Birgit Baumann"]
    exp = declutter.explain(page("Budget plan delayed again", "Birgit Baumann", "12 March 2024", PROSE, PROSE2))
    by_text = {ln.text: ln for ln in exp.lines}
    assert by_text["Birgit Baumann"].rule == "byline.name-line"


def test_names_one_per_line_are_joined():
    a = declutter.clean(page("Budget plan delayed again", "Birgit Baumann\nAnna Giulia Fink",
                             "12 March 2024", PROSE, PROSE2))
    assert a.authors == ["Birgit Baumann", "Anna Giulia Fink"]


def test_site_name_from_title_is_no_author():
    a = declutter.clean(page("Budget plan delayed again", "Town Crier", PROSE, PROSE2,
                             title="Budget plan delayed again | Town Crier"))
    assert a.authors == []


def test_author_line_after_the_body():
    a = declutter.clean(page("Budget plan delayed again", PROSE, PROSE2, "Reporting by Jason Hovet"))
    assert a.authors == ["Jason Hovet"]


def test_cue_byline_beats_a_bare_name():
    a = declutter.clean(page("Budget plan delayed again", "Mary Major", "By Jane Doe", PROSE, PROSE2))
    assert a.authors == ["Jane Doe"]


def test_share_buttons_are_no_names():
    assert parse_byline("Facebook Twitter", RuleSet.for_language("en")) is None
