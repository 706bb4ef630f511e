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
    ("en", "By Ann Lee • 12/16/16 12:21pm", "2016-12-16"),   # two-digit year with slashes
    ("de", "von kai am 26/10/13, 03:48 pm", "2013-10-26"),
    ("en", "01.21.2020 07:00 AM", "2020-01-21"),        # dotted, but month first: 21 is no month
    ("en", "10.15.15", "2015-10-15"),
    ("de", "29 / Dezember / 2022", "2022-12-29"),            # slashes around the month name
    ("de", "veröffentlicht am 14 Feb ’20 | Kategorien", "2020-02-14"),   # apostrophe year
    ("de", "Autor: Kai Roe, Datum: 03.Mär.19", "2019-03-03"),
    ("es", "Madrid-29/05/2025 20:00", "2025-05-29"),         # a place glued by a dash
])
def test_finds_more_shapes(lang, text, want):
    finder = DateFinder(RuleSet.for_language(lang).lexicon, lang)
    assert finder.find(text)[0] == want


def test_find_all_in_reading_order():
    finder = DateFinder(RuleSet.for_language("en").lexicon, "en")
    got = [d for d, _, _ in finder.find_all("Published Oct 24, 2023 | Updated: Nov 7, 2023, 8:54 AM")]
    assert got == ["2023-10-24", "2023-11-07"]
    assert finder.find_all("Version 1.2.3 of the tool") == []
    assert finder.find_all("open 24/7/365, 1/2/3.5 cups") == []
    assert finder.find_all("5 May 20 people came") == []       # a bare two-digit year needs a mark


@pytest.mark.parametrize("lang,text,want", [
    # Solar Hijri (Jalali) dates on Persian pages, Persian digits or ASCII, either yeh.
    ("fa", "دوشنبه ۲ تیر ۱۳۹۹", "2020-06-22"),
    ("fa", "2 تير 1399 - 12:09:08 ب.ظ", "2020-06-22"),
    ("fa", "۲۹ بهمن ۱۳۹۸ - ۰۶:۵۵", "2020-02-18"),
    ("fa", "۱ فروردین ۱۴۰۳", "2024-03-20"),
    ("fa", "۳۰ اسفند ۱۳۹۵", "2017-03-20"),            # leap year: Esfand has 30 days
    ("ar", "١٥ مارس ٢٠٢٤", "2024-03-15"),               # Arabic-Indic digits
    ("ur", "By Irfan Rana on اپریل 8, 2022", "2022-04-08"),   # Persian yeh in the month name
    ("tr", "29 EKİM 2024 SALI", "2024-10-29"),          # capital dotted İ
])
def test_other_calendars_digits_and_letters(lang, text, want):
    finder = DateFinder(RuleSet.for_language(lang).lexicon, lang)
    assert finder.find(text)[0] == want


def test_jalali_month_and_day_checked():
    from declutter.dateparse import jalali_to_gregorian
    assert jalali_to_gregorian(1396, 12, 30) is None     # not a leap year
    assert jalali_to_gregorian(1399, 7, 31) is None      # Mehr has 30 days
    assert jalali_to_gregorian(1380, 1, 1) == "2001-03-21"
    finder = DateFinder(RuleSet.for_language("fa").lexicon, "fa")
    assert finder.find("۱۵ رمضان ۱۴۴۵") is None          # lunar Hijri stays refused
    assert finder.is_stamp("سه‌شنبه ۲۹ بهمن ۱۳۹۸")


def test_turkish_dotted_capital_folds_to_plain_i():
    from declutter.rules import fold
    assert fold("EKİM") == "ekim"
    assert fold("İSTANBUL") == "istanbul"


@pytest.mark.parametrize("lang,text,hours", [
    ("en", "Published: 5 hours ago |", 5),
    ("en", "an hour ago", 1),
    ("en", "2 days ago", 48),
    ("de", "vor 14 Minuten", 14 / 60),
    ("fr", "il y a 2 heures,", 2),
    ("es", "Publicado hace 3 horas", 3),
    ("ja", "1 時間前", 1),
    ("ar", "منذ 5 ساعات", 5),
])
def test_relative_stamp(lang, text, hours):
    finder = DateFinder(RuleSet.for_language(lang).lexicon, lang)
    assert finder.relative(text).total_seconds() == hours * 3600


@pytest.mark.parametrize("text", ["Vor 100 Jahren: So wohnten die Beamten", "He left 3 days ago to see his mother",
                                  "22.04.2024", "Published 4 March 2024"])
def test_no_relative_stamp(text):
    finder = DateFinder(RuleSet.for_language("en").lexicon, "en")
    assert finder.relative(text) is None


@pytest.mark.parametrize("lang,text,want", [
    # Blog themes print the published and modified dates with nothing between them.
    ("de", "Veröffentlicht am 10. März 20199. März 2019 von Anna", ["2019-03-10"]),
    ("de", "04.05.202104.05.2021", ["2021-05-04"]),
    ("en", "12/11/201912/11/2019 ~ Tom", ["2019-12-11"]),
    ("de", "Posted on Montag, 4. Mai 2015Dienstag, 9. Juni 2015 by LD", ["2015-05-04", "2015-06-09"]),
    ("es", "3 de junio de 202221:25", ["2022-06-03"]),             # glued time
    # A date right after a name, no space: the day's digits start it.
    ("de", "Eva Muster22. Februar 2020", ["2020-02-22"]),
    # ... but not after capitals, nor a year glued to a longer number.
    ("de", "EVA MUSTER22. Februar 2020", []),
    ("de", "7. Januar 20220", []),
])
def test_glued_dates(lang, text, want):
    finder = DateFinder(RuleSet.for_language(lang).lexicon, lang)
    assert [d for d, _, _ in finder.find_all(text)] == want
