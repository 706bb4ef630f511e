"""Authors from HTML markup weighed against the byline printed in the text."""
import declutter
from declutter.rules import RuleSet
from declutter.stages.markup_authors import names_of
from declutter.stages.names import NameCheck

BODY = ("The storm reached the coast early on Tuesday, bringing winds of more than 120 kilometres "
        "an hour and heavy rain to the towns along the shore.")
BODY2 = ("Officials said thousands of homes were without power by the afternoon, and schools in the "
         "region would stay closed until the end of the week.")


def html(head: str, top: str, title: str = "Storm hits the coast | The Daily Planet") -> str:
    return (f"<!DOCTYPE html><html lang='en'><head><title>{title}</title>"
            f"<meta property='og:site_name' content='The Daily Planet'>{head}</head><body><article>"
            f"<h1>Storm hits the coast</h1>{top}<p>{BODY}</p><p>{BODY2}</p></article></body></html>")


def ld(*authors: tuple[str, str]) -> str:
    items = ", ".join(f'{{"@type": "{kind}", "name": "{name}"}}' for name, kind in authors)
    return ('<script type="application/ld+json">{"@context": "https://schema.org", '
            f'"@type": "NewsArticle", "headline": "Storm hits the coast", "author": [{items}]}}</script>')


def test_meta_value_with_a_site_address_is_dropped_whole():
    assert names_of(["hessenschau.de, Frankfurt, Germany"], "hessenschau.de") == []
    assert names_of(["Developed By Heba Musa"], None) == []
    assert names_of(["Jos&#xE9; Volta e Pinto"], None) == ["José Volta e Pinto"]
    assert names_of(["Elena Oberholzer (obe)", "alan-johnson"], None) == ["Elena Oberholzer"]


def test_class_byline_that_is_a_form_label_or_a_lone_cue_names_nobody():
    page = html("", "<p class='author'>Published by</p><form><label class='comment-author'>Name *</label>"
                    "</form>")
    assert declutter.clean(page).authors == []


def test_markup_person_beats_a_bare_name_read_from_the_text():
    page = html("<meta name='author' content='Margaret Talev'>", "<p>Boeing Co.</p><p>Margaret Talev</p>")
    assert declutter.clean(page).authors == ["Margaret Talev"]


def test_printed_cue_byline_beats_the_site_named_as_author():
    page = html(ld(("The Daily Planet", "Person")), "<p>By Jane Doe</p>")
    assert declutter.clean(page).authors == ["Jane Doe"]


def test_jsonld_author_is_kept_when_the_text_has_none():
    page = html(ld(("Newsroom 24", "Person")), "")
    assert declutter.clean(page).authors == ["Newsroom 24"]


def test_site_name_beside_real_authors_is_dropped():
    page = html(ld(("Jane Doe", "Person"), ("The Daily Planet", "Person")), "")
    assert declutter.clean(page).authors == ["Jane Doe"]


def test_name_check_takes_user_names_after_a_cue_only():
    check = NameCheck(RuleSet.for_language("de"))
    assert check.ok("Herr_Rein", strict=False)
    assert not check.ok("Herr_Rein", strict=True)
    assert check.without_role("Anna Muster Redakteurin") == "Anna Muster"


def test_stated_organisation_beats_a_bare_phrase_read_from_the_text():
    page = html(ld(("Daily Planet Newsroom", "Organization")), "<p>Up Next</p>")
    assert declutter.clean(page).authors == ["Daily Planet Newsroom"]


def test_markup_person_must_look_like_one_to_replace_a_text_name():
    page = html("<meta name='author' content='See full bio'>", "<p>Boeing Co.</p>")
    assert declutter.clean(page).authors != ["See full bio"]


def test_a_printed_name_the_markup_marks_as_author_beats_the_site_named_as_author():
    page = html(ld(("The Daily Planet", "Person")),
                "<p>12.03.2024</p><p><a itemprop='author' href='/staff'>Jane Doe</a></p>")
    assert declutter.clean(page).authors == ["Jane Doe"]
