"""HTML only: article paragraphs that sit in the main run's element but outside the run.

An article interrupted by an inline box (a video, a product box, a table, a list of
"related" links) is one element in the markup even where the text run breaks. The
container is the innermost element that holds most of the main run's prose; its
other unmarked lines are article text too, and so are the items of a list or table
in it that nav.short-line-run took for a menu but that hold no link, and the short
pieces of a paragraph cut by <br> that goes on in article text, and a sub-heading
(<h2>-<h4>) over article text or a line of a <pre> block in the run that nav or
dedupe took for a menu line for being short or repeated. Other lines
the earlier stages marked (menus, share buttons, related lists, captions) keep
their labels.
"""
from __future__ import annotations

from collections import Counter

from ..model import Document, Label
from .mainrun import HARD, SENTENCE_FLOOR, units
from .markup import WORD_ZONES

# The container holds at least this share of the run's prose (by weight).
RUN_SHARE = 0.8
# A run holding less prose than this (by weight) may be only the lead.
SHORT_RUN = 2000
SKIP_TAGS = frozenset({"figure", "figcaption", "aside", "nav", "footer", "form"})
SKIP_WORDS = frozenset({"caption", "credit"})    # a caption by its class, outside <figure>
MAX_LINK_DENSITY = 0.5
LIST_TAGS = frozenset({"li", "table"})
HEADING_TAGS = frozenset({"h2", "h3", "h4"})
# Rules that take a sub-heading or a line of code for a menu line only for being
# short or repeated (a contents list repeats the article's own sub-headings).
SHORT_LINE_RULES = frozenset({"nav.short-line-run", "dedupe.repeated-short-line"})
# A section titled after the article's headline ("How long do hens lay?" under
# "How long do hens lay? Ten facts") echoes it.
HEADING_RULES = SHORT_LINE_RULES | {"headline.echo"}


def _chain(eid: int, parents: list[int]):
    while 0 <= eid < len(parents):
        yield eid
        eid = parents[eid]


def container(doc: Document) -> int | None:
    """The element number of the innermost element holding most of the run's prose."""
    parents = doc.hints.get("parents")
    if not parents or not doc.main:
        return None
    start, end = doc.main
    own: dict[int, int] = {}        # prose weight of the lines of each element
    total = 0
    heaviest, heaviest_w = -1, 0
    for ln in doc.lines[start:end]:
        if ln.label is not Label.UNKNOWN or not ln.hints or ln.hints.get("eid", -1) < 0:
            continue
        total += ln.weight
        eid = ln.hints["eid"]
        if ln.weight > heaviest_w:
            heaviest, heaviest_w = eid, ln.weight
        own[eid] = own.get(eid, 0) + ln.weight
    if not total:
        return None
    weight: dict[int, int] = {}     # and of the lines in each element's subtree
    for eid, w in own.items():
        for e in _chain(eid, parents):
            weight[e] = weight.get(e, 0) + w
    for e in _chain(heaviest, parents):
        if weight.get(e, 0) >= RUN_SHARE * total:
            return e
    return None


def _short_run(doc: Document) -> bool:
    start, end = doc.main
    return sum(ln.weight for ln in doc.lines[start:end] if ln.label is Label.UNKNOWN) < SHORT_RUN


def _article_around(doc: Document, box: int, parents: list[int]) -> int | None:
    """The <article> element around the container of a short run (see _join)."""
    articles = doc.hints.get("articles", ())
    return next((a for a in _chain(box, parents) if a in articles and a != box), None)


def _around_paragraph(doc: Document, box: int, parents: list[int]) -> int | None:
    """The parent of a container that is one paragraph (every line in it one block)."""
    memo = {box: True, -1: False}
    blocks = {ln.block for ln in doc.lines if ln.text and ln.hints
              and _inside(ln.hints.get("eid", -1), memo, parents)}
    return parents[box] if len(blocks) == 1 and parents[box] >= 0 else None


def _inside(eid: int, memo: dict[int, bool], parents: list[int]) -> bool:
    """Whether element eid lies in the element memo holds True for (memo caches the path)."""
    path = []
    while eid not in memo:
        path.append(eid)
        eid = parents[eid] if 0 <= eid < len(parents) else -1
    found = memo[eid]
    for e in path:
        memo[e] = found
    return found


def run(doc: Document, ctx) -> None:
    if doc.hints.get("source") != "html":
        return
    found = _join(doc, ctx)
    if doc.main:
        _same_block(doc, ctx, *doc.main)
    if found is not None:
        _subheadings(doc, ctx, *found)
        _code_blocks(doc, ctx, found[1])


def _join(doc: Document, ctx) -> tuple[int, dict[int, bool]] | None:
    """Join the container's other paragraphs; the container's element number and the
    memo of which elements lie inside it (see _inside), for the steps after."""
    box = container(doc)
    if box is None:
        return None
    parents = doc.hints["parents"]
    if parents[box] < 0:
        return None     # the whole page is no container
    inside: dict[int, bool] = {box: True, -1: False}
    start, end = doc.main
    # A short run (under SHORT_RUN of prose) is often only the lead, cut off from the
    # text by a share bar or a byline: the <article> element around it holds the rest,
    # down to the first related list, form, footer or line of links under the run.
    # A short run that is one paragraph is its own container, which then holds nothing
    # else: the element around it holds the lines under it (a closing sentence under
    # a photo's caption line), down to the same stop. (Lines above it were measured
    # to bring a time stamp over the headline.)
    wide, first = None, 0
    if _short_run(doc):
        wide = _article_around(doc, box, parents)
        if wide is None:
            wide, first = _around_paragraph(doc, box, parents), end
    outer: dict[int, bool] = {-1: False} if wide is None else {wide: True, -1: False}
    stop = end if wide is None else next(
        (i for i in range(end, len(doc.lines)) if doc.lines[i].label in HARD
         or doc.lines[i].rule == "markup.link-text"), len(doc.lines))

    def within(eid: int, i: int) -> bool:
        return _inside(eid, inside, parents) or (first <= i < stop and _inside(eid, outer, parents))

    def candidate(i: int) -> bool:
        ln = doc.lines[i]
        return bool(ln.hints) and not ln.hints["tags"] & SKIP_TAGS and \
            not ln.hints["words"] & SKIP_WORDS and \
            ln.hints["link_density"] <= MAX_LINK_DENSITY and within(ln.hints.get("eid", -1), i)

    # Short lines of a list inside the article (steps, ingredients, key points) look
    # like a menu in the text; in the markup they are not links. Short lines of any
    # other markup were measured to let in more boilerplate than text.
    for ln in doc.lines:
        if ln.label is Label.NAV and ln.rule == "nav.short-line-run" and ln.hints \
                and ln.hints["link_density"] == 0.0 and ln.hints["tags"] & LIST_TAGS \
                and not ln.hints["tags"] & SKIP_TAGS \
                and _inside(ln.hints.get("eid", -1), inside, parents):
            ctx.mark(ln, Label.BODY, "container.list-item", f"inside element {box}, no link")
    lexicon = ctx.rules.lexicon
    stopwords = (lexicon.stopwords, lexicon.any_stopwords)

    def outside(idx) -> bool:
        """A paragraph out of the run whose lines may join: only these need a score."""
        return not start <= idx[0] < end and all(candidate(i) for i in idx)

    groups = [(idx, score) for idx, score in units(doc, ctx.config, stopwords, outside)
              if doc.lines[idx[0]].label is Label.UNKNOWN]
    # A paragraph of prose joins; a short line (a sub-heading) joins only when the
    # next unmarked paragraph is article text, so closing calls to action stay out.
    keep = [False] * len(groups)
    for k in range(len(groups) - 1, -1, -1):
        idx, score = groups[k]
        if start <= idx[0] < end:
            keep[k] = True
            continue
        if score is None:           # not outside(idx): some line may not join
            continue
        # (A short plain sentence scores SENTENCE_FLOOR in the run; outside it, on
        # its own, it is as often a call to action as text: it is not prose here.)
        keep[k] = score > SENTENCE_FLOOR or (k + 1 < len(groups) and keep[k + 1])
    for k, (idx, _) in enumerate(groups):
        if keep[k] and not start <= idx[0] < end:
            for i in idx:
                ctx.mark(doc.lines[i], Label.BODY, "container.same-element", f"inside element {box}")
    return box, inside


def _subheadings(doc: Document, ctx, box: int, inside: dict[int, bool]) -> None:
    """A sub-heading (<h2>-<h4>, no link) in the container, under the run's start and
    over article text: nav or dedupe took it for a menu line, or the headline stage for
    an echo of the headline; the markup says it heads the next section. A heading the
    container prints twice or more labels a box ("Advertisement", "Recommended content"
    over each embedded post), no section, and so does one whose class names a box (an
    ad, a share bar), though that class also wraps the article."""
    parents = doc.hints["parents"]
    start, end = doc.main

    def heading(ln) -> bool:
        return bool(ln.hints) and bool(ln.hints["tags"] & HEADING_TAGS) \
            and _inside(ln.hints.get("eid", -1), inside, parents)

    lines = doc.lines
    headings = [i for i, ln in enumerate(lines) if ln.text and heading(ln)]
    printed = Counter(lines[i].key for i in headings)

    def text(ln, i: int) -> bool:
        return ln.label is Label.BODY or (start <= i < end and ln.label is Label.UNKNOWN)

    for i in headings:
        ln = lines[i]
        if i > start and ln.rule in HEADING_RULES and printed[ln.key] == 1 \
                and ln.hints["link_density"] == 0.0 and not ln.hints["tags"] & SKIP_TAGS \
                and not ln.hints["words"] & WORD_ZONES.keys():
            below = next((j for j in range(i + 1, len(lines)) if lines[j].text), None)
            if below is not None and text(lines[below], below):
                ctx.mark(ln, Label.BODY, "container.subheading", f"over article text in element {box}")


def _same_block(doc: Document, ctx, start: int, end: int) -> None:
    """Short lines of a paragraph cut by <br> that go on in article text: nav took the
    short pieces ("Her dress", "-- adorned in pearls --") for a menu, but one block
    without links is one paragraph. Short lines after the block's last line of text
    stay out (a photo credit or a time stamp under a caption)."""
    lines = doc.lines
    # Only blocks holding such a line are read (nav marks them NAV).
    shorts = [i for i, ln in enumerate(lines)
              if ln.label is Label.NAV and ln.text and ln.rule == "nav.short-line-run"]
    checked = -1
    for i in shorts:
        if i <= checked:
            continue
        block = _block_of(lines, i)
        checked = block[-1]
        text = [j for j in block if lines[j].label is Label.BODY or
                (start <= j < end and lines[j].label is Label.UNKNOWN)]
        if text and lines[block[0]].hints["link_density"] == 0.0:
            for j in block:
                if j < text[-1] and lines[j].rule == "nav.short-line-run":
                    ctx.mark(lines[j], Label.BODY, "container.same-block",
                             "a line of a body paragraph")


def _block_of(lines, i: int) -> range:
    """Indexes of the lines of line i's block (consecutive lines of text, one block)."""
    block = lines[i].block
    first, last = i, i
    while first > 0 and lines[first - 1].text and lines[first - 1].block == block:
        first -= 1
    while last + 1 < len(lines) and lines[last + 1].text and lines[last + 1].block == block:
        last += 1
    return range(first, last + 1)


def _code_blocks(doc: Document, ctx, inside: dict[int, bool]) -> None:
    """Lines of a <pre> block in the container, between the article's first and last
    lines of text: code or a listing repeats short lines ("FROM python:3.11" in each
    version of a build file) that dedupe and nav take for a menu, and that cut the
    run, yet the block is one piece of the article."""
    parents = doc.hints["parents"]
    start, end = doc.main
    last = max((i for i in range(end, len(doc.lines)) if doc.lines[i].label is Label.BODY),
               default=end - 1)
    for ln in doc.lines[start:last]:
        if ln.rule in SHORT_LINE_RULES and ln.hints and ln.hints["tag"] == "pre" \
                and ln.hints["link_density"] <= MAX_LINK_DENSITY \
                and _inside(ln.hints.get("eid", -1), inside, parents):
            ctx.mark(ln, Label.BODY, "container.code-block", "a line of a <pre> block in the article")
