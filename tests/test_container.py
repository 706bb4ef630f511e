"""HTML: article paragraphs in the main run's element join it across an inline box."""
import declutter

PARA = [
    "The council voted on Monday to rebuild the old harbour wall, which was badly damaged "
    "by the winter storms and has been closed to walkers since January.",
    "Work is due to start in the spring and should take about eighteen months, the council "
    "said, with the footpath along the top opening again before the summer season.",
    "Local traders welcomed the decision, saying that the closure had kept visitors away from "
    "the shops and cafes on the sea front for most of the year.",
    "The cost of the work will be shared between the council and the regional government, "
    "which agreed last week to pay for more than half of the bill.",
    "A public meeting about the plans will be held at the town hall next month, and the "
    "drawings can be seen at the library until then.",
]
SIDEBAR = ("Our newsletter brings you the best stories of the week, every Friday morning, "
           "straight to your inbox, and you can leave it at any time you like.")
BOX = ["Harbour tours", "Boat hire", "Fishing trips", "Sea kayaks", "Day passes", "Gift cards"]


def page(between: str) -> str:
    items = "".join(f'<li><a href="/shop/{n}">{x}</a></li>' for n, x in enumerate(BOX))
    return f"""<!DOCTYPE html><html><head><title>Harbour wall to be rebuilt | Coast News</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<div class="story">
<h1>Harbour wall to be rebuilt</h1>
<p>{PARA[0]}</p><p>{PARA[1]}</p><p>{PARA[2]}</p>
<div class="shop"><p>From our shop</p><ul>{items}</ul></div>
{between}
<p>{PARA[3]}</p>
<h2>What comes next</h2>
<p>{PARA[4]}</p>
<p>More from the coast:</p>
</div>
<div class="rail"><p>{SIDEBAR}</p></div>
</body></html>"""


def test_paragraph_after_an_inline_box_joins_the_article():
    art = declutter.clean(page(""), input_format="html")
    assert art.paragraphs[:3] == PARA[:3]
    assert art.paragraphs[3:] == [PARA[3], "What comes next", PARA[4]]   # sub-heading kept
    assert "More from the coast:" not in art.paragraphs   # a closing cue is no article text
    assert SIDEBAR not in art.paragraphs            # prose outside the article's element
    assert not any(x in art.paragraphs for x in BOX)


STEPS = ["Close the road", "Lift the old stones", "Pour the new base", "Set the stones again"]


def test_a_list_without_links_inside_the_article_is_kept():
    steps = "".join(f"<li>{x}</li>" for x in STEPS)
    art = declutter.clean(page(f"<p>The work comes in four steps:</p><ol>{steps}</ol>"),
                          input_format="html")
    assert all(x in art.paragraphs for x in STEPS)
    assert not any(x in art.paragraphs for x in BOX)   # the shop box is made of links

def test_lines_outside_the_run_are_marked_by_the_container_stage():
    ex = declutter.explain(page(""), input_format="html")
    rules = {ln.text: ln.rule for ln in ex.lines if ln.text}
    assert rules[PARA[3]] == "container.same-element"
    assert rules[SIDEBAR] != "container.same-element"


def test_page_dumps_are_unchanged_by_the_stage():
    from declutter.api import read_input
    dump = "\n".join(ln.raw for ln in read_input(page(""), "html").lines)
    ex = declutter.explain(dump)
    assert all(ln.rule != "container.same-element" for ln in ex.lines)


def test_prose_inside_an_article_element_is_preferred():
    article = "".join(f"<p>{x}</p>" for x in PARA[:2])
    promo = "".join(f"<p>{SIDEBAR.replace('Friday', day)}</p>" for day in ("Monday", "Tuesday", "Friday"))
    menu = "".join(f'<li><a href="/{n}">Section {n}</a></li>' for n in range(8))
    html = f"""<html><head><title>Coast News</title></head><body>
<article>{article}</article>
<ul>{menu}</ul>
<div class="rail">{promo}</div></body></html>"""
    art = declutter.clean(html, input_format="html")
    assert art.paragraphs == PARA[:2]


def test_units_score_only_the_paragraphs_asked_for():
    """container asks units() to score only paragraphs out of the run; the others get
    None, and those it scores score as in the full list."""
    from declutter.api import process
    from declutter.config import Config
    from declutter.pipeline import STAGE_NAMES
    from declutter.stages.mainrun import units
    later = STAGE_NAMES[STAGE_NAMES.index("mainrun"):]
    doc, ctx = process(page(""), input_format="html", config=Config(disabled=frozenset(later)))
    full = units(doc, ctx.config)
    some = units(doc, ctx.config, wanted=lambda idx: idx[0] % 2 == 0)
    assert [idx for idx, _ in some] == [idx for idx, _ in full]
    paragraphs = [(idx, a, b) for (idx, a), (_, b) in zip(full, some)
                  if doc.lines[idx[0]].label.value == "unknown"]
    assert paragraphs
    for idx, a, b in paragraphs:
        assert b == (a if idx[0] % 2 == 0 else None)


def _sections(contents: str, heading: str, between: str = "") -> str:
    return f"""<!DOCTYPE html><html><head><title>Harbour wall to be rebuilt | Coast News</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<div class="story">
<h1>Harbour wall to be rebuilt</h1>
{contents}
<p>{PARA[0]}</p><p>{PARA[1]}</p>
{between}
<h3>{heading}</h3>
<p>{PARA[2]}</p><p>{PARA[3]}</p><p>{PARA[4]}</p>
</div>
<div class="rail"><p>{SIDEBAR}</p></div>
</body></html>"""


def test_a_subheading_repeated_in_a_contents_list_is_kept():
    contents = "<ul><li>The vote</li><li>Who pays</li></ul>"
    ex = declutter.explain(_sections(contents, "Who pays"), input_format="html")
    heads = [ln for ln in ex.lines if ln.text == "Who pays"]
    assert heads[0].kept is False               # the contents entry
    assert heads[-1].rule == "container.subheading"
    assert "Who pays" in ex.article.paragraphs


def test_a_heading_printed_over_each_box_is_no_subheading():
    embed = ("<h3>Recommended content</h3><p>Here you find content from a social network "
             "that adds to the article; you can show it with one click.</p>")
    html = _sections("", "Recommended content", between=embed)
    art = declutter.clean(html, input_format="html")
    assert "Recommended content" not in art.paragraphs


def test_a_heading_in_an_ad_box_is_no_subheading():
    html = _sections("<p>Advertisement</p>", "Advertisement").replace(
        "<h3>Advertisement</h3>", '<div class="ad-slot"><h3>Advertisement</h3></div>')
    art = declutter.clean(html, input_format="html")
    assert "Advertisement" not in art.paragraphs


def test_repeated_lines_of_a_code_block_in_the_run_are_kept():
    first = "FROM python:3.11\nCOPY . /app\nRUN pip install /app\nCMD run-app"
    second = "FROM python:3.11\nCOPY requirements.txt /tmp\nRUN pip install -r /tmp/requirements.txt\nCOPY . /app\nRUN pip install /app\nCMD run-app"
    html = f"""<html><head><title>Faster image builds | Dev Notes</title></head><body>
<main><h1>Faster image builds</h1>
<p>{PARA[0]}</p><p>A first version of the build file looks like this one here:</p>
<pre><code>{first}</code></pre>
<p>{PARA[1]}</p><p>The second version copies the list of requirements before the code:</p>
<pre><code>{second}</code></pre>
<p>{PARA[2]}</p><p>{PARA[3]}</p></main></body></html>"""
    ex = declutter.explain(html, input_format="html")
    body = ex.article.body
    assert body.count("CMD run-app") == 2 and body.count("FROM python:3.11") == 2
    assert any(ln.rule == "container.code-block" for ln in ex.lines)


def test_a_section_heading_that_echoes_the_headline_is_kept():
    html = f"""<html><head><title>When do hens start to lay? Ten facts for keepers | Garden Life</title></head>
<body><article><h1>When do hens start to lay? Ten facts for keepers</h1>
<p>{PARA[0]}</p><p>{PARA[1]}</p>
<h2>When do hens start to lay?</h2>
<p>{PARA[2]}</p><p>{PARA[3]}</p><p>{PARA[4]}</p></article></body></html>"""
    ex = declutter.explain(html, input_format="html")
    assert "When do hens start to lay?" in ex.article.paragraphs
    assert any(ln.rule == "container.subheading" for ln in ex.lines)


def test_a_short_post_of_one_paragraph_keeps_its_closing_line():
    # The run is one <p> (a short line cuts the closing sentence off it): the <p> holds
    # nothing else, so the element around it is the article's, down to the first line
    # of links (tags, then a note on comments).
    closing = "Well spent ten pounds, even if the old map was a little torn at the folds!"
    html = f"""<html><head><title>A map from the flea market | Notes</title></head>
<body><nav><a href="/">Home</a> <a href="/archive">Archive</a></nav>
<div class="post"><h2>A map from the flea market</h2>
<p class="meta">12.03.2021 by anna</p>
<div class="entry"><p>{PARA[0]} {PARA[1]}</p>
<p>Ten pounds, one map</p>
<p>{closing}</p></div>
<p><a href="/tag/maps">Maps</a>, <a href="/tag/markets">Markets</a></p>
<p>Comments are closed for this post, but you may still send a letter to the editor.</p>
</div></body></html>"""
    ex = declutter.explain(html, input_format="html")
    assert closing in ex.article.paragraphs
    assert not any("Comments are closed" in p for p in ex.article.paragraphs)
