"""HTML: which landmark and class zones hold article text after all."""
import pytest

import declutter

PARA = [
    "Divers found the wreck of the old steamer on Friday, two miles off the point and "
    "deeper than anyone had looked before, the museum said in a statement.",
    "The ship went down in a gale in 1893 with her cargo of coal and slate, and all but "
    "two of her crew were rescued by boats from the village that night.",
    "The museum hopes to raise the bell and the ship's wheel next summer, when the sea is "
    "calm enough for the divers to spend longer on the bottom.",
]
LEAD = ("A steamer lost in a winter gale more than a century ago lies in deep water off "
        "the point, divers say.")
MENU = '<a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a>'


def rules(html: str) -> dict[str, str]:
    return {ln.text: ln.rule for ln in declutter.explain(html, input_format="html").lines if ln.text}


def test_a_header_holding_the_headline_is_the_articles_own():
    # The article's header (headline and standfirst) sits outside <article>, next to the
    # site's banner header: the standfirst is article text, the banner's tagline is not.
    html = f"""<html><head><title>Wreck of old steamer found | Coast News</title></head><body>
<header class="site"><div class="logo">Coast News</div><p>News from the coast since 1901</p>
<nav>{MENU}</nav></header>
<header class="post-head"><h1>Wreck of old steamer found</h1><p>{LEAD}</p></header>
<div class="post">{''.join(f'<p>{p}</p>' for p in PARA)}</div></body></html>"""
    art = declutter.clean(html, input_format="html")
    assert art.paragraphs == [LEAD] + PARA
    assert "News from the coast since 1901" not in art.paragraphs
    assert rules(html)[LEAD] == "body.main-run"


@pytest.mark.parametrize("tag", ["h1", "h3"])
def test_a_teaser_right_under_the_headline_is_the_articles_lead(tag):
    # "teaser" names both the article's own lead and the boxes promoting other stories.
    other = ("Storm closes the coast road for a second night as the council sends crews "
             "to clear the fallen trees.")
    html = f"""<html><head><title>Wreck of old steamer found | Coast News</title></head><body>
<nav>{MENU}</nav><main><div class="news-single"><p>12.03.2024</p>
<{tag}>Wreck of old steamer found</{tag}><div class="teaser-text"><p>{LEAD}</p></div>
{''.join(f'<p>{p}</p>' for p in PARA)}</div>
<div class="teaser"><h2>More news</h2><p>{other}</p></div></main></body></html>"""
    art = declutter.clean(html, input_format="html")
    assert art.paragraphs == [LEAD] + PARA
    assert rules(html)[other] == "markup.class-related"


def test_comments_longer_than_the_article_are_still_comments():
    # The comment thread holds more text than the article: its class word still marks
    # a zone (it does not wrap the article), so the thread is not taken for the text.
    said = [
        "I dived off the point in the eighties with my brother and we never found a thing "
        "down there, so well done to the team for sticking with it all these years.",
        "My grandfather always told us there was a ship lying out past the point, and "
        "nobody in the family believed him. Now we know he was right all along.",
        "Will the museum put the bell on show in the harbour office or keep it up in the "
        "town? It would be a shame to hide it away in a store room somewhere.",
        "This is great news for the village and I hope it brings some visitors in over "
        "the winter months too, when the cafes on the front are nearly empty.",
        "The water off the point is bitterly cold even in August and the current is "
        "strong on the ebb, so these divers are braver than most of us would be.",
        "Does anyone know if the names of the two sailors who were lost are written down "
        "anywhere? The church might have a record of the burials from that winter.",
        "I hope they leave the rest of the wreck where it is, it is a grave after all and "
        "the sea has looked after it well enough for more than a hundred years.",
        "We watched the boats going out from the harbour wall every morning last week and "
        "wondered what they were doing. What a story to come out of our little bay.",
    ]
    thread = "".join(f"<li class='comment'><p>{s}</p></li>" for s in said)
    html = f"""<html><head><title>Wreck of old steamer found | Coast News</title></head><body>
<nav>{MENU}</nav><div class="post"><h1>Wreck of old steamer found</h1>
{''.join(f'<p>{p}</p>' for p in PARA)}</div>
<div id="comments"><h2>Comments</h2><ol>{thread}</ol></div></body></html>"""
    art = declutter.clean(html, input_format="html")
    assert art.paragraphs == PARA


SEEN = "was seen by divers on Friday, two miles off the point, the museum has learned."


def test_short_pieces_of_a_paragraph_cut_by_br_join_its_text():
    # <br> cuts the opening sentence into short lines that look like a menu; the block
    # has no link and goes on in article text, so the pieces are the paragraph's own.
    html = f"""<html><head><title>Wreck of old steamer found | Coast News</title></head><body>
<nav>{MENU}</nav><article><h1>Wreck of old steamer found</h1>
<p>EXCLUSIVE</p><p>Video</p><p>Her brass bell<br>-- green with a century of salt --<br>{SEEN}</p>
{''.join(f'<p>{p}</p>' for p in PARA)}</article></body></html>"""
    ex = declutter.explain(html, input_format="html")
    rules = {ln.text: ln.rule for ln in ex.lines if ln.text}
    assert rules["Her brass bell"] == "container.same-block"
    assert "-- green with a century of salt --" in ex.article.paragraphs[0]


TEXT = ("Because the water is deep and the current strong, the divers could stay down for only "
        "twenty minutes at a time, so they have mapped only the bow so far.")


def _container_stage(html: str, main_text: str, last_text: str | None = None):
    """The page run up to the container stage, the main run set to the lines from
    main_text's to last_text's."""
    from declutter.api import process
    from declutter.config import Config
    from declutter.stages import container
    doc, ctx = process(html, input_format="html",
                       config=Config(disabled=frozenset({"container", "body"})))
    for line in doc.lines:          # the labels as the container stage finds them
        if line.label.value == "body":
            line.label = type(line.label).UNKNOWN
    i = next(k for k, ln in enumerate(doc.lines) if ln.text == main_text)
    j = next(k for k, ln in enumerate(doc.lines) if ln.text == (last_text or main_text))
    doc.main = (i, j + 1)
    ctx.stage = "container"
    container.run(doc, ctx)
    return {ln.text: ln.rule for ln in doc.lines if ln.text}


def test_a_run_that_is_only_the_lead_takes_the_rest_of_its_article():
    # The run holds only the lead; the text sits in a sibling of the lead's element,
    # inside the same <article>, above an author's note that closes the article.
    html = f"""<html><head><title>Wreck of old steamer found | Coast News</title></head><body>
<nav>{MENU}</nav><article><h1>Wreck of old steamer found</h1>
<div class="intro"><p>{LEAD}</p></div>
<div class="tools"><a href="/share">Share this article</a></div>
<div class="text"><p>{TEXT}</p><p>Photo: Coast News</p></div>
<div class="more"><a href="/a">More from the coast</a> <a href="/b">Archive</a></div>
<div class="bio"><p>{PARA[2]}</p></div></article></body></html>"""
    rules = _container_stage(html, LEAD)
    assert rules[TEXT] == "container.same-element"
    assert rules[PARA[2]] != "container.same-element"     # under the line of links


def test_a_line_whose_class_says_caption_does_not_join_the_text():
    # A caption printed as a plain paragraph, outside <figure>, with a class that says so.
    html = f"""<html><head><title>Wreck of old steamer found | Coast News</title></head><body>
<nav>{MENU}</nav><div class="page"><div class="story"><h1>Wreck of old steamer found</h1>
<p class="image-caption">The bow of the steamer on its side in forty metres of water off the point</p>
<p>{PARA[0]}</p><p>{PARA[1]}</p></div>
<div class="rail"><a href="/a">Archive</a></div></div></body></html>"""
    rules = _container_stage(html, PARA[0], PARA[1])
    assert rules["The bow of the steamer on its side in forty metres of water off the point"] != "container.same-element"
