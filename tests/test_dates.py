"""Date parsing across formats and languages, Hijri years refused."""
import pytest

from declutter.dateparse import DateFinder
from declutter.rules import RuleSet


@pytest.mark.parametrize("lang,text,want", [
    ("en", "March 4, 2024", "2024-03-04"),
    ("en", "Published 4 March 2024, 10:00", "2024-03-04"),
    ("en", "2024-03-04T10:00", "2024-03-04"),
    ("en", "03/04/2024", "2024-03-04"),
    ("ar", "GMT 03:00 2017 الجمعة ,29 كانون الأول / ديسمبر", "2017-12-29"),
    ("ar", "الأحد 8 نوفمبر 2015", "2015-11-08"),
    ("ar", "15 تموز 2016", "2016-07-15"),
    ("zh", "2012年3月5日", "2012-03-05"),
])
def test_finds_date(lang, text, want):
    finder = DateFinder(RuleSet.for_language(lang).lexicon, lang)
    assert finder.find(text)[0] == want


@pytest.mark.parametrize("text", ["آخر تحديث GMT 07:17:55", "15 رمضان 1445 هـ", "no date here"])
def test_no_date(text):
    finder = DateFinder(RuleSet.for_language("ar").lexicon, "ar")
    assert finder.find(text) is None


@pytest.mark.parametrize("lang,text,want", [
    ("en", "22.11.2024 07.57", "2024-11-22"),           # dotted dates are day-first in any language
    ("en", "Veröffentlicht am 27.04.24 um 07:39 Uhr", "2024-04-27"),   # two-digit dotted year
    ("en", "2020. 06. 04. 11:27", "2020-06-04"),        # year-first with dots and spaces
    ("en", "25. 4. 2023 5:00", "2023-04-25"),
    ("en", "Published Fri, Apr 28 20232:23 PM EDT", "2023-04-28"),   # year glued to the time
    ("en", "13/04/2024", "2024-04-13"),                 # day > 12 decides the order
])
def test_finds_more_shapes(lang, text, want):
    finder = DateFinder(RuleSet.for_language(lang).lexicon, lang)
    assert finder.find(text)[0] == want


def test_find_all_in_reading_order():
    finder = DateFinder(RuleSet.for_language("en").lexicon, "en")
    got = [d for d, _, _ in finder.find_all("Published Oct 24, 2023 | Updated: Nov 7, 2023, 8:54 AM")]
    assert got == ["2023-10-24", "2023-11-07"]
    assert finder.find_all("Version 1.2.3 of the tool") == []
