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
