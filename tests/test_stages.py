"""One test per stage: the label and the rule id it sets on a small composed dump."""
import declutter


def labels(text, **kw):
    exp = declutter.explain(text, **kw)
    return {ln.text.strip(): (ln.label, ln.rule) for ln in exp.lines if ln.text.strip()}


PROSE = ("The committee met on Tuesday to review the budget, and members agreed that the "
         "new spending plan should be published before the end of the month for comment.")
PROSE2 = ("Several members said that the figures for schools and hospitals were still too low, "
          "and they asked the finance office to prepare a second version with more detail.")


def page(*middle, title="Budget plan delayed again | Town News"):
    return "\n\n".join([title, *middle])


def test_normalize_strips_invisible_controls_and_bom():
    exp = declutter.explain("\ufeffHeadline here\n\nA\u200b line with\u202e controls")
    assert exp.lines[2].label != "blank"
    from declutter.stages.normalize import normalize_text
    assert normalize_text("a\u200bb\u202ec  d\u00a0e") == "abc d e"


def test_language_detects_scripts_and_direction():
    assert declutter.clean("مرحبا بكم في الموقع وهذا نص عربي طويل").direction == "rtl"
    assert declutter.clean("这是一个中文句子，用来检测语言。").lang == "zh"
    assert declutter.clean("Это русский текст для проверки языка.").lang == "ru"


def test_dedupe_repeated_short_line_and_token_repeat():
    got = labels(page("Town News", PROSE, "Town News", PROSE2, "foo foo foo"))
    assert got["Town News"] == ("duplicate", "dedupe.repeated-short-line")
    assert got["foo foo foo"] == ("boilerplate", "dedupe.repeated-token")
    assert got["Budget plan delayed again | Town News"][0] == "title"


def test_dedupe_a_word_repeated_between_commas_is_emphasis_not_a_widget():
    got = labels(page(PROSE, "Practice, practice, practice.", PROSE2))
    assert got["Practice, practice, practice."] == ("body", "body.main-run")


def test_dedupe_doubled_line():
    got = labels(page(PROSE, "Budget plan delayed Budget plan delayed", PROSE2))
    assert got["Budget plan delayed Budget plan delayed"] == ("duplicate", "dedupe.doubled-line")


def test_forms_labels():
    got = labels(page(PROSE, PROSE2, "Name *", "Email *", ": Characters Left", "Security Code*"))
    assert got["Name *"] == ("form", "forms.asterisk-label")
    assert got[": Characters Left"] == ("form", "forms.field-label")
    assert got["Security Code*"][0] == "form"


def test_footer_copyright_and_developed_by():
    got = labels(page(PROSE, PROSE2, "© 2024 Town News", "Maintained and developed by Web Co"))
    assert got["© 2024 Town News"] == ("footer", "footer.copyright-sign")
    assert got["Maintained and developed by Web Co"] == ("footer", "footer.credits")


def test_related_dated_list():
    items = []
    for day in (3, 5, 7, 9):
        items += [f"Headline of another story number {day}", f"March {day}, 2024"]
    got = labels(page(PROSE, PROSE2, *items))
    assert got["March 5, 2024"] == ("related", "related.dated-list")
    assert got["Headline of another story number 5"] == ("related", "related.dated-list")


def test_related_cue():
    got = labels(page(PROSE, PROSE2, "Read more", "Another story about the budget"))
    assert got["Read more"] == ("related", "related.cue")
    assert got["Another story about the budget"] == ("related", "related.after-cue")


MORE = ("Most of them want the town to spend more on the roads near the schools, where the "
        "pavements are narrow and broken, and to keep the libraries open on Saturdays. They "
        "also asked for a public meeting before the council votes on the plan in the spring.")


def test_related_cue_in_html_announces_links_only():
    # In the markup a read-more cue inside the text is followed by the next section's
    # heading: a line without a link is no item of the list the cue announces.
    html = f"""<html><head><title>Budget plan delayed again | Town News</title></head><body>
<article><h1>Budget plan delayed again</h1><p>{PROSE}</p><p>{PROSE2}</p>
<p>Read more: <a href="/schools">Schools wait for their share of the budget</a></p>
<p>What the members want</p><p>{MORE}</p></article></body></html>"""
    got = labels(html, input_format="html")
    assert got["Read more: Schools wait for their share of the budget"][0] == "related"
    assert got["What the members want"][0] == "body"


def test_nav_short_line_run_and_menu_words():
    got = labels(page("Politics", "Local", "Schools", "Roads", PROSE, PROSE2, "Share"))
    assert got["Schools"] == ("nav", "nav.short-line-run")
    assert got["Share"] == ("nav", "nav.menu-word")


def test_nav_lines_of_one_block_with_words_are_a_list_not_a_menu():
    # Short lines cut by <br> inside one block: items of a few words are the
    # article's list (they stay unmarked, with a note); single words are tags.
    steps = "Mix the flour and salt\nAdd the warm water slowly\nKnead for ten minutes"
    tags = "bread\nbaking\nflour"
    doc, _ = declutter.api.process(page(PROSE, steps, PROSE2, tags))
    got = {ln.text: (ln.label.value, [m.rule for m in ln.marks]) for ln in doc.lines if ln.text}
    assert got["Add the warm water slowly"] == ("body", ["nav.broken-block", "body.main-run"])
    assert got["baking"] == ("nav", ["nav.short-line-run"])


def test_mainrun_closing_sentence_joins_the_run():
    got = labels(page(PROSE, PROSE2, "The plan goes to a vote in May.", "Tags: budget"))
    assert got["The plan goes to a vote in May."] == ("body", "body.main-run")
    assert got["Tags: budget"][0] == "nav"


def test_mainrun_question_under_the_lead_is_a_subheading():
    lead = "The council will decide on Friday whether the old bridge is closed to cars."
    got = labels(page("Budget plan delayed again", lead, "Photo: J. Smith",
                      "Why is the bridge unsafe?", PROSE, PROSE2, PROSE + " Again."))
    assert got[lead] == ("body", "body.main-run")
    assert got["Photo: J. Smith"][1] != "body.main-run"
    assert got["Why is the bridge unsafe?"] == ("body", "body.main-run")


def test_mainrun_and_body():
    got = labels(page("Some short teaser", PROSE, "A sub-heading", PROSE2, "Another short line"))
    assert got[PROSE] == ("body", "body.main-run")
    assert got["A sub-heading"] == ("body", "body.main-run")
    assert got["Another short line"] == ("boilerplate", "body.outside-main-run")


def test_headline_matches_title_and_echo():
    got = labels(page("Budget plan delayed again", PROSE, PROSE2))
    assert got["Budget plan delayed again"] == ("headline", "headline.matches-title")


def test_headline_from_title_when_not_printed():
    a = declutter.clean(page(PROSE, PROSE2, title="Council delays the budget plan | Town News"))
    assert a.headline == "Council delays the budget plan"


def test_byline_cue_and_arabic_dateline():
    got = labels(page("Budget plan delayed again", "By Anna Smith", PROSE, PROSE2))
    assert got["By Anna Smith"] == ("byline", "byline.cue")
    a = declutter.clean(page("Budget plan delayed again", "By Anna Smith", PROSE, PROSE2))
    assert a.authors == ["Anna Smith"]


def test_dates_stamp_line():
    got = labels(page("Budget plan delayed again", "12 March 2024", PROSE, PROSE2))
    assert got["12 March 2024"] == ("date", "dates.stamp-line")
    assert declutter.clean(page("Budget plan delayed again", "12 March 2024", PROSE, PROSE2)).date == "2024-03-12"


def test_captions_cue():
    got = labels(page("Budget plan delayed again", "Photo: The town hall on Monday", PROSE, PROSE2))
    assert got["Photo: The town hall on Monday"] == ("caption", "captions.cue")


def test_disabled_stage_leaves_its_lines_unmarked():
    text = page(PROSE, PROSE2, "Name *")
    on = labels(text)["Name *"][1]
    from declutter import Config
    off = declutter.explain(text, config=Config(disabled=frozenset({"forms"})))
    assert on == "forms.asterisk-label"
    assert all(not ln.rule.startswith("forms.") for ln in off.lines)


def test_mainrun_candidates_reach_a_run_left_of_many_small_ones():
    # One strong run on the left, then more than `limit` small runs to the right of
    # the best (longest) run: the strong left run must still be among the candidates.
    from declutter.stages.mainrun import candidate_runs
    scores = [4.0, 4.0, -9.0, 12.0, -9.0] + [1.5, -5.0] * 14
    runs = candidate_runs(scores, limit=12)
    assert runs[0] == (3, 4, 12.0)
    assert (0, 2, 8.0) in runs
    assert [r[2] for r in runs] == sorted((r[2] for r in runs), reverse=True)
