"""Which date an HTML page gets when its markup and its printed text disagree."""
import json

import declutter

BODY = ("<p>The council met on the harbour road to settle the dispute over the new quay, "
        "which has divided fishermen and traders for most of the year.</p>"
        "<p>Members heard from both sides before a vote that ended late in the evening, "
        "and the mayor said the decision would stand until the spring.</p>"
        "<p>Traders welcomed the result, while the fishermen's union said it would appeal "
        "and meet again next week to decide how.</p>")


def page(printed: str, ld: dict | None = None, meta: str = "") -> str:
    script = (f'<script type="application/ld+json">{json.dumps(ld)}</script>' if ld else "")
    return (f"<html><head><title>Council settles the quay dispute</title>{meta}{script}</head>"
            f"<body><article><h1>Council settles the quay dispute</h1>"
            f"<p class=\"stamp\">{printed}</p>{BODY}</article></body></html>")


def article(**ld) -> dict:
    return {"@type": "NewsArticle", "headline": "Council settles the quay dispute", **ld}


def test_utc_stamp_past_midnight_gives_way_to_the_printed_local_date():
    html = page("March 3, 2021", article(datePublished="2021-03-04T01:30:00Z"))
    assert declutter.clean(html).date == "2021-03-03"


def test_printed_date_equal_to_date_modified_is_kept():
    html = page("12 May 2022", article(datePublished="2021-11-29T14:13:37+00:00",
                                       dateModified="2022-05-12T09:00:00+00:00"))
    assert declutter.clean(html).date == "2022-05-12"


def test_markup_date_wins_when_the_print_is_far_from_it():
    # A printed date weeks away from the stated one and not the modified date:
    # the markup's statement stands.
    html = page("March 3, 2021", article(datePublished="2021-04-20T10:00:00+02:00"))
    assert declutter.clean(html).date == "2021-04-20"


def test_one_day_off_date_inside_a_sentence_does_not_beat_the_markup():
    # Only a confident stamp line overrides; a date in running text is about an event.
    html = page("Police said the crash happened on March 3, 2021, shortly before "
                "midnight on the coast road near the old ferry terminal, "
                "and that two people were taken to hospital.",
                meta='<meta property="article:published_time" content="2021-03-04T08:00:00+01:00">')
    assert declutter.clean(html).date == "2021-03-04"


def test_markup_date_stands_when_the_page_prints_none():
    html = page("By Jane Doe", article(datePublished="2021-03-04T01:30:00Z"))
    assert declutter.clean(html).date == "2021-03-04"


def test_confident_print_beats_a_generic_meta_date():
    # <meta name="date"> is often when the page was built, not when the article appeared.
    html = page("27.01.2022", meta='<meta name="date" content="2021-12-20T11:02:44+01:00">')
    assert declutter.clean(html).date == "2022-01-27"


def test_published_meta_beats_a_print_weeks_away():
    html = page("27.01.2022",
                meta='<meta property="article:published_time" content="2021-12-20T11:02:44+01:00">')
    assert declutter.clean(html).date == "2021-12-20"


def test_printed_update_stamp_does_not_replace_a_published_stamp_one_day_off():
    html = page("November 28, 2013 -- Updated 0203 GMT",
                meta='<meta name="pubdate" content="2013-11-27T08:36:32Z">')
    assert declutter.clean(html).date == "2013-11-27"


def test_print_backed_by_another_meta_date_beats_a_stale_date_published():
    # datePublished says December, dc.date.issued and the printed stamp say February.
    meta = ('<meta itemprop="datePublished" content="2021-12-14T15:41:07+01:00">'
            '<meta name="dc.date.issued" content="2022-02-04T15:33:00+01:00">')
    assert declutter.clean(page("04.02.2022 | 15:33 Uhr", meta=meta)).date == "2022-02-04"


def test_a_meta_name_stated_for_every_teaser_backs_no_print():
    # Several itemprop="datePublished" values belong to a list, not to this article.
    meta = ('<meta property="article:published_time" content="2017-04-12T18:33:59+02:00">'
            '<meta itemprop="datePublished" content="2020-02-19">'
            '<meta itemprop="datePublished" content="2019-02-12">')
    assert declutter.clean(page("19 February 2020", meta=meta)).date == "2017-04-12"


def test_utc_stamp_takes_the_local_date_of_the_same_instant_only():
    # The UTC stamp's local date comes from a stamp of the same moment with an offset;
    # a later <time> (a comment's, here) with an offset is another moment.
    meta = '<meta property="article:published_time" content="2015-12-12T05:00:37+00:00">'
    html = page("By Jane Doe", meta=meta).replace(
        "</article>", '<time datetime="2015-12-13T01:10:03+01:00">13. Dezember</time></article>')
    assert declutter.clean(html).date == "2015-12-12"
    same = page("By Jane Doe", meta=meta).replace(
        "</article>", '<time datetime="2015-12-11T23:00:37-06:00">11 Dec</time></article>')
    assert declutter.clean(same).date == "2015-12-11"


def test_a_stand_stamp_is_no_update_and_beats_a_generic_meta_date():
    # "Stand:" is how German news sites print the article's date, not an "updated" cue.
    html = page("Stand: 28.04.2020 18:00 Uhr", meta='<meta name="date" content="2020-04-29T11:52:23">')
    assert declutter.clean(html).date == "2020-04-28"


def test_jsonld_in_a_cdata_section_is_read():
    # XHTML pages wrap script text in CDATA; the JSON-LD inside still states the date.
    script = ('<script type="application/ld+json">//<![CDATA[\n'
              + json.dumps(article(datePublished="2021-03-04T10:00:00Z")) + "\n//]]></script>")
    assert declutter.clean(page("By Jane Doe", meta=script)).date == "2021-03-04"


def test_a_meta_date_held_in_a_value_attribute_is_read():
    # Some saved pages keep a meta tag's value in "value" rather than "content".
    meta = '<meta value="2021-03-04T10:00:00Z" name="article:published_time">'
    assert declutter.clean(page("By Jane Doe", meta=meta)).date == "2021-03-04"


def test_the_web_page_date_stands_in_when_no_article_is_stated():
    # A WordPress SEO graph states a WebPage with its datePublished and no article.
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": "Harbour News"},
        {"@type": "WebPage", "name": "About us", "datePublished": "2018-06-07T10:13:17+00:00"}]}
    assert declutter.clean(page("By Jane Doe", graph)).date == "2018-06-07"


def test_less_common_published_names_are_read_before_a_sailthru_date():
    # sailthru.date follows the last update here; the published name is the article's date.
    meta = ('<meta name="sailthru.date" content="2016-12-15T13:50:38Z">'
            '<meta name="og:article:published_time" content="2016-12-14T06:02:15Z">')
    assert declutter.clean(page("By Jane Doe", meta=meta)).date == "2016-12-14"
    meta = '<meta name="shareaholic:article_published_time" content="2014-03-17T01:44:37+01:00">'
    assert declutter.clean(page("By Jane Doe", meta=meta)).date == "2014-03-17"


def test_a_british_english_page_prints_the_day_first():
    html = page("02/10/2020").replace("<html>", '<html lang="en-GB">')
    assert declutter.clean(html).date == "2020-10-02"
    assert declutter.clean(page("02/10/2020")).date == "2020-02-10"


def test_the_date_in_the_canonical_address_beats_a_date_in_a_sentence():
    link = '<link rel="canonical" href="https://example.org/2021/10/20/quay-dispute-settled/">'
    body = page("The new quay was opened on 18 October 2021 in the presence of many guests, "
                "who heard the mayor speak of the long dispute and of the traders' patience.",
                meta=link)
    assert declutter.clean(body).date == "2021-10-20"
    assert declutter.clean(page("By Jane Doe", meta=link)).date == "2021-10-20"
