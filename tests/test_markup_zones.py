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
