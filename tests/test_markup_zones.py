"""HTML: which landmark and class zones hold article text after all."""
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


def test_a_teaser_right_under_the_headline_is_the_articles_lead():
    # "teaser" names both the article's own lead and the boxes promoting other stories.
    other = ("Storm closes the coast road for a second night as the council sends crews "
             "to clear the fallen trees.")
    html = f"""<html><head><title>Wreck of old steamer found | Coast News</title></head><body>
<nav>{MENU}</nav><main><div class="news-single"><p>12.03.2024</p>
<h1>Wreck of old steamer found</h1><div class="teaser-text"><p>{LEAD}</p></div>
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
