"""The date stage: which of the page's dates is the publication date, and by which rule."""
import declutter

from conftest import PROSE, PROSE2, page


def date_line(text: str):
    exp = declutter.explain(text)
    return exp.article.date, {ln.text: ln.rule for ln in exp.lines}


def test_published_beats_updated_in_one_line():
    date, rules = date_line(page("Budget plan delayed again",
                                 "Published 3 May 2024 | Updated 5 May 2024", PROSE, PROSE2))
    assert date == "2024-05-03"
    assert rules["Published 3 May 2024 | Updated 5 May 2024"] == "dates.published-cue"


def test_updated_date_when_it_is_the_only_one():
    date, rules = date_line(page("Budget plan delayed again", "Updated Jan. 5, 2020", PROSE, PROSE2))
    assert date == "2020-01-05"
    assert rules["Updated Jan. 5, 2020"] == "dates.updated-cue"


def test_stamp_under_headline_beats_date_in_text():
    text = page("Budget plan delayed again", "22.11.2024 07.57",
                "On 3 March 2019 the council first met. " + PROSE, PROSE2)
    date, rules = date_line(text)
    assert date == "2024-11-22"
    assert rules["22.11.2024 07.57"] == "dates.stamp-line"


def test_site_header_date_far_above_loses_to_byline_date():
    top = ["Monday, 9 December 2024"] + [f"Menu item {n}" for n in range(12)]
    text = page(*top, "Budget plan delayed again", "By Jane Doe, 4 December 2024", PROSE, PROSE2)
    assert declutter.clean(text).date == "2024-12-04"


def test_embedded_post_date_is_not_the_article_date():
    text = page("Budget plan delayed again", PROSE, "— Jane Roe (@janeroe) January 1, 2020",
                PROSE2, "Posted 2 January 2020")
    assert declutter.clean(text).date == "2020-01-02"


def test_no_date_from_related_list():
    related = ["Related stories", "Other story one", "12 May 2023", "Other story two",
               "11 May 2023", "Other story three", "10 May 2023"]
    text = page("Budget plan delayed again", PROSE, PROSE2, *related)
    assert declutter.clean(text).date is None


def test_hijri_date_is_not_taken():
    text = page("خطة الميزانية تتأخر مجددا", "15 رمضان 1445 هـ",
                "قال المجلس يوم الاثنين إن خطة الميزانية ستتأخر مرة أخرى لأن المدققين لم ينتهوا من مراجعة حسابات العام الماضي.",
                title="خطة الميزانية تتأخر مجددا | أخبار المدينة")
    assert declutter.clean(text).date is None


def test_own_stamp_swallowed_by_a_dated_list_under_the_headline():
    # A video player's durations and stamps sit around the headline (printed again under
    # the player, so it is a repeated line); the dated-list rule takes in the article's
    # own "Stand:" line too.
    text = page("Budget plan delayed again", "02:57 Min.", "Available until 06.05.2024.",
                "Budget plan delayed again", "Stand: 22.04.2024, 06:00 Uhr", PROSE, PROSE2)
    date, rules = date_line(text)
    assert date == "2024-04-22"
    assert rules["Stand: 22.04.2024, 06:00 Uhr"].startswith("dates.")


def test_related_list_further_below_the_headline_is_still_not_read():
    related = ["12 May 2023", "Other story one", "11 May 2023", "Other story two",
               "10 May 2023", "Other story three"]
    text = page("Budget plan delayed again", "Share", "Print", "Listen", *related, PROSE, PROSE2)
    assert declutter.clean(text).date is None


def test_relative_stamp_counted_back_from_the_latest_date_on_the_page():
    # "5 hours ago" under the headline; the newest teaser of the page is dated 20 Feb 2024.
    teasers = ["Latest news", "Other story one", "20 February, 2024", "Other story two",
               "19 February, 2024", "Other story three", "18 February, 2024"]
    text = page("Budget plan delayed again", "Published: 5 hours ago |", PROSE, PROSE2, *teasers)
    date, rules = date_line(text)
    assert date == "2024-02-20"
    assert rules["Published: 5 hours ago |"] == "dates.relative"
    two_days = page("Budget plan delayed again", "2 days ago", PROSE, PROSE2, *teasers)
    assert declutter.clean(two_days).date == "2024-02-18"


def test_relative_stamp_without_an_absolute_date_gives_no_date():
    text = page("Budget plan delayed again", "vor 14 Minuten", PROSE, PROSE2)
    assert declutter.clean(text).date is None


LATEST = ["Latest posts", "Budget plan delayed again", "12 December, 2015",
          "Harbour works start in spring", "8 April, 2014",
          "New ferry timetable", "2 March, 2014"]


def test_blog_post_without_a_stamp_takes_its_entry_in_the_latest_posts_list():
    text = page("Budget plan delayed again", PROSE, PROSE2, "Share", "Tweet", *LATEST)
    date, rules = date_line(text)
    assert date == "2015-12-12"
    assert rules["12 December, 2015"] == "dates.headline-echo"


def test_own_stamp_beats_the_latest_posts_list():
    text = page("Budget plan delayed again", "3 January 2016", PROSE, PROSE2, *LATEST)
    assert date_line(text)[0] == "2016-01-03"


def test_date_inside_the_headline_gives_way_to_the_stamp_under_it():
    # The headline names the meeting's date; the post's own stamp is the publication date.
    text = page("Minutes of the board meeting of 10 October 2019", "26/12/2019 posted by the club web team",
                PROSE, PROSE2, title="Minutes of the board meeting of 10 October 2019 | Club")
    assert date_line(text)[0] == "2019-12-26"


def _recipe_page(stamp: str, comment_date: str) -> str:
    return page("Olive and rosemary focaccia", f"{stamp} by Kay", PROSE, PROSE2,
                "2 Comments", "Sam", f"{comment_date} at 9:14 am",
                "Made this for a picnic and it vanished in minutes.")


def test_an_english_page_whose_dates_show_the_day_first_reads_its_stamp_day_first():
    # "24/04/2020" can only be day-first, so the page's "12/04/2020" is 12 April.
    assert declutter.clean(_recipe_page("12/04/2020", "24/04/2020")).date == "2020-04-12"


def test_an_english_page_whose_dates_show_the_month_first_keeps_the_month_first():
    assert declutter.clean(_recipe_page("12/04/2020", "04/24/2020")).date == "2020-12-04"
    # and without evidence either way, English stays month-first
    assert declutter.clean(_recipe_page("12/04/2020", "04/04/2020")).date == "2020-12-04"



def test_stamp_over_a_text_with_dates_in_it_beats_a_teaser_stamp_below():
    # The paragraphs' own dates sit near the stamp, but they are sentences, not the
    # entries of a dated list, so the stamp is not marked down as one.
    intro = ("Der Untersuchungsausschuss hat nach zwei Jahren seine Beweisaufnahme beendet und "
             "will seinen Abschlussbericht noch vor der Sommerpause im Landtag vorlegen.")
    dated = ("Der Plan wurde am 12. März 2021 zum ersten Mal vorgestellt und am 3. Mai 2022 "
             "geändert, bevor der Rat im Herbst desselben Jahres eine neue Schätzung verlangte, "
             "die bis heute fehlt.")
    other = ("Die Opposition nannte die Verzögerung ein Versagen der Planung und forderte den "
             "Bürgermeister auf, die Zahlen noch in diesem Monat offenzulegen.")
    text = page("Zwei Rücktritte und viele offene Fragen", "Stand: 28.04.2023 17:23 Uhr",
                dated, dated.replace("12. März", "14. Juni"), dated.replace("12. März", "2. Juli"),
                intro, other, intro, other, intro, "Analyse", "11.04.2022", other,
                title="Zwei Rücktritte und viele offene Fragen | Nachrichten")
    assert declutter.clean(text).date == "2023-04-28"


def test_date_opening_the_first_paragraph_is_its_dateline():
    text = page("Budget plan delayed again", "By Jane Doe", "(21 November 2022) " + PROSE,
                PROSE2, "2. Which new charges apply since 1 October 2022?", PROSE, PROSE2)
    assert declutter.clean(text).date == "2022-11-21"


def test_a_title_part_that_is_only_a_date_is_the_page_stamp():
    # The dump prints no stamp near the text; a date in a sentence of it is about
    # something else, and the <title> ends with the page's own date.
    text = page("Budget plan delayed again", PROSE,
                "The first draft, presented on 24.04.2023, was withdrawn a week later.", PROSE2,
                title="Budget plan delayed again | Town News | 28.04.2023")
    assert declutter.clean(text).date == "2023-04-28"
