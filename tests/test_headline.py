"""Headline stage: which printed line is the headline, given the <title> line."""
import pytest

import declutter
from declutter.stages.headline import title_parts

PROSE = ("The committee met on Tuesday to review the budget, and members agreed that the "
         "new spending plan should be published before the end of the month for comment.")
PROSE2 = ("Several members said that the figures for schools and hospitals were still too low, "
          "and they asked the finance office to prepare a second version with more detail.")


def page(title, *middle):
    return "\n\n".join([title, *middle, PROSE, PROSE2])


def headline(text):
    return declutter.clean(text).headline


def test_title_parts_split_on_separators():
    assert title_parts("Budget plan delayed | Town News") == ["Budget plan delayed", "Town News"]
    assert title_parts("Kicker – Budget plan delayed - Town News") == \
        ["Kicker", "Budget plan delayed", "Town News"]


@pytest.mark.parametrize("separator", ["›", "‹", "⋆", "~", "*", ">"])
def test_blog_theme_separators_split_title_parts(separator):
    assert title_parts(f"Budget plan delayed {separator} Town News") == ["Budget plan delayed", "Town News"]
    # Glued to a word it is part of the text ("5*", "a~b"), not a separator.
    assert len(title_parts(f"Budget plan{separator}delayed")) == 1


def test_short_first_part_printed_as_headline():
    # The first part is too short to be taken as the headline from the title alone, so
    # the longer slogan is the main part; but the page prints only the first part.
    text = page("Villa Aurora - Ferienhaus am Gardasee mit Seeblick",
                "Villa Aurora", "Anfrage senden", "Villa Aurora", "ab 240 EUR pro Nacht")
    assert headline(text) == "Villa Aurora"


def test_headline_split_by_a_dash_in_the_title():
    # "Name – Statement | Site - Slogan": the printed headline spans two title parts.
    # It is also printed in the latest-news box at the top, so it is a repeated line.
    text = page("Maria Kern – Staatsanwalt legt Beweise vor | Boxwelt - Alle News, Termine und "
                "Ergebnisse aus dem Boxsport",
                "Maria Kern – Staatsanwalt legt Beweise vor", "Huck gegen Kabayel geplant",
                "Top News", "Maria Kern – Staatsanwalt legt Beweise vor", "2. Februar 2022")
    assert headline(text) == "Maria Kern – Staatsanwalt legt Beweise vor"


def test_site_name_line_is_not_the_headline():
    # Only the site name of the title is printed: the headline comes from the title.
    text = page("Council delays the budget plan again | Town News",
                "Town News", "Home", "Politics")
    assert headline(text) == "Council delays the budget plan again"


def test_domain_part_is_not_the_headline():
    text = page("Council delays the budget plan again | townnews.gr", "townnews.gr", "Saturday, 14 Jan 2012")
    assert headline(text) == "Council delays the budget plan again"


def test_heading_above_text_beats_a_side_part_of_the_title():
    # The title is an SEO line; a section name from it is printed in the menu, and the
    # real headline is the heading just above the text.
    text = page("Budget: the plan the council keeps delaying | Politics | Town News",
                "Politics", "Sport", "Why the council cannot agree on next year's budget")
    assert headline(text) == "Why the council cannot agree on next year's budget"


def test_block_join_stops_at_the_subtitle():
    # A headline line followed in the same block by the standfirst: the join stops
    # once the line holds its whole title part.
    text = ("Suspect dies in custody in Nikopol / Police say the man first tried to hang himself\n\n"
            "Suspect dies in custody in Nikopol\nPolice say the man first tried to hang himself\n\n"
            + PROSE + "\n\n" + PROSE2)
    assert headline(text) == "Suspect dies in custody in Nikopol"


def test_headline_broken_over_two_lines_is_joined():
    text = ("Fantastic Beasts: A Nice Place to Visit | The Weekly\n\n"
            "Fantastic Beasts: A Nice Place to\nVisit\n\n" + PROSE + "\n\n" + PROSE2)
    assert headline(text) == "Fantastic Beasts: A Nice Place to Visit"


def test_short_first_part_is_the_post_title_under_the_blog_name():
    # "Post | Blog name": the blog name is printed in the page header, the short post
    # title just above the text; the one closer to the text is the headline.
    text = page("Nebelmorgen | Notizen aus dem Garten und der Küche",
                "Notizen aus dem Garten und der Küche", "Startseite", "Über mich",
                "Nebelmorgen", "12. November 2019")
    assert headline(text) == "Nebelmorgen"


def test_cjk_title_part_glued_to_latin_letters_is_long():
    # "2024ABC…" is one token for the word pattern; counted by characters it is the
    # longest part of the title, not the channel or site name after "--".
    head = "2024ABC年度评选提名奖在京揭晓仪式举行"
    text = "\n\n".join([f"{head}--体育--人民网", "首页 | 体育 | 新闻", head,
                        "2024年12月15日14:57 来源：人民网",
                        "新华社北京12月15日电，年度评选提名奖揭晓仪式在北京举行，共有五十个候选人获得提名。" * 3,
                        "评选委员会表示，今年的评选将在下个月公布最终结果，届时将举行颁奖典礼。" * 3])
    assert headline(text) == head


def test_title_is_the_printed_headline_shortened():
    # The <title> is a shorter (SEO) form of the headline; no line matches it, but the
    # printed headline above the text holds all of its words and more.
    text = page("Council delays budget plan for schools | Town News",
                "Town News", "Politics",
                "Council delays budget plan for schools again, parents urged to write in",
                "Share", "Email", "Print", "Members of the council in the town hall on Monday",
                "By Anna Berg", "12 March 2024")
    assert headline(text) == "Council delays budget plan for schools again, parents urged to write in"


def test_lead_sentence_repeating_the_title_is_not_the_headline():
    # A sentence that repeats the title's words is the lead, not a longer headline.
    text = page("Council delays budget plan for schools | Town News",
                "Town News", "Politics",
                "The council delays the budget plan for schools, the mayor said.")
    assert headline(text) == "Council delays budget plan for schools"


def test_headline_printed_under_a_kicker_below_the_title_copy():
    # The last crumb of the breadcrumb repeats the <title>; below it the page prints a
    # kicker and its own headline, worded apart from the title.
    text = page("Council delays the budget plan again after a long night",
                "Home", "Politics", "Council delays the budget plan again after a long night",
                "Town hall", "After a long night the council delays its budget plan once more",
                "By Anna Berg", "12 March 2024")
    assert headline(text) == "After a long night the council delays its budget plan once more"


def test_title_copy_followed_by_a_byline_keeps_the_title_copy():
    # A byline is no kicker: the line after it (a subtitle) is not the headline.
    text = page("Council delays the budget plan again after a long night",
                "Home", "Politics", "Council delays the budget plan again after a long night",
                "By Anna Berg", "The budget plan of the council is delayed once more")
    assert headline(text) == "Council delays the budget plan again after a long night"


def test_title_copy_cut_short_is_followed_by_the_full_headline():
    text = page("Council delays the budget plan again after a long night of talks | Town News",
                "Home", "Council delays the budget plan again after a long night ..",
                "Council Delays The Budget Plan Again After A Long Night Of Talks", "12 March 2024")
    assert headline(text) == "Council Delays The Budget Plan Again After A Long Night Of Talks"


def test_heading_above_the_text_sharing_the_title_words_beats_a_caption():
    # No line matches the (SEO) title; above the text sit the printed headline, a
    # standfirst-like photo caption and the text. The heading that shares the title's
    # words wins over the nearer caption.
    text = page("Budget row: council delays the school spending plan | Town News",
                "Town News", "Politics",
                "School spending plan delayed again as budget row goes on",
                "By Anna Berg", "Members of the committee leaving the town hall on Monday night")
    assert headline(text) == "School spending plan delayed again as budget row goes on"


def test_title_copy_opening_the_main_text_beats_a_copy_with_a_section_label():
    # The main text starts at the printed headline; a teaser copy higher up carries the
    # section name in front ("Politics Council delays…").
    # The headline and the first paragraph share one block (a <br> between them).
    text = page("Council delays the budget plan again | Politics | Town News",
                "Politics Council delays the budget plan again",
                "Council delays the budget plan again\n" + PROSE2)
    assert headline(text) == "Council delays the budget plan again"


def test_kicker_glued_to_the_headline_in_one_line_is_cut_off():
    # Kicker and headline are separate elements rendered as one line with no space; the
    # title separates them, so the headline is the part the title names.
    text = page('Budget row - "Council delays the plan again" | Town News',
                "Home", 'Budget row"Council delays the plan again"', "12 March 2024")
    assert headline(text) == '"Council delays the plan again"'


def test_tags_glued_after_the_headline_are_cut_off():
    text = page("Council delays the budget plan again | Town News",
                "Home", "Council delays the budget plan againPoliticsBudgetCouncil",
                "12 March 2024")
    assert headline(text) == "Council delays the budget plan again"


def test_date_part_of_the_title_is_never_the_headline():
    # Nothing printed matches the title, which ends in the posting time after " : ".
    text = page("Neue Brücke für den Stadtteil Nord : 06.11.2023, 11.41 Uhr", "Startseite", "Kontakt")
    assert headline(text) == "Neue Brücke für den Stadtteil Nord"
    # A single number is a name or an amount, not a date: it stays.
    assert title_parts("SW082 – 82 Gründe zum weiter hören")[0] == "SW082"


def test_printed_title_bar_loses_its_date_and_domain_parts():
    # The page prints its title bar as the heading: date | headline, headline | DOMAIN.
    text = page("08.11.2021 | Fachtag zur Pflege im ländlichen Raum: Kreisblatt",
                "Startseite", "08.11.2021 | Fachtag zur Pflege im ländlichen Raum")
    assert headline(text) == "Fachtag zur Pflege im ländlichen Raum"
    text = page("Was wir über das Wetter wissen | WETTERWELT.IO", "Start",
                "Was wir über das Wetter wissen | WETTERBLOG.NET")
    assert headline(text) == "Was wir über das Wetter wissen"


def test_spaced_colon_separates_title_parts():
    # " : " sets the site part off in some titles ("Grundrezept : Rezepte");
    # a colon glued to the word before it is part of the headline.
    assert title_parts("Muffin Grundrezept : Muffin Rezepte") == ["Muffin Grundrezept", "Muffin Rezepte"]
    assert title_parts("Budget: plan delayed again | Town News")[0] == "Budget: plan delayed again"
    # Japanese titles set the site name off the same way.
    assert title_parts("阪神新監督に藤川氏 ：地域ニュース : 読売新聞")[-1] == "読売新聞"


def test_dash_glued_to_cjk_text_separates_title_parts_even_with_a_space_after():
    # "質問の冒頭- カテゴリ | サイト": a Q&A site cuts the question into the title and glues
    # the category on with "- "; the printed question holds the first part and more.
    assert title_parts("新卒で販売業に就職しました。シフトについて- 新卒・第二新卒 | 教えてサイト") == \
        ["新卒で販売業に就職しました。シフトについて", "新卒・第二新卒", "教えてサイト"]


def test_heading_holding_all_of_a_shortened_title_beats_a_shorter_copy():
    # The title shortens the printed headline; a breadcrumb-like line below the
    # headline holds only part of the title. The line with every title word wins.
    text = page("Saftiger Apfelkuchen vom Blech | Backen mit Freude",
                "Rezepte", "Saftiger Apfelkuchen vom Blech: ganz einfach!",
                "Apfelkuchen vom Blech")
    assert headline(text) == "Saftiger Apfelkuchen vom Blech: ganz einfach!"


def test_bare_name_beside_the_date_is_not_the_headline_when_the_title_can_stand_in():
    # Nothing printed matches the title; the only heading-shaped line above the text is
    # the author's name beside the date stamp. The title's main part is the headline.
    text = page("Fikk en overraskelse på fødestua av manageren sin | Nyhetsavisen",
                "15.10.24 23:35", "Tuva Marie Lund")
    assert headline(text) == "Fikk en overraskelse på fødestua av manageren sin"
    assert declutter.clean(text).authors == ["Tuva Marie Lund"]


def test_kicker_printed_over_the_headline_is_not_the_headline():
    # The title joins kicker and headline with a colon; the page prints them as two
    # blocks, the kicker first. The line under the kicker is the headline.
    text = page("Streit um die neue Ortsumgehung im Norden: Bürgermeister stoppt Bau - Kreisblatt",
                "Politik", "Streit um die neue Ortsumgehung im Norden", "Bürgermeister stoppt Bau")
    result = declutter.explain(text)
    assert result.article.headline == "Bürgermeister stoppt Bau"
    assert any(ln.rule == "headline.under-kicker" for ln in result.lines)
    # Nothing matches the whole title: the kicker is taken as the heading above the
    # text (the headline is also in a teaser box, so it is a repeated line); the rest
    # of the title printed below it is the headline all the same.
    text = "\n\n".join([
        "Mietstreit in der Altstadt: »Wir können die Miete einfach nicht mehr zahlen« (kreisblatt.de)",
        "Mietstreit in der Altstadt", "»Wir können die Miete einfach nicht mehr zahlen«",
        PROSE, PROSE2, "Mehr zum Thema", "»Wir können die Miete einfach nicht mehr zahlen«"])
    assert headline(text) == "»Wir können die Miete einfach nicht mehr zahlen«"


def test_breadcrumb_printed_before_the_headline_is_cut_off():
    # The page prints its breadcrumb, or a section label, in the heading line itself;
    # the headline is the last piece, which is the title's main part.
    text = page("Neue Kletterhalle in Thun eröffnet - Bergsport Magazin",
                "12. März 2022", "Home » Klettern » Neue Kletterhalle in Thun eröffnet")
    assert headline(text) == "Neue Kletterhalle in Thun eröffnet"
    text = page("Council delays the budget plan again - The Town Times",
                "Politics|Council delays the budget plan again")
    assert headline(text) == "Council delays the budget plan again"
    # A piece of the title set off by a dash is part of the printed headline.
    text = page("Budget plan - what the council decided - The Town Times",
                "Budget plan - what the council decided")
    assert headline(text) == "Budget plan - what the council decided"


def test_heading_far_above_the_text_sharing_words_with_the_title():
    # The printed headline is worded apart from the title and sits above a standfirst,
    # the byline and a long share bar; near the text only chrome is heading-shaped.
    bar = ["Share on Facebook", "Share on X", "Copy the link", "Share by email", "Comment",
           "Add to your saved stories"]
    text = page("Storms could bring strong tornadoes to central plains this weekend - Daily Ledger",
                "Strong tornadoes possible as storms sweep across central plains",
                "Strong tornadoes possible across the central plains on Friday and Saturday",
                "By Jane Doe", *bar)
    assert headline(text) == "Strong tornadoes possible as storms sweep across central plains"


def test_site_banner_at_the_page_top_is_not_the_headline():
    # "Site » Section » Headline": the site name is the title's first part and is
    # printed first on the page; the headline matches a side part, right above the text.
    text = page("Notizen vom See » Blog Archiv » Neue Fähre über den Bodensee",
                "Notizen vom See", "Startseite", "Reisen (14)", "Trends (21)",
                "Neue Fähre über den Bodensee")
    result = declutter.explain(text)
    assert result.article.headline == "Neue Fähre über den Bodensee"
    # A long match at the top is the headline of a short page, not a banner.
    text = page("Council delays the budget plan again after a long night – New Town Daily News",
                "Council delays the budget plan again after a long night", "By Jane Doe",
                "NEW TOWN DAILY NEWS")
    assert headline(text) == "Council delays the budget plan again after a long night"


def test_bilingual_title_gives_the_headline_in_the_text_script():
    # The title pairs an English headline for search engines with the headline in the
    # page's own script; the English line is printed too, but the text is in Hindi.
    hindi = ("नगर परिषद ने आज अपनी बैठक में नए बजट पर चर्चा की और सदस्यों ने कहा कि योजना "
             "को महीने के अंत से पहले प्रकाशित किया जाना चाहिए ताकि लोग अपनी राय दे सकें।")
    text = "\n\n".join([
        "Council delays the budget plan again | नगर परिषद ने बजट योजना फिर टाली - City News",
        "Council Delays The Budget Plan Again", hindi, hindi.replace("आज", "कल")])
    result = declutter.explain(text)
    assert result.article.headline == "नगर परिषद ने बजट योजना फिर टाली"
    assert any(ln.rule == "headline.other-script" for ln in result.lines)
    # An English page keeps its English headline.
    text = page("Council delays the budget plan again | नगर परिषद ने बजट योजना फिर टाली",
                "Council Delays The Budget Plan Again")
    assert headline(text) == "Council Delays The Budget Plan Again"


def test_domain_name_first_in_the_title_is_not_the_main_part():
    # "example.de // » Name": both parts are short, the first is the site's domain.
    text = page("stadtarchiv-nord.de // » Jana Roth", "Impressum", "[› Projekte",
                "[› Über uns", "[> Jana Roth")
    assert headline(text) == "Jana Roth"     # (the "[>" crumb mark cut off)
    # A headline that ends with a domain name stays the main part.
    text = page("stadtarchiv-nord.de - News - Neue Karten auf Stadtarchiv-Nord.de", "News",
                "Neue Karten auf Stadtarchiv-Nord.de")
    assert headline(text) == "Neue Karten auf Stadtarchiv-Nord.de"


def test_headline_read_as_a_related_item_under_a_latest_news_box():
    # The headline is printed right under a "Latest News" box, so it was read as one of
    # its links; the only other title match is the section name in the menu.
    text = page("Council delays the budget plan again | Politics | Town News",
                "Home", "Sport", "Politics", "Latest News", "Politics Feed",
                "Council delays the budget plan again", "14 December 2011 13:03 GMT")
    result = declutter.explain(text)
    assert result.article.headline == "Council delays the budget plan again"


def test_button_label_on_the_headline_line_is_left_out():
    # The video player's "Back to video" is rendered on the headline's line; the page
    # prints the headline alone further down (a share card), and the title is shorter.
    text = page("Economists weigh in on the jobs report | Daily Ledger",
                "News", "Economy", "'Ends the recession talk': economists weigh in on the jobs report",
                "Subscribe", "'Ends the recession talk': economists weigh in on the jobs report Back to video",
                "By Dana Miles")
    assert headline(text) == "'Ends the recession talk': economists weigh in on the jobs report"


def test_capitalised_words_that_belong_to_the_headline_stay():
    # No other line and no title part gives the shorter text: the words are the headline's.
    text = page("Storm closes harbour | Daily Ledger", "News",
                "Storm closes harbour for Second Time This Week", "By Dana Miles")
    assert headline(text) == "Storm closes harbour for Second Time This Week"


def test_headline_printed_cut_short_is_completed_from_another_line():
    full = "Harbour crane inquiry finds no sabotage – investigation into second collapse goes on"
    text = page(f"{full} | Daily Ledger", "News",
                "Harbour crane inquiry finds no sabotage – investigation into second collapse goes…",
                "By Dana Miles", PROSE, "Share this article", full, "Facebook")
    assert headline(text) == full


def test_headline_that_ends_with_an_ellipsis_stays_when_no_line_completes_it():
    text = page("Everything new in May… | Daily Ledger", "News", "Everything new in May…", "By Dana Miles")
    assert headline(text) == "Everything new in May…"


def test_heading_printed_twice_over_the_text_is_the_headline_when_the_title_names_only_the_site():
    head = "Energy price crisis: the relief measures and your rights at a glance"
    text = page("energyconsumers.example | Gas prices", "News", "Gas prices", "Heating", "Contact",
                "Latest", head, "21.11.2022", "Networks must charge less", "14.07.2022",
                "Print", "Share", head, head, "By Leonora Holt")
    assert headline(text) == head
