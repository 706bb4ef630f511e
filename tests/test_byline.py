"""Byline shapes: each composed line must give its rule id and the names it holds."""
import pytest

import declutter
from declutter.rules import RuleSet
from declutter.stages.byline import NameCheck, parse_byline

from conftest import PROSE, PROSE2, page


@pytest.mark.parametrize("lang,text,names,rule", [
    # an agency beside the people is an author; after a slash it credits material used
    ("en", "By JANE DOE, Associated Press", ["JANE DOE", "Associated Press"], "byline.cue"),
    ("de", "Von Anna Muster und Jan Roth, dpa", ["Anna Muster", "Jan Roth", "dpa"], "byline.cue"),
    ("de", "Autor: Peter Muster/SP-X", ["Peter Muster"], "byline.cue"),
    ("en", "Ravi Kumar / TNN / Updated: Oct 9, 2019, 11:05 IST", ["Ravi Kumar"], "byline.name-then-meta"),
    ("en", "By Jane Doe and John Roe", ["Jane Doe", "John Roe"], "byline.cue"),
    ("en", "Reporting by Jason Hovet; Editing by Mark Potter", ["Jason Hovet"], "byline.cue"),
    ("en", "by Julia Horowitz @juliakhorowitz November 29, 2016: 3:42 PM ET", ["Julia Horowitz"], "byline.cue"),
    ("en", "By Mary Major, Staff Writer", ["Mary Major"], "byline.cue"),
    ("en", "January 17, 2017 at 6:08 PM ET by Kori Schulman", ["Kori Schulman"], "byline.inner-cue"),
    ("en", "Mattias Geniar, April 19, 2020", ["Mattias Geniar"], "byline.name-then-meta"),
    ("en", "Paddy Smith · April 19, 2019 · Mac · 7 comments", ["Paddy Smith"], "byline.name-then-meta"),
    ("en", "Jen MillsPublished Jul 17, 2024, 11:21am", ["Jen Mills"], "byline.name-then-meta"),
    ("en", "Dana PetrakisCEO", ["Dana Petrakis"], "byline.name-then-meta"),
    ("en", "26 September 2019 Ulrike Stockhausen Leave a comment", ["Ulrike Stockhausen"],
     "byline.date-then-name"),
    ("en", "Birgit Baumann", ["Birgit Baumann"], "byline.name-line"),
    # the role in brackets after the names
    ("es", "Chus del Río, Marta Abad (Enviado especial)", ["Chus del Río", "Marta Abad"], "byline.name-line"),
    ("ar", "كتبت أسماء نصار", ["أسماء نصار"], "byline.cue"),
    ("ar", "أنقرة - جلال فواز", ["جلال فواز"], "byline.place-dash-name"),
    # CJK names listed with the ideographic comma; a CJK name glued to the date stamp
    ("zh", "(责编：王小明、李华)", ["王小明", "李华"], "byline.cue"),
    ("zh", "张晓燕2017-03-01 14:27:02", ["张晓燕"], "byline.name-then-meta"),
    ("ja", "山田太郎2019年04月13日 09時00分", ["山田太郎"], "byline.name-then-meta"),
    # a cue glued to the name by a lost space
    ("en", "bySauli Giliard", ["Sauli Giliard"], "byline.cue"),
    # handles after the name are no names
    ("en", "Tatiana Parafiniuk-Talesnick @TatianaPT", ["Tatiana Parafiniuk-Talesnick"], "byline.name-line"),
    ("en", "Grant Brisbee@GrantBrisbee", ["Grant Brisbee"], "byline.name-line"),
    # user names with digits and underscores, vouched for by a cue
    ("de", "von Marianne1", ["Marianne1"], "byline.cue"),
    # a cue that credits text and pictures; the counters after it are no name
    ("de", "Text & Fotos: Iwan Muster 0 337", ["Iwan Muster"], "byline.cue"),
    # the site after the writer is no second author
    ("de", "Text: Kerstin Muster / stadtblatt.de", ["Kerstin Muster"], "byline.cue"),
    ("de", "Dezember 10, 2019 · von freeman1984 · in Allgemein", ["freeman1984"], "byline.inner-cue"),
    ("de", "von Herr_Rein Veröffentlicht am 11. Juni 2019", ["Herr_Rein"], "byline.cue"),
    # a particle inside a name is no cue
    ("en", "Posted 11. April 2018 by Walter von Aachen", ["Walter von Aachen"], "byline.inner-cue"),
    # an inner cue after a "published" word or the name of a kind of piece
    ("en", "Posted in Privacy by janedoe on August 3, 2019", ["janedoe"], "byline.inner-cue"),
    ("de", "Ein Artikel von Pamela Sladky | 27.01.2022 - 12:45", ["Pamela Sladky"], "byline.inner-cue"),
    ("de", "Blog Beitrag von Margarita Koreneva", ["Margarita Koreneva"], "byline.inner-cue"),
    ("de", "1.11.23 20:19 von Lars Sobiraj Lesezeit: 4 Min.", ["Lars Sobiraj"], "byline.inner-cue"),
    # a date, a time, then the name in its own segment
    ("de", "04.02.2022 | 13:10 Uhr | Uta Helkenberg", ["Uta Helkenberg"], "byline.date-then-name"),
    # role words and agencies after the name
    ("en", "Thabo Mokone Parliamentary editor", ["Thabo Mokone"], "byline.name-line"),
    ("en", "Colleen Barry, The Associated Press", ["Colleen Barry", "The Associated Press"], "byline.name-line"),
    ("en", "Hillel Italie, AP National Writer", ["Hillel Italie"], "byline.name-line"),
    ("de", "André KleinRedakteur", ["André Klein"], "byline.name-then-meta"),
    ("en", "By Associated Press", ["Associated Press"], "byline.cue"),
    ("en", "PTI | July 9, 2020 | Updated 08:24 IST", ["PTI"], "byline.name-then-meta"),
    # a run of capitals glued together is a user name
    ("de", "geschrieben von MikeNils am 26. Mai 2015, 17:23", ["MikeNils"], "byline.cue"),
    ("de", "1. Januar 2016 von KleineGrüneMonster Ein Kommentar", ["KleineGrüneMonster"], "byline.inner-cue"),
    # newsroom credits alone or after a cue; a site's staff name with a digit after a cue
    ("de", "Redaktion", ["Redaktion"], "byline.staff-line"),
    ("en", "By Staff Writer", ["Staff Writer"], "byline.cue"),
    ("de", "von BR24 Redaktion", ["BR24 Redaktion"], "byline.cue"),
    ("en", "By Cindy mangomini", ["Cindy mangomini"], "byline.cue"),
    ("zh", "责任编辑：孔德明", ["孔德明"], "byline.cue"),
    # after a cue, a month is a first name when a capitalised surname follows
    ("en", "by April Glaser Dec 15, 2016, 1:55pm EST", ["April Glaser"], "byline.cue"),
    ("de", "Von Jan Kupitz | Oct 24, 2023 | Zuletzt geändert: 24.10.2023", ["Jan Kupitz"], "byline.cue"),
    # without a cue too, when two more capitalised names follow the month
    ("de", "Jan Michael Marchart", ["Jan Michael Marchart"], "byline.name-line"),
    # a date and time joined by "um", then the name after a separator
    ("de", "9. September 2025 um 15:46 Uhr / Lena Hofmann-Berg", ["Lena Hofmann-Berg"], "byline.date-then-name"),
    ("de", "23.06.2016 um 16:14 Uhr - Peter Maier - 12 Ergänzungen", ["Peter Maier"], "byline.date-then-name"),
    # a role word before the name is no part of it
    ("de", "Autor: Rechtsanwalt Jonas Weber", ["Jonas Weber"], "byline.cue"),
    ("de", "Ratgeber-Experte Jonas Weber", ["Jonas Weber"], "byline.name-line"),
    # a number glued to the name by a lost break: the comment count, the date
    ("de", "Autor: Jonas Weber4 Kommentare", ["Jonas Weber"], "byline.cue"),
    ("de", "Jonas Weber22. Februar 2020", ["Jonas Weber"], "byline.name-then-meta"),
    # a name in a script without letter case, then a place and a date
    ("hi", "शुभायन चक्रवर्ती / नई दिल्ली February 14, 2020", ["शुभायन चक्रवर्ती"], "byline.name-then-meta"),
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
    "— Jane Doe (@janedoe) April 25, 2024",       # an embedded post
    "Bylaw changes were approved on Monday.",      # a cue glued to a small letter is a word
    "The report by the committee was late.",       # a cue inside a sentence
    "Editor's picks",                              # a staff word inside a menu item
    "By May 2024",                                 # a month alone is no first name
    "April Glaser",                                # without a cue, a month and one name stay a date-ish pair
    "Dec. Frank Smith",                            # an abbreviated month is no first name
])
def test_not_bylines(text):
    assert parse_byline(text, RuleSet.for_language("en")) is None


def test_cjk_sentence_after_a_cue_is_no_byline():
    # "记者" opens many sentences ("the reporter learned ..."): a long run is no name.
    text = "记者上午从国家海洋局相关人士处获悉，此次我国南极中山站考察队失事的飞机中，机组人员为海洋局的工作人员。"
    assert parse_byline(text, RuleSet.for_language("zh")) is None


@pytest.mark.parametrize("lang,text", [
    ("ja", "文化庁、宮内庁、新聞社で行うプロジェクトの公式サイト。"),   # "文" (text by) is the start of 文化庁
    ("ja", "著者一覧"),                                             # the authors' list, a menu link
    ("ja", "記者のページ"),                                          # the reporters' pages
    ("ja", "新規登録"),                                             # "sign up", alone on a line
], ids=["word-starting-with-a-cue", "authors-list", "reporters-pages", "sign-up"])
def test_cjk_words_that_only_look_like_a_cue_and_a_name(lang, text):
    assert parse_byline(text, RuleSet.for_language(lang)) is None


def test_cjk_cue_glued_to_a_name_still_reads():
    assert parse_byline("记者张三", RuleSet.for_language("zh"))[0] == ["张三"]
    assert parse_byline("文：山田太郎", RuleSet.for_language("ja"))[0] == ["山田太郎"]


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


def test_names_one_per_line_above_the_one_beside_the_date():
    # A column of names over the date stamp: the one by the date is read first, the
    # others above it belong to the byline too, in the order printed.
    a = declutter.clean(page("Birgit Baumann\nAnna Giulia Fink\nJasper Riemann", "12 March 2024, 17:46",
                             "Budget plan delayed again", PROSE, PROSE2))
    assert a.authors == ["Birgit Baumann", "Anna Giulia Fink", "Jasper Riemann"]


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


def test_cue_on_its_own_line_vouches_for_the_next_line():
    a = declutter.clean(page("Budget plan delayed again", "By", "Jane Doe", PROSE, PROSE2))
    assert a.authors == ["Jane Doe"]
    exp = declutter.explain(page("Budget plan delayed again", "By", "Jane Doe", PROSE, PROSE2))
    labels = {ln.text: ln.label for ln in exp.lines}
    assert labels["By"] == labels["Jane Doe"] == "byline"


def test_cue_line_then_one_author_per_line():
    a = declutter.clean(page("Budget plan delayed again", "Von", "Jasper Riemann", "Barbara Schneider",
                             PROSE, PROSE2, title="Budget plan delayed again | Stadtnachrichten"))
    assert a.authors == ["Jasper Riemann", "Barbara Schneider"]


def test_author_box_heading_after_the_text():
    a = declutter.clean(page("Budget plan delayed again", PROSE, PROSE2, "About the author", "Jane Doe"))
    assert a.authors == ["Jane Doe"]


def test_picture_credit_is_no_byline():
    a = declutter.clean(page("Budget plan delayed again", "Mike Marsland/Getty Images", PROSE, PROSE2))
    assert a.authors == []


def test_cue_line_read_further_from_the_headline_than_a_bare_name():
    filler = [f"Short line number {n} of the page menu" for n in range(8)]
    a = declutter.clean(page("Budget plan delayed again", *filler, "By Jane Doe", PROSE, PROSE2))
    assert a.authors == ["Jane Doe"]


def test_words_the_page_prints_in_small_letters_are_no_bare_name():
    text = page("Budget plan delayed again", "Up Next", PROSE, PROSE2, "What comes next for the budget is unclear.")
    assert declutter.clean(text).authors == []


def test_cue_byline_under_a_lead_is_not_taken_for_the_headline():
    text = page("Budget plan delayed again", "By Anna Muster", PROSE, PROSE2,
                title="Budget | Town News")
    a = declutter.clean(text)
    assert a.authors == ["Anna Muster"]
    assert a.headline != "By Anna Muster"


def test_bare_name_beside_a_date_further_below_the_headline():
    filler = [f"Short line number {n} of the page menu" for n in range(6)]
    a = declutter.clean(page("Budget plan delayed again", *filler, "12 March 2024", "Birgit Baumann",
                             *filler[:3], PROSE, PROSE2))
    assert a.authors == ["Birgit Baumann"]


# A page whose byline block (lead, date stamp, name) sits in a hero box well above the
# printed headline, with the picture credit and menu in between.
HERO = ["Rates weigh on the harbour budget",
        "Rising rates have become a burden for the town, say the auditors in their letter.",
        "March 12, 2024, 3:48 pm", "Dieter Kuckelkorn",
        "The council chamber on Monday evening, when the delay was announced.",
        "Photo agency / Alex Brandon", "Finance", "Markets", "Shares", "Bonds",
        "Budget plan delayed again"]


def test_bare_name_by_the_article_date_stamp_far_above_the_headline():
    a = declutter.clean(page(*HERO, PROSE, PROSE2, "12 March 2024"))
    assert a.authors == ["Dieter Kuckelkorn"]


def test_menu_items_by_a_date_line_are_no_byline():
    # "Local Government" / "Real Estate" between menu items next to the page's 'today' line.
    menu = ["News", "Sport", "Wednesday, March 12, 2024", "Business", "Local Government",
            "Real Estate", "Politics", "Schools", "Directory", "Weather", "Jobs", "Events"]
    a = declutter.clean(page(*menu, "Budget plan delayed again", PROSE, PROSE2))
    assert a.authors == []


def test_name_by_a_date_after_the_text_is_a_commenter():
    comments = ["Share", "Tweet", "Email", "Print", "Tags", "Council", "Budget", "Auditors", "Harbour",
                "3 comments", "Join the discussion below; comments are read by an editor before they appear.",
                "Mary Major", "March 12, 2024", "I was at the meeting and it was a farce."]
    a = declutter.clean(page("Budget plan delayed again", "March 12, 2024", PROSE, PROSE2, *comments))
    assert a.authors == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Up Next"), ("en", "Social Sharing"), ("en", "Click Here"),
    ("de", "Text vorlesen"), ("de", "Link kopieren"), ("de", "Aktuelle Seite"),
    ("es", "ESCUCHA LA NOTICIA"), ("fr", "Lire aussi"),
])
def test_buttons_and_widget_titles_are_no_names(lang, text):
    assert parse_byline(text, RuleSet.for_language(lang)) is None


def test_widget_title_under_the_headline_gives_way_to_the_byline():
    a = declutter.clean(page("Budget plan delayed again", "Up Next", "Jen Mills · March 12, 2024",
                             PROSE, PROSE2))
    assert a.authors == ["Jen Mills"]


def test_names_one_per_line_with_a_joining_word_between():
    a = declutter.clean(page("Budget plan delayed again", "By", "David Brand", "and", "Ramsey Khalifeh",
                             "Published Nov 8, 2023", PROSE, PROSE2))
    assert a.authors == ["David Brand", "Ramsey Khalifeh"]


def test_category_glued_to_the_date_is_no_byline():
    # Blog themes glue the post's category to its date; a date-then-name needs a space.
    assert parse_byline("2. Februar 2020Radtouren Berlin", RuleSet.for_language("de")) is None
    assert parse_byline("2. Februar 2020 Ulrike Stockhausen", RuleSet.for_language("de"))[0] == \
        ["Ulrike Stockhausen"]


def test_cue_line_far_below_the_text_when_nothing_is_near_the_headline():
    # Blog themes print "Author: ..." in a box after the post, tags and share buttons;
    # with no byline near the headline that line is the byline.
    paras = [f"{PROSE} In the {n}th session the members asked again about item {n} of the plan."
             for n in range(1, 25)]
    after = ["Share", "Tweet", "Email", "Print", "Tags", "Council", "Budget", "Auditors", "Harbour",
             "Schools", "Roads", "Parks", "Library"]
    a = declutter.clean(page("Budget plan delayed again", "March 12, 2024", *paras, *after,
                             "Author: Jane Doe", "Published: 12 March 2024"))
    assert a.authors == ["Jane Doe"]


DE_PROSE = ("Der Gemeinderat hat am Montag beschlossen, dass die Schule im Ortsteil bis zum Sommer "
            "saniert wird, weil die Heizung und die Fenster nicht mehr den Vorschriften entsprechen.")
DE_PROSE2 = ("Die Eltern hatten sich seit Jahren über die kalten Klassenzimmer beklagt und begrüßen "
             "nun die Entscheidung, auch wenn der Unterricht während der Arbeiten verlegt wird.")


def test_source_credit_under_a_news_item_without_byline():
    # Agency and newsroom items carry no byline, only the credited source under the text.
    lines = ("Schule wird saniert", "12.03.2024", DE_PROSE, DE_PROSE2, "Quelle: kathpress", "Mehr zum Thema")
    title = "Schule wird saniert | Stadtnachrichten"
    assert declutter.clean(page(*lines, title=title)).authors == ["kathpress"]
    rules = {ln.text: ln.rule for ln in declutter.explain(page(*lines, title=title)).lines}
    assert rules["Quelle: kathpress"] == "byline.source-credit"
    # a byline wins over the source; a long credit names a study, not an author
    assert declutter.clean(page(*lines[:2], "Von Anna Muster", *lines[2:], title=title)).authors == ["Anna Muster"]
    long_credit = (*lines[:4], "Quelle: Bericht des Statistischen Landesamts", *lines[5:])
    assert declutter.clean(page(*long_credit, title=title)).authors == []


JA_PROSE = ("市議会は月曜日、予算案の採決を再び延期すると発表した。監査委員会が昨年度の決算の審査を終えていない"
            "ためで、野党は計画の失敗だと批判し、市長に次の会期までに説明するよう求めた。")
JA_PROSE2 = ("市によると、港湾や学校、道路の整備計画は三月に可決される予定だったが、必要な数字がまだそろって"
             "おらず、採決は夏まで先送りされる見通しだという。")


def test_bare_cjk_name_by_the_date_is_the_byline():
    # No capitals tell a CJK name from a word: three or more characters with a date beside
    # them make a name; a two-character tag ("社会") does not.
    title = "予算案の採決、再び延期 | 市政ニュース"
    a = declutter.clean(page("予算案の採決、再び延期", "山田太郎", "2019年04月13日 09時00分", JA_PROSE, JA_PROSE2,
                             title=title))
    assert a.authors == ["山田太郎"]
    a = declutter.clean(page("予算案の採決、再び延期", "社会", "2019年04月13日 09時00分", JA_PROSE, JA_PROSE2,
                             title=title))
    assert a.authors == []


def test_name_in_an_email_address_is_no_small_letter_word():
    # "dana.petrakis@…" under the text does not make "Dana Petrakis" a pair of common words.
    a = declutter.clean(page("Budget plan delayed again", "Dana Petrakis", "12 March 2024", PROSE, PROSE2,
                             "Write to dana.petrakis@example.com"))
    assert a.authors == ["Dana Petrakis"]


def test_role_line_under_the_name_is_no_second_author():
    # The line under a bare name that gives the writer's newsroom or role is no name.
    for role in ("Mitglied der Stadtblatt Online-Redaktion", "Redaktion Stadtblatt.de"):
        a = declutter.clean(page("Budget plan delayed again", "Birgit Baumann", role,
                                 "12 March 2024", PROSE, PROSE2))
        assert a.authors == ["Birgit Baumann"], role


def test_sentence_opening_with_a_cue_word_gives_way_to_the_byline():
    a = declutter.clean(page("Budget plan delayed again", "Mary Major, 12 March 2024", PROSE,
                             "Author Jane Doe, from Leeds, said she started writing about the budget "
                             "because nobody else would.", PROSE2))
    assert a.authors == ["Mary Major"]


def test_name_before_a_published_stamp_beats_a_picture_credit_nearer_the_headline():
    lead = "The plan, agreed in March, was meant to fund new schools and roads across the district."
    a = declutter.clean(page("Budget plan delayed again", lead, PROSE, "Ulrich Baumgart", "Local Politics",
                             "Council Elections", "Mary Major | Published 3 hours ago", PROSE2,
                             "More by Ulrich Baumgart"))
    assert a.authors == ["Mary Major"]


def test_author_box_naming_the_chosen_author_is_byline_too():
    # The stamp line under the headline is the byline; the author box after the text
    # names the same writer and is no text either.
    more = ("The mayor said the delay would not touch the money set aside for the two new "
            "schools in the east of the town.")
    bio = ("Mary Major covers the town council and its budget for the paper since 2019, "
           "after years at the regional desk.")
    exp = declutter.explain(page("Budget plan delayed again", "Mary Major | Published 3 hours ago",
                                 PROSE, PROSE2, more, PROSE, PROSE2, more, PROSE, PROSE2,
                                 "About the author", "Mary Major", bio))
    assert exp.article.authors == ["Mary Major"]
    labels = {ln.text: ln.label for ln in exp.lines}
    assert labels["Mary Major | Published 3 hours ago"] == "byline"
    assert labels["About the author"] == labels["Mary Major"] == "byline"


def test_name_with_its_role_and_outlet_is_a_byline():
    a = declutter.clean(page("Budget plan delayed again", "12 March 2024",
                             "Mary Major Senior Politics Editor, The Town Post", PROSE, PROSE2))
    assert a.authors == ["Mary Major"]


def test_name_with_its_role_beside_the_byline_is_still_an_author():
    a = declutter.clean(page("Budget plan delayed again", "Birgit Baumann", "Jasper Riemann, CEO",
                             "12 March 2024", PROSE, PROSE2))
    assert a.authors == ["Birgit Baumann", "Jasper Riemann"]
